#include "townsdialog.h"

#include "adminwidgets.h"
#include "core/store.h"
#include "core/towns.h"

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

TownsDialog::TownsDialog(core::Store &store, const core::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("townsDialog"));
    setWindowTitle(tr("Towns"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The towns donors come from, for the whole site: the reception "
                                "offers them, most frequent first, and the material report counts "
                                "what each one brought."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = admin::makeTable(
        this, {tr("Town"), tr("Postcode"), tr("Deposits")}, QStringLiteral("townsTable"));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumHeight(200);
    layout->addWidget(m_table, 1);

    auto *fields = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("townNameField"));
    m_name->setMaxLength(core::maxTownName);
    fields->addRow(tr("&Name:"), m_name);
    m_postcode = new QLineEdit(this);
    m_postcode->setObjectName(QStringLiteral("townPostcodeField"));
    m_postcode->setMaxLength(5);
    m_postcode->setPlaceholderText(tr("e.g. 93100"));
    fields->addRow(tr("&Postcode:"), m_postcode);
    layout->addLayout(fields);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addTownButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeTownButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("townsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &TownsDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &TownsDialog::remove);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!selectedId().isEmpty()); });
    setTabOrder(m_table, m_name);
    setTabOrder(m_name, m_postcode);
    setTabOrder(m_postcode, m_add);
    setTabOrder(m_add, m_remove);
    resize(520, 480);
    refresh();
}

void TownsDialog::refresh()
{
    m_table->setRowCount(0);
    auto towns = core::Towns(m_store).list();
    if (!towns) {
        showResult(towns.error().message);
        return;
    }
    m_table->setRowCount(int(towns->size()));
    for (int row = 0; row < towns->size(); ++row) {
        const core::Town &t = towns->at(row);
        auto *name = admin::readOnlyCell(t.name);
        name->setData(Qt::UserRole, t.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, admin::readOnlyCell(t.postcode));
        m_table->setItem(row, 2, admin::readOnlyCell(QString::number(t.deposits), true));
    }
    m_remove->setEnabled(!selectedId().isEmpty());
}

QString TownsDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString()
                           : m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toString();
}

void TownsDialog::showResult(const QString &error, const QString &done)
{
    m_error = error;
    m_message->setText(error.isEmpty() ? done : error);
    m_message->setStyleSheet(
        error.isEmpty() ? QStringLiteral("color: #2E7D32;") : QStringLiteral("color: #C62828;"));
    m_message->setVisible(!m_message->text().isEmpty());
}

QString TownsDialog::error() const
{
    return m_error;
}

void TownsDialog::add()
{
    auto added = core::Towns(m_store).add(m_actor, m_name->text(), m_postcode->text());
    if (!added) {
        showResult(added.error().message);
        return;
    }
    m_table->clearSelection();
    refresh();
    m_name->clear();
    m_postcode->clear();
    m_name->setFocus();
    showResult({}, tr("%1 added.").arg(added->label()));
    emit changed();
}

void TownsDialog::remove()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const int row = m_table->currentRow();
    const QString label =
        QStringLiteral("%1 (%2)").arg(m_table->item(row, 0)->text(), m_table->item(row, 1)->text());
    if (auto removed = core::Towns(m_store).remove(m_actor, id); !removed) {
        showResult(removed.error().message);
        return;
    }
    m_table->clearSelection();
    refresh();
    showResult({}, tr("%1 removed; the deposits that named it keep it.").arg(label));
    emit changed();
}

} // namespace recaisse::ui
