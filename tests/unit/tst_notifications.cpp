// Notifications per event type (core/notify), with the senders replaced by recorders: each
// closing beyond the threshold told once to each recipient, nothing from before the rule was
// switched on, a cashier with 3 variances in 10 days triggers and 2 do not (ManualClock), quiet
// hours hold messages until they end, the rate limit holds, many refunds in a day, a backup
// missing, failed sendings retried a bounded number of times, and the settings' refusals; free
// disk space low (an injected reading, then the real disk's), an integrity check that finds a
// tampered line, the drawer opened without a sale too often, stations not heard from (with the
// rate limit), a declaration refused by its schema check, each lock-out after wrong PINs told
// once without any PIN.

#include "core/admin/auditquery.h"
#include "core/admin/demostations.h"
#include "core/admin/useradmin.h"
#include "core/cashsession.h"
#include "core/drawer.h"
#include "core/exports/ecologicexport.h"
#include "core/notify/notifications.h"
#include "core/sales.h"
#include "core/store.h"
#include "core/users.h"
#include "tests/support/strictschema.h"
#include "tests/support/tamper.h"
#include "tests/support/testshop.h"

#include <QStorageInfo>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using namespace recaisse::core::notify;
using recaisse::test::auditCount;
using recaisse::test::TestShop;

