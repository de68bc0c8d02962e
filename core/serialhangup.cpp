#include "serialhangup.h"

#include <QSerialPort>

#ifdef Q_OS_UNIX
#include <poll.h>
#endif

namespace recaisse::core {

bool serialPortHungUp(const QSerialPort &port)
{
#ifdef Q_OS_UNIX
    if (!port.isOpen())
        return false;
    pollfd watched{};
    watched.fd = int(port.handle());
    watched.events = POLLIN;
    if (::poll(&watched, 1, 0) <= 0)
        return false;
    return (watched.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
#else
    Q_UNUSED(port);
    return false;
#endif
}

} // namespace recaisse::core
