#include "core/admin/auditquery.h"
#include "core/store.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QTest>

using namespace recaisse;
using namespace recaisse::core;

class TestAuditQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newestFirstWithNames();
    void pagesByKeysetMatchTheWholeList();
    void filtersByActorActionFamilyAndDays();
    void textIsLiteral_data();
    void textIsLiteral();
    void tooLongTextIsRefused();
    void csvIsSpreadsheetSafe();
    void supervisorCannotExport();
    void verifyReportsAnIntactChain();
    void cashierIsRefused();

private:
    std::unique_ptr<test::TestShop> m_shop;
};

void TestAuditQuery::init()
{
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
    // A few events of our own, with LIKE metacharacters in their targets.
    AuditLog audit(*m_shop->store);
    m_shop->clock.advanceSecs(60);
    QVERIFY(audit
                .record(m_shop->admin.userId, QStringLiteral("test.event"),
                    QStringLiteral("100% coton"))
                .ok());
    m_shop->clock.advanceSecs(60);
    QVERIFY(
        audit
            .record(m_shop->admin.userId, QStringLiteral("test.event"), QStringLiteral("100 coton"))
            .ok());
    m_shop->clock.advanceSecs(60);
    QVERIFY(audit.record(m_shop->admin.userId, QStringLiteral("test.other"), QStringLiteral("a_b"))
                .ok());
    m_shop->clock.advanceSecs(60);
    QVERIFY(audit.record(m_shop->admin.userId, QStringLiteral("test.other"), QStringLiteral("axb"))
                .ok());
}

void TestAuditQuery::newestFirstWithNames()
{
    auto rows = AuditQuery(*m_shop->store).find(m_shop->supervisor, {});
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QVERIFY(rows->size() > 4);
    QCOMPARE(rows->first().event.target, QStringLiteral("axb"));
    QCOMPARE(rows->first().actorName, QStringLiteral("Admin"));
    QCOMPARE(rows->first().stationCode, QStringLiteral("CAISSE1"));
    for (int i = 1; i < rows->size(); ++i)
        QVERIFY(rows->at(i - 1).event.atUtc >= rows->at(i).event.atUtc);
}

void TestAuditQuery::pagesByKeysetMatchTheWholeList()
{
    // Events at the same instant: the station and the sequence order them.
    AuditLog audit(*m_shop->store);
    for (int i = 0; i < 3; ++i)
        QVERIFY(audit.record(m_shop->admin.userId, QStringLiteral("test.same"), QString()).ok());
    AuditQuery query(*m_shop->store);
    auto all = query.find(m_shop->admin, {});
    QVERIFY(all.ok());
    QVERIFY(all->size() > 7);
    for (const int pageSize : {1, 2, 3}) {
        AuditFilter filter;
        filter.limit = pageSize;
        QList<AuditRow> paged;
        for (;;) {
            auto page = query.find(m_shop->admin, filter);
            QVERIFY(page.ok());
            QVERIFY(page->size() <= pageSize);
            paged += *page;
            if (page->size() < pageSize)
                break;
            filter.after = page->last().position();
        }
        QCOMPARE(paged.size(), all->size());
        for (int i = 0; i < paged.size(); ++i)
            QCOMPARE(paged.at(i).event.hash, all->at(i).event.hash);
    }
    // With a filter, the keyset only narrows it.
    AuditFilter family;
    family.action = QStringLiteral("test.");
    family.limit = 2;
    auto first = query.find(m_shop->admin, family);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 2);
    family.after = first->last().position();
    family.limit = 100;
    auto rest = query.find(m_shop->admin, family);
    QVERIFY(rest.ok());
    QCOMPARE(rest->size(), 7 - 2);
    for (const AuditRow &row : *rest)
        QVERIFY(row.event.action.startsWith(QStringLiteral("test.")));
}

