// Tax receipts for money donations (issue 20, Cerfa 11580): refused while the site is not
// entitled, numbered without gaps in their own series, never twice for one donation, the amount
// in French words, and the annual summary per donor equal to the donations. Every expected value
// is written by hand.

#include "core/cashsession.h"
#include "core/donations.h"
#include "core/integrity.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "core/taxreceipts.h"
#include "tests/support/testshop.h"

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

} // namespace

class TestTaxReceipts : public QObject
{
    Q_OBJECT

private slots:
    void amountInWords_data();
    void amountInWords();
    void settingsNeedAnAdministratorAndAnObject();
    void receiptsAreNumberedOncePerDonation();
};

void TestTaxReceipts::amountInWords_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("words");
    const auto row = [](const char *name, qint64 cents, const char *words) {
        QTest::newRow(name) << cents << QString::fromUtf8(words);
    };
    row("1 centime", 1, "un centime");
    row("1 euro", 100, "un euro");
    row("20 euros", 2000, "vingt euros");
    row("21,50", 2150, "vingt et un euros et cinquante centimes");
    row("71", 7100, "soixante et onze euros");
    row("72", 7200, "soixante-douze euros");
    row("80", 8000, "quatre-vingts euros");
    row("81", 8100, "quatre-vingt-un euros");
    row("99", 9900, "quatre-vingt-dix-neuf euros");
    row("123,45", 12345, "cent vingt-trois euros et quarante-cinq centimes");
    row("200", 20000, "deux cents euros");
    row("201", 20100, "deux cent un euros");
    row("1 000", 100000, "mille euros");
    row("2 080", 208000, "deux mille quatre-vingts euros");
    row("80 000", 8000000, "quatre-vingt mille euros");
    row("200 000", 20000000, "deux cent mille euros");
    row("1 000 000", 100000000, "un million d’euros");
    row("0,80", 80, "quatre-vingts centimes");
    row("5,50", 550, "cinq euros et cinquante centimes");
}

void TestTaxReceipts::amountInWords()
{
    QFETCH(qint64, cents);
    QFETCH(QString, words);
    QCOMPARE(TaxReceipts::amountInWords(cents), words);
}

void TestTaxReceipts::settingsNeedAnAdministratorAndAnObject()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    TaxReceipts receipts(*shop->store);
    QVERIFY(!receipts.settings()->enabled);
    const TaxReceiptSettings on{true, QStringLiteral("Réemploi et insertion")};
    QCOMPARE(receipts.setSettings(shop->cashier, on).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(receipts.setSettings(shop->admin, TaxReceiptSettings{true, QStringLiteral("  ")})
                 .error()
                 .code,
        ErrorCode::InvalidInput);
    QVERIFY(!receipts.settings()->enabled);
    QCOMPARE(auditCount(*shop->store, QStringLiteral("site.tax-receipts")), 0);
    QVERIFY(receipts.setSettings(shop->admin, on).ok());
    QVERIFY(receipts.settings()->enabled);
    QCOMPARE(receipts.settings()->object, QStringLiteral("Réemploi et insertion"));
    QCOMPARE(auditCount(*shop->store, QStringLiteral("site.tax-receipts")), 1);
}

