#include "catalogueimportdialog.h"

#include "core/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace recaisse::ui {

using core::portability::CatalogueField;
using core::portability::CatalogueImport;
using core::portability::CatalogueMapping;

namespace {

// Device-local: the mapping chosen last time, offered again when the next file's columns allow.
constexpr char mappingSetting[] = "import/catalogueMapping";

} // namespace

CatalogueImportDialog::CatalogueImportDialog(
    core::Store &store, const core::Actor &actor, QString filePath, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_path(std::move(filePath))
{
    setObjectName(QStringLiteral("catalogueImportDialog"));
    setWindowTitle(tr("Import categories from a spreadsheet"));
    setModal(true);
    resize(960, 640);
    auto *layout = new QVBoxLayout(this);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("catalogueImportSource"));
    m_source->setWordWrap(true);
    layout->addWidget(m_source);

    auto table = core::portability::SheetReader::read(m_path, CatalogueImport::limits());
    if (table)
        m_table = std::move(*table);
    else
        m_readError = table.error().message;

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
    auto *buttons = new QHBoxLayout;
    m_validOnly = new QCheckBox(tr("Import only the valid rows"), this);
    m_validOnly->setObjectName(QStringLiteral("catalogueImportValidOnly"));
    m_validOnly->setToolTip(tr("The invalid rows are skipped and listed; otherwise one invalid "
                               "row stops the whole import."));
    buttons->addWidget(m_validOnly);
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    m_import = new QPushButton(tr("Import"), this);
    m_import->setObjectName(QStringLiteral("catalogueImportButton"));
    m_import->setProperty("primary", true);
    buttons->addWidget(cancel);
    buttons->addWidget(m_import);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (m_done) {
            accept();
        } else if (runImport()) {
            // Skipped rows stay listed until the administrator has read them.
            if (m_lastSkipped == 0)
                accept();
            m_import->setText(tr("Close"));
            m_validOnly->setEnabled(false);
        }
    });
    connect(m_validOnly, &QCheckBox::toggled, this, &CatalogueImportDialog::recheck);

    if (!fileRead()) {
        m_source->setText(
            tr("%1 cannot be imported: %2").arg(QFileInfo(m_path).fileName(), m_readError));
        m_preview->hide();
        m_validOnly->hide();
        m_import->setEnabled(false);
        return;
    }
    m_source->setText(m_table.format == QLatin1String("CSV")
            ? tr("%1: %n row(s), CSV in %2 separated by “%3”.", nullptr, int(m_table.rows.size()))
                  .arg(QFileInfo(m_path).fileName(), m_table.encoding,
                      m_table.separator == u'\t' ? tr("tab") : QString(m_table.separator))
            : tr("%1: %n row(s), Excel workbook (first sheet).", nullptr, int(m_table.rows.size()))
                  .arg(QFileInfo(m_path).fileName()));

    // One chooser per field, three to a row.
    CatalogueMapping initial = CatalogueImport::guessMapping(m_table.header);
    const QJsonObject saved =
        QJsonDocument::fromJson(QSettings().value(QLatin1String(mappingSetting)).toByteArray())
            .object();
    if (auto remembered = CatalogueImport::mappingFromJson(saved, m_table.header); remembered)
        initial = *remembered;
    int index = 0;
    for (const CatalogueField field : CatalogueImport::fields()) {
        auto *chooser = new QComboBox(this);
        chooser->setObjectName(QStringLiteral("map_") + CatalogueImport::fieldKey(field));
        chooser->addItem(tr("(not imported)"), -1);
        for (int column = 0; column < m_table.header.size(); ++column)
            chooser->addItem(
                QStringLiteral("%1 — %2").arg(core::portability::SheetReader::columnName(column),
                    m_table.header.at(column).left(30)),
                column);
        chooser->setCurrentIndex(chooser->findData(initial.value(field, -1)));
        chooser->setMinimumContentsLength(12);
        chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *label = new QLabel(CatalogueImport::fieldLabel(field), this);
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

QComboBox *CatalogueImportDialog::fieldChooser(CatalogueField field) const
{
    return m_choosers.value(field);
}

CatalogueMapping CatalogueImportDialog::mapping() const
{
    CatalogueMapping mapping;
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
    const CatalogueMapping current = mapping();
    m_model->clear();
    auto plan = CatalogueImport(m_store).plan(m_table, current);
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
    for (const CatalogueField field : CatalogueImport::fields()) {
        if (current.contains(field)) {
            columns.append(current.value(field));
            titles.append(CatalogueImport::fieldLabel(field));
        }
    }
    m_model->setHorizontalHeaderLabels(titles);
    const int shown = std::min(int(m_plan.rows.size()), previewRows);
    for (int r = 0; r < shown; ++r) {
        const core::portability::CatalogueRow &row = m_plan.rows.at(r);
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
    if (!fileRead() || !m_import->isEnabled() || m_done)
        return false;
    const CatalogueMapping current = mapping();
    QProgressDialog progress(
        tr("Importing the categories…"), tr("Cancel"), 0, m_plan.creates + m_plan.updates, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    CatalogueImport::Options options;
    options.validRowsOnly = m_validOnly->isChecked();
    options.sourceName = QFileInfo(m_path).fileName();
    options.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // a window-modal progress dialog lets Cancel be clicked
        return !progress.wasCanceled();
    };
    auto outcome = CatalogueImport(m_store).apply(m_actor, m_table, current, options);
    progress.reset();
    if (!outcome) {
        m_summary->setText(outcome.error().message);
        return false;
    }
    QSettings().setValue(QLatin1String(mappingSetting),
        QJsonDocument(CatalogueImport::mappingToJson(current, m_table.header))
            .toJson(QJsonDocument::Compact));
    QString done = tr("%n category(ies) created", nullptr, outcome->created) + QStringLiteral(", ")
        + tr("%n updated", nullptr, outcome->updated) + QLatin1Char('.');
    if (!outcome->skipped.isEmpty()) {
        core::portability::CataloguePlan skipped;
        skipped.rows = outcome->skipped;
        done += QLatin1Char(' ')
            + tr("Skipped: %1").arg(CatalogueImport::describeErrors(skipped, m_table.header, 10));
    }
    m_summary->setText(done);
    m_done = true;
    m_lastSkipped = int(outcome->skipped.size());
    for (QComboBox *chooser : std::as_const(m_choosers))
        chooser->setEnabled(false);
    emit imported(outcome->created, outcome->updated);
    return true;
}

} // namespace recaisse::ui
