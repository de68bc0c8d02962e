#include "catalogueimportdialog.h"

#include "core/store.h"
#include "ui/sync/backgroundjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QUuid>
#include <QVBoxLayout>

namespace recaisse::ui {

using core::portability::ImportField;
using core::portability::ImportKind;
using core::portability::ImportMapping;
using core::portability::SheetImport;

namespace {

// Device-local: the mapping chosen last time for that kind, offered again when the next file's
// columns allow.
QString mappingSetting(ImportKind kind)
{
    return kind == ImportKind::Categories
        ? QStringLiteral("import/catalogueMapping")
        : QStringLiteral("import/%1Mapping").arg(SheetImport::kindKey(kind));
}

} // namespace

CatalogueImportDialog::CatalogueImportDialog(
    core::Store &store, const core::Actor &actor, QString filePath, QWidget *parent)
    : CatalogueImportDialog(store, actor, ImportKind::Categories, std::move(filePath), parent)
{
}

CatalogueImportDialog::CatalogueImportDialog(core::Store &store, const core::Actor &actor,
    ImportKind kind, QString filePath, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_kind(kind)
    , m_path(std::move(filePath))
    , m_sourceName(QFileInfo(m_path).fileName())
{
    auto table = core::portability::SheetReader::read(m_path, SheetImport::limits(m_kind));
    if (table)
        m_table = std::move(*table);
    else
        m_readError = table.error().message;
    build();
}

CatalogueImportDialog::CatalogueImportDialog(core::Store &store, const core::Actor &actor,
    ImportKind kind, core::portability::SheetTable table, QString source, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_kind(kind)
    , m_sourceName(std::move(source))
    , m_table(std::move(table))
{
    build();
}

void CatalogueImportDialog::build()
{
    setObjectName(QStringLiteral("catalogueImportDialog"));
    switch (m_kind) {
    case ImportKind::Categories:
        setWindowTitle(tr("Import categories from a spreadsheet"));
        break;
    case ImportKind::Users:
        setWindowTitle(tr("Import people from a spreadsheet"));
        break;
    case ImportKind::Prices:
        setWindowTitle(tr("Import a price list from a spreadsheet"));
        break;
    }
    setModal(true);
    resize(960, 640);
    auto *layout = new QVBoxLayout(this);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("catalogueImportSource"));
    m_source->setWordWrap(true);
    layout->addWidget(m_source);

    auto *grid = new QGridLayout;
    layout->addLayout(grid);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("catalogueImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new QStandardItemModel(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("catalogueImportPreview"));
    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->horizontalHeader()->setDefaultSectionSize(110);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("catalogueImportProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    m_validOnly = new QCheckBox(tr("Import only the valid rows"), this);
    m_validOnly->setObjectName(QStringLiteral("catalogueImportValidOnly"));
    m_validOnly->setToolTip(tr("The invalid rows are skipped and listed; otherwise one invalid "
                               "row stops the whole import."));
    buttons->addWidget(m_validOnly);
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("catalogueImportCancel"));
    m_import = new QPushButton(tr("Import"), this);
    m_import->setObjectName(QStringLiteral("catalogueImportButton"));
    m_import->setProperty("primary", true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_import);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_job) {
            reject();
            return;
        }
        // The worker stops after its current row and rolls everything back.
        m_cancelled->store(true);
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling…"));
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (m_done)
            accept();
        else
            runImport();
    });
    connect(this, &CatalogueImportDialog::finishedImport, this, [this](bool committed) {
        // Skipped rows stay listed until the administrator has read them.
        if (committed && m_lastSkipped == 0 && isVisible())
            accept();
    });
    connect(m_validOnly, &QCheckBox::toggled, this, &CatalogueImportDialog::recheck);

    if (!fileRead()) {
        m_source->setText(tr("%1 cannot be imported: %2").arg(m_sourceName, m_readError));
        m_preview->hide();
        m_validOnly->hide();
        m_import->setEnabled(false);
        return;
    }
    const int rows = int(m_table.rows.size());
    if (m_table.format == QLatin1String("CSV"))
        m_source->setText(
            tr("%1: %n row(s), CSV in %2 separated by “%3”.", nullptr, rows)
                .arg(m_sourceName, m_table.encoding,
                    m_table.separator == u'\t' ? tr("tab") : QString(m_table.separator)));
    else if (m_path.isEmpty())
        m_source->setText(tr("%1: %n row(s) read from the shop's Google Sheet.", nullptr, rows)
                              .arg(m_sourceName));
    else
        m_source->setText(
            tr("%1: %n row(s), Excel workbook (first sheet).", nullptr, rows).arg(m_sourceName));

