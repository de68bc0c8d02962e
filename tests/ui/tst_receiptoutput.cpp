#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/deposits.h"
#include "core/donations.h"
#include "core/sales.h"
#include "core/taxreceipts.h"
#include "tests/support/testshop.h"
#include "ui/common/receiptoutput.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using recaisse::test::TestShop;

namespace {

// A receipt printer on port 9100 of a test: accepts connections and keeps what it reads, one
// buffer per connection (one job per connection).
class PrinterSink : public QObject
{
public:
    QTcpServer server;
    QList<QByteArray> jobs;

    PrinterSink()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                const qsizetype index = jobs.size();
                jobs.append(QByteArray());
                connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket, index] { jobs[index] += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

const QByteArray reset("\x1b\x40", 2); // ESC @
const QByteArray kick("\x1bp\x00", 3); // ESC p 0 (drawer 1)
const QByteArray cut("\x1dV", 2); // GS V

core::SaleDraft saleOf(qint64 priceCents, QList<core::PaymentDraft> payments)
{
    core::SaleDraft draft;
    draft.lines.append(
        core::SaleLineDraft{QStringLiteral("textile.vetements"), 1, priceCents, std::nullopt});
    draft.payments = std::move(payments);
    return draft;
}

} // namespace

class TestReceiptOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void configFromSettings();
    void pdfWhenNoPrinter();
    void pdfFolderThatCannotBeCreated();
    void taxReceiptIsAnA4Pdf();
    void pdfHasTheSiteLogo();
    void escPosToNetworkPrinter();
    void escPosFailureIsReported();
    void depositAndZReport();
    void escPosToDeviceFile();

private:
    std::unique_ptr<TestShop> m_shop;
    QTemporaryDir m_pdfDir;
    std::optional<core::Sale> record(const core::SaleDraft &draft);
    // An output that writes PDFs into folder, as on a station without a printer.
    std::unique_ptr<ui::ReceiptOutput> pdfOutput(const QString &folder);
    // An output that speaks ESC/POS to a printer on this machine's port.
    std::unique_ptr<ui::ReceiptOutput> escPosOutput(quint16 port, int timeoutMs = 5000);
};

std::unique_ptr<ui::ReceiptOutput> TestReceiptOutput::pdfOutput(const QString &folder)
{
    auto output = std::make_unique<ui::ReceiptOutput>(*m_shop->store);
    ui::ReceiptOutput::Config config;
    config.systemPrinter = false;
    config.pdfFolder = folder;
    output->setConfig(config);
    return output;
}

std::unique_ptr<ui::ReceiptOutput> TestReceiptOutput::escPosOutput(quint16 port, int timeoutMs)
{
    auto output = std::make_unique<ui::ReceiptOutput>(*m_shop->store);
    ui::ReceiptOutput::Config config;
    config.escposHost = QStringLiteral("127.0.0.1");
    config.escposPort = port;
    config.networkTimeoutMs = timeoutMs;
    output->setConfig(config);
    return output;
}

void TestReceiptOutput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReceiptOutput::init()
{
    m_shop = TestShop::create();
    QVERIFY(m_shop);
    QVERIFY(core::CashSessions(*m_shop->store).open(m_shop->cashier, 5000));
}

std::optional<core::Sale> TestReceiptOutput::record(const core::SaleDraft &draft)
{
    auto sale = core::Sales(*m_shop->store).record(m_shop->cashier, draft);
    if (!sale) {
        qWarning("%s", qPrintable(sale.error().message));
        return std::nullopt;
    }
    return sale.value();
}

void TestReceiptOutput::configFromSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    auto config = ui::ReceiptOutput::Config::fromSettings(settings, dir.path());
    QVERIFY(!config.hasEscPos());
    QCOMPARE(config.escposPort, quint16(9100));
    QCOMPARE(config.pdfFolder, QDir(dir.path()).filePath(QStringLiteral("receipts")));
    settings.setValue(QStringLiteral("printer/escposHost"), QStringLiteral(" 192.168.1.50 "));
    settings.setValue(QStringLiteral("printer/escposPort"), 9101);
    config = ui::ReceiptOutput::Config::fromSettings(settings, dir.path());
    QVERIFY(config.hasEscPos());
    QCOMPARE(config.escposHost, QStringLiteral("192.168.1.50"));
    QCOMPARE(config.escposPort, quint16(9101));
}

