#include "core/cashsession.h"
#include "core/deposits.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "tests/support/testshop.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::TestShop;

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void canonicalJsonIsSortedCompactAndExact();
    void chainHashIsSha256OfPrevAndBody();
    void documentKindKeysRoundTrip();
    void numbersAndSequences();
    void everyFactHasOneJournalEntry();
    void storedBodyIsWhatWasHashed();
    void unusualTextVerifies();
};

void TestLedger::canonicalJsonIsSortedCompactAndExact()
{
    const QJsonObject object{{QStringLiteral("zeta"), 1},
        {QStringLiteral("alpha"), QStringLiteral("é\"\\")},
        {QStringLiteral("big"), qint64(9'007'199'254'740'993)}, // 2^53 + 1: not a double
        {QStringLiteral("none"), QJsonValue(QJsonValue::Null)}};
    QCOMPARE(canonicalJson(object),
        QByteArray(R"({"alpha":"é\"\\","big":9007199254740993,"none":null,"zeta":1})"));
    // Insertion order does not matter.
    QJsonObject reversed;
    reversed.insert(QStringLiteral("none"), QJsonValue(QJsonValue::Null));
    reversed.insert(QStringLiteral("big"), qint64(9'007'199'254'740'993));
    reversed.insert(QStringLiteral("alpha"), QStringLiteral("é\"\\"));
    reversed.insert(QStringLiteral("zeta"), 1);
    QCOMPARE(canonicalJson(reversed), canonicalJson(object));
}

void TestLedger::chainHashIsSha256OfPrevAndBody()
{
    const QJsonObject body{{QStringLiteral("a"), 1}};
    const QString prev = QString::fromLatin1(zeroHash);
    const QByteArray expected = QCryptographicHash::hash(
        QByteArray(prev.toLatin1() + QByteArray(R"({"a":1})")), QCryptographicHash::Sha256)
                                    .toHex();
    QCOMPARE(chainHash(prev, body), QString::fromLatin1(expected));
    QVERIFY(chainHash(prev, QJsonObject{{QStringLiteral("a"), 2}}) != chainHash(prev, body));
    QVERIFY(chainHash(QString(64, QLatin1Char('1')), body) != chainHash(prev, body));
}

void TestLedger::documentKindKeysRoundTrip()
{
    const DocumentKind kinds[] = {DocumentKind::SessionOpen, DocumentKind::SessionClose,
        DocumentKind::Sale, DocumentKind::Refund, DocumentKind::CashMovement, DocumentKind::Deposit,
        DocumentKind::Closing};
    QSet<QString> letters;
    for (const DocumentKind kind : kinds) {
        QCOMPARE(documentKindFromKey(toKey(kind)), std::optional<DocumentKind>(kind));
        letters.insert(seriesLetter(kind));
        QVERIFY(!tablesOf(kind).main.isEmpty());
    }
    QCOMPARE(letters.size(), 7);
    QVERIFY(!documentKindFromKey(QStringLiteral("sale; DROP TABLE sale")));
}

void TestLedger::numbersAndSequences()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    auto session = CashSessions(store).open(shop->cashier, 5000);
    QVERIFY2(session, qPrintable(session.error().message));
    QCOMPARE(session->number, QStringLiteral("CAISSE1-S000001"));
    SaleDraft draft;
    draft.lines = {SaleLineDraft{QStringLiteral("textile.vetements"), 1, 300, std::nullopt}};
    draft.payments = {PaymentDraft{PaymentMethod::Cash, 500}};
    for (int i = 1; i <= 3; ++i) {
        auto sale = Sales(store).record(shop->cashier, draft);
        QVERIFY2(sale, qPrintable(sale.error().message));
        QCOMPARE(sale->stamp.number, QStringLiteral("CAISSE1-T%1").arg(i, 6, 10, QLatin1Char('0')));
        QCOMPARE(sale->stamp.seq, qint64(i + 1)); // one sequence for every kind
    }
    auto moved = CashSessions(store).moveCash(
        shop->cashier, MovementDirection::In, 1000, QStringLiteral("Appoint"));
    QVERIFY2(moved, qPrintable(moved.error().message));
    QCOMPARE(moved->number, QStringLiteral("CAISSE1-M000001"));
    QCOMPARE(moved->seq, qint64(5));

    // A refused document consumes no number.
    SaleDraft bad = draft;
    bad.lines.first().quantity = 0;
    QVERIFY(!Sales(store).record(shop->cashier, bad));
    auto next = Sales(store).record(shop->cashier, draft);
    QVERIFY(next);
    QCOMPARE(next->stamp.number, QStringLiteral("CAISSE1-T000004"));
    QCOMPARE(next->stamp.seq, qint64(6));
}

void TestLedger::everyFactHasOneJournalEntry()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 0));
    DepositDraft deposit;
    deposit.lines = {DepositLineDraft{
        QStringLiteral("textile.vetements"), 3, 1500, Destination::Shop, Origin::VoluntaryDropOff}};
    QVERIFY(Deposits(store).record(shop->admin, deposit));

    QSqlQuery query(store.db().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM document) + (SELECT count(*) FROM audit_event), "
        "(SELECT count(*) FROM journal), (SELECT count(DISTINCT kind || ref_seq) FROM journal), "
        "(SELECT max(seq) FROM journal)")));
    QVERIFY(query.next());
    const qint64 facts = query.value(0).toLongLong();
    QCOMPARE(query.value(1).toLongLong(), facts);
    QCOMPARE(query.value(2).toLongLong(), facts);
    QCOMPARE(query.value(3).toLongLong(), facts); // gap-free from 1
}

void TestLedger::storedBodyIsWhatWasHashed()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(CashSessions(store).open(shop->cashier, 2000));
    SaleDraft draft;
    draft.lines = {SaleLineDraft{QStringLiteral("textile.vetements"), 2, 250, std::nullopt},
        SaleLineDraft{QStringLiteral("livres.livre"), 1, 100, qint64(400)}};
    draft.payments = {PaymentDraft{PaymentMethod::Card, 600}};
    auto sale = Sales(store).record(shop->cashier, draft);
    QVERIFY2(sale, qPrintable(sale.error().message));

    auto header = findDocument(store, sale->stamp.number);
    QVERIFY(header);
    QCOMPARE(header->hash, sale->stamp.hash);
    auto body = readDocumentBody(store, header->stationId, header->seq, DocumentKind::Sale);
    QVERIFY(body);
    QCOMPARE(chainHash(header->prevHash, hashedForm(*header, *body)), sale->stamp.hash);
    const QJsonArray lines = body->value(QStringLiteral("sale_line")).toArray();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).toObject().value(QStringLiteral("weight_grams")).isNull());
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("weight_grams")).toInteger(), 400);
    QCOMPARE(body->value(QStringLiteral("sale"))
                 .toObject()
                 .value(QStringLiteral("total_cents"))
                 .toInteger(),
        600);
}

void TestLedger::unusualTextVerifies()
{
    // The writer's canonical text and the verifier's must agree on every escape.
    auto shop = TestShop::create();
    QVERIFY(shop);
    DepositDraft deposit;
    deposit.note = QStringLiteral("Don « \"spécial\" » \\ \u0001 \u007f \U0001F600 fin");
    deposit.lines = {DepositLineDraft{
        QStringLiteral("textile.vetements"), 1, 500, Destination::Shop, Origin::VoluntaryDropOff}};
    auto recorded = Deposits(*shop->store).record(shop->reception, deposit);
    QVERIFY2(recorded, qPrintable(recorded.error().message));
    const IntegrityCheck::Report report = IntegrityCheck(*shop->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.documentsChecked, qint64(1));
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
