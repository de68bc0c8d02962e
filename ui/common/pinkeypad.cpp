#include "pinkeypad.h"

#include <QGridLayout>
#include <QPushButton>

namespace recaisse::ui {

namespace {
constexpr int keyWidth = 100;
} // namespace

PinKeypad::PinKeypad(int keyHeight, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("keypad"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);

    const auto makeKey = [this, keyHeight](const QString &text, const QString &name) {
        auto *key = new QPushButton(text, this);
        key->setObjectName(name);
        key->setProperty("keypad", true);
        key->setFixedSize(keyWidth, keyHeight);
        key->setFocusPolicy(Qt::NoFocus);
        key->setAutoDefault(false);
        return key;
    };
    const auto addDigit = [&](int digit, int row, int column) {
        const QString text = QString::number(digit);
        auto *key = makeKey(text, QStringLiteral("key") + text);
        connect(key, &QPushButton::clicked, this, [this, text] { emit digitPressed(text); });
        grid->addWidget(key, row, column);
    };
    for (int digit = 1; digit <= 9; ++digit)
        addDigit(digit, (digit - 1) / 3, (digit - 1) % 3);

    auto *clear = makeKey(tr("Clear"), QStringLiteral("keyClear"));
    clear->setProperty("command", true);
    connect(clear, &QPushButton::clicked, this, &PinKeypad::clearPressed);
    grid->addWidget(clear, 3, 0);
    addDigit(0, 3, 1);
    m_okButton = makeKey(tr("OK"), QStringLiteral("keyOk"));
    m_okButton->setProperty("primary", true);
    m_okButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_okButton, &QPushButton::clicked, this, &PinKeypad::okPressed);
    grid->addWidget(m_okButton, 3, 2);
}

} // namespace recaisse::ui
