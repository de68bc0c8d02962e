#include "reportspage.h"

#include "adminwidgets.h"
#include "core/clock.h"
#include "core/mail/mailaccount.h"
#include "core/mail/mimemessage.h"
#include "core/store.h"
#include "mailaccountdialog.h"
#include "sheetsdialog.h"
#include "ui/sync/backgroundjob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace recaisse::ui {

using core::mail::ReportType;
using core::mail::ScheduledReport;
using core::mail::ScheduledReports;

namespace {

QString typeText(ReportType type)
{
    switch (type) {
    case ReportType::SalesJournal:
        return ReportsPage::tr("Sales journal");
    case ReportType::Sessions:
        return ReportsPage::tr("Cash sessions");
    case ReportType::Deposits:
        return ReportsPage::tr("Deposits");
    case ReportType::Ecologic:
        return ReportsPage::tr("Ecologic declaration");
    case ReportType::Kpi:
        return ReportsPage::tr("Key figures");
    }
    return {};
}

QString frequencyText(const QString &frequency)
{
    if (frequency == QLatin1String("daily"))
        return ReportsPage::tr("Every day (the day before)");
    if (frequency == QLatin1String("weekly"))
        return ReportsPage::tr("Every Monday (the week before)");
    if (frequency == QLatin1String("monthly"))
        return ReportsPage::tr("Every 1st (the month before)");
    return ReportsPage::tr("Cron %1").arg(frequency);
}

QString outcomeText(const QString &result)
{
    if (result == QLatin1String("accepted"))
        return ReportsPage::tr("Sent");
    if (result == QLatin1String("temporary"))
        return ReportsPage::tr("Refused for now");
    if (result == QLatin1String("permanent"))
        return ReportsPage::tr("Refused");
    if (result == QLatin1String("unreachable"))
        return ReportsPage::tr("Waiting for the network");
    if (result == QLatin1String("refused"))
        return ReportsPage::tr("Not sent");
    return result;
}

} // namespace

