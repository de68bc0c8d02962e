// Members and membership fees (issue 20): the register is personal data outside the chain, a fee
// is a document of its own counted apart from sales in the Z report, and erasing a member leaves
// every hash, every figure and `verify` unchanged with the name nowhere in the database file.
// Every expected figure is worked out by hand from what each test records.

#include "core/cashsession.h"
#include "core/closings.h"
#include "core/integrity.h"
#include "core/members.h"
#include "core/receipt.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "tests/support/syncstation.h"
#include "tests/support/testshop.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <tuple>

using namespace recaisse::core;
using recaisse::test::auditCount;
using recaisse::test::TestShop;

namespace {

qint64 rowCount(Store &store, const QString &table)
{
    QSqlQuery query(store.db().connection());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toLongLong() : -1;
}

QStringList documentHashes(Store &store)
{
    QSqlQuery query(store.db().connection());
    query.exec(QStringLiteral("SELECT hash FROM document ORDER BY station_id, seq"));
    QStringList hashes;
    while (query.next())
        hashes << query.value(0).toString();
    return hashes;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMembers : public QObject
{
    Q_OBJECT

private slots:
    void registerAndSearch();
    void feesAreApartFromSalesInTheZ();
    void badFeesWriteNothing();
    void exportAndErase();
    void theTicketKeepsItsMember();
    void aBadMemberWritesNoSale();
    void theRegisterIsSharedAndErasedEverywhere();
    void aDamagedRegisterChangesNothing();
    void aDamagedRegisterOnTheDriveHoldsNothingElseBack();
};

void TestMembers::registerAndSearch()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Members members(*shop->store);
    auto dominique = members.create(
        shop->cashier, QStringLiteral("  Dominique   Lapierre "), QStringLiteral("06 12 34 56 78"));
    QVERIFY2(dominique.ok(), qPrintable(dominique.error().message));
    QCOMPARE(dominique->name, QStringLiteral("Dominique Lapierre"));
    QCOMPARE(dominique->number, QStringLiteral("CAISSE1-1"));
    QVERIFY(!dominique->memberUntil.isValid());
    auto alix = members.create(shop->cashier, QStringLiteral("Alix Martin"), {});
    QVERIFY(alix.ok());
    QCOMPARE(alix->number, QStringLiteral("CAISSE1-2"));
    QCOMPARE(auditCount(*shop->store, QStringLiteral("member.create")), 2);

    const auto byName = members.search(QStringLiteral("lapi")).value();
    QCOMPARE(byName.size(), 1);
    QCOMPARE(byName.first().id, dominique->id);
    const auto byNumber = members.search(QStringLiteral("caisse1-2")).value();
    QCOMPARE(byNumber.size(), 1);
    QCOMPARE(byNumber.first().id, alix->id);
    QCOMPARE(members.search(QStringLiteral("%")).value().size(), 0); // no wildcard
    QCOMPARE(members.search(QStringLiteral("a")).value().size(), 2);
    // Ordered by name: Alix before Dominique.
    QCOMPARE(members.search(QStringLiteral("a")).value().first().id, alix->id);

    // Rectification.
    auto renamed = members.update(shop->cashier, alix->id, QStringLiteral("Alix Martin-Roux"),
        QStringLiteral("alix@example.org"));
    QVERIFY(renamed.ok());
    QCOMPARE(members.find(alix->id)->contact, QStringLiteral("alix@example.org"));
    QCOMPARE(members.find(alix->id)->name, QStringLiteral("Alix Martin-Roux"));

    QCOMPARE(members.create(shop->cashier, QStringLiteral("   "), {}).error().code,
        ErrorCode::InvalidInput);
    QCOMPARE(members.create(shop->cashier, QString(maxMemberNameLength + 1, QLatin1Char('x')), {})
                 .error()
                 .code,
        ErrorCode::InvalidInput);
    QCOMPARE(members.create(shop->reception, QStringLiteral("Jo"), {}).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(rowCount(*shop->store, QStringLiteral("member")), qint64(2));
}

void TestMembers::feesAreApartFromSalesInTheZ()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    Members members(store);
    const Member dominique =
        members.create(shop->cashier, QStringLiteral("Dominique Lapierre"), {}).value();
    const Member alix = members.create(shop->cashier, QStringLiteral("Alix Martin"), {}).value();

    // 10 March 2026: 15,00 € in cash, a year from today.
    auto first = members.recordFee(shop->cashier, {dominique.id, PaymentMethod::Cash, 1500});
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY(first->stamp.number.startsWith(QStringLiteral("CAISSE1-A")));
    QCOMPARE(first->periodStart, QDate(2026, 3, 10));
    QCOMPARE(first->periodEnd, QDate(2027, 3, 9));

    // The next day: renewed early by card, the new year follows the current one.
    shop->clock.advanceSecs(24 * 3600);
    auto renewal = members.recordFee(shop->cashier, {dominique.id, PaymentMethod::Card, 1500});
    QVERIFY(renewal.ok());
    QCOMPARE(renewal->periodStart, QDate(2027, 3, 10));
    QCOMPARE(renewal->periodEnd, QDate(2028, 3, 9));
    auto alixFee = members.recordFee(shop->cashier, {alix.id, PaymentMethod::Cheque, 1000});
    QVERIFY(alixFee.ok());
    QCOMPARE(alixFee->periodStart, QDate(2026, 3, 11));
    QCOMPARE(alixFee->periodEnd, QDate(2027, 3, 10));

    const Member again = members.find(dominique.id).value();
    QCOMPARE(again.memberSince, QDate(2026, 3, 10));
    QCOMPARE(again.memberUntil, QDate(2028, 3, 9));
    QVERIFY(again.isCurrent(QDate(2028, 3, 9)));
    QVERIFY(!again.isCurrent(QDate(2028, 3, 10)));

    // To renew by the end of March 2027: Alix only (Dominique runs to 2028).
    const auto due = members.toRenew(QDate(2027, 3, 31)).value();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().id, alix.id);
    QCOMPARE(members.toRenew(QDate(2028, 12, 31)).value().size(), 2);

