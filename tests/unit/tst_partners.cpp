#include "core/admin/sites.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/exportschedule.h"
#include "core/exports/partners.h"
#include "core/exports/tonnagereport.h"
#include "core/ledger.h"
#include "core/outflows.h"
#include "core/pdfpages.h"
#include "core/store.h"
#include "tests/support/flowfixture.h"
#include "tests/support/images.h"
#include "tests/support/pdftools.h"
#include "tests/support/testshop.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using recaisse::test::FlowFixture;
using recaisse::test::TestShop;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(RECAISSE_TEST_DATA_DIR "/") + name;
}

// The committed file, or, with RECAISSE_WRITE_GOLDEN=1 (once, before a refactoring), the
// current output written as the reference.
QByteArray golden(const QString &name, const QByteArray &current)
{
    QFile file(dataFile(name));
    if (qEnvironmentVariableIntValue("RECAISSE_WRITE_GOLDEN") == 1
        && file.open(QIODevice::WriteOnly))
        file.write(current);
    file.close();
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// What the test expects of one partner category (or "no partner"), from the inserted rows.
struct Expected
{
    qint64 depositCount = 0;
    qint64 depositGrams = 0;
    qint64 partnerWasteCentreGrams = 0;
    QMap<QString, qint64> channelGrams;
    qint64 soldCount = 0;
    qint64 soldGrams = 0;
    qint64 estimatedGrams = 0;
    qint64 cents = 0;
    qint64 givenGrams = 0;
    qint64 recycledGrams = 0;
    qint64 wasteGrams = 0;
};

qint64 prorated(qint64 w, qint64 kept, qint64 q)
{
    const qint64 whole = (w * kept) / q;
    const qint64 rest = (w * kept) % q;
    return rest * 2 >= q ? whole + 1 : whole;
}

// The mapping the test expects, typed from the shipped definitions' defaults and the explicit
// choices the test makes (see partnersAndReportAgree): {partner, code}, {"", ""} for none.
QPair<QString, QString> expectedPartner(const QString &categoryId, const QString &eeeCode)
{
    static const QHash<QString, QPair<QString, QString>> table = {
        {QStringLiteral("mobilier.chaise"),
            {QStringLiteral("ecomaison"), QStringLiteral("EA-ASSISE")}},
        {QStringLiteral("mobilier.table"),
            {QStringLiteral("ecomaison"), QStringLiteral("EA-PLAN")}},
        {QStringLiteral("mobilier.literie"),
            {QStringLiteral("ecomaison"), QStringLiteral("EA-COUCHAGE")}},
        {QStringLiteral("jouets.jouet"), {QStringLiteral("ecomaison"), QStringLiteral("JOUET")}},
        {QStringLiteral("bricolage.outil"),
            {QStringLiteral("ecomaison"), QStringLiteral("ABJ-BRICOLAGE")}},
        {QStringLiteral("bricolage.jardin"),
            {QStringLiteral("ecomaison"), QStringLiteral("ABJ-JARDIN")}},
        {QStringLiteral("textile.vetements"),
            {QStringLiteral("refashion"), QStringLiteral("TLC-HAB")}},
        {QStringLiteral("textile.linge"),
            {QStringLiteral("refashion"), QStringLiteral("TLC-LINGE")}},
        // Explicit choices of the test.
        {QStringLiteral("divers"), {QStringLiteral("ecomaison"), QStringLiteral("EA-DIVERS")}},
        {QStringLiteral("textile.chaussures"), {QString(), QString()}},
        {QStringLiteral("eee.lampe"), {QStringLiteral("ecologic"), QStringLiteral("EEE-8")}},
    };
    if (const auto it = table.constFind(categoryId); it != table.constEnd())
        return *it;
    if (!eeeCode.isEmpty())
        return {QStringLiteral("ecologic"), eeeCode};
    return {};
}

QString key(const QString &partner, const QString &code)
{
    return partner + QLatin1Char('/') + code;
}

QHash<QString, Expected> expectations(const FlowFixture &fixture)
{
    QHash<QString, Expected> expected;
    for (const FlowFixture::DepositRow &row : fixture.deposits) {
        if (!fixture.inPeriod(row.day))
            continue;
        const auto [partner, code] = expectedPartner(row.categoryId, row.eeeCode);
        Expected &e = expected[key(partner, code)];
        e.depositCount += row.quantity;
        e.depositGrams += row.grams;
        e.channelGrams[row.origin] += row.grams;
        if (row.origin == QLatin1String("partner-waste-centre"))
            e.partnerWasteCentreGrams += row.grams;
        if (row.destination == QLatin1String("recycling"))
            e.recycledGrams += row.grams;
        if (row.destination == QLatin1String("waste-centre"))
            e.wasteGrams += row.grams;
    }
    for (const FlowFixture::SaleRow &row : fixture.sales) {
        if (!fixture.inPeriod(row.day))
            continue;
        const auto [partner, code] = expectedPartner(row.categoryId, row.eeeCode);
        Expected &e = expected[key(partner, code)];
        const qint64 kept = row.quantity - row.refunded;
        e.soldCount += kept;
        if (row.grams) {
            e.soldGrams += prorated(*row.grams, kept, row.quantity);
        } else {
            e.soldGrams += fixture.averageGrams.value(row.categoryId) * kept;
            e.estimatedGrams += fixture.averageGrams.value(row.categoryId) * kept;
        }
        e.cents += row.cents - row.refundedCents;
    }
    for (const FlowFixture::OutflowRow &row : fixture.outflows) {
        if (!fixture.inPeriod(row.day))
            continue;
        const auto [partner, code] = expectedPartner(row.categoryId, row.eeeCode);
        Expected &e = expected[key(partner, code)];
        if (row.kind == QLatin1String("recycling"))
            e.recycledGrams += row.grams;
        else if (row.kind == QLatin1String("waste"))
            e.wasteGrams += row.grams;
        else
            e.givenGrams += row.grams;
    }
    return expected;
}

void promoteToSuperAdmin(TestShop &shop)
{
    QSqlQuery query(shop.store->db().connection());
    QVERIFY(query.prepare(QStringLiteral("UPDATE app_user SET role = 'super-admin' WHERE id = ?")));
    query.addBindValue(shop.admin.userId);
    QVERIFY(query.exec());
    shop.admin.role = Role::SuperAdmin;
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery query(store.db().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestPartners : public QObject
{
    Q_OBJECT

private slots:
    void ecologicFileOfTheFixtureIsUnchanged();
    void definitionsShippedAreValid();
    void partnersAndReportAgreeWithTheRows();
    void eachPartnerFileIsValidAndArchived();
    void wrongFilesAreRefused();
    void mappingRefusesBadInput();
    void absurdOutflowWritesNothing();
    void schedulePerPartner();
    void reportFiles();
    void refashionCountsLotsInPieces();
};

// The Ecologic file of the committed fixture, byte for byte as before partners became data.
void TestPartners::ecologicFileOfTheFixtureIsUnchanged()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    FlowFixture fixture;
    QVERIFY(fixture.build(*shop->store));
    shop->clock.set(QDateTime(QDate(2026, 4, 1), QTime(4, 0), QTimeZone::utc()));
    EcologicExport exporter(*shop->store);
    const auto period = EcologicPeriod::quarter(2026, 1);
    QVERIFY(period);
    const auto declaration = exporter.aggregate(*period);
    QVERIFY2(declaration, qPrintable(declaration ? QString() : declaration.error().message));
    const auto bytes = exporter.render(*declaration);
    QVERIFY(bytes);
    const QByteArray expected = golden(QStringLiteral("fixture_ecologic_2026-Q1.csv"), *bytes);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(*bytes, expected);
    QVERIFY(exporter.check(*declaration).ok());
}

void TestPartners::definitionsShippedAreValid()
{
    for (const QString &id : Partners::ids()) {
        const auto definition = Partners::definition(id);
        QVERIFY2(definition, qPrintable(definition ? id : definition.error().message));
        QCOMPARE(definition->partner, id);
        QVERIFY(!definition->codes.isEmpty());
        // No official template: the file says so.
        QVERIFY2(definition->description.contains(QStringLiteral("ReCaisse")), qPrintable(id));
        for (auto it = definition->defaultMapping.cbegin(); it != definition->defaultMapping.cend();
             ++it)
            QVERIFY(definition->hasCode(it.value()));
        if (definition->measure == QLatin1String("count"))
            for (const EcologicCode &code : definition->codes)
                QVERIFY(code.unitWeightGrams > 0);
    }
    QVERIFY(!Partners::definition(QStringLiteral("citeo")));
    // A definition whose default mapping names a code it does not have is refused.
    QFile file(QStringLiteral(":/partners/ecomaison-v1.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    json.replace("\"mobilier.chaise\": \"EA-ASSISE\"", "\"mobilier.chaise\": \"EA-TRONE\"");
    QVERIFY(!EcologicSchema::parse(json));
    // A unit weight no integer can hold is refused like any weight out of range (converting it
    // was undefined behaviour, which the sanitize preset reports).
    for (const char *weight : {"1e300", "-1e300", "1000001"}) {
        QByteArray absurd = file.seek(0) ? file.readAll() : QByteArray();
        QVERIFY(absurd.contains("\"unit_weight_grams\": 6000"));
        absurd.replace("\"unit_weight_grams\": 6000",
            QByteArray(QByteArray("\"unit_weight_grams\": ") + weight));
        const auto refused = EcologicSchema::parse(absurd);
        QVERIFY2(!refused, weight);
        QVERIFY2(refused.error().message.contains(QLatin1String("unit weight")),
            qPrintable(refused.error().message));
    }
}

// A quarter of two stations' flows: every partner's declaration and the tonnage report equal the
// figures computed here from the inserted rows, and the partners plus "none" add up to the total.
void TestPartners::partnersAndReportAgreeWithTheRows()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    promoteToSuperAdmin(*shop);
    Store &store = *shop->store;
    FlowFixture fixture;
    QVERIFY(fixture.build(store));
    PartnerMapping mapping(store);
    QVERIFY(mapping.map(shop->admin, QStringLiteral("divers"), QStringLiteral("ecomaison"),
        QStringLiteral("EA-DIVERS")));
    QVERIFY(mapping.mapNone(shop->admin, QStringLiteral("textile.chaussures")));
    // An EEE category moved to another EEE code: the explicit mapping wins over the lines' code.
    QVERIFY(mapping.map(shop->admin, QStringLiteral("eee.lampe"), QStringLiteral("ecologic"),
        QStringLiteral("EEE-8")));
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("category.partner-map")), 3);
    shop->clock.set(QDateTime(QDate(2026, 4, 1), QTime(4, 0), QTimeZone::utc()));

    const QHash<QString, Expected> expected = expectations(fixture);
    const auto report = TonnageReports(store).prepare(shop->admin, fixture.first, fixture.last);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));

    for (const QString &partner : Partners::ids()) {
        EcologicExport exporter(store, partner);
        const auto declaration =
            exporter.aggregate(*EcologicPeriod::range(fixture.first, fixture.last));
        QVERIFY2(declaration, qPrintable(declaration ? partner : declaration.error().message));
        for (const EcologicRow &row : declaration->rows) {
            const Expected e = expected.value(key(partner, row.code));
            const QByteArray where = (partner + QLatin1Char(' ') + row.code).toUtf8();
            QVERIFY2(row.depositCount == e.depositCount, where);
            QVERIFY2(row.depositGrams == e.depositGrams, where);
            QVERIFY2(row.depositPartnerGrams == e.partnerWasteCentreGrams, where);
            QVERIFY2(row.depositBroughtGrams == e.depositGrams - e.partnerWasteCentreGrams, where);
            QVERIFY2(row.reuseCount == e.soldCount, where);
            QVERIFY2(row.reuseGrams == e.soldGrams, where);
            QVERIFY2(row.reuseEstimatedGrams == e.estimatedGrams, where);
            QVERIFY2(row.reuseCents == e.cents, where);
            QVERIFY2(row.givenGrams == e.givenGrams, where);
            QVERIFY2(row.recyclingGrams == e.recycledGrams, where);
            QVERIFY2(row.wasteCentreGrams == e.wasteGrams, where);

            // The report's partner category: the same figures.
            const auto group = std::find_if(report->byPartnerCategory.cbegin(),
                report->byPartnerCategory.cend(),
                [&](const TonnageGroup &g) { return g.partner == partner && g.code == row.code; });
            QVERIFY2(group != report->byPartnerCategory.cend(), where);
            const TonnageFigures &f = group->figures;
            QVERIFY2(f.receivedCount == row.depositCount && f.receivedGrams == row.depositGrams
                    && f.soldCount == row.reuseCount && f.soldGrams == row.reuseGrams
                    && f.soldEstimatedGrams == row.reuseEstimatedGrams
                    && f.givenGrams == row.givenGrams && f.recycledGrams == row.recyclingGrams
                    && f.wasteGrams == row.wasteCentreGrams,
                where);
            for (const QString &channel : TonnageReports::channels())
                QVERIFY2(
                    f.receivedByChannel.value(channel) == e.channelGrams.value(channel), where);
        }
    }

    // Every expected group is in the report; partners plus "none" add up to the total, which is
    // the sum of every inserted row of the period.
    Expected all;
    for (const Expected &e : expected) {
        all.depositGrams += e.depositGrams;
        all.soldGrams += e.soldGrams;
        all.givenGrams += e.givenGrams;
        all.recycledGrams += e.recycledGrams;
        all.wasteGrams += e.wasteGrams;
        all.depositCount += e.depositCount;
    }
    QVERIFY(all.depositGrams > 0 && all.soldGrams > 0 && all.givenGrams > 0);
    QCOMPARE(report->total.receivedGrams, all.depositGrams);
    QCOMPARE(report->total.receivedCount, all.depositCount);
    QCOMPARE(report->total.soldGrams, all.soldGrams);
    QCOMPARE(report->total.givenGrams, all.givenGrams);
    QCOMPARE(report->total.recycledGrams, all.recycledGrams);
    QCOMPARE(report->total.wasteGrams, all.wasteGrams);
    TonnageFigures partners;
    for (const TonnageGroup &g : report->byPartner)
        partners.add(g.figures);
    QCOMPARE(partners, report->total);
    TonnageFigures categories;
    for (const TonnageGroup &g : report->byCategory) {
        categories.add(g.figures);
        QCOMPARE(g.partner, expectedPartner(g.code, FlowFixture::eeeCodeOf(g.code)).first);
    }
    QCOMPARE(categories, report->total);
    const Expected none = expected.value(key({}, {}));
    QCOMPARE(report->byPartner.last().partner, QString());
    QCOMPARE(report->byPartner.last().figures.receivedGrams, none.depositGrams);
    QCOMPARE(report->byPartner.last().figures.soldGrams, none.soldGrams);
    QVERIFY(none.depositGrams > 0);
    // The reuse rate: reused over received, in hundredths of a percent, half up.
    const qint64 reused = all.soldGrams + all.givenGrams;
    QCOMPARE(report->total.reuseRateBasisPoints(),
        (reused * 20000 + all.depositGrams) / (2 * all.depositGrams));
    QVERIFY(report->warnings.isEmpty());
}

