#include "core/cashsession.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/sales.h"
#include "core/sync/chainhead.h"
#include "tests/support/memoryremote.h"
#include "tests/support/tamper.h"
#include "tests/support/testshop.h"

#include <QTest>

using namespace recaisse::core;
using namespace recaisse::core::sync;
using recaisse::test::MemoryRemote;
using recaisse::test::TestShop;

namespace {

QList<Sale> sell(TestShop &shop, int count)
{
    QList<Sale> sales;
    CashSessions sessions(*shop.store);
    if (!sessions.current() && !sessions.open(shop.cashier, 0))
        return sales;
    for (int i = 0; i < count; ++i) {
        shop.clock.advanceSecs(60);
        SaleDraft draft;
        draft.lines.append(SaleLineDraft{QStringLiteral("divers"), 1, 200 + 100 * i, std::nullopt});
        draft.payments.append(PaymentDraft{PaymentMethod::Card, 200 + 100 * i});
        if (auto sale = Sales(*shop.store).record(shop.cashier, draft))
            sales.append(*sale);
    }
    return sales;
}

} // namespace

class TestChainHead : public QObject
{
    Q_OBJECT

private slots:
    void publishedAndReadBack();
    void laterDocumentsExtendTheHead();
    void tailDeletionIsDetected();
    void rewrittenChainIsDetected();
    void headOfAnotherStationOrMalformedIsRefused();
};

void TestChainHead::publishedAndReadBack()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    QCOMPARE(sell(*shop, 3).size(), 3);
    MemoryRemote remote;
    QVERIFY(ChainHead::publish(*shop->store, remote).ok());
    const QString path = ChainHead::remotePath(shop->store->station().id);
    QVERIFY(remote.files.contains(path));
    const auto fetched = ChainHead::fetch(*shop->store, remote);
    QVERIFY(fetched.ok());
    const auto current = ChainHead::current(*shop->store).value();
    QCOMPARE(fetched->lastSeq, qint64(4)); // the opening and 3 sales
    QCOMPARE(fetched->lastSeq, current.lastSeq);
    QCOMPARE(fetched->lastHash, current.lastHash);
    QCOMPARE(fetched->documents, qint64(4));
    QCOMPARE(fetched->auditSeq, current.auditSeq);
    QCOMPARE(fetched->auditHash, current.auditHash);
    QCOMPARE(fetched->atUtc, shop->clock.nowUtc());
    QCOMPARE(fetched->toJson(), remote.files.value(path));
    QVERIFY(ChainHead::compare(*shop->store, *fetched)->isEmpty());
}

void TestChainHead::laterDocumentsExtendTheHead()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    sell(*shop, 2);
    const ChainHead head = ChainHead::current(*shop->store).value();
    sell(*shop, 2);
    QVERIFY(ChainHead::compare(*shop->store, head)->isEmpty());
}

void TestChainHead::tailDeletionIsDetected()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const QList<Sale> sales = sell(*shop, 3);
    QCOMPARE(sales.size(), 3);
    const ChainHead head = ChainHead::current(*shop->store).value();

    // The last sale deleted, its journal entry too, triggers put back: the file alone is intact.
    const QString seq = QString::number(sales.last().stamp.seq);
    QStringList statements;
    for (const char *table : {"payment", "sale_line", "sale", "document"})
        statements
            << QStringLiteral("DELETE FROM %1 WHERE seq = %2").arg(QLatin1String(table), seq);
    statements
        << QStringLiteral("DELETE FROM journal WHERE kind = 'document' AND ref_seq = %1").arg(seq);
    const QString failure = recaisse::test::tamperHidden(shop->path(),
        {QStringLiteral("payment_no_delete"), QStringLiteral("sale_line_no_delete"),
            QStringLiteral("sale_no_delete"), QStringLiteral("document_no_delete"),
            QStringLiteral("journal_no_delete")},
        statements);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    const QStringList problems = ChainHead::compare(*shop->store, head).value();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(
                 QStringLiteral("documents: the chain ends at %1 but %2 were published")
                     .arg(sales.last().stamp.seq - 1)
                     .arg(sales.last().stamp.seq)),
        qPrintable(problems.first()));
}

void TestChainHead::rewrittenChainIsDetected()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const QList<Sale> sales = sell(*shop, 3);
    QCOMPARE(sales.size(), 3);
    const ChainHead head = ChainHead::current(*shop->store).value();

    // The first sale's price lowered and the whole chain recomputed after it.
    QString failure = recaisse::test::tamperHidden(shop->path(),
        {QStringLiteral("sale_line_no_update"), QStringLiteral("sale_no_update"),
            QStringLiteral("payment_no_update")},
        {QStringLiteral("UPDATE sale_line SET unit_price_cents = 100, total_cents = 100 WHERE seq "
                        "= %1")
                .arg(sales.first().stamp.seq),
            QStringLiteral("UPDATE sale SET total_cents = 100 WHERE seq = %1")
                .arg(sales.first().stamp.seq),
            QStringLiteral("UPDATE payment SET amount_cents = 100 WHERE seq = %1")
                .arg(sales.first().stamp.seq)});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = recaisse::test::rechain(*shop, sales.first().stamp.seq);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    const QStringList problems = ChainHead::compare(*shop->store, head).value();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(
        problems.first().startsWith(QStringLiteral("documents: number %1 is not the one published")
                                        .arg(sales.last().stamp.seq)),
        qPrintable(problems.first()));
}

void TestChainHead::headOfAnotherStationOrMalformedIsRefused()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    sell(*shop, 1);
    ChainHead head = ChainHead::current(*shop->store).value();
    head.stationId = QStringLiteral("another");
    QCOMPARE(ChainHead::compare(*shop->store, head)->size(), 1);
    QVERIFY(!ChainHead::fromJson("{}").ok());
    QVERIFY(!ChainHead::fromJson("not json").ok());
    QByteArray json = ChainHead::current(*shop->store)->toJson();
    QVERIFY(ChainHead::fromJson(json).ok());
    json.replace("\"format\":1", "\"format\":2");
    QVERIFY(!ChainHead::fromJson(json).ok());
}

QTEST_GUILESS_MAIN(TestChainHead)
#include "tst_chainhead.moc"
