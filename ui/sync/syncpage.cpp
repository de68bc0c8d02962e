#include "syncpage.h"

#include "backgroundjob.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/syncengine.h"
#include "core/sync/telegram.h"
#include "core/users.h"
#include "joinstationsbox.h"
#include "syncbadge.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace recaisse::ui {

using namespace core::sync;

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Every column as wide as its content and its header: a narrow screen scrolls the table
    // rather than cut the last column's header.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    return table;
}

QString kindName(const QString &key)
{
    if (key == QLatin1String("register"))
        return SyncPage::tr("Register");
    if (key == QLatin1String("reception"))
        return SyncPage::tr("Reception");
    return SyncPage::tr("Back office");
}

} // namespace

SyncPage::SyncPage(
    core::Store &store, const core::Actor &actor, SyncService *service, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_service(service)
{
    setObjectName(QStringLiteral("syncPage"));
    m_createFolderPrompt = [this](const QString &address) {
        return QMessageBox::question(this, tr("Create the folder?"),
                   tr("The drive has no folder at %1. Create it (and the folders above it that "
                      "are missing)?")
                       .arg(address))
            == QMessageBox::Yes;
    };
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *title = new QLabel(tr("Synchronisation with kDrive"));
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("syncError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    // State and actions.
    auto *stateBox = new QGroupBox(tr("This station"));
    auto *stateLayout = new QHBoxLayout(stateBox);
    auto *stateText = new QVBoxLayout;
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("syncState"));
    m_facts = new QLabel;
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stateText->addWidget(m_state);
    stateText->addWidget(m_facts);
    stateLayout->addLayout(stateText, 1);
    m_syncNow = new QPushButton(tr("Sync now"));
    m_syncNow->setProperty("primary", true);
    m_backupNow = new QPushButton(tr("Back up now"));
    for (QPushButton *button : {m_syncNow, m_backupNow}) {
        button->setMinimumHeight(48);
        button->setVisible(m_service != nullptr);
        stateLayout->addWidget(button);
    }
    layout->addWidget(stateBox);

    // Stations.
    auto *stationsBox = new QGroupBox(tr("Stations of the shop"));
    auto *stationsLayout = new QVBoxLayout(stationsBox);
    m_stations = makeTable(
        {tr("Station"), tr("Kind"), tr("Data up to date"), tr("Newest record"), tr("Records held")},
        stationsBox);
    m_stations->setMinimumHeight(140);
    stationsLayout->addWidget(m_stations);
    layout->addWidget(stationsBox);
    m_joinStations = new JoinStationsBox(m_store, m_actor, content);
    layout->addWidget(m_joinStations);

    // History.
    auto *logBox = new QGroupBox(tr("History"));
    auto *logLayout = new QVBoxLayout(logBox);
    m_log =
        makeTable({tr("Date"), tr("Result"), tr("Sent"), tr("Received"), tr("Message")}, logBox);
    m_log->setMinimumHeight(180);
    m_detail = new QPlainTextEdit;
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(90);
    m_detail->setPlaceholderText(tr("Select a line to see its details."));
    logLayout->addWidget(m_log);
    logLayout->addWidget(m_detail);
    layout->addWidget(logBox);

    // Account.
    const bool canEdit = core::Users(m_store).may(m_actor, core::Permission::ManageSettings);
    auto *accountBox = new QGroupBox(tr("kDrive account"));
    auto *form = new QFormLayout(accountBox);
    m_url = new QLineEdit;
    m_url->setPlaceholderText(QStringLiteral("https://123456.connect.kdrive.infomaniak.com"));
    m_user = new QLineEdit;
    m_user->setPlaceholderText(tr("e-mail of the kDrive account"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("application password (kept in the system keychain)"));
    form->addRow(tr("Address"), m_url);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("App password"), m_password);
    auto *accountButtons = new QHBoxLayout;
    m_test = new QPushButton(tr("Test the connection"));
    m_save = new QPushButton(tr("Save the account"));
    m_save->setProperty("primary", true);
    for (QPushButton *button : {m_test, m_save}) {
        button->setMinimumHeight(48);
        accountButtons->addWidget(button);
    }
    accountButtons->addStretch();
    form->addRow(accountButtons);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("syncResult"));
    form->addRow(m_result);
    layout->addWidget(accountBox);

    // Telegram.
    auto *telegramBox = new QGroupBox(tr("Alerts to the admins (Telegram)"));
    auto *telegramForm = new QFormLayout(telegramBox);
    m_chats = new QLineEdit;
    m_chats->setPlaceholderText(tr("chat ids separated by commas"));
    m_api = new QLineEdit;
    m_api->setObjectName(QStringLiteral("telegramApi"));
    m_token = new QLineEdit;
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("bot token (kept in the system keychain)"));
    telegramForm->addRow(tr("Chat ids"), m_chats);
    telegramForm->addRow(tr("Bot API address"), m_api);
    telegramForm->addRow(tr("Bot token"), m_token);
    // The address travels in the shop's signed configuration: read-only away from an
    // administration station (the chats and the token stay this station's own).
    m_apiReadOnly = new QLabel(TelegramNotifier::apiReadOnlyReason());
    m_apiReadOnly->setObjectName(QStringLiteral("telegramApiReadOnly"));
    m_apiReadOnly->setWordWrap(true);
    m_apiReadOnly->setVisible(!TelegramNotifier::apiEditableHere(m_store));
    telegramForm->addRow(m_apiReadOnly);
    m_saveTelegram = new QPushButton(tr("Save the alerts"));
    m_saveTelegram->setMinimumHeight(48);
    telegramForm->addRow(m_saveTelegram);
    layout->addWidget(telegramBox);
    layout->addStretch();

    for (QWidget *editor : std::initializer_list<QWidget *>{
             m_url, m_user, m_password, m_test, m_save, m_chats, m_api, m_token, m_saveTelegram})
        editor->setEnabled(canEdit);
    m_api->setReadOnly(!TelegramNotifier::apiEditableHere(m_store));
    if (!canEdit)
        m_result->setText(tr("Read only: only an administrator can change these settings."));

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_test, &QPushButton::clicked, this, &SyncPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &SyncPage::saveAccount);
    connect(m_saveTelegram, &QPushButton::clicked, this, &SyncPage::saveTelegram);
    connect(m_log, &QTableWidget::itemSelectionChanged, this, &SyncPage::showLogDetail);
    if (m_service) {
        connect(m_syncNow, &QPushButton::clicked, m_service, &SyncService::syncNow);
        // The configuration naming the new station goes out at once.
        connect(
            m_joinStations, &JoinStationsBox::stationApproved, m_service, &SyncService::syncNow);
        connect(
            m_backupNow, &QPushButton::clicked, this, [this] { m_service->backupNow(m_actor); });
        connect(m_service->worker(), &SyncWorker::snapshotChanged, this, &SyncPage::showSnapshot);
        connect(m_service->worker(), &SyncWorker::backupFinished, this,
            [this](bool ok, const QString &message) {
                m_result->setText(ok ? tr("Backup saved: %1").arg(message)
                                     : tr("The backup failed: %1").arg(message));
                refresh();
            });
    }

    if (auto account = SyncAccount::load(m_store); account && *account) {
        m_url->setText((*account)->url);
        m_user->setText((*account)->user);
    }
    const TelegramSettings telegram = TelegramNotifier::load(m_store);
    m_chats->setText(telegram.chatIds.join(QStringLiteral(", ")));
    m_api->setText(telegram.apiBaseUrl);
    refresh();
}