void TestPartners::eachPartnerFileIsValidAndArchived()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    FlowFixture fixture;
    QVERIFY(fixture.build(*shop->store));
    shop->clock.set(QDateTime(QDate(2026, 4, 1), QTime(4, 0), QTimeZone::utc()));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QStringList published;
    for (const QString &partner : Partners::ids()) {
        EcologicExport exporter(*shop->store, partner);
        exporter.setPublisher([&](const QString &, const QString &remote) { published << remote; });
        const auto run =
            exporter.run(shop->admin, *EcologicPeriod::quarter(2026, 1), folder.path());
        QVERIFY2(run, qPrintable(run ? partner : run.error().message));
        QVERIFY(QFileInfo(run->filePath).fileName().startsWith(partner + QLatin1Char('_')));
        QCOMPARE(run->version, 1);
        QFile file(run->filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const EcologicCheck check = Partners::definition(partner)->check(bytes);
        QVERIFY2(check.ok(), qPrintable(check.errors.join(QLatin1Char('\n'))));
        // Another partner's definition refuses it.
        const QString other = Partners::ids().at((Partners::ids().indexOf(partner) + 1) % 3);
        QVERIFY(!Partners::definition(other)->check(bytes).ok());
        // A second run is a new version, never an overwrite.
        const auto again =
            exporter.run(shop->admin, *EcologicPeriod::quarter(2026, 1), folder.path());
        QVERIFY(again);
        QCOMPARE(again->version, 2);
    }
    QCOMPARE(published.size(), 6);
    QVERIFY(published.first().startsWith(QStringLiteral("exports/ecologic_")));
    QVERIFY(published.at(2).startsWith(QStringLiteral("exports/ecomaison_")));
    QCOMPARE(recaisse::test::auditCount(*shop->store, QStringLiteral("export.ecologic")), 2);
    QCOMPARE(recaisse::test::auditCount(*shop->store, QStringLiteral("export.partner")), 4);
    // The run history names each run's format.
    QStringList formats;
    for (const EcologicExport::RunRecord &run : EcologicExport(*shop->store).history())
        formats << run.format;
    QCOMPARE(formats,
        QStringList({QStringLiteral("refashion-v1"), QStringLiteral("refashion-v1"),
            QStringLiteral("ecomaison-v1"), QStringLiteral("ecomaison-v1"),
            QStringLiteral("ecologic-v1"), QStringLiteral("ecologic-v1")}));
    // Refashion counts pieces: its standard weights are in the file.
    QFile refashion(QDir(folder.path())
                        .filePath(EcologicExport(*shop->store, QStringLiteral("refashion"))
                                      .fileName(*EcologicPeriod::quarter(2026, 1), 1)));
    QVERIFY(refashion.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(refashion.readAll());
    QVERIFY(text.contains(QStringLiteral(";Refashion;TLC-HAB;Textiles d'habillement;0,400;")));
}

void TestPartners::wrongFilesAreRefused()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    FlowFixture fixture;
    QVERIFY(fixture.build(*shop->store));
    for (const QString &partner : Partners::ids()) {
        EcologicExport exporter(*shop->store, partner);
        const auto declaration = exporter.aggregate(*EcologicPeriod::quarter(2026, 1));
        QVERIFY(declaration);
        const QByteArray good = *exporter.render(*declaration);
        const EcologicSchema definition = *Partners::definition(partner);
        QVERIFY(definition.check(good).ok());
        // A negative weight, a code the partner does not have, a missing line, a wrong header.
        QString text = QString::fromUtf8(good.mid(3));
        QStringList lines = text.split(QStringLiteral("\r\n"));
        QStringList fields = lines.at(1).split(QLatin1Char(';'));
        const int grams = definition.columnIndex(QStringLiteral("entrees_poids_kg")) >= 0
            ? definition.columnIndex(QStringLiteral("entrees_poids_kg"))
            : definition.columnIndex(QStringLiteral("entrees_poids_pese_kg"));
        QVERIFY(grams > 0);
        fields[grams] = QStringLiteral("-1,000");
        QStringList negative = lines;
        negative[1] = fields.join(QLatin1Char(';'));
        QStringList unknownCode = lines;
        unknownCode[1].replace(definition.codes.first().code, QStringLiteral("XYZ-9"));
        QStringList missing = lines;
        missing.removeAt(2);
        QStringList header = lines;
        header[0].replace(QStringLiteral("periode_debut"), QStringLiteral("debut"));
        for (const QStringList &bad : {negative, unknownCode, missing, header}) {
            const EcologicCheck check =
                definition.check(definition.encode(bad.join(QStringLiteral("\r\n"))));
            QVERIFY2(!check.ok(), qPrintable(partner));
        }
    }
}

