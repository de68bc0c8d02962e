#pragma once

#include "core/domain.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// Cash put into or taken out of the drawer during a session (float top-up, bank deposit, small
// purchase), with its reason.
class CashMovementScreen : public QWidget
{
    Q_OBJECT

public:
    explicit CashMovementScreen(core::Store &store, QWidget *parent = nullptr);

    // Who records; also resets the screen.
    void setActor(const core::Actor &actor);
    void reset();

signals:
    void moved(const recaisse::core::DocumentStamp &stamp);
    void cancelled();

private:
    void submit();
    void showError(const QString &message);

    core::Store &m_store;
    core::Actor m_actor;
    QButtonGroup *m_directions = nullptr;
    QPushButton *m_inButton = nullptr;
    QPushButton *m_outButton = nullptr;
    QLineEdit *m_amountField = nullptr;
    QLineEdit *m_reasonField = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_recordButton = nullptr;
};

} // namespace recaisse::ui
