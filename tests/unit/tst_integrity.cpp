#include "core/cashsession.h"
#include "core/closings.h"
#include "core/deposits.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "tests/support/tamper.h"
#include "tests/support/testshop.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using recaisse::test::rechain;
using recaisse::test::tamper;
using recaisse::test::tamperHidden;
using recaisse::test::TestShop;

namespace {

struct Activity
{
    QList<Sale> sales;
};

Activity recordActivity(TestShop &shop)
{
    Activity activity;
    Store &store = *shop.store;
    if (!CashSessions(store).open(shop.cashier, 2000))
        return activity;
    for (int i = 0; i < 3; ++i) {
        SaleDraft draft;
        draft.lines.append(SaleLineDraft{QStringLiteral("livres.livre"), 1 + i, 100, std::nullopt});
        draft.lines.append(SaleLineDraft{QStringLiteral("eee.lampe"), 1, 500, 800});
        draft.payments.append(PaymentDraft{PaymentMethod::Cash, 300});
        draft.payments.append(PaymentDraft{PaymentMethod::Card, 500 + 100 * i});
        auto sale = Sales(store).record(shop.cashier, draft);
        if (sale)
            activity.sales.append(*sale);
    }
    DepositDraft deposit;
    deposit.lines.append(DepositLineDraft{
        QStringLiteral("textile.vetements"), 3, 1500, Destination::Shop, Origin::VoluntaryDropOff});
    (void)Deposits(store).record(shop.reception, deposit);
    return activity;
}

QString joined(const IntegrityCheck::Report &report)
{
    return report.problems.join(QStringLiteral(" | "));
}

} // namespace

class TestIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void freshActivityIsIntact();
    void progressCountsEveryItemAndCancels();
    void unreadableTableIsAnError();
    void unreadableAuditTrailIsAnError();
    void alteredSaleLineIsReported();
    void deletedPaymentIsReported();
    void deletedDocumentIsReported();
    void alteredAuditEventIsReported();
    void droppedTriggerIsReported();
    void extraIndexIsReported();
    void closingWithChangedTotalsIsReported();
    void outOfOrderDocumentIsReported();
};

void TestIntegrity::freshActivityIsIntact()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const Activity activity = recordActivity(*shop);
    QCOMPARE(activity.sales.size(), 3);
    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY2(report.intact(), qPrintable(joined(report)));
    const StoreStatistics stats = StoreStatistics::collect(*shop->store);
    QCOMPARE(report.documentsChecked, qint64(1 + 3 + 1));
    QCOMPARE(report.auditEventsChecked, stats.auditEvents);
}

void TestIntegrity::progressCountsEveryItemAndCancels()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    QCOMPARE(recordActivity(*shop).sales.size(), 3);
    QList<std::pair<qint64, qint64>> steps;
    const auto full = IntegrityCheck(*shop->store)
                          .run([&steps](qint64 checked, qint64 total) {
                              steps.append({checked, total});
                              return true;
                          })
                          .value();
    QVERIFY2(full.intact(), qPrintable(joined(full)));
    const qint64 total = full.documentsChecked + full.auditEventsChecked;
    // One step before each document and event, and the end.
    QCOMPARE(steps.size(), total + 1);
    for (qint64 i = 0; i <= total; ++i)
        QCOMPARE(steps.at(i), std::make_pair(i, total));

    // Stopped on the third document: no more is read, and the report says it is incomplete.
    const auto stopped = IntegrityCheck(*shop->store)
                             .run([](qint64 checked, qint64) { return checked < 2; })
                             .value();
    QVERIFY(stopped.cancelled);
    QVERIFY(!stopped.intact());
    QVERIFY(stopped.problems.isEmpty());
    QCOMPARE(stopped.documentsChecked, qint64(2));
    QCOMPARE(stopped.auditEventsChecked, qint64(0));
}

void TestIntegrity::unreadableTableIsAnError()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    QCOMPARE(recordActivity(*shop).sales.size(), 3);
    const QString failure = tamper(shop->path(), {QStringLiteral("DROP TABLE cash_movement")});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Not an empty or partial report that would read as "intact": the reason, naming the table.
    const auto report = IntegrityCheck(*shop->store).run();
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::StorageFailure);
    QVERIFY2(report.error().message.contains(QStringLiteral("cash_movement")),
        qPrintable(report.error().message));
}