void TestPartners::mappingRefusesBadInput()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    PartnerMapping mapping(store);
    // Not a super-administrator: refused, nothing written.
    auto refused = mapping.map(shop->admin, QStringLiteral("mobilier.chaise"),
        QStringLiteral("ecomaison"), QStringLiteral("EA-PLAN"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    promoteToSuperAdmin(*shop);
    const auto unknownCode = mapping.map(shop->admin, QStringLiteral("mobilier.chaise"),
        QStringLiteral("ecomaison"), QStringLiteral("EA-TRONE"));
    QVERIFY(!unknownCode);
    QVERIFY2(unknownCode.error().message.contains(QStringLiteral("EA-TRONE"))
            && unknownCode.error().message.contains(QStringLiteral("EA-ASSISE")),
        qPrintable(unknownCode.error().message));
    QVERIFY(!mapping.map(shop->admin, QStringLiteral("mobilier.chaise"), QStringLiteral("citeo"),
        QStringLiteral("EA-PLAN")));
    QVERIFY(!mapping.map(shop->admin, QStringLiteral("no.such"), QStringLiteral("ecomaison"),
        QStringLiteral("EA-PLAN")));
    // A code of another partner.
    QVERIFY(!mapping.map(shop->admin, QStringLiteral("mobilier.chaise"),
        QStringLiteral("ecomaison"), QStringLiteral("TLC-HAB")));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM category_partner")), 0);
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("category.partner-map")), 0);

    // The defaults are shown as defaults; a mapping replaces, a reset restores them.
    auto entries = mapping.list();
    QVERIFY(entries);
    const auto find = [](const QList<PartnerMapping::Entry> &list, const QString &id) {
        return *std::find_if(list.cbegin(), list.cend(),
            [&](const PartnerMapping::Entry &e) { return e.categoryId == id; });
    };
    QCOMPARE(find(*entries, QStringLiteral("mobilier.chaise")).assignment.source,
        PartnerAssignment::Source::Default);
    QCOMPARE(find(*entries, QStringLiteral("eee.ecran")).assignment.code, QStringLiteral("EEE-2"));
    QCOMPARE(find(*entries, QStringLiteral("livres.livre")).assignment.partner, QString());
    QVERIFY(mapping.map(shop->admin, QStringLiteral("mobilier.chaise"), QStringLiteral("ecomaison"),
        QStringLiteral("EA-PLAN")));
    QCOMPARE(
        mapping.resolve(QStringLiteral("mobilier.chaise"), {}).code, QStringLiteral("EA-PLAN"));
    // One eco-organism per category: a new mapping replaces the old one.
    QVERIFY(mapping.map(shop->admin, QStringLiteral("mobilier.chaise"), QStringLiteral("refashion"),
        QStringLiteral("TLC-HAB")));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM category_partner")), 1);
    QCOMPARE(mapping.resolve(QStringLiteral("mobilier.chaise"), {}).partner,
        QStringLiteral("refashion"));
    QVERIFY(mapping.reset(shop->admin, QStringLiteral("mobilier.chaise")));
    QCOMPARE(mapping.resolve(QStringLiteral("mobilier.chaise"), {}).source,
        PartnerAssignment::Source::Default);
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("category.partner-map")), 3);
}

