// The MIME builder and the SMTP outcome classes against hand-written expectations.

#include "core/mail/mimemessage.h"
#include "core/mail/smtpsender.h"

#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using namespace recaisse::core::mail;

class TestMimeMessage : public QObject
{
    Q_OBJECT

private slots:
    void asciiSubjectStaysPlain()
    {
        QCOMPARE(MimeMessage::encodeHeaderText(QStringLiteral("Rapport du jour")),
            QByteArray("Rapport du jour"));
        // "=?" would be read as an encoded-word: it is encoded.
        QVERIFY(MimeMessage::encodeHeaderText(QStringLiteral("a =? b")).startsWith("=?UTF-8?B?"));
    }

    void utf8SubjectIsAnEncodedWord()
    {
        QCOMPARE(MimeMessage::encodeHeaderText(QStringLiteral("Journal des ventes – décembre")),
            QByteArray("=?UTF-8?B?Sm91cm5hbCBkZXMgdmVudGVzIOKAkyBkw6ljZW1icmU=?="));
    }

    void longSubjectSplitsOnCharacterBoundaries()
    {
        // 30 × "é" = 60 bytes: the first word stops at 44 bytes (45 would cut an "é" in two).
        const QByteArray encoded = MimeMessage::encodeHeaderText(QString(30, QChar(u'é')));
        QCOMPARE(encoded,
            QByteArray(
                "=?UTF-8?B?w6nDqcOpw6nDqcOpw6nDqcOpw6nDqcOpw6nDqcOpw6nDqcOpw6nDqcOpw6k=?=\r\n"
                " =?UTF-8?B?w6nDqcOpw6nDqcOpw6nDqQ==?="));
        for (const QByteArray &word : encoded.split('\n'))
            QVERIFY2(word.trimmed().size() <= 75, word.constData());
    }

    void base64LinesAre76WithCrlf()
    {
        const QByteArray lines = MimeMessage::base64Lines(QByteArray(100, 'x'));
        const QList<QByteArray> parts = lines.split('\n');
        QCOMPARE(parts.size(), 3); // two lines and the empty rest after the last CRLF
        QCOMPARE(parts.at(0).size(), 77); // 76 + CR
        QVERIFY(parts.at(0).endsWith('\r'));
        QCOMPARE(parts.at(1).size(), 61); // 136 - 76 = 60, + CR
        QVERIFY(parts.at(2).isEmpty());
        QCOMPARE(QByteArray::fromBase64(lines), QByteArray(100, 'x'));
        QCOMPARE(MimeMessage::base64Lines({}), QByteArray());
    }

    void dateIsRfc5322()
    {
        const QDateTime date(QDate(2026, 12, 7), QTime(5, 4, 3), QTimeZone(3600));
        QCOMPARE(MimeMessage::rfc5322Date(date), QByteArray("Mon, 07 Dec 2026 05:04:03 +0100"));
        const QDateTime west(QDate(2026, 7, 1), QTime(23, 0), QTimeZone(-16200));
        QCOMPARE(MimeMessage::rfc5322Date(west), QByteArray("Wed, 01 Jul 2026 23:00:00 -0430"));
    }

    void wholeMessage()
    {
        MailMessage message;
        message.from = QStringLiteral("caisse@ressourcerie.example");
        message.to = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
        message.subject = QStringLiteral("Journal des ventes – décembre");
        message.body = QStringLiteral("Bonjour,\nLe rapport « Ventes » est joint.\n");
        message.attachments = {{QStringLiteral("ventes.csv"), "text/csv", "a;b\r\n1;2\r\n"},
            {QStringLiteral("été.csv"), "text/csv", "a;b\r\n1;2\r\n"}};
        message.date = QDateTime(QDate(2026, 12, 7), QTime(5, 4, 3), QTimeZone::utc());
        message.messageId = "0123abcd@ressourcerie.example";
        message.boundary = "=_b";
        const auto built = MimeMessage::build(message);
        QVERIFY2(built, qPrintable(built.error().message));
        const QByteArray expected =
            "Date: Mon, 07 Dec 2026 05:04:03 +0000\r\n"
            "From: caisse@ressourcerie.example\r\n"
            "To: a@example.org, b@example.org\r\n"
            "Subject: =?UTF-8?B?Sm91cm5hbCBkZXMgdmVudGVzIOKAkyBkw6ljZW1icmU=?=\r\n"
            "Message-ID: <0123abcd@ressourcerie.example>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=\"=_b\"\r\n"
            "\r\n"
            "--=_b\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: base64\r\n"
            "\r\n"
            "Qm9uam91ciwNCkxlIHJhcHBvcnQgwqsgVmVudGVzIMK7IGVzdCBqb2ludC4NCg==\r\n"
            "--=_b\r\n"
            "Content-Type: text/csv; name=\"ventes.csv\"\r\n"
            "Content-Disposition: attachment; filename=\"ventes.csv\"\r\n"
            "Content-Transfer-Encoding: base64\r\n"
            "\r\n"
            "YTtiDQoxOzINCg==\r\n"
            "--=_b\r\n"
            "Content-Type: text/csv; name*=UTF-8''%C3%A9t%C3%A9.csv\r\n"
            "Content-Disposition: attachment; filename*=UTF-8''%C3%A9t%C3%A9.csv\r\n"
            "Content-Transfer-Encoding: base64\r\n"
            "\r\n"
            "YTtiDQoxOzINCg==\r\n"
            "--=_b--\r\n";
        QCOMPARE(*built, expected);
        // Every line ends with CRLF: no bare LF anywhere.
        QCOMPARE(built->count('\n'), built->count("\r\n"));
    }

