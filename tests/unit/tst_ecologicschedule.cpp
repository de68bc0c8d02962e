#include "core/exports/ecologicexport.h"
#include "core/exports/exportschedule.h"
#include "core/store.h"
#include "tests/support/testshop.h"

#include <QDir>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

QDateTime local(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), paris);
}

ExportSchedule schedule(ExportSchedule::Kind kind, QTime at, int day = 1, QString cron = {})
{
    ExportSchedule s;
    s.kind = kind;
    s.at = at;
    s.day = day;
    s.cron = std::move(cron);
    return s;
}

// Calls run-due every 5 minutes from `fromUtc` to `toUtc` on a daily 02:30 schedule (Europe/Paris)
// added at `fromUtc`, as a timer would.
struct NightRuns
{
    QList<QDateTime> made; // the instants at which run-due exported
    int archived = -1; // files in the export history
    int published = 0; // files handed over for upload
};

NightRuns exportsAcross(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    NightRuns night;
    QList<QDateTime> &made = night.made;
    auto shop = TestShop::create();
    if (!shop)
        return night;
    shop->clock.set(fromUtc);
    ExportSchedules schedules(*shop->store);
    ExportSchedule s = schedule(ExportSchedule::Kind::Daily, QTime(2, 30));
    s.covers = QStringLiteral("day");
    if (auto added = schedules.add(shop->admin, s); !added) {
        qWarning("%s", qPrintable(added.error().message));
        return night;
    }
    EcologicExport exporter(*shop->store);
    exporter.setPublisher([&night](const QString &, const QString &) { ++night.published; });
    for (QDateTime now = fromUtc; now <= toUtc; now = now.addSecs(5 * 60)) {
        shop->clock.set(now);
        auto runs = schedules.runDue(exporter);
        if (!runs) {
            qWarning("%s", qPrintable(runs.error().message));
            return night;
        }
        for (const ExportSchedules::DueRun &run : std::as_const(*runs)) {
            if (!run.ok)
                qWarning("%s", qPrintable(run.message));
            made << now;
        }
    }
    night.archived = int(exporter.history().size());
    return night;
}

QDateTime next(const ExportSchedule &s, const QDateTime &after)
{
    auto result = ExportSchedules::nextRun(s, after, paris);
    if (!result) {
        qWarning("%s", qPrintable(result.error().message));
        return {};
    }
    return *result;
}

} // namespace

class TestEcologicSchedule : public QObject
{
    Q_OBJECT

private slots:
    void coveredPeriods_data();
    void coveredPeriods();
    void dailyAcrossSpringForward();
    void dailyAcrossFallBack();
    void runDueOnTheAutumnNight();
    void runDueOnTheSpringNight();
    void weekly();
    void monthlyOnThe31st();
    void leapDay();
    void quarterly();
    void cron_data();
    void cron();
    void badSpecs_data();
    void badSpecs();
    void pcOffForTwoQuarters();
    void addListRemove();
};

void TestEcologicSchedule::coveredPeriods_data()
{
    QTest::addColumn<QString>("covers");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("quarter at its start")
        << "quarter" << QDate(2026, 4, 1) << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("quarter at its end")
        << "quarter" << QDate(2026, 6, 30) << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("quarter across years")
        << "quarter" << QDate(2027, 1, 1) << QDate(2026, 10, 1) << QDate(2026, 12, 31);
    QTest::newRow("month after February")
        << "month" << QDate(2028, 3, 31) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("month across years")
        << "month" << QDate(2027, 1, 15) << QDate(2026, 12, 1) << QDate(2026, 12, 31);
    QTest::newRow("week") << "week" << QDate(2026, 11, 25) << QDate(2026, 11, 16)
                          << QDate(2026, 11, 22);
    QTest::newRow("week on a Monday")
        << "week" << QDate(2026, 11, 23) << QDate(2026, 11, 16) << QDate(2026, 11, 22);
    QTest::newRow("day after 29 February")
        << "day" << QDate(2028, 3, 1) << QDate(2028, 2, 29) << QDate(2028, 2, 29);
    QTest::newRow("year") << "year" << QDate(2027, 1, 1) << QDate(2026, 1, 1)
                          << QDate(2026, 12, 31);
}

void TestEcologicSchedule::coveredPeriods()
{
    QFETCH(QString, covers);
    QFETCH(QDate, day);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    auto period = ExportSchedules::coveredPeriod(covers, day);
    QVERIFY2(period.ok(), qPrintable(period.error().message));
    QCOMPARE(period->from, from);
    QCOMPARE(period->to, to);
}

