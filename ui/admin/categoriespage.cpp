#include "categoriespage.h"

#include "catalogueimportdialog.h"
#include "containersdialog.h"
#include "core/admin/categoryeditor.h"
#include "core/categories.h"
#include "core/exports/partners.h"
#include "core/money.h"
#include "core/store.h"
#include "core/vat.h"
#include "townsdialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {

// A form row whose field is a layout: its label still gets a buddy (and so its shortcut).
void addRow(QFormLayout *form, const QString &text, QLayout *fields, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, fields);
}

QString priceText(const std::optional<qint64> &cents)
{
    return cents ? core::money::formatPlain(*cents) : QString();
}

} // namespace

CategoriesPage::CategoriesPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Categories"), parent)
{
    setObjectName(QStringLiteral("adminCategories"));
    auto *row = new QHBoxLayout;
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setHeaderLabels({tr("Category"), tr("EEE"), tr("Price"), tr("Weight")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    row->addWidget(m_tree, 3);
    // The EEE code, price and weight columns only when the names still fit beside them: the
    // selected category's form shows them anyway.
    m_tree->installEventFilter(this);
    // The import of a whole price list from the shop's spreadsheet, above the tree and the form.
    auto *tools = new QHBoxLayout;
    m_importSheet = new QPushButton(tr("Import from a spreadsheet…"), this);
    m_importSheet->setObjectName(QStringLiteral("importSpreadsheetButton"));
    m_importSheet->setToolTip(tr("Create or update categories and prices from a CSV or Excel "
                                 "(.xlsx) file, choosing which column is which."));
    tools->addWidget(m_importSheet);
    m_importPrices = new QPushButton(tr("Import a price list…"), this);
    m_importPrices->setObjectName(QStringLiteral("importPricesButton"));
    m_importPrices->setToolTip(tr("Update the prices of existing categories from a CSV or Excel "
                                  "(.xlsx) file: a column naming the category, columns of "
                                  "prices."));
    tools->addWidget(m_importPrices);
    tools->addStretch(1);
    body()->addLayout(tools);
    // The bins and cages the outflows are weighed in: the same administrators keep them. On a
    // row of its own: beside the two imports it would not fit a 1024-pixel screen in French.
    auto *containerRow = new QHBoxLayout;
    m_containers = new QPushButton(tr("Containers and tares…"), this);
    m_containers->setObjectName(QStringLiteral("containersButton"));
    containerRow->addWidget(m_containers);
    m_towns = new QPushButton(tr("Towns…"), this);
    m_towns->setObjectName(QStringLiteral("townsButton"));
    containerRow->addWidget(m_towns);
    containerRow->addStretch(1);
    body()->addLayout(containerRow);

    auto *form = new QFrame(this);
    form->setObjectName(QStringLiteral("card"));
    auto *formLayout = new QVBoxLayout(form);
    m_formTitle = new QLabel(form);
    m_formTitle->setObjectName(QStringLiteral("cardTitle"));
    formLayout->addWidget(m_formTitle);
    m_usage = new QLabel(form);
    m_usage->setObjectName(QStringLiteral("figureCaption"));
    m_usage->setWordWrap(true);
    formLayout->addWidget(m_usage);
    auto *fields = new QFormLayout;
    fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setMaxLength(80);
    fields->addRow(tr("&Name:"), m_name);
    m_parent = new QComboBox(form);
    m_parent->setObjectName(QStringLiteral("parentField"));
    fields->addRow(tr("&Under:"), m_parent);
    m_eee = new QComboBox(form);
    m_eee->setObjectName(QStringLiteral("eeeField"));
    m_eee->addItem(tr("None (not electrical)"), QString());
    for (int i = 1; i <= 8; ++i)
        m_eee->addItem(QStringLiteral("EEE-%1").arg(i), QStringLiteral("EEE-%1").arg(i));
    fields->addRow(tr("&EEE code:"), m_eee);
    m_partner = new QComboBox(form);
    m_partner->setObjectName(QStringLiteral("partnerField"));
    // The partner categories' names are long: the field stays as wide as the form at 1024 px,
    // the open list shows them whole.
    m_partner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_partner->setMinimumContentsLength(8);
    m_partner->view()->setTextElideMode(Qt::ElideNone);
    m_partner->addItem(tr("Default"), QString());
    m_partner->addItem(tr("No eco-organism"), QStringLiteral("-"));
    for (const QString &id : core::Partners::ids()) {
        const auto definition = core::Partners::definition(id);
        if (!definition)
            continue;
        for (const core::EcologicCode &code : definition->codes)
            m_partner->addItem(QStringLiteral("%1 — %2").arg(definition->partnerName, code.label),
                QString(id + QLatin1Char('/') + code.code));
    }
    m_partner->setToolTip(tr("Which eco-organism the category is declared to. Only a "
                             "super-administrator changes it; the defaults are to check "
                             "against the shop's contract."));
    fields->addRow(tr("Eco-organism:"), m_partner);
    auto *prices = new QHBoxLayout;
    m_defaultPrice = new QLineEdit(form);
    m_defaultPrice->setObjectName(QStringLiteral("defaultPriceField"));
    m_minPrice = new QLineEdit(form);
    m_minPrice->setObjectName(QStringLiteral("minPriceField"));
    m_maxPrice = new QLineEdit(form);
    m_maxPrice->setObjectName(QStringLiteral("maxPriceField"));
    m_defaultPrice->setPlaceholderText(tr("default"));
    m_minPrice->setPlaceholderText(tr("min."));
    m_maxPrice->setPlaceholderText(tr("max."));
    prices->addWidget(m_defaultPrice);
    prices->addWidget(m_minPrice);
    prices->addWidget(m_maxPrice);
    addRow(fields, tr("&Prices (€):"), prices, m_defaultPrice);
    // Sold by the kilo: the register weighs a lot and the price is weight × this (core's rule).
    m_pricePerKg = new QLineEdit(form);
    m_pricePerKg->setObjectName(QStringLiteral("pricePerKgField"));
    m_pricePerKg->setPlaceholderText(tr("empty: sold by the item"));
    m_pricePerKg->setToolTip(tr("A category sold by the kilo: the register weighs each lot and "
                                "its price is the weight times this price."));
    fields->addRow(tr("Price per kg (€):"), m_pricePerKg);
    auto *weights = new QHBoxLayout;
    m_weight = new QLineEdit(form);
    m_weight->setObjectName(QStringLiteral("weightField"));
    m_weight->setPlaceholderText(tr("average, kg"));
    m_weight->setMinimumWidth(
        m_weight->fontMetrics().horizontalAdvance(QStringLiteral("000,000 kg")) + 24);
    m_weightRequired = new QCheckBox(tr("weighed at the register"), form);
    m_weightRequired->setObjectName(QStringLiteral("weightRequiredField"));
    weights->addWidget(m_weight);
    weights->addWidget(m_weightRequired);
    addRow(fields, tr("&Weight:"), weights, m_weight);
    // The plausible weight of one item; empty: derived from the average (core's rule).
    auto *range = new QHBoxLayout;
    m_minWeight = new QLineEdit(form);
    m_minWeight->setObjectName(QStringLiteral("minWeightField"));
    m_maxWeight = new QLineEdit(form);
    m_maxWeight->setObjectName(QStringLiteral("maxWeightField"));
    range->addWidget(m_minWeight);
    range->addWidget(m_maxWeight);
    addRow(fields, tr("Plausible &weight (kg):"), range, m_minWeight);
    const QString rangeHelp = tr("The weight of one item: outside this range a weight is refused "
                                 "unless an administrator confirms it. Empty: derived from the "
                                 "average weight.");
    m_minWeight->setToolTip(rangeHelp);
    m_maxWeight->setToolTip(rangeHelp);
    auto *colors = new QHBoxLayout;
    m_color = new QLineEdit(form);
    m_color->setObjectName(QStringLiteral("colorField"));
    m_color->setPlaceholderText(QStringLiteral("#RRGGBB"));
    m_color->setMaxLength(7);
    m_swatch = new QLabel(form);
    m_swatch->setFixedSize(36, 36);
    colors->addWidget(m_color);
    colors->addWidget(m_swatch);
    addRow(fields, tr("Button &colour:"), colors, m_color);
    auto *order = new QHBoxLayout;
    m_position = new QSpinBox(form);
    m_position->setObjectName(QStringLiteral("positionField"));
    m_position->setRange(0, 999);
    m_shortcut = new QLineEdit(form);
    m_shortcut->setObjectName(QStringLiteral("shortcutField"));
    m_shortcut->setMaxLength(1);
    m_shortcut->setMaximumWidth(60);
    order->addWidget(m_position);
    auto *shortcutLabel = new QLabel(tr("Shortcut:"), form);
    shortcutLabel->setBuddy(m_shortcut);
    order->addWidget(shortcutLabel);
    order->addWidget(m_shortcut);
    order->addStretch(1);
    addRow(fields, tr("&Order:"), order, m_position);
    // A durable good's ticket is always printed with the legal guarantee of conformity.
    auto *warranty = new QHBoxLayout;
    m_durable = new QCheckBox(tr("durable good"), form);
    m_durable->setObjectName(QStringLiteral("durableField"));
    m_warrantyMonths = new QSpinBox(form);
    m_warrantyMonths->setObjectName(QStringLiteral("warrantyField"));
    m_warrantyMonths->setRange(0, core::TillRules::maxWarrantyMonths);
    m_warrantyMonths->setSuffix(tr(" months"));
    warranty->addWidget(m_durable);
    warranty->addWidget(m_warrantyMonths);
    auto *vatLabel = new QLabel(tr("VAT (%):"), form);
    m_vatRate = new QLineEdit(form);
    m_vatRate->setObjectName(QStringLiteral("vatRateField"));
    m_vatRate->setMaxLength(8);
    m_vatRate->setMaximumWidth(90);
    m_vatRate->setToolTip(tr("The VAT rate of the category from today on, for a shop liable "
                             "with a rate per category. Empty: its parent's, else the "
                             "default rate."));
    vatLabel->setBuddy(m_vatRate);
    warranty->addStretch(1);
    addRow(fields, tr("Legal wa&rranty:"), warranty, m_durable);
    // On a row of its own: beside the warranty it made the form too wide for the tree to show
    // the names at 1024 px.
    auto *vat = new QHBoxLayout;
    vat->addWidget(m_vatRate);
    vat->addStretch(1);
    fields->addRow(vatLabel, vat);
    m_active = new QCheckBox(tr("Shown at the register"), form);
    m_active->setObjectName(QStringLiteral("activeField"));
    fields->addRow(QString(), m_active);
    formLayout->addLayout(fields);
    // Two rows of buttons: the form stays narrow enough for the tree to show the names at 1024 px.
    auto *buttons = new QGridLayout;
    m_save = new QPushButton(tr("&Save"), form);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setProperty("primary", true);
    m_newSibling = new QPushButton(tr("New category"), form);
    m_newSibling->setObjectName(QStringLiteral("newSiblingButton"));
    m_newChild = new QPushButton(tr("New sub-category"), form);
    m_newChild->setObjectName(QStringLiteral("newChildButton"));
    buttons->addWidget(m_save, 0, 0, 1, 2);
    buttons->addWidget(m_newSibling, 1, 0);
    buttons->addWidget(m_newChild, 1, 1);
    formLayout->addLayout(buttons);
    formLayout->addStretch(1);
    row->addWidget(form, 2);
    body()->addLayout(row, 1);

    const bool manage = may(core::Permission::ManageCategories);
    for (QWidget *w :
        std::initializer_list<QWidget *>{m_name, m_parent, m_eee, m_defaultPrice, m_minPrice,
            m_maxPrice, m_pricePerKg, m_weight, m_minWeight, m_maxWeight, m_weightRequired,
            m_durable, m_warrantyMonths, m_color, m_position, m_shortcut, m_active, m_save,
            m_newSibling, m_newChild, m_importSheet, m_importPrices, m_containers})
        w->setEnabled(manage);
    m_partner->setEnabled(manage && m_actor.role == core::Role::SuperAdmin);
    // Rates are a VAT setting: a liable shop's, changed by who manages the settings.
    const auto vatNow = core::TillRules(m_store).vatInForce(m_store.today());
    m_vatRate->setEnabled(manage && may(core::Permission::ManageSettings) && vatNow
        && vatNow->regime == core::VatRegime::Liable);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            selectCategory(item->data(0, Qt::UserRole).toString());
    });
    connect(m_color, &QLineEdit::textChanged, this, [this](const QString &text) {
        static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        m_swatch->setStyleSheet(pattern.match(text).hasMatch()
                ? QStringLiteral("background: %1; border: 1px solid #B0BEC5; border-radius: 4px;")
                      .arg(text)
                : QStringLiteral("border: 1px dashed #B0BEC5; border-radius: 4px;"));
    });
    connect(m_save, &QPushButton::clicked, this, &CategoriesPage::save);
    connect(m_newSibling, &QPushButton::clicked, this, [this] { startNew(false); });
    connect(m_newChild, &QPushButton::clicked, this, [this] { startNew(true); });
    connect(m_importSheet, &QPushButton::clicked, this,
        [this] { importSpreadsheet(core::portability::ImportKind::Categories); });
    connect(m_importPrices, &QPushButton::clicked, this,
        [this] { importSpreadsheet(core::portability::ImportKind::Prices); });
    connect(m_containers, &QPushButton::clicked, this, &CategoriesPage::openContainers);
    connect(m_towns, &QPushButton::clicked, this, &CategoriesPage::openTowns);
    m_spreadsheetChooser = [this] { return CatalogueImportDialog::chooseSpreadsheet(this); };
}

