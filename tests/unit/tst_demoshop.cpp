#include "core/cashsession.h"
#include "core/demoshop.h"
#include "core/integrity.h"
#include "core/statistics.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

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
    const auto report = IntegrityCheck(store).run();
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
    void refusesBadArguments();

private:
    std::unique_ptr<TestShop> m_first;
};

void TestDemoShop::generateMakesAHealthyShop()
{
    m_first = TestShop::create();
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
    auto second = TestShop::create();
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

    auto result = DemoShop(store, m_first->clock).generate(5, 8);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
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

QTEST_GUILESS_MAIN(TestDemoShop)
#include "tst_demoshop.moc"
