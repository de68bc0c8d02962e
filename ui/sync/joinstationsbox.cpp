#include "joinstationsbox.h"

#include "backgroundjob.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/recovery.h"
#include "core/sync/stationregistry.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace recaisse::ui {

using namespace core::sync;

namespace {

QString kindName(core::StationKind kind)
{
    switch (kind) {
    case core::StationKind::Register:
        return JoinStationsBox::tr("Register");
    case core::StationKind::Reception:
        return JoinStationsBox::tr("Reception");
    case core::StationKind::BackOffice:
        break;
    }
    return JoinStationsBox::tr("Back office");
}

// What a job works on: its own connection to the station's database and its own way to the drive.
struct JobStation
{
    std::unique_ptr<core::Store> store;
    std::unique_ptr<Remote> remote;
    QString failure; // why they could not be opened; empty when they were
};

JobStation openForJob(const QString &path, const core::Clock &clock, const QString &connection,
    const JoinStationsBox::RemoteFactory &factory)
{
    JobStation job;
    auto store = core::Store::open(path, clock, connection);
    if (!store) {
        job.failure = store.error().message;
        return job;
    }
    job.store = std::move(*store);
    auto remote = factory(*job.store);
    if (!remote) {
        job.failure = remote.error().message;
        return job;
    }
    job.remote = std::move(*remote);
    return job;
}

} // namespace

