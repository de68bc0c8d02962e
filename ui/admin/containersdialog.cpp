#include "containersdialog.h"

#include "adminwidgets.h"
#include "core/money.h"
#include "core/outflows.h"
#include "core/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

ContainersDialog::ContainersDialog(core::Store &store, const core::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("containersDialog"));
    setWindowTitle(tr("Containers and tares"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The bins and cages of the whole site: the outflow screen "
                                "subtracts the tare of the one an outflow is weighed in."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table =
        admin::makeTable(this, {tr("Container"), tr("Tare")}, QStringLiteral("containersTable"));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumHeight(200);
    layout->addWidget(m_table, 1);

    auto *fields = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("containerNameField"));
    m_name->setMaxLength(core::maxContainerName);
    fields->addRow(tr("&Name:"), m_name);
    m_tare = new QLineEdit(this);
    m_tare->setObjectName(QStringLiteral("containerTareField"));
    m_tare->setPlaceholderText(tr("kg, e.g. 12,5"));
    fields->addRow(tr("&Tare (kg):"), m_tare);
    layout->addLayout(fields);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addContainerButton"));
    m_setTare = new QPushButton(tr("Change the tare"), this);
    m_setTare->setObjectName(QStringLiteral("setTareButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeContainerButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_setTare);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("containersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &ContainersDialog::add);
    connect(m_setTare, &QPushButton::clicked, this, &ContainersDialog::changeTare);
    connect(m_remove, &QPushButton::clicked, this, &ContainersDialog::remove);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The selected container's name and tare in the fields, to change its tare.
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool selected = !selectedId().isEmpty();
        m_setTare->setEnabled(selected);
        m_remove->setEnabled(selected);
        if (selected) {
            m_name->setText(m_table->item(row, 0)->text());
            m_tare->setText(m_table->item(row, 1)->text());
        }
    });
    setTabOrder(m_table, m_name);
    setTabOrder(m_name, m_tare);
    setTabOrder(m_tare, m_add);
    setTabOrder(m_add, m_setTare);
    setTabOrder(m_setTare, m_remove);
    resize(520, 480);
    refresh();
}

void ContainersDialog::refresh()
{
    const QString current = selectedId();
    m_table->setRowCount(0);
    auto containers = core::Containers(m_store).list();
    if (!containers) {
        showResult(containers.error().message);
        return;
    }
    m_table->setRowCount(int(containers->size()));
    for (int row = 0; row < containers->size(); ++row) {
        const core::Container &c = containers->at(row);
        auto *name = admin::readOnlyCell(c.name);
        name->setData(Qt::UserRole, c.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, admin::readOnlyCell(core::weight::format(c.tareGrams), true));
        if (c.id == current)
            m_table->selectRow(row);
    }
    const bool selected = !selectedId().isEmpty();
    m_setTare->setEnabled(selected);
    m_remove->setEnabled(selected);
}

QString ContainersDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString()
                           : m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toString();
}

void ContainersDialog::showResult(const QString &error, const QString &done)
{
    m_error = error;
    m_message->setText(error.isEmpty() ? done : error);
    m_message->setStyleSheet(
        error.isEmpty() ? QStringLiteral("color: #2E7D32;") : QStringLiteral("color: #C62828;"));
    m_message->setVisible(!m_message->text().isEmpty());
}

QString ContainersDialog::error() const
{
    return m_error;
}

std::optional<qint64> ContainersDialog::typedTare()
{
    auto grams = core::weight::parseKg(m_tare->text());
    if (grams)
        return *grams;
    showResult(grams.error().message);
    m_tare->setFocus();
    m_tare->selectAll();
    return std::nullopt;
}

void ContainersDialog::add()
{
    const auto grams = typedTare();
    if (!grams)
        return;
    auto added = core::Containers(m_store).add(m_actor, m_name->text(), *grams);
    if (!added) {
        showResult(added.error().message);
        return;
    }
    m_table->clearSelection();
    refresh();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == added->id)
            m_table->selectRow(row);
    showResult(
        {}, tr("\"%1\" added, tare %2.").arg(added->name, core::weight::format(added->tareGrams)));
    emit changed();
}

void ContainersDialog::changeTare()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const auto grams = typedTare();
    if (!grams)
        return;
    if (auto set = core::Containers(m_store).setTare(m_actor, id, *grams); !set) {
        showResult(set.error().message);
        return;
    }
    refresh();
    showResult({}, tr("Tare changed to %1.").arg(core::weight::format(*grams)));
    emit changed();
}

void ContainersDialog::remove()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString name = m_table->item(m_table->currentRow(), 0)->text();
    if (auto removed = core::Containers(m_store).remove(m_actor, id); !removed) {
        showResult(removed.error().message);
        return;
    }
    m_table->clearSelection();
    refresh();
    m_name->clear();
    m_tare->clear();
    showResult(
        {}, tr("\"%1\" removed; the outflows already weighed in it keep their tare.").arg(name));
    emit changed();
}

} // namespace recaisse::ui
