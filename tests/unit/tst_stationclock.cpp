// A station whose clock went back behind its own documents: noticed (audited once), technical
// events still recorded at the last document's time and flagged, and the administrator's
// confirmation once the clock is set right (a technical event of the chain, audited), refused
// while it is still wrong.

#include "core/integrity.h"
#include "core/ledger.h"
#include "core/stationclock.h"
#include "core/technicalevents.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using namespace recaisse::test;

namespace {

qint64 documentCount(Store &store)
{
    QSqlQuery query(store.db().connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM document")) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

void checkIntact(Store &store)
{
    const auto report = IntegrityCheck(store).run();
    QVERIFY(report);
    QVERIFY2(report->intact(), qPrintable(report->problems.join(u'\n')));
}

} // namespace

class TestStationClock : public QObject
{
    Q_OBJECT

private slots:
    void rightClockIsNotBehind();
    void clockBehindIsNoticedOnce();
    void technicalEventsAreDatedAtTheLastDocument();
    void confirmationNeedsARightClockAndAnAdministrator();
};

void TestStationClock::rightClockIsNotBehind()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    auto status = StationClock(*shop->store).check();
    QVERIFY(status);
    QVERIFY(!status->behind);
    QVERIFY(!status->lastDocumentUtc.isValid()); // no document yet
    QVERIFY(TechnicalEvents(*shop->store).record(QString(), TechnicalEventKind::Export).ok());
    // Within the NTP tolerance, still not behind.
    shop->clock.advanceSecs(-DocumentWriter::clockToleranceSecs);
    status = StationClock(*shop->store).check();
    QVERIFY(status);
    QVERIFY(!status->behind);
    QCOMPARE(auditCount(*shop->store, QStringLiteral("clock.behind")), 0);
}

void TestStationClock::clockBehindIsNoticedOnce()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(TechnicalEvents(store).record(QString(), TechnicalEventKind::Export).ok());
    const QDateTime last = shop->clock.nowUtc();
    shop->clock.advanceSecs(-2 * 86400);
    StationClock clock(store);
    const auto status = clock.check();
    QVERIFY(status);
    QVERIFY(status->behind);
    QCOMPARE(status->behindSecs, 2 * 86400);
    QCOMPARE(status->lastDocumentUtc, last);
    QVERIFY(status->message.contains(QLatin1String("before the last document")));
    QCOMPARE(auditCount(store, QStringLiteral("clock.behind")), 1);
    QVERIFY(clock.check().ok());
    QVERIFY(clock.status().ok());
    QCOMPARE(auditCount(store, QStringLiteral("clock.behind")), 1);

    // A clock before the first release (a dead CMOS battery) is behind with or without documents.
    auto bare = TestShop::create();
    QVERIFY(bare);
    bare->clock.set(QDateTime(QDate(2009, 1, 1), QTime(0, 0), QTimeZone::utc()));
    const auto reset = StationClock(*bare->store).check();
    QVERIFY(reset);
    QVERIFY(reset->behind);
    QCOMPARE(auditCount(*bare->store, QStringLiteral("clock.behind")), 1);
}

void TestStationClock::technicalEventsAreDatedAtTheLastDocument()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    const auto first = TechnicalEvents(store).record(QString(), TechnicalEventKind::Export);
    QVERIFY(first);
    shop->clock.advanceSecs(-3 * 86400);
    // What the program records on its own (a restore, a configuration applied during a sync)
    // is not lost: dated at the last document, flagged, the clock's reading kept.
    const auto behind = TechnicalEvents(store).record(
        QString(), TechnicalEventKind::Configuration, {{QStringLiteral("version"), 7}});
    QVERIFY2(behind, behind ? "" : qPrintable(behind.error().message));
    QCOMPARE(behind->createdUtc, first->createdUtc);
    const TechnicalEvent event = TechnicalEvents(store).recent(1)->first();
    QCOMPARE(event.kind, TechnicalEventKind::Configuration);
    QCOMPARE(event.details.value(QStringLiteral("version")).toInt(), 7);
    QCOMPARE(event.details.value(QStringLiteral("clock_behind")).toBool(), true);
    QCOMPARE(
        event.details.value(QStringLiteral("clock_utc")).toString(), isoUtc(shop->clock.nowUtc()));
    // A clock back in 2009 too.
    shop->clock.set(QDateTime(QDate(2009, 1, 1), QTime(0, 0), QTimeZone::utc()));
    const auto reset = TechnicalEvents(store).record(QString(), TechnicalEventKind::Restore);
    QVERIFY(reset);
    QCOMPARE(reset->createdUtc, first->createdUtc);
    checkIntact(store);

    // At the clock's time, nothing is flagged.
    shop->clock.set(first->createdUtc.addSecs(60));
    QVERIFY(TechnicalEvents(store).record(QString(), TechnicalEventKind::Export).ok());
    QVERIFY(!TechnicalEvents(store).recent(1)->first().details.contains(
        QStringLiteral("clock_behind")));
    checkIntact(store);
}

void TestStationClock::confirmationNeedsARightClockAndAnAdministrator()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(TechnicalEvents(store).record(QString(), TechnicalEventKind::Export).ok());
    const QDateTime last = shop->clock.nowUtc();
    shop->clock.advanceSecs(-86400);
    StationClock clock(store);
    QVERIFY(clock.check().ok());
    const qint64 documents = documentCount(store);

    // Still behind: refused, nothing recorded, whatever time is stated.
    auto refused = clock.confirm(shop->admin, shop->clock.nowUtc());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ClockWrong);
    QVERIFY(refused.error().message.contains(QLatin1String("still wrong")));
    QCOMPARE(documentCount(store), documents);

    // The administrator sets the PC's clock right.
    shop->clock.set(last.addSecs(3600));
    // Only an administrator confirms (refusal audited).
    refused = clock.confirm(shop->cashier, shop->clock.nowUtc());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    refused = clock.confirm(shop->supervisor, shop->clock.nowUtc());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    // The time they read elsewhere does not match the PC's: refused.
    refused = clock.confirm(shop->admin, shop->clock.nowUtc().addSecs(3600));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ClockWrong);
    refused = clock.confirm(shop->admin, QDateTime());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(documentCount(store), documents);
    QCOMPARE(auditCount(store, QStringLiteral("clock.confirm")), 0);

    const auto confirmed = clock.confirm(shop->admin, shop->clock.nowUtc().addSecs(120));
    QVERIFY2(confirmed, confirmed ? "" : qPrintable(confirmed.error().message));
    QCOMPARE(documentCount(store), documents + 1);
    QCOMPARE(confirmed->createdUtc, shop->clock.nowUtc());
    const TechnicalEvent event = TechnicalEvents(store).recent(1)->first();
    QCOMPARE(event.kind, TechnicalEventKind::Clock);
    QCOMPARE(event.stamp.number, confirmed->number);
    QCOMPARE(
        event.details.value(QStringLiteral("clock_utc")).toString(), isoUtc(shop->clock.nowUtc()));
    QCOMPARE(event.details.value(QStringLiteral("behind_secs")).toInteger(), 86400);
    QCOMPARE(event.details.value(QStringLiteral("last_document_utc")).toString(), isoUtc(last));
    QCOMPARE(auditCount(store, QStringLiteral("clock.confirm")), 1);
    checkIntact(store);

    // Behind again later: noticed again.
    shop->clock.advanceSecs(-86400);
    QVERIFY(clock.check()->behind);
    QCOMPARE(auditCount(store, QStringLiteral("clock.behind")), 2);
}

QTEST_GUILESS_MAIN(TestStationClock)
#include "tst_stationclock.moc"
