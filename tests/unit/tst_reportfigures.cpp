// The figures of the e-mail reports (sales journal, deposits, key figures) against values worked
// out by hand from the documents this test records through the core services: three sales, a
// partial refund and two deposits on one business day, and a sale and a deposit on the next day
// that must stay out. Every expected value below is written out, never read from the code. The
// key figures' PDF is read back with poppler's pdftotext and rendered with pdftoppm: its figures
// and the lengths of its chart's bars are those worked out by hand.

#include "core/admin/demostations.h"
#include "core/admin/sessionhistory.h"
#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/deposits.h"
#include "core/mail/kpipdf.h"
#include "core/mail/reportfile.h"
#include "core/portability/exportreport.h"
#include "core/sales.h"
#include "core/store.h"
#include "tests/support/images.h"
#include "tests/support/pdftools.h"
#include "tests/support/testshop.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using namespace recaisse::core::mail;
using recaisse::test::longestRun;
using recaisse::test::pdfPageCount;
using recaisse::test::pdfTextLines;
using recaisse::test::renderPdfPages;
using recaisse::test::TestShop;

namespace {

// The value of the key figures' row named figure ("" when absent).
QString figure(const ReportTable &table, const QString &name)
{
    for (const QStringList &row : table.rows)
        if (row.value(0) == name)
            return row.value(1);
    return QStringLiteral("(missing)");
}

QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

// The PDF written to path, then its lines as pdftotext reads them (none when it was not written).
QStringList writtenPdfLines(const QString &path, const QByteArray &pdf)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
        return {};
    out.close();
    return pdfTextLines(path);
}

// How many lines the pattern matches whole.
qsizetype linesMatching(const QStringList &lines, const QString &pattern)
{
    return lines.filter(QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'))).size();
}

QStringList column(const ReportTable &table, int index)
{
    QStringList cells;
    for (const QStringList &row : table.rows)
        cells << row.value(index);
    return cells;
}

} // namespace

class TestReportFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_shop = TestShop::create();
        QVERIFY(m_shop);
        Store &store = *m_shop->store;
        const auto step = [this] { m_shop->clock.advanceSecs(60); };
        QVERIFY(CashSessions(store).open(m_shop->cashier, 10000, {}));

        // Business day 10/03/2026 (the clock starts at 09:00 in Paris).
        // A: 2 garments at 3,00 weighing 1 kg together, paid 6,00 in cash.
        step();
        SaleDraft a;
        a.lines = {SaleLineDraft{QStringLiteral("textile.vetements"), 2, 300, 1000}};
        a.payments = {{PaymentMethod::Cash, 600}};
        const auto saleA = Sales(store).record(m_shop->cashier, a);
        QVERIFY2(saleA, qPrintable(saleA ? QString() : saleA.error().message));
        // B: a book at 4,00, 300 g, by card.
        step();
        SaleDraft b;
        b.lines = {SaleLineDraft{QStringLiteral("livres.livre"), 1, 400, 300}};
        b.payments = {{PaymentMethod::Card, 400}};
        QVERIFY(Sales(store).record(m_shop->cashier, b));
        // C: a lamp (electrical, Ecologic) at 15,00, 2,5 kg, by card.
        step();
        SaleDraft c;
        c.lines = {SaleLineDraft{QStringLiteral("eee.lampe"), 1, 1500, 2500}};
        c.payments = {{PaymentMethod::Card, 1500}};
        const auto saleC = Sales(store).record(m_shop->cashier, c);
        QVERIFY2(saleC, qPrintable(saleC ? QString() : saleC.error().message));
        // One of A's two garments is given back: 3,00 in cash, by the administrator.
        step();
        const auto refund = Sales(store).refund(m_shop->admin,
            RefundDraft{saleA->stamp.number, {RefundLineDraft{1, 1}}, PaymentMethod::Cash,
                QStringLiteral("Taille")});
        QVERIFY2(refund, qPrintable(refund ? QString() : refund.error().message));
        // Deposits: a screen (9,5 kg) and 3 garments (4 kg) for the shop; 10 books (6 kg) to
        // recycling.
        step();
        DepositDraft first;
        first.lines = {DepositLineDraft{QStringLiteral("eee.ecran"), 1, 9500},
            DepositLineDraft{QStringLiteral("textile.vetements"), 3, 4000, Destination::Shop,
                Origin::HomeCollection}};
        QVERIFY(Deposits(store).record(m_shop->reception, first));
        step();
        DepositDraft second;
        second.lines = {
            DepositLineDraft{QStringLiteral("livres.livre"), 10, 6000, Destination::Recycling}};
        QVERIFY(Deposits(store).record(m_shop->reception, second));

        // The next business day: outside the period.
        m_shop->clock.set(QDateTime(QDate(2026, 3, 11), QTime(9, 0), QTimeZone::utc()));
        SaleDraft d;
        d.lines = {SaleLineDraft{QStringLiteral("livres.livre"), 1, 200, 300}};
        d.payments = {{PaymentMethod::Cash, 200}};
        const auto saleD = Sales(store).record(m_shop->cashier, d);
        QVERIFY2(saleD, qPrintable(saleD ? QString() : saleD.error().message));
        DepositDraft later;
        later.lines = {DepositLineDraft{QStringLiteral("livres.livre"), 2, 2000}};
        QVERIFY(Deposits(store).record(m_shop->reception, later));
    }

    void keyFigures()
    {
        const auto table = ReportFileBuilder(*m_shop->store)
                               .table(ReportType::Kpi, {}, m_day, m_shop->admin.userId);
        QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
        // 6 + 4 + 15 - 3
        QCOMPARE(figure(*table, ReportFileBuilder::tr("Takings (sales minus refunds)")),
            QStringLiteral("22,00"));
        QCOMPARE(figure(*table, ReportFileBuilder::tr("Tickets")), QStringLiteral("3"));
        // 25,00 of sales / 3 tickets, in whole cents
        QCOMPARE(figure(*table, ReportFileBuilder::tr("Average basket")), QStringLiteral("8,33"));
        QCOMPARE(figure(*table, ReportFileBuilder::tr("Refunds")), QStringLiteral("3,00"));
        // 1 screen + 3 garments + 10 books
        QCOMPARE(figure(*table, ReportFileBuilder::tr("Objects received")), QStringLiteral("14"));
        // 9,5 + 4 + 6 kg
        QCOMPARE(figure(*table, ReportFileBuilder::tr("Received (kg)")), QStringLiteral("19,500"));
        // A kept one garment of two: half its 1 kg; B 0,3 kg; C 2,5 kg.
        QCOMPARE(figure(*table, ReportFileBuilder::tr("Reused (kg)")), QStringLiteral("3,300"));
        // 3,3 / 19,5 = 16,923 %
        QCOMPARE(figure(*table, ReportFileBuilder::tr("Reuse rate (%)")), QStringLiteral("16,92"));
        // Only the lamp is electrical equipment.
        QCOMPARE(figure(*table, ReportFileBuilder::tr("Electrical equipment reused (kg)")),
            QStringLiteral("2,500"));

        // Filtered on this station: the same (every document is its own); the next day alone.
        const auto station = ReportFileBuilder(*m_shop->store)
                                 .table(ReportType::Kpi, {m_shop->store->station().code, {}, {}},
                                     m_day, m_shop->admin.userId);
        QVERIFY(station);
        QCOMPARE(station->rows, table->rows);
        const auto nextDay =
            ReportFileBuilder(*m_shop->store)
                .table(ReportType::Kpi, {}, {QDate(2026, 3, 11), QDate(2026, 3, 11)},
                    m_shop->admin.userId);
        QVERIFY(nextDay);
        QCOMPARE(figure(*nextDay, ReportFileBuilder::tr("Takings (sales minus refunds)")),
            QStringLiteral("2,00"));
        QCOMPARE(figure(*nextDay, ReportFileBuilder::tr("Received (kg)")), QStringLiteral("2,000"));
        QCOMPARE(
            figure(*nextDay, ReportFileBuilder::tr("Reuse rate (%)")), QStringLiteral("15,00"));
    }

    void salesJournal()
    {
        const auto table = ReportFileBuilder(*m_shop->store)
                               .table(ReportType::SalesJournal, {}, m_day, m_shop->admin.userId);
        QVERIFY(table);
        // Quantity (7), unit price (8), weight (9), total (10): A, B, C, then A's refund.
        QCOMPARE(column(*table, 7), cells({"2", "1", "1", "-1"}));
        QCOMPARE(column(*table, 8), cells({"3,00", "4,00", "15,00", "3,00"}));
        QCOMPARE(column(*table, 9), cells({"1,000", "0,300", "2,500", ""}));
        QCOMPARE(column(*table, 10), cells({"6,00", "4,00", "15,00", "-3,00"}));
        QCOMPARE(column(*table, 0), QStringList(4, QStringLiteral("2026-03-10")));
        QCOMPARE(column(*table, 1), cells({"09:01", "09:02", "09:03", "09:04"}));

        // The cashier's own lines: the refund was the administrator's.
        const auto own = ReportFileBuilder(*m_shop->store)
                             .table(ReportType::SalesJournal, {{}, m_shop->cashier.name, {}}, m_day,
                                 m_shop->admin.userId);
        QVERIFY(own);
        QCOMPARE(column(*own, 10), cells({"6,00", "4,00", "15,00"}));
        // One category and its sub-categories.
        const auto books = ReportFileBuilder(*m_shop->store)
                               .table(ReportType::SalesJournal, {{}, {}, QStringLiteral("livres")},
                                   m_day, m_shop->admin.userId);
        QVERIFY(books);
        QCOMPARE(column(*books, 10), QStringList{QStringLiteral("4,00")});
    }

    void depositLines()
    {
        const auto table = ReportFileBuilder(*m_shop->store)
                               .table(ReportType::Deposits, {}, m_day, m_shop->admin.userId);
        QVERIFY(table);
        QCOMPARE(column(*table, 7), cells({"1", "3", "10"}));
        QCOMPARE(column(*table, 8), cells({"9,500", "4,000", "6,000"}));
        QCOMPARE(column(*table, 9), cells({"shop", "shop", "recycling"}));
        QCOMPARE(column(*table, 10), cells({"voluntary", "home-collection", "voluntary"}));
        QCOMPARE(column(*table, 4), QStringList(3, m_shop->reception.name));
    }

    void keyFiguresPdf()
    {
        const auto file = ReportFileBuilder(*m_shop->store)
                              .build(QStringLiteral("Semaine"), ReportType::Kpi, {}, m_day,
                                  QStringLiteral("pdf"), m_shop->admin.userId);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
        QCOMPARE(file->contentType, QByteArray("application/pdf"));
        QCOMPARE(file->fileName, QStringLiteral("Semaine_2026-03-10_2026-03-10.pdf"));
        QVERIFY(file->data.startsWith("%PDF-"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kpi.pdf"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(file->data) == file->data.size());
        out.close();

        // Each figure in the first column (the previous day's and last year's follow).
        const QStringList lines = pdfTextLines(path);
        QVERIFY2(
            !lines.isEmpty(), "pdftotext (poppler-utils, scripts/deps --test) must read the PDF");
        const auto shows = [&lines](const QString &label, const QString &value) {
            const QString start = label + QLatin1Char(' ') + value;
            for (const QString &line : std::as_const(lines))
                if (line == start || line.startsWith(start + QLatin1Char(' ')))
                    return true;
            return false;
        };
        QVERIFY2(lines.contains(m_shop->store->site().name), qPrintable(lines.join(u'|')));
        QVERIFY(lines.contains(QStringLiteral("From 10/03/2026 to 10/03/2026")));
        QVERIFY2(
            shows(ReportFileBuilder::tr("Takings (sales minus refunds)"), QStringLiteral("22,00")),
            qPrintable(lines.join(u'|')));
        QVERIFY(shows(ReportFileBuilder::tr("Tickets"), QStringLiteral("3")));
        QVERIFY(shows(ReportFileBuilder::tr("Average basket"), QStringLiteral("8,33")));
        QVERIFY(shows(ReportFileBuilder::tr("Refunds"), QStringLiteral("3,00")));
        QVERIFY(shows(ReportFileBuilder::tr("Objects received"), QStringLiteral("14")));
        QVERIFY(shows(ReportFileBuilder::tr("Received (kg)"), QStringLiteral("19,500")));
        QVERIFY(shows(ReportFileBuilder::tr("Reused (kg)"), QStringLiteral("3,300")));
        QVERIFY(shows(ReportFileBuilder::tr("Reuse rate (%)"), QStringLiteral("16,92")));
        QVERIFY(shows(
            ReportFileBuilder::tr("Electrical equipment reused (kg)"), QStringLiteral("2,500")));

        // The chart: bars of 19,5, 3,3 and 2,5 kg, in the renderer's first three colours.
        QProcess render;
        const QString png = dir.filePath(QStringLiteral("page"));
        render.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                QStringLiteral("-singlefile"), path, png});
        QVERIFY2(render.waitForFinished(60000) && render.exitCode() == 0,
            "pdftoppm (poppler-utils) must render the PDF");
        const QImage page(png + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        const int received = longestRun(page, qRgb(0x2e, 0x7d, 0x32));
        const int reused = longestRun(page, qRgb(0x1e, 0x88, 0xe5));
        const int electrical = longestRun(page, qRgb(0xf9, 0xa8, 0x25));
        QVERIFY2(received > 200, qPrintable(QString::number(received)));
        // 3,3 / 19,5 = 0,169 and 2,5 / 19,5 = 0,128, within a pixel or two of the edges.
        QVERIFY2(qAbs(double(reused) / received - 3.3 / 19.5) < 0.01,
            qPrintable(QStringLiteral("%1 / %2").arg(reused).arg(received)));
        QVERIFY2(qAbs(double(electrical) / received - 2.5 / 19.5) < 0.01,
            qPrintable(QStringLiteral("%1 / %2").arg(electrical).arg(received)));

        // Only the key figures are made as a PDF.
        QCOMPARE(ReportFileBuilder(*m_shop->store)
                     .build(QStringLiteral("Ventes"), ReportType::SalesJournal, {}, m_day,
                         QStringLiteral("pdf"), m_shop->admin.userId)
                     .error()
                     .code,
            ErrorCode::InvalidInput);
    }

    // The weekly key figures over three weeks recorded by hand: this week (09-15/03/2026), the
    // previous week and the same week last year (10-16/03/2025, 52 weeks earlier). Every
    // expected figure is worked out in the comments from the documents recorded here; the PDF
    // is read back with pdftotext and its takings chart measured.
    void weeklyComparisons()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        Store &store = *shop->store;
        const auto at = [&](int year, int month, int day) {
            shop->clock.set(QDateTime(QDate(year, month, day), QTime(9, 0), QTimeZone::utc()));
        };
        const auto sell = [&](const char *category, qint64 quantity, qint64 price, qint64 grams,
                              PaymentMethod method, qint64 paid) {
            shop->clock.advanceSecs(60);
            SaleDraft draft;
            draft.lines = {SaleLineDraft{QString::fromLatin1(category), quantity, price, grams}};
            draft.payments = {{method, paid}};
            auto sale = Sales(store).record(shop->cashier, draft);
            if (!sale)
                qWarning("%s", qPrintable(sale.error().message));
            return sale;
        };
        const auto deposit = [&](QList<DepositLineDraft> lines) {
            shop->clock.advanceSecs(60);
            DepositDraft draft;
            draft.lines = std::move(lines);
            return bool(Deposits(store).record(shop->reception, draft));
        };
        const auto close = [&](DenominationCount counted, std::optional<Unlock> unlock = {}) {
            shop->clock.advanceSecs(60);
            auto z = CashSessions(store).close(shop->cashier,
                CloseRequest{
                    counted, unlock ? QStringLiteral("Erreur de rendu") : QString(), unlock});
            if (!z)
                qWarning("%s", qPrintable(z.error().message));
            return z ? z->varianceCents : qint64(-999999);
        };

        // Last year, Tuesday 11/03/2025: a book at 2,00 (500 g) in cash; 5 books (3 kg) in.
        // Counted 102,00 = the float 100,00 + 2,00: no variance.
        at(2025, 3, 11);
        QVERIFY(CashSessions(store).open(shop->cashier, 10000, {}));
        QVERIFY(sell("livres.livre", 1, 200, 500, PaymentMethod::Cash, 200));
        QVERIFY(deposit({DepositLineDraft{QStringLiteral("livres.livre"), 5, 3000}}));
        QCOMPARE(close({{10000, 1}, {200, 1}}), qint64(0));

        // The previous week, Tuesday 03/03/2026: 2 garments at 3,00 (1 kg) in cash, a lamp at
        // 10,00 (2 kg) by card; a screen (8 kg) in. Counted 105,00 of 106,00: -1,00, within the
        // register's 5,00.
        at(2026, 3, 3);
        QVERIFY(CashSessions(store).open(shop->cashier, 10000, {}));
        QVERIFY(sell("textile.vetements", 2, 300, 1000, PaymentMethod::Cash, 600));
        QVERIFY(sell("eee.lampe", 1, 1000, 2000, PaymentMethod::Card, 1000));
        QVERIFY(deposit({DepositLineDraft{QStringLiteral("eee.ecran"), 1, 8000}}));
        QCOMPARE(close({{10000, 1}, {500, 1}}), qint64(-100));

        // This week, Tuesday 10/03/2026: 3 garments at 3,00 (1,5 kg) paid with a 10 € note (1,00
        // given back), a book at 4,00 (300 g) by cheque, a lamp at 15,00 (2,5 kg) by card; one
        // garment given back in cash (3,00). In: 4 garments (5 kg, home collection), a screen
        // (9 kg), 10 books (6 kg) straight to recycling. The drawer should hold 100 + 9 - 3 =
        // 106,00; counted 99,00: -7,00, beyond the threshold (validated by the administrator).
        at(2026, 3, 10);
        QVERIFY(CashSessions(store).open(shop->cashier, 10000, {}));
        const auto garments = sell("textile.vetements", 3, 300, 1500, PaymentMethod::Cash, 1000);
        QVERIFY(garments);
        QVERIFY(sell("livres.livre", 1, 400, 300, PaymentMethod::Cheque, 400));
        QVERIFY(sell("eee.lampe", 1, 1500, 2500, PaymentMethod::Card, 1500));
        shop->clock.advanceSecs(60);
        QVERIFY(Sales(store).refund(shop->admin,
            RefundDraft{garments->stamp.number, {RefundLineDraft{1, 1}}, PaymentMethod::Cash,
                QStringLiteral("Taille")}));
        QVERIFY(deposit({DepositLineDraft{QStringLiteral("textile.vetements"), 4, 5000,
                             Destination::Shop, Origin::HomeCollection},
            DepositLineDraft{QStringLiteral("eee.ecran"), 1, 9000},
            DepositLineDraft{QStringLiteral("livres.livre"), 10, 6000, Destination::Recycling}}));
        QCOMPARE(close({{5000, 1}, {2000, 2}, {500, 1}, {200, 2}},
                     Unlock{shop->admin.userId, QStringLiteral("123456")}),
            qint64(-700));

        const EcologicPeriod week{QDate(2026, 3, 9), QDate(2026, 3, 15)};
        QCOMPARE(ReportFileBuilder::previousPeriod(week),
            (EcologicPeriod{QDate(2026, 3, 2), QDate(2026, 3, 8)}));
        QCOMPARE(ReportFileBuilder::lastYearPeriod(week),
            (EcologicPeriod{QDate(2025, 3, 10), QDate(2025, 3, 16)}));
        const auto table =
            ReportFileBuilder(store).table(ReportType::Kpi, {}, week, shop->admin.userId);
        QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
        const auto label = [](const char *text) { return ReportFileBuilder::tr(text); };
        // label -> this week, previous week, same week last year
        const auto r = [](const QString &name, const char *now, const char *before,
                           const char *lastYear) {
            return QStringList{name, QString::fromLatin1(now), QString::fromLatin1(before),
                QString::fromLatin1(lastYear)};
        };
        const QList<QStringList> expected = {// 9 + 4 + 15 - 3; 6 + 10; 2
            r(label("Takings (sales minus refunds)"), "25,00", "16,00", "2,00"),
            r(label("Tickets"), "3", "2", "1"),
            // 28,00 / 3 = 9,333 in whole cents; 16,00 / 2; 2,00 / 1
            r(label("Average basket"), "9,33", "8,00", "2,00"),
            r(label("Refunds"), "3,00", "0,00", "0,00"),
            // Cash net of the change given (10 - 1), refunds apart.
            r(label("Paid in cash"), "9,00", "6,00", "2,00"),
            r(label("Paid by card"), "15,00", "10,00", "0,00"),
            r(label("Paid by cheque"), "4,00", "0,00", "0,00"),
            // 4 + 1 + 10; 1; 5
            r(label("Objects received"), "15", "1", "5"),
            r(label("Received (kg)"), "20,000", "8,000", "3,000"),
            r(label("Received from %1 (kg)").arg(displayName(Origin::VoluntaryDropOff)), "15,000",
                "8,000", "3,000"),
            r(label("Received from %1 (kg)").arg(displayName(Origin::HomeCollection)), "5,000",
                "0,000", "0,000"),
            // Two garments kept of three (1 kg of 1,5) + 0,3 + 2,5; 1 + 2; 0,5
            r(label("Reused (kg)"), "3,800", "3,000", "0,500"),
            // 3,8 / 20 = 19 %; 3 / 8 = 37,5 %; 0,5 / 3 = 16,667 %
            r(label("Reuse rate (%)"), "19,00", "37,50", "16,67"),
            r(label("Electrical equipment reused (kg)"), "2,500", "2,000", "0,000"),
            r(label("Closings"), "1", "1", "1"),
            r(label("Closings beyond their threshold"), "1", "0", "0"),
            r(label("Cash variances"), "-7,00", "-1,00", "0,00"),
            r(label("%1: received (kg)").arg(QStringLiteral("EEE-2 Écrans et moniteurs")), "9,000",
                "8,000", "0,000"),
            r(label("%1: reused (kg)").arg(QStringLiteral("EEE-2 Écrans et moniteurs")), "0,000",
                "0,000", "0,000"),
            r(label("%1: received (kg)").arg(QStringLiteral("EEE-3 Lampes")), "0,000", "0,000",
                "0,000"),
            r(label("%1: reused (kg)").arg(QStringLiteral("EEE-3 Lampes")), "2,500", "2,000",
                "0,000"),
            // Per shop category, by id: eee.ecran, eee.lampe, livres.livre, textile.vetements.
            r(label("%1: received (kg)").arg(QStringLiteral("Écrans et moniteurs")), "9,000",
                "8,000", "0,000"),
            r(label("%1: reused (kg)").arg(QStringLiteral("Écrans et moniteurs")), "0,000", "0,000",
                "0,000"),
            r(label("%1: received (kg)").arg(QStringLiteral("Lampes")), "0,000", "0,000", "0,000"),
            r(label("%1: reused (kg)").arg(QStringLiteral("Lampes")), "2,500", "2,000", "0,000"),
            r(label("%1: received (kg)").arg(QStringLiteral("Livres")), "6,000", "0,000", "3,000"),
            r(label("%1: reused (kg)").arg(QStringLiteral("Livres")), "0,300", "0,000", "0,500"),
            r(label("%1: received (kg)").arg(QStringLiteral("Vêtements")), "5,000", "0,000",
                "0,000"),
            r(label("%1: reused (kg)").arg(QStringLiteral("Vêtements")), "1,000", "1,000", "0,000"),
            // Sales net of refunds: the lamp 15,00, the garments 9 - 3, the book 4,00.
            r(label("Top %1: %2 (sales)").arg(1).arg(QStringLiteral("Lampes")), "15,00", "10,00",
                "0,00"),
            r(label("Top %1: %2 (sales)").arg(2).arg(QStringLiteral("Vêtements")), "6,00", "6,00",
                "0,00"),
            r(label("Top %1: %2 (sales)").arg(3).arg(QStringLiteral("Livres")), "4,00", "0,00",
                "2,00")};
        for (const QStringList &row : expected)
            QVERIFY2(table->rows.contains(row),
                qPrintable(row.join(u'|') + QStringLiteral(" not in ")
                    + ReportFileBuilder::kpiText(*table)));
        // Every row is one of those, but for the two channels that received nothing.
        QCOMPARE(table->rows.size(), expected.size() + 2);
        QCOMPARE(table->headers.size(), 4);

        // The e-mail's text and the Telegram summary carry the same figures.
        const QString text = ReportFileBuilder::kpiText(*table);
        QVERIFY(
            text.contains(ReportFileBuilder::tr("%1: %2 (previous %3, last year %4)")
                              .arg(label("Takings (sales minus refunds)"), QStringLiteral("25,00"),
                                  QStringLiteral("16,00"), QStringLiteral("2,00"))));
        const QString summary = ReportFileBuilder::kpiSummary(*table, store.site().name, week);
        QVERIFY2(summary.contains(ReportFileBuilder::tr("%1: %2 (previous %3, last year %4)")
                                      .arg(label("Reuse rate (%)"), QStringLiteral("19,00"),
                                          QStringLiteral("37,50"), QStringLiteral("16,67"))),
            qPrintable(summary));
        QVERIFY2(summary.contains(ReportFileBuilder::tr("%1: %2 (previous %3, last year %4)")
                                      .arg(label("Top %1: %2 (sales)").arg(1).arg(u"Lampes"),
                                          QStringLiteral("15,00"), QStringLiteral("10,00"),
                                          QStringLiteral("0,00"))),
            qPrintable(summary));
        QVERIFY(!summary.contains(QLatin1String("Top 2")));
        QVERIFY(summary.contains(QLatin1String("09/03/2026")));

        // The PDF: the same rows in three columns, and the takings chart 25 : 16 : 2.
        const auto file = ReportFileBuilder(store).build(QStringLiteral("Semaine"), ReportType::Kpi,
            {}, week, QStringLiteral("pdf"), shop->admin.userId);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
        QCOMPARE(file->summary, summary);
        QCOMPARE(file->figuresText, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("week.pdf"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(file->data) == file->data.size());
        out.close();
        QProcess pdftotext;
        pdftotext.start(
            QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0);
        QStringList lines;
        for (const QString &line :
            QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\n'))
            // The fonts' ligatures ("ﬀ") back to letters.
            lines << line.simplified().normalized(QString::NormalizationForm_KC);
        for (const QStringList &row : expected)
            QVERIFY2(lines.contains(row.join(QLatin1Char(' '))),
                qPrintable(row.join(u' ') + QStringLiteral(" not in ") + lines.join(u'|')));
        QProcess render;
        const QString png = dir.filePath(QStringLiteral("page"));
        render.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                QStringLiteral("1"), QStringLiteral("-singlefile"), path, png});
        QVERIFY(render.waitForFinished(60000) && render.exitCode() == 0);
        const QImage page(png + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        const QList<QColor> &periods = KpiPdf::comparisonColours();
        const int current = longestRun(page, periods.at(0).rgb());
        const int previous = longestRun(page, periods.at(1).rgb());
        const int lastYear = longestRun(page, periods.at(2).rgb());
        QVERIFY2(current > 200, qPrintable(QString::number(current)));
        QVERIFY2(qAbs(double(previous) / current - 16.0 / 25.0) < 0.01,
            qPrintable(QStringLiteral("%1 / %2").arg(previous).arg(current)));
        QVERIFY2(qAbs(double(lastYear) / current - 2.0 / 25.0) < 0.01,
            qPrintable(QStringLiteral("%1 / %2").arg(lastYear).arg(current)));
    }

    // The full export's report.pdf over the whole shop (both days), after the session is closed
    // 0,50 short: every figure worked out by hand, every page rendered.
    void fullExportReport()
    {
        Store &store = *m_shop->store;
        // Expected in the drawer: float 100,00 + A 6,00 - refund 3,00 + D 2,00 = 105,00.
        QVERIFY(CashSessions(store).close(m_shop->cashier, CloseRequest{{{1, 10450}}, {}, {}}));
        auto figures = ExportReport::collect(store, m_shop->admin, store.site().id);
        QVERIFY2(figures, qPrintable(figures ? QString() : figures.error().message));
        QCOMPARE(figures->first, QDate(2026, 3, 10));
        QCOMPARE(figures->last, QDate(2026, 3, 11));
        QCOMPARE(figures->months.size(), 1);
        QCOMPARE(figures->months.first().month, QDate(2026, 3, 1));
        QCOMPARE(figures->months.first().varianceCents, -50);
        QVERIFY(!ExportReport::collect(store, m_shop->cashier, store.site().id));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const QStringList lines =
            writtenPdfLines(path, ExportReport::pdf(*figures, m_shop->clock.nowUtc()));
        const auto shows = [&lines](const QString &text) { return lines.contains(text); };
        const QString all = lines.join(u'|');
        QVERIFY2(shows(store.site().name), qPrintable(all));
        QVERIFY2(lines
                     .filter(QRegularExpression(QStringLiteral(
                         "^From 10/03/2026 to 11/03/2026, made on 11/03/2026 \\d\\d:\\d\\d UTC$")))
                     .size()
                == 1,
            qPrintable(all));
        // 6 + 4 + 15 + 2 of sales; 4 tickets; 27,00 / 4 = 6,75; one refund of 3,00.
        QVERIFY2(shows(QStringLiteral("Turnover (sales) 27,00 €")), qPrintable(all));
        QVERIFY(shows(QStringLiteral("Tickets 4")));
        QVERIFY(shows(QStringLiteral("Average basket 6,75 €")));
        QVERIFY(shows(QStringLiteral("Refunds 3,00 €")));
        // 9,5 + 4 + 6 + 2 kg received; 3,3 + 0,3 kg reused; 3,6 / 21,5 = 16,744 %.
        QVERIFY(shows(QStringLiteral("Received 21,500 kg")));
        QVERIFY(shows(QStringLiteral("Reused (sold and given) 3,600 kg")));
        QVERIFY2(shows(QStringLiteral("Reuse rate 16,74 %")), qPrintable(all));
        QVERIFY(shows(QStringLiteral("Cash sessions closed 1")));
        QVERIFY(shows(QStringLiteral("Sessions beyond their variance threshold 0")));
        QVERIFY(shows(QStringLiteral("Variances (sum) -0,50 €")));
        // The month's row: tickets, turnover, basket, refunds, sessions, variances.
        QVERIFY2(
            shows(QStringLiteral("03/2026 4 27,00 € 6,75 € 3,00 € 1 -0,50 €")), qPrintable(all));
        // Per EEE category and per shop category: the screen 9,5 kg in, nothing out; the lamp
        // sold (2,5 kg), none received. Garments 4 kg in, half of a 1 kg pair kept (0,5 kg),
        // 12,5 %; books 6 + 2 kg in, 0,3 + 0,3 kg sold, 7,5 %. pdftotext may glue the rate's
        // no-break space.
        const auto rows = [&lines](
                              const QString &pattern) { return linesMatching(lines, pattern); };
        QVERIFY2(rows(QStringLiteral("Écrans et moniteurs 9,500 kg 0,000 kg 0 ?%")) == 2,
            qPrintable(all));
        QCOMPARE(rows(QStringLiteral("Lampes 0,000 kg 2,500 kg -")), 2);
        QCOMPARE(rows(QStringLiteral("Vêtements 4,000 kg 0,500 kg 12,5 ?%")), 1);
        QCOMPARE(rows(QStringLiteral("Livres 8,000 kg 0,600 kg 7,5 ?%")), 1);
        // The charts' rows: each group's received then reused kilograms.
        QCOMPARE(rows(QStringLiteral("Écrans et moniteurs, received 9,500 kg")), 2);
        QCOMPARE(rows(QStringLiteral("Livres, received 8,000 kg")), 1);
        QCOMPARE(rows(QStringLiteral("reused 0,600 kg")), 1);

        // Every page renders.
        const int pages = pdfPageCount(path);
        QVERIFY(pages >= 1);
        QCOMPARE(renderPdfPages(path, dir.path()).size(), pages);

        // The site's logo and colours: a red logo is drawn at the top right, the name in the
        // primary colour (#123456), the headings' rules in the accent colour (#ABCDEF).
        figures->site.logo = recaisse::test::solidPng(QSize(60, 30), qRgb(0xc6, 0x28, 0x28));
        QVERIFY(!figures->site.logo.isEmpty());
        figures->site.primaryColor = QStringLiteral("#123456");
        figures->site.accentColor = QStringLiteral("#ABCDEF");
        const QByteArray branded = ExportReport::pdf(*figures, m_shop->clock.nowUtc());
        QVERIFY(branded.contains("0.0706 0.2039 0.3373 rg"));
        QVERIFY(branded.contains("0.6706 0.8039 0.9373 RG"));
        QFile brandedFile(dir.filePath(QStringLiteral("branded.pdf")));
        QVERIFY(
            brandedFile.open(QIODevice::WriteOnly) && brandedFile.write(branded) == branded.size());
        brandedFile.close();
        QDir(dir.filePath(QStringLiteral("branded"))).mkpath(QStringLiteral("."));
        const QStringList rendered =
            renderPdfPages(brandedFile.fileName(), dir.filePath(QStringLiteral("branded")), 72);
        QVERIFY(!rendered.isEmpty());
        const QImage first(rendered.first());
        // 140 × 56 points at most, kept in proportion: 112 × 56 points, 112 pixels at 72 dpi.
        const int logo = longestRun(first, qRgb(0xc6, 0x28, 0x28), 12);
        QVERIFY2(qAbs(logo - 112) <= 2, qPrintable(QString::number(logo)));
        // The chart's bars in the chart colours.
        QVERIFY(longestRun(first, qRgb(0x2e, 0x7d, 0x32)) > 50);
    }

    // A super-administrator's full export of another site of the association: that site's own
    // tonnage (per EEE and shop category) and sessions, by the same rules, never this site's.
    // Site B's register holds a copy of the first day recorded here (DemoStations, then moved to
    // site B); this site then records a second day of its own that must stay out of B's report.
    void anotherSitesExportReport()
    {
        auto shop = TestShop::create();
        QVERIFY(shop);
        Store &store = *shop->store;
        Actor super = shop->admin;
        super.role = Role::SuperAdmin;
        SiteSettings antenna;
        antenna.name = QStringLiteral("Antenne de Rumilly");
        const auto siteB = Sites(store).create(super, antenna);
        QVERIFY2(siteB, qPrintable(siteB ? QString() : siteB.error().message));

        // 10/03/2026: a lamp at 12,00 (2 kg) in cash, 2 garments at 2,50 (600 g together) by
        // card; a screen (8 kg) and 5 garments (3 kg) received; 62,00 expected, 61,00 counted.
        QVERIFY(CashSessions(store).open(shop->cashier, 5000, {}));
        SaleDraft lamp;
        lamp.lines = {SaleLineDraft{QStringLiteral("eee.lampe"), 1, 1200, 2000}};
        lamp.payments = {{PaymentMethod::Cash, 1200}};
        QVERIFY(Sales(store).record(shop->cashier, lamp));
        SaleDraft garments;
        garments.lines = {SaleLineDraft{QStringLiteral("textile.vetements"), 2, 250, 600}};
        garments.payments = {{PaymentMethod::Card, 500}};
        QVERIFY(Sales(store).record(shop->cashier, garments));
        DepositDraft deposit;
        deposit.lines = {DepositLineDraft{QStringLiteral("eee.ecran"), 1, 8000},
            DepositLineDraft{QStringLiteral("textile.vetements"), 5, 3000}};
        QVERIFY(Deposits(store).record(shop->reception, deposit));
        QVERIFY(CashSessions(store).close(shop->cashier, CloseRequest{{{1, 6100}}, {}, {}}));

        const auto registerB = DemoStations(store).cloneStation(
            store.station().id, QStringLiteral("RUM1"), StationKind::Register);
        QVERIFY2(registerB, qPrintable(registerB ? QString() : registerB.error().message));
        QSqlQuery move(store.db().connection());
        QVERIFY(move.prepare(QStringLiteral("UPDATE station SET site_id = ? WHERE id = ?")));
        move.addBindValue(siteB->id);
        move.addBindValue(*registerB);
        QVERIFY2(move.exec(), qPrintable(move.lastError().text()));

        // 11/03/2026, this site only: a book at 4,00 (300 g), 2 books (1 kg) received.
        shop->clock.set(QDateTime(QDate(2026, 3, 11), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(CashSessions(store).open(shop->cashier, 5000, {}));
        SaleDraft book;
        book.lines = {SaleLineDraft{QStringLiteral("livres.livre"), 1, 400, 300}};
        book.payments = {{PaymentMethod::Cash, 400}};
        QVERIFY(Sales(store).record(shop->cashier, book));
        DepositDraft books;
        books.lines = {DepositLineDraft{QStringLiteral("livres.livre"), 2, 1000}};
        QVERIFY(Deposits(store).record(shop->reception, books));
        QVERIFY(CashSessions(store).close(shop->cashier, CloseRequest{{{1, 5400}}, {}, {}}));

        // The site's administrator reads neither that site's report nor its sessions.
        QVERIFY(!ExportReport::collect(store, shop->admin, siteB->id));
        SessionFilter theirs;
        theirs.siteId = siteB->id;
        const auto refused = SessionHistory(store).find(shop->admin, theirs);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);

        auto figures = ExportReport::collect(store, super, siteB->id);
        QVERIFY2(figures, qPrintable(figures ? QString() : figures.error().message));
        QCOMPARE(figures->first, QDate(2026, 3, 10));
        QCOMPARE(figures->last, QDate(2026, 3, 10));
        QVERIFY(figures->tonnage);
        QCOMPARE(figures->tonnage->site, antenna.name);
        QCOMPARE(figures->tonnage->total.receivedGrams, 11000);
        QCOMPARE(figures->tonnage->total.reusedGrams(), 2600);
        QCOMPARE(figures->sessionsClosed, 1);
        QCOMPARE(figures->varianceCents, -100);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const QStringList lines =
            writtenPdfLines(path, ExportReport::pdf(*figures, shop->clock.nowUtc()));
        const QString all = lines.join(u'|');
        const auto shows = [&lines](const QString &text) { return lines.contains(text); };
        const auto rows = [&lines](
                              const QString &pattern) { return linesMatching(lines, pattern); };
        QVERIFY2(shows(antenna.name), qPrintable(all));
        // 12 + 5 of sales, 2 tickets, 17,00 / 2 = 8,50, no refund.
        QVERIFY2(shows(QStringLiteral("Turnover (sales) 17,00 €")), qPrintable(all));
        QVERIFY(shows(QStringLiteral("Tickets 2")));
        QVERIFY(shows(QStringLiteral("Average basket 8,50 €")));
        QVERIFY(shows(QStringLiteral("Refunds 0,00 €")));
        // 8 + 3 kg received; 2 + 0,6 kg reused; 2,6 / 11 = 23,636 %.
        QVERIFY2(shows(QStringLiteral("Received 11,000 kg")), qPrintable(all));
        QVERIFY(shows(QStringLiteral("Reused (sold and given) 2,600 kg")));
        QVERIFY2(rows(QStringLiteral("Reuse rate 23,64 ?%")) == 1, qPrintable(all));
        // Its one session, 1,00 short: within the default 5,00 threshold.
        QVERIFY(shows(QStringLiteral("Cash sessions closed 1")));
        QVERIFY(shows(QStringLiteral("Sessions beyond their variance threshold 0")));
        QVERIFY(shows(QStringLiteral("Variances (sum) -1,00 €")));
        QVERIFY2(
            shows(QStringLiteral("03/2026 2 17,00 € 8,50 € 0,00 € 1 -1,00 €")), qPrintable(all));
        // Per EEE category (table and chart) and per shop category: the screen 8 kg in, nothing
        // out; the lamp 2 kg sold; garments 3 kg in, 0,6 kg sold, 20 %. No book: they are this
        // site's.
        QVERIFY2(rows(QStringLiteral("Écrans et moniteurs 8,000 kg 0,000 kg 0 ?%")) == 2,
            qPrintable(all));
        QCOMPARE(rows(QStringLiteral("Lampes 0,000 kg 2,000 kg -")), 2);
        QVERIFY2(rows(QStringLiteral("Vêtements 3,000 kg 0,600 kg 20 ?%")) == 1, qPrintable(all));
        QCOMPARE(rows(QStringLiteral("Écrans et moniteurs, received 8,000 kg")), 2);
        QCOMPARE(lines.filter(QStringLiteral("Livres")).size(), 0);
        QCOMPARE(lines.filter(QStringLiteral("reported by a station")).size(), 0);
        const int pages = pdfPageCount(path);
        QVERIFY(pages >= 1);
        QCOMPARE(renderPdfPages(path, dir.path()).size(), pages);

        // This site's report counts its own two days and not site B's copy: 4 tickets would be
        // its first day counted twice.
        auto own = ExportReport::collect(store, super, store.site().id);
        QVERIFY(own);
        QCOMPARE(own->tickets, 3);
        QCOMPARE(own->turnoverCents, 2100);
        QCOMPARE(own->tonnage->total.receivedGrams, 12000);
        QCOMPARE(own->tonnage->total.reusedGrams(), 2900);
        QCOMPARE(own->sessionsClosed, 2);
        QCOMPARE(own->varianceCents, -100);
    }

private:
    std::unique_ptr<TestShop> m_shop;
    const EcologicPeriod m_day{QDate(2026, 3, 10), QDate(2026, 3, 10)};
};

// The PDF's fonts need a QGuiApplication (offscreen in the tests).
int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestReportFigures test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_reportfigures.moc"