namespace {

struct Sent
{
    QString channel;
    QString target;
    QString key;
    QString text;
};

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_shop = TestShop::create();
        QVERIFY(m_shop);
        m_sent.clear();
        QVERIFY(UserAdministration(*m_shop->store)
                    .setTelegramId(m_shop->admin, m_shop->admin.userId, QStringLiteral("123456")));
    }

    void settingsAreCheckedAndAudited()
    {
        Notifications notifications(*m_shop->store);
        EventRule rule = Notifications::defaults(EventType::Variance);
        rule.enabled = true;
        rule.telegramChats = {QStringLiteral("999999")};
        QCOMPARE(notifications.setRule(m_shop->admin, rule).error().code, ErrorCode::InvalidInput);
        rule.telegramChats = {QStringLiteral("123456")};
        rule.emails = {QStringLiteral("nobody")};
        QCOMPARE(notifications.setRule(m_shop->admin, rule).error().code, ErrorCode::InvalidInput);
        rule.emails = {};
        rule.quietFrom = QTime(22, 0);
        QCOMPARE(notifications.setRule(m_shop->admin, rule).error().code, ErrorCode::InvalidInput);
        rule.quietFrom = QTime();
        QCOMPARE(notifications.setRule(m_shop->supervisor, rule).error().code,
            ErrorCode::PermissionDenied);
        QCOMPARE(auditCount(*m_shop->store, QStringLiteral("permission.denied")), 1);
        EventRule repeated = Notifications::defaults(EventType::RepeatedVariances);
        repeated.threshold = 1;
        QCOMPARE(
            notifications.setRule(m_shop->admin, repeated).error().code, ErrorCode::InvalidInput);
        QVERIFY(notifications.setRule(m_shop->admin, rule));
        QCOMPARE(auditCount(*m_shop->store, QStringLiteral("notify.rule")), 1);
        const auto stored = notifications.rule(EventType::Variance);
        QVERIFY(stored->enabled);
        QCOMPARE(stored->telegramChats, QStringList{QStringLiteral("123456")});
        QCOMPARE(stored->sinceUtc, m_shop->clock.nowUtc());
    }

    void eachVarianceIsToldOnceToEachRecipient()
    {
        closeWithVariance(); // before the rule: not news
        m_shop->clock.advanceSecs(60);
        enable(EventType::Variance);
        m_shop->clock.advanceSecs(3600);
        closeWithVariance();
        closeWithoutVariance();
        auto notifications = recorded();
        QCOMPARE(*notifications.runDue(), 2);
        QVERIFY(toldToBoth(0));
        QVERIFY2(m_sent.at(0).text.contains(QLatin1String("variance of")),
            qPrintable(m_sent.at(0).text));
        QVERIFY(m_sent.at(0).text.contains(QLatin1String("Billet perdu")));
        // The next pass has nothing new.
        QCOMPARE(*notifications.runDue(), 0);
        QCOMPARE(m_sent.size(), 2);
        const auto log = notifications.log();
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->first().result, QStringLiteral("sent"));
        QCOMPARE(log->first().event, QStringLiteral("variance"));
    }

    void threeVariancesInTenDaysTriggerTwoDoNot()
    {
        enable(EventType::RepeatedVariances, 3, 10);
        auto notifications = recorded();
        closeWithVariance(); // day 0
        m_shop->clock.advanceSecs(4 * 86400);
        closeWithVariance(); // day 4
        QCOMPARE(*notifications.runDue(), 0); // 2 in 10 days: nothing

        m_shop->clock.advanceSecs(7 * 86400);
        closeWithVariance(); // day 11: day 0 has left the window, only 2 in 10 days
        QCOMPARE(*notifications.runDue(), 0);

        m_shop->clock.advanceSecs(2 * 86400);
        closeWithVariance(); // day 13: days 4, 11 and 13
        // The register's and the cashier's series, each by Telegram and e-mail.
        QCOMPARE(*notifications.runDue(), 4);
        QCOMPARE(m_sent.size(), 4);
        QStringList keys;
        for (const Sent &sent : std::as_const(m_sent))
            keys << sent.key;
        keys.removeDuplicates();
        keys.sort();
        QCOMPARE(keys.size(), 2);
        QVERIFY(keys.at(0).startsWith(QLatin1String("cashier:") + m_shop->cashier.userId));
        QVERIFY(keys.at(1).startsWith(QLatin1String("register:")));
        QString cashierText;
        for (const Sent &sent : std::as_const(m_sent))
            if (sent.key.startsWith(QLatin1String("cashier:")))
                cashierText = sent.text;
        QVERIFY2(cashierText.contains(QLatin1String("3 closing(s) of ") + m_shop->cashier.name),
            qPrintable(cashierText));
        QCOMPARE(*notifications.runDue(), 0);
    }

    void quietHoursHoldMessagesUntilTheyEnd()
    {
        // 22:00 to 07:00 in Paris; the clock shows 23:30 there.
        m_shop->clock.set(QDateTime(QDate(2026, 3, 10), QTime(22, 30), QTimeZone::utc()));
        EventRule rule = Notifications::defaults(EventType::Variance);
        rule.enabled = true;
        rule.telegramChats = {QStringLiteral("123456")};
        rule.quietFrom = QTime(22, 0);
        rule.quietTo = QTime(7, 0);
        QVERIFY(Notifications(*m_shop->store).setRule(m_shop->admin, rule));
        closeWithVariance();
        auto notifications = recorded();
        QCOMPARE(*notifications.runDue(), 0);
        m_shop->clock.set(QDateTime(QDate(2026, 3, 11), QTime(5, 59), QTimeZone::utc())); // 06:59
        QCOMPARE(*notifications.runDue(), 0);
        QVERIFY(m_sent.isEmpty());
        m_shop->clock.set(QDateTime(QDate(2026, 3, 11), QTime(6, 0), QTimeZone::utc())); // 07:00
        QCOMPARE(*notifications.runDue(), 1);
        QCOMPARE(m_sent.size(), 1);
    }

    void theRateLimitHolds()
    {
        EventRule rule = Notifications::defaults(EventType::Variance);
        rule.enabled = true;
        rule.telegramChats = {QStringLiteral("123456")};
        QVERIFY(Notifications(*m_shop->store).setRule(m_shop->admin, rule));
        for (int i = 0; i < 3; ++i) {
            m_shop->clock.advanceSecs(60);
            closeWithVariance();
        }
        auto notifications = recorded();
        notifications.setMaxPerHour(2);
        QCOMPARE(*notifications.runDue(), 2);
        QCOMPARE(m_sent.size(), 2);
        const auto log = notifications.log();
        QCOMPARE(log->size(), 3);
        QCOMPARE(log->last().result, QStringLiteral("rate-limited"));
        // Held back means told: not sent an hour later either.
        m_shop->clock.advanceSecs(7200);
        QCOMPARE(*notifications.runDue(), 0);
    }

    void manyRefundsInADay()
    {
        enable(EventType::RefundsHigh, 2);
        auto notifications = recorded();
        QVERIFY(CashSessions(*m_shop->store).open(m_shop->cashier, 10000, {}));
        for (int i = 0; i < 3; ++i) {
            SaleDraft sale;
            sale.lines = {SaleLineDraft{QStringLiteral("livres.livre"), 1, 200, std::nullopt}};
            sale.payments = {{PaymentMethod::Cash, 200}};
            const auto sold = Sales(*m_shop->store).record(m_shop->cashier, sale);
            QVERIFY(sold);
            QVERIFY(Sales(*m_shop->store)
                        .refund(m_shop->admin,
                            RefundDraft{sold->stamp.number, {}, PaymentMethod::Cash,
                                QStringLiteral("Erreur")}));
            if (i == 1)
                QCOMPARE(*notifications.runDue(), 0); // 2 refunds: not more than 2
        }
        QCOMPARE(*notifications.runDue(), 2);
        QVERIFY2(m_sent.first().text.contains(QLatin1String("3 refund(s) on 10/03/2026")),
            qPrintable(m_sent.first().text));
        QCOMPARE(*notifications.runDue(), 0);
    }

    void failedSendingsAreRetriedABoundedNumberOfTimes()
    {
        enable(EventType::Variance);
        m_shop->clock.advanceSecs(60);
        closeWithVariance();
        Notifications notifications(*m_shop->store);
        int tries = 0;
        notifications.setTelegramSender([&tries](const QString &, const Notification &) {
            ++tries;
            return Result<void>(Error{ErrorCode::StorageFailure, QStringLiteral("down")});
        });
        notifications.setEmailSender([&tries](const QString &, const Notification &) {
            ++tries;
            return Result<void>(Error{ErrorCode::StorageFailure, QStringLiteral("down")});
        });
        for (int pass = 0; pass < 5; ++pass)
            QCOMPARE(*notifications.runDue(), 0);
        // Both recipients failed on each pass until the event had failed maxFailures times.
        QCOMPARE(tries, 4);
        QCOMPARE(notifications.log()->last().result, QStringLiteral("failed"));
    }

    void freeDiskLowIsToldOnceADay()
    {
        enable(EventType::DiskLow, 500);
        auto notifications = recorded();
        qint64 free = 600'000'000;
        notifications.setFreeDiskReader([&free] { return free; });
        QCOMPARE(*notifications.runDue(), 0);
        free = 300'000'000;
        QCOMPARE(*notifications.runDue(), 2);
        QVERIFY2(m_sent.first().text.contains(QLatin1String(
                     "only 300 MB free on the disk of the database (less than 500 MB)")),
            qPrintable(m_sent.first().text));
        QCOMPARE(*notifications.runDue(), 0); // once a day
        m_shop->clock.advanceSecs(86400);
        QCOMPARE(*notifications.runDue(), 2);
        QCOMPARE(*notifications.runDue(), 0);

        // The real disk of the database, with a threshold above what it has free: 10 GB above,
        // since other processes may free space on a shared disk while the test runs.
        const QStorageInfo disk(m_shop->dir.path());
        // In a chroot whose mount table does not name its root (the CI's bare chroots), Qt
        // cannot tell which disk holds the database: the product then reports nothing, rightly.
        if (!disk.isValid() || !disk.isReady())
            QSKIP("the free space of this disk cannot be read here (no mount table entry)");
        const qint64 freeMb = disk.bytesAvailable() / 1'000'000;
        if (freeMb + 10'000 > 1'000'000)
            QSKIP("more than 990 GB free: the largest threshold cannot be far enough above it");
        m_shop->clock.advanceSecs(86400);
        enable(EventType::DiskLow, int(freeMb + 10'000));
        auto real = recorded();
        m_sent.clear();
        QCOMPARE(*real.runDue(), 2);
        QVERIFY2(m_sent.first().text.contains(QLatin1String("MB free on the disk")),
            qPrintable(m_sent.first().text));
    }

    void anIntegrityCheckThatFindsProblemsIsTold()
    {
        enable(EventType::IntegrityFailed);
        QVERIFY(CashSessions(*m_shop->store).open(m_shop->cashier, 0));
        SaleDraft sale;
        sale.lines = {SaleLineDraft{QStringLiteral("livres.livre"), 1, 200, std::nullopt}};
        sale.payments = {{PaymentMethod::Cash, 200}};
        const auto sold = Sales(*m_shop->store).record(m_shop->cashier, sale);
        QVERIFY(sold);
        auto notifications = recorded();
        QVERIFY(AuditQuery(*m_shop->store).verify(m_shop->admin)->intact());
        QCOMPARE(*notifications.runDue(), 0); // an intact check is not news

        const QString failure =
            recaisse::test::tamperHidden(m_shop->path(), {QStringLiteral("sale_line_no_update")},
                {QStringLiteral("UPDATE sale_line SET unit_price_cents = 1 WHERE seq = %1")
                        .arg(sold->stamp.seq)});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_shop->clock.advanceSecs(60);
        QVERIFY(!AuditQuery(*m_shop->store).verify(m_shop->admin)->intact());
        QCOMPARE(*notifications.runDue(), 2);
        QVERIFY2(m_sent.first().text.contains(
                     QLatin1String("the integrity check of 10/03/2026 09:01 found 1 problem(s)")),
            qPrintable(m_sent.first().text));
        QCOMPARE(*notifications.runDue(), 0);

        // Two more failed checks within the hour, at most 2 events an hour: one is held back.
        notifications.setMaxPerHour(2);
        for (int i = 0; i < 2; ++i) {
            m_shop->clock.advanceSecs(60);
            QVERIFY(!AuditQuery(*m_shop->store).verify(m_shop->admin)->intact());
        }
        QCOMPARE(*notifications.runDue(), 2);
        QCOMPARE(m_sent.size(), 4);
        QCOMPARE(notifications.log()->last().result, QStringLiteral("rate-limited"));
        QCOMPARE(*notifications.runDue(), 0);
    }

    void theDrawerOpenedWithoutASaleTooOften()
    {
        enable(EventType::DrawerWithoutSale, 2);
        auto notifications = recorded();
        CashDrawer drawer(*m_shop->store);
        for (int i = 0; i < 2; ++i)
            QVERIFY(drawer.authorizeOpening(m_shop->admin, std::nullopt));
        QCOMPARE(*notifications.runDue(), 0); // twice: not more than 2
        const auto third = drawer.authorizeOpening(
            m_shop->cashier, Unlock{m_shop->admin.userId, QStringLiteral("123456")});
        QVERIFY(third);
        QCOMPARE(*notifications.runDue(), 2);
        QVERIFY2(m_sent.first().text.contains(
                     QLatin1String("the cash drawer was opened without a sale 3 time(s) on "
                                   "10/03/2026, more than the 2 expected in a day.")),
            qPrintable(m_sent.first().text));
        QVERIFY(drawer.authorizeOpening(m_shop->admin, std::nullopt));
        QCOMPARE(*notifications.runDue(), 0); // that day was told
        m_shop->clock.advanceSecs(86400);
        QVERIFY(drawer.authorizeOpening(m_shop->admin, std::nullopt));
        QCOMPARE(*notifications.runDue(), 0); // once on the next day
    }

    void stationsNotHeardFromAreToldWithinTheRateLimit()
    {
        const QString local = m_shop->store->station().id;
        QVERIFY(DemoStations(*m_shop->store).cloneStation(local, QStringLiteral("C2")));
        QVERIFY(DemoStations(*m_shop->store).cloneStation(local, QStringLiteral("C3")));
        enable(EventType::StationSilent, 24);
        auto notifications = recorded();
        notifications.setMaxPerHour(1);
        m_shop->clock.advanceSecs(23 * 3600);
        QCOMPARE(*notifications.runDue(), 0);
        m_shop->clock.advanceSecs(2 * 3600);
        // C2 and C3 are due; one event an hour: C2 is told, C3 held back (and not told later).
        QCOMPARE(*notifications.runDue(), 2);
        QCOMPARE(m_sent.size(), 2);
        QVERIFY2(m_sent.first().text.contains(QLatin1String("nothing from the station C2 since "
                                                            "10/03/2026 09:00 (more than 24 "
                                                            "hour(s))")),
            qPrintable(m_sent.first().text));
        QCOMPARE(notifications.log()->last().result, QStringLiteral("rate-limited"));
        QVERIFY(notifications.log()->last().key.contains(QLatin1String(":")));
        m_shop->clock.advanceSecs(2 * 3600);
        QCOMPARE(*notifications.runDue(), 0);
    }

    void aDeclarationRefusedByItsSchemaIsTold()
    {
        enable(EventType::ExportFailed);
        // A stricter schema: more reused than received becomes an error.
        auto schema = recaisse::test::strictEcologicSchema();
        QVERIFY(schema);
        QVERIFY(CashSessions(*m_shop->store).open(m_shop->cashier, 0));
        SaleDraft sale;
        sale.lines = {SaleLineDraft{QStringLiteral("eee.ecran"), 1, 1500, 9000}};
        sale.payments = {PaymentDraft{PaymentMethod::Cash, 1500}};
        QVERIFY(Sales(*m_shop->store).record(m_shop->cashier, sale));
        auto notifications = recorded();
        QCOMPARE(*notifications.runDue(), 0);
        EcologicExport strict(*m_shop->store, *schema);
        QVERIFY(!strict.run(m_shop->admin, *EcologicPeriod::quarter(2026, 1),
            m_shop->dir.filePath(QStringLiteral("strict"))));
        QCOMPARE(*notifications.runDue(), 2);
        const QString text = m_sent.first().text;
        QVERIFY2(text.contains(QLatin1String("the declaration ecologic-v1 from 01/01/2026 to "
                                             "31/03/2026 failed on 10/03/2026 09:00")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("EEE-2")), qPrintable(text));
        QCOMPARE(*notifications.runDue(), 0);
    }

    void eachLockOutIsToldOnceWithoutAPin()
    {
        enable(EventType::AccountLocked);
        auto notifications = recorded();
        Users users(*m_shop->store);
        const QString camille = m_shop->cashier.userId;
        const auto lockOut = [&] {
            for (int attempt = 0; attempt < Users::maxFailedAttempts; ++attempt)
                QVERIFY(!users.login(camille, QStringLiteral("9081")));
        };
        m_shop->clock.advanceSecs(60); // after Camille's login of the shop's creation
        // Four wrong PINs are no lock-out.
        for (int attempt = 1; attempt < Users::maxFailedAttempts; ++attempt)
            QVERIFY(!users.login(camille, QStringLiteral("9081")));
        QCOMPARE(*notifications.runDue(), 0);
        QVERIFY(!users.login(camille, QStringLiteral("9081")));
        QCOMPARE(*notifications.runDue(), 2);
        QVERIFY(toldToBoth(0));
        const QString first = m_sent.at(0).text;
        QCOMPARE(m_sent.at(1).text, first);
        QVERIFY2(first.contains(QLatin1String("Camille's account was locked on 10/03/2026 09:01 "
                                              "for 15 minute(s) after wrong PINs (lock 1")),
            qPrintable(first));
        // Neither the PIN typed nor the person's own PIN, nor any hash.
        for (const char *secret : {"9081", "1111", "pbkdf2", "$"})
            QVERIFY2(!first.contains(QLatin1String(secret)), secret);
        QCOMPARE(*notifications.runDue(), 0); // once

        // After the lock, five more wrong PINs lock twice as long: a second message.
        m_shop->clock.advanceSecs(16 * 60);
        lockOut();
        QCOMPARE(*notifications.runDue(), 2);
        QVERIFY(toldToBoth(2));
        QVERIFY2(
            m_sent.at(2).text.contains(QLatin1String("for 30 minute(s) after wrong PINs (lock 2")),
            qPrintable(m_sent.at(2).text));
        QVERIFY(m_sent.at(2).key != m_sent.at(0).key);
        QCOMPARE(*notifications.runDue(), 0);
        // A login while locked is refused but is no new lock-out.
        QVERIFY(!users.login(camille, QStringLiteral("1111")));
        QCOMPARE(*notifications.runDue(), 0);
    }

private:
    // From m_sent's `from`-th message: one by Telegram to 123456, then one e-mail to the
    // manager, and nothing else (a QWARN says what differs).
    bool toldToBoth(qsizetype from) const
    {
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("telegram"), QStringLiteral("123456")},
            {QStringLiteral("email"), QStringLiteral("gerant@lac.example")}};
        QList<QPair<QString, QString>> sent;
        for (qsizetype i = from; i < m_sent.size(); ++i)
            sent.append({m_sent.at(i).channel, m_sent.at(i).target});
        if (sent == expected)
            return true;
        for (const auto &[channel, target] : std::as_const(sent))
            qWarning("sent by %s to %s", qPrintable(channel), qPrintable(target));
        return false;
    }

    Notifications recorded()
    {
        Notifications notifications(*m_shop->store);
        const auto record = [this](const QString &channel) {
            return [this, channel](const QString &target, const Notification &n) {
                m_sent << Sent{channel, target, n.key, n.text};
                return Result<void>();
            };
        };
        notifications.setTelegramSender(record(QStringLiteral("telegram")));
        notifications.setEmailSender(record(QStringLiteral("email")));
        return notifications;
    }

    void enable(EventType type, int threshold = 0, int windowDays = 0)
    {
        EventRule rule = Notifications::defaults(type);
        rule.enabled = true;
        rule.telegramChats = {QStringLiteral("123456")};
        rule.emails = {QStringLiteral("gerant@lac.example")};
        if (threshold > 0)
            rule.threshold = threshold;
        if (windowDays > 0)
            rule.windowDays = windowDays;
        const auto set = Notifications(*m_shop->store).setRule(m_shop->admin, rule);
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    }

    // A session of the cashier whose count is 90 € short of its 100 € float.
    void closeWithVariance()
    {
        CashSessions sessions(*m_shop->store);
        QVERIFY(sessions.open(m_shop->cashier, 10000, {}));
        const auto z = sessions.close(m_shop->cashier,
            CloseRequest{{{1000, 1}}, QStringLiteral("Billet perdu"),
                Unlock{m_shop->admin.userId, QStringLiteral("123456")}});
        QVERIFY2(z, qPrintable(z ? QString() : z.error().message));
    }

    void closeWithoutVariance()
    {
        CashSessions sessions(*m_shop->store);
        QVERIFY(sessions.open(m_shop->cashier, 1000, {}));
        QVERIFY(sessions.close(m_shop->cashier, CloseRequest{{{1000, 1}}, {}, {}}));
    }

    std::unique_ptr<TestShop> m_shop;
    QList<Sent> m_sent;
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
