#include "simulatedscale.h"

#include <QTimer>

namespace recaisse::test {

namespace {

// "0001.234" for 1234 g; the sign apart.
QByteArray kilograms(qint64 grams, int integerDigits)
{
    const qint64 magnitude = grams < 0 ? -grams : grams;
    return QByteArray::number(magnitude / 1000).rightJustified(integerDigits, '0') + '.'
        + QByteArray::number(magnitude % 1000).rightJustified(3, '0');
}

} // namespace

SimulatedScale::SimulatedScale(core::ScaleProtocol protocol, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_stream(new QTimer(this))
{
    connect(&m_pty, &PseudoTerminal::bytesRead, this, &SimulatedScale::onBytes);
    m_stream->setInterval(intervalMs);
    connect(m_stream, &QTimer::timeout, this, &SimulatedScale::stream);
    if (m_protocol == core::ScaleProtocol::Continuous && m_pty.isOpen())
        m_stream->start();
}

SimulatedScale::~SimulatedScale() = default;

void SimulatedScale::setWeight(qint64 grams, bool stable)
{
    m_grams = grams;
    m_stable = stable;
}

void SimulatedScale::setStreaming(bool streaming)
{
    if (streaming && isOpen())
        m_stream->start();
    else
        m_stream->stop();
}

void SimulatedScale::unplug()
{
    m_stream->stop();
    m_pty.close();
}

QByteArray SimulatedScale::currentFrame() const
{
    const qint64 net = m_grams - m_tare;
    const char sign = net < 0 ? '-' : '+';
    switch (m_protocol) {
    case core::ScaleProtocol::MtSics: {
        QByteArray value = kilograms(net, 1);
        if (net < 0)
            value.prepend('-');
        return QByteArray(m_stable ? "S S " : "S D ") + value.rightJustified(10, ' ') + " kg\r\n";
    }
    case core::ScaleProtocol::Continuous:
        return QByteArray(m_stable ? "ST," : "US,") + (m_tare ? "NT," : "GS,") + sign
            + kilograms(net, 4) + "kg\r\n";
    case core::ScaleProtocol::Toledo8217:
        if (!m_stable)
            return QByteArray("\x02?\x21\r"); // bit 5 always set, bit 0: motion
        if (net < 0)
            return QByteArray("\x02?\x24\r");
        return '\x02' + QByteArray::number(net).rightJustified(5, '0') + '\r';
    }
    return {};
}

void SimulatedScale::onBytes(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (m_protocol == core::ScaleProtocol::Toledo8217) {
            answer(QByteArray(1, c));
            continue;
        }
        if (c == '\n') {
            answer(m_pending.trimmed());
            m_pending.clear();
        } else {
            m_pending.append(c);
        }
    }
}

void SimulatedScale::answer(const QByteArray &request)
{
    if (m_silent)
        return;
    if (m_protocol == core::ScaleProtocol::Toledo8217) {
        if (request == "W")
            sendRaw(currentFrame());
        return;
    }
    if (request == "SI" || (request == "S" && m_stable)) {
        sendRaw(currentFrame());
    } else if (request == "T") {
        if (!m_stable) {
            sendRaw("T I\r\n");
            return;
        }
        m_tare = m_grams;
        sendRaw("T S " + kilograms(m_tare, 1).rightJustified(10, ' ') + " kg\r\n");
    } else if (!request.isEmpty()) {
        sendRaw("ES\r\n");
    }
}

void SimulatedScale::stream()
{
    if (!m_silent)
        sendRaw(currentFrame());
}

} // namespace recaisse::test
