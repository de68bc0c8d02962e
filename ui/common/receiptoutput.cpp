#include "receiptoutput.h"

#include "core/admin/sites.h"
#include "core/categories.h"
#include "core/escpos.h"
#include "core/receipt.h"
#include "core/receiptprinter.h"
#include "core/store.h"
#include "core/taxreceipts.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>
#include <QTextOption>
#include <QThread>

#include <memory>

namespace recaisse::ui {

namespace {

constexpr double paperWidthMm = 80.0;
constexpr double marginMm = 4.0;
constexpr int fontPoints = 8;
constexpr double lineHeightMm = fontPoints * 1.3 * 25.4 / 72.0;

QFont receiptFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setPointSize(fontPoints);
    return font;
}

constexpr double logoHeightMm = 15.0;

// A roll of paper as long as the ticket (and the site's logo above it, if any).
QPageSize rollFor(const QStringList &lines, const QImage &logo)
{
    const double logoMm = logo.isNull() ? 0.0 : logoHeightMm + lineHeightMm;
    const double height = 2 * marginMm + logoMm + (lines.size() + 2) * lineHeightMm;
    return QPageSize(
        QSizeF(paperWidthMm, height), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
}

void paintLines(QPainter &painter, const QStringList &lines, const QImage &logo, double dotsPerMm)
{
    painter.setFont(receiptFont());
    const double lineHeight = lineHeightMm * dotsPerMm;
    double y = lineHeight;
    if (!logo.isNull()) {
        // Centred at the top, 15 mm high, never wider than the printable width.
        const QSizeF room((paperWidthMm - 2 * marginMm) * dotsPerMm, logoHeightMm * dotsPerMm);
        const QSizeF size = QSizeF(logo.size()).scaled(room, Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF((room.width() - size.width()) / 2, 0), size), logo);
        y += room.height() + lineHeight;
    }
    for (const QString &line : lines) {
        painter.drawText(QPointF(0, y), line);
        y += lineHeight;
    }
}

// The PDF of a document: its number, marked when it is a duplicate.
QString fileName(const QString &number, bool duplicate)
{
    return duplicate ? number + QStringLiteral("-duplicata") : number;
}

} // namespace

ReceiptOutput::Config ReceiptOutput::Config::fromSettings(
    const QSettings &settings, const QString &dataFolder)
{
    const core::EscPosPrinterSettings printer = core::EscPosPrinterSettings::fromSettings(settings);
    Config config;
    config.escposHost = printer.host;
    config.escposPort = printer.port;
    config.escposDevice = printer.device;
    config.systemPrinter = settings.value(QStringLiteral("printer/system"), true).toBool();
    config.width = printer.width;
    config.pdfFolder = QDir(dataFolder).filePath(QStringLiteral("receipts"));
    return config;
}

