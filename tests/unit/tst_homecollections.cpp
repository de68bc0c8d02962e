// Where the tonnes come from: the site's towns (an administered list), the donor's town on a
// deposit (refused when not in the list), the tonnage received per town, and home collections
// whose pickup becomes a deposit of the channel "home collection" while the donor's address and
// contact are erased. Figures computed by hand from the lines inserted.

#include "core/admin/sites.h"
#include "core/deposits.h"
#include "core/exports/tonnagereport.h"
#include "core/homecollections.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/pdfpages.h"
#include "core/store.h"
#include "core/towns.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::auditCount;
using recaisse::test::TestShop;

namespace {

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery query(store.db().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString text(Store &store, const QString &sql)
{
    QSqlQuery query(store.db().connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<none>");
    return query.value(0).toString();
}

DepositLineDraft line(const char *categoryId, qint64 grams,
    Origin origin = Origin::VoluntaryDropOff, Destination destination = Destination::Shop)
{
    DepositLineDraft l;
    l.categoryId = QString::fromLatin1(categoryId);
    l.weightGrams = grams;
    l.origin = origin;
    l.destination = destination;
    return l;
}

DepositDraft deposit(const QString &town, const QList<DepositLineDraft> &lines)
{
    DepositDraft d;
    d.town = town;
    d.lines = lines;
    return d;
}

const TonnageGroup *townOf(const TonnageReport &report, const QString &postcode)
{
    for (const TonnageGroup &g : report.byTown) {
        if (g.code == postcode)
            return &g;
    }
    return nullptr;
}

qint64 writtenRows(Store &store)
{
    return scalar(store,
        QStringLiteral("SELECT (SELECT count(*) FROM document) + (SELECT count(*) FROM "
                       "deposit_line) + (SELECT count(*) FROM home_collection)"));
}

} // namespace

class TestHomeCollections : public QObject
{
    Q_OBJECT

private slots:
    void townsAreAnAdministeredList();
    void depositsNameTheirTownAndTheReportCountsIt();
    void aTownNotInTheListIsRefused();
    void aPickupBecomesADepositAndForgetsTheAddress();
    void badPickupsWriteNothing();
    void aWrongPinInAPickupStaysRecorded();
};

void TestHomeCollections::townsAreAnAdministeredList()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    Towns towns(store);
    const auto refused =
        towns.add(shop->cashier, QStringLiteral("Montreuil"), QStringLiteral("93100"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    const auto montreuil =
        towns.add(shop->admin, QStringLiteral(" Montreuil "), QStringLiteral("93100"));
    QVERIFY2(montreuil, qPrintable(montreuil.error().message));
    QCOMPARE(montreuil->label(), QStringLiteral("Montreuil (93100)"));
    QVERIFY(towns.add(shop->admin, QStringLiteral("Bagnolet"), QStringLiteral("93170")));
    // The same name elsewhere is another town; the same town twice is not.
    QVERIFY(towns.add(shop->admin, QStringLiteral("Montreuil"), QStringLiteral("62170")));
    QVERIFY(!towns.add(shop->admin, QStringLiteral("montreuil"), QStringLiteral("93100")));
    QVERIFY(!towns.add(shop->admin, QStringLiteral("Vincennes"), QStringLiteral("9430")));
    QVERIFY(!towns.add(shop->admin, QStringLiteral("Vincennes"), QStringLiteral("94 300")));
    QVERIFY(!towns.add(shop->admin, QStringLiteral("  "), QStringLiteral("94300")));
    QVERIFY(!towns.add(shop->admin, QString(61, QLatin1Char('x')), QStringLiteral("94300")));
    QCOMPARE(towns.list()->size(), qint64(3));
    // A name two towns share needs its postcode.
    QVERIFY(!towns.find(QStringLiteral("Montreuil")));
    QCOMPARE(towns.find(QStringLiteral("montreuil (93100)"))->id, montreuil->id);
    QCOMPARE(towns.find(QStringLiteral("93170"))->name, QStringLiteral("Bagnolet"));
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("town.add")), 3);
    QVERIFY(!towns.remove(shop->cashier, montreuil->id));
    QVERIFY(towns.remove(shop->admin, montreuil->id));
    QCOMPARE(towns.list()->size(), qint64(2));
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("town.remove")), 1);
}