ReportDialog::ReportDialog(const ScheduledReport &report, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(report.name, this);
    m_name->setObjectName(QStringLiteral("reportName"));
    form->addRow(tr("Name"), m_name);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("reportType"));
    for (const ReportType type : {ReportType::SalesJournal, ReportType::Sessions,
             ReportType::Deposits, ReportType::Ecologic, ReportType::Kpi})
        m_type->addItem(typeText(type), toKey(type));
    m_type->setCurrentIndex(m_type->findData(toKey(report.type)));
    form->addRow(tr("Report"), m_type);
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("reportFrequency"));
    m_frequency->setEditable(true); // a cron expression is typed in
    m_frequency->setToolTip(tr("Or a cron expression: minute hour day month weekday, for "
                               "example 30 7 * * 1-5."));
    for (const char *key : {"daily", "weekly", "monthly"})
        m_frequency->addItem(frequencyText(QString::fromLatin1(key)), QString::fromLatin1(key));
    const int known = m_frequency->findData(report.frequency);
    if (known >= 0)
        m_frequency->setCurrentIndex(known);
    else
        m_frequency->setEditText(report.frequency);
    form->addRow(tr("Frequency"), m_frequency);
    m_recipients = new QLineEdit(report.recipients.join(QStringLiteral(", ")), this);
    m_recipients->setObjectName(QStringLiteral("reportRecipients"));
    m_recipients->setPlaceholderText(tr("name@example.org, other@example.org"));
    form->addRow(tr("Recipients"), m_recipients);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("CSV (spreadsheet, semicolons)"), QStringLiteral("csv"));
    m_format->addItem(tr("Excel (XLSX)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("PDF with a chart (key figures only)"), QStringLiteral("pdf"));
    m_format->setCurrentIndex(qMax(0, m_format->findData(report.format)));
    form->addRow(tr("Format"), m_format);
    m_station = new QLineEdit(report.filters.stationCode, this);
    m_station->setPlaceholderText(tr("every station"));
    form->addRow(tr("Station"), m_station);
    m_cashier = new QLineEdit(report.filters.cashier, this);
    m_cashier->setPlaceholderText(tr("everyone"));
    form->addRow(tr("Cashier"), m_cashier);
    m_category = new QLineEdit(report.filters.category, this);
    m_category->setPlaceholderText(tr("every category"));
    form->addRow(tr("Category"), m_category);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ScheduledReport ReportDialog::report() const
{
    ScheduledReport r = m_report;
    r.name = m_name->text().trimmed();
    r.type = core::mail::reportTypeFromKey(m_type->currentData().toString())
                 .value_or(ReportType::SalesJournal);
    // The item's key when one of the three is shown, else the typed cron expression.
    const int item = m_frequency->findText(m_frequency->currentText());
    r.frequency =
        item >= 0 ? m_frequency->itemData(item).toString() : m_frequency->currentText().trimmed();
    r.recipients.clear();
    for (const QString &address : m_recipients->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.recipients << address.trimmed();
    r.format = m_format->currentData().toString();
    r.filters = {
        m_station->text().trimmed(), m_cashier->text().trimmed(), m_category->text().trimmed()};
    return r;
}

ReportsPage::ReportsPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Scheduled reports"), parent)
    , m_runDialog([](QDialog &dialog) { return dialog.exec(); })
{
    setObjectName(QStringLiteral("adminReports"));
    auto *intro = new QLabel(tr("Reports sent by e-mail on a schedule, in the shop's time zone. "
                                "A report missed while this computer was off or offline is sent "
                                "once, when it can."),
        this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    auto *accountRow = new QHBoxLayout;
    m_account = new QLabel(this);
    m_account->setObjectName(QStringLiteral("mailAccount"));
    m_account->setWordWrap(true);
    accountRow->addWidget(m_account, 1);
    m_accountButton = new QPushButton(tr("Mail account…"), this);
    m_accountButton->setObjectName(QStringLiteral("mailAccountButton"));
    accountRow->addWidget(m_accountButton);
    m_sheetsButton = new QPushButton(tr("Google Sheets…"), this);
    m_sheetsButton->setObjectName(QStringLiteral("sheetsButton"));
    m_sheetsButton->setToolTip(tr("Publish reports to the shop's Google Sheet on a schedule"));
    accountRow->addWidget(m_sheetsButton);
    body()->addLayout(accountRow);

    m_table = admin::makeTable(this,
        {tr("Name"), tr("Report"), tr("Frequency"), tr("Recipients"), tr("Format"), tr("Next run"),
            tr("Last result")},
        QStringLiteral("reportsTable"));
    body()->addWidget(m_table, 2);
    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("Add…"), this);
    m_add->setObjectName(QStringLiteral("addReportButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editReportButton"));
    m_toggle = new QPushButton(tr("Suspend"), this);
    m_toggle->setObjectName(QStringLiteral("toggleReportButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeReportButton"));
    m_send = new QPushButton(tr("Send now"), this);
    m_send->setObjectName(QStringLiteral("sendReportButton"));
    for (QPushButton *button : {m_add, m_edit, m_toggle, m_remove, m_send})
        row->addWidget(button);
    row->addStretch(1);
    body()->addLayout(row);

    auto *testRow = new QHBoxLayout;
    m_testAddress = new QLineEdit(this);
    m_testAddress->setObjectName(QStringLiteral("testAddress"));
    m_testAddress->setPlaceholderText(tr("name@example.org"));
    m_test = new QPushButton(tr("Send a test"), this);
    m_test->setObjectName(QStringLiteral("testMailButton"));
    testRow->addWidget(new QLabel(tr("Test message to"), this));
    testRow->addWidget(m_testAddress, 1);
    testRow->addWidget(m_test);
    body()->addLayout(testRow);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("mailResult"));
    m_result->setWordWrap(true);
    body()->addWidget(m_result);

    body()->addWidget(new QLabel(tr("Latest attempts"), this));
    m_attempts = admin::makeTable(this,
        {tr("Date"), tr("Report"), tr("Recipients"), tr("Attempt"), tr("Result"),
            tr("Server answer")},
        QStringLiteral("attemptsTable"));
    body()->addWidget(m_attempts, 1);

    connect(m_accountButton, &QPushButton::clicked, this, &ReportsPage::editAccount);
    connect(m_sheetsButton, &QPushButton::clicked, this, &ReportsPage::editSheets);
    connect(m_add, &QPushButton::clicked, this, &ReportsPage::addReport);
    connect(m_edit, &QPushButton::clicked, this, &ReportsPage::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &ReportsPage::toggleSelected);
    connect(m_remove, &QPushButton::clicked, this, &ReportsPage::removeSelected);
    connect(m_send, &QPushButton::clicked, this, &ReportsPage::sendSelected);
    connect(m_test, &QPushButton::clicked, this, &ReportsPage::sendTest);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReportsPage::updateButtons);
    updateButtons();
}

ReportsPage::~ReportsPage()
{
    if (m_job) {
        m_job->wait();
        delete m_job;
    }
}

QString ReportsPage::resultText() const
{
    return m_result->text();
}

void ReportsPage::refresh()
{
    const auto account = core::mail::MailAccount::load(m_store);
    if (account && *account)
        m_account->setText(tr("Sent through %1, port %2 (%3), from %4.")
                               .arg((*account)->host)
                               .arg((*account)->port)
                               .arg(toKey((*account)->security), (*account)->from));
    else
        m_account->setText(tr("No mail account yet: an administrator sets it with the "
                              "« Mail account » button."));
    ScheduledReports reports(m_store);
    auto list = reports.list();
    if (!list) {
        showError(list.error());
        return;
    }
    m_reports = *list;
    m_table->setRowCount(int(m_reports.size()));
    for (int r = 0; r < m_reports.size(); ++r) {
        const ScheduledReport &report = m_reports.at(r);
        m_table->setItem(r, 0, admin::readOnlyCell(report.name));
        m_table->setItem(r, 1, admin::readOnlyCell(typeText(report.type)));
        m_table->setItem(r, 2,
            admin::readOnlyCell(
                report.enabled ? frequencyText(report.frequency) : tr("Suspended")));
        m_table->setItem(r, 3, admin::readOnlyCell(report.recipients.join(QStringLiteral(", "))));
        m_table->setItem(r, 4, admin::readOnlyCell(report.format.toUpper()));
        m_table->setItem(r, 5,
            admin::readOnlyCell(report.pending.from.isValid() ? tr("Waiting for the network")
                                                              : instant(report.nextRunUtc)));
        m_table->setItem(r, 6, admin::readOnlyCell(outcomeText(report.lastResult)));
    }
    m_table->resizeColumnsToContents();
    auto attempts = reports.log(shownAttempts);
    if (attempts) {
        m_attempts->setRowCount(int(attempts->size()));
        for (int r = 0; r < attempts->size(); ++r) {
            // Newest first.
            const core::mail::SendLogEntry &e = attempts->at(attempts->size() - 1 - r);
            m_attempts->setItem(r, 0, admin::readOnlyCell(instant(e.atUtc)));
            m_attempts->setItem(r, 1, admin::readOnlyCell(e.reportName));
            m_attempts->setItem(r, 2, admin::readOnlyCell(e.recipients.join(QStringLiteral(", "))));
            m_attempts->setItem(r, 3,
                admin::readOnlyCell(
                    e.attempt > 0 ? QString::number(e.attempt) : QStringLiteral("—"), true));
            m_attempts->setItem(r, 4, admin::readOnlyCell(outcomeText(e.result)));
            m_attempts->setItem(r, 5,
                admin::readOnlyCell(
                    QString(e.answer).replace(QLatin1Char('\n'), QLatin1Char(' '))));
        }
        m_attempts->resizeColumnsToContents();
    }
    updateButtons();
}

std::optional<ScheduledReport> ReportsPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_reports.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_reports.at(row);
}

