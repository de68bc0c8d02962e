#include "core/cashsession.h"
#include "core/demoshop.h"
#include "core/exports/tonnagereport.h"
#include "core/integrity.h"
#include "core/statistics.h"
#include "core/technicalevents.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

using GramsPerDay = QMap<QString, QMap<QDate, qint64>>; // key (category or code) -> day -> grams

// Grams per key and business day: a query selecting key, business_day, grams.
GramsPerDay gramsPerDay(Store &store, const QString &sql)
{
    GramsPerDay grams;
    QSqlQuery q(store.db().connection());
    if (!q.exec(sql))
        return grams;
    while (q.next())
        grams[q.value(0).toString()][QDate::fromString(q.value(1).toString(), Qt::ISODate)] =
            q.value(2).toLongLong();
    return grams;
}

// The first 30-day window starting in [from, to] where a key reused more than it received, in
// words; empty when there is none. The last windows reach past the data: whatever comes next.
QString windowReusingMore(
    const GramsPerDay &reused, const GramsPerDay &received, const QDate &from, const QDate &to)
{
    for (auto key = reused.cbegin(); key != reused.cend(); ++key) {
        const QMap<QDate, qint64> in = received.value(key.key());
        for (QDate start = from; start <= to; start = start.addDays(1)) {
            qint64 windowIn = 0;
            qint64 windowOut = 0;
            for (QDate d = start; d < start.addDays(30); d = d.addDays(1)) {
                windowIn += in.value(d);
                windowOut += key->value(d);
            }
            if (windowOut > windowIn)
                return QStringLiteral("%1 from %2: %3 g reused, %4 g received")
                    .arg(key.key(), start.toString(Qt::ISODate))
                    .arg(windowOut)
                    .arg(windowIn);
        }
    }
    return {};
}

qint64 total(const GramsPerDay &grams)
{
    qint64 sum = 0;
    for (const auto &days : grams)
        for (const qint64 g : days)
            sum += g;
    return sum;
}

const QDateTime wednesday(QDate(2026, 3, 11), QTime(7, 0), QTimeZone::utc());

QList<QDate> activeDays(Store &store)
{
    QList<QDate> days;
    QSqlQuery query(store.db().connection());
    if (!query.exec(
            QStringLiteral("SELECT DISTINCT business_day FROM document ORDER BY business_day")))
        return days;
    while (query.next())
        days.append(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    return days;
}

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
        return {};
    return query.value(0).toString();
}

void verifyHealthy(Store &store)
{
    const StoreStatistics stats = StoreStatistics::collect(store);
    QVERIFY(stats.sales > 0);
    QVERIFY(stats.deposits > 0);
    QVERIFY(stats.sessionsClosed > 0);
    QCOMPARE(stats.sessionsOpen, qint64(0));
    QCOMPARE(stats.salesTotalCents, stats.linesTotalCents);
    QCOMPARE(stats.salesTotalCents, stats.paymentsTotalCents);
    QVERIFY(!CashSessions(store).current());
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    for (const QDate &day : activeDays(store)) {
        QVERIFY2(day.dayOfWeek() != Qt::Sunday && day.dayOfWeek() != Qt::Monday,
            qPrintable(day.toString(Qt::ISODate)));
    }
}

} // namespace

class TestDemoShop : public QObject
{
    Q_OBJECT

private slots:
    void generateMakesAHealthyShop();
    void sameSeedSameData();
    void demoPeopleCanLogIn();
    void secondRunContinuesForward();
    void aTechnicalEventBoundsTheDemo();
    void refusesBadArguments();
    void aYearLooksLikeARessourcerie();
    void noCategoryReusesMoreThanItReceived();

private:
    std::unique_ptr<TestShop> m_first;
};

void TestDemoShop::generateMakesAHealthyShop()
{
    m_first = TestShop::create(StationKind::Register, TestShop::DemoShop);
    QVERIFY(m_first);
    m_first->clock.set(wednesday);
    QCOMPARE(wednesday.date().dayOfWeek(), int(Qt::Wednesday));
    int calls = 0;
    DemoShop demo(*m_first->store, m_first->clock);
    auto result = demo.generate(10, 7, [&calls](DemoShop::Progress progress) {
        ++calls;
        QCOMPARE(progress.daysTotal, 10);
    });
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(calls, 11);
    QVERIFY(m_first->store->isDemo());
    verifyHealthy(*m_first->store);
    const QList<QDate> days = activeDays(*m_first->store);
    QVERIFY(!days.isEmpty());
    QVERIFY(days.last() < wednesday.date());
    QVERIFY(days.first() >= wednesday.date().addDays(-10));
}