ReceiptOutput::ReceiptOutput(core::Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void ReceiptOutput::setConfig(const Config &config)
{
    m_config = config;
    if (m_network
        && (m_network->host() != config.escposHost || m_network->port() != config.escposPort)) {
        // A job under way finishes on the old printer; its report is dropped with it.
        m_network->deleteLater();
        m_network = nullptr;
        m_networkJobs.clear();
    }
}

core::SiteInfo ReceiptOutput::receiptSite() const
{
    return core::Sites(m_store).printedSite();
}

QImage ReceiptOutput::receiptLogo() const
{
    const auto site = core::Sites(m_store).branding();
    QImage logo;
    if (site && !site->logo.isEmpty() && !logo.loadFromData(site->logo))
        logo = QImage();
    return logo;
}

void ReceiptOutput::printSale(const core::Sale &sale, bool duplicate, bool openDrawer)
{
    bool cash = false;
    for (const core::Payment &payment : sale.payments)
        cash = cash || payment.method == core::PaymentMethod::Cash;
    print(core::Receipt::forSale(sale, receiptSite(), m_store.station(), m_store.timeZone(),
              m_config.width, duplicate),
        tr("Ticket %1").arg(sale.stamp.number), fileName(sale.stamp.number, duplicate),
        cash && !duplicate && openDrawer);
}

void ReceiptOutput::printDeposit(
    const core::Deposit &deposit, const core::DepositDraft &draft, bool duplicate)
{
    QHash<QString, QString> names;
    for (const core::Category &category : core::CategoryCatalog(m_store).list(true))
        names.insert(category.id, category.name);
    print(core::Receipt::forDeposit(deposit, draft, receiptSite(), m_store.station(),
              m_store.timeZone(), m_config.width, duplicate, names),
        tr("Receipt %1").arg(deposit.stamp.number), fileName(deposit.stamp.number, duplicate),
        false);
}

void ReceiptOutput::printZReport(const core::ZReport &zReport, bool duplicate)
{
    print(core::Receipt::forZReport(zReport, receiptSite(), m_store.station(), m_store.timeZone(),
              m_config.width, duplicate),
        tr("Z report %1").arg(zReport.stamp.number), fileName(zReport.stamp.number, duplicate),
        false);
}

void ReceiptOutput::printClosing(const core::PeriodClosing &closing)
{
    print(core::Receipt::forClosing(
              closing, receiptSite(), m_store.station(), m_store.timeZone(), m_config.width),
        tr("Closing %1").arg(closing.stamp.number), closing.stamp.number, false);
}

QString ReceiptOutput::writeTaxReceipt(const core::TaxReceipt &receipt)
{
    const QString name = tr("Tax receipt %1").arg(receipt.stamp.number);
    if (m_config.pdfFolder.isEmpty() || !QDir().mkpath(m_config.pdfFolder)) {
        report(tr("%1 was not written: the folder %2 cannot be created. It stays recorded.")
                   .arg(name, QDir::toNativeSeparators(m_config.pdfFolder)),
            true);
        return {};
    }
    const QDir folder(m_config.pdfFolder);
    QString path = folder.filePath(receipt.stamp.number + QStringLiteral(".pdf"));
    for (int n = 2; QFile::exists(path); ++n)
        path = folder.filePath(receipt.stamp.number + QStringLiteral("-%1.pdf").arg(n));
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setTitle(name);
    writer.setCreator(QStringLiteral("ReCaisse"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        report(tr("%1 was not written: the PDF %2 cannot be written. It stays recorded.")
                   .arg(name, QDir::toNativeSeparators(path)),
            true);
        return {};
    }
    // The official model's fields one under the other, the title in bold, long lines wrapped.
    const double dotsPerMm = writer.resolution() / 25.4;
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    QFont font = painter.font();
    font.setPointSize(11);
    double y = 0;
    const QImage logo = receiptLogo();
    if (!logo.isNull()) {
        const QSizeF room(page.width(), 20 * dotsPerMm);
        const QSizeF size = QSizeF(logo.size()).scaled(room, Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF(0, 0), size), logo);
        y += size.height() + 6 * dotsPerMm;
    }
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WordWrap);
    const QStringList lines = core::TaxReceipts::render(receipt, m_store.timeZone());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QFont lineFont = font;
        if (i == 0) {
            lineFont.setBold(true);
            lineFont.setPointSize(14);
        }
        painter.setFont(lineFont);
        const QRectF room(0, y, page.width(), page.height() - y);
        const QRectF used = painter.boundingRect(room, lines.at(i), wrap);
        painter.drawText(room, lines.at(i), wrap);
        y += qMax(used.height(), 3.0 * dotsPerMm) + 1.5 * dotsPerMm;
    }
    painter.end();
    m_lastPdf = path;
    report(tr("%1 saved as %2").arg(name, QDir::toNativeSeparators(path)), false);
    return path;
}

void ReceiptOutput::printTest(const QStringList &lines)
{
    print(lines, tr("The test ticket"), QStringLiteral("test"), false);
}

void ReceiptOutput::kickDrawer()
{
    if (!hasDrawer()) {
        report(tr("No cash drawer is connected to this station."), true);
        return;
    }
    sendEscPos(core::escpos::encode({}, false, true), tr("The cash drawer is open."),
        tr("The cash drawer did not open. %1"));
}

