#include "ecologicpage.h"

#include "core/exports/exportschedule.h"
#include "core/exports/partners.h"
#include "core/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace recaisse::ui {

using namespace recaisse::core;

namespace {

enum PeriodKind { Quarter, Month, Year, Range };

// "1 234,567": units of 1/10^decimals (grams as kg, cents as euros) in integer arithmetic, grouped
// by thousands with a narrow no-break space.
QString grouped(qint64 units, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = units < 0;
    const qint64 magnitude = negative ? -units : units;
    QString whole = QString::number(magnitude / scale);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QChar(0x202F));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char(',')
        + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
}

QString kg(qint64 grams)
{
    return grouped(grams, 3);
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *readOnlyTable(const QStringList &headers, const char *objectName)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(QLatin1String(objectName));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    return table;
}

QString localTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                         : QStringLiteral("—");
}

QString periodText(const QDate &from, const QDate &to)
{
    return QStringLiteral("%1 – %2").arg(
        from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy")));
}

} // namespace

EcologicPage::EcologicPage(Store &store, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_folderOpener(
          [](const QString &folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); })
{
    setObjectName(QStringLiteral("ecologicPage"));
    m_exporter.emplace(store);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Eco-organism exports"));
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(new QLabel(tr("Eco-organism:")));
    m_partner = new QComboBox;
    m_partner->setObjectName(QStringLiteral("partner"));
    for (const QString &id : Partners::ids()) {
        const auto definition = Partners::definition(id);
        m_partner->addItem(definition ? definition->partnerName : id, id);
    }
    titleRow->addWidget(m_partner);
    layout->addLayout(titleRow);

    m_tabs = new QTabWidget;
    m_tabs->addTab(createDeclarationTab(), tr("Declaration"));
    m_tabs->addTab(createSchedulesTab(), tr("Schedules"));
    m_tabs->addTab(createHistoryTab(), tr("History"));
    layout->addWidget(m_tabs, 1);

    if (!m_exporter->schema())
        showStatus(m_exporter->schema().error().message, true);
    connect(m_partner, &QComboBox::currentIndexChanged, this, [this] {
        m_exporter.emplace(m_store, partner());
        if (!m_exporter->schema())
            showStatus(m_exporter->schema().error().message, true);
        preview();
    });
    refresh();
}

QString EcologicPage::partner() const
{
    return m_partner->currentData().toString();
}

void EcologicPage::selectPartner(const QString &partner)
{
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(partner)));
}

void EcologicPage::setPublisher(ExportPublisher publisher)
{
    m_publisher = std::move(publisher);
}

void EcologicPage::setFolderOpener(std::function<void(const QString &)> opener)
{
    m_folderOpener = std::move(opener);
}

