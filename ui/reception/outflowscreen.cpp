#include "outflowscreen.h"

#include "core/categories.h"
#include "core/exports/partners.h"
#include "core/money.h"
#include "core/permissions.h"
#include "core/sales.h"
#include "core/store.h"
#include "core/users.h"
#include "ui/common/keytext.h"
#include "ui/common/scaleweight.h"
#include "ui/common/weighedinput.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace recaisse::ui {

namespace {
constexpr int fieldHeight = 48;
constexpr int rowHeight = 52;

const QString localStyle = QStringLiteral(R"(
#outflowScreen { background: #F5F7F5; }
#outflowEntry, #outflowLines {
    background: #FFFFFF;
    border: 1px solid #DDE3DD;
    border-radius: 12px;
}
#outflowEntry QLabel, #outflowLines QLabel { background: transparent; }
#outflowMessage { font-size: 13pt; font-weight: bold; }
#outflowMessage[kind="error"] { color: #C62828; }
#outflowMessage[kind="ok"] { color: #1B5E20; }
#fieldCaption { color: #546E7A; font-weight: bold; }
QLineEdit, QComboBox { font-size: 14pt; padding: 2px 8px; }
QPushButton[toggle="true"] { font-size: 12pt; padding: 4px 6px; }
QPushButton[toggle="true"]:checked {
    background: #2E7D32;
    border-color: #1B5E20;
    color: #FFFFFF;
    font-weight: bold;
}
#outflowTotal { font-size: 24pt; font-weight: bold; color: #1B5E20; }
#removeLineButton { min-height: 44px; min-width: 44px; padding: 0px; font-size: 15pt; color: #C62828; }
)");

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldCaption"));
    return label;
}

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setMinimumHeight(fieldHeight);
    box->setFocusPolicy(Qt::StrongFocus);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}
} // namespace