void TestReceiptOutput::pdfWhenNoPrinter()
{
    const auto sale = record(saleOf(300, {{core::PaymentMethod::Cash, 500}}));
    QVERIFY(sale);
    const QString folder = m_pdfDir.filePath(QStringLiteral("receipts"));
    const auto owned = pdfOutput(folder);
    ui::ReceiptOutput &output = *owned;
    QSignalSpy messages(&output, &ui::ReceiptOutput::message);

    output.printSale(*sale);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(1).toBool(), false);
    const QString pdf = QDir(folder).filePath(sale->stamp.number + QStringLiteral(".pdf"));
    QCOMPARE(output.lastPdf(), pdf);
    QVERIFY(messages.at(0).at(0).toString().contains(QDir::toNativeSeparators(pdf)));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(!file.readAll().contains("/Subtype /Image")); // no logo

    // The duplicate gets its own file; printing it again never overwrites one.
    output.printSale(*sale, true);
    QVERIFY(output.lastPdf().endsWith(sale->stamp.number + QStringLiteral("-duplicata.pdf")));
    output.printSale(*sale, true);
    QVERIFY(output.lastPdf().endsWith(sale->stamp.number + QStringLiteral("-duplicata-2.pdf")));
}

void TestReceiptOutput::pdfFolderThatCannotBeCreated()
{
    const auto sale = record(saleOf(300, {{core::PaymentMethod::Card, 300}}));
    QVERIFY(sale);
    QFile blocker(m_pdfDir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto output = pdfOutput(m_pdfDir.filePath(QStringLiteral("file/receipts")));
    QSignalSpy messages(output.get(), &ui::ReceiptOutput::message);
    output->printSale(*sale);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(1).toBool(), true);
    // The sale is recorded all the same.
    QVERIFY(core::Sales(*m_shop->store).findByNumber(sale->stamp.number));
}

void TestReceiptOutput::taxReceiptIsAnA4Pdf()
{
    core::TaxReceipts receipts(*m_shop->store);
    QVERIFY(receipts.setSettings(m_shop->admin, {true, QStringLiteral("Réemploi")}).ok());
    const auto donation =
        core::Donations(*m_shop->store).record(m_shop->cashier, {core::PaymentMethod::Cash, 2000});
    QVERIFY(donation.ok());
    const auto receipt = receipts.issue(m_shop->cashier, donation->stamp.number,
        {QStringLiteral("Lapierre Dominique"), QStringLiteral("3 rue des Lilas, 69001 Lyon")});
    QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
    const QString folder = m_pdfDir.filePath(QStringLiteral("tax"));
    const auto output = pdfOutput(folder);
    QSignalSpy messages(output.get(), &ui::ReceiptOutput::message);
    const QString path = output->writeTaxReceipt(*receipt);
    QCOMPARE(path, QDir(folder).filePath(QStringLiteral("CAISSE1-F000001.pdf")));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(1).toBool(), false);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    // A4 (595 × 842 points), not an 80 mm roll (227 points wide).
    QVERIFY(pdf.contains("/MediaBox [0 0 59"));
    // Never overwritten by a reprint.
    QCOMPARE(output->writeTaxReceipt(*receipt),
        QDir(folder).filePath(QStringLiteral("CAISSE1-F000001-2.pdf")));
}

void TestReceiptOutput::escPosToNetworkPrinter()
{
    PrinterSink sink;
    QVERIFY(sink.server.listen(QHostAddress::LocalHost));
    const auto owned = escPosOutput(sink.server.serverPort());
    ui::ReceiptOutput &output = *owned;
    QSignalSpy messages(&output, &ui::ReceiptOutput::message);

    const auto cash = record(saleOf(300, {{core::PaymentMethod::Cash, 500}}));
    const auto card = record(saleOf(700, {{core::PaymentMethod::Card, 700}}));
    QVERIFY(cash && card);
    output.printSale(*cash);
    output.printSale(*card);
    output.printSale(*cash, true);
    QTRY_COMPARE(messages.size(), 3);
    for (const auto &message : std::as_const(messages))
        QCOMPARE(message.at(1).toBool(), false);
    QTRY_COMPARE(sink.jobs.size(), 3);

    const QByteArray &cashJob = sink.jobs.at(0);
    QVERIFY(cashJob.startsWith(reset));
    QVERIFY(cashJob.contains(cash->stamp.number.toLatin1()));
    QVERIFY(cashJob.contains(kick));
    QVERIFY(cashJob.indexOf(cut) > cashJob.indexOf(cash->stamp.number.toLatin1()));
    QVERIFY(cashJob.endsWith(QByteArray("\x1dV\x42\x00", 4)));

    const QByteArray &cardJob = sink.jobs.at(1);
    QVERIFY(cardJob.startsWith(reset));
    QVERIFY(cardJob.contains(card->stamp.number.toLatin1()));
    QVERIFY(!cardJob.contains(kick));
    QVERIFY(cardJob.endsWith(QByteArray("\x1dV\x42\x00", 4)));

    // A duplicate of a cash ticket never opens the drawer.
    const QByteArray &duplicateJob = sink.jobs.at(2);
    QVERIFY(duplicateJob.contains(cash->stamp.number.toLatin1()));
    QVERIFY(duplicateJob.contains("DUPLICATE"));
    QVERIFY(!duplicateJob.contains(kick));

    // The drawer alone: reset and kick, no paper.
    output.kickDrawer();
    QTRY_COMPARE(sink.jobs.size(), 4);
    QTRY_VERIFY(sink.jobs.at(3).contains(kick));
    QVERIFY(!sink.jobs.at(3).contains(cut));
}