void TestDemoShop::demoPeopleCanLogIn()
{
    QVERIFY(m_first);
    Users users(*m_first->store);
    QCOMPARE(demoPeople().size(), 6);
    for (const DemoPerson &person : demoPeople()) {
        auto user = users.findByName(QString::fromUtf8(person.name));
        QVERIFY2(user.ok(), person.name);
        QCOMPARE(toKey(user->role), QString::fromLatin1(person.roleKey));
        auto actor = users.login(user->id, QString::fromLatin1(person.pin));
        QVERIFY2(actor.ok(), qPrintable(actor.error().message));
        QCOMPARE(actor->name, QString::fromUtf8(person.name));
    }
}

void TestDemoShop::sameSeedSameData()
{
    QVERIFY(m_first);
    auto second = TestShop::create(StationKind::Register, TestShop::DemoShop);
    QVERIFY(second);
    second->clock.set(wednesday);
    auto result = DemoShop(*second->store, second->clock).generate(10, 7);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const QJsonObject a = StoreStatistics::collect(*m_first->store).toJson();
    const QJsonObject b = StoreStatistics::collect(*second->store).toJson();
    QCOMPARE(QJsonDocument(b).toJson(QJsonDocument::Compact),
        QJsonDocument(a).toJson(QJsonDocument::Compact));
    QCOMPARE(activeDays(*second->store), activeDays(*m_first->store));
    const QString documents =
        QStringLiteral("SELECT group_concat(number || ' ' || created_utc, ',') FROM "
                       "(SELECT number, created_utc FROM document ORDER BY seq)");
    QCOMPARE(text(*second->store, documents), text(*m_first->store, documents));
}

void TestDemoShop::secondRunContinuesForward()
{
    QVERIFY(m_first);
    Store &store = *m_first->store;
    const QDate lastDay = activeDays(store).last();
    const qint64 lastSeq = scalar(store, QStringLiteral("SELECT max(seq) FROM document"));
    const QString lastCreated =
        text(store, QStringLiteral("SELECT max(created_utc) FROM document"));
    const qint64 tickets =
        scalar(store, QStringLiteral("SELECT max(series_seq) FROM document WHERE series = 'T'"));
    const StoreStatistics before = StoreStatistics::collect(store);

    // The same day, the demo already reaches yesterday: nothing is added, and it says so.
    m_first->clock.set(wednesday);
    auto again = DemoShop(store, m_first->clock).generate(5, 8);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->days, 0);
    QCOMPARE(again->last, wednesday.date().addDays(-1));
    QCOMPARE(scalar(store, QStringLiteral("SELECT max(seq) FROM document")), lastSeq);

    // A week later, the days since: after the last document, and never today or later.
    const QDateTime weekLater = wednesday.addDays(7);
    m_first->clock.set(weekLater);
    auto result = DemoShop(store, m_first->clock).generate(5, 8);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->days, 5);
    QCOMPARE(result->first, weekLater.date().addDays(-5));
    QCOMPARE(result->last, weekLater.date().addDays(-1));
    QVERIFY(activeDays(store).last() < weekLater.date());
    QVERIFY(m_first->clock.nowUtc() < weekLater);
    // Ten days asked, but only the six since the last demo day are left.
    m_first->clock.set(weekLater.addDays(1));
    auto capped = DemoShop(store, m_first->clock).generate(10, 9);
    QVERIFY2(capped.ok(), qPrintable(capped.error().message));
    QCOMPARE(capped->days, 1);
    QCOMPARE(capped->first, weekLater.date());
    verifyHealthy(store);
    const StoreStatistics after = StoreStatistics::collect(store);
    QVERIFY(after.sales > before.sales);
    QVERIFY(activeDays(store).last() > lastDay);
    // Every new document is dated after everything that was there.
    QCOMPARE(
        scalar(store,
            QStringLiteral("SELECT count(*) FROM document WHERE seq > %1 AND created_utc <= '%2'")
                .arg(lastSeq)
                .arg(lastCreated)),
        qint64(0));
    QCOMPARE(
        scalar(store,
            QStringLiteral("SELECT count(*) FROM document WHERE seq > %1 AND business_day <= '%2'")
                .arg(lastSeq)
                .arg(lastDay.toString(Qt::ISODate))),
        qint64(0));
    // Ticket numbers go on without a gap.
    QCOMPARE(
        scalar(store,
            QStringLiteral("SELECT min(series_seq) FROM document WHERE series = 'T' AND seq > %1")
                .arg(lastSeq)),
        tickets + 1);
    QCOMPARE(
        scalar(store, QStringLiteral("SELECT max(series_seq) FROM document WHERE series = 'T'")),
        after.sales);
}

