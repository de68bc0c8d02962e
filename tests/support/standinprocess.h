#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace recaisse::test {

// A loopback stand-in of a web API played by a python3 script (telegram-standin.py,
// sheets-standin.py): started with arguments, it writes the port it listens on to portFile.
// Returns that port, or 0 (error says why) when it did not listen within 10 s.
int startStandIn(
    QProcess &process, const QStringList &arguments, const QString &portFile, QString &error);
// Stops it (SIGTERM, then SIGKILL after 5 s).
void stopStandIn(QProcess &process);

} // namespace recaisse::test
