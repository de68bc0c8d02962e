#include "core/admin/sites.h"
#include "tests/support/testshop.h"
#include "ui/cashier/salescreen.h"
#include "ui/common/branding.h"
#include "ui/common/homescreen.h"
#include "ui/common/loginscreen.h"
#include "ui/common/mainwindow.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace recaisse;
using recaisse::test::TestShop;

namespace {

QByteArray pngLogo(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x6A, 0x1B, 0x9A));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString windowSheet(const ui::MainWindow &window)
{
    // MainWindow::styleSheet() is the application's sheet; the window's own is QWidget's.
    return static_cast<const QWidget &>(window).styleSheet();
}

} // namespace

// The site's branding, saved in the back office, on the cashier screens: its colours instead of
// the default green, its logo in the top bands.
class TestBranding : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultLookWithoutBranding();
    void coloursAndLogoOnTheScreens();
    void changedBrandingIsReadAgainAtHome();
    void tooLightPrimaryKeepsTheDefault();
    void invalidColourIsRefusedByCore();

private:
    core::SiteSettings current();
    void save(const core::SiteSettings &site);
    std::unique_ptr<TestShop> m_shop;
};

void TestBranding::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shop = TestShop::create();
    QVERIFY(m_shop);
}

core::SiteSettings TestBranding::current()
{
    auto site = core::Sites(*m_shop->store).find(m_shop->admin, m_shop->store->site().id);
    if (!site)
        qWarning("%s", qPrintable(site.error().message));
    return site.ok() ? *site : core::SiteSettings{};
}

void TestBranding::save(const core::SiteSettings &site)
{
    auto saved = core::Sites(*m_shop->store).save(m_shop->admin, site);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
}

void TestBranding::defaultLookWithoutBranding()
{
    ui::MainWindow window(*m_shop->store);
    QVERIFY(windowSheet(window).isEmpty()); // the application's sheet applies
    auto *logo = window.loginScreen()->findChild<QLabel *>(QStringLiteral("siteLogo"));
    QVERIFY(logo);
    QVERIFY(logo->isHidden());
    QVERIFY(ui::MainWindow::styleSheet().contains(QStringLiteral("#2E7D32")));
}

void TestBranding::coloursAndLogoOnTheScreens()
{
    core::SiteSettings site = current();
    site.name = QStringLiteral("Ressourcerie du Canal");
    site.primaryColor = QStringLiteral("#6a1b9a");
    site.accentColor = QStringLiteral("#CE93D8");
    site.logo = pngLogo(QSize(200, 100));
    save(site);

    ui::MainWindow window(*m_shop->store);
    const QString sheet = windowSheet(window);
    QVERIFY(sheet.contains(QStringLiteral("#6A1B9A")));
    QVERIFY(sheet.contains(QStringLiteral("#CE93D8")));
    QVERIFY(!sheet.contains(QStringLiteral("#2E7D32")));
    QVERIFY(!sheet.contains(QStringLiteral("#1B5E20")));
    QVERIFY(!sheet.contains(QStringLiteral("#A5D6A7")));
    QVERIFY(window.windowTitle().contains(site.name));
    // The sale screen's own sheet too (its totals and titles), not the category colours.
    QVERIFY(window.saleScreen()->styleSheet().contains(QStringLiteral("#6A1B9A")));
    QVERIFY(!window.saleScreen()->styleSheet().contains(QStringLiteral("#1B5E20")));

    auto *loginLogo = window.loginScreen()->findChild<QLabel *>(QStringLiteral("siteLogo"));
    QVERIFY(loginLogo);
    QVERIFY(!loginLogo->isHidden());
    QVERIFY(!loginLogo->pixmap().isNull());
    QCOMPARE(loginLogo->pixmap().height(), 48);
    QCOMPARE(loginLogo->pixmap().width(), 96);
    auto *siteName = window.loginScreen()->findChild<QLabel *>(QStringLiteral("siteName"));
    QVERIFY(siteName);
    QCOMPARE(siteName->text(), site.name);

    window.enter(m_shop->cashier);
    QCOMPARE(window.currentScreen(), window.homeScreen());
    auto *homeLogo = window.homeScreen()->findChild<QLabel *>(QStringLiteral("siteLogo"));
    QVERIFY(homeLogo);
    QVERIFY(!homeLogo->isHidden());
    QCOMPARE(homeLogo->pixmap().height(), 48);
}

