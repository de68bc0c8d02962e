#pragma once

#include "core/scaleprotocol.h"
#include "pseudoterminal.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QTimer;

namespace recaisse::test {

// A scale played by the test on the master side of a pseudo-terminal; the program under test
// opens slavePath() as its serial port. It answers "SI"/"S"/"T" (MT-SICS) and "W" (Toledo 8217)
// as the real protocols do, or sends continuous frames every intervalMs; or it is silent, sends
// raw bytes chosen by the test, or is unplugged (the master closed).
class SimulatedScale : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedScale(core::ScaleProtocol protocol, QObject *parent = nullptr);
    ~SimulatedScale() override;

    bool isOpen() const { return m_pty.isOpen(); }
    QString slavePath() const { return m_pty.slavePath(); }

    // What the pan shows: the gross weight (the tare is taken off) and whether it has settled.
    void setWeight(qint64 grams, bool stable);
    qint64 tareGrams() const { return m_tare; }
    // Silent: reads the requests and answers nothing (continuous: sends nothing).
    void setSilent(bool silent) { m_silent = silent; }
    // Continuous protocol: frames are sent on their own only when true (the default).
    void setStreaming(bool streaming);
    static constexpr int intervalMs = 50;

    // Bytes written as they are, in one write (a split frame, garbage).
    bool sendRaw(const QByteArray &bytes) { return m_pty.write(bytes); }
    // The cable pulled out: the master side is closed.
    void unplug();
    // Everything the program wrote to the scale so far.
    QByteArray received() const { return m_pty.received(); }
    // The frame the scale would send now (what an answer or a continuous frame carries).
    QByteArray currentFrame() const;

private:
    void onBytes(const QByteArray &bytes);
    void answer(const QByteArray &request);
    void stream();

    core::ScaleProtocol m_protocol;
    PseudoTerminal m_pty;
    QTimer *m_stream = nullptr;
    QByteArray m_pending; // the request being received
    qint64 m_grams = 0;
    qint64 m_tare = 0;
    bool m_stable = true;
    bool m_silent = false;
};

} // namespace recaisse::test
