#include "scale.h"

#include "serialhangup.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

namespace recaisse::core {

Q_LOGGING_CATEGORY(lcScale, "recaisse.scale")

namespace {

const QString settingPort = QStringLiteral("scale/port");
const QString settingBaud = QStringLiteral("scale/baud");
const QString settingParity = QStringLiteral("scale/parity");
const QString settingDataBits = QStringLiteral("scale/dataBits");
const QString settingProtocol = QStringLiteral("scale/protocol");

} // namespace

ScaleSettings ScaleSettings::fromSettings(const QSettings &settings)
{
    ScaleSettings result;
    result.port = settings.value(settingPort).toString().trimmed();
    const int baud = settings.value(settingBaud, result.baud).toInt();
    if (baud >= 300 && baud <= 115200)
        result.baud = baud;
    result.parity = parityFromKey(settings.value(settingParity).toString()).value_or(result.parity);
    if (settings.value(settingDataBits, 8).toInt() == 7)
        result.dataBits = QSerialPort::Data7;
    result.protocol =
        scaleProtocolFromKey(settings.value(settingProtocol).toString()).value_or(result.protocol);
    return result;
}

void ScaleSettings::save(QSettings &settings) const
{
    settings.setValue(settingPort, port);
    settings.setValue(settingBaud, baud);
    settings.setValue(settingParity, parityKey(parity));
    settings.setValue(settingDataBits, dataBits == QSerialPort::Data7 ? 7 : 8);
    settings.setValue(settingProtocol, scaleProtocolKey(protocol));
}

QString ScaleSettings::parityKey(QSerialPort::Parity parity)
{
    switch (parity) {
    case QSerialPort::EvenParity:
        return QStringLiteral("even");
    case QSerialPort::OddParity:
        return QStringLiteral("odd");
    default:
        return QStringLiteral("none");
    }
}

std::optional<QSerialPort::Parity> ScaleSettings::parityFromKey(const QString &key)
{
    if (key == QLatin1String("none"))
        return QSerialPort::NoParity;
    if (key == QLatin1String("even"))
        return QSerialPort::EvenParity;
    if (key == QLatin1String("odd"))
        return QSerialPort::OddParity;
    return std::nullopt;
}

Scale::Scale(ScaleSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_parser(m_settings.protocol)
    , m_port(new QSerialPort(this))
    , m_poll(new QTimer(this))
    , m_silence(new QTimer(this))
{
    m_poll->setInterval(m_settings.pollMs);
    m_silence->setInterval(m_settings.silenceMs);
    m_silence->setSingleShot(true);
    connect(m_port, &QSerialPort::readyRead, this, &Scale::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &Scale::onError);
    connect(m_poll, &QTimer::timeout, this, &Scale::poll);
    connect(m_silence, &QTimer::timeout, this, &Scale::onSilence);
}

Scale::~Scale() = default;

QString Scale::portName() const
{
    return m_settings.port;
}

Result<void> Scale::start()
{
    stop();
    if (!m_settings.configured()) {
        const QString message = tr("No scale is configured on this station.");
        report(Problem::CannotOpen, message);
        return Error{ErrorCode::InvalidInput, message};
    }
    m_port->setPortName(m_settings.port);
    m_port->setBaudRate(m_settings.baud);
    m_port->setParity(m_settings.parity);
    m_port->setDataBits(m_settings.dataBits);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const QString message = tr("Cannot open the scale on %1 (%2): enter the weight by hand.")
                                    .arg(portName(), m_port->errorString());
        report(Problem::CannotOpen, message);
        return Error{ErrorCode::NotFound, message};
    }
    m_parser.reset();
    m_garbageRun = 0;
    m_silence->start();
    // Always running: it asks for the weight (request/answer protocols) and looks for a hang-up.
    m_poll->start();
    if (!m_parser.request().isEmpty())
        poll();
    return {};
}

void Scale::stop()
{
    m_poll->stop();
    m_silence->stop();
    if (m_port->isOpen())
        m_port->close();
    m_last.reset();
}

bool Scale::isOpen() const
{
    return m_port->isOpen();
}

Result<void> Scale::tare()
{
    const QByteArray command = m_parser.tareCommand();
    if (command.isEmpty())
        return Error{ErrorCode::InvalidInput,
            tr("This scale is tared on its own keypad (%1 has no tare command).")
                .arg(scaleProtocolKey(m_settings.protocol))};
    if (!m_port->isOpen())
        return Error{ErrorCode::NotFound, tr("The scale is not connected.")};
    m_port->write(command);
    return {};
}

std::optional<qint64> Scale::stableGrams() const
{
    if (m_last && m_last->status == ScaleReading::Status::Stable)
        return m_last->grams;
    return std::nullopt;
}

void Scale::poll()
{
    if (!m_port->isOpen())
        return;
    if (serialPortHungUp(*m_port)) {
        unplugged();
        return;
    }
    const QByteArray request = m_parser.request();
    if (!request.isEmpty())
        m_port->write(request);
}

void Scale::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    if (bytes.isEmpty())
        return;
    m_silence->start();
    if (m_problem == Problem::Silent)
        m_problem.reset();
    for (const ScaleReading &reading : m_parser.feed(bytes)) {
        if (reading.status == ScaleReading::Status::Garbage) {
            if (++m_garbageRun >= garbageFramesForProblem && m_problem != Problem::Garbage) {
                m_last.reset();
                report(Problem::Garbage,
                    tr("The scale on %1 sends data that is not %2: check its protocol, speed and "
                       "parity, and enter the weight by hand.")
                        .arg(portName(), scaleProtocolKey(m_settings.protocol)));
            }
            continue;
        }
        m_garbageRun = 0;
        m_problem.reset();
        if (reading.status != ScaleReading::Status::Tared)
            m_last = reading;
        emit readingChanged(reading);
    }
}

void Scale::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    qCWarning(lcScale) << "scale port" << portName() << error << m_port->errorString();
    if (error == QSerialPort::OpenError || error == QSerialPort::DeviceNotFoundError
        || error == QSerialPort::PermissionError)
        return; // start() reports it
    // A read or write failing on an open port: the cable or the USB adapter is gone.
    m_port->clearError();
    unplugged();
}

void Scale::unplugged()
{
    stop();
    report(Problem::Unplugged,
        tr("The scale on %1 was disconnected: enter the weight by hand.").arg(portName()));
}

void Scale::onSilence()
{
    if (m_problem)
        return;
    if (serialPortHungUp(*m_port)) {
        unplugged();
        return;
    }
    m_last.reset();
    report(Problem::Silent,
        tr("The scale on %1 does not answer: check its cable and speed, and enter the weight by "
           "hand.")
            .arg(portName()));
}

void Scale::report(Problem problem, const QString &message)
{
    m_problem = problem;
    emit problemOccurred(problem, message);
}

} // namespace recaisse::core