void TestDemoShop::aTechnicalEventBoundsTheDemo()
{
    // A station that just joined the demo shop: its first document is the configuration it
    // applied, now. Its demo days can only follow it: none today, and nothing dated after now.
    auto shop = TestShop::create(StationKind::Register, TestShop::DemoShop);
    QVERIFY(shop);
    const QDateTime joined(QDate(2026, 3, 10), QTime(11, 0), QTimeZone::utc());
    shop->clock.set(joined);
    QVERIFY(TechnicalEvents(*shop->store)
                .record(QString(), TechnicalEventKind::Configuration,
                    {{QStringLiteral("first"), true}}));
    auto none = DemoShop(*shop->store, shop->clock).generate(30, 3);
    QVERIFY2(none.ok(), qPrintable(none.error().message));
    QCOMPARE(none->days, 0);
    QCOMPARE(scalar(*shop->store, QStringLiteral("SELECT count(*) FROM document")), qint64(1));
    // Joined the day before 8 demo days (what `join --demo-days 8` does): the 8 days follow.
    shop->clock.set(joined.addDays(9));
    auto generated = DemoShop(*shop->store, shop->clock).generate(8, 3);
    QVERIFY2(generated.ok(), qPrintable(generated.error().message));
    QCOMPARE(generated->days, 8);
    QCOMPARE(generated->first, joined.date().addDays(1));
    QCOMPARE(generated->last, joined.date().addDays(8));
    QVERIFY(scalar(*shop->store, QStringLiteral("SELECT count(*) FROM sale")) > 0);
    QCOMPARE(scalar(*shop->store,
                 QStringLiteral("SELECT count(*) FROM document WHERE seq > 1 AND (created_utc <= "
                                "'%1' OR business_day >= '%2')")
                     .arg(isoUtc(joined), joined.date().addDays(9).toString(Qt::ISODate))),
        qint64(0));
    verifyHealthy(*shop->store);
}

void TestDemoShop::refusesBadArguments()
{
    QVERIFY(m_first);
    DemoShop demo(*m_first->store, m_first->clock);
    QCOMPARE(demo.generate(0, 1).error().code, ErrorCode::InvalidInput);
    QCOMPARE(demo.generate(-5, 1).error().code, ErrorCode::InvalidInput);
    QVERIFY(CashSessions(*m_first->store).open(m_first->cashier, 0).ok());
    const StoreStatistics before = StoreStatistics::collect(*m_first->store);
    QCOMPARE(demo.generate(1, 1).error().code, ErrorCode::Conflict);
    QCOMPARE(StoreStatistics::collect(*m_first->store).sales, before.sales);
    m_first.reset();
}

