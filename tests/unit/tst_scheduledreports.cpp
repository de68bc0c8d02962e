// Scheduled e-mail reports without a mail server: rights and audit, validation, the schedule
// engine's next runs (site time zone, DST), an unreachable server that keeps the report due
// without counting an attempt, and an attachment above the limit refused with a log line. The
// real SMTP exchanges are in tests/integration/mail.sh.

#include "core/admin/health.h"
#include "core/cashsession.h"
#include "core/deposits.h"
#include "core/mail/mailaccount.h"
#include "core/mail/scheduledreports.h"
#include "core/sales.h"
#include "core/store.h"
#include "tests/support/testshop.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using namespace recaisse::core::mail;
using recaisse::test::auditCount;
using recaisse::test::TestShop;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

// A loopback port nobody listens on: connections are refused at once.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

ScheduledReport report(const QString &name, const QString &frequency = QStringLiteral("daily"))
{
    ScheduledReport r;
    r.name = name;
    r.type = ReportType::SalesJournal;
    r.frequency = frequency;
    r.recipients = {QStringLiteral("gerant@lac.example")};
    return r;
}

} // namespace

class TestScheduledReports : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_shop = TestShop::create();
        QVERIFY(m_shop);
        m_port = closedPort();
        QVERIFY(m_port > 0);
        const auto saved = MailAccount::save(*m_shop->store, m_shop->admin,
            {QStringLiteral("127.0.0.1"), m_port, SmtpSecurity::Plain, QString(),
                QStringLiteral("caisse@lac.example"), QString()},
            QString());
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }

    void onlyAnAdministratorManagesReports()
    {
        ScheduledReports reports(*m_shop->store);
        const auto refused = reports.add(m_shop->cashier, report(QStringLiteral("Ventes")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(auditCount(*m_shop->store, QStringLiteral("permission.denied")), 1);
        QVERIFY(!MailAccount::save(*m_shop->store, m_shop->cashier,
            {QStringLiteral("smtp.example.org"), 587, SmtpSecurity::StartTls, QString(),
                QStringLiteral("a@b.fr"), QString()},
            QString()));

        QVERIFY(reports.add(m_shop->admin, report(QStringLiteral("Ventes"))));
        ScheduledReport changed = *reports.find(QStringLiteral("ventes"));
        changed.format = QStringLiteral("xlsx");
        QVERIFY(reports.edit(m_shop->admin, QStringLiteral("Ventes"), changed));
        QVERIFY(reports.setEnabled(m_shop->admin, QStringLiteral("Ventes"), false));
        QVERIFY(!reports.find(QStringLiteral("Ventes"))->enabled);
        QVERIFY(reports.remove(m_shop->admin, QStringLiteral("Ventes")));
        QVERIFY(!reports.find(QStringLiteral("Ventes")));
        QCOMPARE(auditCount(*m_shop->store, QStringLiteral("mail.account")), 1);
        QCOMPARE(auditCount(*m_shop->store, QStringLiteral("mail.report.add")), 1);
        QCOMPARE(auditCount(*m_shop->store, QStringLiteral("mail.report.edit")), 2);
        QCOMPARE(auditCount(*m_shop->store, QStringLiteral("mail.report.remove")), 1);
    }

    void badReportsAreRefused_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("cashier");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown frequency") << QStringLiteral("hourly") << QStringLiteral("a@b.fr")
                                           << QString() << QStringLiteral("Unknown frequency");
        QTest::newRow("cron never fires")
            << QStringLiteral("0 6 31 2 *") << QStringLiteral("a@b.fr") << QString()
            << QStringLiteral("never runs");
        QTest::newRow("malformed cron")
            << QStringLiteral("61 6 * * *") << QStringLiteral("a@b.fr") << QString() << QString();
        QTest::newRow("invalid recipient")
            << QStringLiteral("daily") << QStringLiteral("gerant.lac.example") << QString()
            << QStringLiteral("gerant.lac.example");
        QTest::newRow("unknown cashier")
            << QStringLiteral("daily") << QStringLiteral("a@b.fr") << QStringLiteral("Personne")
            << QStringLiteral("Personne");
    }

    void badReportsAreRefused()
    {
        QFETCH(QString, frequency);
        QFETCH(QString, recipient);
        QFETCH(QString, cashier);
        QFETCH(QString, message);
        ScheduledReport r = report(QStringLiteral("Ventes"), frequency);
        r.recipients = {recipient};
        r.filters.cashier = cashier;
        const auto refused = ScheduledReports(*m_shop->store).add(m_shop->admin, r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code == ErrorCode::InvalidInput
                || refused.error().code == ErrorCode::NotFound,
            true);
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
        QVERIFY(!ScheduledReports(*m_shop->store).find(QStringLiteral("Ventes")));
    }

    void nextRunsFollowTheSiteTimeZone()
    {
        ScheduledReports reports(*m_shop->store);
        // 10 March 2026 08:00 UTC is 09:00 in Paris: the next daily run is 11 March, 06:00
        // Paris (05:00 UTC, winter time).
        const auto daily = reports.add(m_shop->admin, report(QStringLiteral("Jour")));
        QVERIFY(daily);
        QCOMPARE(daily->nextRunUtc, utc(2026, 3, 11, 5));
        // Monday 16 March, 06:00 Paris; 1 April, 06:00 Paris (summer time: 04:00 UTC).
        QCOMPARE(
            reports.add(m_shop->admin, report(QStringLiteral("Semaine"), QStringLiteral("weekly")))
                ->nextRunUtc,
            utc(2026, 3, 16, 5));
        QCOMPARE(
            reports.add(m_shop->admin, report(QStringLiteral("Mois"), QStringLiteral("monthly")))
                ->nextRunUtc,
            utc(2026, 4, 1, 4));
        // 02:30 does not exist on 29 March 2026 in Paris (02:00 -> 03:00): that night's run is
        // at 03:00 summer time, 01:00 UTC.
        m_shop->clock.set(utc(2026, 3, 28, 12));
        QCOMPARE(
            reports
                .add(m_shop->admin, report(QStringLiteral("Nuit"), QStringLiteral("30 2 * * *")))
                ->nextRunUtc,
            utc(2026, 3, 29, 1));
        QCOMPARE(ScheduledReports::periodBefore(QStringLiteral("weekly"), QDate(2026, 3, 18)),
            (EcologicPeriod{QDate(2026, 3, 9), QDate(2026, 3, 15)}));
        QCOMPARE(ScheduledReports::periodBefore(QStringLiteral("monthly"), QDate(2026, 3, 1)),
            (EcologicPeriod{QDate(2026, 2, 1), QDate(2026, 2, 28)}));
    }

    void anUnreachableServerIsNotAnAttemptAndTheReportStaysDue()
    {
        ScheduledReports reports(*m_shop->store);
        QVERIFY(reports.add(m_shop->admin, report(QStringLiteral("Jour"))));
        QVERIFY(reports.runDue()->isEmpty()); // not due yet
        m_shop->clock.set(utc(2026, 3, 11, 5, 1));
        const auto first = reports.runDue();
        QVERIFY(first);
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->first().last.outcome, SendResult::Outcome::Unreachable);
        QCOMPARE(first->first().attempts, 0);
        const ScheduledReport waiting = *reports.find(QStringLiteral("Jour"));
        QCOMPARE(waiting.pending, (EcologicPeriod{QDate(2026, 3, 10), QDate(2026, 3, 10)}));
        QCOMPARE(waiting.nextRunUtc, utc(2026, 3, 12, 5));
        QCOMPARE(waiting.lastResult, QStringLiteral("unreachable"));

        // Still no server an hour later: the same period waits, no slot is added.
        m_shop->clock.advanceSecs(3600);
        const auto second = reports.runDue();
        QVERIFY(second);
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->first().period, waiting.pending);
        const auto log = reports.log();
        QVERIFY(log);
        QCOMPARE(log->size(), 2);
        for (const SendLogEntry &entry : *log) {
            QCOMPARE(entry.attempt, 0);
            QCOMPARE(entry.result, QStringLiteral("unreachable"));
            QCOMPARE(entry.reportName, QStringLiteral("Jour"));
            QCOMPARE(entry.recipients, QStringList{QStringLiteral("gerant@lac.example")});
            QVERIFY(entry.answer.contains(QLatin1String("127.0.0.1")));
        }
    }

    void anAttachmentAboveTheLimitIsRefusedAndLogged()
    {
        ScheduledReports reports(*m_shop->store);
        QVERIFY(reports.add(m_shop->admin, report(QStringLiteral("Jour"))));
        reports.setMaxAttachmentBytes(16); // the CSV header alone is longer
        const auto delivery = reports.runNow(m_shop->admin, QStringLiteral("Jour"));
        QVERIFY(delivery);
        QVERIFY(delivery->refused);
        QVERIFY(!delivery->ok());
        QVERIFY2(delivery->last.message.contains(QLatin1String("above the limit")),
            qPrintable(delivery->last.message));
        const auto log = reports.log();
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().result, QStringLiteral("refused"));
        QCOMPARE(log->first().attempt, 0);
        QVERIFY(log->first().answer.contains(QLatin1String("above the limit")));
        QVERIFY(!reports.find(QStringLiteral("Jour"))->pending.from.isValid());
    }

    void repeatedFailuresWarnTheAdministrators()
    {
        ScheduledReports reports(*m_shop->store);
        QVERIFY(reports.add(m_shop->admin, report(QStringLiteral("Jour"))));
        reports.setMaxAttachmentBytes(16); // every sending is refused
        // An unreachable server is not a failure: nothing to warn about however often.
        ScheduledReports waiting(*m_shop->store);
        for (int i = 0; i < 4; ++i)
            QVERIFY(waiting.runNow(m_shop->admin, QStringLiteral("Jour")));
        QCOMPARE(reports.failureStreak()->count, 0);

        for (int i = 1; i < ScheduledReports::failuresWarning; ++i)
            QVERIFY(reports.runNow(m_shop->admin, QStringLiteral("Jour")));
        QCOMPARE(reports.failureStreak()->count, ScheduledReports::failuresWarning - 1);
        QVERIFY(reports.failureWarning().isEmpty());
        const auto health = [this] {
            return HealthCheck(*m_shop->store).run(m_shop->admin, HealthInputs{})->advice;
        };
        QVERIFY(!health().join(QLatin1Char('\n')).contains(QLatin1String("e-mail reports")));

        m_shop->clock.advanceSecs(60);
        QVERIFY(reports.runNow(m_shop->admin, QStringLiteral("Jour")));
        const auto streak = reports.failureStreak();
        QCOMPARE(streak->count, ScheduledReports::failuresWarning);
        QCOMPARE(streak->lastReport, QStringLiteral("Jour"));
        QVERIFY(streak->lastAnswer.contains(QLatin1String("above the limit")));
        const QString warning = reports.failureWarning();
        QVERIFY2(warning.contains(QLatin1String("3 failure(s) in a row since 10/03/2026 09:00")),
            qPrintable(warning));
        QVERIFY(health().contains(warning));

        // A message a server accepted (here a test message, logged as the sender does) ends it.
        QSqlQuery accepted(m_shop->store->db().connection());
        QVERIFY(accepted.exec(QStringLiteral(
            "INSERT INTO mail_send_log (at_utc, report_id, report_name, recipients, attempt, "
            "result, code) VALUES ('2026-03-10T08:05:00Z', 0, '(test)', 'a@lac.example', 1, "
            "'accepted', 250)")));
        QCOMPARE(reports.failureStreak()->count, 0);
        QVERIFY(reports.failureWarning().isEmpty());
    }

    void aWaitingPeriodIsWidenedToTheNextSlot()
    {
        ScheduledReports reports(*m_shop->store);
        QVERIFY(reports.add(m_shop->admin, report(QStringLiteral("Jour"))));
        m_shop->clock.set(utc(2026, 3, 11, 5, 1));
        QVERIFY(reports.runDue());
        // The next day's slot comes while the server is still away: one message for both days.
        m_shop->clock.set(utc(2026, 3, 12, 5, 1));
        const auto second = reports.runDue();
        QVERIFY(second);
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->first().period, (EcologicPeriod{QDate(2026, 3, 10), QDate(2026, 3, 11)}));
        QCOMPARE(reports.find(QStringLiteral("Jour"))->pending, second->first().period);
    }

    void everyTypeBuildsInBothFormats_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected"); // a cell of the CSV
        const QList<QPair<QString, QString>> cases = {
            {QStringLiteral("sales-journal"), QStringLiteral("Vêtements;;2;3,00;;6,00")},
            {QStringLiteral("sessions"),
                QStringLiteral("CAISSE1-S000001;Camille;2026-03-10 09:00;;100,00;")},
            {QStringLiteral("deposits"), QStringLiteral(";9,500;shop;voluntary")},
            {QStringLiteral("ecologic"), QStringLiteral("EEE-")},
            {QStringLiteral("kpi"), QStringLiteral("Average basket;5,00")}};
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx")})
            for (const auto &[type, expected] : cases)
                QTest::newRow(qPrintable(type + QLatin1Char(' ') + format))
                    << type << format << expected;
    }

    void everyTypeBuildsInBothFormats()
    {
        QFETCH(QString, type);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        Store &store = *m_shop->store;
        QVERIFY(CashSessions(store).open(m_shop->cashier, 10000, {}));
        SaleDraft clothes;
        clothes.lines = {SaleLineDraft{QStringLiteral("textile.vetements"), 2, 300, std::nullopt}};
        clothes.payments = {{PaymentMethod::Cash, 600}};
        const auto sold = Sales(store).record(m_shop->cashier, clothes);
        QVERIFY2(sold, qPrintable(sold ? QString() : sold.error().message));
        SaleDraft book;
        book.lines = {SaleLineDraft{QStringLiteral("livres.livre"), 1, 400, std::nullopt}};
        book.payments = {{PaymentMethod::Card, 400}};
        QVERIFY(Sales(store).record(m_shop->cashier, book));
        DepositDraft deposit;
        deposit.lines = {DepositLineDraft{QStringLiteral("eee.ecran"), 1, 9500}};
        const auto received = Deposits(store).record(m_shop->reception, deposit);
        QVERIFY2(received, qPrintable(received ? QString() : received.error().message));

        ScheduledReport r = report(QStringLiteral("Rapport"));
        r.type = *reportTypeFromKey(type);
        r.format = format;
        r.createdBy = m_shop->admin.userId;
        const EcologicPeriod today{store.today(), store.today()};
        ScheduledReports reports(store);
        const auto file = reports.build(r, today);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
        QCOMPARE(file->fileName, QStringLiteral("Rapport_2026-03-10_2026-03-10.") + format);
        // The CSV carries the figures; the XLSX is the same table in a workbook (a ZIP).
        const auto table = ReportFileBuilder(store).table(r.type, r.filters, today, r.createdBy);
        QVERIFY(table);
        const QString csv = QString::fromUtf8(ReportFileBuilder::toCsv(*table));
        QVERIFY2(csv.contains(expected), qPrintable(csv));
        if (format == QLatin1String("xlsx")) {
            QVERIFY(file->data.startsWith("PK"));
            // The same period gives the same bytes (the workbook's date is the period's).
            QCOMPARE(reports.build(r, today)->data, file->data);
        } else {
            QCOMPARE(QString::fromUtf8(file->data), csv);
        }
    }

private:
    std::unique_ptr<TestShop> m_shop;
    int m_port = 0;
};

QTEST_GUILESS_MAIN(TestScheduledReports)
#include "tst_scheduledreports.moc"
