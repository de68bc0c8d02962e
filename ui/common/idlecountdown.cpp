#include "idlecountdown.h"

#include "core/clock.h"

#include <QTimer>

namespace recaisse::ui {

namespace {
// How often the countdown looks at the clock: the lock comes at most this late.
constexpr int tickMs = 1000;
} // namespace

IdleCountdown::IdleCountdown(const core::Clock &clock, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tick(new QTimer(this))
    , m_intervalMs(intervalMs)
{
    m_tick->setInterval(tickMs);
    connect(m_tick, &QTimer::timeout, this, &IdleCountdown::check);
}

void IdleCountdown::setInterval(int milliseconds)
{
    m_intervalMs = milliseconds;
}

void IdleCountdown::start()
{
    m_startedUtc = m_clock.nowUtc();
    m_active = true;
    if (!m_tick->isActive())
        m_tick->start();
}

void IdleCountdown::stop()
{
    m_active = false;
    m_tick->stop();
}

void IdleCountdown::check()
{
    if (!m_active || m_intervalMs <= 0)
        return;
    if (m_startedUtc.msecsTo(m_clock.nowUtc()) < m_intervalMs)
        return;
    stop();
    emit timeout();
}

} // namespace recaisse::ui
