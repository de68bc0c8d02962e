#include "cli.h"
#include "core/clock.h"
#include "core/customerdisplay.h"
#include "core/drawer.h"
#include "core/escpos.h"
#include "core/receipt.h"
#include "core/receiptprinter.h"
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
  device test printer [--host HOST [--port N] | --device PATH] [--width COLUMNS]
                                        prints the test ticket on the ESC/POS receipt printer;
                                        exit 1 when the printer did not take it
  device test drawer --user NAME        opens the cash drawer behind the receipt printer
                                        (needs --db and a user who may; audited as drawer.open)
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
    const QString printer = EscPosPrinterSettings::fromSettings(settings).describe();
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

EscPosPrinterSettings printerSettingsOf(const Options &options)
{
    EscPosPrinterSettings settings = EscPosPrinterSettings::fromSettings(QSettings());
    if (options.has(QStringLiteral("host")) || options.has(QStringLiteral("device"))) {
        settings.host = options.value(QStringLiteral("host"));
        settings.device = options.value(QStringLiteral("device"));
    }
    if (options.has(QStringLiteral("port")))
        settings.port = quint16(
            integer(options.value(QStringLiteral("port")), QStringLiteral("--port"), 1, 65535));
    if (options.has(QStringLiteral("width")))
        settings.width = int(integer(options.value(QStringLiteral("width")),
            QStringLiteral("--width"), Receipt::minWidth, 64));
    if (!settings.configured())
        throw Failed(QStringLiteral("device test printer needs --host or --device (no receipt "
                                    "printer is set on this station)"),
            Usage);
    return settings;
}

int printerTest(const Options &options)
{
    const EscPosPrinterSettings printer = printerSettingsOf(options);
    SystemClock clock;
    SiteInfo site;
    StationInfo station;
    QDateTime now = clock.nowUtc().toLocalTime();
    if (options.db.isEmpty()) {
        site.name = QStringLiteral("ReCaisse");
    } else {
        const auto store = openStore(options, clock);
        site = store->site();
        station = store->station();
        now = clock.nowUtc().toTimeZone(store->timeZone());
    }
    const QStringList lines = Receipt::forPrinterTest(site, station, now, printer.width);
    take(sendToPrinter(printer, escpos::encode(lines, true, false)));
    out() << "printed on " << printer.describe() << Qt::endl;
    return Success;
}

int drawerTest(const Options &options)
{
    const EscPosPrinterSettings printer = printerSettingsOf(options);
    if (options.db.isEmpty())
        throw Failed(QStringLiteral("device test drawer needs --db: opening the drawer is "
                                    "recorded in the station's audit trail"),
            Usage);
    SystemClock clock;
    const auto store = openStore(options, clock);
    const Actor actor = actorOf(*store, options);
    // Core checks the permission and records the opening before the kick is sent.
    take(CashDrawer(*store).authorizeOpening(actor, std::nullopt));
    take(sendToPrinter(printer, escpos::encode({}, false, true)));
    out() << "drawer kick sent to " << printer.describe() << Qt::endl;
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
        if (what == QLatin1String("printer"))
            return printerTest(options);
        if (what == QLatin1String("drawer"))
            return drawerTest(options);
    }
    throw Failed(
        QStringLiteral("device needs list, or test scale, display, printer or drawer"), Usage);
}

} // namespace

void addDeviceCommands(CommandTable &table)
{
    table.insert(QStringLiteral("scale"), scaleCommand);
    table.insert(QStringLiteral("device"), deviceCommand);
}

} // namespace recaisse::cli
