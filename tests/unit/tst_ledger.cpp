#include "core/cashsession.h"
#include "core/deposits.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "tests/support/testshop.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using recaisse::test::TestShop;

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void canonicalJsonIsSortedCompactAndExact();
    void chainHashIsSha256OfPrevAndBody();
    void oneWriterForTheHashedBytes();
    void documentKindKeysRoundTrip();
    void numbersAndSequences();
    void aClockGoingBackIsRefused();
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

    // Keys in the byte order of their UTF-8, which is not UTF-16's past the BMP (U+1F600 is
    // D83D DE00 in UTF-16, before U+FFFD, but F0 9F 98 80 in UTF-8, after EF BF BD); nested
    // objects and arrays alike; control characters escaped, other text as UTF-8.
    const QJsonObject unicode{{QString::fromUtf8("\xF0\x9F\x98\x80"), 1},
        {QString::fromUtf8("\xEF\xBF\xBD"), 2}, {QStringLiteral("z"), 3},
        {QStringLiteral("a"),
            QJsonArray{QJsonObject{{QString::fromUtf8("\xC3\xA9"), 4}, {QStringLiteral("b"), 5}},
                QStringLiteral("tab\tline\nbell\x07")}}};
    QCOMPARE(canonicalJson(unicode),
        QByteArray("{\"a\":[{\"b\":5,\"\xC3\xA9\":4},\"tab\\tline\\nbell\\u0007\"],\"z\":3,"
                   "\"\xEF\xBF\xBD\":2,\"\xF0\x9F\x98\x80\":1}"));
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

void TestLedger::oneWriterForTheHashedBytes()
{
    // A sale's hashed form written by hand, byte for byte, and its SHA-256 after the zero hash
    // (computed outside the program): the bytes the ledger and the journal have always written.
    const QByteArray expected = QByteArray(
        R"({"actor":"u-1","body":{"payment":[{"amount_cents":2000,"line_no":1,"method":"cash"}],)"
        R"("sale":{"change_cents":750,"override_by":"","session_seq":3,"total_cents":1250},)"
        R"("sale_line":[{"category_id":"textile.vetements","category_name":"Vêtements \"hiver\"\n",)"
        R"("eee_code":null,"line_no":1,"quantity":1,"total_cents":1250,"unit_price_cents":1250,)"
        R"("weight_grams":null}]},"business_day":"2026-03-10","created_utc":"2026-03-10T08:00:00Z",)"
        R"("kind":"sale","number":"CAISSE1-T000001","seq":7,"series_seq":1,"station":"st-1"})");
    const QString expectedHash =
        QStringLiteral("b9ef66c10946ea281f0d2f3a7f120207546962f077cc0e66011feb16787e88a4");

    // Members added out of order, rows from stored values (null, integers, text).
    const QByteArray line = CanonicalObject()
                                .value("weight_grams", QVariant())
                                .value("unit_price_cents", qint64(1250))
                                .value("total_cents", 1250)
                                .value("quantity", 1)
                                .value("line_no", 1)
                                .value("eee_code", QVariant())
                                .value("category_name", QStringLiteral("Vêtements \"hiver\"\n"))
                                .value("category_id", QStringLiteral("textile.vetements"))
                                .text();
    const QByteArray sale = CanonicalObject()
                                .value("total_cents", 1250)
                                .value("session_seq", 3)
                                .value("override_by", QStringLiteral(""))
                                .value("change_cents", 750)
                                .text();
    const QByteArray payment = CanonicalObject()
                                   .value("method", QStringLiteral("cash"))
                                   .value("line_no", 1)
                                   .value("amount_cents", 2000)
                                   .text();
    const QByteArray body = CanonicalObject()
                                .canonical("sale_line", '[' + line + ']')
                                .canonical("sale", sale)
                                .canonical("payment", '[' + payment + ']')
                                .text();
    const QByteArray written = CanonicalObject()
                                   .string("station", u"st-1")
                                   .integer("series_seq", 1)
                                   .integer("seq", 7)
                                   .string("number", u"CAISSE1-T000001")
                                   .string("kind", u"sale")
                                   .string("created_utc", u"2026-03-10T08:00:00Z")
                                   .string("business_day", u"2026-03-10")
                                   .canonical("body", body)
                                   .string("actor", u"u-1")
                                   .text();
    QCOMPARE(written, expected);
    QCOMPARE(chainHash(QString::fromLatin1(zeroHash), written), expectedHash);

    // The same document as a QJsonObject (what the integrity check rebuilds): the same bytes.
    const QJsonObject object = QJsonDocument::fromJson(expected).object();
    QVERIFY(!object.isEmpty());
    QCOMPARE(canonicalJson(object), expected);
    QCOMPARE(chainHash(QString::fromLatin1(zeroHash), object), expectedHash);
}

