// Tickets put aside at the till (issue 20): kept across a restart, never a document nor a number,
// listed with their time and total, and a closing waits until each is paid or abandoned (audited).
// The expected totals are worked out by hand from the lines each test keys.

#include "core/cashsession.h"
#include "core/integrity.h"
#include "core/members.h"
#include "core/parkedtickets.h"
#include "core/sales.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::auditCount;
using recaisse::test::TestShop;

namespace {

SaleLineDraft line(const char *category, qint64 quantity, qint64 price)
{
    return SaleLineDraft{QString::fromLatin1(category), quantity, price, std::nullopt};
}

qint64 rowCount(Store &store, const QString &table)
{
    QSqlQuery query(store.db().connection());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toLongLong() : -1;
}

ZReport closeExactly(TestShop &shop, Result<ZReport> *refusal = nullptr)
{
    CashSessions sessions(*shop.store);
    const qint64 expected = sessions.totals(sessions.current()->seq)->expectedCashCents();
    auto z = sessions.close(shop.cashier, CloseRequest{{{1, expected}}, {}, {}});
    if (refusal) {
        *refusal = z;
        return {};
    }
    return z.value();
}

} // namespace

class TestParkedTickets : public QObject
{
    Q_OBJECT

private slots:
    void parkListResumeAcrossARestart();
    void closingWaitsForParkedTickets();
    void badTicketsAreNotParked();
};