    // One chooser per field, three to a row.
    ImportMapping initial = SheetImport::guessMapping(m_kind, m_table.header);
    const QJsonObject saved =
        QJsonDocument::fromJson(QSettings().value(mappingSetting(m_kind)).toByteArray()).object();
    if (auto remembered = SheetImport::mappingFromJson(m_kind, saved, m_table.header); remembered)
        initial = *remembered;
    int index = 0;
    for (const ImportField field : SheetImport::fields(m_kind)) {
        auto *chooser = new QComboBox(this);
        chooser->setObjectName(QStringLiteral("map_") + SheetImport::fieldKey(field));
        chooser->addItem(tr("(not imported)"), -1);
        for (int column = 0; column < m_table.header.size(); ++column)
            chooser->addItem(
                QStringLiteral("%1 — %2").arg(core::portability::SheetReader::columnName(column),
                    m_table.header.at(column).left(30)),
                column);
        chooser->setCurrentIndex(chooser->findData(initial.value(field, -1)));
        chooser->setMinimumContentsLength(12);
        chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *label = new QLabel(SheetImport::fieldLabel(m_kind, field), this);
        label->setBuddy(chooser);
        grid->addWidget(label, index / 3, (index % 3) * 2);
        grid->addWidget(chooser, index / 3, (index % 3) * 2 + 1);
        grid->setColumnStretch((index % 3) * 2 + 1, 1);
        m_choosers.insert(field, chooser);
        connect(chooser, &QComboBox::currentIndexChanged, this, &CatalogueImportDialog::recheck);
        ++index;
    }
    recheck();
}

CatalogueImportDialog::~CatalogueImportDialog()
{
    if (m_job) {
        m_cancelled->store(true);
        m_job->wait();
    }
}

QString CatalogueImportDialog::chooseSpreadsheet(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Spreadsheet to import"), QString(),
        tr("Spreadsheets (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)"));
}

