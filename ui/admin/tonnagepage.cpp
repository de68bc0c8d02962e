#include "tonnagepage.h"

#include "adaptivecolumns.h"
#include "adminwidgets.h"
#include "core/admin/sites.h"
#include "core/money.h"
#include "core/store.h"
#include "core/vat.h"

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {

QString rateText(qint64 basisPoints)
{
    return basisPoints < 0 ? QStringLiteral("—") : core::vat::formatRate(int(basisPoints));
}

// A table that asks for the width of its whole text: beside the chart it keeps its labels whole,
// and AdaptiveColumns puts it above the chart when both do not fit.
class WholeTextTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

    QSize minimumSizeHint() const override
    {
        int width = 2 * frameWidth();
        for (int column = 0; column < columnCount(); ++column)
            width += qMax(sizeHintForColumn(column), horizontalHeader()->sectionSizeHint(column));
        return {width, QTableWidget::minimumSizeHint().height()};
    }
};

// A table as tall as its rows: the page scrolls, not the table.
void fitHeight(QTableWidget *table)
{
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

} // namespace

TonnagePage::TonnagePage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Material report"), parent)
{
    setObjectName(QStringLiteral("tonnagePage"));
    auto *period = new QHBoxLayout;
    // "From: [date]", "To: [date]".
    const auto dateField = [this, period](const QString &label, const QString &name) {
        auto *caption = new QLabel(label, this);
        period->addWidget(caption);
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        caption->setBuddy(edit);
        period->addWidget(edit);
        return edit;
    };
    m_from = dateField(tr("From:"), QStringLiteral("fromDate"));
    m_to = dateField(tr("To:"), QStringLiteral("toDate"));
    auto *show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("showButton"));
    period->addWidget(show);
    period->addStretch(1);
    body()->addLayout(period);

    // The current year so far.
    const QDate today = m_store.today();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);

    // A two-column table of labels and weights, as tall as its rows.
    const auto weightTable = [this](const QString &title, const QString &name) {
        auto *table = new WholeTextTable(0, 2, this);
        table->setObjectName(name);
        table->setHorizontalHeaderLabels({title, tr("Weight")});
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(false);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return table;
    };
    m_summary = weightTable(tr("Whole site"), QStringLiteral("tonnageSummary"));
    m_recycling = weightTable(tr("Recycled"), QStringLiteral("tonnageRecycling"));

    // The two tables side by side when both fit whole, else one under the other; the chart
    // under them at the page's width, where its eco-organisms' names fit.
    m_columns = new admin::AdaptiveColumns(this);
    m_columns->addPart(m_summary, 1);
    m_columns->addPart(m_recycling, 1);
    body()->addWidget(m_columns);
    // Where the received kilograms come from, as the local authority asks.
    m_towns = weightTable(tr("Received per town"), QStringLiteral("tonnageTowns"));
    body()->addWidget(m_towns);

    m_chart = new QChart;
    m_chart->setTitle(tr("Received and reused per eco-organism (kg)"));
    auto *chartView = new QChartView(m_chart, this);
    chartView->setObjectName(QStringLiteral("tonnageChart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumSize(320, 260);
    body()->addWidget(chartView);

    m_groups = admin::makeTable(this,
        {tr("Eco-organism\nor category"), tr("Received"), tr("Reused"), tr("Recycled"), tr("Waste"),
            tr("Reuse rate")},
        QStringLiteral("tonnageGroups"));
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->horizontalHeader()->setStretchLastSection(false);
    m_groups->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Long category names wrap in their column: the rows grow with the page's width.
    m_groups->setWordWrap(true);
    m_groups->setTextElideMode(Qt::ElideNone);
    m_groups->viewport()->installEventFilter(this);
    body()->addWidget(m_groups);

    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    m_csv = new QPushButton(tr("Save as CSV…"), this);
    m_csv->setObjectName(QStringLiteral("saveCsvButton"));
    actions->addWidget(m_csv);
    m_xlsx = new QPushButton(tr("Save as XLSX…"), this);
    m_xlsx->setObjectName(QStringLiteral("saveXlsxButton"));
    actions->addWidget(m_xlsx);
    m_pdf = new QPushButton(tr("Save as PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    actions->addWidget(m_pdf);
    body()->addLayout(actions);
    body()->addStretch(1);

    connect(m_from, &QDateEdit::dateChanged, this, &TonnagePage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &TonnagePage::refresh);
    connect(show, &QPushButton::clicked, this, &TonnagePage::refresh);
    connect(m_csv, &QPushButton::clicked, this, &TonnagePage::saveCsv);
    connect(m_xlsx, &QPushButton::clicked, this, &TonnagePage::saveXlsx);
    connect(m_pdf, &QPushButton::clicked, this, &TonnagePage::savePdf);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, show);
    setTabOrder(show, m_summary);
    setTabOrder(m_summary, m_recycling);
    setTabOrder(m_recycling, m_towns);
    setTabOrder(m_towns, m_groups);
    setTabOrder(m_groups, m_csv);
    setTabOrder(m_csv, m_xlsx);
    setTabOrder(m_xlsx, m_pdf);
}

bool TonnagePage::eventFilter(QObject *watched, QEvent *event)
{
    // Once the columns have their new widths, the rows take the height of their wrapped names.
    if (watched == m_groups->viewport() && event->type() == QEvent::Resize
        && static_cast<QResizeEvent *>(event)->oldSize().width()
            != static_cast<QResizeEvent *>(event)->size().width())
        QTimer::singleShot(0, this, [this] {
            m_groups->resizeRowsToContents();
            fitHeight(m_groups);
        });
    return AdminPage::eventFilter(watched, event);
}

void TonnagePage::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    refresh();
}

void TonnagePage::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
}

