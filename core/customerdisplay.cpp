#include "customerdisplay.h"

#include "escpos.h"
#include "money.h"
#include "scale.h"
#include "serialhangup.h"

#include <QSettings>
#include <QTimer>

namespace recaisse::core {

namespace {

constexpr char esc = 0x1B;
constexpr char formFeed = 0x0C;
constexpr char unitSeparator = 0x1F;
constexpr char codePagePc858 = 19;
// How often an open display's port is looked at for a hang-up (nothing is read from it).
constexpr int hangUpCheckMs = 1000;

const QString settingPort = QStringLiteral("display/port");
const QString settingBaud = QStringLiteral("display/baud");
const QString settingParity = QStringLiteral("display/parity");
const QString settingCharset = QStringLiteral("display/charset");

} // namespace

PoleDisplayText::PoleDisplayText(Charset charset)
    : m_charset(charset)
{
}

QByteArray PoleDisplayText::initialize() const
{
    QByteArray bytes;
    bytes += esc;
    bytes += '@';
    if (m_charset == Charset::Pc858) {
        bytes += esc;
        bytes += 't';
        bytes += codePagePc858;
    }
    bytes += unitSeparator;
    bytes += char(0x01); // MD1: overwrite mode
    return bytes;
}

QString PoleDisplayText::cells(const QString &text) const
{
    QString result;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x00A0 || u == 0x202F || u == 0x2009) {
            result += QLatin1Char(' ');
            continue;
        }
        if (m_charset == Charset::Pc858) {
            result += c;
            continue;
        }
        if (u < 0x80) {
            result += c;
        } else if (u == 0x20AC) {
            result += QStringLiteral("EUR");
        } else if (u == 0x0153 || u == 0x0152) {
            result += u == 0x0153 ? QStringLiteral("oe") : QStringLiteral("OE");
        } else {
            // "é" is "e" and a combining accent: the letter is kept.
            const QString base = QString(c).normalized(QString::NormalizationForm_D);
            result +=
                !base.isEmpty() && base.at(0).unicode() < 0x80 ? base.at(0) : QLatin1Char('?');
        }
    }
    return result;
}

QString PoleDisplayText::fit(const QString &left, const QString &right) const
{
    const QString r = cells(right).left(columns);
    QString l = cells(left);
    const int room = columns - int(r.size()) - (r.isEmpty() ? 0 : 1);
    l = l.left(qMax(0, room));
    return l + QString(columns - l.size() - r.size(), QLatin1Char(' ')) + r;
}

QString PoleDisplayText::centred(const QString &text) const
{
    const QString c = cells(text).trimmed().left(columns);
    const qsizetype before = (columns - c.size()) / 2;
    return QString(before, QLatin1Char(' ')) + c
        + QString(columns - before - c.size(), QLatin1Char(' '));
}

QByteArray PoleDisplayText::encode(const QString &line) const
{
    QByteArray bytes;
    for (const QChar c : line)
        bytes += m_charset == Charset::Pc858 ? escpos::toPc858(c)
                                             : (c.unicode() < 0x80 ? char(c.unicode()) : '?');
    return bytes;
}

QByteArray PoleDisplayText::screen(const QString &top, const QString &bottom) const
{
    QByteArray bytes;
    bytes += formFeed;
    const QString lines[] = {fit(top), fit(bottom)};
    for (int row = 0; row < 2; ++row) {
        bytes += unitSeparator;
        bytes += '$';
        bytes += char(1); // column
        bytes += char(row + 1);
        bytes += encode(lines[row]);
    }
    return bytes;
}

QByteArray PoleDisplayText::welcome(const QString &siteName) const
{
    return screen(centred(tr("Welcome")), centred(siteName));
}

QByteArray PoleDisplayText::lineAdded(
    const QString &name, qint64 quantity, qint64 amountCents) const
{
    const QString count = quantity == 1 ? QString() : QStringLiteral("%1 x").arg(quantity);
    return screen(name, fit(count, money::format(amountCents)));
}

QByteArray PoleDisplayText::total(qint64 cents) const
{
    return screen(tr("Total to pay"), fit(QString(), money::format(cents)));
}