void ReportsPage::updateButtons()
{
    const bool manage = may(core::Permission::ManageSettings);
    const auto current = selected();
    m_add->setEnabled(manage && !m_job);
    for (QPushButton *button : {m_edit, m_toggle, m_remove, m_send})
        button->setEnabled(manage && current && !m_job);
    m_toggle->setText(current && !current->enabled ? tr("Resume") : tr("Suspend"));
    m_test->setEnabled(manage && !m_job);
}

void ReportsPage::editAccount()
{
    MailAccountDialog dialog(m_store, m_actor, this);
    m_runDialog(dialog);
    // A job still running finishes before the dialog goes (its destructor waits).
    refresh();
}

void ReportsPage::editSheets()
{
    SheetsDialog dialog(m_store, m_actor, this);
    m_runDialog(dialog);
}

bool ReportsPage::editInDialog(ScheduledReport &report, const QString &title)
{
    ReportDialog dialog(report, title, this);
    if (m_runDialog(dialog) != QDialog::Accepted)
        return false;
    report = dialog.report();
    return true;
}

void ReportsPage::addReport()
{
    ScheduledReport report;
    if (!editInDialog(report, tr("New report")))
        return;
    auto added = ScheduledReports(m_store).add(m_actor, report);
    if (!added) {
        showError(added.error());
        return;
    }
    refresh();
    showDone(tr("Report %1 added: first sending %2.").arg(added->name, instant(added->nextRunUtc)));
}

