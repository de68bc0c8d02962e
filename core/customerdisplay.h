#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QSerialPort>
#include <QString>

class QSettings;
class QTimer;

namespace recaisse::core {

// What a 2×20 pole display (ESC/POS command set, as Epson's DM-D and its clones) shows at each
// moment of a sale, as the exact bytes it is sent. Pure: no port.
class PoleDisplayText
{
    Q_DECLARE_TR_FUNCTIONS(PoleDisplayText)

public:
    static constexpr int columns = 20;
    // Pc858: the display's code page 19 (French accents and the euro sign); Ascii: for displays
    // without it, accents are dropped ("é" shows "e") and the euro sign is written "EUR".
    enum class Charset { Pc858, Ascii };

    explicit PoleDisplayText(Charset charset = Charset::Pc858);

    // ESC @ (reset), ESC t 19 (PC858, not in Ascii), US MD1 (overwrite mode: no scrolling).
    QByteArray initialize() const;
    // FF (clear), then each line at its place (US $ 1 row) filled to 20 columns.
    QByteArray screen(const QString &top, const QString &bottom) const;

    // Between customers: a welcome and the site's name, centred.
    QByteArray welcome(const QString &siteName) const;
    // A line just added to the ticket: its name, then its quantity and amount.
    QByteArray lineAdded(const QString &name, qint64 quantity, qint64 amountCents) const;
    QByteArray total(qint64 cents) const;
    QByteArray paid(qint64 paidCents, qint64 changeCents) const;

    // One display line: left text cut to leave room for the right text, which is kept whole and
    // right-aligned; the result is exactly 20 cells.
    QString fit(const QString &left, const QString &right = {}) const;
    QString centred(const QString &text) const;

private:
    // The text as the display's cells (Ascii: transliterated).
    QString cells(const QString &text) const;
    QByteArray encode(const QString &line) const;

    Charset m_charset;
};

// Where this station's pole display hangs (device-local settings, display/*).
struct CustomerDisplaySettings
{
    QString port; // display/port; empty: no display
    qint32 baud = 9600; // display/baud
    QSerialPort::Parity parity = QSerialPort::NoParity; // display/parity: none, even, odd
    PoleDisplayText::Charset charset = PoleDisplayText::Charset::Pc858; // display/charset

    bool configured() const { return !port.isEmpty(); }
    static CustomerDisplaySettings fromSettings(const QSettings &settings);
    void save(QSettings &settings) const;
};

// The pole display on its serial port. Every show...() writes at once; a display that cannot be
// opened or written to is reported (problemOccurred, one translated line) and never holds up the
// sale.
class CustomerDisplay : public QObject
{
    Q_OBJECT

public:
    explicit CustomerDisplay(CustomerDisplaySettings settings, QObject *parent = nullptr);

    const CustomerDisplaySettings &settings() const { return m_settings; }
    const PoleDisplayText &text() const { return m_text; }
    // Opens the port and initialises the display.
    Result<void> open();
    void close();
    bool isOpen() const { return m_port->isOpen(); }

    Result<void> showWelcome(const QString &siteName);
    Result<void> showLine(const QString &name, qint64 quantity, qint64 amountCents);
    Result<void> showTotal(qint64 cents);
    Result<void> showPaid(qint64 paidCents, qint64 changeCents);
    Result<void> showText(const QString &top, const QString &bottom);

signals:
    void problemOccurred(const QString &message);

private:
    Result<void> send(const QByteArray &bytes);
    void onError(QSerialPort::SerialPortError error);
    // The port is gone (a write or read failed, or its device hung up): closes, reports it once.
    void disconnected();

    CustomerDisplaySettings m_settings;
    PoleDisplayText m_text;
    QSerialPort *m_port = nullptr;
    QTimer *m_hangUpCheck = nullptr; // running while the port is open
};

} // namespace recaisse::core
