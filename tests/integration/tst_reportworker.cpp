// The e-mail reports' own worker (core/mail/reportworker.h), apart from the sync: an SMTP server
// that accepts the connection and never answers is given up after the stall bound; while the
// report worker waits on such a server the sync worker still runs at once, and closing the
// program interrupts the wait (the report stays due). Failures in a row warn the administrators
// on Telegram (a local stand-in of the Bot API) once per streak, and the health page says it.
// Notifications per event go out in the same worker's passes: a closing beyond the threshold is
// told once to each chat, and an account locked after wrong PINs once by Telegram and e-mail,
// without the PIN. The Bot API is played by tests/support/telegram-standin.py. Runs under
// a private gnome-keyring (the bot's token goes there).

#include "core/admin/health.h"
#include "core/admin/useradmin.h"
#include "core/cashsession.h"
#include "core/mail/mailaccount.h"
#include "core/mail/mimemessage.h"
#include "core/mail/reportfile.h"
#include "core/mail/reportworker.h"
#include "core/mail/scheduledreports.h"
#include "core/mail/smtpsender.h"
#include "core/notify/notifications.h"
#include "core/notify/pendingdeposits.h"
#include "core/notify/pendingexchange.h"
#include "core/notify/telegrambot.h"
#include "core/sales.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/sealedremote.h"
#include "core/sync/syncworker.h"
#include "core/sync/telegram.h"
#include "core/sync/webdavclient.h"
#include "core/users.h"
#include "tests/support/hostiledrive.h"
#include "tests/support/telegramstandin.h"
#include "tests/support/testshop.h"
#include "tests/support/webdavserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::mail;

namespace {

// An update as the Bot API delivers it: a text message from that Telegram id in its own chat.
QJsonObject update(int id, qint64 from, const char *text)
{
    return QJsonObject{{QStringLiteral("update_id"), id},
        {QStringLiteral("message"),
            QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), from}}},
                {QStringLiteral("chat"), QJsonObject{{QStringLiteral("id"), from}}},
                {QStringLiteral("text"), QString::fromUtf8(text)}}}};
}

// A real Ogg/Opus voice message, spoken by espeak-ng and encoded by opusenc in `work`; empty
// when a tool failed.
QByteArray spokenVoiceMessage(const QTemporaryDir &work)
{
    const QString wav = work.filePath(QStringLiteral("depot.wav"));
    const QString ogg = work.filePath(QStringLiteral("depot.ogg"));
    if (QProcess::execute(QStringLiteral("espeak-ng"),
            {QStringLiteral("-v"), QStringLiteral("fr"), QStringLiteral("-w"), wav,
                QStringLiteral("Trois kilos de textile, pour la boutique.")})
            != 0
        || QProcess::execute(QStringLiteral("opusenc"), {QStringLiteral("--quiet"), wav, ogg}) != 0)
        return {};
    QFile spoken(ogg);
    return spoken.open(QIODevice::ReadOnly) ? spoken.readAll() : QByteArray();
}

// A voice message update as the Bot API delivers it.
QJsonObject voiceUpdate(int id, qint64 from, const char *fileId, int seconds)
{
    return QJsonObject{{QStringLiteral("update_id"), id},
        {QStringLiteral("message"),
            QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), from}}},
                {QStringLiteral("chat"), QJsonObject{{QStringLiteral("id"), from}}},
                {QStringLiteral("voice"),
                    QJsonObject{{QStringLiteral("file_id"), QString::fromLatin1(fileId)},
                        {QStringLiteral("duration"), seconds},
                        {QStringLiteral("mime_type"), QStringLiteral("audio/ogg")}}}}}};
}

// A person of the shop logged in on that station (the demo shop's people).
Actor personOn(Store &store, const char *name, const char *pin)
{
    Users users(store);
    const auto user = users.findByName(QString::fromUtf8(name));
    if (!user)
        return {};
    const auto actor = users.login(user->id, QString::fromLatin1(pin));
    return actor ? *actor : Actor{};
}

// Where makeSealedShop puts each station: in a folder of its own, as on its own PC (its audio/
// folder too).
std::function<QString()> ownFolders(const QTemporaryDir &work)
{
    auto stations = std::make_shared<int>(0);
    return [&work, stations] {
        const QDir folder(work.filePath(QStringLiteral("pc%1").arg(++*stations)));
        folder.mkpath(QStringLiteral("."));
        return folder.filePath(QStringLiteral("station.sqlite"));
    };
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.db().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A shop whose bot answers on that Bot API address: the reception volunteer is 444444 on
// Telegram, the cashier 222222. Null when a step fails.
std::unique_ptr<test::TestShop> botShop(const QString &api)
{
    auto shop = test::TestShop::create();
    if (!shop)
        return nullptr;
    UserAdministration users(*shop->store);
    if (!users.setTelegramId(shop->admin, shop->reception.userId, QStringLiteral("444444"))
        || !users.setTelegramId(shop->admin, shop->cashier.userId, QStringLiteral("222222"))
        || !sync::TelegramNotifier::save(
            *shop->store, shop->admin, sync::TelegramSettings{api, {}}, QStringLiteral("99:bot"))
        || !notify::TelegramBot::setEnabled(*shop->store, shop->admin, true))
        return nullptr;
    return shop;
}

// A mail server on loopback, in a thread of its own (the code under test blocks in curl): it
// accepts every connection and either says nothing at all, refuses at once with a 554, or plays
// a plain SMTP dialogue that accepts every message (kept for the test).
class LoopbackSmtp : public QThread
{
public:
    enum class Mode { Silent, Refuse, Accept };

    explicit LoopbackSmtp(Mode mode)
        : m_mode(mode)
    {
    }
    ~LoopbackSmtp() override
    {
        quit();
        wait();
    }
    // Starts the thread and waits until it listens; 0 when it could not.
    quint16 startListening()
    {
        start();
        while (m_port.loadAcquire() == 0 && isRunning())
            QThread::msleep(10);
        return quint16(m_port.loadAcquire());
    }
    int connections() const { return m_connections.loadAcquire(); }
    QList<QByteArray> messages() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_messages;
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                m_connections.fetchAndAddRelease(1);
                if (m_mode == Mode::Refuse) {
                    socket->write("554 5.3.2 no service for you\r\n");
                    socket->flush();
                    socket->disconnectFromHost();
                } else if (m_mode == Mode::Accept) {
                    socket->write("220 loopback ESMTP\r\n");
                    auto inData = std::make_shared<bool>(false);
                    auto data = std::make_shared<QByteArray>();
                    QObject::connect(
                        socket, &QTcpSocket::readyRead, socket, [this, socket, inData, data] {
                            while (socket->canReadLine()) {
                                const QByteArray line = socket->readLine();
                                if (*inData) {
                                    if (line == ".\r\n") {
                                        *inData = false;
                                        {
                                            const QMutexLocker lock(&m_mutex);
                                            m_messages << *data;
                                        }
                                        data->clear();
                                        socket->write("250 2.0.0 queued\r\n");
                                    } else {
                                        data->append(line);
                                    }
                                    continue;
                                }
                                const QByteArray verb = line.left(4).toUpper();
                                if (verb == "EHLO" || verb == "HELO")
                                    socket->write("250 loopback\r\n");
                                else if (verb == "DATA") {
                                    *inData = true;
                                    socket->write("354 go on\r\n");
                                } else if (verb == "QUIT") {
                                    socket->write("221 bye\r\n");
                                    socket->disconnectFromHost();
                                } else
                                    socket->write("250 ok\r\n");
                            }
                        });
                }
                // Silent: the socket stays open and nothing is ever written.
            }
        });
        m_port.storeRelease(server.serverPort());
        exec();
    }