SyncPage::~SyncPage()
{
    if (m_job) {
        m_job->wait();
        delete m_job;
    }
}

QString SyncPage::resultText() const
{
    return m_result->text();
}

QString SyncPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SyncPage::refresh()
{
    QStringList errors;
    SyncSnapshot snapshot;
    auto status = SyncEngine::status(m_store);
    if (!status)
        errors << tr("The state of the synchronisation cannot be read: %1")
                      .arg(status.error().message);
    if (status) {
        snapshot.status = *status;
        snapshot.state = !status->configured ? SyncState::Off
            : !status->lastError.isEmpty()
            ? (isRetryable(status->lastFailure) ? SyncState::Offline : SyncState::Error)
            : status->pendingRecords > 0 ? SyncState::Pending
                                         : SyncState::Synced;
    }
    showSnapshot(snapshot);

    const QDateTime now = m_store.clock().nowUtc();
    auto read = SyncEngine::stations(m_store);
    if (!read)
        errors << tr("The stations of the shop cannot be read: %1").arg(read.error().message);
    const QList<SyncEngine::StationState> stations =
        read ? *read : QList<SyncEngine::StationState>();
    m_stations->setRowCount(int(stations.size()));
    for (int row = 0; row < stations.size(); ++row) {
        const auto &station = stations.at(row);
        const QStringList cells{
            station.code + (station.isLocal ? tr(" (this station)") : QString()),
            kindName(station.kind),
            station.isLocal ? tr("—") : SyncBadge::describeAge(station.lastPullUtc, now),
            SyncBadge::describeAge(station.newestRecordUtc, now),
            QLocale().toString(station.records)};
        for (int column = 0; column < cells.size(); ++column)
            m_stations->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }

    auto log = SyncEngine::log(m_store, 200);
    if (!log)
        errors << tr("The history cannot be read: %1").arg(log.error().message);
    m_entries = log ? *log : QList<SyncEngine::LogEntry>();
    m_log->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const auto &entry = m_entries.at(row);
        const QStringList cells{QLocale().toString(entry.atUtc.toTimeZone(m_store.timeZone()),
                                    QStringLiteral("dd/MM/yyyy HH:mm:ss")),
            entry.ok ? tr("OK") : tr("Failed"), QLocale().toString(entry.pushed),
            QLocale().toString(entry.pulled), entry.message};
        for (int column = 0; column < cells.size(); ++column)
            m_log->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
}