    void randomIdentifiersWhenNotGiven()
    {
        MailMessage message;
        message.from = QStringLiteral("caisse@ressourcerie.example");
        message.to = {QStringLiteral("a@example.org")};
        message.subject = QStringLiteral("Test");
        const auto built = MimeMessage::build(message);
        QVERIFY(built);
        QVERIFY(built->contains("@ressourcerie.example>\r\n"));
        QVERIFY(built->contains("Content-Type: text/plain; charset=UTF-8\r\n"));
        QVERIFY(!built->contains("multipart"));
    }

    void attachmentAboveTheLimitIsRefused()
    {
        MailMessage message;
        message.from = QStringLiteral("caisse@ressourcerie.example");
        message.to = {QStringLiteral("a@example.org")};
        message.attachments = {{QStringLiteral("big.csv"), "text/csv", QByteArray(2049, 'x')}};
        const auto refused = MimeMessage::build(message, 2048);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("big.csv")),
            qPrintable(refused.error().message));
        QVERIFY(MimeMessage::build(message, 4096));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("gerant@ressourcerie.fr") << true;
        QTest::newRow("plus and dots") << QStringLiteral("a.b+rapports@mail.example.org") << true;
        QTest::newRow("localhost") << QStringLiteral("root@localhost") << true;
        QTest::newRow("no at") << QStringLiteral("gerant.ressourcerie.fr") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@c.fr") << false;
        QTest::newRow("space") << QStringLiteral("a b@c.fr") << false;
        QTest::newRow("header injection") << QStringLiteral("a@c.fr\r\nBcc: x@y.fr") << false;
        QTest::newRow("angle") << QStringLiteral("<a@c.fr>") << false;
        QTest::newRow("double dot") << QStringLiteral("a..b@c.fr") << false;
        QTest::newRow("empty domain") << QStringLiteral("a@") << false;
        QTest::newRow("accented") << QStringLiteral("gérant@c.fr") << false;
    }

    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(MailAddress::isValid(address), valid);
    }

    void addressList()
    {
        const auto list = MailAddress::parseList(QStringLiteral(" a@x.fr, b@y.fr ,a@x.fr"));
        QVERIFY(list);
        QCOMPARE(*list, QStringList({QStringLiteral("a@x.fr"), QStringLiteral("b@y.fr")}));
        const auto bad = MailAddress::parseList(QStringLiteral("a@x.fr, nobody"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("nobody")));
        QVERIFY(!MailAddress::parseList(QStringLiteral(" , ")));
    }

    void outcomes()
    {
        // libcurl's codes: 0 OK, 7 COULDNT_CONNECT, 6 COULDNT_RESOLVE_HOST, 55 SEND_ERROR,
        // 8 WEIRD_SERVER_REPLY, 67 LOGIN_DENIED, 60 PEER_FAILED_VERIFICATION.
        using O = SendResult::Outcome;
        QCOMPARE(SmtpSender::classify(0, 250), O::Accepted);
        QCOMPARE(SmtpSender::classify(55, 421), O::Temporary);
        QCOMPARE(SmtpSender::classify(8, 451), O::Temporary);
        QCOMPARE(SmtpSender::classify(55, 550), O::Permanent);
        QCOMPARE(SmtpSender::classify(67, 535), O::Permanent);
        QCOMPARE(SmtpSender::classify(67, 0), O::Permanent);
        QCOMPARE(SmtpSender::classify(60, 0), O::Permanent);
        QCOMPARE(SmtpSender::classify(7, 0), O::Unreachable);
        QCOMPARE(SmtpSender::classify(6, 0), O::Unreachable);
    }
};

QTEST_APPLESS_MAIN(TestMimeMessage)
#include "tst_mimemessage.moc"
