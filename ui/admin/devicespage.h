#pragma once

#include "adminpage.h"
#include "core/customerdisplay.h"
#include "core/scale.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;

namespace recaisse::ui {

class ReceiptOutput;

// This station's devices: the receipt printer (a test ticket) and the cash drawer behind it, the
// scale (port, speed, parity, protocol, and its live reading) and the customer display (port and
// a test message). The settings are device-local (QSettings printer/*, scale/*, display/*):
// each station has its own hardware.
class DevicesPage : public AdminPage
{
    Q_OBJECT

public:
    DevicesPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);
    ~DevicesPage() override;

    void refresh() override;
    // The scale the station's screens read (it holds the port): paused while this page reads a
    // scale itself, started again when the page closes.
    void setStationScale(core::Scale *scale);

    // What the buttons do; tests call them directly.
    void printTest();
    void openDrawer();
    void saveScale();
    // Starts (or restarts) reading the scale as set in the fields.
    void connectScale();
    void tare();
    void saveDisplay();
    void testDisplay();

    core::ScaleSettings scaleSettings() const;
    core::CustomerDisplaySettings displaySettings() const;
    QComboBox *scalePort() const { return m_scalePort; }
    QComboBox *scaleProtocol() const { return m_scaleProtocol; }
    QComboBox *displayPort() const { return m_displayPort; }
    QLabel *scaleReading() const { return m_reading; }
    ReceiptOutput *receiptOutput() const { return m_receipts; }

private:
    void showReading(const core::ScaleReading &reading);
    void loadScale();
    void loadDisplay();

    ReceiptOutput *m_receipts = nullptr;
    QLabel *m_printer = nullptr;
    QComboBox *m_scalePort = nullptr;
    QComboBox *m_scaleBaud = nullptr;
    QComboBox *m_scaleParity = nullptr;
    QComboBox *m_scaleDataBits = nullptr;
    QComboBox *m_scaleProtocol = nullptr;
    QLabel *m_reading = nullptr;
    QComboBox *m_displayPort = nullptr;
    QComboBox *m_displayBaud = nullptr;
    QComboBox *m_displayCharset = nullptr;
    core::Scale *m_scale = nullptr;
    QPointer<core::Scale> m_stationScale;
    bool m_stationPaused = false;
    core::CustomerDisplay *m_display = nullptr;
};

} // namespace recaisse::ui