JoinStationsBox::JoinStationsBox(core::Store &store, const core::Actor &actor, QWidget *parent)
    : QGroupBox(tr("Stations joining the shop"), parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("joinStations"));
    m_remoteFactory = [](core::Store &station) -> core::Result<std::unique_ptr<Remote>> {
        auto client = SyncAccount::connect(station);
        if (!client)
            return client.error();
        return std::unique_ptr<Remote>(std::move(*client));
    };
    m_keysLoader = [](core::Store &station) {
        return SiteKeyStore::load(station.site().id, station.station().id);
    };
    m_kitPathPrompt = [this] {
        return QFileDialog::getSaveFileName(this, tr("Save the recovery kit"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                + QStringLiteral("/recovery-kit.pdf"),
            tr("PDF document (*.pdf)"));
    };

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A new computer joins the shop with a join code made here. Type "
                                "the code on the new computer; its request then shows below: "
                                "check that the fingerprint is the one the new computer shows, "
                                "then approve it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *codeRow = new QHBoxLayout;
    m_makeCode = new QPushButton(tr("Make a join code"));
    m_makeCode->setProperty("primary", true);
    codeRow->addWidget(m_makeCode);
    m_code = new QLabel;
    m_code->setObjectName(QStringLiteral("joinCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_code->font();
    big.setPointSize(big.pointSize() * 2 + 4);
    big.setBold(true);
    big.setFamily(QStringLiteral("monospace"));
    m_code->setFont(big);
    codeRow->addWidget(m_code);
    codeRow->addStretch();
    layout->addLayout(codeRow);
    m_codeExpiry = new QLabel;
    m_codeExpiry->setWordWrap(true);
    layout->addWidget(m_codeExpiry);

    m_requests = new QTableWidget(0, 4, this);
    m_requests->setObjectName(QStringLiteral("joinRequests"));
    m_requests->setHorizontalHeaderLabels(
        {tr("Station"), tr("Kind"), tr("Fingerprint"), tr("Request")});
    m_requests->verticalHeader()->hide();
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->horizontalHeader()->setStretchLastSection(true);
    m_requests->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requests->setMinimumHeight(120);
    layout->addWidget(m_requests);

    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Refresh"));
    m_approve = new QPushButton(tr("Approve"));
    m_approve->setProperty("primary", true);
    m_refuse = new QPushButton(tr("Refuse"));
    m_newKit = new QPushButton(tr("New recovery kit…"));
    m_makeCode->setObjectName(QStringLiteral("makeJoinCode"));
    m_refresh->setObjectName(QStringLiteral("refreshJoinRequests"));
    m_approve->setObjectName(QStringLiteral("approveJoin"));
    m_refuse->setObjectName(QStringLiteral("refuseJoin"));
    m_newKit->setObjectName(QStringLiteral("newRecoveryKit"));
    for (QPushButton *button : {m_makeCode, m_refresh, m_approve, m_refuse, m_newKit})
        button->setMinimumHeight(48);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_refuse);
    buttons->addStretch();
    buttons->addWidget(m_newKit);
    layout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("joinMessage"));
    layout->addWidget(m_message);

    connect(m_makeCode, &QPushButton::clicked, this, &JoinStationsBox::makeJoinCode);
    connect(m_refresh, &QPushButton::clicked, this, &JoinStationsBox::refresh);
    connect(m_approve, &QPushButton::clicked, this, [this] { answerSelected(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { answerSelected(false); });
    connect(m_newKit, &QPushButton::clicked, this, &JoinStationsBox::makeRecoveryKit);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, [this] { setBusy(m_job); });
    setBusy(false);
}

JoinStationsBox::~JoinStationsBox()
{
    if (m_job)
        m_job->wait();
}

QString JoinStationsBox::codeText() const
{
    return m_code->text();
}

QString JoinStationsBox::messageText() const
{
    return m_message->text();
}

int JoinStationsBox::requestCount() const
{
    return m_requests->rowCount();
}

QString JoinStationsBox::requestText(int row) const
{
    QStringList cells;
    for (int column = 0; column < m_requests->columnCount(); ++column)
        cells << (m_requests->item(row, column) ? m_requests->item(row, column)->text()
                                                : QString());
    return cells.join(QLatin1Char(' '));
}

void JoinStationsBox::selectRequest(int row)
{
    m_requests->selectRow(row);
}

void JoinStationsBox::setBusy(bool busy)
{
    const bool administrator =
        core::permits(m_actor, core::Permission::ManageSettings, m_store.site().id)
        && StationRegistry::mayEditConfigurationHere(m_store);
    const int row = m_requests->currentRow();
    const bool selected =
        row >= 0 && row < m_pending.size() && !m_requests->selectedItems().isEmpty();
    m_makeCode->setEnabled(administrator && !busy);
    m_refresh->setEnabled(administrator && !busy);
    m_approve->setEnabled(administrator && !busy && selected && m_pending.at(row).approvable());
    m_refuse->setEnabled(administrator && !busy && selected);
    m_newKit->setEnabled(!busy
        && (m_actor.role == core::Role::SuperAdmin || m_actor.role == core::Role::Admin)
        && StationRegistry::mayEditConfigurationHere(m_store));
    if (!administrator && m_message->text().isEmpty())
        m_message->setText(tr("Only an administrator, on an administration station of the shop, "
                              "makes join codes and approves stations."));
}

void JoinStationsBox::runJob(std::function<QString()> job, std::function<void()> after)
{
    setBusy(true);
    m_message->setText(tr("Working…"));
    m_job = runInBackground(
        this, std::move(job), [this, after = std::move(after)](const QString &message) {
            m_job = nullptr;
            m_message->setText(message);
            if (after)
                after();
            setBusy(false);
            emit jobFinished();
        });
}

void JoinStationsBox::makeJoinCode()
{
    const QString path = m_store.db().path();
    const core::Actor actor = m_actor;
    const core::Clock *clock = &m_store.clock();
    auto made = std::make_shared<std::optional<JoinCode>>();
    runJob(
        [path, actor, clock, made] {
            auto store = core::Store::open(path, *clock, QStringLiteral("join-code"));
            if (!store)
                return store.error().message;
            auto code = JoinCodes(**store).generate(actor);
            if (!code)
                return code.error().message;
            made->emplace(*code);
            return QString();
        },
        [this, made] {
            if (!made->has_value())
                return;
            m_code->setText((*made)->code);
            m_codeExpiry->setText(
                tr("Valid until %1, for one station only. Type it on the new computer.")
                    .arg(QLocale().toString((*made)->expiresUtc.toTimeZone(m_store.timeZone()),
                        QStringLiteral("dddd d MMMM HH:mm"))));
        });
}

void JoinStationsBox::refresh()
{
    const QString path = m_store.db().path();
    const core::Clock *clock = &m_store.clock();
    const RemoteFactory factory = m_remoteFactory;
    auto read = std::make_shared<QList<PendingJoin>>();
    runJob(
        [path, clock, factory, read] {
            JobStation job = openForJob(path, *clock, QStringLiteral("join-requests"), factory);
            if (!job.failure.isEmpty())
                return job.failure;
            core::Store &station = *job.store;
            Remote &remote = *job.remote;
            auto pending = JoinRequests(station, remote).pending();
            if (!pending)
                return pending.error().message;
            *read = *pending;
            return pending->isEmpty() ? JoinStationsBox::tr("No station is asking to join.")
                                      : QString();
        },
        [this, read] { showRequests(*read); });
}

void JoinStationsBox::showRequests(const QList<PendingJoin> &requests)
{
    m_pending = requests;
    m_requests->setRowCount(int(requests.size()));
    for (int row = 0; row < requests.size(); ++row) {
        const PendingJoin &join = requests.at(row);
        const QStringList cells{join.request.stationCode, kindName(join.request.kind),
            join.request.fingerprint(), join.describe()};
        for (int column = 0; column < cells.size(); ++column)
            m_requests->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void JoinStationsBox::answerSelected(bool approve)
{
    const int row = m_requests->currentRow();
    if (row < 0 || row >= m_pending.size())
        return;
    const QString stationCode = m_pending.at(row).request.stationCode;
    const QString path = m_store.db().path();
    const core::Actor actor = m_actor;
    const core::Clock *clock = &m_store.clock();
    const RemoteFactory factory = m_remoteFactory;
    const KeysLoader loader = m_keysLoader;
    auto done = std::make_shared<bool>(false);
    runJob(
        [path, actor, clock, factory, loader, stationCode, approve, done] {
            JobStation job = openForJob(path, *clock, QStringLiteral("join-answer"), factory);
            if (!job.failure.isEmpty())
                return job.failure;
            core::Store &station = *job.store;
            Remote &remote = *job.remote;
            JoinRequests requests(station, remote);
            if (!approve) {
                auto refused = requests.refuse(actor, stationCode);
                *done = refused.ok();
                return refused ? JoinStationsBox::tr("%1 was refused.").arg(stationCode)
                               : refused.error().message;
            }
            auto keys = loader(station);
            if (!keys)
                return keys.error().message;
            auto approved = requests.approve(actor, stationCode, *keys);
            *done = approved.ok();
            return approved ? JoinStationsBox::tr("%1 is approved: it receives the shop's key "
                                                  "and joins at its next try.")
                                  .arg(stationCode)
                            : approved.error().message;
        },
        [this, approve, done, row] {
            if (!*done)
                return;
            if (approve)
                emit stationApproved();
            // The answered request leaves the list.
            if (row < m_pending.size())
                m_pending.removeAt(row);
            showRequests(m_pending);
        });
}

void JoinStationsBox::makeRecoveryKit()
{
    const QString kitPath = m_kitPathPrompt ? m_kitPathPrompt() : QString();
    if (kitPath.isEmpty())
        return;
    const QString path = m_store.db().path();
    const core::Actor actor = m_actor;
    const core::Clock *clock = &m_store.clock();
    const RemoteFactory factory = m_remoteFactory;
    const KeysLoader loader = m_keysLoader;
    runJob([path, actor, clock, factory, loader, kitPath] {
        JobStation job = openForJob(path, *clock, QStringLiteral("recovery-kit"), factory);
        if (!job.failure.isEmpty())
            return job.failure;
        core::Store &station = *job.store;
        Remote &remote = *job.remote;
        auto keys = loader(station);
        if (!keys)
            return keys.error().message;
        auto key = SiteRecovery::renew(station, actor, *keys, remote);
        if (!key)
            return key.error().message;
        const RecoveryKit kit{station.site().name, *key, station.today()};
        if (auto saved = kit.save(kitPath); !saved)
            return JoinStationsBox::tr("The new recovery key is on the drive but its kit could "
                                       "not be saved (%1): make a new kit again.")
                .arg(saved.error().message);
        return JoinStationsBox::tr("New recovery kit saved in %1: print it, keep it somewhere "
                                   "safe, then delete the file. The previous kit no longer works.")
            .arg(kitPath);
    });
}

} // namespace recaisse::ui
