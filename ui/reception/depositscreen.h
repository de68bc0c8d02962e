#pragma once

#include "core/categories.h"
#include "core/deposits.h"
#include "core/domain.h"
#include "core/homecollections.h"
#include "ui/common/unlockprompt.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QGridLayout;
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

class HomeCollectionsDialog;
class ScaleWeight;

// The reception desk's deposit ticket. Each line is keyed in two steps: the category (big coloured
// buttons, then its sub-categories), then the weight in kg with the number of items, the
// destination and the origin. The origin stays chosen for the following lines: a donor brings
// everything the same way. Closing the ticket hands the draft to core, which checks and records
// it; this screen only shows core's verdict. Escape goes back one step and never loses the ticket.
class DepositScreen : public QWidget
{
    Q_OBJECT

public:
    explicit DepositScreen(core::Store &store, QWidget *parent = nullptr);

    // Who records the tickets from now on (core checks the permission when closing).
    void setActor(const core::Actor &actor);
    // The station's scale beside the weight field (nullptr: none).
    void setScale(core::Scale *scale);
    // Asks an administrator to confirm a weight outside its category's plausible range.
    void setUnlockPrompt(UnlockPrompt prompt);

    // The ticket being keyed, as it will be handed to core.
    const core::DepositDraft &draft() const { return m_draft; }
    // The lines of the last recorded ticket, as its receipt prints them.
    const core::DepositDraft &lastDraft() const { return m_lastDraft; }

signals:
    void depositRecorded(const recaisse::core::Deposit &deposit);
    // The donor wants another receipt of the last recorded ticket (a duplicate: the first one is
    // printed when the ticket is recorded; printing is wired elsewhere).
    void printRequested(const recaisse::core::Deposit &deposit);
    // A deposit received by Telegram was validated or rejected here.
    void telegramDepositDecided();

public:
    // Reads the site's towns again, most frequent first (when the screen is shown).
    void refreshTowns();
    // « Collectes à domicile » (F6): the planning; a pickup chosen there is weighed here.
    HomeCollectionsDialog *openHomeCollections();
    // The ticket being keyed is that pickup's: closing it records the pickup as done (its
    // town, the channel "home collection").
    void startCollection(const core::HomeCollection &collection);
    // Back to an ordinary deposit (only while the ticket is empty).
    void leaveCollection();
    const std::optional<core::HomeCollection> &collection() const { return m_collection; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createEntryPane();
    QWidget *createCategoryStep();
    QWidget *createDetailsStep();
    QWidget *createKeypad();
    QWidget *createTicketPane();

    void showCategories(const QString &parentId);
    // As many columns of category buttons as the step's width holds without cutting a name.
    void placeCategoryButtons();
    void chooseCategory(const core::Category &category);
    void chooseCategoryByShortcut(const QString &key);
    void goBack();
    void appendToWeight(const QString &text);
    void changeItems(int delta);
    void addLine();
    void removeLine(int row);
    void refreshTicket();
    void closeTicket();
    void showMessage(const QString &text, bool error);
    void clearMessage();

    // The deposits announced to the Telegram bot: a button when some wait, F7 opens them.
    void showTelegramDeposits();
    void checkTelegramDeposits();
    // The title, the F6 button and the town as the pickup being weighed (or none) wants them.
    void showCollection();

    core::Store &m_store;
    QPushButton *m_telegramDeposits = nullptr;
    core::CategoryCatalog m_catalog;
    core::Deposits m_deposits;
    std::optional<core::Actor> m_actor;
    UnlockPrompt m_unlockPrompt;
    std::optional<core::Unlock> m_unlock; // kept for the ticket once an admin confirmed a weight
    core::DepositDraft m_draft;
    std::optional<core::HomeCollection> m_collection; // the pickup being weighed, if any
    QLabel *m_title = nullptr;
    QPushButton *m_collectionsButton = nullptr;
    std::optional<core::Deposit> m_lastDeposit;
    core::DepositDraft m_lastDraft; // the lines of m_lastDeposit, for its receipt

    // Where the entry stands: the root whose sub-categories are shown (empty for the roots) and
    // the category chosen for the line being keyed.
    core::Category m_parent;
    std::optional<core::Category> m_chosen;
    QList<core::Category> m_shown;

    QStackedWidget *m_steps = nullptr;
    QWidget *m_categoryStep = nullptr;
    QWidget *m_detailsStep = nullptr;
    QLabel *m_categoryTitle = nullptr;
    QWidget *m_categoryGrid = nullptr;
    QGridLayout *m_categoryLayout = nullptr;
    QList<QPushButton *> m_categoryButtons; // as shown now, in order
    int m_categoryColumns = 0;
    QPushButton *m_backButton = nullptr;
    QLabel *m_chosenLabel = nullptr;
    QLineEdit *m_weightField = nullptr;
    ScaleWeight *m_scaleWeight = nullptr;
    QLineEdit *m_itemsField = nullptr;
    QButtonGroup *m_destinations = nullptr;
    QButtonGroup *m_origins = nullptr;
    QPushButton *m_addButton = nullptr;

    QTableWidget *m_lines = nullptr;
    QLabel *m_lineCount = nullptr;
    QLabel *m_total = nullptr;
    QLineEdit *m_noteField = nullptr;
    // The donor's town, optional: the site's towns, most frequent first (hidden without any).
    QComboBox *m_townBox = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_receiptButton = nullptr;
};

} // namespace recaisse::ui