void TestTaxReceipts::receiptsAreNumberedOncePerDonation()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 0).ok());
    Donations donations(store);
    // 20,00 € cash, 150,00 € by cheque, 5,50 € by card.
    const Donation g1 = donations.record(shop->cashier, {PaymentMethod::Cash, 2000}).value();
    const Donation g2 = donations.record(shop->cashier, {PaymentMethod::Cheque, 15000}).value();
    const Donation g3 = donations.record(shop->cashier, {PaymentMethod::Card, 550}).value();
    SaleDraft sale{
        {{QStringLiteral("livres.livre"), 1, 300, std::nullopt}}, {{PaymentMethod::Cash, 300}}};
    const Sale ticket = Sales(store).record(shop->cashier, sale).value();

    TaxReceipts receipts(store);
    const Donor dominique{
        QStringLiteral("Lapierre Dominique"), QStringLiteral("3 rue des Lilas, 69001 Lyon")};
    const Donor alix{QStringLiteral("Martin Alix"), QStringLiteral("12 avenue Foch, 69006 Lyon")};
    // Not entitled: refused, nothing written.
    const qint64 documents = rowCount(store, QStringLiteral("document"));
    QCOMPARE(receipts.issue(shop->cashier, g1.stamp.number, dominique).error().code,
        ErrorCode::Conflict);
    QCOMPARE(rowCount(store, QStringLiteral("document")), documents);

    QVERIFY(
        receipts.setSettings(shop->admin, {true, QStringLiteral("Réemploi et insertion")}).ok());
    auto first = receipts.issue(shop->cashier, g1.stamp.number, dominique);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->stamp.number, QStringLiteral("CAISSE1-F000001"));
    QCOMPARE(first->amountCents, qint64(2000));
    QCOMPARE(first->donationDay, QDate(2026, 3, 10));
    auto second = receipts.issue(shop->cashier, g2.stamp.number, dominique);
    QVERIFY(second.ok());
    QCOMPARE(second->stamp.number, QStringLiteral("CAISSE1-F000002"));

    // Never twice for one donation; the refusal uses no number.
    auto again = receipts.issue(shop->cashier, g1.stamp.number, alix);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(again.error().message.contains(QStringLiteral("CAISSE1-F000001")));
    // Bad requests: not a donation, unknown, no address, a supervisor.
    QCOMPARE(
        receipts.issue(shop->cashier, ticket.stamp.number, alix).error().code, ErrorCode::NotFound);
    QCOMPARE(receipts.issue(shop->cashier, QStringLiteral("CAISSE1-G000099"), alix).error().code,
        ErrorCode::NotFound);
    QCOMPARE(
        receipts.issue(shop->cashier, g3.stamp.number, Donor{alix.name, QString()}).error().code,
        ErrorCode::InvalidInput);
    QCOMPARE(receipts.issue(shop->supervisor, g3.stamp.number, alix).error().code,
        ErrorCode::PermissionDenied);
    auto third = receipts.issue(shop->cashier, g3.stamp.number, alix);
    QVERIFY(third.ok());
    QCOMPARE(third->stamp.number, QStringLiteral("CAISSE1-F000003"));
    QCOMPARE(rowCount(store, QStringLiteral("tax_receipt")), qint64(3));

    // Found again, for a reprint.
    QCOMPARE(receipts.forDonation(g2.stamp.number).value()->stamp.number,
        QStringLiteral("CAISSE1-F000002"));
    QVERIFY(!receipts.forDonation(ticket.stamp.number).value().has_value());
    const TaxReceipt printed = receipts.findByNumber(QStringLiteral("CAISSE1-F000001")).value();
    QCOMPARE(printed.donor.address, QStringLiteral("3 rue des Lilas, 69001 Lyon"));
    const QStringList lines = TaxReceipts::render(printed, store.timeZone());
    QVERIFY(lines.contains(QStringLiteral("Numéro d’ordre du reçu : CAISSE1-F000001")));
    QVERIFY(lines.contains(QStringLiteral("Somme en toutes lettres : vingt euros")));
    QVERIFY(lines.contains(QStringLiteral("Date du versement ou du don : 10/03/2026")));
    QVERIFY(lines.contains(QStringLiteral("Mode de versement : remise d’espèces")));
    QVERIFY(lines.contains(QStringLiteral("Objet : Réemploi et insertion")));
    QVERIFY(lines.contains(QStringLiteral("Nom et prénoms : Lapierre Dominique")));

    // The year's summary per donor: Dominique 20,00 + 150,00 = 170,00 € in 2 receipts, Alix
    // 5,50 €; together the 175,50 € of donations.
    const auto summary = receipts.yearSummary(2026).value();
    QCOMPARE(summary.size(), 2);
    QCOMPARE(summary.at(0).donor.name, QStringLiteral("Lapierre Dominique"));
    QCOMPARE(summary.at(0).receipts, 2);
    QCOMPARE(summary.at(0).totalCents, qint64(17000));
    QCOMPARE(summary.at(1).donor.name, QStringLiteral("Martin Alix"));
    QCOMPARE(summary.at(1).totalCents, qint64(550));
    QCOMPARE(StoreStatistics::collect(store).donationsCents, qint64(17550));
    QCOMPARE(receipts.yearSummary(2025).value().size(), 0);

    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTaxReceipts)
#include "tst_taxreceipts.moc"
