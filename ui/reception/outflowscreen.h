#pragma once

#include "core/domain.h"
#include "core/outflows.h"
#include "ui/common/unlockprompt.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace recaisse::core {
class Scale;
class Store;
} // namespace recaisse::core

namespace recaisse::ui {

class ScaleWeight;

// What leaves without a sale ("Sorties"): where it goes (a partner association, an eco-organism's
// collection, a recycling stream, the waste centre), then its weighed lines — category, weight as
// weighed, number of items, the container whose tare core subtracts. Recording hands the draft to
// core, which checks and records it as an outflow document; this screen only shows the verdict.
// Everything is reachable by touch and by keyboard: Tab between the fields, Enter adds the line,
// F12 records, Escape clears the line being keyed.
class OutflowScreen : public QWidget
{
    Q_OBJECT

public:
    explicit OutflowScreen(core::Store &store, QWidget *parent = nullptr);

    // Who records from now on (core checks the permission when recording).
    void setActor(const core::Actor &actor);
    void setScale(core::Scale *scale);
    void setUnlockPrompt(UnlockPrompt prompt);
    // Reloads the categories, containers and partner suggestions (they change in the back office).
    void reload();

    const core::OutflowDraft &draft() const { return m_draft; }

signals:
    void outflowRecorded(const recaisse::core::Outflow &outflow);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createEntryPane();
    QWidget *createLinesPane();
    void chooseKind(core::OutflowKind kind);
    void addLine();
    void removeLine(int row);
    void clearLine();
    void refreshLines();
    void record();
    std::optional<core::Container> containerOf(const QString &id) const;
    void showMessage(const QString &text, bool error);

    core::Store &m_store;
    std::optional<core::Actor> m_actor;
    UnlockPrompt m_unlockPrompt;
    std::optional<core::Unlock> m_unlock;
    core::OutflowDraft m_draft;
    QList<core::Container> m_containers;
    QHash<QString, QString> m_categoryNames;

    QButtonGroup *m_kinds = nullptr;
    QStackedWidget *m_destination = nullptr;
    QComboBox *m_partnerAssociation = nullptr;
    QComboBox *m_ecoOrganism = nullptr;
    QComboBox *m_stream = nullptr;
    QWidget *m_noDestination = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_weightField = nullptr;
    ScaleWeight *m_scaleWeight = nullptr;
    QLineEdit *m_itemsField = nullptr;
    QComboBox *m_container = nullptr;
    QPushButton *m_addButton = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_total = nullptr;
    QLineEdit *m_noteField = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_recordButton = nullptr;
};

} // namespace recaisse::ui