    // One sale of 5,00 € in cash.
    SaleDraft draft{
        {{QStringLiteral("livres.livre"), 1, 500, std::nullopt}}, {{PaymentMethod::Cash, 500}}};
    QVERIFY(Sales(store).record(shop->cashier, draft).ok());

    // The fees are never turnover nor goods.
    const auto stats = StoreStatistics::collect(store);
    QCOMPARE(stats.salesTotalCents, qint64(500));
    QCOMPARE(stats.saleLines, qint64(1));
    QCOMPARE(stats.memberships, qint64(3));
    QCOMPARE(stats.membershipsCents, qint64(4000));

    // The drawer: 50,00 float + 5,00 sale + 15,00 cash fee = 70,00 €.
    CashSessions sessions(store);
    const SessionTotals totals = sessions.totals(sessions.current()->seq).value();
    QCOMPARE(totals.expectedCashCents(), qint64(7000));
    auto z = sessions.close(shop->cashier, CloseRequest{{{1000, 7}}, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));
    QCOMPARE(z->expectedCents, qint64(7000));
    QCOMPARE(z->varianceCents, qint64(0));
    QCOMPARE(z->totals.salesTotalCents, qint64(500));
    QCOMPARE(z->grandTotalCents, qint64(500));
    const ZReport stored = sessions.zReport(z->stamp.seq).value();
    QCOMPARE(stored.totals.membershipsCount, qint64(3));
    QCOMPARE(stored.totals.membershipsCents, qint64(4000));
    QCOMPARE(stored.totals.cashMembershipsCents, qint64(1500));
    QCOMPARE(stored.totals.cardMembershipsCents, qint64(1500));
    QCOMPARE(stored.totals.chequeMembershipsCents, qint64(1000));
    QCOMPARE(stored.totals.salesCount, qint64(1));