void TonnagePage::refresh()
{
    auto report = core::TonnageReports(m_store).prepare(m_actor, m_from->date(), m_to->date());
    if (!report) {
        m_report.reset();
        showError(report.error());
    } else {
        m_report = std::move(*report);
        if (m_report->warnings.isEmpty())
            clearMessage();
        else
            showError(m_report->warnings.join(QLatin1Char('\n')));
    }
    m_csv->setEnabled(m_report.has_value());
    m_xlsx->setEnabled(m_report.has_value());
    m_pdf->setEnabled(m_report.has_value());
    fillSummary();
    fillRecycling();
    setRows(m_towns,
        m_report ? core::TonnageReports::townLines(*m_report) : QList<core::TonnageLine>());
    // The tables' widths changed with their text: side by side or one under the other again.
    m_columns->rearrange();
    fillGroups();
    fillChart();
}

void TonnagePage::setRows(QTableWidget *table, const QList<core::TonnageLine> &lines)
{
    table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const core::TonnageLine &line = lines.at(row);
        // "Of which" lines indented under theirs, sections' titles in bold.
        auto *label =
            admin::readOnlyCell(line.detail ? QStringLiteral("  ") + line.label : line.label);
        if (line.title()) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        table->setItem(row, 0, label);
        table->setItem(row, 1, admin::readOnlyCell(line.value, true));
    }
    fitHeight(table);
    table->updateGeometry();
}

void TonnagePage::fillSummary()
{
    setRows(m_summary,
        m_report ? core::TonnageReports::summaryLines(*m_report) : QList<core::TonnageLine>());
}

void TonnagePage::fillRecycling()
{
    setRows(m_recycling,
        m_report ? core::TonnageReports::recyclingLines(*m_report) : QList<core::TonnageLine>());
}

void TonnagePage::fillGroups()
{
    m_groups->clearSpans();
    m_groups->setRowCount(0);
    if (!m_report)
        return;
    const auto addSection = [this](const QString &title) {
        const int row = m_groups->rowCount();
        m_groups->insertRow(row);
        auto *cell = admin::readOnlyCell(title);
        QFont bold = cell->font();
        bold.setBold(true);
        cell->setFont(bold);
        m_groups->setItem(row, 0, cell);
        m_groups->setSpan(row, 0, 1, m_groups->columnCount());
    };
    const auto addGroup = [this](const core::TonnageGroup &group) {
        const int row = m_groups->rowCount();
        m_groups->insertRow(row);
        const core::TonnageFigures &f = group.figures;
        m_groups->setItem(row, 0, admin::readOnlyCell(group.label));
        m_groups->setItem(row, 1, admin::readOnlyCell(core::weight::format(f.receivedGrams), true));
        m_groups->setItem(row, 2, admin::readOnlyCell(core::weight::format(f.reusedGrams()), true));
        m_groups->setItem(row, 3, admin::readOnlyCell(core::weight::format(f.recycledGrams), true));
        m_groups->setItem(row, 4, admin::readOnlyCell(core::weight::format(f.wasteGrams), true));
        m_groups->setItem(row, 5, admin::readOnlyCell(rateText(f.reuseRateBasisPoints()), true));
    };
    addSection(tr("Per eco-organism"));
    for (const core::TonnageGroup &group : m_report->byPartner)
        addGroup(group);
    addSection(tr("Per shop category"));
    for (const core::TonnageGroup &group : m_report->byCategory)
        addGroup(group);
    m_groups->resizeRowsToContents();
    fitHeight(m_groups);
}

void TonnagePage::fillChart()
{
    QStringList partners;
    QList<qint64> received;
    QList<qint64> reused;
    if (m_report) {
        for (const core::TonnageGroup &group : m_report->byPartner) {
            partners << group.label;
            received << group.figures.receivedGrams;
            reused << group.figures.reusedGrams();
        }
    }
    admin::showReceivedAndReused(m_chart, partners, received, reused, QFont(font().family(), 8));
}

QString TonnagePage::chooseFile(
    const QString &title, const QString &extension, const QString &filter)
{
    const QString proposed = core::TonnageReports::fileName(*m_report, extension);
    if (m_fileChooser)
        return m_fileChooser(title, proposed, filter);
    return QFileDialog::getSaveFileName(this, title, QDir::home().filePath(proposed), filter);
}

void TonnagePage::saveCsv()
{
    if (m_report)
        saveBytes(tr("Save the material report as CSV"), QStringLiteral("csv"),
            tr("CSV files (*.csv)"), core::TonnageReports::csv(*m_report));
}

void TonnagePage::savePdf()
{
    if (!m_report)
        return;
    // The report comes out without the logo and colours when the branding cannot be read.
    const core::Sites sites(m_store);
    const auto branding = sites.branding();
    saveBytes(tr("Save the material report as PDF"), QStringLiteral("pdf"), tr("PDF files (*.pdf)"),
        core::TonnageReports::pdf(
            *m_report, sites.printedSite(), branding ? *branding : core::SiteSettings{}));
}

void TonnagePage::saveBytes(
    const QString &title, const QString &extension, const QString &filter, const QByteArray &bytes)
{
    const QString path = chooseFile(title, extension, filter);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        showError(tr("The file %1 cannot be written: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    showDone(tr("Material report saved as %1").arg(QDir::toNativeSeparators(path)));
}

void TonnagePage::saveXlsx()
{
    if (!m_report)
        return;
    const QString path = chooseFile(tr("Save the material report as XLSX"), QStringLiteral("xlsx"),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto written = core::TonnageReports::writeXlsx(*m_report, path); !written) {
        showError(written.error());
        return;
    }
    showDone(tr("Material report saved as %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace recaisse::ui