void TestEcologicSchedule::dailyAcrossSpringForward()
{
    // 29 March 2026: 02:00 CET becomes 03:00 CEST; 02:30 does not exist that day.
    const ExportSchedule at0230 = schedule(ExportSchedule::Kind::Daily, QTime(2, 30));
    QCOMPARE(next(at0230, utc(2026, 3, 27, 12)), utc(2026, 3, 28, 1, 30)); // CET, +1
    QCOMPARE(next(at0230, utc(2026, 3, 28, 1, 30)), utc(2026, 3, 29, 1, 0)); // 03:00 CEST
    QCOMPARE(next(at0230, utc(2026, 3, 29, 1, 0)), utc(2026, 3, 30, 0, 30)); // CEST, +2

    const ExportSchedule at0300 = schedule(ExportSchedule::Kind::Daily, QTime(3, 0));
    QCOMPARE(next(at0300, utc(2026, 3, 28, 12)), utc(2026, 3, 29, 1, 0));
    const ExportSchedule at0200 = schedule(ExportSchedule::Kind::Daily, QTime(2, 0));
    QCOMPARE(next(at0200, utc(2026, 3, 28, 12)), utc(2026, 3, 29, 1, 0));
    // Only one run that night, even though 02:00 and 03:00 are the same instant.
    QCOMPARE(next(at0200, utc(2026, 3, 29, 1, 0)), utc(2026, 3, 30, 0, 0));
}

void TestEcologicSchedule::dailyAcrossFallBack()
{
    // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice, runs once.
    const ExportSchedule at0230 = schedule(ExportSchedule::Kind::Daily, QTime(2, 30));
    const QDateTime first = next(at0230, utc(2026, 10, 24, 12));
    QCOMPARE(first.toTimeZone(paris).date(), QDate(2026, 10, 25));
    QCOMPARE(first.toTimeZone(paris).time(), QTime(2, 30));
    QCOMPARE(first, utc(2026, 10, 25, 0, 30)); // the first occurrence, CEST
    // Asked from inside the fold, the day's run is already past.
    QCOMPARE(next(at0230, utc(2026, 10, 25, 1, 10)), utc(2026, 10, 26, 1, 30));
    const QDateTime second = next(at0230, first);
    QCOMPARE(second, utc(2026, 10, 26, 1, 30)); // CET, +1
    const ExportSchedule at0300 = schedule(ExportSchedule::Kind::Daily, QTime(3, 0));
    QCOMPARE(next(at0300, utc(2026, 10, 24, 12)), utc(2026, 10, 25, 2, 0));
}

void TestEcologicSchedule::runDueOnTheAutumnNight()
{
    // 31 October 2027: 03:00 CEST (01:00 UTC) becomes 02:00 CET; 02:30 happens at 00:30 UTC and
    // again at 01:30 UTC. It runs once, at the first occurrence, as cron does.
    const NightRuns night = exportsAcross(utc(2027, 10, 29, 12), utc(2027, 11, 1, 6));
    const QList<QDateTime> expected = {utc(2027, 10, 30, 0, 30), // 02:30 CEST
        utc(2027, 10, 31, 0, 30), // 02:30 CEST, the first of two
        utc(2027, 11, 1, 1, 30)}; // 02:30 CET
    QCOMPARE(night.made, expected);
    // One archived file and one upload per run, no second version of a day.
    QCOMPARE(night.archived, 3);
    QCOMPARE(night.published, 3);
}

void TestEcologicSchedule::runDueOnTheSpringNight()
{
    // 28 March 2027: 02:00 CET (01:00 UTC) becomes 03:00 CEST; 02:30 does not exist. It runs
    // once, at the first valid instant after the gap (03:00 CEST, 01:00 UTC).
    const NightRuns night = exportsAcross(utc(2027, 3, 26, 12), utc(2027, 3, 29, 6));
    const QList<QDateTime> expected = {utc(2027, 3, 27, 1, 30), // 02:30 CET
        utc(2027, 3, 28, 1, 0), // 03:00 CEST
        utc(2027, 3, 29, 0, 30)}; // 02:30 CEST
    QCOMPARE(night.made, expected);
    // One archived file and one upload per run, no second version of a day.
    QCOMPARE(night.archived, 3);
    QCOMPARE(night.published, 3);
}

