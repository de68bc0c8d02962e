#pragma once

#include <QWidget>

class QLineEdit;

namespace recaisse::ui {

// The touch keypad beside an amount or a quantity field: digits 1 to 9 from the top, then
// [,] 0 Clear, and a confirm key when asked (a full row under a keypad with a comma, in the
// comma's place otherwise). Every key types into the field and gives it the focus back; the
// keys themselves never take the focus, so the physical keyboard keeps working.
// Key object names: key0..key9, keyComma, keyClear, keyOk.
class AmountKeypad : public QWidget
{
    Q_OBJECT

public:
    struct Options
    {
        bool comma = true; // amounts and weights; quantities have none
        QString confirmText; // empty: no confirm key
        int keyWidth = 96;
        int keyHeight = 68;
        static constexpr int spacing = 10;
        // The width of a row of three keys, for a field as wide as the keypad.
        int rowWidth() const { return keyWidth * 3 + spacing * 2; }
    };

    AmountKeypad(QLineEdit *field, const Options &options, QWidget *parent = nullptr);

signals:
    // A key changed the field (the screen clears its error message).
    void edited();
    void confirmed();

private:
    QLineEdit *m_field;
};

} // namespace recaisse::ui