void TestAuditQuery::filtersByActorActionFamilyAndDays()
{
    AuditQuery query(*m_shop->store);
    AuditFilter filter;
    filter.actorId = m_shop->cashier.userId;
    auto rows = query.find(m_shop->admin, filter);
    QVERIFY(rows.ok());
    QVERIFY(!rows->isEmpty());
    for (const AuditRow &row : *rows)
        QCOMPARE(row.event.actorId, m_shop->cashier.userId);

    filter = {};
    filter.action = QStringLiteral("test.event");
    rows = query.find(m_shop->admin, filter);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);

    filter.action = QStringLiteral("test.");
    rows = query.find(m_shop->admin, filter);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 4);

    filter = {};
    filter.from = QDate(2026, 3, 11);
    rows = query.find(m_shop->admin, filter);
    QVERIFY(rows.ok());
    QVERIFY(rows->isEmpty());
    filter.from = QDate(2026, 3, 10);
    filter.to = QDate(2026, 3, 10);
    rows = query.find(m_shop->admin, filter);
    QVERIFY(rows.ok());
    QVERIFY(rows->size() > 4);

    QVERIFY(query.actions().contains(QStringLiteral("test.other")));
}

void TestAuditQuery::textIsLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("percent") << QStringLiteral("100%") << 1;
    QTest::newRow("underscore") << QStringLiteral("a_b") << 1;
    QTest::newRow("quote") << QStringLiteral("' OR 1=1 --") << 0;
    QTest::newRow("semicolon") << QStringLiteral("x'; DROP TABLE audit_event; --") << 0;
    QTest::newRow("backslash") << QStringLiteral("\\") << 0;
    QTest::newRow("case") << QStringLiteral("COTON") << 2;
}

void TestAuditQuery::textIsLiteral()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    AuditFilter filter;
    filter.action = QStringLiteral("test.");
    filter.text = text;
    auto rows = AuditQuery(*m_shop->store).find(m_shop->admin, filter);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows->size(), expected);
    // Nothing was dropped nor changed.
    filter.text.clear();
    QCOMPARE(AuditQuery(*m_shop->store).find(m_shop->admin, filter)->size(), 4);
}

void TestAuditQuery::tooLongTextIsRefused()
{
    AuditFilter filter;
    filter.text = QString(101, QLatin1Char('x'));
    auto rows = AuditQuery(*m_shop->store).find(m_shop->admin, filter);
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, ErrorCode::InvalidInput);
}

void TestAuditQuery::csvIsSpreadsheetSafe()
{
    QVERIFY(
        AuditLog(*m_shop->store)
            .record(m_shop->admin.userId, QStringLiteral("test.csv"), QStringLiteral("=1+1; \"x\""))
            .ok());
    AuditFilter filter;
    filter.action = QStringLiteral("test.csv");
    auto rows = AuditQuery(*m_shop->store).find(m_shop->admin, filter);
    QVERIFY(rows.ok());
    auto csv = AuditQuery(*m_shop->store).exportCsv(m_shop->admin, *rows);
    QVERIFY2(csv.ok(), qPrintable(csv.error().message));
    QVERIFY(csv->startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv->split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, trailing empty
    QVERIFY(lines.at(1).contains("\"'=1+1; \"\"x\"\"\""));
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("audit.export")), 1);
}

void TestAuditQuery::supervisorCannotExport()
{
    auto csv = AuditQuery(*m_shop->store).exportCsv(m_shop->supervisor, {});
    QVERIFY(!csv.ok());
    QCOMPARE(csv.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("audit.export")), 0);
}

void TestAuditQuery::verifyReportsAnIntactChain()
{
    auto report = AuditQuery(*m_shop->store).verify(m_shop->supervisor);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QVERIFY(report->intact());
    QVERIFY(report->auditEventsChecked > 4);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("integrity.verify")), 1);
    auto refused = AuditQuery(*m_shop->store).verify(m_shop->cashier);
    QVERIFY(!refused.ok());
}

void TestAuditQuery::cashierIsRefused()
{
    const int before = test::auditCount(*m_shop->store, QStringLiteral("permission.denied"));
    auto rows = AuditQuery(*m_shop->store).find(m_shop->reception, {});
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("permission.denied")), before + 1);
}

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "tst_auditquery.moc"