// A chair of 10 t leaving by an outflow: refused for a cashier, nothing written, the figures
// unchanged.
void TestPartners::absurdOutflowWritesNothing()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    const QDate today = store.businessDay(shop->clock.nowUtc());
    const auto before = TonnageReports(store).aggregate(today, today);
    QVERIFY(before);
    for (const qint64 grams : {qint64(10'000'000), qint64(-5000), qint64(0)}) {
        OutflowDraft draft;
        draft.lines = {OutflowLineDraft{QStringLiteral("mobilier.chaise"), 1, grams}};
        QVERIFY(!Outflows(store).record(shop->cashier, draft));
    }
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM outflow")), 0);
    const auto after = TonnageReports(store).aggregate(today, today);
    QVERIFY(after);
    QCOMPARE(after->total, before->total);
    // A period that ends before it starts is refused too.
    QVERIFY(!TonnageReports(store).aggregate(today, today.addDays(-1)));
    QVERIFY(!TonnageReports(store).prepare(shop->cashier, today, today));
}

void TestPartners::schedulePerPartner()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    FlowFixture fixture;
    QVERIFY(fixture.build(store));
    ExportSchedule s;
    s.kind = ExportSchedule::Kind::Quarterly;
    s.partner = QStringLiteral("ecomaison");
    const auto added = ExportSchedules(store).add(shop->admin, s);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    s.partner = QStringLiteral("citeo");
    QVERIFY(!ExportSchedules(store).add(shop->admin, s));
    QCOMPARE(ExportSchedules(store).list().size(), 1);
    QCOMPARE(ExportSchedules(store).list().first().partner, QStringLiteral("ecomaison"));
    shop->clock.set(QDateTime(QDate(2026, 4, 2), QTime(8, 0), QTimeZone::utc()));
    EcologicExport exporter(store);
    QStringList published;
    exporter.setPublisher([&](const QString &, const QString &remote) { published << remote; });
    const auto runs = ExportSchedules(store).runDue(exporter);
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1);
    QVERIFY2(runs->first().ok, qPrintable(runs->first().message));
    QVERIFY(QFileInfo(runs->first().file).fileName().startsWith(QStringLiteral("ecomaison_")));
    QCOMPARE(published.size(), 1);
    QFile file(runs->first().file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(Partners::definition(QStringLiteral("ecomaison"))->check(file.readAll()).ok());
}

