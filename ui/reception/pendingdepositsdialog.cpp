#include "pendingdepositsdialog.h"

#include "core/categories.h"
#include "core/money.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"
#include "ui/common/keytext.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaPlayer>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

using core::notify::PendingDeposit;

PendingDepositsDialog::PendingDepositsDialog(
    core::Store &store, const core::Actor &actor, UnlockPrompt unlockPrompt, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_unlockPrompt(std::move(unlockPrompt))
{
    setObjectName(QStringLiteral("pendingDepositsDialog"));
    setWindowTitle(tr("Deposits received by Telegram"));
    setModal(true);
    setMinimumWidth(640);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Check each deposit announced to the bot: correct it if needed, "
                                "then validate it (it is recorded) or reject it."),
        this);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pendingList"));
    m_list->setStyleSheet(
        QStringLiteral("QListWidget { font-size: 13pt; } QListWidget::item { padding: 8px; }"));
    m_list->setMinimumHeight(140);
    connect(m_list, &QListWidget::currentRowChanged, this, &PendingDepositsDialog::showSelected);
    layout->addWidget(m_list, 1);

    // A voice message: listened to while the figures are filled in.
    m_player = new QMediaPlayer(this);
    m_audioOutput = new QAudioOutput(this);
    m_player->setAudioOutput(m_audioOutput);
    m_playButton = new QPushButton(this);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setAutoDefault(false);
    m_playButton->setMinimumHeight(48);
    connect(m_playButton, &QPushButton::clicked, this, &PendingDepositsDialog::togglePlayback);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] {
        m_playButton->setText(m_player->playbackState() == QMediaPlayer::PlayingState
                ? tr("Stop the message (%1)").arg(keyText(Qt::Key_F5))
                : tr("Play the message (%1)").arg(keyText(Qt::Key_F5)));
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error, const QString &why) {
            showMessage(tr("The message cannot be played here: %1").arg(why), true);
        });
    layout->addWidget(m_playButton);

    auto *form = new QFormLayout();
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryField"));
    for (const core::Category &category : core::CategoryCatalog(m_store).list())
        m_category->addItem(category.name, category.id);
    form->addRow(tr("Category"), m_category);
    m_weight = new QLineEdit(this);
    m_weight->setObjectName(QStringLiteral("weightField"));
    m_weight->setPlaceholderText(tr("Weight in kg, e.g. 3,250"));
    form->addRow(tr("Weight (kg)"), m_weight);
    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("destinationField"));
    for (core::Destination destination :
        {core::Destination::Shop, core::Destination::Recycling, core::Destination::WasteCentre})
        m_destination->addItem(core::displayName(destination), int(destination));
    form->addRow(tr("Destination"), m_destination);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_reason->setPlaceholderText(tr("Only to reject: why, told to the volunteer"));
    m_reason->setMaxLength(200);
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pendingMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout();
    m_validateButton = new QPushButton(tr("Validate (%1)").arg(keyText(Qt::Key_Return)), this);
    m_validateButton->setObjectName(QStringLiteral("validateButton"));
    m_validateButton->setProperty("primary", true);
    m_rejectButton = new QPushButton(tr("Reject"), this);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    auto *close = new QPushButton(tr("Close (%1)").arg(keyText(Qt::Key_Escape)), this);
    close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *button : {m_validateButton, m_rejectButton, close}) {
        button->setAutoDefault(false);
        button->setMinimumHeight(56);
        buttons->addWidget(button);
    }
    connect(
        m_validateButton, &QPushButton::clicked, this, &PendingDepositsDialog::validateSelected);
    connect(m_rejectButton, &QPushButton::clicked, this, &PendingDepositsDialog::rejectSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addLayout(buttons);

    reload();
    m_list->setFocus();
}

QString PendingDepositsDialog::describe(const PendingDeposit &deposit) const
{
    const QString when =
        deposit.receivedUtc.toTimeZone(m_store.timeZone()).toString(QStringLiteral("dd/MM HH:mm"));
    if (deposit.kind == PendingDeposit::Kind::Voice)
        return tr("%1 · %2 · voice message to complete (%n s)", nullptr, deposit.audioSeconds)
            .arg(when, deposit.personName);
    return tr("%1 · %2 · %3, %4")
        .arg(when, deposit.personName, deposit.categoryName,
            core::weight::format(deposit.weightGrams));
}

void PendingDepositsDialog::reload()
{
    const auto pending = core::notify::PendingDeposits(m_store).pending();
    m_pending = pending ? *pending : QList<PendingDeposit>();
    if (!pending)
        showMessage(pending.error().message, true);
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const PendingDeposit &deposit : std::as_const(m_pending))
        m_list->addItem(describe(deposit));
    if (m_pending.isEmpty())
        m_list->addItem(tr("No deposit is waiting."));
    m_list->setCurrentRow(0);
    showSelected();
}