    const QString text =
        Receipt::forZReport(stored, store.site(), store.station(), store.timeZone())
            .join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("Membership fees (3)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Cash membership fees")));

    // The closings count the fees apart: the day of 11/03 holds the sale and two fees (15,00 by
    // card + 10,00 by cheque = 25,00 €); March and 2026 also hold the 10/03 fee (40,00 €), though
    // that day, without a sale, has no closing of its own.
    shop->clock.set(QDateTime(QDate(2027, 1, 2), QTime(8, 0), QTimeZone::utc()));
    QVERIFY(Closings(store).closeEndedPeriods(shop->admin).ok());
    const auto closings = Closings(store).recent(10).value();
    const auto find = [&](PeriodKind kind) {
        return *std::find_if(closings.cbegin(), closings.cend(),
            [kind](const PeriodClosing &c) { return c.kind == kind; });
    };
    const PeriodClosing day = find(PeriodKind::Day);
    QCOMPARE(day.first, QDate(2026, 3, 11));
    QCOMPARE(day.salesTotalCents, qint64(500));
    QCOMPARE(day.membershipsCount, qint64(2));
    QCOMPARE(day.membershipsCents, qint64(2500));
    QCOMPARE(day.donationsCount, qint64(0));
    const PeriodClosing month = find(PeriodKind::Month);
    QCOMPARE(month.first, QDate(2026, 3, 1));
    QCOMPARE(month.membershipsCount, qint64(3));
    QCOMPARE(month.membershipsCents, qint64(4000));
    QCOMPARE(month.salesTotalCents, qint64(500));
    const PeriodClosing year = find(PeriodKind::Year);
    QCOMPARE(year.membershipsCents, qint64(4000));
    const QString dayText =
        Receipt::forClosing(day, store.site(), store.station(), store.timeZone())
            .join(QLatin1Char('\n'));
    QVERIFY2(dayText.contains(QStringLiteral("Membership fees (2)")), qPrintable(dayText));
    QVERIFY(dayText.contains(QStringLiteral("25,00")));

    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestMembers::badFeesWriteNothing()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    Members members(store);
    const Member member = members.create(shop->cashier, QStringLiteral("Sacha"), {}).value();
    // Without a session: refused.
    QCOMPARE(members.recordFee(shop->cashier, {member.id, PaymentMethod::Cash, 1000}).error().code,
        ErrorCode::Conflict);
    QVERIFY(CashSessions(store).open(shop->cashier, 0).ok());
    const qint64 documents = rowCount(store, QStringLiteral("document"));
    for (const MembershipDraft &bad : {MembershipDraft{member.id, PaymentMethod::Cash, -1000},
             MembershipDraft{member.id, PaymentMethod::Cash, 0},
             MembershipDraft{member.id, PaymentMethod::Free, 1000},
             MembershipDraft{{}, PaymentMethod::Cash, 1000}}) {
        auto refused = members.recordFee(shop->cashier, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    }
    QCOMPARE(members.recordFee(shop->cashier, {QStringLiteral("nobody"), PaymentMethod::Cash, 1000})
                 .error()
                 .code,
        ErrorCode::NotFound);
    QCOMPARE(
        members.recordFee(shop->supervisor, {member.id, PaymentMethod::Cash, 1000}).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(rowCount(store, QStringLiteral("document")), documents);
    QCOMPARE(rowCount(store, QStringLiteral("membership")), qint64(0));
}

void TestMembers::exportAndErase()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    QVERIFY(CashSessions(*shop->store).open(shop->cashier, 2000).ok());
    Members members(*shop->store);
    const Member member = members
                              .create(shop->cashier, QStringLiteral("Zéphyrine Quenouille"),
                                  QStringLiteral("zephyrine@example.org"))
                              .value();
    QVERIFY(members.recordFee(shop->cashier, {member.id, PaymentMethod::Cash, 1200}).ok());
    QVERIFY(members.recordFee(shop->cashier, {member.id, PaymentMethod::Cheque, 800}).ok());

    // Export: administrators only, audited, everything the shop holds.
    QCOMPARE(
        members.exportData(shop->cashier, member.id).error().code, ErrorCode::PermissionDenied);
    const QJsonObject data = members.exportData(shop->admin, member.id).value();
    QCOMPARE(data.value(QStringLiteral("name")).toString(), QStringLiteral("Zéphyrine Quenouille"));
    QCOMPARE(
        data.value(QStringLiteral("contact")).toString(), QStringLiteral("zephyrine@example.org"));
    const QJsonArray fees = data.value(QStringLiteral("membership_fees")).toArray();
    QCOMPARE(fees.size(), 2);
    QCOMPARE(fees.at(0).toObject().value(QStringLiteral("amount_cents")).toInteger(), 1200);
    QCOMPARE(fees.at(1).toObject().value(QStringLiteral("amount_cents")).toInteger(), 800);
    QCOMPARE(fees.at(1).toObject().value(QStringLiteral("period_start")).toString(),
        QStringLiteral("2027-03-10"));
    QCOMPARE(auditCount(*shop->store, QStringLiteral("member.export")), 1);

    const QStringList hashesBefore = documentHashes(*shop->store);
    CashSessions sessions(*shop->store);
    const qint64 expectedBefore =
        sessions.totals(sessions.current()->seq)->expectedCashCents(); // 20 + 12 = 32,00 €
    QCOMPARE(expectedBefore, qint64(3200));

    // Before the erasure the name is in the files (database or write-ahead log).
    const QByteArray before =
        fileBytes(shop->path()) + fileBytes(shop->path() + QStringLiteral("-wal"));
    QVERIFY(before.contains(QStringLiteral("Quenouille").toUtf8()));

    QCOMPARE(members.erase(shop->cashier, member.id).error().code, ErrorCode::PermissionDenied);
    QVERIFY(members.erase(shop->admin, member.id).ok());
    QCOMPARE(auditCount(*shop->store, QStringLiteral("member.erase")), 1);
    QCOMPARE(members.find(member.id).error().code, ErrorCode::NotFound);
    QCOMPARE(members.erase(shop->admin, member.id).error().code, ErrorCode::NotFound);

    // Every hash, every figure and the verification as before.
    QCOMPARE(documentHashes(*shop->store), hashesBefore);
    QCOMPARE(rowCount(*shop->store, QStringLiteral("membership")), qint64(2));
    QCOMPARE(sessions.totals(sessions.current()->seq)->expectedCashCents(), qint64(3200));
    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    // The name and the contact are nowhere in the database's files.
    shop->store.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        const QByteArray bytes = fileBytes(shop->path() + suffix);
        QVERIFY(!bytes.contains(QStringLiteral("Quenouille").toUtf8()));
        QVERIFY(!bytes.contains(QByteArrayLiteral("zephyrine@example.org")));
    }
}

