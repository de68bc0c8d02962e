#include "pseudoterminal.h"

#include <QSocketNotifier>
#include <QTimer>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

namespace recaisse::test {

PseudoTerminal::PseudoTerminal(QObject *parent)
    : QObject(parent)
{
    m_master = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    const char *name = m_master >= 0 && grantpt(m_master) == 0 && unlockpt(m_master) == 0
        ? ptsname(m_master)
        : nullptr;
    if (!name) {
        close();
        return;
    }
    m_slavePath = QString::fromLocal8Bit(name);
    // Neither side is inherited by a program the test starts: closing the master must hang up.
    fcntl(m_master, F_SETFD, FD_CLOEXEC);
    m_slave = ::open(name, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_slave >= 0) {
        termios mode{};
        if (tcgetattr(m_slave, &mode) == 0) {
            cfmakeraw(&mode);
            tcsetattr(m_slave, TCSANOW, &mode);
        }
    }
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PseudoTerminal::onReadable);
}

PseudoTerminal::~PseudoTerminal()
{
    close();
    if (m_slave >= 0)
        ::close(m_slave);
}

bool PseudoTerminal::write(const QByteArray &bytes)
{
    if (m_master < 0)
        return false;
    return ::write(m_master, bytes.constData(), size_t(bytes.size())) == bytes.size();
}

void PseudoTerminal::close()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_master >= 0) {
        ::close(m_master);
        m_master = -1;
    }
}

void PseudoTerminal::onReadable()
{
    char buffer[256];
    const ssize_t n = ::read(m_master, buffer, sizeof buffer);
    if (n <= 0) {
        if (n < 0 && errno == EAGAIN)
            return;
        // Nobody holds the other side for a moment: look again a little later.
        m_notifier->setEnabled(false);
        QTimer::singleShot(20, this, [this] {
            if (m_notifier)
                m_notifier->setEnabled(true);
        });
        return;
    }
    const QByteArray bytes(buffer, qsizetype(n));
    m_received += bytes;
    emit bytesRead(bytes);
}

} // namespace recaisse::test