void TestBranding::changedBrandingIsReadAgainAtHome()
{
    ui::MainWindow window(*m_shop->store);
    window.enter(m_shop->admin);
    QVERIFY(windowSheet(window).isEmpty());

    core::SiteSettings site = current();
    site.primaryColor = QStringLiteral("#0D47A1");
    site.logo = pngLogo(QSize(48, 48));
    save(site);
    window.showHome();
    QVERIFY(windowSheet(window).contains(QStringLiteral("#0D47A1")));
    auto *homeLogo = window.homeScreen()->findChild<QLabel *>(QStringLiteral("siteLogo"));
    QVERIFY(homeLogo && !homeLogo->pixmap().isNull());

    // Back to the default: the colour and the logo go away at the next log out.
    site.primaryColor.clear();
    site.logo.clear();
    save(site);
    window.logOut();
    QVERIFY(windowSheet(window).isEmpty());
    QVERIFY(window.saleScreen()->styleSheet().contains(QStringLiteral("#1B5E20")));
    auto *loginLogo = window.loginScreen()->findChild<QLabel *>(QStringLiteral("siteLogo"));
    QVERIFY(loginLogo && loginLogo->isHidden());
}

void TestBranding::tooLightPrimaryKeepsTheDefault()
{
    // White text on yellow cannot be read: the default green stays; the accent still applies.
    core::SiteSettings site = current();
    site.primaryColor = QStringLiteral("#FFEB3B");
    site.accentColor = QStringLiteral("#FFEB3B");
    QVERIFY(ui::branding::luminance(QColor(0xFF, 0xEB, 0x3B)) > ui::branding::maxPrimaryLuminance);
    QVERIFY(!ui::branding::primaryColor(site.primaryColor).isValid());
    QVERIFY(ui::branding::primaryColor(QStringLiteral("#2E7D32")).isValid());
    save(site);

    ui::MainWindow window(*m_shop->store);
    const QString sheet = windowSheet(window);
    QVERIFY(sheet.contains(QStringLiteral("#2E7D32")));
    QVERIFY(sheet.contains(QStringLiteral("#FFEB3B")));
    QVERIFY(!sheet.contains(QStringLiteral("#A5D6A7")));

    // What core would refuse anyway never reaches the sheet.
    core::SiteSettings odd = site;
    odd.primaryColor = QStringLiteral("#000000; background: url(x)");
    odd.accentColor = QStringLiteral("red");
    const QString base = ui::MainWindow::styleSheet();
    QCOMPARE(ui::branding::styleSheet(base, odd), base);
}

void TestBranding::invalidColourIsRefusedByCore()
{
    core::SiteSettings site = current();
    site.primaryColor = QStringLiteral("#6A1B9A");
    save(site);

    for (const QString &bad :
        {QStringLiteral("purple"), QStringLiteral("#6A1B9"), QStringLiteral("#6A1B9A;color:red")}) {
        core::SiteSettings changed = current();
        changed.primaryColor = bad;
        auto saved = core::Sites(*m_shop->store).save(m_shop->admin, changed);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, core::ErrorCode::InvalidInput);
    }
    auto branding = core::Sites(*m_shop->store).branding();
    QVERIFY2(branding.ok(), qPrintable(branding.error().message));
    QCOMPARE(branding->primaryColor, QStringLiteral("#6A1B9A"));

    ui::MainWindow window(*m_shop->store);
    QVERIFY(windowSheet(window).contains(QStringLiteral("#6A1B9A")));
}

QTEST_MAIN(TestBranding)
#include "tst_branding.moc"