void TestReceiptOutput::escPosFailureIsReported()
{
    // A port nobody listens on: the printer is off.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const auto output = escPosOutput(port, 2000);
    QSignalSpy messages(output.get(), &ui::ReceiptOutput::message);
    const auto sale = record(saleOf(300, {{core::PaymentMethod::Cash, 300}}));
    QVERIFY(sale);
    output->printSale(*sale);
    QTRY_COMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(1).toBool(), true);
    QVERIFY(messages.at(0).at(0).toString().contains(sale->stamp.number));
}

void TestReceiptOutput::depositAndZReport()
{
    const auto owned = pdfOutput(m_pdfDir.filePath(QStringLiteral("dz")));
    ui::ReceiptOutput &output = *owned;

    core::DepositDraft draft;
    draft.lines.append(core::DepositLineDraft{QStringLiteral("textile.vetements"), 3, 2500,
        core::Destination::Shop, core::Origin::VoluntaryDropOff});
    const auto deposit = core::Deposits(*m_shop->store).record(m_shop->reception, draft);
    QVERIFY2(deposit, qPrintable(deposit.error().message));
    output.printDeposit(*deposit, draft);
    QVERIFY(output.lastPdf().endsWith(deposit->stamp.number + QStringLiteral(".pdf")));

    core::CloseRequest request;
    request.counted = {{5000, 1}};
    const auto report = core::CashSessions(*m_shop->store).close(m_shop->cashier, request);
    QVERIFY2(report, qPrintable(report.error().message));
    output.printZReport(*report, true);
    QVERIFY(output.lastPdf().endsWith(report->stamp.number + QStringLiteral("-duplicata.pdf")));
    QVERIFY(QFile::exists(output.lastPdf()));
}

void TestReceiptOutput::escPosToDeviceFile()
{
    const QString device = m_pdfDir.filePath(QStringLiteral("lp0"));
    auto output = std::make_unique<ui::ReceiptOutput>(*m_shop->store);
    ui::ReceiptOutput::Config config;
    config.escposDevice = device;
    output->setConfig(config);
    QSignalSpy messages(output.get(), &ui::ReceiptOutput::message);
    const auto sale = record(saleOf(300, {{core::PaymentMethod::Cash, 300}}));
    QVERIFY(sale);
    output->printSale(*sale);
    QTRY_COMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(1).toBool(), false);
    QFile file(device);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.startsWith(reset));
    QVERIFY(written.contains(sale->stamp.number.toLatin1()));
    QVERIFY(written.contains(kick));

    // A device that cannot be opened: said, not thrown.
    config.escposDevice = m_pdfDir.filePath(QStringLiteral("missing/lp0"));
    output->setConfig(config);
    output->printSale(*sale, true);
    QTRY_COMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).at(1).toBool(), true);
}

// The site's logo, set in the back office, at the top of the PDF receipt; its header and footer
// in the text.
void TestReceiptOutput::pdfHasTheSiteLogo()
{
    core::Sites sites(*m_shop->store);
    auto site = sites.find(m_shop->admin, m_shop->store->site().id);
    QVERIFY2(site.ok(), qPrintable(site.error().message));
    const core::SiteSettings before = *site;
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(Qt::darkMagenta);
    QBuffer buffer(&site->logo);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(image.save(&buffer, "PNG"));
    auto saved = sites.save(m_shop->admin, *site);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));

    const auto sale = record(saleOf(300, {{core::PaymentMethod::Card, 300}}));
    QVERIFY(sale);
    const auto owned = pdfOutput(m_pdfDir.filePath(QStringLiteral("logo")));
    owned->printSale(*sale);
    QFile file(owned->lastPdf());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("/Subtype /Image"));

    QVERIFY(sites.save(m_shop->admin, before).ok()); // the other tests print without it
}

QTEST_MAIN(TestReceiptOutput)
#include "tst_receiptoutput.moc"