void SyncPage::showSnapshot(const SyncSnapshot &snapshot)
{
    SyncBadge probe;
    probe.show(snapshot);
    m_state->setText(probe.text());
    const QDateTime now = m_store.clock().nowUtc();
    QStringList facts{tr("Last successful sync: %1")
                          .arg(SyncBadge::describeAge(snapshot.status.lastSuccessUtc, now)),
        tr("Waiting to be sent: %n record(s)", nullptr, int(snapshot.status.pendingRecords)),
        tr("Files waiting: %n", nullptr, int(snapshot.status.pendingFiles)),
        tr("Last backup: %1").arg(SyncBadge::describeAge(snapshot.status.lastBackupUtc, now))};
    if (!snapshot.status.lastError.isEmpty())
        facts << tr("Last error: %1").arg(snapshot.status.lastError);
    m_facts->setText(facts.join(QLatin1Char('\n')));
}

void SyncPage::showLogDetail()
{
    const int row = m_log->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const auto &entry = m_entries.at(row);
    m_detail->setPlainText(
        tr("%1 — %2\nFailure: %3, HTTP %4\nSent: %5 record(s), received: %6, "
           "%7 byte(s) up, %8 ms\n%9")
            .arg(entry.atUtc.toString(Qt::ISODate), entry.ok ? tr("OK") : tr("Failed"),
                entry.failure.isEmpty() ? tr("none") : entry.failure)
            .arg(entry.httpStatus)
            .arg(entry.pushed)
            .arg(entry.pulled)
            .arg(entry.bytesUp)
            .arg(entry.durationMs)
            .arg(entry.message));
}

