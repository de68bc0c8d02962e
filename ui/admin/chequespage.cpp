#include "chequespage.h"

#include "adminwidgets.h"
#include "core/accounting.h"
#include "core/admin/sites.h"
#include "core/demoshop.h"
#include "core/money.h"
#include "core/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace recaisse::ui {

namespace {

void fillRow(QTableWidget *table, int row, const QStringList &cells, int amountColumn)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == amountColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

// The station's code: the part of a document number before its last dash.
QString stationCode(const QString &number)
{
    return number.section(QLatin1Char('-'), 0, -2);
}

} // namespace

ChequesPage::ChequesPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Cheques and accounting"), parent)
{
    setObjectName(QStringLiteral("chequesPage"));
    auto *intro = new QLabel(tr("Cheques of closed cash sessions, on every station, not deposited "
                                "yet. Select those you take to the bank (none selected: all)."),
        this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    m_table = admin::makeTable(this,
        {tr("Day"), tr("Station"), tr("Document"), tr("Amount"), tr("Bank"), tr("Number")},
        QStringLiteral("pendingChequesTable"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    body()->addWidget(m_table, 2);

    auto *actions = new QHBoxLayout;
    m_remit = new QPushButton(tr("&Make a deposit slip…"), this);
    m_remit->setObjectName(QStringLiteral("remitChequesButton"));
    actions->addWidget(m_remit);
    actions->addStretch(1);
    body()->addLayout(actions);

    auto *slipsTitle = new QLabel(tr("Deposit slips"), this);
    slipsTitle->setObjectName(QStringLiteral("sectionTitle"));
    body()->addWidget(slipsTitle);
    m_slipsTable = admin::makeTable(this, {tr("Slip"), tr("Made on"), tr("By"), tr("Total")},
        QStringLiteral("chequeSlipsTable"));
    m_slipsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    body()->addWidget(m_slipsTable, 1);
    auto *again = new QHBoxLayout;
    m_saveAgain = new QPushButton(tr("&Save the slip's PDF again…"), this);
    m_saveAgain->setObjectName(QStringLiteral("saveSlipButton"));
    again->addWidget(m_saveAgain);
    again->addStretch(1);
    body()->addLayout(again);

    auto *exportTitle = new QLabel(tr("Accounting export"), this);
    exportTitle->setObjectName(QStringLiteral("sectionTitle"));
    body()->addWidget(exportTitle);
    auto *exportRow = new QHBoxLayout;
    m_exportFirst = new QDateEdit(m_store.today(), this);
    m_exportFirst->setObjectName(QStringLiteral("exportFirstDay"));
    m_exportFirst->setCalendarPopup(true);
    m_exportLast = new QDateEdit(m_store.today(), this);
    m_exportLast->setObjectName(QStringLiteral("exportLastDay"));
    m_exportLast->setCalendarPopup(true);
    m_exportFormat = new QComboBox(this);
    m_exportFormat->setObjectName(QStringLiteral("exportFormat"));
    m_exportFormat->addItem(tr("CSV"));
    m_exportFormat->addItem(tr("Paheko (grouped import)"));
    m_export = new QPushButton(tr("E&xport the entries…"), this);
    m_export->setObjectName(QStringLiteral("accountingExportButton"));
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_exportFirst);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_exportLast);
    // Days on one row, format and button on the next: one row is wider than a 1024 px screen.
    exportRow->addWidget(fromLabel);
    exportRow->addWidget(m_exportFirst);
    exportRow->addWidget(toLabel);
    exportRow->addWidget(m_exportLast);
    exportRow->addStretch(1);
    body()->addLayout(exportRow);
    auto *exportActions = new QHBoxLayout;
    exportActions->addWidget(m_exportFormat);
    exportActions->addWidget(m_export);
    exportActions->addStretch(1);
    body()->addLayout(exportActions);

    m_remit->setEnabled(may(core::Permission::ExportData));
    m_saveAgain->setEnabled(may(core::Permission::ExportData));
    m_export->setEnabled(may(core::Permission::ExportData));
    connect(m_export, &QPushButton::clicked, this, &ChequesPage::exportAccounting);
    connect(m_remit, &QPushButton::clicked, this, &ChequesPage::remitSelected);
    connect(m_saveAgain, &QPushButton::clicked, this, &ChequesPage::saveSelectedSlip);
}

void ChequesPage::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
}

void ChequesPage::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
}

void ChequesPage::setExportDays(const QDate &first, const QDate &last)
{
    m_exportFirst->setDate(first);
    m_exportLast->setDate(last);
}