// A ticket for a member (sale form 6) keeps the member's id and number: printed on the ticket,
// read back with the sale, summed in the member's purchases and their export; erasing the member
// leaves the tickets, their hashes and `verify` as they were.
void TestMembers::theTicketKeepsItsMember()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    Members members(store);
    const Member camille =
        members.create(shop->cashier, QStringLiteral("Camille Vasseur"), {}).value();
    QCOMPARE(camille.number, QStringLiteral("CAISSE1-1"));
    QVERIFY(members.recordFee(shop->cashier, {camille.id, PaymentMethod::Cash, 1000}).ok());
    QCOMPARE(members.findByNumber(QStringLiteral("caisse1-1")).value().id, camille.id);
    QCOMPARE(members.findByNumber(QStringLiteral("CAISSE1-9")).error().code, ErrorCode::NotFound);
    Sales sales(store);

    // A: a sale for the member at full price: 2 books at 3,00 € = 6,00 €.
    SaleDraft plain{
        {SaleLineDraft{QStringLiteral("livres.livre"), 2, 300, {}}}, {{PaymentMethod::Cash, 600}}};
    plain.memberId = camille.id;
    const auto saleA = sales.record(shop->cashier, plain);
    QVERIFY2(saleA.ok(), qPrintable(saleA.error().message));
    QCOMPARE(saleA->memberNumber, QStringLiteral("CAISSE1-1"));
    // B: a typed −20 % for members only, the member chosen with the discount (as the till's
    // dialog does): 12,50 € of books → 2,50 € off, 10,00 € paid by card.
    SaleDraft discounted{{SaleLineDraft{QStringLiteral("livres.livre"), 1, 1250, {}}},
        {{PaymentMethod::Card, 1000}},
        Discount{DiscountKind::Percent, 2000, QStringLiteral("Adhérent"), true, camille.id}};
    const auto saleB = sales.record(shop->cashier, discounted);
    QVERIFY2(saleB.ok(), qPrintable(saleB.error().message));
    QCOMPARE(saleB->discountCents(), qint64(250));
    // C: a sale for nobody, 4,00 €.
    const auto saleC = sales.record(shop->cashier,
        SaleDraft{{SaleLineDraft{QStringLiteral("livres.livre"), 1, 400, {}}},
            {{PaymentMethod::Cash, 400}}});
    QVERIFY(saleC.ok());
    QVERIFY(saleC->memberNumber.isEmpty());

    // Read back: the number and the id; the ticket prints the number, never the name.
    const Sale readA = sales.findByNumber(saleA->stamp.number).value();
    QCOMPARE(readA.memberId, camille.id);
    QCOMPARE(readA.memberNumber, QStringLiteral("CAISSE1-1"));
    QCOMPARE(sales.findByNumber(saleB->stamp.number).value().memberId, camille.id);
    QVERIFY(sales.findByNumber(saleC->stamp.number).value().memberId.isEmpty());
    const QStringList printed =
        Receipt::forSale(readA, store.site(), store.station(), store.timeZone());
    QVERIFY2(printed.contains(QStringLiteral("Member: CAISSE1-1")),
        qPrintable(printed.join(QLatin1Char('\n'))));
    QVERIFY(!printed.join(QLatin1Char('\n')).contains(QStringLiteral("Vasseur")));
    QVERIFY(!Receipt::forSale(*saleC, store.site(), store.station(), store.timeZone())
                 .join(QLatin1Char('\n'))
                 .contains(QStringLiteral("Member")));

    // One book of A back in cash: 6,00 × 1 / 2 = 3,00 €.
    QVERIFY(sales
                .refund(shop->admin,
                    RefundDraft{saleA->stamp.number, {{1, 1}}, PaymentMethod::Cash,
                        QStringLiteral("Abîmé")})
                .ok());

    // Purchases: A 6,00 € (3,00 € back) and B 10,00 € (2,50 € off); C is nobody's.
    const MemberPurchases bought = members.purchases(camille.id).value();
    QCOMPARE(bought.tickets.size(), 2);
    QCOMPARE(bought.tickets.at(0).saleNumber, saleA->stamp.number);
    QCOMPARE(bought.tickets.at(0).refundedCents, qint64(300));
    QCOMPARE(bought.tickets.at(1).saleNumber, saleB->stamp.number);
    QCOMPARE(bought.tickets.at(1).discountCents, qint64(250));
    QCOMPARE(bought.totalCents, qint64(1600));
    QCOMPARE(bought.discountCents, qint64(250));
    QCOMPARE(bought.refundedCents, qint64(300));
    QCOMPARE(bought.netCents(), qint64(1300));
    const QJsonObject data = members.exportData(shop->admin, camille.id).value();
    QCOMPARE(data.value(QStringLiteral("purchases")).toArray().size(), 2);
    QCOMPARE(data.value(QStringLiteral("purchases_net_cents")).toInteger(), 1300);

    // Erasure: the tickets keep the id and the number, every hash, and verify.
    const QStringList hashes = documentHashes(store);
    QVERIFY(members.erase(shop->admin, camille.id).ok());
    QCOMPARE(documentHashes(store), hashes);
    QCOMPARE(
        sales.findByNumber(saleB->stamp.number).value().memberNumber, QStringLiteral("CAISSE1-1"));
    QCOMPARE(members.purchases(camille.id).value().netCents(), qint64(1300));
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

