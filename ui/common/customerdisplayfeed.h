#pragma once

#include "core/customerdisplay.h"
#include "core/sales.h"

#include <QObject>

class QTimer;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// What the customer sees on the pole display during a sale: each line added, the total when
// payment starts, what was paid and the change, then the welcome with the site's name again.
// A display that fails is reported once as a status-bar message; the sale never waits for it.
class CustomerDisplayFeed : public QObject
{
    Q_OBJECT

public:
    // The paid screen stays this long before the welcome comes back.
    static constexpr int paidScreenMs = 15000;

    CustomerDisplayFeed(core::Store &store, const core::CustomerDisplaySettings &settings,
        QObject *parent = nullptr);

    // Opens the display and shows the welcome (connect message() first).
    void start();
    core::CustomerDisplay *display() const { return m_display; }
    void setPaidScreenMs(int ms);

    void showWelcome();
    void showLine(const QString &name, qint64 quantity, qint64 amountCents);
    void showTotal(qint64 totalCents);
    void showSale(const core::Sale &sale);

signals:
    // One line for the status bar (error true), as the receipt printer's messages.
    void message(const QString &text, bool error);
    // The display answers again after a reported failure.
    void working();

private:
    void check(const core::Result<void> &shown);

    core::Store &m_store;
    core::CustomerDisplay *m_display = nullptr;
    QTimer *m_welcome = nullptr;
    bool m_reported = false; // one message per failure, not one per line
};

} // namespace recaisse::ui
