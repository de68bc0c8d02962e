#include "core/admin/sites.h"
#include "core/store.h"
#include "tests/support/testshop.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;

namespace {
const QByteArray tinyPng =
    QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                           "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
} // namespace

class TestSites : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void savesTheBranding();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void logoFiles();
    void thresholdsPerRegister();
    void onlySuperAdminAddsASite();
    void adminCannotChangeAnotherSite();

private:
    SiteSettings current();
    std::unique_ptr<test::TestShop> m_shop;
};

void TestSites::init()
{
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
}

SiteSettings TestSites::current()
{
    auto site = Sites(*m_shop->store).find(m_shop->admin, m_shop->store->site().id);
    if (!site)
        qWarning("%s", qPrintable(site.error().message));
    return site.ok() ? *site : SiteSettings{};
}

void TestSites::savesTheBranding()
{
    SiteSettings site = current();
    QCOMPARE(site.name, QStringLiteral("Ressourcerie des Tests"));
    site.name = QStringLiteral("La Recyclerie du Lac");
    site.address = QStringLiteral("3 rue des Lilas\n74000 Annecy");
    site.primaryColor = QStringLiteral("#2e7d32");
    site.accentColor = QStringLiteral("#F9A825");
    site.receiptHeader = QStringLiteral("Merci de votre visite !");
    site.receiptFooter = QStringLiteral("Association loi 1901");
    site.logo = tinyPng;
    site.defaultVarianceThresholdCents = 1000;
    auto saved = Sites(*m_shop->store).save(m_shop->admin, site);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    const SiteSettings again = current();
    QCOMPARE(again.name, site.name);
    QCOMPARE(again.primaryColor, QStringLiteral("#2E7D32"));
    QCOMPARE(again.logo, tinyPng);
    QCOMPARE(again.receiptFooter, site.receiptFooter);
    QCOMPARE(m_shop->store->site().name, site.name);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("site.update")), 1);
    // What the cashier screens and receipts read, without any permission.
    auto branding = Sites(*m_shop->store).branding();
    QVERIFY(branding.ok());
    QCOMPARE(branding->receiptHeader, site.receiptHeader);
    QCOMPARE(branding->accentColor, QStringLiteral("#F9A825"));
}

void TestSites::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("colour name") << "primary"
                                 << "green";
    QTest::newRow("short colour") << "primary"
                                  << "#FFF";
    QTest::newRow("colour injection") << "accent"
                                      << "#000000; background: url(x)";
    QTest::newRow("empty name") << "name"
                                << "  ";
    QTest::newRow("time zone") << "tz"
                               << "Mars/Olympus";
    QTest::newRow("long footer") << "footer" << QString(401, QLatin1Char('x'));
    QTest::newRow("not an image") << "logo"
                                  << "GIF89a...";
}

void TestSites::badInputChangesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    const SiteSettings before = current();
    SiteSettings site = before;
    if (field == QLatin1String("primary"))
        site.primaryColor = value;
    else if (field == QLatin1String("accent"))
        site.accentColor = value;
    else if (field == QLatin1String("name"))
        site.name = value;
    else if (field == QLatin1String("tz"))
        site.timeZone = value;
    else if (field == QLatin1String("footer"))
        site.receiptFooter = value;
    else
        site.logo = value.toUtf8();
    auto saved = Sites(*m_shop->store).save(m_shop->admin, site);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
    QVERIFY(!saved.error().message.isEmpty());
    const SiteSettings after = current();
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.primaryColor, before.primaryColor);
    QCOMPARE(after.accentColor, before.accentColor);
    QCOMPARE(after.logo, before.logo);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("site.update")), 0);
}

void TestSites::logoFiles()
{
    QTemporaryDir dir;
    const QString huge = dir.filePath(QStringLiteral("huge.png"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tinyPng);
    file.write(QByteArray(Sites::maxLogoBytes, 'x'));
    file.close();
    auto tooBig = Sites::readLogo(huge);
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.error().message.contains(QStringLiteral("too large")));

    const QString text = dir.filePath(QStringLiteral("logo.png"));
    QFile fake(text);
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("this is not an image");
    fake.close();
    auto notImage = Sites::readLogo(text);
    QVERIFY(!notImage.ok());
    QVERIFY(notImage.error().message.contains(QStringLiteral("PNG or JPEG")));

    QVERIFY(!Sites::readLogo(dir.filePath(QStringLiteral("missing.png"))).ok());

    const QString good = dir.filePath(QStringLiteral("good.png"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(tinyPng);
    goodFile.close();
    auto ok = Sites::readLogo(good);
    QVERIFY(ok.ok());
    QCOMPARE(*ok, tinyPng);
}

void TestSites::thresholdsPerRegister()
{
    Sites sites(*m_shop->store);
    auto list = sites.thresholds(m_shop->supervisor);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().varianceThresholdCents, 500);
    QVERIFY(sites.setThreshold(m_shop->admin, list->first().stationId, 1500).ok());
    QCOMPARE(m_shop->store->station().varianceThresholdCents, 1500);
    auto negative = sites.setThreshold(m_shop->admin, list->first().stationId, -1);
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().code, ErrorCode::InvalidInput);
    QCOMPARE(sites.thresholds(m_shop->admin)->first().varianceThresholdCents, 1500);
    auto unknown = sites.setThreshold(m_shop->admin, QStringLiteral("nope"), 100);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void TestSites::onlySuperAdminAddsASite()
{
    SiteSettings site;
    site.name = QStringLiteral("Antenne de Rumilly");
    auto refused = Sites(*m_shop->store).create(m_shop->admin, site);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    Actor super = m_shop->admin;
    super.role = Role::SuperAdmin;
    auto created = Sites(*m_shop->store).create(super, site);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QCOMPARE(Sites(*m_shop->store).list(super)->size(), 2);
    QCOMPARE(Sites(*m_shop->store).list(m_shop->admin)->size(), 1);
}

void TestSites::adminCannotChangeAnotherSite()
{
    Actor super = m_shop->admin;
    super.role = Role::SuperAdmin;
    SiteSettings other;
    other.name = QStringLiteral("Antenne");
    auto created = Sites(*m_shop->store).create(super, other);
    QVERIFY(created.ok());
    SiteSettings changed = *created;
    changed.name = QStringLiteral("Piratée");
    auto refused = Sites(*m_shop->store).save(m_shop->admin, changed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(Sites(*m_shop->store).find(super, created->id)->name, QStringLiteral("Antenne"));
}

QTEST_GUILESS_MAIN(TestSites)
#include "tst_sites.moc"