private:
    Mode m_mode;
    QAtomicInt m_port{0};
    QAtomicInt m_connections{0};
    mutable QMutex m_mutex;
    QList<QByteArray> m_messages;
};

ScheduledReport dailyReport(const QString &name)
{
    ScheduledReport r;
    r.name = name;
    r.type = ReportType::Kpi;
    r.frequency = QStringLiteral("daily");
    r.recipients = {QStringLiteral("gerant@lac.example")};
    return r;
}

// The text of a message as the loopback server received it: its first part, base64, up to the
// next part or the end (a message without attachments is that part alone); empty when none.
QString mailBody(const QByteArray &mail)
{
    const QByteArray textPart("Content-Transfer-Encoding: base64\r\n\r\n");
    const qsizetype found = mail.indexOf(textPart);
    if (found < 0)
        return {};
    const qsizetype start = found + textPart.size();
    const qsizetype next = mail.indexOf("\r\n--", start);
    const qsizetype end = next < 0 ? mail.size() : next;
    return QString::fromUtf8(QByteArray::fromBase64(mail.mid(start, end - start)));
}

bool useServer(test::TestShop &shop, quint16 port)
{
    return bool(MailAccount::save(*shop.store, shop.admin,
        {QStringLiteral("127.0.0.1"), port, SmtpSecurity::Plain, QString(),
            QStringLiteral("caisse@lac.example"), QString()},
        QString()));
}

} // namespace

class TestReportWorker : public QObject
{
    Q_OBJECT

private slots:
    void aSilentServerIsGivenUpAfterTheStallBound()
    {
        LoopbackSmtp silent(LoopbackSmtp::Mode::Silent);
        const quint16 port = silent.startListening();
        QVERIFY(port > 0);
        SmtpServer server;
        server.host = QStringLiteral("127.0.0.1");
        server.port = port;
        server.security = SmtpSecurity::Plain;
        server.connectTimeoutSeconds = 2;
        server.stallTimeoutSeconds = 2;
        server.timeoutSeconds = 60; // the stall bound, not the whole transfer's, ends it
        QElapsedTimer elapsed;
        elapsed.start();
        const SendResult result = SmtpSender(server).send(QStringLiteral("caisse@lac.example"),
            {QStringLiteral("gerant@lac.example")}, QByteArray("Subject: x\r\n\r\nx\r\n"));
        const qint64 ms = elapsed.elapsed();
        QVERIFY2(ms >= 1500 && ms < 6000, qPrintable(QString::number(ms)));
        QCOMPARE(silent.connections(), 1);
        // It never said a word: not an attempt, the message waits.
        QCOMPARE(result.outcome, SendResult::Outcome::Unreachable);
        QCOMPARE(result.code, 0);
        QVERIFY2(
            result.message.contains(QLatin1String("does not answer")), qPrintable(result.message));
    }