void TestHomeCollections::depositsNameTheirTownAndTheReportCountsIt()
{
    auto shop = TestShop::create(StationKind::Reception);
    QVERIFY(shop);
    Store &store = *shop->store;
    Towns towns(store);
    QVERIFY(towns.add(shop->admin, QStringLiteral("Bagnolet"), QStringLiteral("93170")));
    QVERIFY(towns.add(shop->admin, QStringLiteral("Montreuil"), QStringLiteral("93100")));
    Deposits deposits(store);
    // Montreuil: 12,5 kg brought and 3 kg collected at home, in two deposits; Bagnolet 7 kg;
    // 2 kg from nobody asked.
    const auto first = deposits.record(shop->reception,
        deposit(QStringLiteral("Montreuil (93100)"),
            {line("divers", 12'500), line("divers", 3'000, Origin::HomeCollection)}));
    QVERIFY2(first, qPrintable(first.error().message));
    QCOMPARE(first->town, QStringLiteral("Montreuil (93100)"));
    QVERIFY(deposits.record(
        shop->reception, deposit(QStringLiteral("93170"), {line("textile.vetements", 7'000)})));
    QVERIFY(deposits.record(shop->reception, deposit(QString(), {line("divers", 2'000)})));
    QVERIFY(deposits.record(
        shop->reception, deposit(QStringLiteral("montreuil"), {line("divers", 500)})));

    // New deposits are of form 2, and the town is what their hash covers.
    QCOMPARE(scalar(store,
                 QStringLiteral("SELECT count(*) FROM document WHERE kind = 'deposit' "
                                "AND form = 2")),
        qint64(4));
    QCOMPARE(text(store, QStringLiteral("SELECT town_postcode FROM deposit ORDER BY seq LIMIT 1")),
        QStringLiteral("93100"));
    QVERIFY(IntegrityCheck(store).run()->intact());

    // Most frequent first.
    const auto listed = towns.list();
    QVERIFY(listed);
    QCOMPARE(listed->first().name, QStringLiteral("Montreuil"));
    QCOMPARE(listed->first().deposits, qint64(2));

    const auto report =
        TonnageReports(store).prepare(shop->admin, QDate(2026, 3, 1), QDate(2026, 3, 31));
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(report->byTown.size(), qint64(3));
    const TonnageGroup *montreuil = townOf(*report, QStringLiteral("93100"));
    QVERIFY(montreuil);
    QCOMPARE(report->byTown.first().code, QStringLiteral("93100")); // heaviest first
    QCOMPARE(montreuil->figures.receivedGrams, qint64(16'000));
    QCOMPARE(
        montreuil->figures.receivedByChannel.value(QStringLiteral("voluntary")), qint64(13'000));
    QCOMPARE(montreuil->figures.receivedByChannel.value(QStringLiteral("home-collection")),
        qint64(3'000));
    QCOMPARE(townOf(*report, QStringLiteral("93170"))->figures.receivedGrams, qint64(7'000));
    QCOMPARE(report->byTown.last().label, QString()); // no town given, last
    QCOMPARE(report->byTown.last().figures.receivedGrams, qint64(2'000));
    qint64 sum = 0;
    for (const TonnageGroup &g : report->byTown)
        sum += g.figures.receivedGrams;
    QCOMPARE(sum, report->total.receivedGrams);
    QCOMPARE(report->total.receivedGrams, qint64(25'000));

    // The same figures in the page's lines, the CSV and the JSON.
    const QList<TonnageLine> lines = TonnageReports::townLines(*report);
    QCOMPARE(lines.first().label, QStringLiteral("Montreuil (93100)"));
    QCOMPARE(lines.first().value, weight::format(16'000));
    const QString csv = QString::fromUtf8(TonnageReports::csv(*report));
    QVERIFY2(csv.contains(QStringLiteral(";commune;;93100;Montreuil;3;16,000;13,000;3,000;0,000;"
                                         "0,000;;")),
        qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral(";commune;;;;1;2,000;2,000;")));
    const QJsonObject json = TonnageReports::json(*report);
    QCOMPARE(json.value(QStringLiteral("by_town")).toArray().size(), qint64(3));
    const QByteArray pdf = TonnageReports::pdf(*report, store.site(), SiteSettings{});
    QVERIFY(pdf.contains(pdfWinAnsi(QStringLiteral("Montreuil (93100)"))));

    // The town is in what the deposit's hash covers: changing it is seen.
    QSqlQuery tamper(store.db().connection());
    QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER deposit_no_update")));
    QVERIFY(
        tamper.exec(QStringLiteral("UPDATE deposit SET town = 'Paris' WHERE town = 'Bagnolet'")));
    QVERIFY(!IntegrityCheck(store).run()->intact());
}

void TestHomeCollections::aTownNotInTheListIsRefused()
{
    auto shop = TestShop::create(StationKind::Reception);
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(Towns(store).add(shop->admin, QStringLiteral("Montreuil"), QStringLiteral("93100")));
    const qint64 before = writtenRows(store);
    const auto refused = Deposits(store).record(
        shop->reception, deposit(QStringLiteral("Paris"), {line("divers", 4'000)}));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("Paris")),
        qPrintable(refused.error().message));
    QVERIFY(!Deposits(store).validate(deposit(QStringLiteral("75001"), {line("divers", 4'000)})));
    QCOMPARE(writtenRows(store), before);
}

void TestHomeCollections::aPickupBecomesADepositAndForgetsTheAddress()
{
    auto shop = TestShop::create(StationKind::Reception);
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(Towns(store).add(shop->admin, QStringLiteral("Montreuil"), QStringLiteral("93100")));
    HomeCollections collections(store);
    const QString address = QStringLiteral("12 rue des Lilas, 3e étage");
    const QString contact = QStringLiteral("Mme Durand 06 12 34 56 78");
    const auto planned = collections.plan(shop->reception,
        HomeCollectionDraft{store.today().addDays(2), QStringLiteral("93100"), address, contact,
            QStringLiteral("Armoire démontée")});
    QVERIFY2(planned, qPrintable(planned.error().message));
    QCOMPARE(planned->id, QStringLiteral("1"));
    QCOMPARE(collections.list()->size(), qint64(1));
    QCOMPARE(collections.list()->first().address, address);

    // The slip carries the address for the team.
    const QByteArray slip = HomeCollections::slip(*planned, store.site());
    QVERIFY(slip.startsWith("%PDF"));
    QVERIFY(slip.contains(pdfWinAnsi(QStringLiteral("12 rue des Lilas"))));

    // The pickup: a chair of 8 kg for the shop, 4,5 kg of scrap to recycling.
    const auto done = collections.done(shop->reception, planned->id,
        {line("mobilier.chaise", 8'000),
            line("divers", 4'500, Origin::VoluntaryDropOff, Destination::Recycling)});
    QVERIFY2(done, qPrintable(done.error().message));
    QCOMPARE(done->totalWeightGrams, qint64(12'500));
    QCOMPARE(done->town, QStringLiteral("Montreuil (93100)"));
    // Every line is of the channel "home collection", whatever the draft said.
    QCOMPARE(scalar(store,
                 QStringLiteral("SELECT count(*) FROM deposit_line WHERE origin = "
                                "'home-collection'")),
        qint64(2));
    const auto after = collections.find(planned->id);
    QVERIFY(after);
    QCOMPARE(after->status, CollectionStatus::Done);
    QCOMPARE(after->depositNumber, done->stamp.number);
    QCOMPARE(scalar(store,
                 QStringLiteral("SELECT count(*) FROM home_collection WHERE address IS "
                                "NULL AND contact IS NULL")),
        qint64(1));
    QCOMPARE(collections.list()->size(), qint64(0)); // no longer planned
    QCOMPARE(collections.list({}, true)->size(), qint64(1));
    // The address never went into the audit trail nor any document.
    QCOMPARE(scalar(store,
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE details LIKE "
                                "'%Lilas%' OR details LIKE '%Durand%'")),
        qint64(0));
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("collection.plan")), 1);
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("collection.done")), 1);

    const auto report =
        TonnageReports(store).prepare(shop->admin, QDate(2026, 3, 1), QDate(2026, 3, 31));
    QVERIFY(report);
    QCOMPARE(
        report->total.receivedByChannel.value(QStringLiteral("home-collection")), qint64(12'500));
    QCOMPARE(report->total.recycledGrams, qint64(4'500));
    QCOMPARE(townOf(*report, QStringLiteral("93100"))
                 ->figures.receivedByChannel.value(QStringLiteral("home-collection")),
        qint64(12'500));
    QVERIFY(IntegrityCheck(store).run()->intact());

    // A cancelled one forgets its address too.
    const auto second = collections.plan(shop->reception,
        HomeCollectionDraft{store.today(), QStringLiteral("Montreuil"), address, contact});
    QVERIFY2(second, qPrintable(second.error().message));
    QCOMPARE(second->id, QStringLiteral("2"));
    QVERIFY(collections.cancel(shop->reception, second->id));
    QCOMPARE(collections.find(second->id)->status, CollectionStatus::Cancelled);
    QCOMPARE(collections.find(second->id)->address, QString());
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("collection.cancel")), 1);
}

void TestHomeCollections::badPickupsWriteNothing()
{
    auto shop = TestShop::create(StationKind::Reception);
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(Towns(store).add(shop->admin, QStringLiteral("Montreuil"), QStringLiteral("93100")));
    HomeCollections collections(store);
    const auto draftFor = [&store](const QDate &day, const char *town, const char *address,
                              const char *contact) {
        return HomeCollectionDraft{
            day, QString::fromUtf8(town), QString::fromUtf8(address), QString::fromUtf8(contact)};
    };
    const QDate today = store.today();
    qint64 before = writtenRows(store);
    const QList<std::pair<const char *, HomeCollectionDraft>> badPlans = {
        {"a town not in the list", draftFor(today, "Paris", "1 rue A", "Luc")},
        {"a day gone", draftFor(today.addDays(-1), "93100", "1 rue A", "Luc")},
        {"more than a year ahead", draftFor(today.addDays(400), "93100", "1 rue A", "Luc")},
        {"no address", draftFor(today, "93100", "  ", "Luc")},
        {"no contact", draftFor(today, "93100", "1 rue A", "")},
    };
    for (const auto &[what, draft] : badPlans) {
        const auto refused = collections.plan(shop->reception, draft);
        QVERIFY2(!refused, what);
        QVERIFY2(!refused.error().message.isEmpty(), what);
    }
    QCOMPARE(writtenRows(store), before);

    const auto planned =
        collections.plan(shop->reception, draftFor(today, "93100", "1 rue A", "Luc 0601"));
    QVERIFY2(planned, qPrintable(planned.error().message));
    before = writtenRows(store);
    // An absurd weight: above 10 t, or 9 t on a chair without an administrator's confirmation.
    const auto tooHeavy =
        collections.done(shop->reception, planned->id, {line("divers", 10'000'001)});
    QVERIFY(!tooHeavy);
    QVERIFY2(tooHeavy.error().message.contains(QLatin1String("10 000 kg")),
        qPrintable(tooHeavy.error().message));
    QVERIFY(!collections.done(shop->reception, planned->id, {line("divers", -3)}));
    const auto chair =
        collections.done(shop->reception, planned->id, {line("mobilier.chaise", 9'000'000)});
    QVERIFY(!chair);
    QCOMPARE(chair.error().code, ErrorCode::UnlockRequired);
    QVERIFY(!collections.done(shop->reception, planned->id, {}));
    QVERIFY(!collections.done(shop->reception, QStringLiteral("99"), {line("divers", 1'000)}));
    QCOMPARE(writtenRows(store), before);
    QCOMPARE(collections.find(planned->id)->status, CollectionStatus::Planned);
    QCOMPARE(collections.find(planned->id)->address, QStringLiteral("1 rue A"));

    // Done once; done twice is refused and writes nothing.
    QVERIFY(collections.done(shop->reception, planned->id, {line("divers", 5'000)}));
    before = writtenRows(store);
    const auto twice = collections.done(shop->reception, planned->id, {line("divers", 5'000)});
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains(QLatin1String("already done")),
        qPrintable(twice.error().message));
    QVERIFY(!collections.cancel(shop->reception, planned->id));
    QCOMPARE(writtenRows(store), before);

    // A cancelled one is never done.
    const auto cancelled =
        collections.plan(shop->reception, draftFor(today, "93100", "2 rue B", "Ana"));
    QVERIFY(cancelled);
    QVERIFY(collections.cancel(shop->reception, cancelled->id));
    before = writtenRows(store);
    const auto afterCancel =
        collections.done(shop->reception, cancelled->id, {line("divers", 5'000)});
    QVERIFY(!afterCancel);
    QVERIFY2(afterCancel.error().message.contains(QLatin1String("cancelled")),
        qPrintable(afterCancel.error().message));
    QVERIFY(!collections.cancel(shop->reception, cancelled->id));
    QCOMPARE(writtenRows(store), before);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM document WHERE kind = 'deposit'")),
        qint64(1));
}

// A 9 t chair needs an administrator's confirmation. A wrong administrator PIN typed for it
// refuses the pickup and writes none of it, but the failed attempt is audited and counted, and
// five of them lock the administrator out, exactly as at the reception desk.
void TestHomeCollections::aWrongPinInAPickupStaysRecorded()
{
    auto shop = TestShop::create(StationKind::Reception);
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(Towns(store).add(shop->admin, QStringLiteral("Montreuil"), QStringLiteral("93100")));
    HomeCollections collections(store);
    const auto plan = [&](const char *address) {
        return collections
            .plan(shop->reception,
                HomeCollectionDraft{store.today(), QStringLiteral("93100"),
                    QString::fromLatin1(address), QStringLiteral("Luc 0601")})
            .value();
    };
    const auto failedAttempts = [&] {
        return scalar(store,
            QStringLiteral("SELECT failed_attempts FROM app_user WHERE id = '%1'")
                .arg(shop->admin.userId));
    };
    const QList<DepositLineDraft> chair{line("mobilier.chaise", 9'000'000)};
    const Unlock wrong{shop->admin.userId, QStringLiteral("654321")};
    const Unlock right{shop->admin.userId, QStringLiteral("123456")};

    const HomeCollection first = plan("1 rue A");
    qint64 before = writtenRows(store);
    const int failuresBefore = auditCount(store, QStringLiteral("login.failure"));
    const auto refused = collections.done(shop->reception, first.id, chair, wrong);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(writtenRows(store), before);
    QCOMPARE(collections.find(first.id)->status, CollectionStatus::Planned);
    QCOMPARE(collections.find(first.id)->address, QStringLiteral("1 rue A"));
    QCOMPARE(auditCount(store, QStringLiteral("login.failure")), failuresBefore + 1);
    QCOMPARE(failedAttempts(), qint64(1));

    // The right PIN: done, the weight's confirmation audited, the count of failures reset.
    const auto done = collections.done(shop->reception, first.id, chair, right);
    QVERIFY2(done, qPrintable(done.error().message));
    QCOMPARE(auditCount(store, QStringLiteral("weight.override")), 1);
    QCOMPARE(failedAttempts(), qint64(0));
    QCOMPARE(collections.find(first.id)->status, CollectionStatus::Done);

    // Five wrong PINs on another pickup lock the administrator: the right PIN is refused next.
    const HomeCollection second = plan("2 rue B");
    before = writtenRows(store);
    for (int i = 0; i < Users::maxFailedAttempts; ++i)
        QVERIFY(!collections.done(shop->reception, second.id, chair, wrong));
    QCOMPARE(auditCount(store, QStringLiteral("login.lock")), 1);
    QCOMPARE(scalar(store,
                 QStringLiteral("SELECT locked_until_utc IS NOT NULL FROM app_user WHERE id = '%1'")
                     .arg(shop->admin.userId)),
        qint64(1));
    const auto locked = collections.done(shop->reception, second.id, chair, right);
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, ErrorCode::AccountLocked);
    QCOMPARE(writtenRows(store), before);
    QCOMPARE(collections.find(second.id)->status, CollectionStatus::Planned);
}

QTEST_GUILESS_MAIN(TestHomeCollections)
#include "tst_homecollections.moc"
