#include "core/sync/propfind.h"

#include <QTest>
#include <QTimeZone>

using namespace recaisse::core::sync;

class TestPropfind : public QObject
{
    Q_OBJECT

private slots:
    void apacheListing();
    void nextcloudListing();
    void kdriveListing();
    void relativeHrefs();
    void failedPropstatsAndResponses();
    void malformed_data();
    void malformed();
    void emptyFolder();
    void httpDates_data();
    void httpDates();
};

namespace {

const RemoteEntry *find(const QList<RemoteEntry> &entries, const QString &name)
{
    for (const RemoteEntry &entry : entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

} // namespace

void TestPropfind::apacheListing()
{
    // mod_dav_fs: default namespace prefix D:, absolute paths, lp1/lp2 namespaces for live props.
    const QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/Ressourcerie%20%c3%a9/journal/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype>
<lp1:getlastmodified>Sun, 22 Nov 2026 05:00:00 GMT</lp1:getlastmodified></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/Ressourcerie%20%c3%a9/journal/00000001-00000300.ndjson.gz</D:href>
<D:propstat><D:prop><lp1:resourcetype/><lp1:getcontentlength>1234</lp1:getcontentlength>
<lp1:getlastmodified>Sat, 21 Nov 2026 23:59:58 GMT</lp1:getlastmodified></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:">
<D:href>/Ressourcerie%20%c3%a9/journal/caf%c3%a9%20cr%C3%A8me.txt</D:href>
<D:propstat><D:prop><lp1:resourcetype/><lp1:getcontentlength>0</lp1:getcontentlength></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:">
<D:href>/Ressourcerie%20%c3%a9/journal/sous%20dossier/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop>
<D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
</D:multistatus>
)";
    auto entries = parseMultistatus(xml, QStringLiteral("/Ressourcerie%20%C3%A9/journal"));
    QVERIFY2(entries.ok(), qPrintable(entries.error().message));
    QCOMPARE(entries->size(), 3);
    const RemoteEntry *segment = find(*entries, QStringLiteral("00000001-00000300.ndjson.gz"));
    QVERIFY(segment);
    QVERIFY(!segment->isFolder);
    QCOMPARE(segment->size, 1234);
    QCOMPARE(
        segment->modifiedUtc, QDateTime(QDate(2026, 11, 21), QTime(23, 59, 58), QTimeZone::utc()));
    const RemoteEntry *accented = find(*entries, QStringLiteral("café crème.txt"));
    QVERIFY(accented);
    QCOMPARE(accented->size, 0);
    QVERIFY(!accented->modifiedUtc.isValid());
    const RemoteEntry *folder = find(*entries, QStringLiteral("sous dossier"));
    QVERIFY(folder);
    QVERIFY(folder->isFolder);
    QCOMPARE(folder->size, -1);
}

void TestPropfind::nextcloudListing()
{
    // Nextcloud/ownCloud: prefix d:, extra namespaces, a 404 propstat for unknown properties.
    const QByteArray xml = R"(<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">
 <d:response>
  <d:href>/remote.php/dav/files/caisse/ReCaisse/stations/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getcontentlength/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
 </d:response>
 <d:response>
  <d:href>/remote.php/dav/files/caisse/ReCaisse/stations/poste-1/</d:href>
  <d:propstat><d:prop><d:getlastmodified>Mon, 02 Nov 2026 10:11:12 GMT</d:getlastmodified><d:resourcetype><d:collection/></d:resourcetype><oc:size>42</oc:size></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getcontentlength/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
 </d:response>
 <d:response>
  <d:href>/remote.php/dav/files/caisse/ReCaisse/stations/station.json</d:href>
  <d:propstat><d:prop><d:getlastmodified>Mon, 02 Nov 2026 10:11:12 GMT</d:getlastmodified><d:getcontentlength>77</d:getcontentlength><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
</d:multistatus>)";
    auto entries =
        parseMultistatus(xml, QStringLiteral("/remote.php/dav/files/caisse/ReCaisse/stations/"));
    QVERIFY2(entries.ok(), qPrintable(entries.error().message));
    QCOMPARE(entries->size(), 2);
    QVERIFY(find(*entries, QStringLiteral("poste-1"))->isFolder);
    QCOMPARE(find(*entries, QStringLiteral("station.json"))->size, 77);
    QCOMPARE(find(*entries, QStringLiteral("poste-1"))->modifiedUtc,
        QDateTime(QDate(2026, 11, 2), QTime(10, 11, 12), QTimeZone::utc()));
}

