#include "standinprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

namespace recaisse::test {

int startStandIn(
    QProcess &process, const QStringList &arguments, const QString &portFile, QString &error)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("python3"), arguments);
    if (!process.waitForStarted(10000)) {
        error = QStringLiteral("python3 did not start: ") + process.errorString();
        return 0;
    }
    const QDeadlineTimer deadline(10000);
    QFile port(portFile);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        if (port.open(QIODevice::ReadOnly)) {
            const int number = port.readAll().trimmed().toInt();
            port.close();
            if (number > 0)
                return number;
        }
        QThread::msleep(50);
    }
    error = arguments.value(0) + QStringLiteral(" did not listen");
    return 0;
}

void stopStandIn(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace recaisse::test