QWidget *EcologicPage::createDeclarationTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period:")));
    m_periodKind = new QComboBox;
    m_periodKind->setObjectName(QStringLiteral("periodKind"));
    m_periodKind->addItems({tr("Quarter"), tr("Month"), tr("Year"), tr("Dates")});
    periodRow->addWidget(m_periodKind);
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2200);
    periodRow->addWidget(m_year);
    m_quarterLabel = new QLabel(tr("Quarter:"));
    periodRow->addWidget(m_quarterLabel);
    m_quarter = new QComboBox;
    m_quarter->setObjectName(QStringLiteral("quarter"));
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Q%1").arg(q));
    periodRow->addWidget(m_quarter);
    m_monthLabel = new QLabel(tr("Month:"));
    periodRow->addWidget(m_monthLabel);
    m_month = new QComboBox;
    m_month->setObjectName(QStringLiteral("month"));
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m));
    periodRow->addWidget(m_month);
    m_fromLabel = new QLabel(tr("From:"));
    periodRow->addWidget(m_fromLabel);
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    periodRow->addWidget(m_from);
    m_toLabel = new QLabel(tr("To:"));
    periodRow->addWidget(m_toLabel);
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    periodRow->addWidget(m_to);
    auto *previewButton = new QPushButton(tr("Preview"));
    previewButton->setObjectName(QStringLiteral("previewButton"));
    periodRow->addWidget(previewButton);
    periodRow->addStretch(1);
    layout->addLayout(periodRow);

    // The last complete quarter by default: what is declared.
    const QDate today = m_store.today();
    auto last = ExportSchedules::coveredPeriod(QStringLiteral("quarter"), today);
    m_year->setValue(last ? last->from.year() : today.year());
    m_quarter->setCurrentIndex(last ? (last->from.month() - 1) / 3 : 0);
    m_month->setCurrentIndex(today.month() - 1);
    m_from->setDate(last ? last->from : today);
    m_to->setDate(last ? last->to : today);

    m_table = readOnlyTable(
        {tr("Code"), tr("Category"), tr("Received\n(items)"), tr("Received\n(kg)"),
            tr("of which\nbrought\n(kg)"), tr("of which\ncollected\n(kg)"), tr("Reused\n(items)"),
            tr("Reused\n(kg)"), tr("of which\nestimated\n(kg)"), tr("Reused\n(euros)"),
            tr("Recycling\n(kg)"), tr("Waste\ncentre\n(kg)")},
        "declarationTable");
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The category's name keeps room for two lines even on a 1024 px screen (the table scrolls
    // sideways there); the last column takes what is left on a wide one.
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(1, 240);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // The long labels of the schema wrap on two lines rather than being cut.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 3);

    auto *warningsTitle = new QLabel(tr("Warnings (the file is valid; check these figures):"));
    warningsTitle->setObjectName(QStringLiteral("warningsTitle"));
    layout->addWidget(warningsTitle);
    m_warnings = new QListWidget;
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    m_warnings->setWordWrap(true);
    layout->addWidget(m_warnings, 1);

    auto *actions = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actions->addWidget(m_status, 1);
    auto *openButton = new QPushButton(tr("Open the folder"));
    openButton->setObjectName(QStringLiteral("openFolderButton"));
    actions->addWidget(openButton);
    m_exportButton = new QPushButton(tr("Export"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    actions->addWidget(m_exportButton);
    layout->addLayout(actions);

    connect(m_periodKind, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodFields();
        preview();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &EcologicPage::preview);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &EcologicPage::preview);
    connect(m_month, &QComboBox::currentIndexChanged, this, &EcologicPage::preview);
    connect(previewButton, &QPushButton::clicked, this, &EcologicPage::preview);
    connect(m_exportButton, &QPushButton::clicked, this, &EcologicPage::exportNow);
    connect(openButton, &QPushButton::clicked, this, &EcologicPage::openFolder);
    updatePeriodFields();
    return tab;
}

QWidget *EcologicPage::createSchedulesTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_schedules = readOnlyTable({tr("No."), tr("When"), tr("Declares"), tr("Next run"),
                                    tr("Last run"), tr("Last result"), tr("Last file")},
        "schedulesTable");
    m_schedules->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_schedules->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_schedules, 1);

    auto *form = new QGroupBox(tr("New schedule"));
    auto *row = new QHBoxLayout(form);
    m_scheduleKind = new QComboBox;
    m_scheduleKind->setObjectName(QStringLiteral("scheduleKind"));
    m_scheduleKind->addItem(tr("Daily"), toKey(ExportSchedule::Kind::Daily));
    m_scheduleKind->addItem(tr("Weekly"), toKey(ExportSchedule::Kind::Weekly));
    m_scheduleKind->addItem(tr("Monthly"), toKey(ExportSchedule::Kind::Monthly));
    m_scheduleKind->addItem(tr("Quarterly"), toKey(ExportSchedule::Kind::Quarterly));
    m_scheduleKind->addItem(tr("Cron expression"), toKey(ExportSchedule::Kind::Cron));
    m_scheduleKind->setCurrentIndex(3);
    row->addWidget(m_scheduleKind);
    row->addWidget(new QLabel(tr("Day:")));
    m_scheduleDay = new QSpinBox;
    m_scheduleDay->setObjectName(QStringLiteral("scheduleDay"));
    m_scheduleDay->setRange(1, 31);
    m_scheduleDay->setToolTip(tr("Weekly: 1 = Monday … 7 = Sunday. Monthly and quarterly: day of "
                                 "the month (the last day when the month is shorter)."));
    row->addWidget(m_scheduleDay);
    row->addWidget(new QLabel(tr("At:")));
    m_scheduleTime = new QTimeEdit(QTime(6, 0));
    m_scheduleTime->setObjectName(QStringLiteral("scheduleTime"));
    m_scheduleTime->setDisplayFormat(QStringLiteral("HH:mm"));
    row->addWidget(m_scheduleTime);
    m_scheduleCron = new QLineEdit;
    m_scheduleCron->setObjectName(QStringLiteral("scheduleCron"));
    m_scheduleCron->setPlaceholderText(QStringLiteral("0 6 1 1,4,7,10 *"));
    m_scheduleCron->setEnabled(false);
    row->addWidget(m_scheduleCron, 1);
    row->addWidget(new QLabel(tr("Declares:")));
    m_scheduleCovers = new QComboBox;
    m_scheduleCovers->setObjectName(QStringLiteral("scheduleCovers"));
    m_scheduleCovers->addItem(tr("the previous day"), QStringLiteral("day"));
    m_scheduleCovers->addItem(tr("the previous week"), QStringLiteral("week"));
    m_scheduleCovers->addItem(tr("the previous month"), QStringLiteral("month"));
    m_scheduleCovers->addItem(tr("the previous quarter"), QStringLiteral("quarter"));
    m_scheduleCovers->addItem(tr("the previous year"), QStringLiteral("year"));
    m_scheduleCovers->setCurrentIndex(3);
    row->addWidget(m_scheduleCovers);
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("addScheduleButton"));
    row->addWidget(add);
    layout->addWidget(form);

    auto *bottom = new QHBoxLayout;
    m_scheduleStatus = new QLabel;
    m_scheduleStatus->setObjectName(QStringLiteral("scheduleStatus"));
    m_scheduleStatus->setWordWrap(true);
    bottom->addWidget(m_scheduleStatus, 1);
    auto *remove = new QPushButton(tr("Remove the selected schedule"));
    remove->setObjectName(QStringLiteral("removeScheduleButton"));
    bottom->addWidget(remove);
    layout->addLayout(bottom);

    connect(m_scheduleKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool cron = index == 4;
        m_scheduleCron->setEnabled(cron);
        m_scheduleDay->setEnabled(!cron && index != 0);
        m_scheduleTime->setEnabled(!cron);
        static const int coversOf[] = {0, 1, 2, 3, 3};
        if (index >= 0 && index < 5)
            m_scheduleCovers->setCurrentIndex(coversOf[index]);
    });
    connect(add, &QPushButton::clicked, this, &EcologicPage::addSchedule);
    connect(remove, &QPushButton::clicked, this, &EcologicPage::removeSchedule);
    return tab;
}