void TestPartners::reportFiles()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    FlowFixture fixture;
    QVERIFY(fixture.build(*shop->store));
    const auto report = TonnageReports(*shop->store).aggregate(fixture.first, fixture.last);
    QVERIFY(report);
    const QByteArray csv = TonnageReports::csv(*report);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFperiode_debut;periode_fin;site;niveau;"));
    const QStringList lines =
        QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(),
        1 + 1 + report->byPartner.size() + report->byPartnerCategory.size()
            + report->byCategory.size() + report->byTown.size());
    const QStringList total = lines.at(1).split(QLatin1Char(';'));
    QCOMPARE(total.at(3), QStringLiteral("total"));
    // entrees_kg: the total received in kg with three decimals.
    QCOMPARE(total.at(8),
        QString::number(report->total.receivedGrams / 1000) + QLatin1Char(',')
            + QString::number(report->total.receivedGrams % 1000)
                  .rightJustified(3, QLatin1Char('0')));
    const QJsonObject json = TonnageReports::json(*report);
    QCOMPARE(json.value(QStringLiteral("total"))
                 .toObject()
                 .value(QStringLiteral("received_grams"))
                 .toInteger(),
        report->total.receivedGrams);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bilan.xlsx"));
    QVERIFY(TonnageReports::writeXlsx(*report, path));
    QFile xlsx(path);
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    QVERIFY(xlsx.readAll().startsWith("PK")); // a zip archive
    QVERIFY(
        !TonnageReports::writeXlsx(*report, folder.filePath(QStringLiteral("no/such/dir/x.xlsx"))));

    // The PDF in the site's branding: its logo at the top right, kept in proportion, its primary
    // colour on the titles and its accent colour on the rules; without a logo no image and the
    // default green titles. The text, figures included, is the same with and without it.
    SiteInfo site = shop->store->site();
    site.name = QStringLiteral("Ressourcerie des Aravis");
    site.address = QStringLiteral("12 rue de l'Église\n74230 Thônes");
    site.siret = QStringLiteral("12345678900017");

    SiteSettings plain;
    const QByteArray unbranded = TonnageReports::pdf(*report, site, plain);
    QVERIFY(!unbranded.contains("/XObject"));
    QVERIFY(!unbranded.contains("/Subtype /Image"));
    QVERIFY(unbranded.contains("0.1804 0.4902 0.1961 rg")); // #2E7D32, the default titles
    QVERIFY(unbranded.contains("0.6196 0.6196 0.6196 RG")); // #9E9E9E, the default rules
    // A logo that is no image draws nothing and the report still comes out.
    plain.logo = QByteArrayLiteral("not an image");
    QCOMPARE(TonnageReports::pdf(*report, site, plain), unbranded);

    // A red logo of 60 × 30 pixels: read at 300 × 150 pixels (the largest within 360 × 150),
    // printed at 112 × 56 points (the largest within 140 × 56), its top right corner 40 points
    // from the right edge (595 - 40 - 112 = 443) and 30 from the top (842 - 30 - 56 = 756).
    SiteSettings branding;
    branding.logo = recaisse::test::solidPng(QSize(60, 30), qRgb(0xc6, 0x28, 0x28));
    QVERIFY(!branding.logo.isEmpty());
    branding.primaryColor = QStringLiteral("#123456");
    branding.accentColor = QStringLiteral("#ABCDEF");
    const QByteArray branded = TonnageReports::pdf(*report, site, branding);
    QVERIFY(branded.contains("/XObject << /Im0 "));
    QVERIFY(branded.contains("/Subtype /Image /Width 300 /Height 150 /ColorSpace /DeviceRGB"));
    QVERIFY(branded.contains("q 112.00 0 0 56.00 443.00 756.00 cm /Im0 Do Q"));
    QVERIFY(branded.contains("0.0706 0.2039 0.3373 rg")); // #123456
    QVERIFY(branded.contains("0.6706 0.8039 0.9373 RG")); // #ABCDEF
    QVERIFY(!branded.contains("0.1804 0.4902 0.1961 rg"));

    // A long name: wrapped short of the logo in the heading (515 - 112 - 16 = 387 points: 39
    // characters of 16-point bold), shortened in the footer so that it stops before the page's
    // number (515 - 12 - 52.8 = 450.2 points: 101 characters of 8-point text, the period's 47
    // included, so 53 of the name and an ellipsis).
    QCOMPARE(fixture.first, QDate(2026, 1, 1));
    QCOMPARE(fixture.last, QDate(2026, 3, 31));
    SiteInfo association = site;
    association.name = QStringLiteral(
        "Association intercommunale de réemploi et de valorisation des objets du Grand Annecy");
    const QByteArray longName = TonnageReports::pdf(*report, association, branding);
    const auto shown = [&longName](const QString &text) {
        return longName.contains(QByteArray("(" + pdfWinAnsi(text) + ") Tj"));
    };
    QVERIFY(shown(QStringLiteral("Association intercommunale de réemploi")));
    QVERIFY(shown(QStringLiteral("et de valorisation des objets du Grand")));
    QVERIFY(shown(QStringLiteral("Annecy")));
    QVERIFY(shown(QStringLiteral("Association intercommunale de réemploi et de valorisa…, "
                                 "material report from 01/01/2026 to 31/03/2026")));

    // Read back as a person's viewer shows it: the same text, the accents whole.
    const auto written = [&folder](const QString &name, const QByteArray &pdf) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return QString();
        return file.fileName();
    };
    const QString unbrandedPath = written(QStringLiteral("plain.pdf"), unbranded);
    const QString brandedPath = written(QStringLiteral("branded.pdf"), branded);
    const QStringList text = recaisse::test::pdfTextLines(brandedPath);
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils, scripts/deps --test) must read the PDF");
    QCOMPARE(text, recaisse::test::pdfTextLines(unbrandedPath));
    QCOMPARE(text.first(), site.name);
    QVERIFY(text.contains(QStringLiteral("12 rue de l'Église")));
    QVERIFY(text.contains(QStringLiteral("74230 Thônes")));

    // The logo on the first page at 72 dpi: 112 pixels of red on a row.
    const QStringList pages = recaisse::test::renderPdfPages(brandedPath, folder.path(), 72);
    QCOMPARE(pages.size(), recaisse::test::pdfPageCount(brandedPath));
    const QImage first(pages.first());
    const int logo = recaisse::test::longestRun(first, qRgb(0xc6, 0x28, 0x28), 12);
    QVERIFY2(qAbs(logo - 112) <= 2, qPrintable(QString::number(logo)));
}