void TestPropfind::kdriveListing()
{
    // kDrive: absolute URLs in href, default namespace, uppercase percent-encoding.
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<multistatus xmlns="DAV:">
<response><href>https://123456.connect.kdrive.infomaniak.com/ReCaisse/exports/</href>
<propstat><prop><resourcetype><collection/></resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat></response>
<response><href>https://123456.connect.kdrive.infomaniak.com/ReCaisse/exports/ecologic%202026-10%20%E2%82%AC.csv</href>
<propstat><prop><getcontentlength>9</getcontentlength><resourcetype/><getlastmodified>Tue, 3 Nov 2026 08:00:00 GMT</getlastmodified></prop><status>HTTP/1.1 200 OK</status></propstat></response>
<response><href>https://123456.connect.kdrive.infomaniak.com/ReCaisse/exports/a%2Fb</href>
<propstat><prop><resourcetype/></prop><status>HTTP/1.1 200 OK</status></propstat></response>
<response><href>https://123456.connect.kdrive.infomaniak.com/ReCaisse/exports/100%25.txt</href>
<propstat><prop><resourcetype/></prop><status>HTTP/1.1 200 OK</status></propstat></response>
</multistatus>)";
    auto entries = parseMultistatus(xml, QStringLiteral("/ReCaisse/exports"));
    QVERIFY2(entries.ok(), qPrintable(entries.error().message));
    QCOMPARE(entries->size(), 2);
    const RemoteEntry *csv = find(*entries, QStringLiteral("ecologic 2026-10 €.csv"));
    QVERIFY(csv);
    QCOMPARE(csv->size, 9);
    QCOMPARE(csv->modifiedUtc, QDateTime(QDate(2026, 11, 3), QTime(8, 0), QTimeZone::utc()));
    const RemoteEntry *percent = find(*entries, QStringLiteral("100%.txt"));
    QVERIFY(percent);
    QCOMPARE(percent->size, -1); // the server did not say
    QVERIFY(!find(*entries, QStringLiteral("a/b"))); // no local file can be called that
}

void TestPropfind::relativeHrefs()
{
    const QByteArray xml = R"(<m:multistatus xmlns:m="DAV:">
<m:response><m:href>./</m:href><m:propstat><m:prop><m:resourcetype><m:collection/></m:resourcetype></m:prop></m:propstat></m:response>
<m:response><m:href>a%20b</m:href><m:propstat><m:prop><m:getcontentlength>5</m:getcontentlength></m:prop></m:propstat></m:response>
</m:multistatus>)";
    auto entries = parseMultistatus(xml, QStringLiteral("/x/y/"));
    QVERIFY2(entries.ok(), qPrintable(entries.error().message));
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).name, QStringLiteral("a b"));
    QCOMPARE(entries->at(0).size, 5);
}

