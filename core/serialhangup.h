#pragma once

class QSerialPort;

namespace recaisse::core {

// Whether the device under an open serial port is gone: a USB-serial adapter pulled out, or a
// pseudo-terminal whose master was closed. Qt 6.4's QSerialPort reported these as a ResourceError
// on the next read; Qt 6.8 stays silent, so the scale and the customer display also ask here
// (a poll that never waits). On Unix the port's descriptor reports a hang-up or an error; a real
// port never hangs up for a missing carrier as QSerialPort opens it with CLOCAL. False for a
// closed port, and always false elsewhere (Windows reports the unplug through QSerialPort).
bool serialPortHungUp(const QSerialPort &port);

} // namespace recaisse::core