void ReportsPage::editSelected()
{
    auto report = selected();
    if (!report)
        return;
    const QString name = report->name;
    if (!editInDialog(*report, tr("Report %1").arg(name)))
        return;
    auto edited = ScheduledReports(m_store).edit(m_actor, name, *report);
    if (!edited) {
        showError(edited.error());
        return;
    }
    refresh();
    showDone(tr("Report %1 changed.").arg(edited->name));
}

void ReportsPage::toggleSelected()
{
    const auto report = selected();
    if (!report)
        return;
    if (auto done = ScheduledReports(m_store).setEnabled(m_actor, report->name, !report->enabled);
        !done) {
        showError(done.error());
        return;
    }
    refresh();
    showDone(report->enabled ? tr("Report %1 suspended.").arg(report->name)
                             : tr("Report %1 resumed.").arg(report->name));
}

void ReportsPage::removeSelected()
{
    const auto report = selected();
    if (!report)
        return;
    if (auto removed = ScheduledReports(m_store).remove(m_actor, report->name); !removed) {
        showError(removed.error());
        return;
    }
    refresh();
    showDone(tr("Report %1 removed.").arg(report->name));
}

void ReportsPage::runJob(std::function<QString()> job)
{
    m_result->setText(tr("Sending…"));
    m_job = runInBackground(this, std::move(job), [this](const QString &message) {
        m_job = nullptr;
        refresh();
        m_result->setText(message);
        emit jobFinished();
    });
    updateButtons();
}

void ReportsPage::sendSelected()
{
    const auto report = selected();
    if (!report)
        return;
    // The keychain and the server may take a while: not on the UI thread, with the job's own
    // connection to the station's database.
    const QString path = m_store.db().path();
    const core::Actor actor = m_actor;
    const QString name = report->name;
    runJob([path, actor, name] {
        core::SystemClock clock;
        auto store = core::Store::open(path, clock, QStringLiteral("mail-reports"));
        if (!store)
            return store.error().message;
        const auto delivery = ScheduledReports(**store).runNow(actor, name);
        if (!delivery)
            return delivery.error().message;
        return delivery->ok() ? ReportsPage::tr("Report %1 sent: the server accepted it.").arg(name)
                              : delivery->last.message;
    });
}

void ReportsPage::sendTest()
{
    const QString to = m_testAddress->text().trimmed();
    if (!core::mail::MailAddress::isValid(to)) {
        m_result->setText(core::mail::MailAddress::invalid(to).message);
        return;
    }
    const QString path = m_store.db().path();
    runJob([path, to] {
        core::SystemClock clock;
        auto store = core::Store::open(path, clock, QStringLiteral("mail-test"));
        if (!store)
            return store.error().message;
        const auto sent = ScheduledReports(**store).sendTest(to);
        if (!sent)
            return sent.error().message;
        return sent->accepted()
            ? ReportsPage::tr("Test message sent to %1: the server accepted it.").arg(to)
            : sent->message;
    });
}

} // namespace recaisse::ui
