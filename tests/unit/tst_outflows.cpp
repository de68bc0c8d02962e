// Outflow documents: an object sent to recycling from the till counts in the recycling column of
// the Ecologic declaration and never as reuse; the Z report and the overview show outflows apart
// from the sales; an outflow travels in the journal to another station and is verified there.

#include "core/admin/overview.h"
#include "core/cashsession.h"
#include "core/exports/ecologicexport.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/outflows.h"
#include "core/receipt.h"
#include "core/sales.h"
#include "core/sync/journalrecords.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

OutflowLineDraft line(const char *categoryId, qint64 quantity, qint64 grams)
{
    return OutflowLineDraft{QString::fromLatin1(categoryId), quantity, grams};
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery query(store.db().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestOutflows : public QObject
{
    Q_OBJECT

private slots:
    void recyclingCountsAsRecyclingNeverReuse();
    void zReportAndOverviewShowOutflowsApart();
    void whoMayRecordAndImplausibleWeights();
    void outflowSyncsToAnotherStation();
    void tamperedOutflowIsDetected();
};

void TestOutflows::recyclingCountsAsRecyclingNeverReuse()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 0));
    // One small appliance sold (reuse), two broken ones and a fridge sent to recycling.
    SaleDraft sale;
    sale.lines = {SaleLineDraft{QStringLiteral("eee.petit-menager"), 1, 800, qint64(2600)}};
    sale.payments = {PaymentDraft{PaymentMethod::Card, 800}};
    QVERIFY(Sales(store).record(shop->cashier, sale));
    OutflowDraft draft;
    draft.lines = {line("eee.petit-menager", 2, 4800), line("eee.gros-froid", 1, 47000)};
    auto outflow = Outflows(store).record(shop->cashier, draft);
    QVERIFY2(outflow, qPrintable(outflow.error().message));
    QCOMPARE(outflow->totalWeightGrams, qint64(51800));
    QVERIFY(outflow->stamp.number.contains(QLatin1String("-E000001")));
    QVERIFY(outflow->sessionSeq.has_value());

    auto declaration =
        EcologicExport(store).prepare(shop->admin, *EcologicPeriod::quarter(2026, 1));
    QVERIFY2(declaration, qPrintable(declaration.error().message));
    QCOMPARE(declaration->rows.size(), 8);
    const auto row = [&](int family) { return declaration->rows.at(family - 1); };
    // Computed by hand: EEE-1 is the fridge (47 kg recycled, nothing sold), EEE-5 the small
    // appliances (4,8 kg recycled, one sold weighing 2,6 kg).
    QCOMPARE(row(1).recyclingGrams, qint64(47000));
    QCOMPARE(row(1).reuseGrams, qint64(0));
    QCOMPARE(row(1).reuseCount, qint64(0));
    QCOMPARE(row(5).recyclingGrams, qint64(4800));
    QCOMPARE(row(5).reuseGrams, qint64(2600));
    QCOMPARE(row(5).reuseCount, qint64(1));
    QCOMPARE(row(5).reuseCents, qint64(800));
    for (int family : {1, 5}) {
        QCOMPARE(row(family).depositGrams, qint64(0));
        QCOMPARE(row(family).wasteCentreGrams, qint64(0));
    }

    // The waste centre is its own column.
    OutflowDraft waste;
    waste.kind = OutflowKind::WasteCentre;
    waste.lines = {line("eee.lampe", 3, 3300)};
    QVERIFY(Outflows(store).record(shop->reception, waste));
    declaration = EcologicExport(store).prepare(shop->admin, *EcologicPeriod::quarter(2026, 1));
    QVERIFY(declaration);
    QCOMPARE(row(3).wasteCentreGrams, qint64(3300));
    QCOMPARE(row(3).recyclingGrams, qint64(0));
    QCOMPARE(row(3).reuseGrams, qint64(0));
    QCOMPARE(row(1).recyclingGrams, qint64(47000));
}

void TestOutflows::zReportAndOverviewShowOutflowsApart()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    CashSessions sessions(store);
    QVERIFY(sessions.open(shop->cashier, 0));
    SaleDraft sale;
    sale.lines = {SaleLineDraft{QStringLiteral("livres.livre"), 2, 150, std::nullopt}};
    sale.payments = {PaymentDraft{PaymentMethod::Card, 300}};
    QVERIFY(Sales(store).record(shop->cashier, sale));
    OutflowDraft first;
    first.lines = {line("mobilier.chaise", 2, 9000)};
    QVERIFY(Outflows(store).record(shop->cashier, first));
    OutflowDraft second;
    second.lines = {line("livres.livre", 10, 3500)};
    QVERIFY(Outflows(store).record(shop->cashier, second));

    auto overview = OverviewReport(store).compute(shop->admin);
    QVERIFY2(overview, qPrintable(overview.error().message));
    QCOMPARE(overview->today.tickets, qint64(1));
    QCOMPARE(overview->today.takingsCents, qint64(300));
    QCOMPARE(overview->today.outflows, qint64(2));
    QCOMPARE(overview->today.outflowGrams, qint64(12500));
    QCOMPARE(overview->month.outflowGrams, qint64(12500));
    const StationDay &station = overview->stations.first();
    QCOMPARE(station.tickets, qint64(1));
    QCOMPARE(station.outflows, qint64(2));
    QCOMPARE(station.outflowGrams, qint64(12500));

    // Nothing was paid in cash: the drawer holds nothing.
    auto z = sessions.close(shop->cashier, CloseRequest{DenominationCount{{1000, 0}}, {}, {}});
    QVERIFY2(z, qPrintable(z.error().message));
    QCOMPARE(z->totals.salesCount, qint64(1));
    QCOMPARE(z->totals.salesTotalCents, qint64(300));
    QCOMPARE(z->totals.outflowsCount, qint64(2));
    QCOMPARE(z->totals.outflowGrams, qint64(12500));
    QCOMPARE(z->grandTotalCents, qint64(300));
    // Stored with the closing (its canonical form 2 or later), read back the same.
    auto stored = sessions.zReport(z->stamp.seq);
    QVERIFY(stored);
    QCOMPARE(stored->totals.outflowsCount, qint64(2));
    QCOMPARE(stored->totals.outflowGrams, qint64(12500));
    auto header = findDocument(store, z->stamp.number);
    QVERIFY(header);
    QVERIFY(header->form >= 2);
    const QStringList lines =
        Receipt::forZReport(*stored, store.site(), store.station(), store.timeZone(), 42);
    QVERIFY2(
        lines.join(u'\n').contains(QLatin1String("Outflows (2)")), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.join(u'\n').contains(weight::format(12500)));
    QVERIFY2(IntegrityCheck(store).run().value().intact(),
        qPrintable(IntegrityCheck(store).run().value().problems.join(u'\n')));
}