QWidget *EcologicPage::createHistoryTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_history = readOnlyTable(
        {tr("Date"), tr("Period"), tr("Run"), tr("Result"), tr("Warnings"), tr("File or reason")},
        "historyTable");
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_history);
    return tab;
}

void EcologicPage::updatePeriodFields()
{
    const int kind = m_periodKind->currentIndex();
    m_year->setVisible(kind != Range);
    m_quarterLabel->setVisible(kind == Quarter);
    m_quarter->setVisible(kind == Quarter);
    m_monthLabel->setVisible(kind == Month);
    m_month->setVisible(kind == Month);
    for (QWidget *w : {static_cast<QWidget *>(m_fromLabel), static_cast<QWidget *>(m_from),
             static_cast<QWidget *>(m_toLabel), static_cast<QWidget *>(m_to)})
        w->setVisible(kind == Range);
}

Result<EcologicPeriod> EcologicPage::selectedPeriod() const
{
    switch (m_periodKind->currentIndex()) {
    case Quarter:
        return EcologicPeriod::quarter(m_year->value(), m_quarter->currentIndex() + 1);
    case Month:
        return EcologicPeriod::month(m_year->value(), m_month->currentIndex() + 1);
    case Year:
        return EcologicPeriod::year(m_year->value());
    default:
        return EcologicPeriod::range(m_from->date(), m_to->date());
    }
}

void EcologicPage::selectPeriod(const EcologicPeriod &period)
{
    const QSignalBlocker blockKind(m_periodKind);
    const QSignalBlocker blockYear(m_year);
    const QSignalBlocker blockQuarter(m_quarter);
    const QSignalBlocker blockMonth(m_month);
    m_periodKind->setCurrentIndex(Range);
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    updatePeriodFields();
    preview();
}

void EcologicPage::refresh()
{
    preview();
    refreshSchedules();
    refreshHistory();
}

