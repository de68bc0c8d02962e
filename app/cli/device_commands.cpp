#include "cli.h"
#include "core/scale.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>

namespace recaisse::cli {

using namespace recaisse::core;

const char deviceHelp[] = R"(
Devices (no database needed; the station's settings are the defaults)
  scale read [--device PATH] [--protocol mt-sics|continuous|toledo8217] [--baud N]
             [--parity none|even|odd] [--data-bits 7|8] [--timeout SECONDS] [--json]
                                        prints the scale's next stable weight in kg; exit 1 when
                                        none came within the timeout (default 5 s)
)";

namespace {

QString kilograms(qint64 grams)
{
    const qint64 magnitude = grams < 0 ? -grams : grams;
    return QStringLiteral("%1%2.%3")
        .arg(grams < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 1000)
        .arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
}

ScaleSettings scaleSettingsOf(const Options &options)
{
    ScaleSettings settings = ScaleSettings::fromSettings(QSettings());
    if (options.has(QStringLiteral("device")))
        settings.port = options.value(QStringLiteral("device"));
    if (settings.port.isEmpty())
        throw Failed(
            QStringLiteral("scale read needs --device (no scale is set on this station)"), Usage);
    if (options.has(QStringLiteral("protocol"))) {
        const auto protocol = scaleProtocolFromKey(options.value(QStringLiteral("protocol")));
        if (!protocol)
            throw Failed(QStringLiteral("--protocol must be one of %1")
                             .arg(scaleProtocolKeys().join(QStringLiteral(", "))),
                Usage);
        settings.protocol = *protocol;
    }
    if (options.has(QStringLiteral("baud")))
        settings.baud = qint32(
            integer(options.value(QStringLiteral("baud")), QStringLiteral("--baud"), 300, 115200));
    if (options.has(QStringLiteral("parity"))) {
        const auto parity = ScaleSettings::parityFromKey(options.value(QStringLiteral("parity")));
        if (!parity)
            throw Failed(QStringLiteral("--parity must be none, even or odd"), Usage);
        settings.parity = *parity;
    }
    if (options.has(QStringLiteral("data-bits")))
        settings.dataBits =
            integer(options.value(QStringLiteral("data-bits")), QStringLiteral("--data-bits"), 7, 8)
                == 7
            ? QSerialPort::Data7
            : QSerialPort::Data8;
    return settings;
}

int scaleRead(const Options &options)
{
    const ScaleSettings settings = scaleSettingsOf(options);
    const qint64 timeoutS = options.has(QStringLiteral("timeout"))
        ? integer(options.value(QStringLiteral("timeout")), QStringLiteral("--timeout"), 1, 600)
        : 5;
    Scale scale(settings);
    QEventLoop loop;
    std::optional<qint64> grams;
    QString problem; // the last thing that went wrong, for the failure line
    QObject::connect(&scale, &Scale::readingChanged, &loop, [&](const ScaleReading &reading) {
        switch (reading.status) {
        case ScaleReading::Status::Stable:
            grams = reading.grams;
            loop.quit();
            break;
        case ScaleReading::Status::Overload:
            problem = QStringLiteral("the scale is overloaded");
            break;
        case ScaleReading::Status::Underload:
            problem = QStringLiteral("the scale shows less than zero");
            break;
        case ScaleReading::Status::Unstable:
            problem = QStringLiteral("the weight never settled");
            break;
        default:
            break;
        }
    });
    QObject::connect(
        &scale, &Scale::problemOccurred, &loop, [&](Scale::Problem kind, const QString &message) {
            problem = message;
            if (kind == Scale::Problem::CannotOpen || kind == Scale::Problem::Unplugged)
                loop.quit();
        });
    take(scale.start());
    QTimer::singleShot(std::chrono::seconds(timeoutS), &loop, &QEventLoop::quit);
    loop.exec();
    scale.stop();
    if (!grams)
        throw Failed(QStringLiteral("no stable weight from %1 within %2 s%3")
                         .arg(settings.port)
                         .arg(timeoutS)
                         .arg(problem.isEmpty() ? QString() : QStringLiteral(": ") + problem));
    if (options.json) {
        printJson(QJsonObject{{QStringLiteral("grams"), *grams},
            {QStringLiteral("kg"), kilograms(*grams)}, {QStringLiteral("device"), settings.port},
            {QStringLiteral("protocol"), scaleProtocolKey(settings.protocol)}});
    } else {
        out() << kilograms(*grams) << " kg" << Qt::endl;
    }
    return Success;
}

int scaleCommand(const Options &options)
{
    if (options.positionals.size() != 1 || options.subcommand() != QLatin1String("read"))
        throw Failed(QStringLiteral("scale needs read"), Usage);
    return scaleRead(options);
}

} // namespace

void addDeviceCommands(CommandTable &table)
{
    table.insert(QStringLiteral("scale"), scaleCommand);
}

} // namespace recaisse::cli