void TestOutflows::whoMayRecordAndImplausibleWeights()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    OutflowDraft draft;
    draft.lines = {line("mobilier.chaise", 1, 4500)};
    auto refused = Outflows(store).record(shop->supervisor, draft);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    // Without an open session (the reception), the outflow has none.
    auto reception = Outflows(store).record(shop->reception, draft);
    QVERIFY2(reception, qPrintable(reception.error().message));
    QVERIFY(!reception->sessionSeq);

    // A chair of 10 t: refused for a cashier, unless an administrator confirms it.
    OutflowDraft heavy;
    heavy.lines = {line("mobilier.chaise", 1, 10'000'000)};
    auto tooHeavy = Outflows(store).record(shop->cashier, heavy);
    QVERIFY(!tooHeavy);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM outflow")), 1);
    auto confirmed = Outflows(store).record(
        shop->cashier, heavy, Unlock{shop->admin.userId, QStringLiteral("123456")});
    QVERIFY2(confirmed, qPrintable(confirmed.error().message));

    OutflowDraft empty;
    QVERIFY(!Outflows(store).validate(empty));
    OutflowDraft weightless;
    weightless.lines = {line("mobilier.chaise", 1, 0)};
    QVERIFY(!Outflows(store).validate(weightless));
}

void TestOutflows::outflowSyncsToAnotherStation()
{
    auto a = TestShop::create();
    auto b = TestShop::create();
    QVERIFY(a && b);
    QVERIFY(CashSessions(*a->store).open(a->cashier, 0));
    OutflowDraft draft;
    draft.lines = {line("eee.petit-menager", 2, 4800), line("mobilier.chaise", 1, 4000)};
    auto outflow = Outflows(*a->store).record(a->cashier, draft);
    QVERIFY(outflow);

    const QString station = a->store->station().id;
    sync::JournalReader reader(*a->store);
    const qint64 last = reader.lastSeq(station).value();
    auto records = reader.read(station, 1, last);
    QVERIFY2(records, qPrintable(records.error().message));
    QVERIFY(records->join('\n').contains("\"outflow_line\":[{"));
    auto applied = sync::JournalApplier(*b->store).apply(station, *records);
    QVERIFY2(applied, qPrintable(applied.error().message));
    QCOMPARE(*applied, last);

    QCOMPARE(scalar(*b->store,
                 QStringLiteral("SELECT total_weight_grams FROM outflow WHERE station_id = '%1'")
                     .arg(station)),
        8800);
    QCOMPARE(scalar(*b->store,
                 QStringLiteral("SELECT count(*) FROM outflow_line WHERE station_id = '%1'")
                     .arg(station)),
        2);
    auto header = findDocument(*b->store, outflow->stamp.number);
    QVERIFY(header);
    QCOMPARE(header->hash, outflow->stamp.hash);
    QCOMPARE(header->kind, DocumentKind::Outflow);
    const auto report = IntegrityCheck(*b->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(u'\n')));
    // Applying the same records again changes nothing.
    QCOMPARE(sync::JournalApplier(*b->store).apply(station, *records).value(), 0);

    // A record whose outflow was altered on the way is refused.
    QByteArrayList altered = *records;
    for (QByteArray &record : altered)
        record.replace("\"weight_grams\":4800", "\"weight_grams\":480");
    auto c = TestShop::create();
    QVERIFY(c);
    QVERIFY(!sync::JournalApplier(*c->store).apply(station, altered));
    QCOMPARE(scalar(*c->store, QStringLiteral("SELECT count(*) FROM outflow")), 0);
}

void TestOutflows::tamperedOutflowIsDetected()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    OutflowDraft draft;
    draft.lines = {line("mobilier.chaise", 2, 9000)};
    auto outflow = Outflows(store).record(shop->reception, draft);
    QVERIFY(outflow);
    QVERIFY(IntegrityCheck(store).run().value().intact());
    // Someone with the file moves the kilograms to reuse's advantage.
    {
        QSqlQuery query(store.db().connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER outflow_line_no_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE outflow_line SET weight_grams = 900")));
    }
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY(!report.intact());
    // The altered document, and the dropped trigger.
    QCOMPARE(report.problems.size(), 2);
    QVERIFY2(report.problems.first().contains(outflow->stamp.number),
        qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.problems.last(),
        QStringLiteral("schema: trigger outflow_line_no_update is missing"));
}

QTEST_GUILESS_MAIN(TestOutflows)
#include "tst_outflows.moc"
