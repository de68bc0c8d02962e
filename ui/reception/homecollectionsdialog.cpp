#include "homecollectionsdialog.h"

#include "core/demoshop.h"
#include "core/store.h"
#include "core/towns.h"
#include "ui/admin/adminwidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

HomeCollectionsDialog::HomeCollectionsDialog(
    core::Store &store, const core::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("homeCollectionsDialog"));
    setWindowTitle(tr("Home collections"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The pickups planned at this station. The address and the "
                                "contact stay on this PC and are erased once the pickup is done "
                                "or cancelled."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table =
        admin::makeTable(this, {tr("No."), tr("Day"), tr("Town"), tr("Address"), tr("Contact")},
            QStringLiteral("collectionsTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumHeight(160);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_weigh = new QPushButton(tr("Pickup done: weigh its objects"), this);
    m_weigh->setObjectName(QStringLiteral("weighCollectionButton"));
    m_slip = new QPushButton(tr("Save the slip as PDF…"), this);
    m_slip->setObjectName(QStringLiteral("collectionSlipButton"));
    m_cancel = new QPushButton(tr("Cancel the pickup"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCollectionButton"));
    actions->addWidget(m_weigh);
    actions->addWidget(m_slip);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto *title = new QLabel(tr("Plan a pickup"), this);
    title->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(title);
    auto *fields = new QFormLayout;
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("collectionDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_day->setDate(m_store.today());
    fields->addRow(tr("&Day:"), m_day);
    m_town = new QComboBox(this);
    m_town->setObjectName(QStringLiteral("collectionTown"));
    fields->addRow(tr("&Town:"), m_town);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("collectionAddress"));
    m_address->setMaxLength(int(core::maxCollectionAddress));
    fields->addRow(tr("&Address:"), m_address);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("collectionContact"));
    m_contact->setMaxLength(int(core::maxCollectionContact));
    m_contact->setPlaceholderText(tr("Name and phone number"));
    fields->addRow(tr("&Contact:"), m_contact);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("collectionNote"));
    m_note->setPlaceholderText(tr("What to collect, floor, access (optional)"));
    fields->addRow(tr("&Note:"), m_note);
    layout->addLayout(fields);
    auto *planRow = new QHBoxLayout;
    m_plan = new QPushButton(tr("Plan"), this);
    m_plan->setObjectName(QStringLiteral("planCollectionButton"));
    planRow->addWidget(m_plan);
    planRow->addStretch(1);
    layout->addLayout(planRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("collectionsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(m_plan, &QPushButton::clicked, this, &HomeCollectionsDialog::plan);
    connect(m_slip, &QPushButton::clicked, this, &HomeCollectionsDialog::saveSlip);
    connect(m_cancel, &QPushButton::clicked, this, &HomeCollectionsDialog::cancelSelected);
    connect(m_weigh, &QPushButton::clicked, this, &HomeCollectionsDialog::weighSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = selected().has_value();
        m_weigh->setEnabled(chosen);
        m_slip->setEnabled(chosen);
        m_cancel->setEnabled(chosen);
    });
    setTabOrder(m_table, m_weigh);
    setTabOrder(m_weigh, m_slip);
    setTabOrder(m_slip, m_cancel);
    setTabOrder(m_cancel, m_day);
    setTabOrder(m_day, m_town);
    setTabOrder(m_town, m_address);
    setTabOrder(m_address, m_contact);
    setTabOrder(m_contact, m_note);
    setTabOrder(m_note, m_plan);
    resize(860, 600);
    refresh();
}

void HomeCollectionsDialog::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
}

void HomeCollectionsDialog::refresh()
{
    m_town->clear();
    if (const auto towns = core::Towns(m_store).list())
        for (const core::Town &town : *towns)
            m_town->addItem(town.label(), town.id);
    m_table->setRowCount(0);
    auto collections = core::HomeCollections(m_store).list();
    if (!collections) {
        showResult(collections.error().message);
        return;
    }
    m_collections = *collections;
    m_table->setRowCount(int(m_collections.size()));
    for (int row = 0; row < m_collections.size(); ++row) {
        const core::HomeCollection &c = m_collections.at(row);
        m_table->setItem(row, 0, admin::readOnlyCell(c.id, true));
        m_table->setItem(row, 1, admin::readOnlyCell(c.day.toString(QStringLiteral("dd/MM/yyyy"))));
        m_table->setItem(row, 2, admin::readOnlyCell(c.townLabel()));
        m_table->setItem(row, 3, admin::readOnlyCell(c.address));
        m_table->setItem(row, 4, admin::readOnlyCell(c.contact));
    }
    m_weigh->setEnabled(false);
    m_slip->setEnabled(false);
    m_cancel->setEnabled(false);
}

std::optional<core::HomeCollection> HomeCollectionsDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = items.first()->row();
    if (row < 0 || row >= m_collections.size())
        return std::nullopt;
    return m_collections.at(row);
}

void HomeCollectionsDialog::showResult(const QString &error, const QString &done)
{
    m_error = error;
    m_message->setText(error.isEmpty() ? done : error);
    m_message->setStyleSheet(
        error.isEmpty() ? QStringLiteral("color: #2E7D32;") : QStringLiteral("color: #C62828;"));
    m_message->setVisible(!m_message->text().isEmpty());
}

void HomeCollectionsDialog::plan()
{
    const core::HomeCollectionDraft draft{m_day->date(), m_town->currentData().toString(),
        m_address->text(), m_contact->text(), m_note->text()};
    auto planned = core::HomeCollections(m_store).plan(m_actor, draft);
    if (!planned) {
        showResult(planned.error().message);
        return;
    }
    m_address->clear();
    m_contact->clear();
    m_note->clear();
    refresh();
    showResult({},
        tr("Pickup %1 planned on %2 in %3.")
            .arg(planned->id, planned->day.toString(QStringLiteral("dd/MM/yyyy")),
                planned->townLabel()));
}

void HomeCollectionsDialog::saveSlip()
{
    const auto collection = selected();
    if (!collection)
        return;
    const QString proposed = core::DemoShop::fileNamePrefix(m_store.isDemo(), QLatin1Char('-'))
        + QStringLiteral("collecte-%1-%2.pdf")
              .arg(collection->id, collection->day.toString(Qt::ISODate));
    const QString path = m_fileChooser
        ? m_fileChooser(proposed)
        : QFileDialog::getSaveFileName(this, tr("Save the pickup slip"),
            QDir::home().filePath(proposed), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(core::HomeCollections::slip(*collection, m_store.site())) < 0
        || !file.commit()) {
        showResult(tr("The file %1 cannot be written: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    showResult({}, tr("Slip saved: %1").arg(QDir::toNativeSeparators(path)));
}

void HomeCollectionsDialog::cancelSelected()
{
    const auto collection = selected();
    if (!collection)
        return;
    if (auto cancelled = core::HomeCollections(m_store).cancel(m_actor, collection->id);
        !cancelled) {
        showResult(cancelled.error().message);
        return;
    }
    refresh();
    showResult(
        {}, tr("Pickup %1 cancelled; its address and contact are erased.").arg(collection->id));
}

void HomeCollectionsDialog::weighSelected()
{
    const auto collection = selected();
    if (!collection)
        return;
    emit weighRequested(*collection);
    accept();
}

} // namespace recaisse::ui
