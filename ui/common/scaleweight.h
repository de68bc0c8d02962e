#pragma once

#include "core/scale.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace recaisse::ui {

// The scale beside a weight field: the live reading ("3,250 kg", "Unstable", or why there is
// none) and a key that takes the weight, only when it is stable. Hidden when the station has no
// scale; manual entry stays possible whatever the scale does. The scale itself is the station's
// one, shared by every screen that weighs (a serial port opens only once).
class ScaleWeight : public QWidget
{
    Q_OBJECT

public:
    static constexpr Qt::Key takeKey = Qt::Key_F8;

    explicit ScaleWeight(QWidget *parent = nullptr);

    // The station's scale (not owned; nullptr: none, the panel hides).
    void setScale(core::Scale *scale);
    core::Scale *scale() const { return m_scale; }
    QLabel *reading() const { return m_reading; }
    QPushButton *takeButton() const { return m_take; }
    // Emits weightTaken with the stable weight; false (and nothing emitted) without one.
    bool take();
    // A reading in words: "3,250 kg", "Unstable", "Below zero"…; empty for what is not a reading.
    static QString describe(const core::ScaleReading &reading);
    // "3,250": the weight as typed in a weight field.
    static QString fieldText(qint64 grams);

signals:
    void weightTaken(qint64 grams);

private:
    void showReading(const core::ScaleReading &reading);
    void showProblem(const QString &message);

    QPointer<core::Scale> m_scale;
    QLabel *m_reading = nullptr;
    QPushButton *m_take = nullptr;
};

} // namespace recaisse::ui