    void aSilentServerDoesNotHoldTheSyncUpAndClosingInterruptsIt()
    {
        LoopbackSmtp silent(LoopbackSmtp::Mode::Silent);
        const quint16 port = silent.startListening();
        QVERIFY(port > 0);
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        QVERIFY(useServer(*shop, port));
        QVERIFY(
            ScheduledReports(*shop->store).add(shop->admin, dailyReport(QStringLiteral("Jour"))));
        shop->clock.advanceSecs(2 * 86400); // the report is due

        auto reports = std::make_unique<ReportService>(shop->path(), shop->clock);
        // The report worker is in the middle of its transfer, waiting on the silent server
        // (the default bounds: 30 s of silence).
        QTRY_COMPARE_WITH_TIMEOUT(silent.connections(), 1, 10000);

        sync::SyncWorker::Settings settings;
        settings.statusRefreshSeconds = 3600;
        settings.intervalSeconds = 3600;
        sync::SyncService sync(shop->path(), shop->clock, settings);
        QSignalSpy snapshots(sync.worker(), &sync::SyncWorker::snapshotChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 5000); // started
        const qsizetype before = snapshots.size();
        QElapsedTimer elapsed;
        elapsed.start();
        sync.syncNow();
        // A pass of the sync (no drive set up here: it checks and is done) is not kept waiting.
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() > before, 3000);
        QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));

        // Closing interrupts the wait at once; the report stays due, nothing counted as sent.
        elapsed.restart();
        reports.reset();
        QVERIFY2(elapsed.elapsed() < 2000, qPrintable(QString::number(elapsed.elapsed())));
        const auto report = ScheduledReports(*shop->store).find(QStringLiteral("Jour"));
        QVERIFY(report);
        QVERIFY(report->pending.from.isValid());
        const auto log = ScheduledReports(*shop->store).log();
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().result, QStringLiteral("unreachable"));
        QCOMPARE(log->first().attempt, 0);
        QVERIFY2(log->first().answer.contains(QLatin1String("interrupted")),
            qPrintable(log->first().answer));
    }

    void failuresInARowAreToldOnTelegramOnce()
    {
        LoopbackSmtp refusing(LoopbackSmtp::Mode::Refuse);
        const quint16 port = refusing.startListening();
        QVERIFY(port > 0);
        test::TelegramStandIn telegram(QStringLiteral("42:ABC"));
        QVERIFY2(telegram.start(), qPrintable(telegram.errorString()));

        auto shop = test::TestShop::create();
        QVERIFY(shop);
        QVERIFY(useServer(*shop, port));
        QVERIFY(sync::TelegramNotifier::save(*shop->store, shop->admin,
            sync::TelegramSettings{telegram.url(), {QStringLiteral("123456")}},
            QStringLiteral("42:ABC")));
        ScheduledReports reports(*shop->store);
        for (const char *name : {"Jour", "Caisse", "Dépôts"})
            QVERIFY(reports.add(shop->admin, dailyReport(QString::fromUtf8(name))));
        shop->clock.advanceSecs(2 * 86400);

        ReportWorker::Settings settings;
        settings.intervalSeconds = 3600; // only runNow() below
        settings.retryDelays = {};
        ReportService service(shop->path(), shop->clock, settings);
        QSignalSpy passes(service.worker(), &ReportWorker::passFinished);
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, 20000); // the pass at start
        QCOMPARE(passes.first().at(0).toInt(), 0);
        QCOMPARE(passes.first().at(1).toInt(), 3);
        QCOMPARE(refusing.connections(), 3);
        const auto messages = telegram.messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().tokenOk);
        QCOMPARE(messages.first().body.value(QStringLiteral("chat_id")).toString(),
            QStringLiteral("123456"));
        const QString sent = messages.first().body.value(QStringLiteral("text")).toString();
        QVERIFY2(sent.contains(QLatin1String("the e-mail reports fail (3 failure(s) in a row")),
            qPrintable(sent));
        QVERIFY(sent.contains(QLatin1String("554 5.3.2 no service for you")));

        // The health page says it too, with the same rule.
        const auto health = HealthCheck(*shop->store).run(shop->admin, HealthInputs{});
        QVERIFY(health);
        QVERIFY(health->advice.contains(ScheduledReports(*shop->store).failureWarning()));

        // The next day the same reports fail again: the same streak, no second message.
        shop->clock.advanceSecs(86400);
        service.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 2, 20000);
        QCOMPARE(passes.last().at(1).toInt(), 6);
        QCOMPARE(telegram.messages().size(), 1);
    }

    void theKeyFiguresGoByMailWithTheirSummaryOnTelegram()
    {
        LoopbackSmtp accepting(LoopbackSmtp::Mode::Accept);
        const quint16 port = accepting.startListening();
        QVERIFY(port > 0);
        test::TelegramStandIn telegram(QStringLiteral("43:KPI"));
        QVERIFY2(telegram.start(), qPrintable(telegram.errorString()));
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        QVERIFY(useServer(*shop, port));
        QVERIFY(sync::TelegramNotifier::save(*shop->store, shop->admin,
            sync::TelegramSettings{telegram.url(), {QStringLiteral("777")}},
            QStringLiteral("43:KPI")));
        // A sale of 12,50 on the day the daily report covers.
        QVERIFY(CashSessions(*shop->store).open(shop->cashier, 10000, {}));
        SaleDraft sale;
        sale.lines = {SaleLineDraft{QStringLiteral("livres.livre"), 1, 1250, 400}};
        sale.payments = {{PaymentMethod::Card, 1250}};
        QVERIFY(Sales(*shop->store).record(shop->cashier, sale));
        QVERIFY(
            ScheduledReports(*shop->store).add(shop->admin, dailyReport(QStringLiteral("Jour"))));
        shop->clock.advanceSecs(86400);

        ReportWorker::Settings settings;
        settings.intervalSeconds = 3600;
        settings.retryDelays = {};
        ReportService service(shop->path(), shop->clock, settings);
        QSignalSpy passes(service.worker(), &ReportWorker::passFinished);
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, 20000);
        QCOMPARE(passes.first().at(0).toInt(), 1);
        const auto mails = accepting.messages();
        QCOMPARE(mails.size(), 1);
        // The body gives every figure with its comparisons.
        const QString body = mailBody(mails.first());
        QVERIFY(!body.isEmpty());
        for (const char *label : {"Takings (sales minus refunds)", "Paid by card"})
            QVERIFY2(body.contains(ReportFileBuilder::tr("%1: %2 (previous %3, last year %4)")
                                       .arg(ReportFileBuilder::tr(label), QStringLiteral("12,50"),
                                           QStringLiteral("0,00"), QStringLiteral("0,00"))),
                qPrintable(body));
        const auto sent = telegram.messages();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(
            sent.first().body.value(QStringLiteral("chat_id")).toString(), QStringLiteral("777"));
        const QString text = sent.first().body.value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(ReportFileBuilder::tr("%1: %2 (previous %3, last year %4)")
                                   .arg(ReportFileBuilder::tr("Takings (sales minus refunds)"),
                                       QStringLiteral("12,50"), QStringLiteral("0,00"),
                                       QStringLiteral("0,00"))),
            qPrintable(text));
        QVERIFY2(text.contains(ReportFileBuilder::tr("Top %1: %2 (sales)").arg(1).arg(u"Livres")),
            qPrintable(text));
    }

    void aClosingBeyondTheThresholdIsToldToEachChatOnce()
    {
        test::TelegramStandIn telegram(QStringLiteral("77:BOT-token"));
        QVERIFY2(telegram.start(), qPrintable(telegram.errorString()));
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        UserAdministration users(*shop->store);
        QVERIFY(users.setTelegramId(shop->admin, shop->admin.userId, QStringLiteral("123456")));
        QVERIFY(
            users.setTelegramId(shop->admin, shop->supervisor.userId, QStringLiteral("654321")));
        QVERIFY(sync::TelegramNotifier::save(*shop->store, shop->admin,
            sync::TelegramSettings{telegram.url(), {}}, QStringLiteral("77:BOT-token")));
        notify::EventRule rule = notify::Notifications::defaults(notify::EventType::Variance);
        rule.enabled = true;
        rule.telegramChats = {QStringLiteral("123456"), QStringLiteral("654321")};
        QVERIFY(notify::Notifications(*shop->store).setRule(shop->admin, rule));
        shop->clock.advanceSecs(60);
        CashSessions sessions(*shop->store);
        QVERIFY(sessions.open(shop->cashier, 10000, {}));
        QVERIFY(sessions.close(shop->cashier,
            CloseRequest{{{1000, 1}}, QStringLiteral("Billet perdu"),
                Unlock{shop->admin.userId, QStringLiteral("123456")}}));

        ReportWorker::Settings settings;
        settings.intervalSeconds = 3600;
        ReportService service(shop->path(), shop->clock, settings);
        QSignalSpy passes(service.worker(), &ReportWorker::passFinished);
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, 20000);
        auto messages = telegram.messages();
        QCOMPARE(messages.size(), 2);
        QStringList chats;
        for (const auto &message : std::as_const(messages)) {
            QVERIFY(message.tokenOk);
            chats << message.body.value(QStringLiteral("chat_id")).toString();
            QVERIFY(message.body.value(QStringLiteral("text"))
                        .toString()
                        .contains(QLatin1String("variance of")));
        }
        chats.sort();
        QCOMPARE(chats, (QStringList{QStringLiteral("123456"), QStringLiteral("654321")}));
        // A second pass tells nothing new.
        service.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 2, 20000);
        QCOMPARE(telegram.messages().size(), 2);
#ifdef Q_OS_LINUX
        // The token is in no program's command line (ps): not ours, not the stand-in's.
        for (const QString &cmdline : {QStringLiteral("/proc/self/cmdline"),
                 QStringLiteral("/proc/%1/cmdline").arg(telegram.processId())}) {
            QFile file(cmdline);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("BOT-token"));
        }
