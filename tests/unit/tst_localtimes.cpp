// The full export's local times (portability::LocalTimes) are exactly what QDateTime writes for the
// site's zone, on both sides of every offset change, in time order and out of it, for zones with
// half-hour and quarter-hour offsets; any text that is not a stored UTC time is kept as it is.

#include "core/portability/portability.h"
#include "core/store.h"

#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;

class TestLocalTimes : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQt_data();
    void sameAsQt();
    void otherTextsKept();
};

void TestLocalTimes::sameAsQt_data()
{
    QTest::addColumn<QByteArray>("zone");
    for (const char *zone :
        {"Europe/Paris", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe",
            "America/Sao_Paulo", "Pacific/Chatham", "UTC", "Europe/London", "Indian/Reunion"})
        QTest::newRow(zone) << QByteArray(zone);
}

void TestLocalTimes::sameAsQt()
{
    QFETCH(QByteArray, zone);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    QList<QDateTime> times;
    // Every 7 h 13 min 17.123 s over eight years, and a millisecond each side of every transition.
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime end(QDate(2032, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (QDateTime t = start; t < end; t = t.addMSecs(((7 * 60 + 13) * 60 + 17) * 1000 + 123))
        times.append(t);
    for (const QTimeZone::OffsetData &transition : tz.transitions(start, end)) {
        for (int delta : {-3'600'000, -1, 0, 1, 3'600'000})
            times.append(transition.atUtc.addMSecs(delta));
    }
    portability::LocalTimes inOrder(tz);
    portability::LocalTimes reversed(tz);
    for (qsizetype i = 0; i < times.size(); ++i) {
        const QString stored = isoUtc(times.at(i));
        const QString expected = fromIsoUtc(stored).toTimeZone(tz).toString(Qt::ISODateWithMs);
        QCOMPARE(inOrder.exported(stored), expected);
        const QString storedBack = isoUtc(times.at(times.size() - 1 - i));
        QCOMPARE(reversed.exported(storedBack),
            fromIsoUtc(storedBack).toTimeZone(tz).toString(Qt::ISODateWithMs));
    }
}

void TestLocalTimes::otherTextsKept()
{
    portability::LocalTimes times(QTimeZone("Europe/Paris"));
    for (const QString &text :
        {QStringLiteral("2026-03-10T08:00:00Z"), QStringLiteral("2026-02-30T08:00:00.000Z"),
            QStringLiteral("2026-03-10T25:00:00.000Z"), QStringLiteral("2026-03-10 08:00:00.000Z"),
            QStringLiteral("2026-03-10T08:00:00.000+01:00"), QStringLiteral("hier"), QString(),
            QStringLiteral("2026-03-1xT08:00:00.000Z")})
        QCOMPARE(times.exported(text), text);
}

QTEST_APPLESS_MAIN(TestLocalTimes)
#include "tst_localtimes.moc"
