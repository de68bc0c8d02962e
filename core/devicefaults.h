#pragma once

// What is wrong with this station's devices right now (the receipt printer and the drawer behind
// it, the customer display, the scale), for the health page. Device problems belong to one PC and
// to the present, so they are kept in memory by the running program, not in the database: a fault
// is reported when a device fails and cleared when it works again.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace recaisse::core {

enum class Device { ReceiptPrinter, CustomerDisplay, Scale };

struct DeviceFault
{
    Device device = Device::ReceiptPrinter;
    QDateTime sinceUtc; // the first failure since the device last worked
    QDateTime lastUtc; // the latest failure
    QString message; // the latest failure's one-line reason
    int failures = 0; // how many failures since the device last worked
};

class DeviceFaults
{
    Q_DECLARE_TR_FUNCTIONS(DeviceFaults)

public:
    void failed(Device device, const QString &message, const QDateTime &atUtc);
    void worked(Device device);
    // The devices at fault, in the order of the Device enum.
    QList<DeviceFault> current() const { return m_faults.values(); }

    // "Receipt printer", "Customer display", "Scale" (translated).
    static QString deviceName(Device device);

private:
    QMap<Device, DeviceFault> m_faults;
};

} // namespace recaisse::core
