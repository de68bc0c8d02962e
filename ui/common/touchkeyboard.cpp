#include "ui/common/touchkeyboard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextEdit>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {

constexpr int keyHeight = 56;
constexpr int keySpacing = 6;
constexpr const char *actionProperty = "touchKeyAction";
constexpr const char *characterProperty = "touchKeyCharacter";

bool optedOut(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QVariant value = w->property(TouchKeyboard::property);
        if (value.isValid() && !value.toBool())
            return true;
        if (w->isWindow())
            break;
    }
    return false;
}

bool numericOnly(const QWidget *widget)
{
    constexpr Qt::InputMethodHints numeric =
        Qt::ImhDigitsOnly | Qt::ImhFormattedNumbersOnly | Qt::ImhDialableCharactersOnly;
    if (widget->inputMethodHints() & numeric)
        return true;
    if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
        const QValidator *validator = line->validator();
        return qobject_cast<const QIntValidator *>(validator)
            || qobject_cast<const QDoubleValidator *>(validator);
    }
    return false;
}

} // namespace

bool TouchKeyboard::wantsKeyboard(const QWidget *widget)
{
    if (!widget || !widget->isEnabled() || !widget->isVisible() || optedOut(widget))
        return false;
    // An editable combo box's line edit lives inside it: the combo box decides.
    if (const auto *combo = qobject_cast<const QComboBox *>(widget->parentWidget());
        combo && qobject_cast<const QLineEdit *>(widget))
        return wantsKeyboard(combo);
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable() && !numericOnly(combo->lineEdit());
    if (qobject_cast<const QAbstractSpinBox *>(widget))
        return false;
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly() && !numericOnly(line);
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
        return !rich->isReadOnly();
    return false;
}

TouchKeyboard::TouchKeyboard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("touchKeyboard"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_StyledBackground);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    const auto chars = [](const QString &characters) {
        QList<KeySpec> keys;
        for (const QChar c : characters)
            keys.append({Action::Type, QString(c), 2});
        return keys;
    };
    const QList<KeySpec> digits =
        chars(QStringLiteral("1234567890")) + QList<KeySpec>{{Action::Backspace, {}, 4}};
    const KeySpec shift{Action::Shift, {}, 3};
    const KeySpec enter{Action::Enter, {}, 3};
    const KeySpec caps{Action::CapsLock, {}, 4};
    const KeySpec layer{Action::Layer, {}, 4};
    const KeySpec space{Action::Space, {}, 10};
    const KeySpec hide{Action::Hide, {}, 4};

    const QList<QList<KeySpec>> letters{
        digits,
        chars(QStringLiteral("azertyuiopéè")),
        chars(QStringLiteral("qsdfghjklmà")) + QList<KeySpec>{enter},
        QList<KeySpec>{shift} + chars(QStringLiteral("wxcvbnç,.’")) + QList<KeySpec>{shift},
        {caps, layer, {Action::Type, QStringLiteral("@"), 2}, space,
            {Action::Type, QStringLiteral("-"), 2}, hide},
    };
    const QList<QList<KeySpec>> accents{
        digits,
        chars(QStringLiteral("éèêëàâäçùûü"))
            + QList<KeySpec>{{Action::Type, QStringLiteral("'"), 2}},
        chars(QStringLiteral("îïôöœæ«»€’")) + QList<KeySpec>{enter},
        QList<KeySpec>{shift} + chars(QStringLiteral("@-_.,;:!?")) + QList<KeySpec>{shift},
        {caps, layer, {Action::Type, QStringLiteral("("), 2}, space,
            {Action::Type, QStringLiteral(")"), 2}, hide},
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(0);
    m_layers = new QStackedWidget(this);
    m_layers->setFocusPolicy(Qt::NoFocus);
    m_layers->addWidget(createLayer(letters));
    m_layers->addWidget(createLayer(accents));
    layout->addWidget(m_layers);
    refreshLabels();
}

QWidget *TouchKeyboard::createLayer(const QList<QList<KeySpec>> &rows)
{
    auto *page = new QWidget(m_layers);
    page->setFocusPolicy(Qt::NoFocus);
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(keySpacing);
    for (const QList<KeySpec> &row : rows) {
        auto *line = new QHBoxLayout();
        line->setSpacing(keySpacing);
        for (const KeySpec &spec : row) {
            auto *button = new QPushButton(page);
            button->setFocusPolicy(Qt::NoFocus);
            button->setAutoDefault(false);
            button->setMinimumSize(minKeySize * spec.weight / 2, qMax(minKeySize, keyHeight));
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            button->setProperty(actionProperty, int(spec.action));
            button->setProperty(characterProperty, spec.character);
            static const char *const actionNames[] = {
                "", "shift", "caps", "backspace", "enter", "space", "layer", "hide"};
            button->setObjectName(QStringLiteral("key_")
                + (spec.action == Action::Type ? spec.character
                                               : QLatin1String(actionNames[int(spec.action)])));
            // Repeating keys would need a timer a tap does not: one press, one character.
            connect(button, &QPushButton::clicked, this, [this, spec] { press(spec); });
            line->addWidget(button, spec.weight);
        }
        column->addLayout(line);
    }
    return page;
}

