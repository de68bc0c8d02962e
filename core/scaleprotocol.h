#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace recaisse::core {

// The serial protocols ReCaisse reads a weight with.
enum class ScaleProtocol {
    MtSics, // Mettler Toledo MT-SICS: "SI" asked, "S S     1.234 kg" / "S D ..." answered
    Continuous, // bench scales sending "ST,GS,+0001.234kg" (stable) / "US,..." (moving) unasked
    Toledo8217, // POS scanner-scales: "W" asked, STX + weight + CR, or STX '?' status CR
};

// "mt-sics", "continuous", "toledo8217" (the names of the CLI and the station settings).
QString scaleProtocolKey(ScaleProtocol protocol);
std::optional<ScaleProtocol> scaleProtocolFromKey(const QString &key);
QStringList scaleProtocolKeys();

// One answer of a scale, as understood.
struct ScaleReading
{
    enum class Status {
        Stable, // grams is the weight, settled: the only one ever taken
        Unstable, // the pan moves; grams is the passing value when the frame carries one
        Overload, // over the scale's capacity
        Underload, // under zero (a negative weight is never a weight)
        Refused, // the scale understood but could not weigh now (MT-SICS "S I", "ES"...)
        Tared, // a tare was taken (MT-SICS "T S"); grams is the tare
        Garbage, // a frame that is not this protocol (wrong speed, wrong protocol, noise)
    };
    Status status = Status::Garbage;
    qint64 grams = 0;

    bool operator==(const ScaleReading &other) const = default;
};

// The weight in a scale's text ("+0001.234kg", "1.234 kg", "850 g", "-0.010kg") in grams,
// rounded to the nearest gram; nullopt for anything else (another unit, no digits).
std::optional<qint64> parseScaleWeight(QByteArrayView text);

// Turns the bytes read from a scale into readings, whatever the reads' boundaries: a frame split
// across reads is joined, bytes that make no frame are reported as Garbage, and the buffer never
// holds more than maxFrameBytes (a stream without terminators is dropped as garbage). Pure: it
// never touches a port.
class ScaleParser
{
public:
    static constexpr qsizetype maxFrameBytes = 64;

    explicit ScaleParser(ScaleProtocol protocol);

    ScaleProtocol protocol() const { return m_protocol; }
    // What to send to ask for one weight; empty when the scale sends on its own.
    QByteArray request() const;
    // What to send to tare; empty when the protocol has no tare command (taring is then done on
    // the scale's own keypad).
    QByteArray tareCommand() const;

    // The readings completed by these bytes, in order.
    QList<ScaleReading> feed(QByteArrayView bytes);
    // Forgets a partial frame (after the port was reopened).
    void reset();

private:
    QList<ScaleReading> feedLines(QByteArrayView bytes);
    QList<ScaleReading> feedToledo(QByteArrayView bytes);
    ScaleReading parseLine(QByteArrayView line) const;

    ScaleProtocol m_protocol;
    QByteArray m_buffer;
    bool m_inFrame = false; // Toledo 8217: an STX was seen
    bool m_dropping = false; // the current line overflowed: skip to its end
};

} // namespace recaisse::core
