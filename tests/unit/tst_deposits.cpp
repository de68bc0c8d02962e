#include "core/deposits.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/statistics.h"
#include "tests/support/testshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

DepositLineDraft line(const char *category, qint64 quantity, qint64 grams,
    Destination destination = Destination::Shop, Origin origin = Origin::VoluntaryDropOff)
{
    return DepositLineDraft{QString::fromLatin1(category), quantity, grams, destination, origin};
}

} // namespace

class TestDeposits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void depositByReception();
    void depositRefusedWithoutPermission_data();
    void depositRefusedWithoutPermission();
    void badDraftsWriteNothing_data();
    void badDraftsWriteNothing();
    void implausibleWeightNeedsAnAdmin();

private:
    std::unique_ptr<TestShop> m_shop;
};

void TestDeposits::initTestCase()
{
    m_shop = TestShop::create(StationKind::Reception);
    QVERIFY(m_shop);
}

void TestDeposits::cleanupTestCase()
{
    m_shop.reset();
}

void TestDeposits::depositByReception()
{
    Store &store = *m_shop->store;
    const StoreStatistics before = StoreStatistics::collect(store);
    DepositDraft draft;
    draft.lines = {line("eee.gros-froid", 1, 45000, Destination::Recycling, Origin::HomeCollection),
        line("textile.vetements", 12, 6250),
        line("mobilier.chaise", 2, 9000, Destination::WasteCentre, Origin::Professional)};
    draft.note = QStringLiteral("  Mme   Durand,\nreçu demandé ");
    auto deposit = Deposits(store).record(m_shop->reception, draft);
    QVERIFY2(deposit.ok(), qPrintable(deposit.error().message));
    QCOMPARE(deposit->totalWeightGrams, qint64(45000 + 6250 + 9000));
    QCOMPARE(deposit->lineCount, 3);
    QCOMPARE(deposit->stamp.number, QStringLiteral("CAISSE1-D000001"));

    const StoreStatistics after = StoreStatistics::collect(store);
    QCOMPARE(after.deposits, before.deposits + 1);
    QCOMPARE(after.depositLines, before.depositLines + 3);
    QCOMPARE(after.depositWeightGrams, before.depositWeightGrams + 60250);
    QCOMPARE(after.journalRecords, before.journalRecords + 1);

    auto header = findDocument(store, deposit->stamp.number);
    QVERIFY2(header.ok(), qPrintable(header.error().message));
    auto body = readDocumentBody(store, *header);
    QVERIFY2(body.ok(), qPrintable(body.error().message));
    const QJsonObject head = body->value(QStringLiteral("deposit")).toObject();
    QCOMPARE(head.value(QStringLiteral("total_weight_grams")).toInteger(), qint64(60250));
    QCOMPARE(
        head.value(QStringLiteral("note")).toString(), QStringLiteral("Mme Durand, reçu demandé"));
    const QJsonArray lines = body->value(QStringLiteral("deposit_line")).toArray();
    QCOMPARE(lines.size(), 3);
    const QJsonObject fridge = lines.at(0).toObject();
    QCOMPARE(
        fridge.value(QStringLiteral("category_id")).toString(), QStringLiteral("eee.gros-froid"));
    QCOMPARE(fridge.value(QStringLiteral("eee_code")).toString(), QStringLiteral("EEE-1"));
    QCOMPARE(fridge.value(QStringLiteral("destination")).toString(), toKey(Destination::Recycling));
    QCOMPARE(fridge.value(QStringLiteral("origin")).toString(), toKey(Origin::HomeCollection));
    QCOMPARE(fridge.value(QStringLiteral("weight_grams")).toInteger(), qint64(45000));
    const QJsonObject clothes = lines.at(1).toObject();
    QCOMPARE(clothes.value(QStringLiteral("quantity")).toInteger(), qint64(12));
    QCOMPARE(
        clothes.value(QStringLiteral("category_name")).toString(), QStringLiteral("Vêtements"));
    QCOMPARE(clothes.value(QStringLiteral("destination")).toString(), toKey(Destination::Shop));
    QCOMPARE(clothes.value(QStringLiteral("origin")).toString(), toKey(Origin::VoluntaryDropOff));
    const QJsonObject chairs = lines.at(2).toObject();
    QCOMPARE(
        chairs.value(QStringLiteral("destination")).toString(), toKey(Destination::WasteCentre));
    QCOMPARE(chairs.value(QStringLiteral("origin")).toString(), toKey(Origin::Professional));

    // An admin may record one too; the numbering goes on.
    DepositDraft small;
    small.lines = {line("livres.livre", 30, 12000)};
    auto second = Deposits(store).record(m_shop->admin, small);
    QVERIFY(second.ok());
    QCOMPARE(second->stamp.number, QStringLiteral("CAISSE1-D000002"));
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestDeposits::depositRefusedWithoutPermission_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("cashier") << QStringLiteral("cashier");
    QTest::newRow("supervisor") << QStringLiteral("supervisor");
}

void TestDeposits::depositRefusedWithoutPermission()
{
    QFETCH(QString, who);
    const Actor &actor = who == QLatin1String("cashier") ? m_shop->cashier : m_shop->supervisor;
    Store &store = *m_shop->store;
    const StoreStatistics before = StoreStatistics::collect(store);
    DepositDraft draft;
    draft.lines = {line("livres.livre", 1, 500)};
    auto deposit = Deposits(store).record(actor, draft);
    QVERIFY(!deposit.ok());
    QCOMPARE(deposit.error().code, ErrorCode::PermissionDenied);
    const StoreStatistics after = StoreStatistics::collect(store);
    QCOMPARE(after.deposits, before.deposits);
    QCOMPARE(after.depositLines, before.depositLines);
    QCOMPARE(after.auditEvents, before.auditEvents + 1); // the refusal is audited
    QCOMPARE(AuditLog(store).recent(1)->first().action, QStringLiteral("permission.denied"));
}