#endif
    }

    void aLockOutIsToldByTelegramAndMailOnceWithoutThePin()
    {
        LoopbackSmtp accepting(LoopbackSmtp::Mode::Accept);
        const quint16 port = accepting.startListening();
        QVERIFY(port > 0);
        test::TelegramStandIn telegram(QStringLiteral("78:LOCK-token"));
        QVERIFY2(telegram.start(), qPrintable(telegram.errorString()));
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        QVERIFY(useServer(*shop, port));
        QVERIFY(UserAdministration(*shop->store)
                    .setTelegramId(shop->admin, shop->admin.userId, QStringLiteral("707070")));
        QVERIFY(sync::TelegramNotifier::save(*shop->store, shop->admin,
            sync::TelegramSettings{telegram.url(), {}}, QStringLiteral("78:LOCK-token")));
        notify::EventRule rule = notify::Notifications::defaults(notify::EventType::AccountLocked);
        rule.enabled = true;
        rule.telegramChats = {QStringLiteral("707070")};
        rule.emails = {QStringLiteral("gerant@lac.example")};
        QVERIFY(notify::Notifications(*shop->store).setRule(shop->admin, rule));
        shop->clock.advanceSecs(60);
        // Someone tries PINs on Camille's account until it locks.
        Users users(*shop->store);
        for (int attempt = 0; attempt < Users::maxFailedAttempts; ++attempt)
            QVERIFY(!users.login(shop->cashier.userId, QStringLiteral("8642")));
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("login.lock")), 1);

        ReportWorker::Settings settings;
        settings.intervalSeconds = 3600;
        settings.retryDelays = {};
        ReportService service(shop->path(), shop->clock, settings);
        QSignalSpy passes(service.worker(), &ReportWorker::passFinished);
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, 20000);
        const auto messages = telegram.messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().tokenOk);
        QCOMPARE(messages.first().body.value(QStringLiteral("chat_id")).toString(),
            QStringLiteral("707070"));
        const QString text = messages.first().body.value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QLatin1String("Camille's account was locked on 10/03/2026 09:01 for "
                                             "15 minute(s) after wrong PINs")),
            qPrintable(text));
        const auto mails = accepting.messages();
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.first().contains("gerant@lac.example"));
        const QString body = mailBody(mails.first());
        QVERIFY2(body.contains(QLatin1String("Camille's account was locked")), qPrintable(body));
        // Neither the PIN typed, nor Camille's, nor the bot's token, in either message.
        for (const char *secret : {"8642", "1111", "LOCK-token"}) {
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
            QVERIFY2(!body.contains(QLatin1String(secret)), secret);
        }
        QVERIFY(!mails.first().contains("LOCK-token"));

        // Once: the next pass tells nothing new; a new lock-out (twice as long) is told again.
        service.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 2, 20000);
        QCOMPARE(telegram.messages().size(), 1);
        QCOMPARE(accepting.messages().size(), 1);
        shop->clock.advanceSecs(16 * 60);
        for (int attempt = 0; attempt < Users::maxFailedAttempts; ++attempt)
            QVERIFY(!users.login(shop->cashier.userId, QStringLiteral("8642")));
        service.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 3, 20000);
        QCOMPARE(telegram.messages().size(), 2);
        QCOMPARE(accepting.messages().size(), 2);
        QVERIFY(telegram.messages()
                    .last()
                    .body.value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("for 30 minute(s)")));
    }

    void theBotAnswersTheTeamOnlyAndEachUpdateOnce()
    {
        // Updates as the Bot API delivers them: a manager's /statut, a stranger's, a cashier's,
        // the manager's /aide.
        const QJsonArray updates{update(10, 123456, "/statut"), update(11, 999999, "/statut"),
            update(12, 222222, "/statut@recaisse_bot"), update(13, 123456, "/aide")};
        test::TelegramStandIn telegram(QStringLiteral("88:bot"));
        QVERIFY2(
            telegram.start(QJsonDocument(updates).toJson()), qPrintable(telegram.errorString()));
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        UserAdministration users(*shop->store);
        QVERIFY(users.setTelegramId(shop->admin, shop->admin.userId, QStringLiteral("123456")));
        QVERIFY(users.setTelegramId(shop->admin, shop->cashier.userId, QStringLiteral("222222")));
        QVERIFY(sync::TelegramNotifier::save(*shop->store, shop->admin,
            sync::TelegramSettings{telegram.url(), {}}, QStringLiteral("88:bot")));
        QVERIFY(CashSessions(*shop->store).open(shop->cashier, 5000, {}));
        QCOMPARE(notify::TelegramBot::setEnabled(*shop->store, shop->cashier, true).error().code,
            ErrorCode::PermissionDenied);
        QVERIFY(notify::TelegramBot::setEnabled(*shop->store, shop->admin, true));

        notify::TelegramBot bot(*shop->store);
        QCOMPARE(*bot.poll(), 3);
        const auto messages = telegram.messages();
        QCOMPARE(messages.size(), 3);
        QHash<QString, QStringList> byChat;
        for (const auto &message : messages)
            byChat[message.body.value(QStringLiteral("chat_id")).toString()]
                << message.body.value(QStringLiteral("text")).toString();
        QVERIFY(!byChat.contains(QStringLiteral("999999"))); // not one of the shop: nothing
        QCOMPARE(byChat.value(QStringLiteral("123456")).size(), 2);
        const QString status = byChat.value(QStringLiteral("123456")).first();
        QVERIFY2(status.contains(shop->store->station().code + QLatin1String(": open (")),
            qPrintable(status));
        QVERIFY(status.contains(QLatin1String("Last sync: never")));
        QVERIFY(byChat.value(QStringLiteral("123456")).last().contains(QLatin1String("/aide")));
        QVERIFY(byChat.value(QStringLiteral("222222"))
                    .first()
                    .contains(QLatin1String("for the managers")));
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("telegram.command")), 3);

        // The next poll asks from the update after the last one: nothing is answered twice.
        QCOMPARE(*bot.poll(), 0);
        QCOMPARE(telegram.messages().size(), 3);
        const auto calls = telegram.calls();
        QCOMPARE(calls.last().method, QStringLiteral("getUpdates"));
        QCOMPARE(calls.last().body.value(QStringLiteral("offset")).toInteger(), 14);
    }

    void theBotKeepsADepositPendingOnceUntilTheReceptionChecksIt()
    {
        // The reception volunteer's /depot (its update delivered twice), a cashier's, a
        // stranger's, one the bot cannot read, and a second deposit named by its category.
        const QJsonArray updates{update(20, 444444, "/depot 3 kg textile"),
            update(20, 444444, "/depot 3 kg textile"), update(21, 222222, "/depot 1 kg textile"),
            update(22, 999999, "/depot 5 kg textile"), update(23, 444444, "/depot trois kilos"),
            update(24, 444444, "/depot@recaisse_bot 2,5 kg vetements")};
        test::TelegramStandIn telegram(QStringLiteral("99:bot"));
        QVERIFY2(
            telegram.start(QJsonDocument(updates).toJson()), qPrintable(telegram.errorString()));
        auto shop = botShop(telegram.url());
        QVERIFY(shop);

        notify::TelegramBot bot(*shop->store);
        QCOMPARE(*bot.poll(), 5); // the stranger gets nothing
        QStringList replies;
        for (const auto &message : telegram.messages()) {
            QVERIFY(message.body.value(QStringLiteral("chat_id")).toString()
                != QLatin1String("999999"));
            replies << message.body.value(QStringLiteral("text")).toString();
        }
        QVERIFY2(replies.at(0).contains(QLatin1String("received: Textile, 3,000 kg. It counts "
                                                      "once checked at reception")),
            qPrintable(replies.at(0)));
        QVERIFY2(
            replies.at(1).contains(QLatin1String("already received")), qPrintable(replies.at(1)));
        QVERIFY(replies.at(2).contains(QLatin1String("for the reception team")));
        QVERIFY(replies.at(3).startsWith(QLatin1String("Write for example: /depot 3 kg textile")));
        QVERIFY2(replies.at(4).contains(QStringLiteral("received: Vêtements, 2,500 kg")),
            qPrintable(replies.at(4)));

        // Two pending deposits and no document at all: they count in no figure yet.
        const auto documentCount = [&] {
            QSqlQuery q(shop->store->db().connection());
            q.exec(QStringLiteral("SELECT count(*), coalesce(sum(total_weight_grams), 0) FROM "
                                  "deposit"));
            q.next();
            return QStringLiteral("%1 %2")
                .arg(q.value(0).toLongLong())
                .arg(q.value(1).toLongLong());
        };
        QCOMPARE(documentCount(), QStringLiteral("0 0"));
        notify::PendingDeposits pending(*shop->store);
        auto waiting = pending.pending();
        QVERIFY(waiting);
        QCOMPARE(waiting->size(), 2);
        QCOMPARE(waiting->at(0).categoryId, QStringLiteral("textile"));
        QCOMPARE(waiting->at(0).weightGrams, 3000);
        QCOMPARE(waiting->at(0).userId, shop->reception.userId);
        QCOMPARE(waiting->at(1).categoryId, QStringLiteral("textile.vetements"));
        QCOMPARE(waiting->at(1).weightGrams, 2500);

        // A cashier may not check them; the reception corrects the first and validates it,
        // rejects the second with a reason.
        DepositLineDraft corrected{QStringLiteral("textile.vetements"), 1, 2800,
            Destination::Recycling, Origin::VoluntaryDropOff};
        QCOMPARE(pending.validate(shop->cashier, waiting->at(0).id, corrected).error().code,
            ErrorCode::PermissionDenied);
        auto made = pending.validate(shop->reception, waiting->at(0).id, corrected);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QVERIFY(!pending.validate(shop->reception, waiting->at(0).id, corrected)); // once
        QVERIFY(!pending.reject(shop->reception, waiting->at(1).id, QStringLiteral("  ")));
        QVERIFY(pending.reject(shop->reception, waiting->at(1).id, QStringLiteral("Déjà saisi")));
        QVERIFY(!pending.reject(shop->reception, waiting->at(1).id, QStringLiteral("again")));
        QCOMPARE(pending.pending()->size(), 0);

        QCOMPARE(documentCount(), QStringLiteral("1 2800"));
        QSqlQuery rows(shop->store->db().connection());
        QVERIFY(rows.exec(QStringLiteral(
            "SELECT l.category_id, l.weight_grams, l.destination, d.note, o.actor_id FROM "
            "deposit_line l JOIN deposit d ON d.station_id = l.station_id AND d.seq = l.seq JOIN "
            "document o ON o.station_id = d.station_id AND o.seq = d.seq")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), QStringLiteral("textile.vetements"));
        QCOMPARE(rows.value(1).toLongLong(), 2800);
        QCOMPARE(rows.value(2).toString(), toKey(Destination::Recycling));
        QCOMPARE(rows.value(3).toString(),
            QStringLiteral("Received by Telegram from %1").arg(shop->reception.name));
        QCOMPARE(rows.value(4).toString(), shop->reception.userId);
        QCOMPARE(made->stamp.number.isEmpty(), false);

        // The next pass tells the volunteer, once.
        const qsizetype before = telegram.messages().size();
        QVERIFY(bot.poll());
        QTRY_COMPARE(telegram.messages().size(), before + 2);
        const QString validated =
            telegram.messages().at(before).body.value(QStringLiteral("text")).toString();
        QVERIFY2(validated.contains(QStringLiteral("validated your deposit of"))
                && validated.contains(made->stamp.number)
                && validated.contains(QStringLiteral("Vêtements, 2,800 kg")),
            qPrintable(validated));
        QCOMPARE(telegram.messages().at(before).body.value(QStringLiteral("chat_id")).toString(),
            QStringLiteral("444444"));
        const QString rejected =
            telegram.messages().at(before + 1).body.value(QStringLiteral("text")).toString();
        QVERIFY2(rejected.contains(QStringLiteral("rejected your deposit of"))
                && rejected.endsWith(QStringLiteral(": Déjà saisi")),
            qPrintable(rejected));
        QVERIFY(bot.poll());
        QCOMPARE(telegram.messages().size(), before + 2);

        // Audited: two pending deposits, the repeat, the refusal, the unreadable one; the two
        // decisions.
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("telegram.command")), 5);
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("telegram.deposit-validated")), 1);
        QCOMPARE(test::auditCount(*shop->store, QStringLiteral("telegram.deposit-rejected")), 1);
    }

    void aVoiceMessageBecomesOnePendingDepositOnTheDrive()
    {
        // A real Ogg/Opus voice message, spoken by espeak-ng and encoded by opusenc.
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QByteArray audio = spokenVoiceMessage(work);
        QVERIFY(audio.startsWith("OggS"));
        // The volunteer's message (delivered twice), a stranger's, one too long, one larger than
        // the bound though it does not say so, one that is no Ogg/Opus audio, a cashier's.
        const QJsonArray updates{voiceUpdate(30, 444444, "VOICE1", 3),
            voiceUpdate(30, 444444, "VOICE1", 3), voiceUpdate(31, 999999, "VOICE1", 3),
            voiceUpdate(32, 444444, "VOICE1", 600), voiceUpdate(33, 444444, "BIG1", 20),
            voiceUpdate(34, 444444, "WAVE1", 2), voiceUpdate(35, 222222, "VOICE1", 3)};
        test::TelegramStandIn telegram(QStringLiteral("99:bot"));
        QVERIFY(telegram.addFile(QStringLiteral("VOICE1"), audio));
        QVERIFY(telegram.addFile(QStringLiteral("BIG1"),
            QByteArray("OggS") + QByteArray(notify::TelegramBot::maxVoiceBytes, 'x')));
        QVERIFY(telegram.addFile(QStringLiteral("WAVE1"), QByteArray("RIFF\x24\0\0\0WAVEfmt ")));
        QVERIFY2(
            telegram.start(QJsonDocument(updates).toJson()), qPrintable(telegram.errorString()));
        test::WebDavServer drive;
        QVERIFY2(drive.start(), qPrintable(drive.errorString()));

        auto shop = botShop(telegram.url());
        QVERIFY(shop);
        QVERIFY(sync::SyncAccount::save(*shop->store, {drive.url(), test::WebDavServer::user()},
            test::WebDavServer::password()));

        notify::TelegramBot bot(*shop->store);
        QCOMPARE(*bot.poll(), 6); // the stranger gets nothing
        QStringList replies;
        for (const auto &message : telegram.messages())
            replies << message.body.value(QStringLiteral("text")).toString();
        QCOMPARE(replies.size(), 6);
        QVERIFY2(replies.at(0).startsWith(QLatin1String("Voice message received (3 s)")),
            qPrintable(replies.at(0)));
        QVERIFY2(
            replies.at(1).contains(QLatin1String("already received")), qPrintable(replies.at(1)));
        QVERIFY2(replies.at(2).contains(QLatin1String("lasts 600 s")), qPrintable(replies.at(2)));
        QVERIFY2(replies.at(3).contains(QLatin1String("too large")), qPrintable(replies.at(3)));
        QVERIFY2(
            replies.at(4).contains(QLatin1String("cannot be played")), qPrintable(replies.at(4)));
        QVERIFY2(
            replies.at(5).contains(QLatin1String("reception team")), qPrintable(replies.at(5)));

        // Exactly one pending deposit, its audio kept here, nothing in any figure.
        notify::PendingDeposits pending(*shop->store);
        auto waiting = pending.pending();
        QVERIFY(waiting);
        QCOMPARE(waiting->size(), 1);
        const notify::PendingDeposit kept = waiting->first();
        QCOMPARE(kept.kind, notify::PendingDeposit::Kind::Voice);
        QCOMPARE(kept.audioSeconds, 3);
        QCOMPARE(kept.weightGrams, 0);
        QFile local(kept.audioFile);
        QVERIFY2(local.open(QIODevice::ReadOnly), qPrintable(kept.audioFile));
        QCOMPARE(local.readAll(), audio);
        QSqlQuery count(shop->store->db().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM deposit")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        count.finish(); // no read snapshot kept open while the sync thread writes

        // The sync takes it to the drive's audio/ folder, sealed like every file there.
        sync::SyncWorker::Settings settings;
        settings.statusRefreshSeconds = 1;
        settings.retryBaseSeconds = 3600;
        settings.intervalSeconds = 3600;
        {
            sync::SyncService service(shop->path(), shop->clock, settings);
            QSignalSpy spy(service.worker(), &sync::SyncWorker::snapshotChanged);
            QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
            service.syncNow();
            const QString onDrive =
                drive.rootDir() + QStringLiteral("/audio/") + QFileInfo(kept.audioFile).fileName();
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(onDrive), 30000);
            QFile uploaded(onDrive);
            QVERIFY(uploaded.open(QIODevice::ReadOnly));
            const QByteArray sealed = uploaded.readAll();
            QVERIFY2(sealed.startsWith("recaisse-sealed-stream-1\n"), sealed.left(40).constData());
            QVERIFY(!sealed.contains("OpusHead")); // not readable without the site key
        }
        // Opened with the site key, signed by this station: the very bytes of the message.
        auto connection = sync::SealedRemote::connect(*shop->store);
        QVERIFY(connection);
        const QString opened = work.filePath(QStringLiteral("opened.ogg"));
        QVERIFY(connection->sealed->getFile(
            QStringLiteral("audio/") + QFileInfo(kept.audioFile).fileName(), opened,
            notify::TelegramBot::maxVoiceBytes * 2));
        QCOMPARE(connection->sealed->lastSigner(), shop->store->station().id);
        QFile openedFile(opened);
        QVERIFY(openedFile.open(QIODevice::ReadOnly));
        QCOMPARE(openedFile.readAll(), audio);

        // Validated at reception with the figures entered while listening.
        DepositLineDraft entered{
            QStringLiteral("textile"), 1, 3000, Destination::Shop, Origin::VoluntaryDropOff};
        auto made = pending.validate(shop->reception, kept.id, entered);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(made->totalWeightGrams, 3000);
        QVERIFY(count.exec(QStringLiteral("SELECT l.category_id, l.weight_grams FROM deposit_line "
                                          "l")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toString(), QStringLiteral("textile"));
        QCOMPARE(count.value(1).toLongLong(), 3000);
        QVERIFY(!count.next());
        const qsizetype before = telegram.messages().size();
        QVERIFY(bot.poll());
        QCOMPARE(telegram.messages().size(), before + 1);
        const QString told =
            telegram.messages().last().body.value(QStringLiteral("text")).toString();
        QVERIFY2(told.contains(QLatin1String("validated your voice message"))
                && told.contains(made->stamp.number),
            qPrintable(told));
    }
    void aDepositSentToTheBotIsCheckedAtAnotherStation()
    {
        // CAISSE1 runs the bot; the reception that checks the deposits is CAISSE2. Both sync
        // through the real Apache and the sealing layer.
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QByteArray audio = spokenVoiceMessage(work);
        QVERIFY(audio.startsWith("OggS"));
        // Jo's /depot, Jo's voice message, and a second voice message nobody checks.
        const QJsonArray updates{update(40, 444444, "/depot 3 kg textile"),
            voiceUpdate(41, 444444, "VOICE1", 3), voiceUpdate(42, 444444, "VOICE1", 3)};
        test::TelegramStandIn telegram(QStringLiteral("99:bot"));
        QVERIFY(telegram.addFile(QStringLiteral("VOICE1"), audio));
        QVERIFY2(
            telegram.start(QJsonDocument(updates).toJson()), qPrintable(telegram.errorString()));
        test::WebDavServer drive;
        QVERIFY2(drive.start(), qPrintable(drive.errorString()));
        sync::WebDavClient client(sync::DavAccount{
            drive.url(), test::WebDavServer::user(), test::WebDavServer::password()});
        test::SealedStation a, b;
        QVERIFY(test::makeSealedShop(a, b, client, ownFolders(work)));
        const Actor admin = personOn(*a.store, "Dominique", "666666");
        QVERIFY(!admin.userId.isEmpty());
        const auto jo = Users(*a.store).findByName(QStringLiteral("Jo"));
        QVERIFY(jo);
        QVERIFY(
            UserAdministration(*a.store).setTelegramId(admin, jo->id, QStringLiteral("444444")));
        QVERIFY(sync::TelegramNotifier::save(
            *a.store, admin, sync::TelegramSettings{telegram.url(), {}}, QStringLiteral("99:bot")));
        QVERIFY(notify::TelegramBot::setEnabled(*a.store, admin, true));
        QVERIFY(sync::SyncAccount::save(
            *a.store, {drive.url(), test::WebDavServer::user()}, test::WebDavServer::password()));

        notify::TelegramBot bot(*a.store);
        QCOMPARE(*bot.poll(), 3);
        QCOMPARE(notify::PendingDeposits(*a.store).pending()->size(), 3);
        const QString telegramDeposits =
            QStringLiteral("SELECT count(*) FROM deposit WHERE note LIKE 'Received by Telegram%'");

        // CAISSE1's sync takes the voice messages to audio/ and announces the deposits in its
        // folder, sealed: nothing of them is readable on the server.
        QVERIFY(a.sync().ok());
        const QString announced = drive.rootDir() + QStringLiteral("/stations/")
            + a.store->station().id + QLatin1Char('/') + notify::PendingDepositExchange::fileName();
        QFile onDrive(announced);
        QVERIFY2(onDrive.open(QIODevice::ReadOnly), qPrintable(announced));
        const QByteArray sealedFile = onDrive.readAll();
        QVERIFY(sealedFile.startsWith("recaisse-sealed-1\n"));
        QVERIFY(!sealedFile.contains("textile") && !sealedFile.contains("444444"));
        const QStringList leaks = test::leaksOnTheDrive(*a.store, test::filesOn(client));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        // A voice message replaced on the drive by another station of the shop (signed by it, not
        // by the bot's station) is refused, audited, and the rest still arrives; once the bot's
        // station's own file is back, it comes.
        const QString lastVoice = notify::PendingDeposits(*a.store).pending()->at(2).audioRemote;
        const QString lastVoiceHere = notify::PendingDeposits(*a.store).pending()->at(2).audioFile;
        QVERIFY(b.sealed->putFile(lastVoice, lastVoiceHere));
        const sync::SyncReport forged = b.sync();
        QCOMPARE(forged.error.failure, sync::Failure::Untrusted);
        QVERIFY2(forged.error.message.contains(QLatin1String("not signed by the station")),
            qPrintable(forged.error.message));
        QVERIFY(test::auditCount(*b.store, QStringLiteral("sync.refused")) > 0);
        QCOMPARE(notify::PendingDeposits(*b.store).pending()->size(), 3);
        QVERIFY(notify::PendingDeposits(*b.store).pending()->at(2).audioFile.isEmpty());
        QVERIFY(!notify::PendingDeposits(*b.store).pending()->at(1).audioFile.isEmpty());
        QVERIFY(a.sealed->putFile(lastVoice, lastVoiceHere));

        // CAISSE2 learns them, with the voice messages' very bytes, and counts none of them.
        QVERIFY(b.sync().ok());
        notify::PendingDeposits onB(*b.store);
        auto waiting = onB.pending();
        QVERIFY(waiting);
        QCOMPARE(waiting->size(), 3);
        QCOMPARE(waiting->at(0).originStation, a.store->station().id);
        QCOMPARE(waiting->at(0).categoryId, QStringLiteral("textile"));
        QCOMPARE(waiting->at(0).weightGrams, 3000);
        QCOMPARE(waiting->at(0).personName, QStringLiteral("Jo"));
        const notify::PendingDeposit spoken = waiting->at(1);
        QCOMPARE(spoken.kind, notify::PendingDeposit::Kind::Voice);
        QVERIFY(spoken.audioFile.startsWith(QFileInfo(b.store->db().path()).absolutePath()));
        QFile fetched(spoken.audioFile);
        QVERIFY2(fetched.open(QIODevice::ReadOnly), qPrintable(spoken.audioFile));
        QCOMPARE(fetched.readAll(), audio);
        QVERIFY(QFileInfo::exists(waiting->at(2).audioFile));

        // Jo, at CAISSE2's reception, rejects the text one and validates the voice message while
        // listening; each once.
        const Actor joOnB = personOn(*b.store, "Jo", "4444");
        QVERIFY(!joOnB.userId.isEmpty());
        QVERIFY(onB.reject(joOnB, waiting->at(0).id, QStringLiteral("Déjà saisi")));
        auto made = onB.validate(joOnB, spoken.id,
            {QStringLiteral("textile"), 1, 2600, Destination::Shop, Origin::VoluntaryDropOff});
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QVERIFY(made->stamp.number.startsWith(QLatin1String("CAISSE2")));
        QVERIFY(!onB.validate(joOnB, spoken.id,
            {QStringLiteral("textile"), 1, 2600, Destination::Shop, Origin::VoluntaryDropOff}));
        QCOMPARE(onB.pending()->size(), 1);

        // Until CAISSE1 hears of it, its bot has nothing to tell.
        const qsizetype told = telegram.messages().size();
        QVERIFY(bot.poll());
        QCOMPARE(telegram.messages().size(), told);

        QVERIFY(b.sync().ok());
        QVERIFY(a.sync().ok());
        notify::PendingDeposits onA(*a.store);
        QCOMPARE(onA.pending()->size(), 1);
        // The deposit is CAISSE2's document, held once here too; CAISSE1 recorded none.
        QCOMPARE(scalar(*a.store, telegramDeposits), 1);
        QCOMPARE(scalar(*a.store,
                     QStringLiteral("SELECT count(*) FROM document WHERE number = '%1'")
                         .arg(made->stamp.number)),
            1);
        // The bot's next pass tells Jo each decision, once.
        QVERIFY(bot.poll());
        QCOMPARE(telegram.messages().size(), told + 2);
        QStringList replies;
        for (qsizetype i = told; i < told + 2; ++i) {
            QCOMPARE(telegram.messages().at(i).body.value(QStringLiteral("chat_id")).toString(),
                QStringLiteral("444444"));
            replies << telegram.messages().at(i).body.value(QStringLiteral("text")).toString();
        }
        QVERIFY2(replies.at(0).contains(QLatin1String("rejected your deposit of"))
                && replies.at(0).endsWith(QStringLiteral(": Déjà saisi")),
            qPrintable(replies.at(0)));
        QVERIFY2(replies.at(1).contains(QLatin1String("validated your voice message"))
                && replies.at(1).contains(made->stamp.number)
                && replies.at(1).contains(QStringLiteral("2,600 kg")),
            qPrintable(replies.at(1)));

        // Seen again at every sync, the decisions change nothing more anywhere.
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());
        QVERIFY(a.sync().ok());
        QVERIFY(bot.poll());
        QCOMPARE(telegram.messages().size(), told + 2);
        QCOMPARE(scalar(*a.store, telegramDeposits), 1);
        QCOMPARE(scalar(*b.store, telegramDeposits), 1);
        QCOMPARE(onA.pending()->size(), 1);
        QCOMPARE(onB.pending()->size(), 1);
        QCOMPARE(test::auditCount(*a.store, QStringLiteral("telegram.deposit-decided-twice")), 0);

        // The voice messages stay PendingDeposits::audioRetentionDays after the decision, then
        // go, from both stations and from the drive; the one still waiting stays.
        const QString onDriveAudio = drive.rootDir() + QLatin1Char('/') + spoken.audioRemote;
        QVERIFY2(QFileInfo::exists(onDriveAudio), qPrintable(onDriveAudio));
        const auto pendingOnA = onA.pending();
        QString audioOnA;
        {
            QSqlQuery q(a.store->db().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT audio_file FROM telegram_pending_deposit WHERE "
                                          "update_id = 41")));
            QVERIFY(q.next());
            audioOnA = q.value(0).toString();
        }
        QVERIFY(QFileInfo::exists(audioOnA));
        // The stations' clocks as one: the decision was made at CAISSE2's time.
        const QDateTime decided = std::max(a.clock.nowUtc(), b.clock.nowUtc());
        for (test::SealedStation *station : {&a, &b})
            station->clock.set(decided.addDays(notify::PendingDeposits::audioRetentionDays - 1));
        QCOMPARE(*notify::PendingDeposits(*a.store).removeOldAudio(), 0);
        QCOMPARE(*onB.removeOldAudio(), 0);
        QVERIFY(a.sync().ok());
        QVERIFY(QFileInfo::exists(audioOnA) && QFileInfo::exists(spoken.audioFile));
        QVERIFY(QFileInfo::exists(onDriveAudio));
        for (test::SealedStation *station : {&a, &b})
            station->clock.set(decided.addDays(notify::PendingDeposits::audioRetentionDays + 1));
        QCOMPARE(*notify::PendingDeposits(*a.store).removeOldAudio(), 1);
        QCOMPARE(*onB.removeOldAudio(), 1);
        QCOMPARE(*onB.removeOldAudio(), 0);
        QVERIFY(!QFileInfo::exists(audioOnA) && !QFileInfo::exists(spoken.audioFile));
        QVERIFY(a.sync().ok());
        QVERIFY(!QFileInfo::exists(onDriveAudio));
        // The message nobody checked yet is still there to be heard, here, there and on the drive.
        QCOMPARE(pendingOnA->size(), 1);
        QVERIFY(QFileInfo::exists(pendingOnA->first().audioFile));
        QVERIFY(QFileInfo::exists(onB.pending()->first().audioFile));
        QVERIFY(QFileInfo::exists(
            drive.rootDir() + QLatin1Char('/') + onB.pending()->first().audioRemote));
        QVERIFY(b.sync().ok());
    }

    void twoStationsDecidingOneDepositOfflineIsToldOnce()
    {
        // The bot's station and another reception both check one deposit before either syncs:
        // the bot's own decision stays, the other is kept as a conflict and audited once.
        test::TelegramStandIn telegram(QStringLiteral("99:bot"));
        QVERIFY2(telegram.start(
                     QJsonDocument(QJsonArray{update(50, 444444, "/depot 2 kg textile")}).toJson()),
            qPrintable(telegram.errorString()));
        test::WebDavServer drive;
        QVERIFY2(drive.start(), qPrintable(drive.errorString()));
        sync::WebDavClient client(sync::DavAccount{
            drive.url(), test::WebDavServer::user(), test::WebDavServer::password()});
        QTemporaryDir work;
        QVERIFY(work.isValid());
        test::SealedStation a, b;
        QVERIFY(test::makeSealedShop(a, b, client, ownFolders(work)));
        const Actor admin = personOn(*a.store, "Dominique", "666666");
        const auto jo = Users(*a.store).findByName(QStringLiteral("Jo"));
        QVERIFY(jo);
        QVERIFY(
            UserAdministration(*a.store).setTelegramId(admin, jo->id, QStringLiteral("444444")));
        QVERIFY(sync::TelegramNotifier::save(
            *a.store, admin, sync::TelegramSettings{telegram.url(), {}}, QStringLiteral("99:bot")));
        QVERIFY(notify::TelegramBot::setEnabled(*a.store, admin, true));
        notify::TelegramBot bot(*a.store);
        QCOMPARE(*bot.poll(), 1);
        QVERIFY(a.sync().ok());
        QVERIFY(b.sync().ok());

        notify::PendingDeposits onA(*a.store), onB(*b.store);
        const DepositLineDraft line{
            QStringLiteral("textile"), 1, 2000, Destination::Shop, Origin::VoluntaryDropOff};
        const qint64 id = onA.pending()->first().id;
        QVERIFY(onA.validate(personOn(*a.store, "Jo", "4444"), id, line));
        QVERIFY(onB.validate(personOn(*b.store, "Jo", "4444"), onB.pending()->first().id, line));
        for (int round = 0; round < 2; ++round) {
            QVERIFY(a.sync().ok());
            QVERIFY(b.sync().ok());
        }
        QVERIFY(bot.poll());
        // Jo is told once, of the decision made at the bot's station.
        QCOMPARE(telegram.messages().size(), 2);
        QVERIFY(telegram.messages()
                    .last()
                    .body.value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("CAISSE1")));
        QCOMPARE(test::auditCount(*a.store, QStringLiteral("telegram.deposit-decided-twice")), 1);
        QVERIFY2(onA.find(id)->conflict.contains(QLatin1String("CAISSE2")),
            qPrintable(onA.find(id)->conflict));
        QCOMPARE(onA.pending()->size(), 0);
        QCOMPARE(onB.pending()->size(), 0);
    }

    void theBotRepliesAtOnceToADecisionMadeOnItsStation()
    {
        test::TelegramStandIn telegram(QStringLiteral("99:bot"));
        QVERIFY2(telegram.start(
                     QJsonDocument(QJsonArray{update(60, 444444, "/depot 4 kg textile")}).toJson()),
            qPrintable(telegram.errorString()));
        auto shop = botShop(telegram.url());
        QVERIFY(shop);
        // Passes an hour apart: only the first one, at start, runs during the test.
        ReportWorker::Settings settings;
        settings.intervalSeconds = 3600;
        ReportService service(shop->path(), shop->clock, settings);
        QSignalSpy passes(service.worker(), &ReportWorker::passFinished);
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, 15000);
        QCOMPARE(telegram.messages().size(), 1); // "Deposit received"
        notify::PendingDeposits pending(*shop->store);
        QCOMPARE(pending.pending()->size(), 1);
        QVERIFY(pending.validate(shop->reception, pending.pending()->first().id,
            {QStringLiteral("textile"), 1, 4000, Destination::Shop, Origin::VoluntaryDropOff}));
        QElapsedTimer timer;
        timer.start();
        service.depositDecided();
        QTRY_COMPARE_WITH_TIMEOUT(telegram.messages().size(), 2, 10000);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(passes.size(), 1); // told outside any pass
        QVERIFY2(telegram.messages()
                     .last()
                     .body.value(QStringLiteral("text"))
                     .toString()
                     .contains(QLatin1String("validated your deposit")),
            qPrintable(telegram.messages().last().body.value(QStringLiteral("text")).toString()));
        // Told once: asking again tells nothing more.
        service.depositDecided();
        service.runNow();
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 2, 15000);
        QCOMPARE(telegram.messages().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReportWorker)
#include "tst_reportworker.moc"
