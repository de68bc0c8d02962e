#pragma once

// What the screen benchmarks share: noticing that a window has painted after an input.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace recaisse::bench {

// Notes paint events of the widgets of one window (or of one screen), application-wide.
class PaintWatcher : public QObject
{
public:
    void watch(QWidget *root)
    {
        m_root = root;
        seen = false;
    }

    bool seen = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_root && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget == m_root || m_root->isAncestorOf(widget))
                seen = true;
        }
        return false;
    }

private:
    QPointer<QWidget> m_root;
};

// Processes events until a watched paint has been delivered (processEvents() returns once the
// whole backing-store flush is done), or until the timeout; true when a paint came.
inline bool waitForPaint(PaintWatcher &watcher, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!watcher.seen && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    return watcher.seen;
}

inline void drainEvents()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

} // namespace recaisse::bench
