#include "receiptprinter.h"

#include "receipt.h"

#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#include <winspool.h>

#include <string>
#endif

namespace recaisse::core {

#ifdef Q_OS_WIN
namespace {

// "printer:<queue>": a printer installed in Windows (a USB receipt printer with its driver or
// the "Generic / Text Only" one), fed the ESC/POS bytes untouched as one RAW spooler job.
// Written for Windows without being compiled against Qt or run there (packaging/windows/README.md).
const QLatin1String windowsQueuePrefix("printer:");

// 0, or the Win32 error code of the step that failed.
DWORD writeRawJob(std::wstring queue, const QByteArray &data)
{
    HANDLE printer = nullptr;
    if (!OpenPrinterW(queue.data(), &printer, nullptr))
        return GetLastError();
    wchar_t document[] = L"ReCaisse";
    wchar_t dataType[] = L"RAW";
    DOC_INFO_1W info{document, nullptr, dataType};
    DWORD error = 0;
    if (StartDocPrinterW(printer, 1, reinterpret_cast<LPBYTE>(&info)) == 0) {
        error = GetLastError();
    } else {
        if (StartPagePrinter(printer) == 0) {
            error = GetLastError();
        } else {
            const auto size = static_cast<DWORD>(data.size());
            DWORD written = 0;
            if (WritePrinter(printer, const_cast<char *>(data.constData()), size, &written) == 0)
                error = GetLastError();
            else if (written != size)
                error = ERROR_WRITE_FAULT;
            EndPagePrinter(printer);
        }
        EndDocPrinter(printer);
    }
    ClosePrinter(printer);
    return error;
}

} // namespace
#endif

NetworkReceiptPrinter::NetworkReceiptPrinter(
    QString host, quint16 port, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_timeoutMs(timeoutMs)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &NetworkReceiptPrinter::onTimeout);
}

NetworkReceiptPrinter::~NetworkReceiptPrinter()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString NetworkReceiptPrinter::printerName() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

void NetworkReceiptPrinter::print(const QByteArray &data)
{
    m_queue.append(data);
    if (!m_socket)
        startNext();
}

void NetworkReceiptPrinter::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    m_written = 0;
    m_connected = false;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &NetworkReceiptPrinter::onConnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &NetworkReceiptPrinter::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &NetworkReceiptPrinter::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &NetworkReceiptPrinter::onError);
    m_timer->start(m_timeoutMs);
    m_socket->connectToHost(m_host, m_port);
}

void NetworkReceiptPrinter::onConnected()
{
    m_connected = true;
    if (m_current.isEmpty()) {
        m_socket->disconnectFromHost();
        return;
    }
    if (m_socket->write(m_current) != m_current.size())
        finish(
            false, tr("Could not send the ticket to the receipt printer %1.").arg(printerName()));
}

void NetworkReceiptPrinter::onBytesWritten(qint64 bytes)
{
    m_written += bytes;
    if (m_socket && m_written >= m_current.size())
        m_socket->disconnectFromHost();
}

void NetworkReceiptPrinter::onDisconnected()
{
    if (m_written >= m_current.size())
        finish(true);
    else
        finish(false, tr("The receipt printer %1 closed the connection.").arg(printerName()));
}

void NetworkReceiptPrinter::onError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    // The printer may close its end once it has everything.
    if (error == QAbstractSocket::RemoteHostClosedError && m_written >= m_current.size()) {
        finish(true);
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        finish(false, tr("The receipt printer %1 refused the connection.").arg(printerName()));
        break;
    case QAbstractSocket::HostNotFoundError:
        finish(false, tr("The receipt printer %1 was not found.").arg(printerName()));
        break;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
        finish(false, tr("The receipt printer %1 cannot be reached.").arg(printerName()));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        finish(false, tr("The receipt printer %1 closed the connection.").arg(printerName()));
        break;
    default:
        finish(false, tr("Printing on %1 failed: %2").arg(printerName(), m_socket->errorString()));
        break;
    }
}

