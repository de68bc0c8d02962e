#include "ui/common/touchkeyboarddock.h"

#include "ui/common/touchkeyboard.h"

#include <QApplication>
#include <QFocusEvent>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QWidget>

namespace recaisse::ui {

namespace {

const QString settingKey = QStringLiteral("touch/keyboard");
// A window keeps at least this much of its height above the keyboard, or the keyboard goes to
// the bottom of the screen instead.
constexpr int minFreeHeight = 200;

} // namespace

TouchKeyboardDock::Mode TouchKeyboardDock::modeFromSettings(const QSettings &settings)
{
    const QString value = settings.value(settingKey).toString().trimmed().toLower();
    if (value == QLatin1String("always"))
        return Mode::Always;
    if (value == QLatin1String("never"))
        return Mode::Never;
    return Mode::Automatic;
}

void TouchKeyboardDock::saveMode(QSettings &settings, Mode mode)
{
    switch (mode) {
    case Mode::Automatic:
        settings.setValue(settingKey, QStringLiteral("automatic"));
        break;
    case Mode::Always:
        settings.setValue(settingKey, QStringLiteral("always"));
        break;
    case Mode::Never:
        settings.setValue(settingKey, QStringLiteral("never"));
        break;
    }
}

TouchKeyboardDock::TouchKeyboardDock(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    // Focus moves in two events (out of one field, into the next): decide once both are in.
    m_update = new QTimer(this);
    m_update->setSingleShot(true);
    m_update->setInterval(0);
    connect(m_update, &QTimer::timeout, this, &TouchKeyboardDock::update);
    qApp->installEventFilter(this);
}

TouchKeyboardDock::~TouchKeyboardDock()
{
    qApp->removeEventFilter(this);
    delete m_keyboard.data();
}

void TouchKeyboardDock::setMode(Mode mode)
{
    m_mode = mode;
    m_update->start();
}

bool TouchKeyboardDock::isActive() const
{
    return m_mode == Mode::Always || (m_mode == Mode::Automatic && !m_physicalKeyboard);
}

TouchKeyboard *TouchKeyboardDock::keyboard() const
{
    return m_keyboard;
}

bool TouchKeyboardDock::isKeyboardShown() const
{
    return m_keyboard && m_keyboard->isVisible();
}

bool TouchKeyboardDock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusIn: {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            m_dismissed = false;
        m_update->start();
        break;
    }
    case QEvent::FocusOut:
        m_update->start();
        break;
    case QEvent::KeyPress:
        // The keyboard's own keys are sent, not spontaneous: this one came from a keyboard.
        if (event->spontaneous() && !m_physicalKeyboard) {
            m_physicalKeyboard = true;
            m_update->start();
        }
        break;
    case QEvent::MouseButtonRelease:
        // Tapping the field again brings a hidden keyboard back.
        if (m_dismissed) {
            QWidget *focus = QApplication::focusWidget();
            auto *widget = qobject_cast<QWidget *>(watched);
            if (focus && widget && (widget == focus || focus->isAncestorOf(widget))) {
                m_dismissed = false;
                m_update->start();
            }
        }
        break;
    case QEvent::Resize:
        if (m_keyboard && m_keyboard->isVisible() && watched == m_keyboard->parentWidget())
            m_update->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void TouchKeyboardDock::update()
{
    // A platform that activates the keyboard's own window despite WindowDoesNotAcceptFocus:
    // give the activation back to the field's window, which gives the field its focus back.
    if (m_keyboard && m_keyboard->isWindow() && QApplication::activeWindow() == m_keyboard) {
        if (QWidget *host = m_keyboard->parentWidget())
            host->activateWindow();
        return;
    }
    QWidget *field = QApplication::focusWidget();
    if (isActive() && !m_dismissed && TouchKeyboard::wantsKeyboard(field))
        showFor(field);
    else
        hideKeyboard();
}

void TouchKeyboardDock::showFor(QWidget *field)
{
    QWidget *host = field->window();
    if (!m_keyboard) {
        m_keyboard = new TouchKeyboard(host);
        connect(m_keyboard, &TouchKeyboard::hideRequested, this, [this] {
            m_dismissed = true;
            hideKeyboard();
        });
    }
    const int height = m_keyboard->sizeHint().height();
    const bool docked = host->width() >= m_keyboard->minimumSizeHint().width()
        && host->height() >= height + minFreeHeight;
    QRect area; // where the keyboard may go, in its parent's coordinates (or the screen's)
    QRect fieldRect;
    if (docked) {
        if (m_keyboard->parentWidget() != host || m_keyboard->isWindow())
            m_keyboard->setParent(host, Qt::Widget);
        area = host->rect();
        fieldRect = QRect(field->mapTo(host, QPoint(0, 0)), field->size());
    } else {
        const Qt::WindowFlags flags = Qt::Tool | Qt::FramelessWindowHint
            | Qt::WindowDoesNotAcceptFocus | Qt::WindowStaysOnTopHint;
        if (m_keyboard->parentWidget() != host || m_keyboard->windowFlags() != flags)
            m_keyboard->setParent(host, flags);
        const QScreen *screen = host->screen();
        area = screen ? screen->availableGeometry() : host->frameGeometry();
        fieldRect = QRect(field->mapToGlobal(QPoint(0, 0)), field->size());
    }
    const QRect bottom(area.left(), area.bottom() - height + 1, area.width(), height);
    QRect place = bottom;
    // Never over the field: a field in the lower part gets the keyboard at the top instead.
    if (fieldRect.intersects(bottom) && fieldRect.top() - area.top() >= height)
        place = QRect(area.left(), area.top(), area.width(), height);
    m_keyboard->setGeometry(place);
    m_keyboard->show();
    m_keyboard->raise();
}

void TouchKeyboardDock::hideKeyboard()
{
    if (m_keyboard)
        m_keyboard->hide();
}

} // namespace recaisse::ui
