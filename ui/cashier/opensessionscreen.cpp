#include "opensessionscreen.h"

#include "core/money.h"
#include "core/store.h"
#include "ui/common/formrow.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
constexpr qint64 largestCountedDenomination = 5000; // 50 €: larger notes never sit in a drawer
constexpr int maxPieces = 100'000;
constexpr int rowsPerColumn = 4;
constexpr int fieldHeight = 52;
const char centsProperty[] = "cents";

// "50 €", "2 €", "0,50 €".
QString denominationLabel(qint64 cents)
{
    if (cents % 100 == 0)
        return QString::number(cents / 100) + QChar(QChar::Nbsp) + QStringLiteral("€");
    return core::money::format(cents);
}
} // namespace

DenominationGrid::DenominationGrid(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("denominationGrid"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *grid = new QGridLayout();
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    layout->addLayout(grid);

    const QList<qint64> values = denominations();
    for (int index = 0; index < values.size(); ++index) {
        const qint64 cents = values.at(index);
        const int row = index % rowsPerColumn;
        const int column = (index / rowsPerColumn) * 4;

        auto *label = new QLabel(denominationLabel(cents), this);
        label->setObjectName(QStringLiteral("denominationLabel"));
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setMinimumWidth(64);
        grid->addWidget(label, row, column);

        auto *field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("count_%1").arg(cents));
        field->setProperty(centsProperty, cents);
        field->setProperty("count", true);
        field->setValidator(new QIntValidator(0, maxPieces, field));
        field->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        field->setFixedSize(100, fieldHeight);
        field->setAccessibleName(denominationLabel(cents));
        connect(field, &QLineEdit::textChanged, this, [this] {
            updateTotal();
            emit changed();
        });
        // Return goes on to the next denomination, as on a paper count sheet (blank fields
        // included: QLineEdit::returnPressed() skips them, their input is not "acceptable").
        field->installEventFilter(this);
        grid->addWidget(field, row, column + 1);
        m_fields.append(field);

        auto *subtotal = new QLabel(this);
        subtotal->setObjectName(QStringLiteral("denominationSubtotal"));
        subtotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        subtotal->setMinimumWidth(96);
        grid->addWidget(subtotal, row, column + 2);
        m_subtotals.append(subtotal);
        if (column > 0)
            grid->setColumnMinimumWidth(column - 1, 12);
    }
    for (int index = 1; index < m_fields.size(); ++index)
        setTabOrder(m_fields.at(index - 1), m_fields.at(index));

    auto *totalRow = new QHBoxLayout();
    auto *caption = new QLabel(tr("Total counted"), this);
    caption->setObjectName(QStringLiteral("figureCaption"));
    totalRow->addWidget(caption);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("countTotal"));
    m_total->setMinimumWidth(220);
    totalRow->addWidget(m_total);
    totalRow->addStretch(1);
    layout->addLayout(totalRow);
    updateTotal();
}

