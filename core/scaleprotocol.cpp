#include "scaleprotocol.h"

#include <QStringList>

namespace recaisse::core {

namespace {

using Status = ScaleReading::Status;

constexpr char stx = 0x02;
constexpr char etx = 0x03;
constexpr char cr = '\r';
constexpr char lf = '\n';

// Toledo 8217 status byte (sent after '?'): bit 0 the pan moves, bit 1 over capacity, bit 2
// under zero; the other bits (outside the zero range, centre of zero, parity) never make a weight.
constexpr int toledoMotion = 0x01;
constexpr int toledoOver = 0x02;
constexpr int toledoUnder = 0x04;

// More digits than any scale sends: beyond this the number is not a weight.
constexpr int maxIntegerDigits = 9;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

ScaleReading reading(Status status, qint64 grams = 0)
{
    return ScaleReading{status, grams};
}

// A settled weight below zero is never a weight.
ScaleReading settled(qint64 grams)
{
    return grams < 0 ? reading(Status::Underload) : reading(Status::Stable, grams);
}

QList<QByteArray> words(QByteArrayView line)
{
    QList<QByteArray> result;
    for (const QByteArray &word : line.toByteArray().split(' ')) {
        if (!word.isEmpty())
            result.append(word);
    }
    return result;
}

ScaleReading parseMtSics(QByteArrayView line)
{
    const QList<QByteArray> parts = words(line);
    if (parts.isEmpty())
        return reading(Status::Garbage);
    const QByteArray &command = parts.at(0);
    // ES (syntax), ET (transmission), EL (logical): the scale did not take the command.
    if (parts.size() == 1 && (command == "ES" || command == "ET" || command == "EL"))
        return reading(Status::Refused);
    if ((command != "S" && command != "SI" && command != "T") || parts.size() < 2)
        return reading(Status::Garbage);
    const QByteArray &status = parts.at(1);
    if (parts.size() == 2) {
        if (status == "I")
            return reading(Status::Refused);
        if (status == "+")
            return reading(Status::Overload);
        if (status == "-")
            return reading(Status::Underload);
        return reading(Status::Garbage);
    }
    QByteArray value;
    for (qsizetype i = 2; i < parts.size(); ++i)
        value += parts.at(i);
    const auto grams = parseScaleWeight(value);
    if (!grams)
        return reading(Status::Garbage);
    if (command == "T")
        return status == "S" ? reading(Status::Tared, *grams) : reading(Status::Garbage);
    if (status == "S")
        return settled(*grams);
    if (status == "D")
        return reading(Status::Unstable, *grams);
    return reading(Status::Garbage);
}

ScaleReading parseContinuous(QByteArrayView line)
{
    const QList<QByteArray> fields = line.toByteArray().split(',');
    if (fields.size() < 3)
        return reading(Status::Garbage);
    const QByteArray state = fields.at(0).trimmed();
    const QByteArray kind = fields.at(1).trimmed();
    QByteArray value;
    for (qsizetype i = 2; i < fields.size(); ++i)
        value += fields.at(i);
    const auto grams = parseScaleWeight(value);
    const bool weight = kind == "GS" || kind == "NT" || kind == "GW" || kind == "NW";
    const bool tare = kind == "TR" || kind == "TW";
    if ((!weight && !tare) || !grams)
        return reading(Status::Garbage);
    if (state == "OL")
        return reading(Status::Overload);
    if (state == "US")
        return reading(Status::Unstable, *grams);
    if (state != "ST")
        return reading(Status::Garbage);
    return tare ? reading(Status::Tared, *grams) : settled(*grams);
}

ScaleReading parseToledo(QByteArrayView frame)
{
    if (frame.size() == 2 && frame.at(0) == '?') {
        const int status = static_cast<unsigned char>(frame.at(1));
        if (status & toledoOver)
            return reading(Status::Overload);
        if (status & toledoUnder)
            return reading(Status::Underload);
        if (status & toledoMotion)
            return reading(Status::Unstable);
        return reading(Status::Refused);
    }
    if (frame.contains('.')) {
        // Some firmwares send the weight with its decimal point: kilograms.
        QByteArray value = frame.toByteArray();
        value += "kg";
        const auto grams = parseScaleWeight(value);
        return grams ? settled(*grams) : reading(Status::Garbage);
    }
    if (frame.size() != 5)
        return reading(Status::Garbage);
    qint64 grams = 0;
    for (const char c : frame) {
        if (!isDigit(c))
            return reading(Status::Garbage);
        grams = grams * 10 + (c - '0');
    }
    // Five digits, three of them decimals of a kilogram: "01234" is 1.234 kg.
    return settled(grams);
}

} // namespace

QString scaleProtocolKey(ScaleProtocol protocol)
{
    switch (protocol) {
    case ScaleProtocol::MtSics:
        return QStringLiteral("mt-sics");
    case ScaleProtocol::Continuous:
        return QStringLiteral("continuous");
    case ScaleProtocol::Toledo8217:
        return QStringLiteral("toledo8217");
    }
    return {};
}

std::optional<ScaleProtocol> scaleProtocolFromKey(const QString &key)
{
    for (const ScaleProtocol protocol :
        {ScaleProtocol::MtSics, ScaleProtocol::Continuous, ScaleProtocol::Toledo8217}) {
        if (scaleProtocolKey(protocol) == key)
            return protocol;
    }
    return std::nullopt;
}

QStringList scaleProtocolKeys()
{
    return {scaleProtocolKey(ScaleProtocol::MtSics), scaleProtocolKey(ScaleProtocol::Continuous),
        scaleProtocolKey(ScaleProtocol::Toledo8217)};
}

std::optional<qint64> parseScaleWeight(QByteArrayView text)
{
    QByteArray compact;
    for (const char c : text) {
        if (c != ' ')
            compact.append(c);
    }
    qsizetype i = 0;
    bool negative = false;
    if (i < compact.size() && (compact.at(i) == '+' || compact.at(i) == '-')) {
        negative = compact.at(i) == '-';
        ++i;
    }
    QByteArray integer;
    while (i < compact.size() && isDigit(compact.at(i)))
        integer.append(compact.at(i++));
    QByteArray fraction;
    if (i < compact.size() && compact.at(i) == '.') {
        ++i;
        while (i < compact.size() && isDigit(compact.at(i)))
            fraction.append(compact.at(i++));
    }
    if ((integer.isEmpty() && fraction.isEmpty()) || integer.size() > maxIntegerDigits)
        return std::nullopt;
    const QByteArray unit = compact.mid(i).toLower();
    int decimals = 0; // the digits of the fraction that are whole grams
    if (unit == "kg")
        decimals = 3;
    else if (unit != "g")
        return std::nullopt;
    qint64 grams = 0;
    for (const char c : integer)
        grams = grams * 10 + (c - '0');
    for (int d = 0; d < decimals; ++d)
        grams = grams * 10 + (d < fraction.size() ? fraction.at(d) - '0' : 0);
    if (fraction.size() > decimals && fraction.at(decimals) >= '5')
        ++grams;
    return negative ? -grams : grams;
}

ScaleParser::ScaleParser(ScaleProtocol protocol)
    : m_protocol(protocol)
{
}

QByteArray ScaleParser::request() const
{
    switch (m_protocol) {
    case ScaleProtocol::MtSics:
        return QByteArrayLiteral("SI\r\n"); // the weight now, settled or not
    case ScaleProtocol::Toledo8217:
        return QByteArrayLiteral("W");
    case ScaleProtocol::Continuous:
        break;
    }
    return {};
}

QByteArray ScaleParser::tareCommand() const
{
    return m_protocol == ScaleProtocol::MtSics ? QByteArrayLiteral("T\r\n") : QByteArray();
}

void ScaleParser::reset()
{
    m_buffer.clear();
    m_inFrame = false;
    m_dropping = false;
}

QList<ScaleReading> ScaleParser::feed(QByteArrayView bytes)
{
    return m_protocol == ScaleProtocol::Toledo8217 ? feedToledo(bytes) : feedLines(bytes);
}

QList<ScaleReading> ScaleParser::feedLines(QByteArrayView bytes)
{
    QList<ScaleReading> readings;
    for (const char c : bytes) {
        if (c == cr || c == lf) {
            if (!m_dropping && !m_buffer.isEmpty())
                readings.append(parseLine(m_buffer));
            m_buffer.clear();
            m_dropping = false;
            continue;
        }
        if (m_dropping || c == stx || c == etx) // some scales frame each line in STX ... ETX
            continue;
        m_buffer.append(c);
        if (m_buffer.size() > maxFrameBytes) {
            readings.append(reading(Status::Garbage));
            m_buffer.clear();
            m_dropping = true;
        }
    }
    return readings;
}

ScaleReading ScaleParser::parseLine(QByteArrayView line) const
{
    for (const char c : line) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return reading(Status::Garbage);
    }
    return m_protocol == ScaleProtocol::MtSics ? parseMtSics(line) : parseContinuous(line);
}

QList<ScaleReading> ScaleParser::feedToledo(QByteArrayView bytes)
{
    QList<ScaleReading> readings;
    for (const char c : bytes) {
        if (c == stx) {
            if (m_inFrame) // a frame cut short by the next one
                readings.append(reading(Status::Garbage));
            m_inFrame = true;
            m_dropping = false;
            m_buffer.clear();
            continue;
        }
        if (!m_inFrame) {
            // Line ends between frames are harmless; anything else is one run of garbage.
            if (c != cr && c != lf && !m_dropping) {
                readings.append(reading(Status::Garbage));
                m_dropping = true;
            }
            continue;
        }
        if (c == cr) {
            readings.append(parseToledo(m_buffer));
            m_buffer.clear();
            m_inFrame = false;
            m_dropping = false;
            continue;
        }
        m_buffer.append(c);
        if (m_buffer.size() > maxFrameBytes) {
            readings.append(reading(Status::Garbage));
            m_buffer.clear();
            m_inFrame = false;
            m_dropping = true;
        }
    }
    return readings;
}

} // namespace recaisse::core
