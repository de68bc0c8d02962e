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
#include "tests/support/testshop.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