void TestIntegrity::unreadableAuditTrailIsAnError()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    QVERIFY(AuditLog(*shop->store).recent(10).ok());
    const QString failure = tamper(shop->path(), {QStringLiteral("DROP TABLE audit_event")});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // The reader says it cannot read, instead of an empty trail.
    const auto events = AuditLog(*shop->store).recent(10);
    QVERIFY(!events.ok());
    QVERIFY2(events.error().message.contains(QStringLiteral("audit_event")),
        qPrintable(events.error().message));
    const auto report = IntegrityCheck(*shop->store).run();
    QVERIFY(!report.ok());
}

void TestIntegrity::alteredSaleLineIsReported()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const Activity activity = recordActivity(*shop);
    QCOMPARE(activity.sales.size(), 3);
    const Sale &target = activity.sales.at(1);
    const QString failure = tamperHidden(shop->path(), {QStringLiteral("sale_line_no_update")},
        {QStringLiteral("UPDATE sale_line SET unit_price_cents = 1 WHERE seq = %1 AND line_no = 1")
                .arg(target.stamp.seq)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(Sales(*shop->store).findByNumber(target.stamp.number)->lines.at(0).unitPriceCents,
        qint64(1));

    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY(!report.intact());
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(target.stamp.number), qPrintable(joined(report)));
    for (const Sale &other : {activity.sales.at(0), activity.sales.at(2)})
        QVERIFY(!joined(report).contains(other.stamp.number));
}

void TestIntegrity::deletedPaymentIsReported()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const Activity activity = recordActivity(*shop);
    QCOMPARE(activity.sales.size(), 3);
    const Sale &target = activity.sales.at(0);
    const QString failure = tamperHidden(shop->path(), {QStringLiteral("payment_no_delete")},
        {QStringLiteral("DELETE FROM payment WHERE seq = %1 AND line_no = 2")
                .arg(target.stamp.seq)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY(!report.intact());
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(target.stamp.number), qPrintable(joined(report)));
}

void TestIntegrity::deletedDocumentIsReported()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const Activity activity = recordActivity(*shop);
    QCOMPARE(activity.sales.size(), 3);
    const Sale &target = activity.sales.at(1);
    const Sale &next = activity.sales.at(2);
    const QString seq = QString::number(target.stamp.seq);
    QStringList statements;
    for (const char *table : {"document", "sale", "sale_line", "payment", "journal"})
        statements << QStringLiteral("DROP TRIGGER %1_no_delete").arg(QLatin1String(table));
    for (const char *table : {"payment", "sale_line", "sale", "document"})
        statements
            << QStringLiteral("DELETE FROM %1 WHERE seq = %2").arg(QLatin1String(table), seq);
    statements
        << QStringLiteral("DELETE FROM journal WHERE kind = 'document' AND ref_seq = %1").arg(seq);
    const QString failure = tamper(shop->path(), statements);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(
        Sales(*shop->store).findByNumber(target.stamp.number).error().code, ErrorCode::NotFound);

    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY(!report.intact());
    // The gap is reported at the document that follows it, by its number.
    bool sequenceGap = false;
    bool numberGap = false;
    for (const QString &problem : report.problems) {
        QVERIFY(!problem.isEmpty());
        if (problem.contains(next.stamp.number)
            && problem.contains(QStringLiteral("sequence %1").arg(next.stamp.seq)))
            sequenceGap = true;
        if (problem.contains(next.stamp.number) && problem.contains(QStringLiteral("series T")))
            numberGap = true;
    }
    QVERIFY2(sequenceGap, qPrintable(joined(report)));
    QVERIFY2(numberGap, qPrintable(joined(report)));
    QVERIFY(!joined(report).contains(activity.sales.at(0).stamp.number));
}

void TestIntegrity::alteredAuditEventIsReported()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    recordActivity(*shop);
    const auto events = AuditLog(*shop->store).recent(1000).value();
    QVERIFY(events.size() > 5);
    const AuditLog::Event &target = events.at(events.size() / 2);
    const QString failure = tamperHidden(shop->path(), {QStringLiteral("audit_event_no_update")},
        {QStringLiteral("UPDATE audit_event SET action = 'login.success' WHERE seq = %1")
                .arg(target.seq)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY(!report.intact());
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(QStringLiteral("audit event %1 ").arg(target.seq)),
        qPrintable(joined(report)));
}

