#pragma once

#include <QObject>
#include <QPointer>

class QSettings;
class QTimer;
class QWidget;

namespace recaisse::ui {

class TouchKeyboard;

// Brings the on-screen keyboard up when a text field takes the focus and puts it away after,
// for the whole application (an event filter on qApp). The keyboard docks at the bottom of the
// field's window, or at its top when it would cover the field; a window too small for it (a
// dialog) gets it as a frameless tool window at the bottom of the screen.
class TouchKeyboardDock : public QObject
{
    Q_OBJECT

public:
    // The station setting "on-screen keyboard". Automatic: until a physical keyboard is used.
    enum class Mode { Automatic, Always, Never };
    // Device-local, like the receipt printer: QSettings key touch/keyboard, automatic by
    // default.
    static Mode modeFromSettings(const QSettings &settings);
    static void saveMode(QSettings &settings, Mode mode);

    explicit TouchKeyboardDock(Mode mode, QObject *parent = nullptr);
    ~TouchKeyboardDock() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Whether a text field taking the focus brings the keyboard up now.
    bool isActive() const;
    bool physicalKeyboardSeen() const { return m_physicalKeyboard; }

    // The keyboard, once it has been needed (it lives in the window of the field it serves).
    TouchKeyboard *keyboard() const;
    bool isKeyboardShown() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void showFor(QWidget *field);
    void hideKeyboard();

    Mode m_mode;
    bool m_physicalKeyboard = false;
    bool m_dismissed = false; // the hide key, until a text field is tapped or focused again
    QPointer<TouchKeyboard> m_keyboard;
    QTimer *m_update = nullptr;
};

} // namespace recaisse::ui