void TestParkedTickets::parkListResumeAcrossARestart()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    QVERIFY(CashSessions(*shop->store).open(shop->cashier, 5000).ok());
    const qint64 documentsBefore = rowCount(*shop->store, QStringLiteral("document"));

    // 2 × 3,50 € + 1 × 12,00 € = 19,00 €, 3 items.
    auto first =
        ParkedTickets(*shop->store)
            .park(shop->cashier,
                SaleDraft{{line("livres.livre", 2, 350), line("textile.vetements", 1, 1200)},
                    {{PaymentMethod::Cash, 9999}}});
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->totalCents, qint64(1900));
    QCOMPARE(first->itemCount, qint64(3));
    QVERIFY(first->draft.payments.isEmpty()); // the lines only
    shop->clock.advanceSecs(5 * 60);
    // 1 × 5,00 €, for a member (linked at the till without any discount).
    const auto member =
        Members(*shop->store).create(shop->cashier, QStringLiteral("Alix Martin"), {});
    QVERIFY2(member.ok(), qPrintable(member.error().message));
    SaleDraft forMember{{line("livres.bd", 1, 500)}, {}};
    forMember.memberId = member->id;
    auto second = ParkedTickets(*shop->store).park(shop->cashier, forMember);
    QVERIFY2(second.ok(), qPrintable(second.error().message));

    // Not a document: nothing chained, no number used.
    QCOMPARE(rowCount(*shop->store, QStringLiteral("document")), documentsBefore);

    // The station restarts: the tickets are still there, oldest first, with time and total.
    const QString path = shop->path();
    shop->store.reset();
    auto reopened = Store::open(path, shop->clock);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    shop->store = std::move(*reopened);
    ParkedTickets parked(*shop->store);
    const auto tickets = parked.list().value();
    QCOMPARE(tickets.size(), 2);
    QCOMPARE(tickets.at(0).totalCents, qint64(1900));
    QCOMPARE(tickets.at(0).parkedUtc, QDateTime(QDate(2026, 3, 10), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(tickets.at(0).cashierName, QStringLiteral("Camille"));
    QCOMPARE(tickets.at(0).draft.lines.size(), 2);
    QCOMPARE(tickets.at(0).draft.lines.at(0).categoryId, QStringLiteral("livres.livre"));
    QCOMPARE(tickets.at(0).draft.lines.at(0).quantity, qint64(2));
    QCOMPARE(tickets.at(0).draft.lines.at(0).unitPriceCents, qint64(350));
    QCOMPARE(tickets.at(1).totalCents, qint64(500));
    QCOMPARE(tickets.at(1).draft.memberId, member->id);
    QVERIFY(!tickets.at(1).draft.discount);
    QVERIFY(tickets.at(0).draft.memberId.isEmpty());
    QCOMPARE(tickets.at(1).parkedUtc, QDateTime(QDate(2026, 3, 10), QTime(8, 5), QTimeZone::utc()));
    QCOMPARE(parked.count().value(), qint64(2));

    // Resumed and paid: the first ticket number of the station.
    auto resumed = parked.resume(shop->cashier, tickets.at(0).id);
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().message));
    QCOMPARE(parked.count().value(), qint64(1));
    QCOMPARE(parked.resume(shop->cashier, tickets.at(0).id).error().code, ErrorCode::NotFound);
    SaleDraft paid = *resumed;
    paid.payments = {{PaymentMethod::Cash, 2000}};
    auto sale = Sales(*shop->store).record(shop->cashier, paid);
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));
    QCOMPARE(sale->stamp.number, QStringLiteral("CAISSE1-T000001"));
    QCOMPARE(sale->totalCents, qint64(1900));
    QCOMPARE(sale->changeCents, qint64(100));

    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestParkedTickets::closingWaitsForParkedTickets()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    QVERIFY(CashSessions(*shop->store).open(shop->cashier, 5000).ok());
    ParkedTickets parked(*shop->store);
    auto ticket = parked.park(shop->cashier, SaleDraft{{line("livres.bd", 3, 150)}, {}});
    QVERIFY2(ticket.ok(), qPrintable(ticket.error().message));
    QCOMPARE(ticket->totalCents, qint64(450));

    Result<ZReport> refused = makeError(ErrorCode::InvalidInput, {});
    closeExactly(*shop, &refused);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY(CashSessions(*shop->store).current().has_value()); // still open

    // A supervisor changes nothing at the till.
    QCOMPARE(
        parked.abandon(shop->supervisor, ticket->id).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(auditCount(*shop->store, QStringLiteral("ticket.abandon")), 0);
    QVERIFY(parked.abandon(shop->cashier, ticket->id).ok());
    QCOMPARE(auditCount(*shop->store, QStringLiteral("ticket.abandon")), 1);
    QCOMPARE(parked.count().value(), qint64(0));
    QCOMPARE(parked.abandon(shop->cashier, ticket->id).error().code, ErrorCode::NotFound);
    QCOMPARE(auditCount(*shop->store, QStringLiteral("ticket.abandon")), 1);

    // Nothing was sold: the drawer holds the float, the Z shows no sale.
    const ZReport z = closeExactly(*shop);
    QCOMPARE(z.expectedCents, qint64(5000));
    QCOMPARE(z.totals.salesCount, qint64(0));
    QCOMPARE(z.totals.salesTotalCents, qint64(0));
}

void TestParkedTickets::badTicketsAreNotParked()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    ParkedTickets parked(*shop->store);
    QCOMPARE(parked.park(shop->cashier, SaleDraft{}).error().code, ErrorCode::InvalidInput);
    QVERIFY(!parked.park(shop->cashier, SaleDraft{{line("nowhere", 1, 100)}, {}}).ok());
    QCOMPARE(parked.park(shop->cashier, SaleDraft{{line("livres.bd", 0, 100)}, {}}).error().code,
        ErrorCode::InvalidInput);
    QCOMPARE(parked.park(shop->supervisor, SaleDraft{{line("livres.bd", 1, 100)}, {}}).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(parked.count().value(), qint64(0));
    // At most maxParkedTickets at once.
    for (int i = 0; i < maxParkedTickets; ++i)
        QVERIFY(parked.park(shop->cashier, SaleDraft{{line("livres.bd", 1, 100)}, {}}).ok());
    QCOMPARE(parked.park(shop->cashier, SaleDraft{{line("livres.bd", 1, 100)}, {}}).error().code,
        ErrorCode::Conflict);
    QCOMPARE(parked.count().value(), qint64(maxParkedTickets));
}

QTEST_GUILESS_MAIN(TestParkedTickets)
#include "tst_parkedtickets.moc"
