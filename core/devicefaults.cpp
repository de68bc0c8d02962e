#include "devicefaults.h"

namespace recaisse::core {

void DeviceFaults::failed(Device device, const QString &message, const QDateTime &atUtc)
{
    auto fault = m_faults.find(device);
    if (fault == m_faults.end())
        fault = m_faults.insert(device, DeviceFault{device, atUtc, atUtc, message, 0});
    fault->lastUtc = atUtc;
    fault->message = message;
    ++fault->failures;
}

void DeviceFaults::worked(Device device)
{
    m_faults.remove(device);
}

QString DeviceFaults::deviceName(Device device)
{
    switch (device) {
    case Device::ReceiptPrinter:
        return tr("Receipt printer");
    case Device::CustomerDisplay:
        return tr("Customer display");
    case Device::Scale:
        return tr("Scale");
    }
    return {};
}

} // namespace recaisse::core
