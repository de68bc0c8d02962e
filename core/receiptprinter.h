#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QSettings;
class QTcpSocket;
class QTimer;

namespace recaisse::core {

// The station's ESC/POS receipt printer (and the cash drawer behind it) as the devices page stores
// it, device-local (QSettings printer/*): on the network (host, raw port) or a device file.
struct EscPosPrinterSettings
{
    QString host; // printer/escposHost
    quint16 port = 9100; // printer/escposPort
    QString device; // printer/escposDevice: /dev/usb/lp0, \\.\COM3, printer:<queue>
    int width = 42; // printer/width: 42 columns on 80 mm paper, 32 on 58 mm

    bool configured() const { return !host.isEmpty() || !device.isEmpty(); }
    // "/dev/usb/lp0" or "192.168.1.50:9100"; empty when none is set.
    QString describe() const;
    static EscPosPrinterSettings fromSettings(const QSettings &settings);
};

// Sends one job and waits for its outcome (the CLI's device test): the network printer through a
// local event loop, the device file directly. The message of a failure is one translated line.
Result<void> sendToPrinter(
    const EscPosPrinterSettings &settings, const QByteArray &data, int timeoutMs = 5000);

// An ESC/POS printer on the network (raw port 9100). print() returns at once; the outcome comes
// as printed() or failed(reason) (one translated line). Jobs sent while one is under way are
// queued and sent in order.
class NetworkReceiptPrinter : public QObject
{
    Q_OBJECT

public:
    explicit NetworkReceiptPrinter(
        QString host, quint16 port = 9100, int timeoutMs = 5000, QObject *parent = nullptr);
    ~NetworkReceiptPrinter() override;

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    bool busy() const { return m_socket != nullptr; }

    void print(const QByteArray &data);

signals:
    void printed();
    void failed(const QString &reason);

private:
    void startNext();
    void onConnected();
    void onBytesWritten(qint64 bytes);
    void onDisconnected();
    void onError();
    void onTimeout();
    void finish(bool ok, const QString &reason = {});
    QString printerName() const;

    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
    QList<QByteArray> m_queue;
    QByteArray m_current;
    qint64 m_written = 0;
    bool m_connected = false;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
};

// A printer reached through a device file (e.g. /dev/usb/lp0), written synchronously.
class FileReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(FileReceiptPrinter)

public:
    explicit FileReceiptPrinter(QString path);

    QString path() const { return m_path; }
    Result<void> print(const QByteArray &data) const;

private:
    QString m_path;
};

} // namespace recaisse::core