void TestDemoShop::aYearLooksLikeARessourcerie()
{
    // A year of the demo, judged by this test's own SQL on what was recorded.
    auto shop = TestShop::create(StationKind::Register, TestShop::DemoShop);
    QVERIFY(shop);
    shop->clock.set(QDateTime(QDate(2027, 1, 5), QTime(7, 0), QTimeZone::utc()));
    auto generated = DemoShop(*shop->store, shop->clock).generate(365, 2026);
    QVERIFY2(generated.ok(), qPrintable(generated.error().message));
    QSqlQuery q(shop->store->db().connection());

    // Takings of each open day: a few hundred to a few thousand euros.
    QVERIFY(q.exec(QStringLiteral(
        "SELECT d.business_day, sum(s.total_cents) FROM document d JOIN sale s ON s.station_id "
        "= d.station_id AND s.seq = d.seq GROUP BY d.business_day ORDER BY d.business_day")));
    QList<qint64> daily;
    QMap<int, QList<qint64>> dailyByMonth;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        daily << q.value(1).toLongLong();
        dailyByMonth[day.month()] << q.value(1).toLongLong();
    }
    QVERIFY2(daily.size() > 240 && daily.size() < 270, qPrintable(QString::number(daily.size())));
    std::sort(daily.begin(), daily.end());
    const qint64 median = daily.at(daily.size() / 2);
    qInfo("daily takings: min %lld, median %lld, max %lld cents", daily.first(), median,
        daily.last());
    QVERIFY2(daily.first() >= 100'00, qPrintable(QString::number(daily.first())));
    QVERIFY2(daily.last() <= 5'000'00, qPrintable(QString::number(daily.last())));
    QVERIFY2(median >= 300'00 && median <= 3'000'00, qPrintable(QString::number(median)));

    // Seasons: the busiest month takes at least a quarter more a day than the quietest.
    qint64 busiest = 0;
    qint64 quietest = std::numeric_limits<qint64>::max();
    for (const QList<qint64> &days : std::as_const(dailyByMonth)) {
        const qint64 average = std::accumulate(days.cbegin(), days.cend(), qint64(0)) / days.size();
        busiest = std::max(busiest, average);
        quietest = std::min(quietest, average);
    }
    QCOMPARE(dailyByMonth.size(), 12);
    qInfo("average day of the quietest month %lld, of the busiest %lld cents", quietest, busiest);
    QVERIFY2(busiest * 100 >= quietest * 125,
        qPrintable(QStringLiteral("%1 vs %2").arg(busiest).arg(quietest)));

    // Baskets: a few euros to tens of euros.
    QVERIFY(q.exec(QStringLiteral("SELECT total_cents FROM sale WHERE total_cents > 0 ORDER BY "
                                  "total_cents")));
    QList<qint64> baskets;
    while (q.next())
        baskets << q.value(0).toLongLong();
    QVERIFY(baskets.size() > 10000);
    const qint64 basketMedian = baskets.at(baskets.size() / 2);
    const qint64 basket95 = baskets.at(baskets.size() * 95 / 100);
    qInfo("baskets: median %lld, 95th percentile %lld, max %lld cents", basketMedian, basket95,
        baskets.last());
    QVERIFY2(
        basketMedian >= 2'00 && basketMedian <= 20'00, qPrintable(QString::number(basketMedian)));
    QVERIFY2(basket95 <= 80'00, qPrintable(QString::number(basket95)));

    // Electrical equipment: over any 30 days, no family reuses more than it received.
    const auto received = gramsPerDay(*shop->store,
        QStringLiteral("SELECT l.eee_code, d.business_day, sum(l.weight_grams) FROM deposit_line l "
                       "JOIN document d ON d.station_id = l.station_id AND d.seq = l.seq WHERE "
                       "l.eee_code <> '' GROUP BY 1, 2"));
    const auto reused = gramsPerDay(*shop->store,
        QStringLiteral("SELECT l.eee_code, d.business_day, sum(l.weight_grams) FROM sale_line l "
                       "JOIN document d ON d.station_id = l.station_id AND d.seq = l.seq WHERE "
                       "l.eee_code <> '' AND l.weight_grams IS NOT NULL GROUP BY 1, 2"));
    QCOMPARE(received.size(), 8);
    QVERIFY(reused.size() >= 6);
    const QString over =
        windowReusingMore(reused, received, QDate(2026, 1, 5).addDays(-29), QDate(2027, 1, 5));
    QVERIFY2(over.isEmpty(), qPrintable(over));
    const qint64 totalReceived = total(received);
    const qint64 totalReused = total(reused);
    qInfo("EEE over the year: %lld g received, %lld g reused", totalReceived, totalReused);
    QVERIFY(totalReused > 0);
}

// Every shop category, not only electrical equipment: over any 30 days, what the demo sells (as
// the tonnage counts it: the line's weight, else its category's standard weight, refunds not even
// subtracted) stays within what it received. Judged by this test's own SQL, then by the report.
void TestDemoShop::noCategoryReusesMoreThanItReceived()
{
    auto shop = TestShop::create(StationKind::Register, TestShop::DemoShop);
    QVERIFY(shop);
    const QDate last(2026, 6, 30);
    shop->clock.set(QDateTime(last.addDays(1), QTime(7, 0), QTimeZone::utc()));
    auto generated = DemoShop(*shop->store, shop->clock).generate(120, 7);
    QVERIFY2(generated.ok(), qPrintable(generated.error().message));
    const auto received = gramsPerDay(*shop->store,
        QStringLiteral("SELECT l.category_id, d.business_day, sum(l.weight_grams) FROM "
                       "deposit_line l JOIN document d ON d.station_id = l.station_id AND d.seq "
                       "= l.seq GROUP BY 1, 2"));
    const auto reused = gramsPerDay(*shop->store,
        QStringLiteral("SELECT l.category_id, d.business_day, sum(coalesce(l.weight_grams, "
                       "c.average_weight_grams * l.quantity, 0)) FROM sale_line l JOIN document "
                       "d ON d.station_id = l.station_id AND d.seq = l.seq JOIN category c ON "
                       "c.id = l.category_id GROUP BY 1, 2"));
    QVERIFY(reused.size() >= 30); // most leaves sell
    const QString over = windowReusingMore(reused, received, last.addDays(-150), last);
    QVERIFY2(over.isEmpty(), qPrintable(over));
    QVERIFY(total(reused) > 0);
    qInfo("120 days: %lld g received, %lld g reused", total(received), total(reused));
    // The tonnage report of the whole period says the same per category.
    const auto report = TonnageReports(*shop->store).aggregate(last.addDays(-130), last);
    QVERIFY2(report, qPrintable(report.error().message));
    for (const TonnageGroup &g : report->byCategory)
        QVERIFY2(g.figures.reusedGrams() <= g.figures.receivedGrams, qPrintable(g.code));
    QVERIFY(report->total.reuseRateBasisPoints() > 1000); // a shop that sells

    // Every flow shows: gifts to an association, Ecomaison's collection, the textiles stream,
    // unsorted recycling and the waste centre.
    const TonnageFigures &total = report->total;
    qInfo("given %lld g, collected %lld g, textiles %lld g, unsorted %lld g, waste %lld g",
        total.givenGrams, total.collectedGrams,
        total.recycledByStream.value(QStringLiteral("textiles")), total.unsortedRecycledGrams(),
        total.wasteGrams);
    QVERIFY(total.givenGrams > 0);
    QVERIFY(total.collectedGrams > 0);
    QVERIFY(total.recycledByStream.value(QStringLiteral("textiles")) > 0);
    QVERIFY(total.unsortedRecycledGrams() > 0);
    QVERIFY(total.wasteGrams > 0);

    // Clothes by the kilo at 5,00 €/kg: each lot costs its weight × 5 €, half up to the cent
    // (computed here: grams × 500 / 1000 cents), and Refashion counts the lots' weight in pieces
    // of 400 g.
    QSqlQuery q(shop->store->db().connection());
    QVERIFY(q.prepare(QStringLiteral(
        "SELECT l.weight_grams, l.total_cents, l.quantity, l.price_per_kg_cents FROM sale_line l "
        "JOIN document d ON d.station_id = l.station_id AND d.seq = l.seq WHERE l.category_id = "
        "'textile.kilo' AND d.business_day BETWEEN ? AND ?")));
    q.addBindValue(last.addDays(-130).toString(Qt::ISODate));
    q.addBindValue(last.toString(Qt::ISODate));
    QVERIFY(q.exec());
    int lots = 0;
    qint64 lotGrams = 0;
    while (q.next()) {
        const qint64 grams = q.value(0).toLongLong();
        QCOMPARE(q.value(3).toLongLong(), 500);
        QCOMPARE(q.value(2).toLongLong(), 1);
        QCOMPARE(q.value(1).toLongLong(), (grams * 500 * 2 + 1000) / 2000);
        lotGrams += grams;
        ++lots;
    }
    QVERIFY2(lots > 50, qPrintable(QString::number(lots)));
    bool kilo = false;
    for (const TonnageGroup &g : report->byCategory) {
        if (g.code != QLatin1String("textile.kilo"))
            continue;
        kilo = true;
        QCOMPARE(g.partner, QStringLiteral("refashion"));
        QCOMPARE(g.figures.soldGrams, lotGrams);
        QCOMPARE(g.figures.soldCount, (lotGrams * 2 + 400) / 800);
    }
    QVERIFY(kilo);
}

QTEST_GUILESS_MAIN(TestDemoShop)
#include "tst_demoshop.moc"