void CategoriesPage::setSpreadsheetChooser(std::function<QString()> chooser)
{
    m_spreadsheetChooser = std::move(chooser);
}

CatalogueImportDialog *CategoriesPage::importSpreadsheet(core::portability::ImportKind kind)
{
    auto *dialog = CatalogueImportDialog::openFor(
        m_store, m_actor, kind, m_spreadsheetChooser ? m_spreadsheetChooser() : QString(), this);
    if (dialog)
        connect(dialog, &CatalogueImportDialog::imported, this, &CategoriesPage::refresh);
    return dialog;
}

ContainersDialog *CategoriesPage::openContainers()
{
    auto *dialog = new ContainersDialog(m_store, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TownsDialog *CategoriesPage::openTowns()
{
    auto *dialog = new TownsDialog(m_store, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool CategoriesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::Resize) {
        const bool wide = static_cast<QResizeEvent *>(event)->size().width() >= 420;
        for (int column = 1; column < m_tree->columnCount(); ++column)
            m_tree->setColumnHidden(column, !wide);
    }
    return AdminPage::eventFilter(watched, event);
}

void CategoriesPage::refresh()
{
    const QString current = m_current.id;
    m_categories = core::CategoryCatalog(m_store).list(true);
    std::stable_sort(m_categories.begin(), m_categories.end(),
        [](const core::Category &a, const core::Category &b) { return a.position < b.position; });
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    // Parents before children: repeat until every category found its place.
    QList<core::Category> pending = m_categories;
    while (!pending.isEmpty()) {
        QList<core::Category> next;
        for (const core::Category &c : pending) {
            QTreeWidgetItem *parent = c.parentId.isEmpty() ? nullptr : items.value(c.parentId);
            if (!c.parentId.isEmpty() && !parent) {
                next.append(c);
                continue;
            }
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            item->setText(0, c.active ? c.name : tr("%1 (hidden)").arg(c.name));
            item->setText(1, c.eeeCode);
            item->setText(
                2, c.defaultPriceCents ? core::money::format(*c.defaultPriceCents) : QString());
            item->setText(3, c.weightRequired ? tr("weighed") : QString());
            item->setData(0, Qt::UserRole, c.id);
            item->setToolTip(0, c.name);
            if (!c.color.isEmpty())
                item->setData(0, Qt::DecorationRole, QColor(c.color));
            if (!c.active)
                item->setForeground(0, QColor(0x90, 0xA4, 0xAE));
            items.insert(c.id, item);
        }
        if (next.size() == pending.size())
            break; // orphans: never loop forever
        pending = next;
    }
    m_tree->expandAll();
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), QString());
    for (const core::Category &c : m_categories)
        m_parent->addItem(c.name, c.id);
    if (!current.isEmpty() && items.contains(current))
        m_tree->setCurrentItem(items.value(current));
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    if (QTreeWidgetItem *item = m_tree->currentItem())
        selectCategory(item->data(0, Qt::UserRole).toString());
}