const PendingDeposit *PendingDepositsDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_pending.size() ? &m_pending.at(row) : nullptr;
}

void PendingDepositsDialog::showSelected()
{
    const PendingDeposit *deposit = selected();
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_category, m_weight, m_destination, m_reason, m_validateButton, m_rejectButton})
        field->setEnabled(deposit != nullptr);
    m_reason->clear();
    m_player->stop();
    m_player->setSource({});
    const bool voice = deposit && deposit->kind == PendingDeposit::Kind::Voice;
    m_playButton->setVisible(voice);
    m_playButton->setEnabled(voice && QFileInfo::exists(deposit->audioFile));
    // Received by another station's bot: its voice message comes with the sync.
    if (voice && !m_playButton->isEnabled())
        showMessage(tr("This voice message has not reached this station yet: it comes with the "
                       "next sync."),
            true);
    m_playButton->setText(tr("Play the message (%1)").arg(keyText(Qt::Key_F5)));
    if (!deposit) {
        m_weight->clear();
        return;
    }
    const int index = m_category->findData(deposit->categoryId);
    m_category->setCurrentIndex(index >= 0 ? index : 0);
    m_weight->setText(deposit->weightGrams > 0
            ? QLocale().toString(double(deposit->weightGrams) / 1000.0, 'f', 3)
            : QString());
    m_destination->setCurrentIndex(0);
}

void PendingDepositsDialog::validateSelected()
{
    const PendingDeposit *deposit = selected();
    if (!deposit)
        return;
    const auto grams = core::weight::parseKg(m_weight->text());
    if (!grams) {
        showMessage(grams.error().message, true);
        m_weight->setFocus();
        return;
    }
    core::DepositLineDraft line;
    line.categoryId = m_category->currentData().toString();
    line.weightGrams = *grams;
    line.destination = core::Destination(m_destination->currentData().toInt());
    std::optional<core::Unlock> unlock;
    // A weight outside the category's plausible range needs an administrator (core's rule).
    if (auto category = core::CategoryCatalog(m_store).find(line.categoryId); category
        && !core::CategoryCatalog::checkWeight(*category, line.quantity, line.weightGrams)
        && !core::Users(m_store).may(m_actor, core::Permission::OverrideWeight)) {
        unlock = m_unlockPrompt
            ? m_unlockPrompt(tr("Weight outside the plausible range of %1").arg(category->name))
            : std::nullopt;
        if (!unlock) {
            showMessage(
                core::CategoryCatalog::checkWeight(*category, line.quantity, line.weightGrams)
                    .error()
                    .message,
                true);
            m_weight->setFocus();
            return;
        }
    }
    auto made = core::notify::PendingDeposits(m_store).validate(m_actor, deposit->id, line, unlock);
    if (!made) {
        showMessage(made.error().message, true);
        return;
    }
    reload();
    showMessage(tr("Deposit %1 recorded: %2")
                    .arg(made->stamp.number, core::weight::format(made->totalWeightGrams)),
        false);
    emit depositValidated(*made);
    emit depositDecided();
    m_list->setFocus();
}

void PendingDepositsDialog::rejectSelected()
{
    const PendingDeposit *deposit = selected();
    if (!deposit)
        return;
    if (m_reason->text().trimmed().isEmpty()) {
        showMessage(tr("Type the reason first: it is told to the volunteer."), true);
        m_reason->setFocus();
        return;
    }
    if (auto rejected =
            core::notify::PendingDeposits(m_store).reject(m_actor, deposit->id, m_reason->text());
        !rejected) {
        showMessage(rejected.error().message, true);
        return;
    }
    reload();
    showMessage(tr("Deposit rejected; the volunteer will be told."), false);
    emit depositDecided();
    m_list->setFocus();
}

void PendingDepositsDialog::togglePlayback()
{
    const PendingDeposit *deposit = selected();
    if (!deposit || !m_playButton->isVisible() || !m_playButton->isEnabled())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->stop();
        return;
    }
    m_player->setSource(QUrl::fromLocalFile(deposit->audioFile));
    m_player->play();
}

QString PendingDepositsDialog::playing() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState
        ? m_player->source().toLocalFile()
        : QString();
}

void PendingDepositsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? QStringLiteral("color: #C62828;") : QStringLiteral("color: #1B5E20;"));
}

void PendingDepositsDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F5) {
        togglePlayback();
        return;
    }
    // Enter validates from anywhere but the reason field, where it rejects.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_reason->hasFocus())
            rejectSelected();
        else
            validateSelected();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace recaisse::ui
