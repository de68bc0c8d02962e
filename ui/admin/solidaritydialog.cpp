#include "solidaritydialog.h"

#include "core/money.h"
#include "core/vat.h"
#include "ui/common/keytext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {

enum DiscountColumn { ReasonColumn, KindColumn, ValueColumn, MembersColumn, DiscountColumns };

QPushButton *smallButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace

SolidarityDialog::SolidarityDialog(core::Store &store, const core::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("solidarityDialog"));
    setWindowTitle(tr("Solidarity prices and free gifts"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What every till of the site offers at once. The cashier may still "
                                "type another discount or reason."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(
        new QLabel(tr("Discounts (at most %1):").arg(core::Solidarity::maxDiscountPresets), this));
    m_discounts = new QTableWidget(0, DiscountColumns, this);
    m_discounts->setObjectName(QStringLiteral("discountPresetTable"));
    m_discounts->setHorizontalHeaderLabels(
        {tr("Reason"), tr("Kind"), tr("Rate or amount"), tr("Members only")});
    m_discounts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_discounts->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_discounts->verticalHeader()->hide();
    m_discounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_discounts->setMinimumHeight(150);
    layout->addWidget(m_discounts, 1);

    layout->addWidget(
        new QLabel(tr("Free gifts (at most %1):").arg(core::Solidarity::maxGiftPresets), this));
    m_gifts = new QTableWidget(0, 1, this);
    m_gifts->setObjectName(QStringLiteral("giftPresetTable"));
    m_gifts->setHorizontalHeaderLabels({tr("Reason")});
    m_gifts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_gifts->verticalHeader()->hide();
    m_gifts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gifts->setMinimumHeight(150);
    layout->addWidget(m_gifts, 1);

    auto *rows = new QHBoxLayout;
    auto *addDiscountButton =
        smallButton(tr("Add a discount"), QStringLiteral("addDiscountButton"), this);
    auto *addGiftButton = smallButton(tr("Add a gift"), QStringLiteral("addGiftButton"), this);
    auto *removeButton =
        smallButton(tr("Remove the selected"), QStringLiteral("removeButton"), this);
    rows->addWidget(addDiscountButton);
    rows->addWidget(addGiftButton);
    rows->addWidget(removeButton);
    rows->addStretch(1);
    layout->addLayout(rows);
    connect(addDiscountButton, &QPushButton::clicked, this, &SolidarityDialog::addDiscount);
    connect(addGiftButton, &QPushButton::clicked, this, &SolidarityDialog::addGift);
    connect(removeButton, &QPushButton::clicked, this, &SolidarityDialog::removeSelected);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    layout->addWidget(m_errorLabel);
    auto *buttons = new QHBoxLayout;
    auto *defaults = smallButton(tr("Defaults"), QStringLiteral("defaultsButton"), this);
    auto *save = new QPushButton(tr("Save (%1)").arg(keyText(Qt::Key_Return)), this);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setProperty("primary", true);
    save->setDefault(true);
    auto *cancel = smallButton(
        tr("Cancel (%1)").arg(keyText(Qt::Key_Escape)), QStringLiteral("cancelButton"), this);
    buttons->addWidget(defaults);
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    connect(defaults, &QPushButton::clicked, this, &SolidarityDialog::restoreDefaults);
    connect(save, &QPushButton::clicked, this, &SolidarityDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    const auto presets = core::Solidarity::sitePresets(m_store);
    if (presets)
        show(*presets);
    else
        m_errorLabel->setText(presets.error().message);
}

void SolidarityDialog::appendDiscount(const core::Discount &discount)
{
    const int row = m_discounts->rowCount();
    m_discounts->insertRow(row);
    m_discounts->setItem(row, ReasonColumn, new QTableWidgetItem(discount.reason));
    auto *kind = new QComboBox(m_discounts);
    kind->addItem(tr("Percentage"), core::toKey(core::DiscountKind::Percent));
    kind->addItem(tr("Amount in €"), core::toKey(core::DiscountKind::Fixed));
    kind->setCurrentIndex(discount.kind == core::DiscountKind::Fixed ? 1 : 0);
    m_discounts->setCellWidget(row, KindColumn, kind);
    QString value;
    if (discount.value > 0)
        value = discount.kind == core::DiscountKind::Fixed
            ? core::money::formatPlain(discount.value)
            : core::vat::formatRate(int(discount.value)).chopped(2);
    m_discounts->setItem(row, ValueColumn, new QTableWidgetItem(value));
    auto *members = new QTableWidgetItem;
    members->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    members->setCheckState(discount.membersOnly ? Qt::Checked : Qt::Unchecked);
    m_discounts->setItem(row, MembersColumn, members);
}

void SolidarityDialog::show(const core::SolidarityPresets &presets)
{
    m_discounts->setRowCount(0);
    m_gifts->setRowCount(0);
    for (const core::Discount &discount : presets.discounts)
        appendDiscount(discount);
    for (const QString &gift : presets.gifts) {
        const int row = m_gifts->rowCount();
        m_gifts->insertRow(row);
        m_gifts->setItem(row, 0, new QTableWidgetItem(gift));
    }
}

void SolidarityDialog::addDiscount()
{
    appendDiscount(core::Discount{});
    m_discounts->setCurrentCell(m_discounts->rowCount() - 1, ReasonColumn);
    m_discounts->editItem(m_discounts->currentItem());
}

void SolidarityDialog::addGift()
{
    const int row = m_gifts->rowCount();
    m_gifts->insertRow(row);
    m_gifts->setItem(row, 0, new QTableWidgetItem);
    m_gifts->setCurrentCell(row, 0);
    m_gifts->editItem(m_gifts->currentItem());
}

void SolidarityDialog::removeSelected()
{
    for (QTableWidget *table : {m_discounts, m_gifts}) {
        if (table->hasFocus() || table->currentRow() >= 0) {
            if (const int row = table->currentRow(); row >= 0) {
                table->removeRow(row);
                return;
            }
        }
    }
}

void SolidarityDialog::restoreDefaults()
{
    show(core::Solidarity::defaultPresets());
    m_errorLabel->clear();
}

core::Result<core::SolidarityPresets> SolidarityDialog::typed() const
{
    core::SolidarityPresets presets;
    for (int row = 0; row < m_discounts->rowCount(); ++row) {
        core::Discount discount;
        discount.reason = m_discounts->item(row, ReasonColumn)->text();
        const auto *kind = qobject_cast<QComboBox *>(m_discounts->cellWidget(row, KindColumn));
        discount.kind = kind && kind->currentIndex() == 1 ? core::DiscountKind::Fixed
                                                          : core::DiscountKind::Percent;
        const QString value = m_discounts->item(row, ValueColumn)->text();
        if (discount.kind == core::DiscountKind::Fixed) {
            const auto cents = core::money::parse(value);
            if (!cents)
                return core::makeError(core::ErrorCode::InvalidInput,
                    tr("Discount %1: %2").arg(row + 1).arg(cents.error().message));
            discount.value = *cents;
        } else {
            const auto rate = core::vat::parseRate(value);
            if (!rate)
                return core::makeError(core::ErrorCode::InvalidInput,
                    tr("Discount %1: type a rate, for example 10 or 12,5.").arg(row + 1));
            discount.value = *rate;
        }
        discount.membersOnly = m_discounts->item(row, MembersColumn)->checkState() == Qt::Checked;
        presets.discounts.append(discount);
    }
    for (int row = 0; row < m_gifts->rowCount(); ++row)
        presets.gifts.append(m_gifts->item(row, 0)->text());
    return presets;
}

void SolidarityDialog::save()
{
    const auto presets = typed();
    if (!presets) {
        m_errorLabel->setText(presets.error().message);
        return;
    }
    if (auto saved = core::Solidarity::setSitePresets(m_store, m_actor, *presets); !saved) {
        m_errorLabel->setText(saved.error().message);
        return;
    }
    accept();
}

} // namespace recaisse::ui