void CategoriesPage::selectCategory(const QString &id)
{
    for (const core::Category &c : m_categories) {
        if (c.id == id) {
            showCategory(c);
            return;
        }
    }
}

void CategoriesPage::showCategory(const core::Category &c)
{
    m_current = c;
    m_formTitle->setText(c.id.isEmpty() ? tr("New category") : c.name);
    if (c.id.isEmpty())
        m_usage->setText(tr("Fill in the form, then Save."));
    else if (core::CategoryEditor(m_store).isUsed(c.id))
        m_usage->setText(tr("Already used on tickets or deposits: it can be hidden, not "
                            "removed, and its history stays."));
    else
        m_usage->setText(tr("Not used yet."));
    m_name->setText(c.name);
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(c.parentId)));
    m_eee->setCurrentIndex(qMax(0, m_eee->findData(c.eeeCode)));
    core::PartnerMapping mapping(m_store);
    if (mapping.load()) {
        const core::PartnerAssignment resolved = mapping.resolve(c.id, c.eeeCode);
        const auto set = c.id.isEmpty() ? std::nullopt : mapping.explicitOf(c.id);
        const auto definition = core::Partners::definition(resolved.partner);
        m_partner->setItemText(0,
            resolved.partner.isEmpty() || set || !definition
                ? tr("Default")
                : tr("Default: %1 — %2 (to check)")
                      .arg(definition->partnerName, definition->labelOf(resolved.code)));
        m_partner->setCurrentIndex(!set ? 0
                : set->partner.isEmpty()
                ? 1
                : qMax(
                    0, m_partner->findData(QString(set->partner + QLatin1Char('/') + set->code))));
    }
    m_defaultPrice->setText(priceText(c.defaultPriceCents));
    m_minPrice->setText(priceText(c.minPriceCents));
    m_maxPrice->setText(priceText(c.maxPriceCents));
    m_pricePerKg->setText(priceText(c.pricePerKgCents));
    m_weight->setText(
        c.averageWeightGrams ? core::weight::format(*c.averageWeightGrams) : QString());
    m_weightRequired->setChecked(c.weightRequired);
    const auto weightText = [](const std::optional<qint64> &grams) {
        return grams ? core::weight::format(*grams) : QString();
    };
    m_minWeight->setText(weightText(c.minWeightGrams));
    m_maxWeight->setText(weightText(c.maxWeightGrams));
    // The placeholders show the range that applies while the fields are empty.
    core::Category withoutBounds = c;
    withoutBounds.minWeightGrams.reset();
    withoutBounds.maxWeightGrams.reset();
    const auto derived = core::CategoryCatalog::weightRange(withoutBounds);
    m_minWeight->setPlaceholderText(
        derived ? tr("min. %1").arg(core::weight::format(derived->minGrams)) : tr("min."));
    m_maxWeight->setPlaceholderText(
        derived ? tr("max. %1").arg(core::weight::format(derived->maxGrams)) : tr("max."));
    m_color->setText(c.color);
    m_position->setValue(c.position);
    m_shortcut->setText(c.shortcut);
    m_active->setChecked(c.active);
    const auto warranty = core::TillRules(m_store).warrantyOf(c);
    const core::Warranty w = warranty ? *warranty : core::Warranty{};
    m_durable->setChecked(w.durable);
    m_warrantyMonths->setValue(w.months);
    core::TillRules rules(m_store);
    std::optional<int> own;
    if (!c.id.isEmpty()) {
        if (const auto set = rules.ownRate(c.id))
            own = *set;
    }
    m_vatRate->setText(own ? core::vat::formatRate(*own) : QString());
    const auto vatNow = rules.vatInForce(m_store.today());
    const auto applied = vatNow && !c.id.isEmpty() ? rules.rateFor(*vatNow, c) : std::nullopt;
    m_vatRate->setPlaceholderText(applied ? core::vat::formatRate(*applied) : QString());
}