void TestEcologicSchedule::weekly()
{
    const ExportSchedule sunday = schedule(ExportSchedule::Kind::Weekly, QTime(22, 0), 7);
    // Sunday 22 November 2026, 22:00 CET.
    QCOMPARE(next(sunday, utc(2026, 11, 20, 12)), utc(2026, 11, 22, 21, 0));
    QCOMPARE(next(sunday, utc(2026, 11, 22, 21, 0)), utc(2026, 11, 29, 21, 0));
}

void TestEcologicSchedule::monthlyOnThe31st()
{
    const ExportSchedule s = schedule(ExportSchedule::Kind::Monthly, QTime(6, 0), 31);
    QDateTime t = utc(2026, 1, 1, 0);
    const QList<QDate> expected = {QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31),
        QDate(2026, 4, 30), QDate(2026, 5, 31), QDate(2026, 6, 30)};
    for (const QDate &day : expected) {
        t = next(s, t);
        QCOMPARE(t.toTimeZone(paris).date(), day);
        QCOMPARE(t.toTimeZone(paris).time(), QTime(6, 0));
    }
}

void TestEcologicSchedule::leapDay()
{
    const ExportSchedule on29 = schedule(ExportSchedule::Kind::Monthly, QTime(6, 0), 29);
    QCOMPARE(next(on29, utc(2027, 2, 1, 0)), local(2027, 2, 28, 6));
    QCOMPARE(next(on29, utc(2028, 2, 1, 0)), local(2028, 2, 29, 6));
    QCOMPARE(next(on29, local(2028, 2, 29, 6)), local(2028, 3, 29, 6));
    // A cron on 29 February waits for the next leap year.
    const ExportSchedule cron =
        schedule(ExportSchedule::Kind::Cron, {}, 1, QStringLiteral("0 6 29 2 *"));
    QCOMPARE(next(cron, utc(2026, 3, 1, 0)), local(2028, 2, 29, 6));
    QCOMPARE(next(cron, local(2028, 2, 29, 6)), local(2032, 2, 29, 6));
}

void TestEcologicSchedule::quarterly()
{
    const ExportSchedule s = schedule(ExportSchedule::Kind::Quarterly, QTime(6, 0), 1);
    QCOMPARE(next(s, utc(2026, 3, 10, 8)), local(2026, 4, 1, 6));
    QCOMPARE(next(s, local(2026, 4, 1, 6)), local(2026, 7, 1, 6));
    QCOMPARE(next(s, local(2026, 10, 1, 6)), local(2027, 1, 1, 6));
    QCOMPARE(next(s, utc(2026, 12, 31, 23, 30)), local(2027, 1, 1, 6));
    const ExportSchedule day31 = schedule(ExportSchedule::Kind::Quarterly, QTime(6, 0), 31);
    QCOMPARE(next(day31, utc(2026, 3, 10, 8)), local(2026, 4, 30, 6));
}

void TestEcologicSchedule::cron_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("quarter starts")
        << "0 6 1 1,4,7,10 *" << utc(2026, 3, 10, 8) << local(2026, 4, 1, 6);
    QTest::newRow("every 15 minutes")
        << "*/15 * * * *" << utc(2026, 3, 10, 8, 1) << utc(2026, 3, 10, 8, 15);
    QTest::newRow("weekdays at 19:30")
        << "30 19 * * 1-5" << local(2026, 11, 20, 20) << local(2026, 11, 23, 19, 30);
    QTest::newRow("Sunday as 0") << "0 8 * * 0" << local(2026, 11, 20, 20)
                                 << local(2026, 11, 22, 8);
    QTest::newRow("Sunday as 7") << "0 8 * * 7" << local(2026, 11, 20, 20)
                                 << local(2026, 11, 22, 8);
    QTest::newRow("day or weekday")
        << "0 8 1 * 1" << local(2026, 11, 20, 20) << local(2026, 11, 23, 8);
    QTest::newRow("in the spring gap")
        << "30 2 * * *" << utc(2026, 3, 28, 12) << utc(2026, 3, 29, 1, 0);
}

void TestEcologicSchedule::cron()
{
    QFETCH(QString, expression);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    QCOMPARE(next(schedule(ExportSchedule::Kind::Cron, {}, 1, expression), after), expected);
}