CatalogueImportDialog *CatalogueImportDialog::openFor(core::Store &store, const core::Actor &actor,
    ImportKind kind, const QString &path, QWidget *parent)
{
    if (path.isEmpty())
        return nullptr;
    auto *dialog = new CatalogueImportDialog(store, actor, kind, path, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QComboBox *CatalogueImportDialog::fieldChooser(ImportField field) const
{
    return m_choosers.value(field);
}

ImportMapping CatalogueImportDialog::mapping() const
{
    ImportMapping mapping;
    for (auto it = m_choosers.cbegin(); it != m_choosers.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            mapping.insert(it.key(), column);
    }
    return mapping;
}

QString CatalogueImportDialog::status() const
{
    return m_summary->text();
}

void CatalogueImportDialog::recheck()
{
    const ImportMapping current = mapping();
    m_model->clear();
    auto plan = SheetImport::check(m_store, m_kind, m_table, current);
    if (!plan) {
        m_plan = {};
        m_summary->setText(plan.error().message);
        m_import->setEnabled(false);
        return;
    }
    m_plan = std::move(*plan);
    // The preview: the row's number, what happens to it, then the mapped columns.
    QList<int> columns;
    QStringList titles = {tr("Row"), tr("Result")};
    for (const ImportField field : SheetImport::fields(m_kind)) {
        if (current.contains(field)) {
            columns.append(current.value(field));
            titles.append(SheetImport::fieldLabel(m_kind, field));
        }
    }
    m_model->setHorizontalHeaderLabels(titles);
    const int shown = std::min(int(m_plan.rows.size()), previewRows);
    for (int r = 0; r < shown; ++r) {
        const core::portability::ImportRowStatus &row = m_plan.rows.at(r);
        QList<QStandardItem *> items;
        items.append(new QStandardItem(QString::number(row.sourceRow)));
        auto *result = new QStandardItem(
            row.errors.isEmpty() ? (row.updates ? tr("updates") : tr("new")) : tr("invalid"));
        items.append(result);
        QStringList rowMessages;
        for (const int column : std::as_const(columns)) {
            auto *cell = new QStandardItem(m_table.rows.at(r).value(column).left(80));
            QStringList messages;
            for (const auto &error : row.errors) {
                if (error.column == column)
                    messages.append(error.message);
            }
            if (!messages.isEmpty()) {
                cell->setBackground(QColor(0xFF, 0xCD, 0xD2));
                cell->setToolTip(messages.join(QLatin1Char('\n')));
            }
            items.append(cell);
        }
        for (const auto &error : row.errors)
            rowMessages.append(error.message);
        if (!rowMessages.isEmpty()) {
            result->setText(tr("invalid: %1").arg(rowMessages.first()));
            result->setToolTip(rowMessages.join(QLatin1Char('\n')));
            result->setBackground(QColor(0xFF, 0xCD, 0xD2));
        }
        m_model->appendRow(items);
    }
    m_preview->setColumnWidth(0, 50);
    m_preview->setColumnWidth(1, 220);
    QString summary = tr("%n to create", nullptr, m_plan.creates) + QStringLiteral(", ")
        + tr("%n to update", nullptr, m_plan.updates) + QStringLiteral(", ")
        + tr("%n invalid", nullptr, m_plan.invalid) + QLatin1Char('.');
    if (m_plan.rows.size() > previewRows)
        summary += QLatin1Char(' ') + tr("The first %1 rows are shown.").arg(previewRows);
    if (m_kind == ImportKind::Users && m_plan.creates > 0)
        summary += QLatin1Char(' ') + tr("Each new person chooses a PIN at their first login.");
    if (m_plan.invalid > 0 && !m_validOnly->isChecked())
        summary += QLatin1Char(' ')
            + tr("Correct the file (hover a red cell to see why) or tick “Import only the valid "
                 "rows”.");
    m_summary->setText(summary);
    const int importable = m_plan.creates + m_plan.updates;
    m_import->setEnabled(importable > 0 && (m_plan.invalid == 0 || m_validOnly->isChecked()));
}

bool CatalogueImportDialog::runImport()
{
    if (!fileRead() || !m_import->isEnabled() || m_done || m_job)
        return false;
    const ImportMapping current = mapping();
    core::portability::ImportOptions options;
    options.validRowsOnly = m_validOnly->isChecked();
    options.sourceName = m_sourceName;
    m_cancelled->store(false);
    m_import->setEnabled(false);
    m_validOnly->setEnabled(false);
    for (QComboBox *chooser : std::as_const(m_choosers))
        chooser->setEnabled(false);
    m_progress->setRange(0, std::max(1, m_plan.creates + m_plan.updates));
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Importing…"));
    const QString path = m_store.db().path();
    const core::Clock &clock = m_store.clock();
    const core::Actor actor = m_actor;
    const ImportKind kind = m_kind;
    const core::portability::SheetTable table = m_table;
    const auto cancelled = m_cancelled;
    using Outcome = core::Result<core::portability::ImportOutcome>;
    m_job = runInBackground<Outcome>(
        this,
        [this, path, &clock, actor, kind, table, current, options, cancelled]() mutable -> Outcome {
            // A connection of its own: the register goes on recording meanwhile.
            auto store = core::Store::open(path, clock,
                QStringLiteral("sheet-import-") + QUuid::createUuid().toString(QUuid::Id128));
            if (!store)
                return store.error();
            options.progress = [this, cancelled](int done, int total) {
                // Every row would flood the UI thread: a few hundred updates are enough.
                if (done == total || done % std::max(1, total / 200) == 0)
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { showProgress(done, total); },
                        Qt::QueuedConnection);
                return !cancelled->load();
            };
            return SheetImport::run(**store, kind, actor, table, current, options);
        },
        [this](const Outcome &outcome) { finish(outcome); });
    return true;
}

void CatalogueImportDialog::showProgress(int done, int total)
{
    if (!m_job)
        return;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    if (!m_cancelled->load())
        m_summary->setText(tr("%1 of %2 rows written…").arg(done).arg(total));
}

void CatalogueImportDialog::finish(const core::Result<core::portability::ImportOutcome> &outcome)
{
    m_job = nullptr;
    m_progress->hide();
    m_cancel->setEnabled(true);
    if (!outcome) {
        for (QComboBox *chooser : std::as_const(m_choosers))
            chooser->setEnabled(true);
        m_validOnly->setEnabled(true);
        recheck();
        m_summary->setText(m_cancelled->load() ? tr("Import cancelled: nothing was changed.")
                                               : outcome.error().message);
        emit finishedImport(false);
        return;
    }
    QSettings().setValue(mappingSetting(m_kind),
        QJsonDocument(SheetImport::mappingToJson(mapping(), m_table.header))
            .toJson(QJsonDocument::Compact));
    QString done = (m_kind == ImportKind::Categories
                           ? tr("%n category(ies) created", nullptr, outcome->created)
                           : m_kind == ImportKind::Users
                           ? tr("%n person(s) created", nullptr, outcome->created)
                           : QString())
        + (m_kind == ImportKind::Prices ? QString() : QStringLiteral(", "))
        + (m_kind == ImportKind::Prices ? tr("%n price row(s) updated", nullptr, outcome->updated)
                                        : tr("%n updated", nullptr, outcome->updated))
        + QLatin1Char('.');
    if (!outcome->skipped.isEmpty())
        done += QLatin1Char(' ')
            + tr("Skipped: %1")
                  .arg(SheetImport::describeErrors(outcome->skipped, m_table.header, 10));
    m_summary->setText(done);
    m_done = true;
    m_lastSkipped = int(outcome->skipped.size());
    m_import->setText(tr("Close"));
    m_import->setEnabled(true);
    m_cancel->setEnabled(false);
    emit imported(outcome->created, outcome->updated);
    emit finishedImport(true);
}

} // namespace recaisse::ui
