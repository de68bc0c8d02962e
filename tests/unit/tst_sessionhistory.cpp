#include "core/admin/sessionhistory.h"
#include "core/store.h"
#include "tests/support/adminshop.h"

#include <QTest>

using namespace recaisse;
using namespace recaisse::core;

class TestSessionHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryRegisterNewestFirst();
    void pagesByKeysetMatchTheWholeList();
    void filtersByRegisterOperatorAndDays();
    void filtersVarianceAndLongSessions();
    void detailHasTicketsAndCounts();
    void reprintsTheZOfAnotherRegister();
    void badFiltersAreRefused();
    void cashierIsRefused();

private:
    std::unique_ptr<test::AdminShop> m_data;
};

void TestSessionHistory::initTestCase()
{
    m_data = test::AdminShop::create();
    QVERIFY(m_data);
}

void TestSessionHistory::listsEveryRegisterNewestFirst()
{
    test::TestShop &s = *m_data->shop;
    auto sessions = SessionHistory(*s.store).find(s.supervisor, {});
    QVERIFY2(sessions.ok(), qPrintable(sessions.error().message));
    QVERIFY(sessions->size() > 10);
    QSet<QString> stations;
    for (int i = 0; i < sessions->size(); ++i) {
        stations.insert(sessions->at(i).stationCode);
        if (i > 0)
            QVERIFY(sessions->at(i - 1).openedUtc >= sessions->at(i).openedUtc);
    }
    QCOMPARE(stations.size(), 3);
    // The newest: today's open session on the local register.
    QCOMPARE(sessions->first().stationCode, QStringLiteral("CAISSE1"));
    QVERIFY(!sessions->first().closed);
}

void TestSessionHistory::pagesByKeysetMatchTheWholeList()
{
    test::TestShop &s = *m_data->shop;
    SessionHistory history(*s.store);
    auto all = history.find(s.admin, {});
    QVERIFY(all.ok());
    QVERIFY(all->size() > 10);
    // The copied registers open their sessions at the same instants as the local one: the
    // station and the sequence order them.
    SessionFilter filter;
    filter.limit = 4;
    QList<SessionSummary> paged;
    for (;;) {
        auto page = history.find(s.admin, filter);
        QVERIFY(page.ok());
        paged += *page;
        if (page->size() < filter.limit)
            break;
        filter.after = page->last().position();
    }
    QCOMPARE(paged.size(), all->size());
    for (int i = 0; i < paged.size(); ++i) {
        QCOMPARE(paged.at(i).stationId, all->at(i).stationId);
        QCOMPARE(paged.at(i).openSeq, all->at(i).openSeq);
    }
}

void TestSessionHistory::filtersByRegisterOperatorAndDays()
{
    test::TestShop &s = *m_data->shop;
    SessionFilter filter;
    filter.stationId = m_data->stationIds.at(1);
    auto second = SessionHistory(*s.store).find(s.admin, filter);
    QVERIFY(second.ok());
    QVERIFY(!second->isEmpty());
    for (const SessionSummary &session : *second)
        QCOMPARE(session.stationCode, QStringLiteral("CAISSE2"));

    filter = {};
    filter.cashierId = s.cashier.userId;
    auto camille = SessionHistory(*s.store).find(s.admin, filter);
    QVERIFY(camille.ok());
    QVERIFY(!camille->isEmpty());
    for (const SessionSummary &session : *camille)
        QCOMPARE(session.cashierName, QStringLiteral("Camille"));

    filter = {};
    filter.from = QDate(2026, 3, 11);
    filter.to = QDate(2026, 3, 11);
    auto today = SessionHistory(*s.store).find(s.admin, filter);
    QVERIFY(today.ok());
    QCOMPARE(today->size(), 1);
}

void TestSessionHistory::filtersVarianceAndLongSessions()
{
    test::TestShop &s = *m_data->shop;
    SessionFilter filter;
    filter.varianceBeyondThreshold = true;
    auto beyond = SessionHistory(*s.store).find(s.admin, filter);
    QVERIFY(beyond.ok());
    for (const SessionSummary &session : *beyond)
        QVERIFY(session.varianceBeyond());

    filter = {};
    filter.openLongerThan12h = true;
    auto longOnes = SessionHistory(*s.store).find(s.admin, filter);
    QVERIFY(longOnes.ok());
    QVERIFY(longOnes->isEmpty()); // today's session opened 13 minutes ago
    s.clock.advanceSecs(13 * 3600);
    longOnes = SessionHistory(*s.store).find(s.admin, filter);
    s.clock.advanceSecs(-13 * 3600);
    QVERIFY(longOnes.ok());
    QCOMPARE(longOnes->size(), 1);
    QVERIFY(!longOnes->first().closed);
}

void TestSessionHistory::detailHasTicketsAndCounts()
{
    test::TestShop &s = *m_data->shop;
    SessionFilter filter;
    filter.stationId = m_data->stationIds.at(2);
    auto sessions = SessionHistory(*s.store).find(s.admin, filter);
    QVERIFY(sessions.ok());
    QVERIFY(!sessions->isEmpty());
    const SessionSummary &closed = sessions->first();
    QVERIFY(closed.closed);
    auto detail = SessionHistory(*s.store).detail(s.admin, closed.stationId, closed.openSeq);
    QVERIFY2(detail.ok(), qPrintable(detail.error().message));
    QCOMPARE(detail->summary.openNumber, closed.openNumber);
    QCOMPARE(qint64(detail->tickets.size()), closed.salesCount);
    QVERIFY(detail->tickets.first().number.startsWith(QStringLiteral("CAISSE3-")));
    QCOMPARE(detail->summary.varianceCents,
        detail->summary.countedCents - detail->summary.expectedCents);

    auto missing = SessionHistory(*s.store).detail(s.admin, closed.stationId, 999999);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestSessionHistory::reprintsTheZOfAnotherRegister()
{
    test::TestShop &s = *m_data->shop;
    SessionFilter filter;
    filter.stationId = m_data->stationIds.at(1);
    auto sessions = SessionHistory(*s.store).find(s.admin, filter);
    QVERIFY(sessions.ok() && !sessions->isEmpty());
    const SessionSummary &closed = sessions->first();
    const int before = test::auditCount(*s.store, QStringLiteral("session.z-reprint"));
    auto z = SessionHistory(*s.store).reprintZ(s.supervisor, closed.stationId, closed.closeSeq);
    QVERIFY2(z.ok(), qPrintable(z.error().message));
    QCOMPARE(z->countedCents, closed.countedCents);
    QVERIFY(z->stamp.number.startsWith(QStringLiteral("CAISSE2-")));
    QCOMPARE(test::auditCount(*s.store, QStringLiteral("session.z-reprint")), before + 1);
}

void TestSessionHistory::badFiltersAreRefused()
{
    test::TestShop &s = *m_data->shop;
    SessionFilter filter;
    filter.from = QDate(2026, 3, 11);
    filter.to = QDate(2026, 3, 1);
    auto result = SessionHistory(*s.store).find(s.admin, filter);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    filter = {};
    filter.stationId = QStringLiteral("' OR 1=1 --");
    auto injected = SessionHistory(*s.store).find(s.admin, filter);
    QVERIFY(injected.ok());
    QVERIFY(injected->isEmpty());
}

void TestSessionHistory::cashierIsRefused()
{
    test::TestShop &s = *m_data->shop;
    auto result = SessionHistory(*s.store).find(s.cashier, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestSessionHistory)
#include "tst_sessionhistory.moc"