bool TouchKeyboard::showsAccents() const
{
    return m_layers->currentIndex() == 1;
}

QAbstractButton *TouchKeyboard::key(const QString &name) const
{
    const auto buttons =
        m_layers->currentWidget()->findChildren<QAbstractButton *>(QStringLiteral("key_") + name);
    return buttons.isEmpty() ? nullptr : buttons.constFirst();
}

void TouchKeyboard::press(const KeySpec &spec)
{
    switch (spec.action) {
    case Action::Type:
        type(upperCase() ? spec.character.toUpper() : spec.character);
        break;
    case Action::Space:
        type(QStringLiteral(" "));
        break;
    case Action::Shift:
        m_shift = !m_shift;
        break;
    case Action::CapsLock:
        m_capsLock = !m_capsLock;
        m_shift = false;
        break;
    case Action::Backspace:
        sendKey(Qt::Key_Backspace, {});
        break;
    case Action::Enter: {
        QWidget *field = parentWidget() ? parentWidget()->window()->focusWidget() : nullptr;
        const bool multiLine =
            qobject_cast<QPlainTextEdit *>(field) || qobject_cast<QTextEdit *>(field);
        // Unanswered by the field and its screen: like a form, go on to the next text field.
        if (!sendKey(Qt::Key_Return, QStringLiteral("\r")) && !multiLine && field
            && field->window()->focusWidget() == field) {
            for (QWidget *next = field->nextInFocusChain(); next && next != field;
                 next = next->nextInFocusChain()) {
                if ((next->focusPolicy() & Qt::TabFocus) && wantsKeyboard(next)) {
                    next->setFocus(Qt::TabFocusReason);
                    break;
                }
            }
        }
        break;
    }
    case Action::Layer:
        m_layers->setCurrentIndex(showsAccents() ? 0 : 1);
        break;
    case Action::Hide:
        emit hideRequested();
        break;
    }
    refreshLabels();
}

void TouchKeyboard::type(const QString &character)
{
    // The key code a physical keyboard would send: the upper-case character (Qt::Key_A,
    // Qt::Key_Eacute), Qt::Key_unknown beyond what Qt names.
    const char16_t code = character.toUpper().at(0).unicode();
    const int key = code >= 0x20 && code <= 0xff && code != 0xd7 && code != 0xf7
        ? int(code)
        : int(Qt::Key_unknown);
    sendKey(key, character);
    m_shift = false;
}

bool TouchKeyboard::sendKey(int key, const QString &text)
{
    // The field with the focus; when the keyboard is a window of its own that the platform made
    // active, the field that has the focus in the window the keyboard serves.
    QWidget *target = QApplication::focusWidget();
    if ((!target || target->window() == window()) && parentWidget())
        target = parentWidget()->window()->focusWidget();
    if (!target)
        return false;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    const bool accepted = press.isAccepted();
    if (QWidget *still = target->window()->focusWidget()) {
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QCoreApplication::sendEvent(still, &release);
    }
    return accepted;
}

void TouchKeyboard::refreshLabels()
{
    const bool upper = upperCase();
    const auto buttons = findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        const auto action = Action(button->property(actionProperty).toInt());
        switch (action) {
        case Action::Type: {
            const QString character = button->property(characterProperty).toString();
            button->setText(upper ? character.toUpper() : character);
            break;
        }
        case Action::Shift:
            button->setText(tr("Shift"));
            button->setCheckable(true);
            button->setChecked(m_shift);
            break;
        case Action::CapsLock:
            button->setText(tr("Caps lock"));
            button->setCheckable(true);
            button->setChecked(m_capsLock);
            break;
        case Action::Backspace:
            button->setText(tr("Erase"));
            break;
        case Action::Enter:
            button->setText(tr("Enter"));
            break;
        case Action::Space:
            button->setText(tr("Space"));
            break;
        case Action::Layer:
            button->setText(showsAccents() ? tr("abc") : tr("é à € …"));
            break;
        case Action::Hide:
            button->setText(tr("Hide"));
            break;
        }
    }
}

} // namespace recaisse::ui