void ChequesPage::refresh()
{
    core::ChequeSlips slips(m_store);
    const auto pending = slips.pending(m_actor);
    const auto made = slips.slips();
    m_table->setRowCount(0);
    m_slipsTable->setRowCount(0);
    m_pending.clear();
    m_slips.clear();
    if (!pending) {
        showError(pending.error());
        return;
    }
    if (!made) {
        showError(made.error());
        return;
    }
    m_pending = *pending;
    m_slips = *made;
    m_table->setRowCount(int(m_pending.size()));
    for (int row = 0; row < m_pending.size(); ++row) {
        const core::Cheque &cheque = m_pending.at(row);
        fillRow(m_table, row,
            {QLocale().toString(cheque.day, QLocale::ShortFormat),
                stationCode(cheque.documentNumber), cheque.documentNumber,
                core::money::format(cheque.amountCents), cheque.bank, cheque.number},
            3);
    }
    m_slipsTable->setRowCount(int(m_slips.size()));
    for (int row = 0; row < m_slips.size(); ++row) {
        const core::ChequeSlip &slip = m_slips.at(row);
        fillRow(m_slipsTable, row,
            {slip.number, instant(slip.createdUtc), slip.actorName,
                core::money::format(slip.totalCents)},
            3);
    }
    m_remit->setEnabled(may(core::Permission::ExportData) && !m_pending.isEmpty());
    m_saveAgain->setEnabled(may(core::Permission::ExportData) && !m_slips.isEmpty());
}

void ChequesPage::remitSelected()
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    QList<core::Cheque> chosen;
    for (int row : rows) {
        if (row < m_pending.size())
            chosen.append(m_pending.at(row));
    }
    const auto slip = core::ChequeSlips(m_store).remit(m_actor, chosen);
    if (!slip) {
        showError(slip.error());
        return;
    }
    refresh();
    // The slip is made and synced whatever happens to its PDF: it can be saved again below.
    if (savePdf(*slip))
        showDone(tr("Slip %1: %n cheque(s), %2.", nullptr, int(slip->cheques.size()))
                     .arg(slip->number, core::money::format(slip->totalCents)));
}

void ChequesPage::saveSelectedSlip()
{
    const QModelIndexList rows = m_slipsTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_slips.size()) {
        showError(tr("Choose a slip in the list first."));
        return;
    }
    const auto slip = core::ChequeSlips(m_store).find(m_slips.at(rows.first().row()).number);
    if (!slip) {
        showError(slip.error());
        return;
    }
    if (savePdf(*slip))
        showDone(tr("Slip %1 saved.").arg(slip->number));
}

bool ChequesPage::savePdf(const core::ChequeSlip &slip)
{
    const Saved saved = saveFile(core::DemoShop::fileNamePrefix(m_store.isDemo(), QLatin1Char('-'))
            + tr("slip-%1.pdf").arg(slip.number),
        tr("PDF (*.pdf)"),
        core::ChequeSlips::pdf(slip, core::Sites(m_store).printedSite(), m_store.timeZone()));
    if (saved == Saved::Cancelled)
        showDone(tr("Slip %1 is made; its PDF was not saved.").arg(slip.number));
    return saved == Saved::Yes;
}

ChequesPage::Saved ChequesPage::saveFile(
    const QString &proposed, const QString &filter, const QByteArray &bytes)
{
    const QString path = m_fileChooser
        ? m_fileChooser(proposed)
        : QFileDialog::getSaveFileName(this, tr("Save as"), proposed, filter);
    if (path.isEmpty())
        return Saved::Cancelled;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return Saved::Failed;
    }
    return Saved::Yes;
}

void ChequesPage::exportAccounting()
{
    const QDate first = m_exportFirst->date();
    const QDate last = m_exportLast->date();
    core::AccountingExport accounting(m_store);
    const auto before = accounting.exportedBefore(first, last);
    if (!before) {
        showError(before.error());
        return;
    }
    if (!before->isEmpty()) {
        const core::AccountingExportRun &run = before->last();
        const QString question =
            tr("These days were already exported on %1 (%2 to %3). Export them again? Import "
               "them into the accounts only if the first export was not imported.")
                .arg(instant(run.atUtc), QLocale().toString(run.first, QLocale::ShortFormat),
                    QLocale().toString(run.last, QLocale::ShortFormat));
        const bool again = m_confirmation
            ? m_confirmation(question)
            : QMessageBox::question(this, tr("Export again?"), question) == QMessageBox::Yes;
        if (!again)
            return;
    }
    const bool paheko = m_exportFormat->currentIndex() == 1;
    const auto bytes = accounting.exportCsv(m_actor, first, last,
        paheko ? core::AccountingExport::Format::Paheko : core::AccountingExport::Format::Csv,
        !before->isEmpty());
    if (!bytes) {
        showError(bytes.error());
        return;
    }
    // Exported (and audited) first: a file not saved is said, and the export can be made again.
    const Saved saved = saveFile(accounting.fileName(first, last), tr("CSV (*.csv)"), *bytes);
    if (saved == Saved::Yes)
        showDone(tr("Accounting entries of %1 to %2 saved.")
                     .arg(QLocale().toString(first, QLocale::ShortFormat),
                         QLocale().toString(last, QLocale::ShortFormat)));
    else if (saved == Saved::Cancelled)
        showDone(tr("The entries were not saved: export them again (you will be asked to "
                    "confirm)."));
}

} // namespace recaisse::ui