void TestEcologicSchedule::badSpecs_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("covers");
    QTest::newRow("weekly day 8") << int(ExportSchedule::Kind::Weekly) << 8 << ""
                                  << "week";
    QTest::newRow("monthly day 32") << int(ExportSchedule::Kind::Monthly) << 32 << ""
                                    << "month";
    QTest::newRow("four fields") << int(ExportSchedule::Kind::Cron) << 1 << "0 6 1 *"
                                 << "quarter";
    QTest::newRow("minute 60") << int(ExportSchedule::Kind::Cron) << 1 << "60 6 * * *"
                               << "quarter";
    QTest::newRow("letters") << int(ExportSchedule::Kind::Cron) << 1 << "0 6 * jan *"
                             << "quarter";
    QTest::newRow("never") << int(ExportSchedule::Kind::Cron) << 1 << "0 6 31 2 *"
                           << "quarter";
    QTest::newRow("unknown period") << int(ExportSchedule::Kind::Daily) << 1 << ""
                                    << "fortnight";
}

void TestEcologicSchedule::badSpecs()
{
    QFETCH(int, kind);
    QFETCH(int, day);
    QFETCH(QString, cron);
    QFETCH(QString, covers);
    ExportSchedule s = schedule(ExportSchedule::Kind(kind), QTime(6, 0), day, cron);
    s.covers = covers;
    auto result = ExportSchedules::nextRun(s, utc(2026, 3, 10, 8), paris);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
}

void TestEcologicSchedule::pcOffForTwoQuarters()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    ExportSchedules schedules(store);
    ExportSchedule s = schedule(ExportSchedule::Kind::Quarterly, QTime(6, 0), 1);
    s.covers = QStringLiteral("quarter");
    auto added = schedules.add(shop->admin, s);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(added->nextRunUtc, local(2026, 4, 1, 6).toUTC());

    EcologicExport exporter(store);
    QStringList published;
    exporter.setPublisher(
        [&published](const QString &, const QString &remote) { published << remote; });
    // Not due yet.
    auto none = schedules.runDue(exporter);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());

    // The PC is off from March to mid-October: the April, July and October slots passed.
    shop->clock.set(utc(2026, 10, 15, 7));
    auto runs = schedules.runDue(exporter);
    QVERIFY2(runs.ok(), qPrintable(runs.error().message));
    QCOMPARE(runs->size(), 1);
    const ExportSchedules::DueRun &run = runs->first();
    QVERIFY2(run.ok, qPrintable(run.message));
    QCOMPARE(run.missedSlots, 2);
    QCOMPARE(run.period.from, QDate(2026, 7, 1));
    QCOMPARE(run.period.to, QDate(2026, 9, 30));
    QVERIFY(run.file.endsWith(QStringLiteral("_2026-07-01_2026-09-30_v1.csv")));
    QCOMPARE(published.size(), 1);
    QVERIFY(run.warnings.first().contains(QStringLiteral("2")));

    // Running again at once does nothing; the next run is the next quarter.
    auto again = schedules.runDue(exporter);
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());
    const ExportSchedule stored = schedules.list().first();
    QCOMPARE(stored.nextRunUtc, local(2027, 1, 1, 6).toUTC());
    QCOMPARE(stored.lastStatus, QStringLiteral("ok"));
    QCOMPARE(stored.lastFile, run.file);
    QCOMPARE(stored.lastRunUtc, utc(2026, 10, 15, 7));

    const auto history = exporter.history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().scheduleId, added->id);
    QCOMPARE(history.first().warnings, run.warnings);
}

void TestEcologicSchedule::addListRemove()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    ExportSchedules schedules(*shop->store);
    ExportSchedule s = schedule(ExportSchedule::Kind::Monthly, QTime(7, 15), 31);
    s.covers = QStringLiteral("month");
    QCOMPARE(schedules.add(shop->cashier, s).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(schedules.add(shop->supervisor, s).error().code, ErrorCode::PermissionDenied);
    auto added = schedules.add(shop->admin, s);
    QVERIFY(added.ok());
    QCOMPARE(added->nextRunUtc, local(2026, 3, 31, 7, 15).toUTC());
    QCOMPARE(recaisse::test::auditCount(*shop->store, QStringLiteral("export.schedule-add")), 1);
    QCOMPARE(schedules.list().size(), 1);
    QCOMPARE(schedules.list().first().day, 31);
    QCOMPARE(schedules.list().first().at, QTime(7, 15));
    QCOMPARE(schedules.remove(shop->cashier, added->id).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(schedules.remove(shop->admin, added->id + 1).error().code, ErrorCode::NotFound);
    QVERIFY(schedules.remove(shop->admin, added->id).ok());
    QVERIFY(schedules.list().isEmpty());
    QCOMPARE(recaisse::test::auditCount(*shop->store, QStringLiteral("export.schedule-remove")), 1);
}

QTEST_GUILESS_MAIN(TestEcologicSchedule)
#include "tst_ecologicschedule.moc"
