#include "depositscreen.h"

#include "core/money.h"
#include "core/notify/pendingdeposits.h"
#include "core/permissions.h"
#include "core/sales.h"
#include "core/store.h"
#include "core/towns.h"
#include "core/users.h"
#include "ui/common/buttoncolumns.h"
#include "ui/common/keytext.h"
#include "ui/common/scaleweight.h"
#include "ui/common/weighedinput.h"
#include "ui/reception/homecollectionsdialog.h"
#include "ui/reception/pendingdepositsdialog.h"

#include <QButtonGroup>
#include <QColor>
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
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace recaisse::ui {

namespace {
constexpr int maxCategoryColumns = 4;
constexpr int categoryWrap = 22; // characters per line on a category button
constexpr int categoryMinHeight = 80;
constexpr int toggleHeight = 50;
constexpr int keyWidth = 76;
constexpr int keyHeight = 68; // above the style sheet's keypad min-height plus borders
constexpr int rowHeight = 56;
const char categoryIdProperty[] = "categoryId";
// Not "shortcut": QAbstractButton has a property of that name (a real, delayed shortcut).
const char shortcutProperty[] = "categoryKey";
const char rowProperty[] = "row";

const QString localStyle = QStringLiteral(R"(
#depositScreen { background: #F5F7F5; }
#entryPane, #ticketPane {
    background: #FFFFFF;
    border: 1px solid #DDE3DD;
    border-radius: 12px;
}
#entryPane QLabel, #ticketPane QLabel { background: transparent; }
#depositSteps, #depositSteps > QWidget, #categoryScroll, #categoryGrid { background: #FFFFFF; }
#depositMessage { font-size: 13pt; font-weight: bold; }
#depositMessage[kind="error"] { color: #C62828; }
#depositMessage[kind="ok"] { color: #1B5E20; }
#chosenCategory { font-size: 15pt; font-weight: bold; }
#fieldCaption { color: #546E7A; font-weight: bold; }
#weightField, #itemsField {
    font-size: 22pt;
    border: 2px solid #B0BEC5;
    border-radius: 8px;
    padding: 2px 8px;
    background: #FFFFFF;
}
#noteField {
    font-size: 13pt;
    border: 2px solid #B0BEC5;
    border-radius: 8px;
    padding: 4px 8px;
    background: #FFFFFF;
}
#weightField:focus, #itemsField:focus, #noteField:focus { border-color: #2E7D32; }
QPushButton[toggle="true"] { font-size: 13pt; padding: 4px 8px; }
QPushButton[toggle="true"]:checked {
    background: #2E7D32;
    border-color: #1B5E20;
    color: #FFFFFF;
    font-weight: bold;
}
QPushButton[primary="true"]:disabled { background: #C8E6C9; border-color: #A5D6A7; color: #FFFFFF; }
#ticketTotal { font-size: 28pt; font-weight: bold; color: #1B5E20; }
#lineCount { color: #546E7A; }
#ticketLines { background: #FFFFFF; border: 1px solid #DDE3DD; gridline-color: #ECEFF1; }
#ticketLines QHeaderView::section {
    background: #E8F5E9;
    border: none;
    padding: 4px;
    font-weight: bold;
}
#removeLineButton { min-height: 48px; min-width: 48px; padding: 0px; font-size: 16pt; color: #C62828; }
)");

// QPushButton does not wrap its text: break long category names between words.
QString wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        if (!line.isEmpty())
            line += QLatin1Char(' ');
        line += word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QString categoryButtonStyle(const QString &colorName)
{
    QColor color(colorName);
    if (!color.isValid())
        color = QColor(QStringLiteral("#9E9E9E"));
    const int luminance = (299 * color.red() + 587 * color.green() + 114 * color.blue()) / 1000;
    const QString text = luminance > 160 ? QStringLiteral("#212121") : QStringLiteral("#FFFFFF");
    return QStringLiteral("QPushButton { background: %1; color: %2; border: 2px solid %3;"
                          " border-radius: 10px; font-size: 13pt; font-weight: bold;"
                          " padding: 6px; }"
                          "QPushButton:pressed { background: %3; }"
                          "QPushButton:focus { border: 3px solid #0D47A1; }")
        .arg(color.name(), text, color.darker(130).name());
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldCaption"));
    return label;
}
} // namespace