void CategoriesPage::startNew(bool child)
{
    core::Category c;
    c.parentId = child ? m_current.id : m_current.parentId;
    c.active = true;
    clearMessage();
    showCategory(c);
    m_name->setFocus();
}

void CategoriesPage::save()
{
    core::Category c = m_current;
    c.name = m_name->text();
    c.parentId = m_parent->currentData().toString();
    c.eeeCode = m_eee->currentData().toString();
    const struct
    {
        QLineEdit *field;
        std::optional<qint64> *target;
        QString what;
    } prices[] = {{m_defaultPrice, &c.defaultPriceCents, tr("default price")},
        {m_minPrice, &c.minPriceCents, tr("minimum price")},
        {m_maxPrice, &c.maxPriceCents, tr("maximum price")},
        {m_pricePerKg, &c.pricePerKgCents, tr("price per kg")}};
    for (const auto &price : prices) {
        const QString text = price.field->text().trimmed();
        if (text.isEmpty()) {
            *price.target = std::nullopt;
            continue;
        }
        auto cents = core::money::parse(text);
        if (!cents) {
            showError(tr("The %1 is not an amount: %2").arg(price.what, cents.error().message));
            price.field->setFocus();
            return;
        }
        *price.target = *cents;
    }
    if (m_weight->text().trimmed().isEmpty()) {
        c.averageWeightGrams = std::nullopt;
    } else {
        auto grams = core::weight::parseKg(m_weight->text());
        if (!grams) {
            showError(grams.error());
            m_weight->setFocus();
            return;
        }
        c.averageWeightGrams = *grams;
    }
    const struct
    {
        QLineEdit *field;
        std::optional<qint64> *target;
    } bounds[] = {{m_minWeight, &c.minWeightGrams}, {m_maxWeight, &c.maxWeightGrams}};
    for (const auto &bound : bounds) {
        if (bound.field->text().trimmed().isEmpty()) {
            *bound.target = std::nullopt;
            continue;
        }
        auto grams = core::weight::parseKg(bound.field->text());
        if (!grams) {
            showError(grams.error());
            bound.field->setFocus();
            return;
        }
        *bound.target = *grams;
    }
    c.weightRequired = m_weightRequired->isChecked();
    c.color = m_color->text().trimmed().toUpper();
    c.position = m_position->value();
    c.shortcut = m_shortcut->text();
    c.active = m_active->isChecked();
    auto saved = core::CategoryEditor(m_store).save(m_actor, c);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_current = *saved;
    // The eco-organism, when a super-administrator changed it (audited by core).
    if (m_partner->isEnabled()) {
        core::PartnerMapping mapping(m_store);
        if (!mapping.load()) {
            refresh();
            return;
        }
        const auto before = mapping.explicitOf(saved->id);
        const QString chosen = m_partner->currentData().toString();
        const QString was = !before     ? QString()
            : before->partner.isEmpty() ? QStringLiteral("-")
                                        : before->partner + QLatin1Char('/') + before->code;
        if (chosen != was) {
            const auto mapped = chosen.isEmpty() ? mapping.reset(m_actor, saved->id)
                : chosen == QLatin1String("-")
                ? mapping.mapNone(m_actor, saved->id)
                : mapping.map(m_actor, saved->id, chosen.section(QLatin1Char('/'), 0, 0),
                    chosen.section(QLatin1Char('/'), 1));
            if (!mapped) {
                refresh();
                showError(mapped.error());
                return;
            }
        }
    }
    const core::Warranty wanted{m_durable->isChecked(), m_warrantyMonths->value()};
    core::TillRules rules(m_store);
    const auto before = rules.warrantyOf(*saved);
    if (!before || before->durable != wanted.durable || before->months != wanted.months) {
        if (auto set = rules.setWarranty(m_actor, saved->id, wanted); !set) {
            showError(set.error());
            return;
        }
    }
    if (m_vatRate->isEnabled()) {
        std::optional<int> rate;
        if (!m_vatRate->text().trimmed().isEmpty()) {
            const auto parsed = core::vat::parseRate(m_vatRate->text());
            if (!parsed) {
                showError(parsed.error());
                m_vatRate->setFocus();
                return;
            }
            rate = *parsed;
        }
        const auto own = rules.ownRate(saved->id);
        if (!own || *own != rate) {
            if (auto set = rules.setCategoryRate(m_actor, saved->id, rate); !set) {
                showError(set.error());
                return;
            }
        }
    }
    refresh();
    showDone(tr("\"%1\" is saved.").arg(saved->name));
}

} // namespace recaisse::ui
