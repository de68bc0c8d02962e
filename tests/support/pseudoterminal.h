#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace recaisse::test {

// A pseudo-terminal pair opened by a test (posix_openpt, grantpt, unlockpt, ptsname): the program
// under test opens slavePath() as its serial port, the test plays the device on the master side.
// Both sides are raw, like a serial line (no echo, no line editing, no CR/LF translation).
class PseudoTerminal : public QObject
{
    Q_OBJECT

public:
    explicit PseudoTerminal(QObject *parent = nullptr);
    ~PseudoTerminal() override;

    bool isOpen() const { return m_master >= 0; }
    QString slavePath() const { return m_slavePath; }
    // Bytes written to the program, in one write.
    bool write(const QByteArray &bytes);
    // The cable pulled out: the master side is closed.
    void close();
    // Everything the program wrote so far.
    QByteArray received() const { return m_received; }

signals:
    void bytesRead(const QByteArray &bytes);

private:
    void onReadable();

    int m_master = -1;
    int m_slave = -1; // held open so the master never reads end-of-file before the program opens
    QString m_slavePath;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_received;
};

} // namespace recaisse::test