DepositScreen::DepositScreen(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_catalog(store)
    , m_deposits(store)
{
    setObjectName(QStringLiteral("depositScreen"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(localStyle);
    setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout();
    header->setSpacing(16);
    m_title = new QLabel(tr("New deposit"), this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    header->addWidget(m_title);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("depositMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(32);
    m_message->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    header->addWidget(m_message, 1);
    layout->addLayout(header);

    auto *body = new QHBoxLayout();
    body->setSpacing(8);
    // Half and half: on a 1024 px screen the entry pane keeps its minimum and the ticket gets
    // the rest, instead of 45 % of a width the entry pane does not need.
    body->addWidget(createEntryPane(), 1);
    body->addWidget(createTicketPane(), 1);
    layout->addLayout(body, 1);

    showCategories({});
    refreshTicket();
}

QWidget *DepositScreen::createEntryPane()
{
    auto *pane = new QFrame(this);
    pane->setObjectName(QStringLiteral("entryPane"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(12, 8, 12, 8);
    m_steps = new QStackedWidget(pane);
    m_steps->setObjectName(QStringLiteral("depositSteps"));
    m_categoryStep = createCategoryStep();
    m_detailsStep = createDetailsStep();
    m_steps->addWidget(m_categoryStep);
    m_steps->addWidget(m_detailsStep);
    layout->addWidget(m_steps);
    return pane;
}

QWidget *DepositScreen::createCategoryStep()
{
    auto *step = new QWidget(this);
    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout();
    m_categoryTitle = new QLabel(step);
    m_categoryTitle->setObjectName(QStringLiteral("sectionTitle"));
    top->addWidget(m_categoryTitle, 1);
    m_backButton = new QPushButton(tr("← Back"), step);
    m_backButton->setObjectName(QStringLiteral("categoryBackButton"));
    m_backButton->setAutoDefault(false);
    m_backButton->setMinimumSize(140, 56);
    m_backButton->setToolTip(tr("Back one step (%1)").arg(keyText(Qt::Key_Escape)));
    connect(m_backButton, &QPushButton::clicked, this, &DepositScreen::goBack);
    // Beside the back key, where it costs the screen no height.
    m_collectionsButton =
        new QPushButton(tr("Home collections (%1)").arg(keyText(Qt::Key_F6)), step);
    m_collectionsButton->setObjectName(QStringLiteral("homeCollectionsButton"));
    m_collectionsButton->setAutoDefault(false);
    m_collectionsButton->setFocusPolicy(Qt::TabFocus);
    m_collectionsButton->setMinimumHeight(56);
    connect(m_collectionsButton, &QPushButton::clicked, this, [this] {
        if (m_collection && m_draft.lines.isEmpty())
            leaveCollection();
        else
            openHomeCollections();
    });
    top->addWidget(m_collectionsButton);
    top->addWidget(m_backButton);
    layout->addLayout(top);

    // A long category tree scrolls instead of squeezing the buttons below a finger's size.
    auto *scroll = new QScrollArea(step);
    scroll->setObjectName(QStringLiteral("categoryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->viewport()->installEventFilter(this); // the column count follows its width
    m_categoryGrid = new QWidget(scroll);
    m_categoryGrid->setObjectName(QStringLiteral("categoryGrid"));
    m_categoryLayout = new QGridLayout(m_categoryGrid);
    m_categoryLayout->setContentsMargins(0, 0, 0, 0);
    m_categoryLayout->setSpacing(10);
    scroll->setWidget(m_categoryGrid);
    layout->addWidget(scroll, 1);
    return step;
}

QWidget *DepositScreen::createDetailsStep()
{
    auto *step = new QWidget(this);
    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout();
    m_chosenLabel = new QLabel(step);
    m_chosenLabel->setObjectName(QStringLiteral("chosenCategory"));
    m_chosenLabel->setWordWrap(true);
    top->addWidget(m_chosenLabel, 1);
    auto *change = new QPushButton(tr("← Category"), step);
    change->setObjectName(QStringLiteral("changeCategoryButton"));
    change->setAutoDefault(false);
    change->setFocusPolicy(Qt::TabFocus);
    change->setMinimumSize(140, 56);
    change->setToolTip(tr("Choose another category (%1)").arg(keyText(Qt::Key_Escape)));
    connect(change, &QPushButton::clicked, this, &DepositScreen::goBack);
    top->addWidget(change);
    layout->addLayout(top);

    auto *columns = new QHBoxLayout();
    columns->setSpacing(16);
    auto *left = new QVBoxLayout();
    left->setSpacing(4);

    left->addWidget(caption(tr("Weight (kg)"), step));
    m_weightField = new QLineEdit(step);
    m_weightField->setObjectName(QStringLiteral("weightField"));
    m_weightField->setPlaceholderText(tr("e.g. 3,5"));
    m_weightField->setMinimumHeight(56);
    m_weightField->setMaxLength(16);
    m_weightField->setInputMethodHints(Qt::ImhFormattedNumbersOnly); // no letters keyboard
    m_weightField->installEventFilter(this);
    connect(m_weightField, &QLineEdit::textEdited, this, [this] { clearMessage(); });
    left->addWidget(m_weightField);
    m_scaleWeight = new ScaleWeight(step);
    left->addWidget(m_scaleWeight);
    connect(m_scaleWeight, &ScaleWeight::weightTaken, this, [this](qint64 grams) {
        clearMessage();
        m_weightField->setText(ScaleWeight::fieldText(grams));
        m_weightField->setFocus();
    });

    left->addWidget(caption(tr("Number of items"), step));
    auto *items = new QHBoxLayout();
    items->setSpacing(8);
    auto *minus = new QPushButton(QStringLiteral("−"), step);
    minus->setObjectName(QStringLiteral("itemsMinus"));
    minus->setProperty("keypad", true);
    minus->setFocusPolicy(Qt::NoFocus);
    minus->setAutoDefault(false);
    minus->setFixedSize(68, keyHeight);
    connect(minus, &QPushButton::clicked, this, [this] { changeItems(-1); });
    items->addWidget(minus);
    m_itemsField = new QLineEdit(step);
    m_itemsField->setObjectName(QStringLiteral("itemsField"));
    m_itemsField->setAlignment(Qt::AlignCenter);
    m_itemsField->setValidator(new QIntValidator(1, int(core::maxQuantity), m_itemsField));
    m_itemsField->setFixedSize(110, keyHeight);
    m_itemsField->setText(QStringLiteral("1"));
    m_itemsField->installEventFilter(this);
    items->addWidget(m_itemsField);
    auto *plus = new QPushButton(QStringLiteral("+"), step);
    plus->setObjectName(QStringLiteral("itemsPlus"));
    plus->setProperty("keypad", true);
    plus->setFocusPolicy(Qt::NoFocus);
    plus->setAutoDefault(false);
    plus->setFixedSize(68, keyHeight);
    connect(plus, &QPushButton::clicked, this, [this] { changeItems(+1); });
    items->addWidget(plus);
    items->addStretch(1);
    left->addLayout(items);

    auto makeToggle = [step](
                          const QString &text, const QString &name, int id, QButtonGroup *group) {
        auto *button = new QPushButton(text, step);
        button->setObjectName(name);
        button->setProperty("toggle", true);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
        button->setMinimumHeight(toggleHeight);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        group->addButton(button, id);
        return button;
    };

    left->addWidget(caption(tr("Destination"), step));
    m_destinations = new QButtonGroup(this);
    m_destinations->setExclusive(true);
    auto *destinations = new QHBoxLayout();
    destinations->setSpacing(8);
    const QList<std::pair<core::Destination, const char *>> destinationNames = {
        {core::Destination::Shop, "destinationShop"},
        {core::Destination::Recycling, "destinationRecycling"},
        {core::Destination::WasteCentre, "destinationWasteCentre"},
    };
    for (const auto &[destination, name] : destinationNames)
        destinations->addWidget(makeToggle(core::displayName(destination),
            QString::fromLatin1(name), int(destination), m_destinations));
    m_destinations->button(int(core::Destination::Shop))->setChecked(true);
    left->addLayout(destinations);

    left->addWidget(caption(tr("Origin (kept for the next lines)"), step));
    m_origins = new QButtonGroup(this);
    m_origins->setExclusive(true);
    auto *origins = new QGridLayout();
    origins->setSpacing(8);
    const QList<std::pair<core::Origin, const char *>> originNames = {
        {core::Origin::VoluntaryDropOff, "originVoluntaryDropOff"},
        {core::Origin::HomeCollection, "originHomeCollection"},
        {core::Origin::PartnerWasteCentre, "originPartnerWasteCentre"},
        {core::Origin::Professional, "originProfessional"},
    };
    int index = 0;
    for (const auto &[origin, name] : originNames) {
        origins->addWidget(makeToggle(core::displayName(origin), QString::fromLatin1(name),
                               int(origin), m_origins),
            index / 2, index % 2);
        ++index;
    }
    m_origins->button(int(core::Origin::VoluntaryDropOff))->setChecked(true);
    left->addLayout(origins);
    left->addStretch(1);
    columns->addLayout(left, 1);

    auto *right = new QVBoxLayout();
    right->setSpacing(10);
    right->addWidget(createKeypad());
    m_addButton = new QPushButton(tr("Add the line"), step);
    m_addButton->setObjectName(QStringLiteral("addLineButton"));
    m_addButton->setProperty("primary", true);
    m_addButton->setAutoDefault(false);
    m_addButton->setFocusPolicy(Qt::TabFocus);
    m_addButton->setMinimumHeight(64);
    m_addButton->setToolTip(tr("Enter"));
    connect(m_addButton, &QPushButton::clicked, this, &DepositScreen::addLine);
    right->addWidget(m_addButton);
    right->addStretch(1);
    columns->addLayout(right);
    layout->addLayout(columns, 1);
    return step;
}

QWidget *DepositScreen::createKeypad()
{
    auto *keypad = new QWidget(this);
    keypad->setObjectName(QStringLiteral("keypad"));
    auto *grid = new QGridLayout(keypad);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);

    auto makeKey = [this, keypad, grid](
                       const QString &text, const QString &name, int row, int column) {
        auto *key = new QPushButton(text, keypad);
        key->setObjectName(name);
        key->setProperty("keypad", true);
        key->setFixedSize(keyWidth, keyHeight);
        key->setFocusPolicy(Qt::NoFocus);
        key->setAutoDefault(false);
        grid->addWidget(key, row, column);
        connect(key, &QPushButton::clicked, this, [this, text] { appendToWeight(text); });
        return key;
    };
    for (int digit = 1; digit <= 9; ++digit) {
        const QString text = QString::number(digit);
        makeKey(text, QStringLiteral("key") + text, 2 - (digit - 1) / 3, (digit - 1) % 3);
    }
    makeKey(QStringLiteral(","), QStringLiteral("keyComma"), 3, 0);
    makeKey(QStringLiteral("0"), QStringLiteral("key0"), 3, 1);
    auto *backspace = new QPushButton(QStringLiteral("⌫"), keypad);
    backspace->setObjectName(QStringLiteral("keyBackspace"));
    backspace->setProperty("keypad", true);
    backspace->setProperty("command", true);
    backspace->setFixedSize(keyWidth, keyHeight);
    backspace->setFocusPolicy(Qt::NoFocus);
    backspace->setAutoDefault(false);
    backspace->setToolTip(tr("Erase the last digit"));
    connect(backspace, &QPushButton::clicked, this, [this] {
        m_weightField->backspace();
        m_weightField->setFocus();
        clearMessage();
    });
    grid->addWidget(backspace, 3, 2);
    return keypad;
}

QWidget *DepositScreen::createTicketPane()
{
    auto *pane = new QFrame(this);
    pane->setObjectName(QStringLiteral("ticketPane"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto *title = new QLabel(tr("Deposit ticket"), pane);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    // The deposits announced to the Telegram bot, waiting to be checked here (hidden when none).
    m_telegramDeposits = new QPushButton(pane);
    m_telegramDeposits->setObjectName(QStringLiteral("telegramDeposits"));
    m_telegramDeposits->setAutoDefault(false);
    m_telegramDeposits->setFocusPolicy(Qt::TabFocus);
    m_telegramDeposits->setMinimumHeight(48);
    m_telegramDeposits->hide();
    connect(m_telegramDeposits, &QPushButton::clicked, this, &DepositScreen::checkTelegramDeposits);
    layout->addWidget(m_telegramDeposits);

    // The category, with the line's destination and origin under its name: four columns fit
    // the pane of a 1024 px screen with their headers whole.
    m_lines = new QTableWidget(0, 4, pane);
    m_lines->setObjectName(QStringLiteral("ticketLines"));
    m_lines->setHorizontalHeaderLabels({tr("Category"), tr("Items"), tr("Weight"), QString()});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_lines->setWordWrap(true);
    m_lines->setTextElideMode(Qt::ElideRight);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_lines->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_lines->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Fixed);
    header->resizeSection(3, 48); // the remove key, 48 px: a touch target
    layout->addWidget(m_lines, 1);

    auto *totals = new QHBoxLayout();
    m_lineCount = new QLabel(pane);
    m_lineCount->setObjectName(QStringLiteral("lineCount"));
    totals->addWidget(m_lineCount, 1, Qt::AlignBottom);
    m_total = new QLabel(pane);
    m_total->setObjectName(QStringLiteral("ticketTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totals->addWidget(m_total);
    layout->addLayout(totals);

    m_noteField = new QLineEdit(pane);
    m_noteField->setObjectName(QStringLiteral("noteField"));
    m_noteField->setPlaceholderText(tr("Note, e.g. the donor's name (optional)"));
    m_noteField->setMaxLength(core::maxTextLength);
    m_noteField->installEventFilter(this);
    connect(m_noteField, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_draft.note = text; });

    // The donor's town in one key: F4 goes to the next one, the most frequent first.
    m_townBox = new QComboBox(pane);
    m_townBox->setObjectName(QStringLiteral("townBox"));
    m_townBox->setFocusPolicy(Qt::TabFocus);
    m_townBox->setToolTip(tr("The donor's town (%1: the next one)").arg(keyText(Qt::Key_F4)));
    // Under the note, 48 px each (a finger's size): the pane keeps its height on a 768 px screen.
    m_townBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_townBox->setMinimumContentsLength(12);
    m_townBox->setMinimumHeight(48);
    m_noteField->setMinimumHeight(48);
    connect(m_townBox, &QComboBox::currentIndexChanged, this,
        [this] { m_draft.town = m_townBox->currentData().toString(); });
    layout->addWidget(m_noteField);
    layout->addWidget(m_townBox);
    refreshTowns();

    // One above the other: the ticket pane stays narrow enough for a 1024 px screen.
    auto *buttons = new QVBoxLayout();
    buttons->setSpacing(8);
    m_receiptButton =
        new QPushButton(tr("Reprint the receipt (%1)").arg(keyText(Qt::Key_F9)), pane);
    m_receiptButton->setObjectName(QStringLiteral("receiptButton"));
    m_receiptButton->setAutoDefault(false);
    m_receiptButton->setFocusPolicy(Qt::TabFocus);
    m_receiptButton->setMinimumHeight(64);
    m_receiptButton->setToolTip(tr("Another receipt of the last recorded ticket for the donor"));
    m_receiptButton->setEnabled(false);
    connect(m_receiptButton, &QPushButton::clicked, this, [this] {
        if (m_lastDeposit)
            emit printRequested(*m_lastDeposit);
    });
    buttons->addWidget(m_receiptButton);
    m_closeButton = new QPushButton(tr("Close the ticket (%1)").arg(keyText(Qt::Key_F12)), pane);
    m_closeButton->setObjectName(QStringLiteral("closeTicketButton"));
    m_closeButton->setProperty("primary", true);
    m_closeButton->setAutoDefault(false);
    m_closeButton->setFocusPolicy(Qt::TabFocus);
    m_closeButton->setMinimumHeight(64);
    connect(m_closeButton, &QPushButton::clicked, this, &DepositScreen::closeTicket);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);
    return pane;
}

void DepositScreen::setScale(core::Scale *scale)
{
    m_scaleWeight->setScale(scale);
}

void DepositScreen::setActor(const core::Actor &actor)
{
    m_actor = actor;
    clearMessage();
}

void DepositScreen::showCategories(const QString &parentIdRef)
{
    const QString parentId = parentIdRef; // often m_parent.id itself, reset just below
    m_chosen.reset();
    m_parent = core::Category();
    if (!parentId.isEmpty()) {
        auto parent = m_catalog.find(parentId);
        if (parent)
            m_parent = *parent;
    }

    // The button that brought us here may still be delivering its click: delete later.
    m_categoryButtons.clear();
    while (QLayoutItem *item = m_categoryLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->setObjectName(QString());
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }

    m_shown = m_catalog.children(m_parent.id);
    const bool root = m_parent.id.isEmpty();
    m_categoryTitle->setText(
        root ? tr("What is brought?") : tr("%1: which kind?").arg(m_parent.name));
    m_backButton->setVisible(!root);

    QList<std::pair<core::Category, QString>> buttons; // category, shortcut key
    int number = 0;
    for (const core::Category &category : std::as_const(m_shown)) {
        QString key = category.shortcut.toUpper();
        if (key.isEmpty() && !root && number < 9)
            key = QString::number(number + 1);
        ++number;
        buttons.append({category, key});
    }
    // The root itself, for what does not fit a sub-category (a mixed box).
    if (!root)
        buttons.append({m_parent, QStringLiteral("0")});

    for (const auto &[category, key] : std::as_const(buttons)) {
        const bool whole = !root && category.id == m_parent.id;
        const QString name = whole ? tr("%1 (mixed)").arg(category.name) : category.name;
        const QString label = key.isEmpty()
            ? wrapped(name, categoryWrap)
            : key + QStringLiteral(" · ") + wrapped(name, categoryWrap - 4);
        // "Livres & médias": a lone '&' would be taken as a mnemonic marker.
        auto *button = new QPushButton(
            QString(label).replace(QLatin1Char('&'), QStringLiteral("&&")), m_categoryGrid);
        button->setObjectName(QStringLiteral("categoryButton"));
        button->setProperty(categoryIdProperty, category.id);
        button->setProperty(shortcutProperty, key);
        button->setAccessibleName(category.name);
        button->setAutoDefault(false);
        button->setMinimumHeight(categoryMinHeight);
        // Equal columns, as many as the widest name allows (placeCategoryButtons()).
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
        const QString color = category.color.isEmpty() ? m_parent.color : category.color;
        button->setStyleSheet(categoryButtonStyle(color));
        const core::Category target = category;
        connect(button, &QPushButton::clicked, this, [this, target, whole] {
            clearMessage();
            if (!whole && !m_catalog.children(target.id).isEmpty())
                showCategories(target.id);
            else
                chooseCategory(target);
        });
        m_categoryButtons.append(button);
        button->show(); // at once, not at the next turn of the event loop
    }
    m_categoryColumns = 0;
    placeCategoryButtons();
    if (buttons.isEmpty()) {
        auto *none = new QLabel(tr("No category is in use: ask an administrator."), m_categoryGrid);
        none->setWordWrap(true);
        m_categoryLayout->addWidget(none, 0, 0);
        none->show();
    }

    m_steps->setCurrentWidget(m_categoryStep);
    setFocus();
}

void DepositScreen::chooseCategory(const core::Category &category)
{
    m_chosen = category;
    const bool child = !m_parent.id.isEmpty() && category.id != m_parent.id;
    m_chosenLabel->setText(
        child ? m_parent.name + QStringLiteral(" › ") + category.name : category.name);
    m_steps->setCurrentWidget(m_detailsStep);
    m_weightField->setFocus();
    m_weightField->selectAll();
}

void DepositScreen::chooseCategoryByShortcut(const QString &key)
{
    const QList<QPushButton *> buttons =
        m_categoryGrid->findChildren<QPushButton *>(QStringLiteral("categoryButton"));
    for (QPushButton *button : buttons) {
        const QString shortcut = button->property(shortcutProperty).toString();
        if (!shortcut.isEmpty() && shortcut.compare(key, Qt::CaseInsensitive) == 0) {
            button->click();
            return;
        }
    }
}

void DepositScreen::goBack()
{
    clearMessage();
    if (m_steps->currentWidget() == m_detailsStep) {
        // The weight typed so far stays: choosing another category does not lose it.
        showCategories(m_parent.id);
        return;
    }
    if (!m_parent.id.isEmpty())
        showCategories(m_parent.parentId);
}

void DepositScreen::appendToWeight(const QString &text)
{
    if (m_steps->currentWidget() != m_detailsStep)
        return;
    m_weightField->setFocus();
    m_weightField->insert(text);
    clearMessage();
}

void DepositScreen::changeItems(int delta)
{
    const qint64 items =
        std::clamp<qint64>(m_itemsField->text().toLongLong() + delta, 1, core::maxQuantity);
    m_itemsField->setText(QString::number(items));
    clearMessage();
}

void DepositScreen::setUnlockPrompt(UnlockPrompt prompt)
{
    m_unlockPrompt = std::move(prompt);
}

void DepositScreen::addLine()
{
    if (!m_chosen) {
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
    // A weight outside the category's plausible range needs an administrator (core's rule).
    if (auto plausible = core::CategoryCatalog::checkWeight(*m_chosen, items, grams); !plausible
        && !m_unlock && m_actor
        && !core::Users(m_store).may(*m_actor, core::Permission::OverrideWeight)) {
        m_unlock = m_unlockPrompt
            ? m_unlockPrompt(tr("Weight outside the plausible range of %1").arg(m_chosen->name))
            : std::nullopt;
        if (!m_unlock) {
            showMessage(plausible.error().message, true);
            m_weightField->setFocus();
            m_weightField->selectAll();
            return;
        }
    }
    if (m_draft.lines.size() >= core::maxLinesPerTicket) {
        showMessage(tr("A ticket has at most %1 lines: close this one and start another.")
                        .arg(core::maxLinesPerTicket),
            true);
        return;
    }

    core::DepositLineDraft line;
    line.categoryId = m_chosen->id;
    line.quantity = items;
    line.weightGrams = grams;
    line.destination = core::Destination(m_destinations->checkedId());
    line.origin = core::Origin(m_origins->checkedId());
    m_draft.lines.append(line);
    const QString name = m_chosen->name;

    // Ready for the next line: same origin, the rest back to its default.
    m_weightField->clear();
    m_itemsField->setText(QStringLiteral("1"));
    m_destinations->button(int(core::Destination::Shop))->setChecked(true);
    refreshTicket();
    showCategories({});
    showMessage(tr("Added: %1, %2").arg(name, core::weight::format(grams)), false);
}

void DepositScreen::removeLine(int row)
{
    if (row < 0 || row >= m_draft.lines.size())
        return;
    m_draft.lines.removeAt(row);
    refreshTicket();
    clearMessage();
}

void DepositScreen::refreshTicket()
{
    m_lines->setRowCount(0);
    m_lines->setRowCount(int(m_draft.lines.size()));
    qint64 total = 0;
    for (int row = 0; row < m_draft.lines.size(); ++row) {
        const core::DepositLineDraft &line = m_draft.lines.at(row);
        total += line.weightGrams;
        const auto category = m_catalog.find(line.categoryId);
        const QString name = category ? category->name : line.categoryId;
        const QString path = QStringLiteral("%1 · %2").arg(
            core::displayName(line.destination), core::displayName(line.origin));
        auto *nameItem = new QTableWidgetItem(name + QLatin1Char('\n') + path);
        nameItem->setToolTip(name + QLatin1Char('\n') + path);
        m_lines->setItem(row, 0, nameItem);
        auto *items = new QTableWidgetItem(QString::number(line.quantity));
        items->setTextAlignment(Qt::AlignCenter);
        m_lines->setItem(row, 1, items);
        auto *weight = new QTableWidgetItem(core::weight::format(line.weightGrams));
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, 2, weight);

        auto *remove = new QPushButton(QStringLiteral("✕"));
        remove->setObjectName(QStringLiteral("removeLineButton"));
        remove->setProperty(rowProperty, row);
        remove->setAutoDefault(false);
        remove->setFocusPolicy(Qt::NoFocus);
        remove->setToolTip(tr("Remove this line"));
        remove->setAccessibleName(tr("Remove the line %1").arg(row + 1));
        connect(remove, &QPushButton::clicked, this, [this, row] { removeLine(row); });
        m_lines->setCellWidget(row, 3, remove);
    }
    m_total->setText(core::weight::format(total));
    m_lineCount->setText(tr("%n line(s)", nullptr, int(m_draft.lines.size())));
    m_closeButton->setEnabled(!m_draft.lines.isEmpty());
}

void DepositScreen::closeTicket()
{
    if (!m_actor) {
        showMessage(tr("Nobody is logged in on this screen."), true);
        return;
    }
    m_draft.note = m_noteField->text();
    auto deposit = m_collection
        ? core::HomeCollections(m_store).done(*m_actor, m_collection->id, m_draft.lines, m_unlock)
        : m_deposits.record(*m_actor, m_draft, m_unlock);
    if (!deposit) {
        // Core said no: the ticket stays as it is, to be corrected or closed later.
        if (unlockRefused(deposit.error()))
            m_unlock.reset();
        showMessage(deposit.error().message, true);
        return;
    }
    m_unlock.reset();

    m_lastDeposit = *deposit;
    m_lastDraft = m_draft;
    m_draft = core::DepositDraft();
    m_noteField->clear();
    refreshTowns();
    m_weightField->clear();
    m_itemsField->setText(QStringLiteral("1"));
    m_destinations->button(int(core::Destination::Shop))->setChecked(true);
    // The next ticket is the next donor's: their origin is asked again.
    m_origins->button(int(core::Origin::VoluntaryDropOff))->setChecked(true);
    refreshTicket();
    showCategories({});
    m_receiptButton->setEnabled(true);
    if (m_collection)
        showMessage(tr("Pickup %1 done, ticket %2 recorded: %3")
                        .arg(m_collection->id, deposit->stamp.number,
                            core::weight::format(deposit->totalWeightGrams)),
            false);
    else
        showMessage(
            tr("Ticket %1 recorded: %2")
                .arg(deposit->stamp.number, core::weight::format(deposit->totalWeightGrams)),
            false);
    m_collection.reset();
    showCollection();
    emit depositRecorded(*deposit);
}

void DepositScreen::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("kind", error ? QStringLiteral("error") : QStringLiteral("ok"));
    repolish(m_message);
}

void DepositScreen::clearMessage()
{
    m_message->clear();
}

void DepositScreen::keyPressEvent(QKeyEvent *event)
{
    const bool details = m_steps->currentWidget() == m_detailsStep;
    switch (event->key()) {
    case Qt::Key_Escape:
        goBack();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (details)
            addLine();
        return;
    case Qt::Key_Backspace:
        if (details)
            m_weightField->backspace();
        else
            goBack();
        return;
    // The same keys as at the register: F12 ends the ticket, F9 prints the last one again.
    case Qt::Key_F12:
        if (m_closeButton->isEnabled())
            closeTicket();
        return;
    case Qt::Key_F9:
        if (m_receiptButton->isEnabled())
            m_receiptButton->click();
        return;
    // As the register's F7 lists the tickets put aside.
    case Qt::Key_F7:
        if (m_telegramDeposits->isVisible())
            checkTelegramDeposits();
        return;
    case Qt::Key_F6:
        m_collectionsButton->click();
        return;
    case Qt::Key_F4:
        if (m_townBox->count() > 1)
            m_townBox->setCurrentIndex((m_townBox->currentIndex() + 1) % m_townBox->count());
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const QChar c = text.at(0);
        if (!details && c.isLetterOrNumber()) {
            chooseCategoryByShortcut(text);
            return;
        }
        if (details && (c.isDigit() || c == QLatin1Char(',') || c == QLatin1Char('.'))) {
            appendToWeight(text);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void DepositScreen::placeCategoryButtons()
{
    m_categoryColumns = placeInColumns(m_categoryLayout, m_categoryButtons,
        m_categoryGrid->parentWidget()->width(), maxCategoryColumns, m_categoryColumns);
}

bool DepositScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_categoryGrid
        && watched == m_categoryGrid->parentWidget())
        placeCategoryButtons();
    if (event->type() == QEvent::KeyPress
        && (watched == m_weightField || watched == m_itemsField || watched == m_noteField)) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // In the note, Enter only ends the typing; in the line's fields it adds the line.
            if (watched != m_noteField)
                addLine();
            return true;
        case Qt::Key_Escape:
            goBack();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DepositScreen::showTelegramDeposits()
{
    const auto pending = core::notify::PendingDeposits(m_store).pending();
    const int count = pending ? int(pending->size()) : 0;
    m_telegramDeposits->setText(
        tr("Received by Telegram, to be checked: %n deposit(s) (%1)", nullptr, count)
            .arg(keyText(Qt::Key_F7)));
    m_telegramDeposits->setVisible(count > 0);
}

void DepositScreen::checkTelegramDeposits()
{
    if (!m_actor) {
        showMessage(tr("Nobody is logged in on this screen."), true);
        return;
    }
    auto *dialog = new PendingDepositsDialog(m_store, *m_actor, m_unlockPrompt, this);
    // No receipt: the donor is not at the desk.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PendingDepositsDialog::depositDecided, this,
        &DepositScreen::telegramDepositDecided);
    connect(dialog, &QDialog::finished, this, [this] {
        showTelegramDeposits();
        setFocus();
    });
    dialog->open();
}

HomeCollectionsDialog *DepositScreen::openHomeCollections()
{
    if (!m_actor) {
        showMessage(tr("Nobody is logged in on this screen."), true);
        return nullptr;
    }
    auto *dialog = new HomeCollectionsDialog(m_store, *m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HomeCollectionsDialog::weighRequested, this, &DepositScreen::startCollection);
    dialog->open();
    return dialog;
}

void DepositScreen::startCollection(const core::HomeCollection &collection)
{
    m_collection = collection;
    m_origins->button(int(core::Origin::HomeCollection))->setChecked(true);
    for (core::DepositLineDraft &line : m_draft.lines)
        line.origin = core::Origin::HomeCollection;
    showCollection();
    refreshTicket();
    showMessage(tr("Weigh the objects of pickup %1, then close the ticket (%2).")
                    .arg(collection.id, keyText(Qt::Key_F12)),
        false);
}

void DepositScreen::leaveCollection()
{
    if (!m_draft.lines.isEmpty())
        return;
    m_collection.reset();
    m_origins->button(int(core::Origin::VoluntaryDropOff))->setChecked(true);
    showCollection();
    clearMessage();
}

void DepositScreen::showCollection()
{
    m_title->setText(m_collection
            ? tr("Pickup %1, %2").arg(m_collection->id, m_collection->townLabel())
            : tr("New deposit"));
    m_collectionsButton->setText(m_collection
            ? tr("Leave the pickup (%1)").arg(keyText(Qt::Key_F6))
            : tr("Home collections (%1)").arg(keyText(Qt::Key_F6)));
    // A pickup's town is the one it was planned in.
    if (m_collection) {
        const int index = m_townBox->findText(m_collection->townLabel());
        if (index >= 0)
            m_townBox->setCurrentIndex(index);
    }
    m_townBox->setEnabled(!m_collection);
}

void DepositScreen::refreshTowns()
{
    // A ticket being keyed keeps its town; a new one starts without.
    const QString kept = m_draft.lines.isEmpty() ? QString() : m_draft.town;
    const QSignalBlocker blocker(m_townBox);
    m_townBox->clear();
    m_townBox->addItem(tr("No town (%1)").arg(keyText(Qt::Key_F4)), QString());
    if (const auto towns = core::Towns(m_store).list())
        for (const core::Town &town : *towns)
            m_townBox->addItem(town.label(), town.id);
    m_townBox->setCurrentIndex(std::max(0, m_townBox->findData(kept)));
    m_draft.town = m_townBox->currentData().toString();
    m_townBox->setVisible(m_townBox->count() > 1);
    if (m_collection)
        showCollection();
}

void DepositScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showTelegramDeposits();
    refreshTowns();
    if (m_steps->currentWidget() == m_detailsStep)
        m_weightField->setFocus();
    else
        setFocus();
}

} // namespace recaisse::ui
