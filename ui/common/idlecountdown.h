#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace recaisse::core {
class Clock;
}

namespace recaisse::ui {

// "Nobody touched this for N ms": the idle lock of a station, the unlock dialog's own timeout.
// Time is read from the station's clock (core::Clock), not measured by a timer, so a test moves a
// ManualClock and calls check() instead of sleeping; a timer only asks check() every second.
class IdleCountdown : public QObject
{
    Q_OBJECT

public:
    IdleCountdown(const core::Clock &clock, int intervalMs, QObject *parent = nullptr);

    // 0 or less: never expires.
    void setInterval(int milliseconds);
    int interval() const { return m_intervalMs; }
    // (Re)starts the countdown from now: someone is there.
    void start();
    void stop();
    bool isActive() const { return m_active; }

public slots:
    // Emits timeout() once, and stops, when the interval has passed since the last start().
    void check();

signals:
    void timeout();

private:
    const core::Clock &m_clock;
    QTimer *m_tick = nullptr;
    QDateTime m_startedUtc;
    int m_intervalMs = 0;
    bool m_active = false;
};

} // namespace recaisse::ui
