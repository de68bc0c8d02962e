#include "cli.h"
#include "core/clock.h"
#include "core/customerdisplay.h"
#include "core/scale.h"
#include "core/store.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSerialPortInfo>
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
  device list [--json]                  the serial ports of this PC and the station's devices
  device test scale [scale read's options]
                                        the same as scale read, with the station's scale
  device test display [--device PATH] [--baud N] [--text "LINE 1|LINE 2"]
                                        shows the welcome (or the text) on the pole display
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

int deviceList(const Options &options)
{
    const QSettings settings;
    const ScaleSettings scale = ScaleSettings::fromSettings(settings);
    const CustomerDisplaySettings display = CustomerDisplaySettings::fromSettings(settings);
    // The receipt printer's settings are the GUI's (printer/*), read as they are stored.
    const QString printerHost = settings.value(QStringLiteral("printer/escposHost")).toString();
    const QString printerDevice = settings.value(QStringLiteral("printer/escposDevice")).toString();
    const QString printer = !printerDevice.isEmpty() ? printerDevice
        : !printerHost.isEmpty()                     ? QStringLiteral("%1:%2").arg(
                                  printerHost, settings.value(QStringLiteral("printer/escposPort"), 9100).toString())
                                 : QString();
    const QList<QSerialPortInfo> ports = QSerialPortInfo::availablePorts();
    if (options.json) {
        QJsonArray portList;
        for (const QSerialPortInfo &port : ports)
            portList.append(QJsonObject{{QStringLiteral("path"), port.systemLocation()},
                {QStringLiteral("description"), port.description()},
                {QStringLiteral("manufacturer"), port.manufacturer()}});
        printJson(QJsonObject{{QStringLiteral("ports"), portList},
            {QStringLiteral("scale"),
                scale.configured() ? QJsonValue(QJsonObject{{QStringLiteral("port"), scale.port},
                    {QStringLiteral("protocol"), scaleProtocolKey(scale.protocol)},
                    {QStringLiteral("baud"), scale.baud},
                    {QStringLiteral("parity"), ScaleSettings::parityKey(scale.parity)}})
                                   : QJsonValue()},
            {QStringLiteral("display"),
                display.configured() ? QJsonValue(QJsonObject{
                    {QStringLiteral("port"), display.port}, {QStringLiteral("baud"), display.baud}})
                                     : QJsonValue()},
            {QStringLiteral("printer"), printer.isEmpty() ? QJsonValue() : QJsonValue(printer)}});
        return Success;
    }
    out() << "serial ports:" << (ports.isEmpty() ? " none" : "") << '\n';
    for (const QSerialPortInfo &port : ports)
        out() << "  " << port.systemLocation() << "  " << port.description() << '\n';
    out() << "scale: "
          << (scale.configured() ? QStringLiteral("%1 (%2, %3 baud, parity %4)")
                                       .arg(scale.port, scaleProtocolKey(scale.protocol))
                                       .arg(scale.baud)
                                       .arg(ScaleSettings::parityKey(scale.parity))
                                 : QStringLiteral("none"))
          << '\n';
    out() << "customer display: "
          << (display.configured()
                     ? QStringLiteral("%1 (%2 baud)").arg(display.port).arg(display.baud)
                     : QStringLiteral("none"))
          << '\n';
    out() << "receipt printer: "
          << (printer.isEmpty() ? QStringLiteral("none (system printer or PDF)") : printer)
          << Qt::endl;
    return Success;
}

int displayTest(const Options &options)
{
    CustomerDisplaySettings settings = CustomerDisplaySettings::fromSettings(QSettings());
    if (options.has(QStringLiteral("device")))
        settings.port = options.value(QStringLiteral("device"));
    if (settings.port.isEmpty())
        throw Failed(QStringLiteral(
                         "device test display needs --device (no display is set on this station)"),
            Usage);
    if (options.has(QStringLiteral("baud")))
        settings.baud = qint32(
            integer(options.value(QStringLiteral("baud")), QStringLiteral("--baud"), 300, 115200));
    CustomerDisplay display(settings);
    take(display.open());
    if (options.has(QStringLiteral("text"))) {
        const QStringList lines = options.value(QStringLiteral("text")).split(QLatin1Char('|'));
        take(display.showText(lines.value(0), lines.value(1)));
    } else {
        SystemClock clock;
        const QString site = options.db.isEmpty() ? QStringLiteral("ReCaisse")
                                                  : openStore(options, clock)->site().name;
        take(display.showWelcome(site));
    }
    // The bytes leave before the port closes.
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    out() << "shown on " << settings.port << Qt::endl;
    return Success;
}

int deviceCommand(const Options &options)
{
    const QString what = options.positionals.value(1);
    if (options.subcommand() == QLatin1String("list") && options.positionals.size() == 1)
        return deviceList(options);
    if (options.subcommand() == QLatin1String("test") && options.positionals.size() == 2) {
        if (what == QLatin1String("scale"))
            return scaleRead(options);
        if (what == QLatin1String("display"))
            return displayTest(options);
    }
    throw Failed(QStringLiteral("device needs list, test scale or test display"), Usage);
}

} // namespace

void addDeviceCommands(CommandTable &table)
{
    table.insert(QStringLiteral("scale"), scaleCommand);
    table.insert(QStringLiteral("device"), deviceCommand);
}

} // namespace recaisse::cli