void TestPropfind::failedPropstatsAndResponses()
{
    const QByteArray xml = R"(<multistatus xmlns="DAV:">
<response><href>/f/gone</href><status>HTTP/1.1 404 Not Found</status></response>
<response><href>/f/locked</href><propstat><prop><getcontentlength>12</getcontentlength><resourcetype><collection/></resourcetype></prop><status>HTTP/1.1 403 Forbidden</status></propstat></response>
<response><href>/f/other-ns</href><propstat><prop><getcontentlength xmlns="urn:x">99</getcontentlength><x:resourcetype xmlns:x="urn:x"><x:collection/></x:resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat></response>
<response><href>/f/bad-size</href><propstat><prop><getcontentlength>-3</getcontentlength><getlastmodified>yesterday</getlastmodified></prop><status>HTTP/1.1 200 OK</status></propstat></response>
</multistatus>)";
    auto entries = parseMultistatus(xml, QStringLiteral("/f"));
    QVERIFY2(entries.ok(), qPrintable(entries.error().message));
    QCOMPARE(entries->size(), 3);
    const RemoteEntry *locked = find(*entries, QStringLiteral("locked"));
    QVERIFY(locked && !locked->isFolder && locked->size == -1);
    const RemoteEntry *other = find(*entries, QStringLiteral("other-ns"));
    QVERIFY(other && !other->isFolder && other->size == -1);
    const RemoteEntry *bad = find(*entries, QStringLiteral("bad-size"));
    QVERIFY(bad && bad->size == -1 && !bad->modifiedUtc.isValid());
}

void TestPropfind::malformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Maintenance</body></html>");
    QTest::newRow("json") << QByteArray(R"({"error":"nope"})");
    QTest::newRow("truncated") << QByteArray(
        R"(<multistatus xmlns="DAV:"><response><href>/f/a</href><propstat>)");
    QTest::newRow("wrong namespace") << QByteArray(
        R"(<multistatus xmlns="urn:not-dav"><response><href>/f/a</href></response></multistatus>)");
    QTest::newRow("unclosed tag") << QByteArray(
        R"(<multistatus xmlns="DAV:"><response><href>/f/a</response></multistatus>)");
    QTest::newRow("no href") << QByteArray(
        R"(<multistatus xmlns="DAV:"><response><propstat/></response></multistatus>)");
    QTest::newRow("billion laughs") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<multistatus xmlns="DAV:"><response><href>/f/&lol3;</href></response></multistatus>)");
    QTest::newRow("external entity") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<multistatus xmlns="DAV:"><response><href>/f/&x;</href></response></multistatus>)");
    QTest::newRow("two roots") << QByteArray(
        R"(<multistatus xmlns="DAV:"></multistatus><multistatus xmlns="DAV:"></multistatus>)");
}

void TestPropfind::malformed()
{
    QFETCH(QByteArray, xml);
    auto entries = parseMultistatus(xml, QStringLiteral("/f"), QStringLiteral("stations/a"));
    QVERIFY(!entries.ok());
    QCOMPARE(entries.error().failure, Failure::Protocol);
    QVERIFY(entries.error().message.contains(QStringLiteral("stations/a")));
    QVERIFY(!entries.error().message.contains(QLatin1Char('\n')));
}

void TestPropfind::emptyFolder()
{
    auto entries = parseMultistatus(
        R"(<D:multistatus xmlns:D="DAV:"><D:response><D:href>http://h/f/</D:href></D:response></D:multistatus>)",
        QStringLiteral("/f"));
    QVERIFY2(entries.ok(), qPrintable(entries.error().message));
    QVERIFY(entries->isEmpty());
}

void TestPropfind::httpDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime reference(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QTest::newRow("rfc1123") << QStringLiteral("Sun, 06 Nov 1994 08:49:37 GMT") << reference;
    QTest::newRow("one digit day") << QStringLiteral("Sun, 6 Nov 1994 08:49:37 GMT") << reference;
    QTest::newRow("rfc850") << QStringLiteral("Sunday, 06-Nov-94 08:49:37 GMT") << reference;
    QTest::newRow("asctime") << QStringLiteral("Sun Nov  6 08:49:37 1994") << reference;
    QTest::newRow("garbage") << QStringLiteral("06/11/1994") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestPropfind::httpDates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(parseHttpDate(text), expected);
}

QTEST_APPLESS_MAIN(TestPropfind)
#include "tst_propfind.moc"