void TestLedger::documentKindKeysRoundTrip()
{
    QSet<QString> letters;
    for (const DocumentKind kind : allDocumentKinds()) {
        QCOMPARE(documentKindFromKey(toKey(kind)), std::optional<DocumentKind>(kind));
        letters.insert(seriesLetter(kind));
        QVERIFY(!tablesOf(kind).main.isEmpty());
        // Every kind has a canonical form, version 1 first, each table with its fields.
        QVERIFY(canonicalForm(kind, 1));
        const CanonicalForm &form = currentForm(kind);
        QCOMPARE(form.kind, kind);
        QCOMPARE(form.main.table, tablesOf(kind).main);
        QVERIFY(!form.main.fields.isEmpty());
        for (const CanonicalTable &child : form.children)
            QVERIFY(!child.fields.isEmpty() && child.fields.contains(child.orderBy));
    }
    QCOMPARE(letters.size(), allDocumentKinds().size());
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

void TestLedger::aClockGoingBackIsRefused()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    const QDateTime start = shop->clock.nowUtc();
    auto session = CashSessions(store).open(shop->cashier, 5000);
    QVERIFY2(session, qPrintable(session.error().message));
    SaleDraft draft;
    draft.lines = {SaleLineDraft{QStringLiteral("textile.vetements"), 1, 300, std::nullopt}};
    draft.payments = {PaymentDraft{PaymentMethod::Cash, 300}};
    shop->clock.advanceSecs(3600);
    auto first = Sales(store).record(shop->cashier, draft);
    QVERIFY2(first, qPrintable(first.error().message));
    QCOMPARE(first->stamp.createdUtc, start.addSecs(3600));

    // A dead CMOS battery: the PC believes it is 1 January 2009.
    shop->clock.set(QDateTime(QDate(2009, 1, 1), QTime(0, 0), QTimeZone::utc()));
    auto in2009 = Sales(store).record(shop->cashier, draft);
    QVERIFY(!in2009);
    QCOMPARE(in2009.error().code, ErrorCode::ClockWrong);
    // A day behind: refused too, and neither the session nor a cash movement can be recorded.
    shop->clock.set(start.addSecs(3600 - 86400));
    QCOMPARE(Sales(store).record(shop->cashier, draft).error().code, ErrorCode::ClockWrong);
    QCOMPARE(CashSessions(store)
                 .moveCash(shop->cashier, MovementDirection::In, 100, QStringLiteral("x"))
                 .error()
                 .code,
        ErrorCode::ClockWrong);

    // An NTP correction of a minute: accepted, stamped at the last document's time, in order.
    shop->clock.set(start.addSecs(3600 - 60));
    auto corrected = Sales(store).record(shop->cashier, draft);
    QVERIFY2(corrected, qPrintable(corrected.error().message));
    QCOMPARE(corrected->stamp.createdUtc, first->stamp.createdUtc);
    QCOMPARE(corrected->stamp.seq, first->stamp.seq + 1);
    // Nothing was consumed by the refusals: the numbers follow.
    QCOMPARE(corrected->stamp.number, QStringLiteral("CAISSE1-T000002"));

    // Beyond the tolerance, to the second.
    QVERIFY(DocumentWriter::documentTime(start, start.addSecs(DocumentWriter::clockToleranceSecs)));
    QVERIFY(!DocumentWriter::documentTime(
        start, start.addSecs(DocumentWriter::clockToleranceSecs + 1)));
    // A fresh station refuses a clock before ReCaisse existed.
    QVERIFY(!DocumentWriter::documentTime(
        DocumentWriter::earliestDocumentUtc().addSecs(-1), QDateTime()));
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
    auto body = readDocumentBody(store, *header);
    QVERIFY(body);
    QCOMPARE(chainHash(header->prevHash, hashedForm(*header, *body)), sale->stamp.hash);
    const QJsonArray lines = body->value(QStringLiteral("sale_line")).toArray();
    QCOMPARE(lines.size(), 2);
    // Unweighed, a line keeps its category's standard weight (2 × 400 g), marked estimated.
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("weight_grams")).toInteger(), 800);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("weight_source")).toString(),
        QStringLiteral("estimated"));
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("weight_grams")).toInteger(), 400);
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("weight_source")).toString(),
        QStringLiteral("measured"));
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