OutflowScreen::OutflowScreen(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("outflowScreen"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(localStyle);
    setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout();
    auto *title = new QLabel(tr("What leaves without a sale"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    header->addWidget(title);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outflowMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(32);
    header->addWidget(m_message, 1);
    layout->addLayout(header);

    auto *body = new QHBoxLayout();
    body->setSpacing(8);
    body->addWidget(createEntryPane(), 1);
    body->addWidget(createLinesPane(), 1);
    layout->addLayout(body, 1);

    reload();
    chooseKind(core::OutflowKind::PartnerAssociation);
    refreshLines();
}

QWidget *OutflowScreen::createEntryPane()
{
    auto *pane = new QFrame(this);
    pane->setObjectName(QStringLiteral("outflowEntry"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);

    layout->addWidget(caption(tr("Where does it go?"), pane));
    m_kinds = new QButtonGroup(this);
    m_kinds->setExclusive(true);
    auto *kinds = new QGridLayout();
    kinds->setSpacing(6);
    int index = 0;
    for (core::OutflowKind kind : core::allOutflowKinds()) {
        auto *button = new QPushButton(core::displayName(kind), pane);
        button->setObjectName(QStringLiteral("kind-") + core::commandKey(kind));
        button->setProperty("toggle", true);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
        button->setMinimumHeight(fieldHeight);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_kinds->addButton(button, int(kind));
        kinds->addWidget(button, index / 2, index % 2);
        ++index;
    }
    connect(m_kinds, &QButtonGroup::idClicked, this,
        [this](int id) { chooseKind(core::OutflowKind(id)); });
    layout->addLayout(kinds);

    // The partner, the eco-organism or the stream, as the kind asks.
    m_destination = new QStackedWidget(pane);
    m_destination->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_partnerAssociation = combo(QStringLiteral("partnerAssociation"), pane);
    m_partnerAssociation->setEditable(true);
    m_partnerAssociation->setInsertPolicy(QComboBox::NoInsert);
    m_partnerAssociation->lineEdit()->setPlaceholderText(tr("Name of the association"));
    m_partnerAssociation->lineEdit()->setMaxLength(80);
    m_ecoOrganism = combo(QStringLiteral("ecoOrganism"), pane);
    for (const QString &id : core::Partners::ids()) {
        const auto definition = core::Partners::definition(id);
        m_ecoOrganism->addItem(definition ? definition->partnerName : id, id);
    }
    m_stream = combo(QStringLiteral("recyclingStream"), pane);
    for (const QString &stream : core::recyclingStreams())
        m_stream->addItem(core::streamDisplayName(stream), stream);
    m_stream->addItem(core::streamDisplayName({}), QString());
    m_noDestination = new QLabel(tr("Taken to the waste centre."), pane);
    for (QWidget *page :
        {static_cast<QWidget *>(m_partnerAssociation), static_cast<QWidget *>(m_ecoOrganism),
            static_cast<QWidget *>(m_stream), m_noDestination})
        m_destination->addWidget(page);
    m_destination->setFixedHeight(fieldHeight);
    layout->addWidget(m_destination);

    layout->addWidget(caption(tr("Category"), pane));
    m_category = combo(QStringLiteral("outflowCategory"), pane);
    layout->addWidget(m_category);

    auto *weights = new QGridLayout();
    weights->setHorizontalSpacing(8);
    weights->setVerticalSpacing(2);
    weights->addWidget(caption(tr("Weighed (kg)"), pane), 0, 0);
    weights->addWidget(caption(tr("Items"), pane), 0, 1);
    m_weightField = new QLineEdit(pane);
    m_weightField->setObjectName(QStringLiteral("outflowWeight"));
    m_weightField->setPlaceholderText(tr("e.g. 42,5"));
    m_weightField->setMinimumHeight(fieldHeight);
    m_weightField->setMaxLength(16);
    m_weightField->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_weightField->installEventFilter(this);
    weights->addWidget(m_weightField, 1, 0);
    m_itemsField = new QLineEdit(QStringLiteral("1"), pane);
    m_itemsField->setObjectName(QStringLiteral("outflowItems"));
    m_itemsField->setValidator(new QIntValidator(1, int(core::maxQuantity), m_itemsField));
    m_itemsField->setInputMethodHints(Qt::ImhDigitsOnly);
    m_itemsField->setAlignment(Qt::AlignCenter);
    m_itemsField->setFixedWidth(90);
    m_itemsField->setMinimumHeight(fieldHeight);
    m_itemsField->installEventFilter(this);
    weights->addWidget(m_itemsField, 1, 1);
    weights->setColumnStretch(0, 1);
    layout->addLayout(weights);
    m_scaleWeight = new ScaleWeight(pane);
    layout->addWidget(m_scaleWeight);
    connect(m_scaleWeight, &ScaleWeight::weightTaken, this, [this](qint64 grams) {
        m_weightField->setText(ScaleWeight::fieldText(grams));
        m_weightField->setFocus();
    });

    layout->addWidget(caption(tr("Container (its tare is subtracted)"), pane));
    m_container = combo(QStringLiteral("outflowContainer"), pane);
    layout->addWidget(m_container);

    m_addButton = new QPushButton(tr("Add the line (%1)").arg(keyText(Qt::Key_Enter)), pane);
    m_addButton->setObjectName(QStringLiteral("addOutflowLine"));
    m_addButton->setProperty("primary", true);
    m_addButton->setAutoDefault(false);
    m_addButton->setFocusPolicy(Qt::TabFocus);
    m_addButton->setMinimumHeight(56);
    connect(m_addButton, &QPushButton::clicked, this, &OutflowScreen::addLine);
    layout->addWidget(m_addButton);
    layout->addStretch(1);
    return pane;
}

QWidget *OutflowScreen::createLinesPane()
{
    auto *pane = new QFrame(this);
    pane->setObjectName(QStringLiteral("outflowLines"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    m_lines = new QTableWidget(0, 4, pane);
    m_lines->setObjectName(QStringLiteral("outflowLineTable"));
    m_lines->setHorizontalHeaderLabels({tr("Category"), tr("Items"), tr("Weighed"), QString()});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_lines->setWordWrap(true);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_lines->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_lines->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Fixed);
    header->resizeSection(3, 48);
    layout->addWidget(m_lines, 1);

    m_total = new QLabel(pane);
    m_total->setObjectName(QStringLiteral("outflowTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_total);
    m_noteField = new QLineEdit(pane);
    m_noteField->setObjectName(QStringLiteral("outflowNote"));
    m_noteField->setPlaceholderText(tr("Note, e.g. the slip number (optional)"));
    m_noteField->setMaxLength(core::maxTextLength);
    m_noteField->setMinimumHeight(fieldHeight);
    layout->addWidget(m_noteField);
    m_recordButton = new QPushButton(tr("Record the outflow (%1)").arg(keyText(Qt::Key_F12)), pane);
    m_recordButton->setObjectName(QStringLiteral("recordOutflow"));
    m_recordButton->setProperty("primary", true);
    m_recordButton->setAutoDefault(false);
    m_recordButton->setFocusPolicy(Qt::TabFocus);
    m_recordButton->setMinimumHeight(60);
    connect(m_recordButton, &QPushButton::clicked, this, &OutflowScreen::record);
    layout->addWidget(m_recordButton);
    return pane;
}

void OutflowScreen::setActor(const core::Actor &actor)
{
    m_actor = actor;
    m_message->clear();
}

void OutflowScreen::setScale(core::Scale *scale)
{
    m_scaleWeight->setScale(scale);
}

void OutflowScreen::setUnlockPrompt(UnlockPrompt prompt)
{
    m_unlockPrompt = std::move(prompt);
}

void OutflowScreen::reload()
{
    core::CategoryCatalog catalog(m_store);
    const QString chosen = m_category->currentData().toString();
    m_category->clear();
    m_categoryNames.clear();
    for (const core::Category &root : catalog.children({})) {
        m_category->addItem(root.name, root.id);
        m_categoryNames.insert(root.id, root.name);
        for (const core::Category &child : catalog.children(root.id)) {
            const QString name = root.name + QStringLiteral(" › ") + child.name;
            m_category->addItem(name, child.id);
            m_categoryNames.insert(child.id, name);
        }
    }
    if (const int found = m_category->findData(chosen); found >= 0)
        m_category->setCurrentIndex(found);

    const auto containers = core::Containers(m_store).list();
    m_containers = containers ? *containers : QList<core::Container>();
    m_container->clear();
    m_container->addItem(tr("No container"), QString());
    for (const core::Container &container : std::as_const(m_containers))
        m_container->addItem(
            tr("%1 (%2)").arg(container.name, core::weight::format(container.tareGrams)),
            container.id);

    const QString typed = m_partnerAssociation->currentText();
    m_partnerAssociation->clear();
    if (const auto names = core::Outflows(m_store).partnerAssociations())
        m_partnerAssociation->addItems(*names);
    m_partnerAssociation->setEditText(typed);
}

void OutflowScreen::chooseKind(core::OutflowKind kind)
{
    m_kinds->button(int(kind))->setChecked(true);
    switch (kind) {
    case core::OutflowKind::PartnerAssociation:
        m_destination->setCurrentWidget(m_partnerAssociation);
        break;
    case core::OutflowKind::EcoOrganismCollection:
        m_destination->setCurrentWidget(m_ecoOrganism);
        break;
    case core::OutflowKind::Recycling:
        m_destination->setCurrentWidget(m_stream);
        break;
    case core::OutflowKind::WasteCentre:
        m_destination->setCurrentWidget(m_noDestination);
        break;
    }
    m_message->clear();
}

std::optional<core::Container> OutflowScreen::containerOf(const QString &id) const
{
    for (const core::Container &container : m_containers) {
        if (container.id == id)
            return container;
    }
    return std::nullopt;
}

void OutflowScreen::addLine()
{
    const QString categoryId = m_category->currentData().toString();
    if (categoryId.isEmpty()) {
        showMessage(tr("Choose a category first."), true);
        return;
    }
    const auto typed = readWeighedInput(m_weightField, m_itemsField);
    if (!typed) {
        showMessage(typed.error().message, true);
        return;
    }
    const qint64 items = typed->items;
    const qint64 grams = typed->grams;
    const QString containerId = m_container->currentData().toString();
    // The tare is core's rule: a weight not above it is refused here already.
    if (auto net = core::Outflows::netWeight(grams, containerOf(containerId)); !net) {
        showMessage(net.error().message, true);
        m_weightField->setFocus();
        m_weightField->selectAll();
        return;
    }
    if (m_draft.lines.size() >= core::maxLinesPerTicket) {
        showMessage(tr("An outflow has at most %1 lines: record this one and start another.")
                        .arg(core::maxLinesPerTicket),
            true);
        return;
    }
    m_draft.lines.append(core::OutflowLineDraft{categoryId, items, grams, containerId});
    clearLine();
    refreshLines();
    showMessage(
        tr("Added: %1, %2").arg(m_category->currentText(), core::weight::format(grams)), false);
    m_category->setFocus();
}

void OutflowScreen::removeLine(int row)
{
    if (row < 0 || row >= m_draft.lines.size())
        return;
    m_draft.lines.removeAt(row);
    refreshLines();
    m_message->clear();
}

void OutflowScreen::clearLine()
{
    m_weightField->clear();
    m_itemsField->setText(QStringLiteral("1"));
}

void OutflowScreen::refreshLines()
{
    m_lines->setRowCount(0);
    m_lines->setRowCount(int(m_draft.lines.size()));
    qint64 total = 0;
    for (int row = 0; row < m_draft.lines.size(); ++row) {
        const core::OutflowLineDraft &line = m_draft.lines.at(row);
        const auto container = containerOf(line.containerId);
        const auto netWeight = core::Outflows::netWeight(line.weightGrams, container);
        const qint64 net = netWeight ? *netWeight : 0;
        total += net;
        QString name = m_categoryNames.value(line.categoryId, line.categoryId);
        if (container)
            name += QLatin1Char('\n')
                + tr("%1, tare %2")
                      .arg(container->name, core::weight::format(container->tareGrams));
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setToolTip(name);
        m_lines->setItem(row, 0, nameItem);
        auto *items = new QTableWidgetItem(QString::number(line.quantity));
        items->setTextAlignment(Qt::AlignCenter);
        m_lines->setItem(row, 1, items);
        auto *weight = new QTableWidgetItem(core::weight::format(line.weightGrams));
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, 2, weight);
        auto *remove = new QPushButton(QStringLiteral("✕"));
        remove->setObjectName(QStringLiteral("removeLineButton"));
        remove->setAutoDefault(false);
        remove->setFocusPolicy(Qt::NoFocus);
        remove->setToolTip(tr("Remove this line"));
        remove->setAccessibleName(tr("Remove the line %1").arg(row + 1));
        connect(remove, &QPushButton::clicked, this, [this, row] { removeLine(row); });
        m_lines->setCellWidget(row, 3, remove);
    }
    m_total->setText(tr("Net: %1").arg(core::weight::format(total)));
    m_recordButton->setEnabled(!m_draft.lines.isEmpty());
}

void OutflowScreen::record()
{
    if (!m_actor) {
        showMessage(tr("Nobody is logged in on this screen."), true);
        return;
    }
    m_draft.kind = core::OutflowKind(m_kinds->checkedId());
    m_draft.partner.clear();
    m_draft.stream.clear();
    if (m_draft.kind == core::OutflowKind::PartnerAssociation)
        m_draft.partner = m_partnerAssociation->currentText();
    else if (m_draft.kind == core::OutflowKind::EcoOrganismCollection)
        m_draft.partner = m_ecoOrganism->currentData().toString();
    else if (m_draft.kind == core::OutflowKind::Recycling)
        m_draft.stream = m_stream->currentData().toString();
    m_draft.note = m_noteField->text();

    core::Outflows outflows(m_store);
    // A weight outside its category's plausible range needs an administrator (core's rule).
    if (!m_unlock && m_actor
        && !core::Users(m_store).may(*m_actor, core::Permission::OverrideWeight)) {
        if (auto valid = outflows.validate(m_draft); valid) {
            core::CategoryCatalog catalog(m_store);
            for (const core::OutflowLineDraft &line : std::as_const(m_draft.lines)) {
                const auto category = catalog.find(line.categoryId);
                const auto weighed =
                    core::Outflows::netWeight(line.weightGrams, containerOf(line.containerId));
                const qint64 net = weighed ? *weighed : line.weightGrams;
                if (category && !core::CategoryCatalog::checkWeight(*category, line.quantity, net)
                    && m_unlockPrompt) {
                    m_unlock = m_unlockPrompt(
                        tr("Weight outside the plausible range of %1").arg(category->name));
                    break;
                }
            }
        }
    }
    auto outflow = outflows.record(*m_actor, m_draft, m_unlock);
    if (!outflow) {
        if (unlockRefused(outflow.error()))
            m_unlock.reset();
        showMessage(outflow.error().message, true);
        return;
    }
    m_unlock.reset();
    m_draft = core::OutflowDraft();
    m_noteField->clear();
    clearLine();
    refreshLines();
    reload();
    showMessage(tr("Outflow %1 recorded: %2 net")
                    .arg(outflow->stamp.number, core::weight::format(outflow->totalWeightGrams)),
        false);
    emit outflowRecorded(*outflow);
}

void OutflowScreen::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("kind", error ? QStringLiteral("error") : QStringLiteral("ok"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void OutflowScreen::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F12:
        if (m_recordButton->isEnabled())
            record();
        return;
    case Qt::Key_Escape:
        clearLine();
        m_message->clear();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        addLine();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool OutflowScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress
        && (watched == m_weightField || watched == m_itemsField)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addLine();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OutflowScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_category->setFocus();
}

} // namespace recaisse::ui
