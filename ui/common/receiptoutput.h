#pragma once

#include "core/cashsession.h"
#include "core/closings.h"
#include "core/deposits.h"
#include "core/sales.h"
#include "core/taxreceipts.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

class QSettings;

namespace recaisse::core {
class NetworkReceiptPrinter;
class Store;
} // namespace recaisse::core

namespace recaisse::ui {

// Where the tickets go once core has recorded them: the receipt printer speaking ESC/POS (on the
// network or a device file, with the cash drawer behind it) when the station has one, otherwise
// the system printer, otherwise a PDF in the data folder. Nothing here waits for a printer: the
// outcome comes back as a message for the status bar, and a failure never undoes a ticket.
class ReceiptOutput : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString escposHost; // printer/escposHost
        quint16 escposPort = 9100; // printer/escposPort
        QString escposDevice; // printer/escposDevice: /dev/usb/lp0, \\.\COM3, printer:<queue>
        bool systemPrinter = true; // printer/system: false always writes PDFs
        QString pdfFolder; // where the PDFs go when no printer is installed
        int width = 42; // printer/width: 42 columns on 80 mm paper, 32 on 58 mm
        int networkTimeoutMs = 5000;

        bool hasEscPos() const { return !escposHost.isEmpty() || !escposDevice.isEmpty(); }
        // The device-local printer settings; the PDFs go to dataFolder/receipts.
        static Config fromSettings(const QSettings &settings, const QString &dataFolder);
    };

    explicit ReceiptOutput(core::Store &store, QObject *parent = nullptr);

    void setConfig(const Config &config);
    const Config &config() const { return m_config; }

    // The ticket of a recorded sale; the drawer opens when cash was taken (never on a duplicate).
    void printSale(const core::Sale &sale, bool duplicate = false, bool openDrawer = true);
    void printDeposit(
        const core::Deposit &deposit, const core::DepositDraft &draft, bool duplicate = false);
    void printZReport(const core::ZReport &report, bool duplicate = false);
    void printClosing(const core::PeriodClosing &closing);
    // A tax receipt: an A4 PDF in the PDF folder (the donor's copy, to print or send), whatever
    // the ticket printer. Returns the file written, empty on failure (reported).
    QString writeTaxReceipt(const core::TaxReceipt &receipt);
    // A test ticket (the devices page), through the same output as every ticket.
    void printTest(const QStringList &lines);
    // Sends only the drawer kick. The caller has had core authorise and audit the opening.
    void kickDrawer();
    // Whether a cash drawer can be opened from this station (it hangs on the ESC/POS printer).
    bool hasDrawer() const { return m_config.hasEscPos(); }

    // The file the last PDF was written to (tests, status bar).
    QString lastPdf() const { return m_lastPdf; }

signals:
    // One line for the status bar; error is true when the ticket did not come out.
    void message(const QString &text, bool error);

private:
    // The site as the receipts print it, branding included (the store's site if it cannot be read).
    core::SiteInfo receiptSite() const;
    // The site's logo for the printed and PDF receipts (ESC/POS prints text only); null if none.
    QImage receiptLogo() const;
    // name is what the messages call the document; file the PDF's name without extension.
    void print(const QStringList &lines, const QString &name, const QString &file, bool openDrawer);
    // done: the message once the printer took it; failed: the message with %1 for the reason.
    void sendEscPos(const QByteArray &data, const QString &done, const QString &failed);
    void startDeviceJob();
    bool printOnSystemPrinter(const QStringList &lines);
    void writePdf(const QStringList &lines, const QString &name, const QString &file);
    void report(const QString &text, bool error);

    core::Store &m_store;
    Config m_config;
    core::NetworkReceiptPrinter *m_network = nullptr;
    QList<QPair<QString, QString>> m_networkJobs; // done/failed messages of the jobs sent, in order
    struct DeviceJob
    {
        QByteArray data;
        QString done;
        QString failed;
    };
    QList<DeviceJob> m_deviceJobs; // waiting for the device file, in order
    bool m_deviceBusy = false;
    QString m_lastPdf;
};

} // namespace recaisse::ui
