#include "auditpage.h"

#include "adminwidgets.h"
#include "core/admin/auditactions.h"
#include "core/admin/sites.h"
#include "core/store.h"
#include "core/users.h"
#include "ui/sync/backgroundjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace recaisse::ui {

AuditPage::AuditPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Audit trail"), parent)
{
    setObjectName(QStringLiteral("adminAudit"));
    auto *filters = new QGridLayout;
    m_dates = admin::makeDateRange(this, tr("Between"));
    m_actorFilter = new QComboBox(this);
    m_actorFilter->setObjectName(QStringLiteral("actorFilter"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_station = new QComboBox(this);
    m_station->setObjectName(QStringLiteral("stationFilter"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setMaxLength(core::AuditQuery::maxTextLength);
    m_text->setPlaceholderText(tr("text to find (name, ticket number…)"));
    m_text->setClearButtonEnabled(true);
    auto *searchButton = new QPushButton(tr("Search"), this);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    searchButton->setProperty("primary", true);
    auto *personLabel = new QLabel(tr("Person:"), this);
    personLabel->setBuddy(m_actorFilter);
    auto *actionLabel = new QLabel(tr("Action:"), this);
    actionLabel->setBuddy(m_action);
    auto *stationLabel = new QLabel(tr("Station:"), this);
    stationLabel->setBuddy(m_station);
    filters->addWidget(m_dates.enabled, 0, 0);
    filters->addWidget(m_dates.from, 0, 1);
    filters->addWidget(m_dates.andLabel, 0, 2);
    filters->addWidget(m_dates.to, 0, 3);
    filters->addWidget(personLabel, 0, 4);
    filters->addWidget(m_actorFilter, 0, 5);
    filters->addWidget(actionLabel, 1, 0);
    filters->addWidget(m_action, 1, 1, 1, 3);
    filters->addWidget(stationLabel, 1, 4);
    filters->addWidget(m_station, 1, 5);
    filters->addWidget(m_text, 2, 0, 1, 5);
    filters->addWidget(searchButton, 2, 5);
    filters->setColumnStretch(6, 1);
    body()->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new Model(
        {tr("Date and time"), tr("Station"), tr("Person"), tr("Action"), tr("Target")},
        [this](const core::AuditRow &row, int column, int role) { return cell(row, column, role); },
        pageSize, this);
    m_model->setErrorHandler([this](const core::Error &error) {
        showError(error);
        showCount();
    });
    m_view = admin::makeView(splitter, m_model, QStringLiteral("auditTable"));
    m_detail = new QPlainTextEdit(splitter);
    m_detail->setObjectName(QStringLiteral("eventDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Choose an event to see its detail."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 300});
    body()->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("figureCaption"));
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    // The verification's outcome, full width above the buttons: it may name a few documents.
    m_integrity = new QLabel(this);
    m_integrity->setObjectName(QStringLiteral("integrityResult"));
    m_integrity->setWordWrap(true);
    m_integrity->hide();
    body()->addWidget(m_integrity);
    m_export = new QPushButton(tr("Export to CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setEnabled(may(core::Permission::ExportData));
    bottom->addWidget(m_export);
    m_verify = new QPushButton(tr("Verify integrity"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setEnabled(may(core::Permission::VerifyIntegrity));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("integrityProgress"));
    m_progress->setFormat(tr("%v / %m checked"));
    // Room for a ten-year shop's count on one line ("920097 / 920097 checked").
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(
                                    m_progress->format()
                                        .replace(QStringLiteral("%v"), QStringLiteral("0000000"))
                                        .replace(QStringLiteral("%m"), QStringLiteral("0000000")))
        + 24);
    m_progress->hide();
    bottom->addWidget(m_progress);
    m_cancelVerify = new QPushButton(tr("Cancel"), this);
    m_cancelVerify->setObjectName(QStringLiteral("cancelVerifyButton"));
    m_cancelVerify->hide();
    bottom->addWidget(m_cancelVerify);
    bottom->addWidget(m_verify);
    body()->addLayout(bottom);

    connect(searchButton, &QPushButton::clicked, this, &AuditPage::search);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditPage::search);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showEvent(current.row()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::showCount);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
            QStringLiteral("journal-audit-%1.csv").arg(m_store.today().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_cancelVerify, &QPushButton::clicked, this, &AuditPage::cancelVerify);
}

AuditPage::~AuditPage()
{
    if (m_verifyJob) {
        m_verifyCancelled->store(true);
        m_verifyJob->wait();
        delete m_verifyJob;
    }
}

void AuditPage::refresh()
{
    const QString actor = m_actorFilter->currentData().toString();
    const QString action = m_action->currentData().toString();
    const QString station = m_station->currentData().toString();
    m_actorFilter->clear();
    m_actorFilter->addItem(tr("Everyone"), QString());
    for (const core::UserInfo &user : core::Users(m_store).list(true))
        m_actorFilter->addItem(user.name, user.id);
    m_actorFilter->setCurrentIndex(qMax(0, m_actorFilter->findData(actor)));
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    QString family;
    for (const QString &key : core::AuditQuery(m_store).actions()) {
        const QString prefix = key.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
        if (prefix != family && key.contains(QLatin1Char('.'))) {
            family = prefix;
            m_action->addItem(core::AuditActions::familyLabel(prefix), prefix);
        }
        m_action->addItem(core::AuditActions::label(key), key);
    }
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    m_station->clear();
    m_station->addItem(tr("All"), QString());
    if (auto stations = core::Sites(m_store).stations(m_actor)) {
        for (const core::RegisterThreshold &row : *stations)
            m_station->addItem(row.code, row.stationId);
    }
    m_station->setCurrentIndex(qMax(0, m_station->findData(station)));
    m_dates.propose(m_store.today(), 7);
    search();
}

void AuditPage::search()
{
    core::AuditFilter filter;
    if (m_dates.active()) {
        filter.from = m_dates.from->date();
        filter.to = m_dates.to->date();
    }
    filter.actorId = m_actorFilter->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.stationId = m_station->currentData().toString();
    filter.text = m_text->text();
    m_filter = filter;
    // The view reads the following pages as it scrolls, after the last event it holds.
    auto started = m_model->restart([this, filter](const core::AuditRow *last, int limit) mutable {
        filter.after = last ? std::optional(last->position()) : std::nullopt;
        filter.limit = limit;
        return core::AuditQuery(m_store).find(m_actor, filter);
    });
    m_detail->clear();
    if (!started) {
        showError(started.error());
        m_count->clear();
        return;
    }
    clearMessage();
    m_view->resizeColumnsToContents();
    showCount();
}

void AuditPage::showCount()
{
    const int shown = m_model->rowCount();
    m_count->setText(m_model->atEnd()
            ? tr("%n event(s)", nullptr, shown)
            : tr("the %n newest events, more as you scroll", nullptr, shown));
}

QVariant AuditPage::cell(const core::AuditRow &r, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0:
        return core::fromIsoUtc(r.event.atUtc)
            .toTimeZone(m_store.timeZone())
            .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case 1:
        return r.stationCode;
    case 2:
        return r.actorName.isEmpty() ? tr("(nobody)") : r.actorName;
    case 3:
        return core::AuditActions::label(r.event.action);
    case 4:
        return r.event.target;
    default:
        return {};
    }
}

void AuditPage::showEvent(int row)
{
    if (row < 0 || row >= m_model->rows().size()) {
        m_detail->clear();
        return;
    }
    const core::AuditRow &r = m_model->rows().at(row);
    const QJsonDocument details = QJsonDocument::fromJson(r.event.details.toUtf8());
    m_detail->setPlainText(
        tr("When: %1\nStation: %2\nPerson: %3\nAction: %4\nTarget: %5\n\nDetails:\n%6\n"
           "Event no. %7, hash:\n%8")
            .arg(core::fromIsoUtc(r.event.atUtc)
                     .toTimeZone(m_store.timeZone())
                     .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                r.stationCode, r.actorName.isEmpty() ? tr("(nobody)") : r.actorName,
                tr("%1 (%2)").arg(core::AuditActions::label(r.event.action), r.event.action),
                r.event.target,
                details.isNull() ? r.event.details
                                 : QString::fromUtf8(details.toJson(QJsonDocument::Indented)),
                QString::number(r.event.seq), r.event.hash));
}

bool AuditPage::exportTo(const QString &path)
{
    // Every event of the list, not only the pages the view has read so far.
    core::AuditFilter filter = m_filter;
    filter.limit = maxExportedRows;
    auto rows = core::AuditQuery(m_store).find(m_actor, filter);
    if (!rows) {
        showError(rows.error());
        return false;
    }
    auto csv = core::AuditQuery(m_store).exportCsv(m_actor, *rows);
    if (!csv) {
        showError(csv.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    showDone(tr("%n event(s) exported to %1.", nullptr, int(rows->size())).arg(path));
    return true;
}

void AuditPage::verify()
{
    if (m_verifyJob)
        return;
    m_verifyCancelled = std::make_shared<std::atomic_bool>(false);
    m_verify->setEnabled(false);
    m_cancelVerify->setEnabled(true);
    m_cancelVerify->show();
    m_progress->setRange(0, 0); // busy until the worker has counted the documents
    m_progress->show();
    m_integrity->hide();

    // The check reads every document (1 to 3 queries each): on a thread of its own with its own
    // connection (Store::open names it uniquely), so that the page stays responsive.
    const QString path = m_store.db().path();
    const core::Clock &clock = m_store.clock();
    const core::Actor actor = m_actor;
    const auto cancelled = m_verifyCancelled;
    using Outcome = core::Result<core::IntegrityCheck::Report>;
    m_verifyJob = runInBackground<Outcome>(
        this,
        [this, path, &clock, actor, cancelled]() -> Outcome {
            auto store = core::Store::open(path, clock);
            if (!store)
                return store.error();
            qint64 shown = -1;
            return core::AuditQuery(**store).verify(
                actor, [this, cancelled, &shown](qint64 checked, qint64 total) {
                    // About 200 steps whatever the size of the shop, and the last one.
                    if (shown < 0 || checked == total || checked - shown >= qMax(total / 200, 1)) {
                        shown = checked;
                        QMetaObject::invokeMethod(
                            this, [this, checked, total] { showVerifyProgress(checked, total); },
                            Qt::QueuedConnection);
                    }
                    return !cancelled->load();
                });
        },
        [this](const Outcome &report) {
            m_verifyJob = nullptr;
            showVerifyOutcome(report);
        });
}

void AuditPage::cancelVerify()
{
    if (!m_verifyJob)
        return;
    m_verifyCancelled->store(true);
    m_cancelVerify->setEnabled(false);
}

void AuditPage::showVerifyProgress(qint64 checked, qint64 total)
{
    // QProgressBar counts in int: a shop's documents fit, the bound is only a guard.
    const int maximum = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    if (m_progress->maximum() != maximum)
        m_progress->setRange(0, maximum);
    m_progress->setValue(int(qMin<qint64>(checked, maximum)));
}

void AuditPage::showVerifyOutcome(const core::Result<core::IntegrityCheck::Report> &report)
{
    m_verify->setEnabled(may(core::Permission::VerifyIntegrity));
    m_cancelVerify->hide();
    if (!report) {
        m_progress->hide();
        showError(report.error());
        return;
    }
    if (report->cancelled) {
        m_integrity->setProperty("kind", QString());
        m_integrity->setText(
            tr("Verification cancelled after %1 documents and %2 audit events: nothing is "
               "known about the rest.")
                .arg(report->documentsChecked)
                .arg(report->auditEventsChecked));
    } else if (report->intact()) {
        m_integrity->setProperty("kind", QStringLiteral("done"));
        m_integrity->setText(tr("Intact: %1 documents and %2 audit events checked, nothing was "
                                "changed nor removed.")
                                 .arg(report->documentsChecked)
                                 .arg(report->auditEventsChecked));
    } else {
        m_integrity->setProperty("kind", QStringLiteral("error"));
        QString text = tr("%n problem(s) found: the data was altered outside ReCaisse. Keep "
                          "this PC as it is and contact support.",
            nullptr, int(report->problems.size()));
        text += QLatin1Char('\n') + report->problems.mid(0, 3).join(QLatin1Char('\n'));
        m_integrity->setText(text);
    }
    m_integrity->show();
    m_integrity->style()->unpolish(m_integrity);
    m_integrity->style()->polish(m_integrity);
    refresh();
}

} // namespace recaisse::ui
