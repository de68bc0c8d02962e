#include "customerdisplayfeed.h"

#include "core/store.h"

#include <QTimer>

namespace recaisse::ui {

CustomerDisplayFeed::CustomerDisplayFeed(
    core::Store &store, const core::CustomerDisplaySettings &settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_display(new core::CustomerDisplay(settings, this))
    , m_welcome(new QTimer(this))
{
    m_welcome->setSingleShot(true);
    m_welcome->setInterval(paidScreenMs);
    connect(m_welcome, &QTimer::timeout, this, &CustomerDisplayFeed::showWelcome);
    connect(m_display, &core::CustomerDisplay::problemOccurred, this, [this](const QString &text) {
        if (!m_reported)
            emit message(text, true);
        m_reported = true;
    });
}

void CustomerDisplayFeed::start()
{
    if (m_display->open())
        showWelcome();
}

void CustomerDisplayFeed::setPaidScreenMs(int ms)
{
    m_welcome->setInterval(ms);
}

void CustomerDisplayFeed::check(const core::Result<void> &shown)
{
    if (shown) {
        if (m_reported)
            emit working();
        m_reported = false;
        return;
    }
    if (!m_reported)
        emit message(shown.error().message, true);
    m_reported = true;
}

void CustomerDisplayFeed::showWelcome()
{
    check(m_display->showWelcome(m_store.site().name));
}

void CustomerDisplayFeed::showLine(const QString &name, qint64 quantity, qint64 amountCents)
{
    m_welcome->stop();
    check(m_display->showLine(name, quantity, amountCents));
}

void CustomerDisplayFeed::showTotal(qint64 totalCents)
{
    m_welcome->stop();
    check(m_display->showTotal(totalCents));
}

void CustomerDisplayFeed::showSale(const core::Sale &sale)
{
    qint64 paid = 0;
    for (const core::Payment &payment : sale.payments)
        paid += payment.amountCents;
    check(m_display->showPaid(paid, sale.changeCents));
    m_welcome->start();
}

} // namespace recaisse::ui
