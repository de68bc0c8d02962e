#include "amountkeypad.h"

#include "touchkeyboard.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace recaisse::ui {

AmountKeypad::AmountKeypad(QLineEdit *field, const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("amountKeypad"));
    // The field has this keypad: no letters keyboard over it.
    field->setProperty(TouchKeyboard::property, false);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(Options::spacing);
    const auto makeKey = [&](const QString &text, const QString &name) {
        auto *key = new QPushButton(text, this);
        key->setObjectName(name);
        key->setProperty("keypad", true);
        key->setFixedSize(options.keyWidth, options.keyHeight);
        key->setFocusPolicy(Qt::NoFocus);
        key->setAutoDefault(false);
        return key;
    };
    const auto typing = [this](const QString &text) {
        return [this, text] {
            m_field->insert(text);
            m_field->setFocus();
            emit edited();
        };
    };
    for (int digit = 1; digit <= 9; ++digit) {
        const QString text = QString::number(digit);
        auto *key = makeKey(text, QStringLiteral("key") + text);
        connect(key, &QPushButton::clicked, this, typing(text));
        grid->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    auto *zero = makeKey(QStringLiteral("0"), QStringLiteral("key0"));
    connect(zero, &QPushButton::clicked, this, typing(QStringLiteral("0")));
    auto *clear = makeKey(tr("Clear"), QStringLiteral("keyClear"));
    clear->setProperty("command", true);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_field->clear();
        m_field->setFocus();
        emit edited();
    });
    QPushButton *ok = nullptr;
    if (!options.confirmText.isEmpty()) {
        ok = makeKey(options.confirmText, QStringLiteral("keyOk"));
        ok->setProperty("primary", true);
        // A word ("Confirm (Enter)") in the commands' smaller type; "OK" as big as the digits.
        ok->setProperty("command", options.confirmText.size() > 3);
        connect(ok, &QPushButton::clicked, this, &AmountKeypad::confirmed);
    }
    if (options.comma) {
        auto *comma = makeKey(QStringLiteral(","), QStringLiteral("keyComma"));
        connect(comma, &QPushButton::clicked, this, typing(QStringLiteral(",")));
        grid->addWidget(comma, 3, 0);
        grid->addWidget(zero, 3, 1);
        grid->addWidget(clear, 3, 2);
        if (ok) {
            ok->setFixedWidth(options.rowWidth());
            grid->addWidget(ok, 4, 0, 1, 3);
        }
    } else {
        grid->addWidget(clear, 3, 0);
        grid->addWidget(zero, 3, 1);
        if (ok)
            grid->addWidget(ok, 3, 2);
    }
}

} // namespace recaisse::ui