void NetworkReceiptPrinter::onTimeout()
{
    if (!m_socket)
        return;
    finish(false,
        tr("The receipt printer %1 did not answer within %2 s.")
            .arg(printerName())
            .arg((m_timeoutMs + 999) / 1000));
}

void NetworkReceiptPrinter::finish(bool ok, const QString &reason)
{
    if (!m_socket)
        return;
    m_timer->stop();
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_current.clear();
    if (ok)
        emit printed();
    else
        emit failed(reason);
    if (!m_socket)
        QTimer::singleShot(0, this, [this] {
            if (!m_socket)
                startNext();
        });
}

FileReceiptPrinter::FileReceiptPrinter(QString path)
    : m_path(std::move(path))
{
}

Result<void> FileReceiptPrinter::print(const QByteArray &data) const
{
    QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
#ifdef Q_OS_WIN
    if (m_path.startsWith(windowsQueuePrefix)) {
        const QString queue = m_path.mid(windowsQueuePrefix.size());
        if (const DWORD error = writeRawJob(queue.toStdWString(), data); error != 0) {
            return Error{ErrorCode::StorageFailure,
                tr("Cannot write to the receipt printer %1: %2")
                    .arg(m_path, qt_error_string(static_cast<int>(error)))};
        }
        return {};
    }
    // A serial port (\\.\COM3) must be opened, never created: CreateFile wants OPEN_EXISTING.
    if (m_path.startsWith(QLatin1String("\\\\.\\")) || m_path.startsWith(QLatin1String("//./")))
        mode |= QIODevice::ExistingOnly;
#endif
    QFile file(m_path);
    if (!file.open(mode)) {
        return Error{ErrorCode::StorageFailure,
            tr("Cannot open the receipt printer %1: %2").arg(m_path, file.errorString())};
    }
    if (file.write(data) != data.size()) {
        return Error{ErrorCode::StorageFailure,
            tr("Cannot write to the receipt printer %1: %2").arg(m_path, file.errorString())};
    }
    file.close();
    return {};
}

QString EscPosPrinterSettings::describe() const
{
    if (!device.isEmpty())
        return device;
    if (!host.isEmpty())
        return QStringLiteral("%1:%2").arg(host).arg(port);
    return {};
}

EscPosPrinterSettings EscPosPrinterSettings::fromSettings(const QSettings &settings)
{
    EscPosPrinterSettings printer;
    printer.host = settings.value(QStringLiteral("printer/escposHost")).toString().trimmed();
    const uint port = settings.value(QStringLiteral("printer/escposPort"), 9100).toUInt();
    printer.port = port > 0 && port <= 65535 ? quint16(port) : quint16(9100);
    printer.device = settings.value(QStringLiteral("printer/escposDevice")).toString().trimmed();
    printer.width =
        qBound(Receipt::minWidth, settings.value(QStringLiteral("printer/width"), 42).toInt(), 64);
    return printer;
}

Result<void> sendToPrinter(
    const EscPosPrinterSettings &settings, const QByteArray &data, int timeoutMs)
{
    if (!settings.device.isEmpty())
        return FileReceiptPrinter(settings.device).print(data);
    if (settings.host.isEmpty())
        return Error{ErrorCode::NotFound,
            NetworkReceiptPrinter::tr("No receipt printer is set on this station.")};
    NetworkReceiptPrinter printer(settings.host, settings.port, timeoutMs);
    QEventLoop loop;
    std::optional<QString> failure;
    QObject::connect(&printer, &NetworkReceiptPrinter::printed, &loop, &QEventLoop::quit);
    QObject::connect(
        &printer, &NetworkReceiptPrinter::failed, &loop, [&failure, &loop](const QString &reason) {
            failure = reason;
            loop.quit();
        });
    printer.print(data);
    loop.exec();
    if (failure)
        return Error{ErrorCode::StorageFailure, *failure};
    return {};
}

} // namespace recaisse::core