bool DenominationGrid::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int index = int(m_fields.indexOf(qobject_cast<QLineEdit *>(watched)));
        if (index >= 0 && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            if (index + 1 < m_fields.size())
                m_fields.at(index + 1)->setFocus();
            else
                emit completed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<qint64> DenominationGrid::denominations()
{
    QList<qint64> values;
    for (qint64 cents : core::euroDenominations()) {
        if (cents <= largestCountedDenomination)
            values.append(cents);
    }
    return values;
}

bool DenominationGrid::isEmpty() const
{
    for (const QLineEdit *field : m_fields) {
        if (!field->text().trimmed().isEmpty())
            return false;
    }
    return true;
}

core::DenominationCount DenominationGrid::count() const
{
    core::DenominationCount counted;
    if (isEmpty())
        return counted;
    for (const QLineEdit *field : m_fields)
        counted.insert(field->property(centsProperty).toLongLong(), field->text().toLongLong());
    return counted;
}

qint64 DenominationGrid::total() const
{
    qint64 sum = 0;
    for (const QLineEdit *field : m_fields)
        sum += field->property(centsProperty).toLongLong() * field->text().toLongLong();
    return sum;
}

void DenominationGrid::setCount(const core::DenominationCount &count)
{
    for (QLineEdit *field : m_fields) {
        const qint64 cents = field->property(centsProperty).toLongLong();
        field->setText(count.contains(cents) ? QString::number(count.value(cents)) : QString());
    }
}

void DenominationGrid::clear()
{
    for (QLineEdit *field : m_fields)
        field->clear();
}

QLineEdit *DenominationGrid::field(qint64 cents) const
{
    for (QLineEdit *field : m_fields) {
        if (field->property(centsProperty).toLongLong() == cents)
            return field;
    }
    return nullptr;
}

void DenominationGrid::updateTotal()
{
    for (int index = 0; index < m_fields.size(); ++index) {
        const QLineEdit *field = m_fields.at(index);
        const QString text = field->text().trimmed();
        m_subtotals.at(index)->setText(text.isEmpty()
                ? QString()
                : core::money::format(
                    field->property(centsProperty).toLongLong() * text.toLongLong()));
    }
    m_total->setText(core::money::format(total()));
}

OpenSessionScreen::OpenSessionScreen(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("openSessionScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(8);

    auto *title = new QLabel(tr("Open the register"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Count the float in the drawer before the first sale."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *modes = new QHBoxLayout();
    modes->setSpacing(12);
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    m_totalMode = new QPushButton(tr("Type the total"), this);
    m_totalMode->setObjectName(QStringLiteral("totalModeButton"));
    m_countMode = new QPushButton(tr("Count notes and coins"), this);
    m_countMode->setObjectName(QStringLiteral("countModeButton"));
    for (QPushButton *button : {m_totalMode, m_countMode}) {
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setProperty("choice", true);
        button->setMinimumSize(300, 52);
        m_modes->addButton(button);
        modes->addWidget(button);
    }
    modes->addStretch(1);
    layout->addLayout(modes);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 8, 16, 8);
    m_pages = new QStackedWidget(card);
    m_pages->setObjectName(QStringLiteral("floatPages"));

    auto *totalPage = new QWidget(m_pages);
    auto *totalLayout = new QVBoxLayout(totalPage);
    totalLayout->setContentsMargins(0, 0, 0, 0);
    totalLayout->setSpacing(8);
    auto *floatTitle = new QLabel(tr("Float in the drawer"), totalPage);
    floatTitle->setObjectName(QStringLiteral("cardTitle"));
    totalLayout->addWidget(floatTitle);
    m_floatField = new QLineEdit(totalPage);
    m_floatField->setObjectName(QStringLiteral("floatField"));
    m_floatField->setProperty("money", true);
    m_floatField->setInputMethodHints(Qt::ImhFormattedNumbersOnly); // no letters keyboard
    m_floatField->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_floatField->setFixedSize(260, 64);
    m_floatField->setPlaceholderText(QStringLiteral("0,00"));
    connect(m_floatField, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_floatField, &QLineEdit::returnPressed, this, &OpenSessionScreen::submit);
    totalLayout->addWidget(m_floatField);
    m_floatCaption = new QLabel(tr("Proposed: float of the previous session"), totalPage);
    m_floatCaption->setObjectName(QStringLiteral("floatCaption"));
    totalLayout->addWidget(m_floatCaption);
    totalLayout->addStretch(1);
    m_pages->addWidget(totalPage);

    m_grid = new DenominationGrid(m_pages);
    m_grid->setObjectName(QStringLiteral("floatGrid"));
    connect(m_grid, &DenominationGrid::changed, this, [this] { showError({}); });
    connect(m_grid, &DenominationGrid::completed, this, &OpenSessionScreen::submit);
    m_pages->addWidget(m_grid);
    cardLayout->addWidget(m_pages);
    layout->addWidget(card);

    // Shown only after more than 3 days without any document: the cashier checks the date.
    m_dateConfirmation = new QCheckBox(this);
    m_dateConfirmation->setObjectName(QStringLiteral("dateConfirmation"));
    m_dateConfirmation->setVisible(false);
    connect(m_dateConfirmation, &QCheckBox::toggled, this, [this] { showError({}); });
    layout->addWidget(m_dateConfirmation);

    m_errorLabel = FormRow::addMessage(layout, this, QStringLiteral("errorLabel"));
    layout->addStretch(1);

    const FormRow::Buttons buttons =
        FormRow::addButtons(layout, this, tr("Open the register"), QStringLiteral("openButton"));
    connect(buttons.back, &QPushButton::clicked, this, &OpenSessionScreen::cancelled);
    m_openButton = buttons.primary;
    connect(m_openButton, &QPushButton::clicked, this, &OpenSessionScreen::submit);

    connect(m_modes, &QButtonGroup::buttonClicked, this,
        [this](QAbstractButton *button) { setCountingByDenomination(button == m_countMode); });
    reset();
}

void OpenSessionScreen::setActor(const core::Actor &actor)
{
    m_actor = actor;
    reset();
}

void OpenSessionScreen::reset()
{
    const std::optional<qint64> proposed = core::CashSessions(m_store).proposedFloat();
    m_floatField->setText(proposed ? core::money::formatPlain(*proposed) : QString());
    m_floatCaption->setVisible(proposed.has_value());
    m_grid->clear();
    setCountingByDenomination(false);
    auto needed = core::CashSessions(m_store).needsDateConfirmation();
    m_confirmDay = needed ? *needed : std::nullopt;
    m_dateConfirmation->setChecked(false);
    m_dateConfirmation->setVisible(m_confirmDay.has_value());
    if (m_confirmDay)
        m_dateConfirmation->setText(
            tr("Nothing was recorded here for more than 3 days. Today is %1: this date is right.")
                .arg(QLocale().toString(*m_confirmDay, QLocale::LongFormat)));
    showError({});
}

bool OpenSessionScreen::countingByDenomination() const
{
    return m_pages->currentWidget() == m_grid;
}

void OpenSessionScreen::setCountingByDenomination(bool byDenomination)
{
    (byDenomination ? m_countMode : m_totalMode)->setChecked(true);
    m_pages->setCurrentWidget(byDenomination ? static_cast<QWidget *>(m_grid) : m_pages->widget(0));
    showError({});
    if (byDenomination) {
        if (QLineEdit *first = m_grid->field(DenominationGrid::denominations().constFirst()))
            first->setFocus();
    } else {
        m_floatField->setFocus();
        m_floatField->selectAll();
    }
}

void OpenSessionScreen::submit()
{
    core::CashSessions sessions(m_store);
    qint64 floatCents = 0;
    core::DenominationCount counted;
    if (countingByDenomination()) {
        if (m_grid->isEmpty()) {
            showError(tr("Enter the number of each note and coin (0 when there is none)."));
            return;
        }
        counted = m_grid->count();
        auto total = core::CashSessions::countTotal(counted);
        if (!total) {
            showError(total.error().message);
            return;
        }
        floatCents = *total;
    } else {
        auto parsed = core::money::parse(m_floatField->text());
        if (!parsed) {
            showError(parsed.error().message);
            m_floatField->setFocus();
            return;
        }
        floatCents = *parsed;
    }

    const std::optional<QDate> confirmed =
        m_dateConfirmation->isChecked() ? m_confirmDay : std::nullopt;
    if (auto dated = sessions.checkDateConfirmation(confirmed); !dated) {
        showError(dated.error().message);
        return;
    }
    auto opened = sessions.open(m_actor, floatCents, counted);
    if (!opened) {
        showError(opened.error().message);
        return;
    }
    showError({});
    emit sessionOpened(opened.value());
}

void OpenSessionScreen::showError(const QString &message)
{
    m_errorLabel->setText(message);
}

} // namespace recaisse::ui