// Refused with a clear reason, nothing written: an unknown (or erased) member, a members-only
// discount for a membership ended, and a discount for another member than the ticket's.
void TestMembers::aBadMemberWritesNoSale()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
    Members members(store);
    const Member alix = members.create(shop->cashier, QStringLiteral("Alix Martin"), {}).value();
    const Member sacha = members.create(shop->cashier, QStringLiteral("Sacha Roux"), {}).value();
    // Alix's year: 10/03/2026 to 09/03/2027.
    QVERIFY(members.recordFee(shop->cashier, {alix.id, PaymentMethod::Cash, 1000}).ok());
    Sales sales(store);
    const qint64 salesBefore = rowCount(store, QStringLiteral("sale"));
    const qint64 documentsBefore = rowCount(store, QStringLiteral("document"));

    SaleDraft unknown{
        {SaleLineDraft{QStringLiteral("livres.livre"), 1, 500, {}}}, {{PaymentMethod::Cash, 500}}};
    unknown.memberId = QStringLiteral("no-such-member");
    auto refused = sales.record(shop->cashier, unknown);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Unknown member")),
        qPrintable(refused.error().message));

    SaleDraft other{{SaleLineDraft{QStringLiteral("livres.livre"), 1, 500, {}}},
        {{PaymentMethod::Cash, 450}},
        Discount{DiscountKind::Percent, 1000, QStringLiteral("Adhérent"), true, alix.id}};
    other.memberId = sacha.id;
    refused = sales.record(shop->cashier, other);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("another member")),
        qPrintable(refused.error().message));

    // The ticket's member without a membership, then Alix's ended on 09/03/2027.
    other.memberId.clear();
    other.discount->memberId = sacha.id;
    refused = sales.record(shop->cashier, other);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("no membership")),
        qPrintable(refused.error().message));
    shop->clock.set(QDateTime(QDate(2027, 3, 10), QTime(9, 0), QTimeZone::utc()));
    other.memberId = alix.id;
    other.discount->memberId.clear();
    refused = sales.record(shop->cashier, other);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("ended")),
        qPrintable(refused.error().message));
    QCOMPARE(rowCount(store, QStringLiteral("sale")), salesBefore);
    QCOMPARE(rowCount(store, QStringLiteral("document")), documentsBefore);

    // An expired member may still be named on a ticket without a members-only price.
    other.discount.reset();
    other.payments = {{PaymentMethod::Cash, 500}};
    const auto sold = sales.record(shop->cashier, other);
    QVERIFY2(sold.ok(), qPrintable(sold.error().message));
    QCOMPARE(sold->memberNumber, alix.number);
}