void TestIntegrity::droppedTriggerIsReported()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    recordActivity(*shop);
    QVERIFY(IntegrityCheck(*shop->store).run().value().intact());
    const QString failure =
        tamper(shop->path(), {QStringLiteral("DROP TRIGGER document_no_update")});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY(!report.intact());
    QCOMPARE(report.problems,
        QStringList{QStringLiteral("schema: trigger document_no_update is missing")});
}

void TestIntegrity::extraIndexIsReported()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    recordActivity(*shop);
    // A trigger replaced by one that does nothing is not the one the schema creates either.
    const QString failure = tamper(shop->path(),
        {QStringLiteral("CREATE INDEX sale_total ON sale (total_cents)"),
            QStringLiteral("DROP TRIGGER sale_no_delete"),
            QStringLiteral("CREATE TRIGGER sale_no_delete BEFORE DELETE ON sale BEGIN SELECT 1; "
                           "END")});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const auto report = IntegrityCheck(*shop->store).run().value();
    QCOMPARE(report.problems.size(), 2);
    QVERIFY2(report.problems.contains(QStringLiteral("schema: unexpected index sale_total")),
        qPrintable(joined(report)));
    QVERIFY2(report.problems.contains(QStringLiteral(
                 "schema: trigger sale_no_delete is not the one this version creates")),
        qPrintable(joined(report)));
}

void TestIntegrity::closingWithChangedTotalsIsReported()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    recordActivity(*shop);
    shop->clock.advanceSecs(2 * 86400);
    auto closed = Closings(*shop->store).closeEndedPeriodsAutomatically();
    QVERIFY(closed.ok());
    QCOMPARE(closed->size(), 1);
    const PeriodClosing day = closed->first();
    QVERIFY(IntegrityCheck(*shop->store).run().value().intact());

    // The day's takings lowered by 10 €, and the chain recomputed after it.
    QString failure = tamperHidden(shop->path(), {QStringLiteral("closing_no_update")},
        {QStringLiteral("UPDATE closing SET sales_total_cents = sales_total_cents - 1000, "
                        "grand_total_cents = grand_total_cents - 1000, "
                        "absolute_grand_total_cents = absolute_grand_total_cents - 1000 WHERE "
                        "seq = %1")
                .arg(day.stamp.seq)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = rechain(*shop, day.stamp.seq);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY(!report.intact());
    QCOMPARE(report.problems.size(), 3);
    for (const char *field :
        {"sales_total_cents", "grand_total_cents", "absolute_grand_total_cents"}) {
        const QString expected =
            QStringLiteral("%1: %2 is %3 but the documents of")
                .arg(day.stamp.number, QLatin1String(field))
                .arg((QLatin1String(field) == QLatin1String("sales_total_cents")
                             ? day.salesTotalCents
                             : QLatin1String(field) == QLatin1String("grand_total_cents")
                             ? day.grandTotalCents
                             : day.absoluteGrandTotalCents)
                    - 1000);
        bool found = false;
        for (const QString &problem : report.problems)
            found = found || problem.startsWith(expected);
        QVERIFY2(found, qPrintable(expected + QStringLiteral(" in ") + joined(report)));
    }
}

void TestIntegrity::outOfOrderDocumentIsReported()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    shop->clock.set(QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc()));
    const Activity activity = recordActivity(*shop);
    QCOMPARE(activity.sales.size(), 3);
    // The third sale dated 2009, as a PC with a dead clock battery would have written it, and
    // the chain recomputed so that every hash matches.
    const Sale &target = activity.sales.at(2);
    QString failure = tamperHidden(shop->path(), {QStringLiteral("document_no_update")},
        {QStringLiteral("UPDATE document SET created_utc = '2009-01-01T00:00:00.000Z', "
                        "business_day = '2009-01-01' WHERE seq = %1")
                .arg(target.stamp.seq)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = rechain(*shop, target.stamp.seq);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY(!report.intact());
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().startsWith(
                 target.stamp.number + QStringLiteral(": dated 2009-01-01T00:00:00.000Z, before")),
        qPrintable(joined(report)));
}

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