void ReceiptOutput::print(
    const QStringList &lines, const QString &name, const QString &file, bool openDrawer)
{
    if (m_config.hasEscPos()) {
        sendEscPos(core::escpos::encode(lines, true, openDrawer), tr("%1 printed.").arg(name),
            tr("%1 was not printed. %2 It stays recorded: print it again once the printer is "
               "back.")
                .arg(name, QStringLiteral("%1")));
        return;
    }
    if (m_config.systemPrinter && printOnSystemPrinter(lines)) {
        report(tr("%1 sent to the printer.").arg(name), false);
        return;
    }
    writePdf(lines, name, file);
}

void ReceiptOutput::sendEscPos(const QByteArray &data, const QString &done, const QString &failed)
{
    if (!m_config.escposDevice.isEmpty()) {
        m_deviceJobs.append({data, done, failed});
        startDeviceJob();
        return;
    }
    if (!m_network) {
        m_network = new core::NetworkReceiptPrinter(
            m_config.escposHost, m_config.escposPort, m_config.networkTimeoutMs, this);
        connect(m_network, &core::NetworkReceiptPrinter::printed, this, [this] {
            if (!m_networkJobs.isEmpty())
                report(m_networkJobs.takeFirst().first, false);
        });
        connect(
            m_network, &core::NetworkReceiptPrinter::failed, this, [this](const QString &reason) {
                if (!m_networkJobs.isEmpty())
                    report(m_networkJobs.takeFirst().second.arg(reason), true);
            });
    }
    m_networkJobs.append({done, failed});
    m_network->print(data);
}

void ReceiptOutput::startDeviceJob()
{
    if (m_deviceBusy || m_deviceJobs.isEmpty())
        return;
    m_deviceBusy = true;
    const DeviceJob job = m_deviceJobs.takeFirst();
    // A device file can block (a USB printer out of paper): the write runs on its own thread,
    // one job at a time, and only the outcome comes back to this one.
    auto outcome = std::make_shared<QString>();
    QThread *thread = QThread::create([path = m_config.escposDevice, data = job.data, outcome] {
        const auto printed = core::FileReceiptPrinter(path).print(data);
        if (!printed)
            *outcome = printed.error().message;
    });
    connect(thread, &QThread::finished, this, [this, job, outcome] {
        m_deviceBusy = false;
        if (outcome->isEmpty())
            report(job.done, false);
        else
            report(job.failed.arg(*outcome), true);
        startDeviceJob();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

bool ReceiptOutput::printOnSystemPrinter(const QStringList &lines)
{
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    if (info.isNull())
        return false;
    QPrinter printer(info, QPrinter::HighResolution);
    const QImage logo = receiptLogo();
    printer.setPageSize(rollFor(lines, logo));
    printer.setPageMargins(
        QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    paintLines(painter, lines, logo, printer.resolution() / 25.4);
    return painter.end();
}

void ReceiptOutput::writePdf(const QStringList &lines, const QString &name, const QString &file)
{
    const QDir folder(m_config.pdfFolder);
    if (m_config.pdfFolder.isEmpty() || !QDir().mkpath(folder.path())) {
        report(tr("%1 was not printed: no printer is installed and the folder %2 cannot be "
                  "created. It stays recorded.")
                   .arg(name, QDir::toNativeSeparators(m_config.pdfFolder)),
            true);
        return;
    }
    QString path = folder.filePath(file + QStringLiteral(".pdf"));
    for (int n = 2; QFile::exists(path); ++n)
        path = folder.filePath(file + QStringLiteral("-%1.pdf").arg(n));

    QPdfWriter writer(path);
    writer.setResolution(300);
    const QImage logo = receiptLogo();
    writer.setPageSize(rollFor(lines, logo));
    writer.setPageMargins(
        QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
    writer.setTitle(name);
    writer.setCreator(QStringLiteral("ReCaisse"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        report(tr("%1 was not printed: the PDF %2 cannot be written. It stays recorded.")
                   .arg(name, QDir::toNativeSeparators(path)),
            true);
        return;
    }
    paintLines(painter, lines, logo, writer.resolution() / 25.4);
    painter.end();
    m_lastPdf = path;
    report(tr("No printer installed: %1 saved as %2").arg(name, QDir::toNativeSeparators(path)),
        false);
}

void ReceiptOutput::report(const QString &text, bool error)
{
    emit message(text, error);
}

} // namespace recaisse::ui
