#pragma once

#include "result.h"
#include "scaleprotocol.h"

#include <QObject>
#include <QSerialPort>
#include <QString>

#include <optional>

class QSettings;
class QTimer;

namespace recaisse::core {

// Where this station's scale hangs and how it speaks (device-local settings, scale/*, beside the
// receipt printer's printer/*).
struct ScaleSettings
{
    QString port; // scale/port: /dev/ttyUSB0, COM3; empty: no scale
    qint32 baud = 9600; // scale/baud
    QSerialPort::Parity parity = QSerialPort::NoParity; // scale/parity: none, even, odd
    QSerialPort::DataBits dataBits = QSerialPort::Data8; // scale/dataBits: 7 or 8
    ScaleProtocol protocol = ScaleProtocol::MtSics; // scale/protocol: mt-sics, continuous...
    int pollMs = 200; // weight asked (request/answer protocols), unplug looked for
    int silenceMs = 3000; // without a byte for this long the scale is "silent"

    bool configured() const { return !port.isEmpty(); }
    static ScaleSettings fromSettings(const QSettings &settings);
    void save(QSettings &settings) const;
    static QString parityKey(QSerialPort::Parity parity);
    static std::optional<QSerialPort::Parity> parityFromKey(const QString &key);
};

// A scale on a serial (or USB-serial) port. Once started it asks for the weight (or listens to a
// scale that sends on its own) and reports every understood answer; a problem (the port cannot
// be opened, the scale is unplugged, silent or speaks something else) is reported once, the last
// reading is forgotten so no stale weight can be taken, and the station falls back to manual
// entry. Only a Stable reading is a weight.
class Scale : public QObject
{
    Q_OBJECT

public:
    enum class Problem { CannotOpen, Unplugged, Silent, Garbage };
    Q_ENUM(Problem)

    // Consecutive frames not understood before the scale is said to speak something else (the
    // first frame after opening is often cut).
    static constexpr int garbageFramesForProblem = 3;

    explicit Scale(ScaleSettings settings, QObject *parent = nullptr);
    ~Scale() override;

    const ScaleSettings &settings() const { return m_settings; }
    // Opens the port and starts weighing; on failure the problem is also signalled.
    Result<void> start();
    void stop();
    bool isOpen() const;
    // Asks the scale to tare (answered by a Tared reading).
    Result<void> tare();
    // The last understood reading since the last problem, if any.
    std::optional<ScaleReading> lastReading() const { return m_last; }
    // The settled weight shown now, if the scale shows one.
    std::optional<qint64> stableGrams() const;

signals:
    void readingChanged(const recaisse::core::ScaleReading &reading);
    void problemOccurred(recaisse::core::Scale::Problem problem, const QString &message);

private:
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    void poll();
    void onSilence();
    // The port is gone (a read failed, or its device hung up): stops and reports it once.
    void unplugged();
    void report(Problem problem, const QString &message);
    QString portName() const;

    ScaleSettings m_settings;
    ScaleParser m_parser;
    QSerialPort *m_port = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_silence = nullptr;
    std::optional<ScaleReading> m_last;
    std::optional<Problem> m_problem; // reported and not yet cleared by a good frame
    int m_garbageRun = 0;
};

} // namespace recaisse::core