// A member registered at register B gets the member price at station A after a sync; a
// rectification made at A reaches B; the erasure made at A removes the name from B's database
// too, and an older copy of a register never brings the member back.
void TestMembers::theRegisterIsSharedAndErasedEverywhere()
{
    recaisse::test::TwoStations shop;
    QVERIFY(shop.create());
    auto [a, b, remote, onA, onB] = std::tie(shop.a, shop.b, shop.remote, shop.onA, shop.onB);

    // At B: Zéphyrine registers and pays her fee (10/03/2026 to 09/03/2027).
    QVERIFY(CashSessions(*b.store).open(onB, 0).ok());
    Members atB(*b.store);
    const Member zephyrine = atB.create(onB, QStringLiteral("Zéphyrine Quenouille"),
                                    QStringLiteral("zephyrine@example.org"))
                                 .value();
    QCOMPARE(zephyrine.number, QStringLiteral("CAISSE2-1"));
    QVERIFY(atB.recordFee(onB, {zephyrine.id, PaymentMethod::Cash, 1000}).ok());
    QVERIFY(b.sync(remote).ok());
    // Sealed on a real drive; here the drive in memory holds B's register in its folder.
    QVERIFY(remote.files.contains(
        QStringLiteral("stations/%1/members.json").arg(b.store->station().id)));
    QVERIFY(a.sync(remote).ok());

    // At A: found by her number, current, and the members' −10 % on a 10,00 € book: 9,00 €.
    Members atA(*a.store);
    const Member known = atA.findByNumber(QStringLiteral("CAISSE2-1")).value();
    QCOMPARE(known.id, zephyrine.id);
    QCOMPARE(known.name, QStringLiteral("Zéphyrine Quenouille"));
    QCOMPARE(known.memberUntil, QDate(2027, 3, 9));
    QVERIFY(CashSessions(*a.store).open(onA, 0).ok());
    SaleDraft draft{{SaleLineDraft{QStringLiteral("livres.livre"), 1, 1000, {}}},
        {{PaymentMethod::Cash, 900}},
        Discount{DiscountKind::Percent, 1000, QStringLiteral("Adhérent"), true, known.id}};
    const auto sold = Sales(*a.store).record(onA, draft);
    QVERIFY2(sold.ok(), qPrintable(sold.error().message));
    QCOMPARE(sold->totalCents, qint64(900));
    QCOMPARE(sold->memberNumber, QStringLiteral("CAISSE2-1"));

    // A rectification at A, an hour later, reaches B with the sale.
    a.clock.advanceSecs(3600);
    QVERIFY(atA.update(onA, known.id, QStringLiteral("Zéphyrine Quenouille-Martin"),
                   QStringLiteral("zephyrine@example.org"))
                .ok());
    QVERIFY(a.sync(remote).ok());
    QVERIFY(b.sync(remote).ok());
    QCOMPARE(atB.find(zephyrine.id).value().name, QStringLiteral("Zéphyrine Quenouille-Martin"));
    QCOMPARE(atB.purchases(zephyrine.id).value().totalCents, qint64(900));
    // B's register as it is now: an older copy of what B publishes.
    const QJsonObject before = atB.sharedRegister().value();

    // The erasure at A: gone from A, then from B once B has synced, and from B's files.
    QVERIFY(atA.erase(onA, known.id).ok());
    QVERIFY(a.sync(remote).ok());
    QVERIFY(b.sync(remote).ok());
    QCOMPARE(atB.find(zephyrine.id).error().code, ErrorCode::NotFound);
    QCOMPARE(atA.find(zephyrine.id).error().code, ErrorCode::NotFound);
    QVERIFY(a.sync(remote).ok());
    // The registers on the drive no longer hold her name.
    for (const recaisse::test::SyncStation *station : {&a, &b}) {
        const QByteArray file = remote.files.value(
            QStringLiteral("stations/%1/members.json").arg(station->store->station().id));
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(QStringLiteral("Quenouille").toUtf8()));
    }
    // An older copy of the register brings nothing back.
    QCOMPARE(atA.applyShared(before).value(), 0);
    QCOMPARE(atA.find(zephyrine.id).error().code, ErrorCode::NotFound);
    // The tickets and fees keep her id; every hash verifies on both stations.
    QCOMPARE(atA.purchases(zephyrine.id).value().totalCents, qint64(900));
    const QString path = b.store->db().path();
    for (const recaisse::test::SyncStation *station : {&a, &b}) {
        const auto report = IntegrityCheck(*station->store).run().value();
        QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }
    b.store.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        const QByteArray bytes = fileBytes(path + suffix);
        QVERIFY(!bytes.contains(QStringLiteral("Quenouille").toUtf8()));
        QVERIFY(!bytes.contains(QByteArrayLiteral("zephyrine@example.org")));
    }
}

