#pragma once

#include <QWidget>

class QAbstractButton;
class QStackedWidget;

namespace recaisse::ui {

// An on-screen French AZERTY keyboard for registers without a physical keyboard. Its keys type
// into the focused widget with ordinary key events, exactly as a physical keyboard would, so
// validators, completers and textChanged all see the text; it never takes the focus itself.
// Two layers: the letters, and the accented letters with French punctuation (« » ’ €).
class TouchKeyboard : public QWidget
{
    Q_OBJECT

public:
    // The smallest side of a key: a fingertip.
    static constexpr int minKeySize = 48;

    // Set to false on a field (or on one of its parents) that has its own keypad: numbers and
    // PINs. Fields with an integer or decimal validator or digits-only input hints are left
    // out without it.
    static constexpr const char *property = "touchKeyboard";
    // Whether typing in this widget calls for the keyboard: an editable text field that has not
    // opted out.
    static bool wantsKeyboard(const QWidget *widget);

    explicit TouchKeyboard(QWidget *parent = nullptr);

    // The next letter in capitals (one-shot), and the caps lock (until pressed again).
    bool isShifted() const { return m_shift; }
    bool isCapsLock() const { return m_capsLock; }
    // Whether the accents and punctuation layer is shown instead of the letters.
    bool showsAccents() const;

    // The key of the layer shown that types this character (lower case for letters) or does
    // this action ("shift", "caps", "backspace", "enter", "space", "layer", "hide"); nullptr if
    // the layer shown has none.
    QAbstractButton *key(const QString &name) const;

signals:
    // The hide key: the keyboard stays away until a text field is tapped again.
    void hideRequested();

private:
    enum class Action { Type, Shift, CapsLock, Backspace, Enter, Space, Layer, Hide };
    struct KeySpec
    {
        Action action = Action::Type;
        QString character; // for Action::Type
        int weight = 2; // width in half keys
    };

    QWidget *createLayer(const QList<QList<KeySpec>> &rows);
    void press(const KeySpec &spec);
    void type(const QString &character);
    // Sends a key press and release to the focused widget; whether the press was accepted.
    bool sendKey(int key, const QString &text);
    bool upperCase() const { return m_shift != m_capsLock; }
    void refreshLabels();

    QStackedWidget *m_layers = nullptr;
    bool m_shift = false;
    bool m_capsLock = false;
};

} // namespace recaisse::ui