void EcologicPage::preview()
{
    m_table->setRowCount(0);
    m_warnings->clear();
    auto period = selectedPeriod();
    if (!period) {
        showStatus(period.error().message, true);
        return;
    }
    auto declaration = m_exporter->prepare(m_actor, *period);
    if (!declaration) {
        showStatus(declaration.error().message, true);
        m_exportButton->setEnabled(false);
        return;
    }
    EcologicRow total;
    total.code = tr("Total");
    QList<EcologicRow> rows = declaration->rows;
    for (const EcologicRow &r : std::as_const(declaration->rows)) {
        total.depositCount += r.depositCount;
        total.depositGrams += r.depositGrams;
        total.depositBroughtGrams += r.depositBroughtGrams;
        total.depositPartnerGrams += r.depositPartnerGrams;
        total.reuseCount += r.reuseCount;
        total.reuseGrams += r.reuseGrams;
        total.reuseEstimatedGrams += r.reuseEstimatedGrams;
        total.reuseCents += r.reuseCents;
        total.recyclingGrams += r.recyclingGrams;
        total.wasteCentreGrams += r.wasteCentreGrams;
    }
    rows << total;
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const EcologicRow &r = rows.at(i);
        auto *code = new QTableWidgetItem(r.code);
        auto *label = new QTableWidgetItem(r.label);
        label->setToolTip(r.label);
        m_table->setItem(i, 0, code);
        m_table->setItem(i, 1, label);
        const QStringList values = {QString::number(r.depositCount), kg(r.depositGrams),
            kg(r.depositBroughtGrams), kg(r.depositPartnerGrams), QString::number(r.reuseCount),
            kg(r.reuseGrams), kg(r.reuseEstimatedGrams), grouped(r.reuseCents, 2),
            kg(r.recyclingGrams), kg(r.wasteCentreGrams)};
        for (int c = 0; c < values.size(); ++c)
            m_table->setItem(i, c + 2, numberItem(values.at(c)));
        if (i == rows.size() - 1) {
            for (int c = 0; c < m_table->columnCount(); ++c) {
                QFont bold = m_table->item(i, c)->font();
                bold.setBold(true);
                m_table->item(i, c)->setFont(bold);
            }
        }
    }
    const EcologicCheck check = m_exporter->check(*declaration);
    for (const QString &error : check.errors) {
        auto *item = new QListWidgetItem(tr("Error: %1").arg(error));
        item->setForeground(QColor(0xC6, 0x28, 0x28));
        m_warnings->addItem(item);
    }
    m_warnings->addItems(check.warnings);
    m_exportButton->setEnabled(check.ok() && !m_exporting);
    showStatus(check.ok() ? tr("%1 warning(s). The file will be checked again when exported.")
                                .arg(check.warnings.size())
                          : tr("The declaration does not match the schema: it cannot be exported."),
        !check.ok());
}

EcologicPage::~EcologicPage()
{
    if (m_worker)
        m_worker->wait();
}

void EcologicPage::exportNow()
{
    auto period = selectedPeriod();
    if (!period) {
        showStatus(period.error().message, true);
        return;
    }
    if (m_exporting)
        return;
    m_exporting = true;
    m_exportButton->setEnabled(false);
    showStatus(tr("Exporting…"), false);

    // The file is written, synced to disk and audited on a thread of its own with its own
    // connection, so that the page never waits on the disk.
    auto outcome = std::make_shared<std::optional<Result<EcologicRunResult>>>();
    const QString databasePath = m_store.db().path();
    const Clock &clock = m_store.clock();
    const Actor actor = m_actor;
    const ExportPublisher publisher = m_publisher;
    QThread *worker = QThread::create(
        [outcome, databasePath, &clock, actor, publisher, chosen = *period, id = partner()] {
            auto store = Store::open(databasePath, clock);
            if (!store) {
                outcome->emplace(store.error());
                return;
            }
            EcologicExport exporter(**store, id);
            exporter.setPublisher(publisher);
            outcome->emplace(exporter.run(actor, chosen));
        });
    m_worker = worker;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, outcome] {
        m_exporting = false;
        m_exportButton->setEnabled(true);
        refreshHistory();
        refreshSchedules();
        if (!outcome->has_value())
            return;
        const Result<EcologicRunResult> &run = **outcome;
        if (!run) {
            showStatus(run.error().message, true);
            return;
        }
        m_lastFolder = QFileInfo(run->filePath).absolutePath();
        showStatus(tr("Written: %1 (version %2, %3 warning(s)).")
                       .arg(QFileInfo(run->filePath).fileName())
                       .arg(run->version)
                       .arg(run->warnings.size()),
            false);
        emit exported(run->filePath);
    });
    worker->start();
}

void EcologicPage::openFolder()
{
    const QString folder = m_lastFolder.isEmpty() ? m_exporter->defaultFolder() : m_lastFolder;
    if (!QFileInfo::exists(folder)) {
        showStatus(
            tr("Nothing has been exported yet: the folder %1 does not exist.").arg(folder), true);
        return;
    }
    m_folderOpener(folder);
}