// A register that does not parse as one is refused whole: nothing of it is written.
void TestMembers::aDamagedRegisterChangesNothing()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Members members(*shop->store);
    const QJsonObject good{{QStringLiteral("format"), QLatin1String(memberRegisterFormat)},
        {QStringLiteral("site_id"), shop->store->site().id},
        {QStringLiteral("members"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("m-1")},
                           {QStringLiteral("number"), QStringLiteral("CAISSE9-1")},
                           {QStringLiteral("name"), QStringLiteral("Alix")},
                           {QStringLiteral("contact"), QString()},
                           {QStringLiteral("created_utc"), QStringLiteral("2026-03-01T09:00:00Z")},
                           {QStringLiteral("updated_utc"), QStringLiteral("2026-03-01T09:00:00Z")}},
                QJsonObject{{QStringLiteral("id"), QStringLiteral("m-2")},
                    {QStringLiteral("number"), QStringLiteral("CAISSE9-2")},
                    {QStringLiteral("name"), QString(maxMemberNameLength + 1, QLatin1Char('x'))},
                    {QStringLiteral("contact"), QString()},
                    {QStringLiteral("created_utc"), QStringLiteral("2026-03-01T09:00:00Z")},
                    {QStringLiteral("updated_utc"), QStringLiteral("2026-03-01T09:00:00Z")}}}},
        {QStringLiteral("erased"), QJsonArray{}}};
    const auto refused = members.applyShared(good);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::IntegrityFailure);
    QCOMPARE(rowCount(*shop->store, QStringLiteral("member")), qint64(0));
    QJsonObject wrongFormat = good;
    wrongFormat.insert(QStringLiteral("format"), QStringLiteral("recaisse-members-0"));
    QCOMPARE(members.applyShared(wrongFormat).error().code, ErrorCode::IntegrityFailure);
    // Another shop's register changes nothing.
    QJsonObject otherShop = good;
    otherShop.insert(QStringLiteral("site_id"), QStringLiteral("another-site"));
    QCOMPARE(members.applyShared(otherShop).value(), 0);
    QCOMPARE(rowCount(*shop->store, QStringLiteral("member")), qint64(0));
}

