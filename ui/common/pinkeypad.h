#pragma once

#include <QWidget>

class QPushButton;

namespace recaisse::ui {

// The 3×4 PIN keypad of the login screen and of the admin unlock dialog: digits, Clear and OK,
// keys named key0..key9, keyClear and keyOk. Digits never take the focus (they are typed on the
// keyboard too); OK stays reachable with Tab.
class PinKeypad : public QWidget
{
    Q_OBJECT

public:
    explicit PinKeypad(int keyHeight, QWidget *parent = nullptr);

    QPushButton *okButton() const { return m_okButton; }

signals:
    void digitPressed(const QString &digit);
    void clearPressed();
    void okPressed();

private:
    QPushButton *m_okButton = nullptr;
};

} // namespace recaisse::ui