void EcologicPage::addSchedule()
{
    ExportSchedule s;
    const auto kind = scheduleKindFromKey(m_scheduleKind->currentData().toString());
    s.kind = kind.value_or(ExportSchedule::Kind::Quarterly);
    s.day = m_scheduleDay->value();
    s.at = m_scheduleTime->time();
    s.cron = m_scheduleCron->text();
    s.covers = m_scheduleCovers->currentData().toString();
    s.partner = partner();
    auto added = ExportSchedules(m_store).add(m_actor, s);
    if (!added) {
        m_scheduleStatus->setText(added.error().message);
        return;
    }
    m_scheduleStatus->setText(tr("Schedule %1 added; next run %2.")
                                  .arg(added->id)
                                  .arg(localTime(added->nextRunUtc, m_store.timeZone())));
    refreshSchedules();
}

void EcologicPage::removeSchedule()
{
    const int row = m_schedules->currentRow();
    if (row < 0) {
        m_scheduleStatus->setText(tr("Select a schedule first."));
        return;
    }
    const qint64 id = m_schedules->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto removed = ExportSchedules(m_store).remove(m_actor, id);
    m_scheduleStatus->setText(
        removed ? tr("Schedule %1 removed.").arg(id) : removed.error().message);
    refreshSchedules();
}

void EcologicPage::refreshSchedules()
{
    const QList<ExportSchedule> schedules = ExportSchedules(m_store).list();
    m_schedules->setRowCount(int(schedules.size()));
    const QHash<QString, QString> covers = {{QStringLiteral("day"), tr("the previous day")},
        {QStringLiteral("week"), tr("the previous week")},
        {QStringLiteral("month"), tr("the previous month")},
        {QStringLiteral("quarter"), tr("the previous quarter")},
        {QStringLiteral("year"), tr("the previous year")}};
    for (int i = 0; i < schedules.size(); ++i) {
        const ExportSchedule &s = schedules.at(i);
        auto *id = numberItem(QString::number(s.id));
        id->setData(Qt::UserRole, s.id);
        m_schedules->setItem(i, 0, id);
        m_schedules->setItem(i, 1, new QTableWidgetItem(ExportSchedules::describe(s)));
        const auto definition = Partners::definition(s.partner);
        m_schedules->setItem(i, 2,
            new QTableWidgetItem(
                QStringLiteral("%1 — %2").arg(definition ? definition->partnerName : s.partner,
                    covers.value(s.covers, s.covers))));
        m_schedules->setItem(
            i, 3, new QTableWidgetItem(localTime(s.nextRunUtc, m_store.timeZone())));
        m_schedules->setItem(
            i, 4, new QTableWidgetItem(localTime(s.lastRunUtc, m_store.timeZone())));
        m_schedules->setItem(i, 5,
            new QTableWidgetItem(s.lastStatus.isEmpty()   ? QStringLiteral("—")
                    : s.lastStatus == QLatin1String("ok") ? tr("Exported")
                                                          : tr("Failed")));
        m_schedules->setItem(i, 6, new QTableWidgetItem(QFileInfo(s.lastFile).fileName()));
    }
}

void EcologicPage::refreshHistory()
{
    const QList<EcologicExport::RunRecord> runs = m_exporter->history(200);
    m_history->setRowCount(int(runs.size()));
    for (int i = 0; i < runs.size(); ++i) {
        const EcologicExport::RunRecord &r = runs.at(i);
        m_history->setItem(
            i, 0, new QTableWidgetItem(localTime(fromIsoUtc(r.atUtc), m_store.timeZone())));
        m_history->setItem(i, 1, new QTableWidgetItem(periodText(r.from, r.to)));
        m_history->setItem(i, 2,
            new QTableWidgetItem(
                r.scheduleId > 0 ? tr("Schedule %1").arg(r.scheduleId) : tr("By hand")));
        m_history->setItem(i, 3,
            new QTableWidgetItem(r.status == QLatin1String("ok") ? tr("Exported") : tr("Failed")));
        auto *warnings = numberItem(QString::number(r.warnings.size()));
        warnings->setToolTip(r.warnings.join(QLatin1Char('\n')));
        m_history->setItem(i, 4, warnings);
        auto *detail =
            new QTableWidgetItem(r.file.isEmpty() ? r.message.section(QLatin1Char('\n'), 0, 0)
                                                  : QFileInfo(r.file).fileName());
        detail->setToolTip(r.file.isEmpty() ? r.message : r.file);
        m_history->setItem(i, 5, detail);
    }
}

void EcologicPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? QStringLiteral("color: #C62828;") : QString());
}

} // namespace recaisse::ui
