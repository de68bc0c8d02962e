// Outflow documents: an object sent to recycling from the till counts in the recycling column of
// the Ecologic declaration and never as reuse; the Z report and the overview show outflows apart
// from the sales; an outflow travels in the journal to another station and is verified there.

#include "core/admin/overview.h"
#include "core/cashsession.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/tonnagereport.h"
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

OutflowLineDraft weighedIn(
    const char *categoryId, qint64 quantity, qint64 grossGrams, const QString &containerId)
{
    return OutflowLineDraft{QString::fromLatin1(categoryId), quantity, grossGrams, containerId};
}

const TonnageGroup *groupOf(
    const QList<TonnageGroup> &groups, const QString &partner, const QString &code = QString())
{
    for (const TonnageGroup &g : groups) {
        if (g.partner == partner && g.code == code)
            return &g;
    }
    return nullptr;
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
    void everyKindCountsInItsColumn();
    void badOutflowsWriteNothing();
    void containersAreAnAdministeredList();
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

void TestOutflows::everyKindCountsInItsColumn()
{
    auto shop = TestShop::create(StationKind::Reception);
    QVERIFY(shop);
    Store &store = *shop->store;
    const auto cage = Containers(store).add(shop->admin, QStringLiteral("Cage"), 12'500);
    const auto bin = Containers(store).add(shop->admin, QStringLiteral("Bac 660 L"), 38'000);
    QVERIFY2(cage && bin, qPrintable(cage ? bin.error().message : cage.error().message));

    // Weighed by hand in the test: what each line weighs net of its container.
    const qint64 chairsGross = 60'000;
    const qint64 chairsNet = chairsGross - 12'500; // 47,5 kg of chairs to Ecomaison's collection
    const qint64 tablesNet = 31'000; // a table, weighed without a container
    const qint64 clothesNet = 20'000; // to a partner association
    const qint64 toolsGross = 75'250;
    const qint64 toolsNet = toolsGross - 38'000; // 37,25 kg of tools to the metals stream
    const qint64 booksNet = 14'000; // paper stream, no container
    const qint64 fridgeNet = 52'000; // to Ecologic's collection
    const qint64 wasteGross = 49'001;
    const qint64 wasteNet = wasteGross - 38'000; // 11,001 kg of broken chairs thrown away

    OutflowDraft collection;
    collection.kind = OutflowKind::EcoOrganismCollection;
    collection.partner = QStringLiteral("ecomaison");
    collection.lines = {weighedIn("mobilier.chaise", 6, chairsGross, cage->id),
        line("mobilier.table", 1, tablesNet)};
    const auto collected = Outflows(store).record(shop->reception, collection);
    QVERIFY2(collected, qPrintable(collected.error().message));
    QCOMPARE(collected->totalWeightGrams, chairsNet + tablesNet);
    QCOMPARE(collected->tareGrams, qint64(12'500));

    OutflowDraft given;
    given.kind = OutflowKind::PartnerAssociation;
    given.partner = QStringLiteral("  Emmaüs   Nord ");
    given.lines = {line("textile.vetements", 40, clothesNet)};
    QVERIFY(Outflows(store).record(shop->reception, given));

    OutflowDraft metals;
    metals.kind = OutflowKind::Recycling;
    metals.stream = QStringLiteral("metals");
    metals.lines = {weighedIn("bricolage.outil", 12, toolsGross, bin->id)};
    QVERIFY(Outflows(store).record(shop->reception, metals));
    OutflowDraft paper;
    paper.kind = OutflowKind::Recycling;
    paper.stream = QStringLiteral("paper-cardboard");
    paper.lines = {line("livres.livre", 40, booksNet)};
    QVERIFY(Outflows(store).record(shop->reception, paper));

    OutflowDraft fridge;
    fridge.kind = OutflowKind::EcoOrganismCollection;
    fridge.partner = QStringLiteral("ecologic");
    fridge.lines = {line("eee.gros-froid", 1, fridgeNet)};
    QVERIFY(Outflows(store).record(shop->reception, fridge));

    OutflowDraft waste;
    waste.kind = OutflowKind::WasteCentre;
    waste.lines = {weighedIn("mobilier.chaise", 4, wasteGross, bin->id)};
    QVERIFY(Outflows(store).record(shop->reception, waste));

    // Stored as weighed: the gross weight, the container's name and tare, the net.
    QSqlQuery query(store.db().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT o.kind, coalesce(o.partner_id, ''), coalesce(o.stream, ''), ol.gross_grams, "
        "coalesce(ol.container, ''), coalesce(ol.tare_grams, 0), ol.weight_grams FROM outflow o "
        "JOIN outflow_line ol USING (station_id, seq) ORDER BY o.seq, ol.line_no")));
    QStringList stored;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 7; ++i)
            fields << query.value(i).toString();
        stored << fields.join(QLatin1Char('|'));
    }
    QCOMPARE(stored,
        QStringList({QStringLiteral("recycling|ecomaison||60000|Cage|12500|47500"),
            QStringLiteral("recycling|ecomaison||31000||0|31000"),
            QStringLiteral("partner|Emmaüs Nord||20000||0|20000"),
            QStringLiteral("recycling||metals|75250|Bac 660 L|38000|37250"),
            QStringLiteral("recycling||paper-cardboard|14000||0|14000"),
            QStringLiteral("recycling|ecologic||52000||0|52000"),
            QStringLiteral("waste|||49001|Bac 660 L|38000|11001")}));
    // Every one is a document of the chain, in canonical form 2.
    const auto integrity = IntegrityCheck(store).run();
    QVERIFY2(integrity->intact(), qPrintable(integrity->problems.join(u'\n')));
    QCOMPARE(
        scalar(store,
            QStringLiteral("SELECT count(*) FROM document WHERE kind = 'outflow' AND form = 2")),
        6);

    // The tonnage report: given is reuse, collections and streams are recycling, the waste
    // centre is waste; the collections and streams are told apart.
    const QDate day(2026, 3, 10);
    const auto report = TonnageReports(store).prepare(shop->admin, day, day);
    QVERIFY2(report, qPrintable(report.error().message));
    const TonnageFigures &t = report->total;
    QCOMPARE(t.givenGrams, clothesNet);
    QCOMPARE(t.reusedGrams(), clothesNet);
    QCOMPARE(t.recycledGrams, chairsNet + tablesNet + toolsNet + booksNet + fridgeNet);
    QCOMPARE(t.collectedGrams, chairsNet + tablesNet + fridgeNet);
    QCOMPARE(t.recycledByStream.value(QStringLiteral("metals")), toolsNet);
    QCOMPARE(t.recycledByStream.value(QStringLiteral("paper-cardboard")), booksNet);
    QCOMPARE(t.wasteGrams, wasteNet);
    QCOMPARE(t.receivedGrams, qint64(0));
    QCOMPARE(t.soldGrams, qint64(0));
    // Per eco-organism: the chairs (collected and thrown away) and the table are Ecomaison's,
    // the clothes Refashion's, the fridge Ecologic's; tools are DIY goods (Ecomaison).
    const TonnageGroup *ecomaison = groupOf(report->byPartner, QStringLiteral("ecomaison"));
    const TonnageGroup *refashion = groupOf(report->byPartner, QStringLiteral("refashion"));
    const TonnageGroup *ecologic = groupOf(report->byPartner, QStringLiteral("ecologic"));
    const TonnageGroup *none = groupOf(report->byPartner, QString());
    QVERIFY(ecomaison && refashion && ecologic && none);
    QCOMPARE(ecomaison->figures.recycledGrams, chairsNet + tablesNet + toolsNet);
    QCOMPARE(ecomaison->figures.collectedGrams, chairsNet + tablesNet);
    QCOMPARE(ecomaison->figures.wasteGrams, wasteNet);
    QCOMPARE(refashion->figures.givenGrams, clothesNet);
    QCOMPARE(ecologic->figures.collectedGrams, fridgeNet);
    QCOMPARE(none->figures.recycledGrams, booksNet);
    TonnageFigures sum;
    for (const TonnageGroup &g : report->byPartner)
        sum.add(g.figures);
    QCOMPARE(sum, report->total);

    // Each declaration puts them in the same columns.
    const auto period = *EcologicPeriod::quarter(2026, 1);
    const auto furniture = EcologicExport(store, QStringLiteral("ecomaison")).aggregate(period);
    QVERIFY2(furniture, qPrintable(furniture.error().message));
    const auto rowOf = [](const EcologicDeclaration &d, const QString &code) {
        for (const EcologicRow &row : d.rows) {
            if (row.code == code)
                return row;
        }
        return EcologicRow();
    };
    QCOMPARE(rowOf(*furniture, QStringLiteral("EA-ASSISE")).recyclingGrams, chairsNet);
    QCOMPARE(rowOf(*furniture, QStringLiteral("EA-ASSISE")).wasteCentreGrams, wasteNet);
    QCOMPARE(rowOf(*furniture, QStringLiteral("EA-PLAN")).recyclingGrams, tablesNet);
    QCOMPARE(rowOf(*furniture, QStringLiteral("ABJ-BRICOLAGE")).recyclingGrams, toolsNet);
    const auto textiles = EcologicExport(store, QStringLiteral("refashion")).aggregate(period);
    QVERIFY(textiles);
    QCOMPARE(rowOf(*textiles, QStringLiteral("TLC-HAB")).givenGrams, clothesNet);
    QCOMPARE(rowOf(*textiles, QStringLiteral("TLC-HAB")).recyclingGrams, qint64(0));
    const auto eee = EcologicExport(store).aggregate(period);
    QVERIFY(eee);
    QCOMPARE(rowOf(*eee, QStringLiteral("EEE-1")).recyclingGrams, fridgeNet);

    // The CSV carries the collections and each stream in columns of their own.
    const QString csv = QString::fromUtf8(TonnageReports::csv(*report).mid(3));
    const QStringList header = csv.section(QStringLiteral("\r\n"), 0, 0).split(u';');
    const QStringList total = csv.section(QStringLiteral("\r\n"), 1, 1).split(u';');
    QCOMPARE(total.value(header.indexOf(QStringLiteral("collecte_eco_organismes_kg"))),
        QStringLiteral("130,500"));
    QCOMPARE(total.value(header.indexOf(QStringLiteral("recyclage_metals_kg"))),
        QStringLiteral("37,250"));
    QCOMPARE(total.value(header.indexOf(QStringLiteral("recyclage_paper_cardboard_kg"))),
        QStringLiteral("14,000"));
    QCOMPARE(total.value(header.indexOf(QStringLiteral("dechets_kg"))), QStringLiteral("11,001"));
}

void TestOutflows::badOutflowsWriteNothing()
{
    auto shop = TestShop::create(StationKind::Reception);
    QVERIFY(shop);
    Store &store = *shop->store;
    const auto bin = Containers(store).add(shop->admin, QStringLiteral("Bac"), 38'000);
    QVERIFY(bin);
    const auto draftOf = [](OutflowKind kind, const QString &partner, const QString &stream,
                             const OutflowLineDraft &l) {
        OutflowDraft d;
        d.kind = kind;
        d.partner = partner;
        d.stream = stream;
        d.lines = {l};
        return d;
    };
    const QList<std::pair<const char *, OutflowDraft>> bad = {
        {"tare above the weighed weight",
            draftOf(OutflowKind::WasteCentre, {}, {}, weighedIn("divers", 1, 30'000, bin->id))},
        {"tare equal to the weighed weight",
            draftOf(OutflowKind::WasteCentre, {}, {}, weighedIn("divers", 1, 38'000, bin->id))},
        {"unknown container",
            draftOf(OutflowKind::WasteCentre, {}, {},
                weighedIn("divers", 1, 50'000, QStringLiteral("nope")))},
        {"negative weight", draftOf(OutflowKind::WasteCentre, {}, {}, line("divers", 1, -5))},
        {"more than 10 t",
            draftOf(OutflowKind::WasteCentre, {}, {}, line("divers", 1, 10'000'001))},
        {"unknown eco-organism",
            draftOf(OutflowKind::EcoOrganismCollection, QStringLiteral("citeo"), {},
                line("divers", 1, 5000))},
        {"a chair to Ecologic's collection",
            draftOf(OutflowKind::EcoOrganismCollection, QStringLiteral("ecologic"), {},
                line("mobilier.chaise", 1, 5000))},
        {"no partner association",
            draftOf(OutflowKind::PartnerAssociation, QStringLiteral("  "), {},
                line("textile.vetements", 1, 5000))},
        {"unknown stream",
            draftOf(OutflowKind::Recycling, {}, QStringLiteral("gold"), line("divers", 1, 5000))},
        {"stream on a waste outflow",
            draftOf(
                OutflowKind::WasteCentre, {}, QStringLiteral("metals"), line("divers", 1, 5000))},
        {"partner on a recycling outflow",
            draftOf(OutflowKind::Recycling, QStringLiteral("ecologic"), {},
                line("eee.gros-froid", 1, 50'000))},
        {"unknown category", draftOf(OutflowKind::WasteCentre, {}, {}, line("nope", 1, 5000))},
    };
    const qint64 documents = scalar(store, QStringLiteral("SELECT count(*) FROM document"));
    for (const auto &[what, draft] : bad) {
        const auto refused = Outflows(store).record(shop->admin, draft);
        QVERIFY2(!refused, what);
        QVERIFY2(!refused.error().message.isEmpty(), what);
        QVERIFY2(!Outflows(store).validate(draft), what);
    }
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM document")), documents);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM outflow_line")), 0);
    // The message names what is wrong.
    const auto tare = Outflows(store).validate(
        draftOf(OutflowKind::WasteCentre, {}, {}, weighedIn("divers", 1, 30'000, bin->id)));
    QVERIFY2(tare.error().message.contains(weight::format(38'000)),
        qPrintable(tare.error().message));
    // A chair of 10 t needs an administrator's confirmation; the reception alone cannot.
    QVERIFY(!Outflows(store).record(shop->reception,
        draftOf(OutflowKind::WasteCentre, {}, {}, line("mobilier.chaise", 1, 10'000'000))));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM document")), documents);
}

void TestOutflows::containersAreAnAdministeredList()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    Containers containers(store);
    const auto refused = containers.add(shop->cashier, QStringLiteral("Cage"), 12'000);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    const auto cage = containers.add(shop->admin, QStringLiteral("Cage"), 12'000);
    QVERIFY2(cage, qPrintable(cage.error().message));
    QVERIFY(!containers.add(shop->admin, QStringLiteral("cage"), 5000)); // the same name
    QVERIFY(!containers.add(shop->admin, QStringLiteral("Benne"), 0));
    QVERIFY(!containers.add(shop->admin, QStringLiteral("Benne"), 1'000'001));
    QVERIFY(!containers.add(shop->admin, QStringLiteral("   "), 5000));
    QVERIFY(containers.setTare(shop->admin, cage->id, 13'250));
    QCOMPARE(containers.find(cage->id)->tareGrams, qint64(13'250));
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("container.add")), 1);
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("container.tare")), 1);

    // An outflow keeps the tare it was weighed with, whatever becomes of the container.
    OutflowDraft draft;
    draft.kind = OutflowKind::WasteCentre;
    draft.lines = {weighedIn("divers", 1, 20'000, cage->id)};
    const auto outflow = Outflows(store).record(shop->cashier, draft);
    QVERIFY2(outflow, qPrintable(outflow.error().message));
    QCOMPARE(outflow->totalWeightGrams, qint64(20'000 - 13'250));
    QVERIFY(containers.remove(shop->admin, cage->id));
    QCOMPARE(containers.list()->size(), 0);
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("container.remove")), 1);
    QCOMPARE(scalar(store, QStringLiteral("SELECT tare_grams FROM outflow_line")), 13'250);
    QVERIFY(IntegrityCheck(store).run()->intact());
}

QTEST_GUILESS_MAIN(TestOutflows)
#include "tst_outflows.moc"