// Refashion counts pieces: a lot sold or received by the kilo is its weight in standard pieces,
// not one item. Ecomaison, which declares weights, keeps counting a lot as one item.
void TestPartners::refashionCountsLotsInPieces()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    QSqlQuery query(shop->store->db().connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE category SET price_per_kg_cents = 500 "
                                      "WHERE id IN ('textile.vetements', 'jouets.jouet')")));
    const QDate day(2026, 2, 10);
    recaisse::test::RawFlows flows(*shop->store);
    // Clothes (TLC-HAB, 400 g a piece). Received: a bag of 8 kg weighed whole (one item of a
    // category sold by the kilo: 8000 / 400 = 20 pieces) and 5 pieces counted, 2 kg.
    QVERIFY(
        flows.deposit(day, QStringLiteral("textile.vetements"), 1, 8000, QStringLiteral("shop")));
    QVERIFY(
        flows.deposit(day, QStringLiteral("textile.vetements"), 5, 2000, QStringLiteral("shop")));
    // Sold: lots of 2,45 kg and 1 kg by the kilo, and 3 pieces counted weighing 1,2 kg. The lots
    // weigh 3450 g = 8,625 pieces, 9 half up: 3 + 9 = 12 pieces.
    QVERIFY(flows.sale(day, QStringLiteral("textile.vetements"), 1, 2450, 1225, 500));
    QVERIFY(flows.sale(day, QStringLiteral("textile.vetements"), 1, 1000, 500, 500));
    QVERIFY(flows.sale(day, QStringLiteral("textile.vetements"), 3, 1200, 600));
    // Toys (Ecomaison, by weight): a lot of 3 kg stays one item.
    QVERIFY(flows.sale(day, QStringLiteral("jouets.jouet"), 1, 3000, 1500, 500));

    const auto period = EcologicPeriod::quarter(2026, 1);
    QVERIFY(period);
    EcologicExport refashion(*shop->store, QStringLiteral("refashion"));
    const auto declaration = refashion.aggregate(*period);
    QVERIFY2(declaration, qPrintable(declaration ? QString() : declaration.error().message));
    const EcologicRow &clothes = declaration->rows.first();
    QCOMPARE(clothes.code, QStringLiteral("TLC-HAB"));
    QCOMPARE(clothes.depositCount, 25);
    QCOMPARE(clothes.depositGrams, 10000);
    QCOMPARE(clothes.reuseCount, 12);
    QCOMPARE(clothes.reuseGrams, 4650);
    // In the file: 25 pieces = 10 kg standard, 10 kg weighed; 12 pieces = 4,8 kg standard,
    // 4,65 kg weighed, none estimated.
    const auto bytes = refashion.render(*declaration);
    QVERIFY(bytes);
    QVERIFY2(QString::fromUtf8(*bytes).contains(
                 QStringLiteral(";TLC-HAB;Textiles d'habillement;0,400;25;10,000;10,000;12;4,800;"
                                "4,650;0,000;")),
        bytes->constData());
    QVERIFY(refashion.check(*declaration).ok());

    EcologicExport ecomaison(*shop->store, QStringLiteral("ecomaison"));
    const auto furniture = ecomaison.aggregate(*period);
    QVERIFY(furniture);
    bool toys = false;
    for (const EcologicRow &row : furniture->rows) {
        if (row.code == QLatin1String("JOUET")) {
            toys = true;
            QCOMPARE(row.reuseCount, 1);
            QCOMPARE(row.reuseGrams, 3000);
        }
    }
    QVERIFY(toys);

    // The tonnage report counts the same pieces for the partner category and the shop category.
    const auto report = TonnageReports(*shop->store).aggregate(period->from, period->to);
    QVERIFY(report);
    int seen = 0;
    for (const TonnageGroup &group : report->byPartnerCategory) {
        if (group.partner == QLatin1String("refashion") && group.code == QLatin1String("TLC-HAB")) {
            QCOMPARE(group.figures.receivedCount, 25);
            QCOMPARE(group.figures.soldCount, 12);
            ++seen;
        }
    }
    for (const TonnageGroup &group : report->byCategory) {
        if (group.code == QLatin1String("textile.vetements")) {
            QCOMPARE(group.figures.soldCount, 12);
            ++seen;
        } else if (group.code == QLatin1String("jouets.jouet")) {
            QCOMPARE(group.figures.soldCount, 1);
            ++seen;
        }
    }
    QCOMPARE(seen, 3);
}

QTEST_GUILESS_MAIN(TestPartners)
#include "tst_partners.moc"