void TestDeposits::badDraftsWriteNothing_data()
{
    QTest::addColumn<DepositDraft>("draft");

    QTest::newRow("no line") << DepositDraft{{}, {}};
    QTest::newRow("weight 0") << DepositDraft{{line("livres.livre", 1, 0)}, {}};
    QTest::newRow("negative weight") << DepositDraft{{line("livres.livre", 1, -1000)}, {}};
    QTest::newRow("weight 10 001 kg") << DepositDraft{{line("livres.livre", 1, 10'001'000)}, {}};
    QTest::newRow("quantity 0") << DepositDraft{{line("livres.livre", 0, 1000)}, {}};
    QTest::newRow("quantity -3") << DepositDraft{{line("livres.livre", -3, 1000)}, {}};
    QTest::newRow("quantity 1000") << DepositDraft{{line("livres.livre", 1000, 1000)}, {}};
    QTest::newRow("unknown category") << DepositDraft{{line("fusees", 1, 1000)}, {}};
    QTest::newRow("empty category") << DepositDraft{{line("", 1, 1000)}, {}};
    QTest::newRow("10000-char note")
        << DepositDraft{{line("livres.livre", 1, 1000)}, QString(10000, u'n')};
    QTest::newRow("501-char note")
        << DepositDraft{{line("livres.livre", 1, 1000)}, QString(501, u'n')};
    QList<DepositLineDraft> many;
    for (int i = 0; i < 201; ++i)
        many.append(line("livres.livre", 1, 1000));
    QTest::newRow("201 lines") << DepositDraft{many, {}};
    QList<DepositLineDraft> heavy;
    for (int i = 0; i < 11; ++i)
        heavy.append(line("bricolage.materiaux", 1, weight::maxGrams));
    QTest::newRow("110 t ticket") << DepositDraft{heavy, {}};
    QTest::newRow("one bad line among good ones")
        << DepositDraft{{line("livres.livre", 1, 1000), line("livres.bd", 1, 0)}, {}};
}

void TestDeposits::badDraftsWriteNothing()
{
    QFETCH(DepositDraft, draft);
    Store &store = *m_shop->store;
    Deposits deposits(store);
    const StoreStatistics before = StoreStatistics::collect(store);
    QVERIFY(!deposits.validate(draft).ok());
    auto deposit = deposits.record(m_shop->reception, draft);
    QVERIFY(!deposit.ok());
    QVERIFY2(deposit.error().code == ErrorCode::InvalidInput
            || deposit.error().code == ErrorCode::NotFound,
        qPrintable(deposit.error().message));
    QVERIFY(!deposit.error().message.isEmpty());
    QVERIFY2(deposit.error().message.size() < 200, qPrintable(deposit.error().message));
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
}

void TestDeposits::implausibleWeightNeedsAnAdmin()
{
    Store &store = *m_shop->store;
    const StoreStatistics before = StoreStatistics::collect(store);
    const int audited = recaisse::test::auditCount(store, QStringLiteral("weight.override"));
    DepositDraft draft;
    draft.lines = {line("textile.vetements", 3, 1200), line("mobilier.chaise", 1, 10'000'000)};

    // Refused with the range of one chair (4,5 kg standard: 0,450 kg to 45 kg); nothing written.
    auto refused = Deposits(store).record(m_shop->reception, draft);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::UnlockRequired);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Line 2"))
            && refused.error().message.contains(QStringLiteral("0,450\u00a0kg"))
            && refused.error().message.contains(QStringLiteral("45,000\u00a0kg")),
        qPrintable(refused.error().message));
    // Another volunteer's PIN does not confirm it.
    auto notAdmin = Deposits(store).record(
        m_shop->reception, draft, Unlock{m_shop->cashier.userId, QStringLiteral("1111")});
    QCOMPARE(notAdmin.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(StoreStatistics::collect(store).deposits, before.deposits);

    // Confirmed by an administrator: recorded and audited, with the range and who asked.
    auto confirmed = Deposits(store).record(
        m_shop->reception, draft, Unlock{m_shop->admin.userId, QStringLiteral("123456")});
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().message));
    QCOMPARE(StoreStatistics::collect(store).deposits, before.deposits + 1);
    QCOMPARE(recaisse::test::auditCount(store, QStringLiteral("weight.override")), audited + 1);
    bool found = false;
    const auto events = AuditLog(store).recent(5).value();
    for (const AuditLog::Event &event : events) {
        if (event.action != QLatin1String("weight.override"))
            continue;
        found = true;
        const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
        QCOMPARE(event.actorId, m_shop->admin.userId);
        QCOMPARE(event.target, confirmed->stamp.number);
        QCOMPARE(details.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(details.value(QStringLiteral("weight_grams")).toInteger(), 10'000'000);
        QCOMPARE(details.value(QStringLiteral("min_grams")).toInteger(), 450);
        QCOMPARE(details.value(QStringLiteral("max_grams")).toInteger(), 45000);
        QCOMPARE(details.value(QStringLiteral("for")).toString(), m_shop->reception.userId);
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestDeposits)
#include "tst_deposits.moc"