QByteArray PoleDisplayText::paid(qint64 paidCents, qint64 changeCents) const
{
    return screen(
        fit(tr("Paid"), money::format(paidCents)), fit(tr("Change"), money::format(changeCents)));
}

CustomerDisplaySettings CustomerDisplaySettings::fromSettings(const QSettings &settings)
{
    CustomerDisplaySettings result;
    result.port = settings.value(settingPort).toString().trimmed();
    const int baud = settings.value(settingBaud, result.baud).toInt();
    if (baud >= 300 && baud <= 115200)
        result.baud = baud;
    result.parity = ScaleSettings::parityFromKey(settings.value(settingParity).toString())
                        .value_or(result.parity);
    if (settings.value(settingCharset).toString() == QLatin1String("ascii"))
        result.charset = PoleDisplayText::Charset::Ascii;
    return result;
}

void CustomerDisplaySettings::save(QSettings &settings) const
{
    settings.setValue(settingPort, port);
    settings.setValue(settingBaud, baud);
    settings.setValue(settingParity, ScaleSettings::parityKey(parity));
    settings.setValue(settingCharset,
        charset == PoleDisplayText::Charset::Ascii ? QStringLiteral("ascii")
                                                   : QStringLiteral("pc858"));
}

CustomerDisplay::CustomerDisplay(CustomerDisplaySettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_text(m_settings.charset)
    , m_port(new QSerialPort(this))
    , m_hangUpCheck(new QTimer(this))
{
    m_hangUpCheck->setInterval(hangUpCheckMs);
    connect(m_port, &QSerialPort::errorOccurred, this, &CustomerDisplay::onError);
    connect(m_hangUpCheck, &QTimer::timeout, this, [this] {
        if (serialPortHungUp(*m_port))
            disconnected();
    });
}

Result<void> CustomerDisplay::open()
{
    close();
    if (!m_settings.configured())
        return Error{
            ErrorCode::InvalidInput, tr("No customer display is configured on this station.")};
    m_port->setPortName(m_settings.port);
    m_port->setBaudRate(m_settings.baud);
    m_port->setParity(m_settings.parity);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const QString message = tr("Cannot open the customer display on %1 (%2).")
                                    .arg(m_settings.port, m_port->errorString());
        emit problemOccurred(message);
        return Error{ErrorCode::NotFound, message};
    }
    m_hangUpCheck->start();
    return send(m_text.initialize());
}

void CustomerDisplay::close()
{
    m_hangUpCheck->stop();
    if (m_port->isOpen())
        m_port->close();
}

Result<void> CustomerDisplay::send(const QByteArray &bytes)
{
    if (!m_port->isOpen())
        return Error{ErrorCode::NotFound, tr("The customer display is not connected.")};
    if (m_port->write(bytes) != bytes.size())
        return Error{ErrorCode::StorageFailure,
            tr("The customer display on %1 did not take the text (%2).")
                .arg(m_settings.port, m_port->errorString())};
    return {};
}

void CustomerDisplay::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError
        || error == QSerialPort::OpenError || error == QSerialPort::DeviceNotFoundError
        || error == QSerialPort::PermissionError)
        return;
    m_port->clearError();
    disconnected();
}

void CustomerDisplay::disconnected()
{
    close();
    emit problemOccurred(tr("The customer display on %1 was disconnected.").arg(m_settings.port));
}

Result<void> CustomerDisplay::showWelcome(const QString &siteName)
{
    return send(m_text.welcome(siteName));
}

Result<void> CustomerDisplay::showLine(const QString &name, qint64 quantity, qint64 amountCents)
{
    return send(m_text.lineAdded(name, quantity, amountCents));
}

Result<void> CustomerDisplay::showTotal(qint64 cents)
{
    return send(m_text.total(cents));
}

Result<void> CustomerDisplay::showPaid(qint64 paidCents, qint64 changeCents)
{
    return send(m_text.paid(paidCents, changeCents));
}

Result<void> CustomerDisplay::showText(const QString &top, const QString &bottom)
{
    return send(m_text.screen(top, bottom));
}

} // namespace recaisse::core