// A station's member register damaged on the drive is reported, and the rest of that station
// still arrives: its pull time is recorded (and its Telegram deposits are read).
void TestMembers::aDamagedRegisterOnTheDriveHoldsNothingElseBack()
{
    recaisse::test::TwoStations shop;
    QVERIFY(shop.create());
    auto [a, b, remote, onA, onB] = std::tie(shop.a, shop.b, shop.remote, shop.onA, shop.onB);
    QVERIFY(CashSessions(*b.store).open(onB, 0).ok());
    QVERIFY(Members(*b.store).create(onB, QStringLiteral("Zéphyrine Quenouille"), {}).ok());
    QVERIFY(b.sync(remote).ok());
    const QString path = QStringLiteral("stations/%1/members.json").arg(b.store->station().id);
    QVERIFY(remote.files.contains(path));
    remote.files[path] = "{\"format\": 1, \"members\": [";

    const auto pulledAt = [&] {
        QSqlQuery query(a.store->db().connection());
        query.prepare(QStringLiteral("SELECT last_pull_utc FROM station WHERE id = ?"));
        query.addBindValue(b.store->station().id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    };
    const QString before = pulledAt();
    a.clock.advanceSecs(120);
    const auto report = a.sync(remote);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.message.contains(QStringLiteral("member register")),
        qPrintable(report.error.message));
    QVERIFY(!pulledAt().isEmpty());
    QVERIFY(pulledAt() != before);
    QVERIFY(!Members(*a.store).findByNumber(QStringLiteral("CAISSE2-1")).ok());
}

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
