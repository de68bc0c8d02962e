// The devices page: settings per station, the live reading of a simulated scale on a
// pseudo-terminal, the customer display's test message, the drawer through core's audit.
#include "core/customerdisplay.h"
#include "core/money.h"
#include "core/scale.h"
#include "tests/support/pseudoterminal.h"
#include "tests/support/simulatedscale.h"
#include "tests/support/testshop.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/devicespage.h"
#include "ui/common/receiptoutput.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using recaisse::test::PseudoTerminal;
using recaisse::test::SimulatedScale;
using recaisse::test::TestShop;

namespace {

void click(QWidget *page, const char *name)
{
    auto *button = page->findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void chooseData(QComboBox *box, const QString &data)
{
    box->setCurrentIndex(box->findData(data));
}

} // namespace

class TestDevicesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void isAPageOfThePanel();
    void liveReadingFromTheScale();
    void theStationsScaleIsPausedWhileThePageReads();
    void scaleSettingsAreKeptForTheStation();
    void supervisorCannotChangeThem();
    void displayTestMessage();
    void drawerOpensThroughCoreAndIsAudited();

private:
    QTemporaryDir m_settings;
};

void TestDevicesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ReCaisseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("DevicesPage"));
}

void TestDevicesPage::init()
{
    QSettings().clear();
}

void TestDevicesPage::isAPageOfThePanel()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    ui::AdminPanel panel(*shop->store, shop->admin);
    QVERIFY(panel.showPage(QStringLiteral("devices")));
    QCOMPARE(panel.currentPage(), QStringLiteral("devices"));
    QVERIFY(panel.devicesPage());
    QCOMPARE(panel.findChild<QStackedWidget *>(QStringLiteral("adminPages"))->currentWidget(),
        static_cast<QWidget *>(panel.devicesPage()));
}

void TestDevicesPage::liveReadingFromTheScale()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    ui::DevicesPage page(*shop->store, shop->admin);
    page.show();
    SimulatedScale simulated(core::ScaleProtocol::Continuous);
    QVERIFY(simulated.isOpen());
    simulated.setWeight(1500, false);
    page.scalePort()->setCurrentText(simulated.slavePath());
    chooseData(page.scaleProtocol(), QStringLiteral("continuous"));
    click(&page, "connectScaleButton");
    QTRY_COMPARE(page.scaleReading()->text(), QStringLiteral("Unstable"));
    simulated.setWeight(1234, true);
    QTRY_COMPARE(page.scaleReading()->text(), core::weight::format(1234));
    simulated.unplug();
    QTRY_VERIFY(page.scaleReading()->text().contains(QStringLiteral("disconnected")));
    QVERIFY(page.messageLabel()->text().contains(simulated.slavePath()));
}

void TestDevicesPage::theStationsScaleIsPausedWhileThePageReads()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    SimulatedScale simulated(core::ScaleProtocol::MtSics);
    simulated.setWeight(720, true);
    core::ScaleSettings settings;
    settings.port = simulated.slavePath();
    core::Scale station(settings);
    QVERIFY(station.start());
    {
        ui::DevicesPage page(*shop->store, shop->admin);
        page.setStationScale(&station);
        page.scalePort()->setCurrentText(simulated.slavePath());
        chooseData(page.scaleProtocol(), QStringLiteral("mt-sics"));
        click(&page, "connectScaleButton");
        // The port is the page's now (a serial port opens once).
        QVERIFY(!station.isOpen());
        QTRY_COMPARE(page.scaleReading()->text(), core::weight::format(720));
    }
    QVERIFY(station.isOpen());
    QTRY_COMPARE(station.stableGrams(), std::optional<qint64>(720));
}

void TestDevicesPage::scaleSettingsAreKeptForTheStation()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    {
        ui::DevicesPage page(*shop->store, shop->admin);
        page.scalePort()->setCurrentText(QStringLiteral("/dev/ttyUSB0"));
        chooseData(page.scaleProtocol(), QStringLiteral("toledo8217"));
        page.findChild<QComboBox *>(QStringLiteral("scaleBaud"))
            ->setCurrentText(QStringLiteral("4800"));
        chooseData(
            page.findChild<QComboBox *>(QStringLiteral("scaleParity")), QStringLiteral("even"));
        page.findChild<QComboBox *>(QStringLiteral("scaleDataBits"))->setCurrentIndex(1);
        click(&page, "saveScaleButton");
        QVERIFY(page.messageLabel()->isVisibleTo(&page));
    }
    const auto saved = core::ScaleSettings::fromSettings(QSettings());
    QCOMPARE(saved.port, QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(saved.protocol, core::ScaleProtocol::Toledo8217);
    QCOMPARE(saved.baud, 4800);
    QCOMPARE(saved.parity, QSerialPort::EvenParity);
    QCOMPARE(saved.dataBits, QSerialPort::Data7);
    // Shown again as saved.
    ui::DevicesPage again(*shop->store, shop->admin);
    QCOMPARE(again.scaleSettings().port, saved.port);
    QCOMPARE(again.scaleSettings().protocol, saved.protocol);
    QCOMPARE(again.scaleSettings().baud, saved.baud);
}

void TestDevicesPage::supervisorCannotChangeThem()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    ui::DevicesPage page(*shop->store, shop->supervisor);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("saveScaleButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("saveDisplayButton"))->isEnabled());
    QVERIFY(!page.scalePort()->isEnabled());
    page.saveScale(); // refused even when called directly
    QVERIFY(!QSettings().contains(QStringLiteral("scale/port")));
}

void TestDevicesPage::displayTestMessage()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    PseudoTerminal pty;
    QVERIFY(pty.isOpen());
    ui::DevicesPage page(*shop->store, shop->admin);
    page.displayPort()->setCurrentText(pty.slavePath());
    click(&page, "testDisplayButton");
    const core::PoleDisplayText text;
    const QByteArray expected = text.initialize() + text.welcome(shop->store->site().name);
    QTRY_COMPARE(pty.received(), expected);
    QVERIFY(!page.messageLabel()->text().isEmpty());
}

void TestDevicesPage::drawerOpensThroughCoreAndIsAudited()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    const QString device = shop->dir.filePath(QStringLiteral("lp0"));
    QSettings().setValue(QStringLiteral("printer/escposDevice"), device);
    ui::DevicesPage page(*shop->store, shop->admin);
    QVERIFY(page.receiptOutput()->hasDrawer());
    click(&page, "openDrawerButton");
    QCOMPARE(test::auditCount(*shop->store, QStringLiteral("drawer.open")), 1);
    QTRY_VERIFY(QFile(device).size() > 0);
    QFile kick(device);
    QVERIFY(kick.open(QIODevice::ReadOnly));
    QVERIFY(kick.readAll().contains(QByteArray("\x1bp\x00", 3)));

    // A cashier is refused by core, and nothing is sent.
    ui::DevicesPage cashier(*shop->store, shop->cashier);
    cashier.openDrawer();
    QCOMPARE(test::auditCount(*shop->store, QStringLiteral("drawer.open")), 1);
    QVERIFY(!cashier.messageLabel()->text().isEmpty());
}

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