void SyncPage::setCreateFolderPrompt(CreateFolderPrompt prompt)
{
    m_createFolderPrompt = std::move(prompt);
}

void SyncPage::runJob(std::function<QString()> job, std::function<void()> after)
{
    setBusy(true);
    m_job = runInBackground(
        this, std::move(job), [this, after = std::move(after)](const QString &message) {
            m_job = nullptr;
            setBusy(false);
            m_result->setText(message);
            if (after)
                after();
            emit jobFinished();
        });
}

void SyncPage::setBusy(bool busy)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_test, m_save, m_saveTelegram})
        widget->setEnabled(!busy);
    if (busy)
        m_result->setText(tr("Working…"));
}

void SyncPage::testConnection()
{
    auto settings = SyncAccount::validate(m_url->text(), m_user->text(), m_password->text());
    if (!settings) {
        m_result->setText(settings.error().message);
        return;
    }
    const DavAccount account{settings->url, settings->user, m_password->text()};
    auto missingFolder = std::make_shared<bool>(false);
    runJob(
        [account, missingFolder] {
            WebDavClient client(account);
            const auto result = client.testConnection();
            if (!result)
                *missingFolder = WebDavClient::isMissingFolder(result.error());
            return result
                ? SyncPage::tr("Connection OK: the drive answers and accepts the password.")
                : result.error().message;
        },
        [this, account, missingFolder] {
            if (*missingFolder && m_createFolderPrompt && m_createFolderPrompt(account.url))
                createFolder(account);
        });
}

void SyncPage::createFolder(const DavAccount &account)
{
    runJob(
        [account] {
            WebDavClient client(account);
            if (auto created = client.createRootFolder(); !created)
                return created.error().message;
            const auto result = client.testConnection();
            return result ? SyncPage::tr("Folder created. Connection OK: the drive answers and "
                                         "accepts the password.")
                          : result.error().message;
        },
        {});
}

void SyncPage::saveAccount()
{
    auto settings = SyncAccount::validate(m_url->text(), m_user->text());
    if (!settings) {
        m_result->setText(settings.error().message);
        return;
    }
    // The keychain answers through D-Bus and may wait for an unlock: not on the UI thread. The
    // job opens its own connection to the station's database.
    const QString path = m_store.db().path();
    const core::Actor actor = m_actor;
    const QString password = m_password->text();
    const AccountSettings account = *settings;
    runJob(
        [path, actor, password, account] {
            core::SystemClock clock;
            auto store = core::Store::open(path, clock, QStringLiteral("sync-settings"));
            if (!store)
                return store.error().message;
            const auto saved = SyncAccount::save(**store, actor, account, password);
            return saved ? SyncPage::tr("Account saved. The next sync uses it.")
                         : saved.error().message;
        },
        [this] {
            m_password->clear();
            refresh();
            if (m_service)
                m_service->syncNow();
        });
}

void SyncPage::saveTelegram()
{
    TelegramSettings settings;
    settings.apiBaseUrl = m_api->text().trimmed().isEmpty()
        ? QString::fromLatin1(defaultTelegramApi)
        : m_api->text().trimmed();
    for (const QString &chat : m_chats->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        settings.chatIds.append(chat.trimmed());
    // The token goes to the keychain, which may wait for an unlock: not on the UI thread. The
    // job opens its own connection to the station's database.
    const QString path = m_store.db().path();
    const core::Actor actor = m_actor;
    const QString token = m_token->text();
    runJob(
        [path, actor, settings, token] {
            core::SystemClock clock;
            auto store = core::Store::open(path, clock, QStringLiteral("telegram-settings"));
            if (!store)
                return store.error().message;
            const auto saved = TelegramNotifier::save(**store, actor, settings, token);
            return saved ? SyncPage::tr("Alerts saved.") : saved.error().message;
        },
        [this] { m_token->clear(); });
}

} // namespace recaisse::ui
