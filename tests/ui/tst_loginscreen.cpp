#include "core/admin/useradmin.h"
#include "core/clock.h"
#include "core/demoshop.h"
#include "core/store.h"
#include "core/users.h"
#include "ui/common/loginscreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace recaisse;

namespace {
const QString adminPin = QStringLiteral("123456");
const QString cashierPin = QStringLiteral("4321");
const QString cashierName = QStringLiteral("Camille");
} // namespace

class TestLoginScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsOneTilePerActiveUser();
    void refusesWithoutAChosenUser();
    void wrongPinShowsTheErrorAndClearsThePin();
    void fiveWrongPinsLockTheAccount();
    void rightPinTypedOnTheKeyboardLogsIn();
    void shortAdministratorPinMustBeChanged();
    void importedPersonChoosesThePinAtFirstLogin();
    void keypadWorksWithTheMouse();
    void digitsTypedOnATileGoToThePin();
    void escapeClearsThePin();
    void demoBannerOnlyForTheDemoShop();

private:
    std::unique_ptr<core::Store> createStore(const QString &fileName, bool demo = false);
    QList<QPushButton *> tiles() const;
    QPushButton *tile(const QString &userName) const;
    QLineEdit *pinField() const;
    QLabel *errorLabel() const;
    QPushButton *key(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::LoginScreen> m_screen;
    QString m_cashierId;
};

void TestLoginScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<core::Store> TestLoginScreen::createStore(const QString &fileName, bool demo)
{
    core::StationSetup setup;
    setup.siteName = QStringLiteral("Ressourcerie du test");
    setup.stationCode = QStringLiteral("CAISSE1");
    setup.kind = core::StationKind::Register;
    setup.adminName = QStringLiteral("Admin");
    setup.adminPin = adminPin;
    setup.demo = demo;
    auto store = core::Store::create(m_dir->filePath(fileName), setup, *m_clock);
    if (!store) {
        qWarning("%s", qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(store.value());
}

void TestLoginScreen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<core::ManualClock>(
        QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc()));
    m_store = createStore(QStringLiteral("station.sqlite"));
    QVERIFY(m_store);

    core::Users users(*m_store);
    const auto admin = users.findByName(QStringLiteral("Admin"));
    QVERIFY(admin.ok());
    const auto actor = users.login(admin->id, adminPin);
    QVERIFY2(actor.ok(), qPrintable(actor.error().message));
    const auto cashier = users.create(actor.value(), cashierName, core::Role::Cashier, cashierPin);
    QVERIFY2(cashier.ok(), qPrintable(cashier.error().message));
    m_cashierId = cashier->id;

    m_screen = std::make_unique<ui::LoginScreen>(*m_store);
    m_screen->resize(1366, 700);
    m_screen->show();
    m_screen->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
}

void TestLoginScreen::cleanup()
{
    m_screen.reset();
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

QList<QPushButton *> TestLoginScreen::tiles() const
{
    return m_screen->findChildren<QPushButton *>(QStringLiteral("userTile"));
}

QPushButton *TestLoginScreen::tile(const QString &userName) const
{
    const QList<QPushButton *> all = tiles();
    for (QPushButton *button : all) {
        if (button->text().startsWith(userName + QLatin1Char('\n')))
            return button;
    }
    return nullptr;
}

QLineEdit *TestLoginScreen::pinField() const
{
    return m_screen->findChild<QLineEdit *>(QStringLiteral("pinField"));
}

QLabel *TestLoginScreen::errorLabel() const
{
    return m_screen->findChild<QLabel *>(QStringLiteral("errorLabel"));
}

QPushButton *TestLoginScreen::key(const QString &name) const
{
    return m_screen->findChild<QPushButton *>(name);
}

void TestLoginScreen::listsOneTilePerActiveUser()
{
    QCOMPARE(tiles().size(), 2);
    QPushButton *admin = tile(QStringLiteral("Admin"));
    QPushButton *cashier = tile(cashierName);
    QVERIFY(admin);
    QVERIFY(cashier);
    QVERIFY(cashier->text().endsWith(core::displayName(core::Role::Cashier)));
    QVERIFY(admin->text().endsWith(core::displayName(core::Role::Admin)));
    for (QPushButton *button : tiles()) {
        QVERIFY(button->isCheckable());
        QVERIFY(button->height() >= 48);
    }
    QVERIFY(m_screen->selectedUserId().isEmpty());
}

void TestLoginScreen::refusesWithoutAChosenUser()
{
    QSignalSpy spy(m_screen.get(), &ui::LoginScreen::loggedIn);
    QTest::keyClicks(pinField(), cashierPin);
    QTest::keyClick(pinField(), Qt::Key_Return);
    QCOMPARE(errorLabel()->text(), ui::LoginScreen::tr("Choose your name first"));
    QCOMPARE(spy.count(), 0);
}

void TestLoginScreen::wrongPinShowsTheErrorAndClearsThePin()
{
    QSignalSpy spy(m_screen.get(), &ui::LoginScreen::loggedIn);
    QTest::mouseClick(tile(cashierName), Qt::LeftButton);
    QCOMPARE(m_screen->selectedUserId(), m_cashierId);

    QTest::keyClicks(pinField(), QStringLiteral("0000"));
    QCOMPARE(pinField()->text(), QStringLiteral("0000"));
    QTest::keyClick(pinField(), Qt::Key_Return);

    QCOMPARE(errorLabel()->text(),
        core::Users::tr(
            "Wrong PIN. %n attempt(s) left.", nullptr, core::Users::maxFailedAttempts - 1));
    QVERIFY(pinField()->text().isEmpty());
    QCOMPARE(spy.count(), 0);
}

void TestLoginScreen::fiveWrongPinsLockTheAccount()
{
    QSignalSpy spy(m_screen.get(), &ui::LoginScreen::loggedIn);
    QTest::mouseClick(tile(cashierName), Qt::LeftButton);
    for (int attempt = 0; attempt < core::Users::maxFailedAttempts; ++attempt) {
        QTest::keyClicks(pinField(), QStringLiteral("9999"));
        QTest::keyClick(pinField(), Qt::Key_Return);
        QVERIFY(pinField()->text().isEmpty());
    }
    QCOMPARE(errorLabel()->text(),
        core::Users::tr("Wrong PIN. Too many attempts: the account is locked for %n "
                        "minute(s).",
            nullptr, core::Users::lockMinutes));

    // Even the right PIN is refused now, with core's lockout message.
    QTest::keyClicks(pinField(), cashierPin);
    QTest::keyClick(pinField(), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY(errorLabel()->text().contains(cashierName));
    const auto user = core::Users(*m_store).find(m_cashierId);
    QVERIFY(user.ok());
    QVERIFY(user->locked);
}

void TestLoginScreen::rightPinTypedOnTheKeyboardLogsIn()
{
    QSignalSpy spy(m_screen.get(), &ui::LoginScreen::loggedIn);
    m_screen->selectUser(m_cashierId);
    pinField()->setFocus();
    QTest::keyClicks(pinField(), cashierPin);
    QTest::keyClick(pinField(), Qt::Key_Enter);

    QCOMPARE(spy.count(), 1);
    const auto actor = spy.at(0).at(0).value<core::Actor>();
    QCOMPARE(actor.userId, m_cashierId);
    QCOMPARE(actor.name, cashierName);
    QCOMPARE(actor.role, core::Role::Cashier);
    QCOMPARE(actor.siteId, m_store->site().id);
    QVERIFY(errorLabel()->text().isEmpty());
    QVERIFY(pinField()->text().isEmpty());
}

void TestLoginScreen::shortAdministratorPinMustBeChanged()
{
    // The cashier becomes an administrator with their 4-digit PIN: at the next login the screen
    // asks for a new one, then logs them in with it.
    core::Users users(*m_store);
    const auto admin = users.login(users.findByName(QStringLiteral("Admin"))->id, adminPin);
    QVERIFY(admin.ok());
    QVERIFY(core::UserAdministration(*m_store).setRole(*admin, m_cashierId, core::Role::Admin));
    m_screen->reset();
    QStringList asked;
    std::optional<QString> answer; // first: the person gives up
    m_screen->setNewPinPrompt([&](const QString &name) {
        asked << name;
        return answer;
    });
    QSignalSpy spy(m_screen.get(), &ui::LoginScreen::loggedIn);
    const auto logIn = [&] {
        m_screen->selectUser(m_cashierId);
        pinField()->setFocus();
        QTest::keyClicks(pinField(), cashierPin);
        QTest::keyClick(pinField(), Qt::Key_Enter);
    };
    logIn();
    QCOMPARE(asked, QStringList{cashierName});
    QCOMPARE(spy.count(), 0);
    QVERIFY(errorLabel()->text().contains(QLatin1String("6")));
    answer = QStringLiteral("97531");
    logIn();
    QCOMPARE(spy.count(), 0);
    QVERIFY2(
        errorLabel()->text().contains(QLatin1String("6 to 8")), qPrintable(errorLabel()->text()));
    answer = QStringLiteral("975310");
    logIn();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<core::Actor>().role, core::Role::Admin);
    QVERIFY(users.login(m_cashierId, QStringLiteral("975310")).ok());
}

void TestLoginScreen::importedPersonChoosesThePinAtFirstLogin()
{
    // Someone imported from the team's spreadsheet has no PIN: whatever they type first, the
    // screen asks for theirs, then logs them in with it.
    core::Users users(*m_store);
    const auto admin = users.login(users.findByName(QStringLiteral("Admin"))->id, adminPin);
    QVERIFY(admin.ok());
    const auto imported =
        users.createAwaitingPin(*admin, QStringLiteral("Nouvelle"), core::Role::Reception);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    m_screen->reset();
    QVERIFY(tile(QStringLiteral("Nouvelle")));
    QStringList asked;
    m_screen->setNewPinPrompt([&](const QString &name) {
        asked << name;
        return std::optional<QString>(QStringLiteral("8642"));
    });
    QSignalSpy spy(m_screen.get(), &ui::LoginScreen::loggedIn);
    m_screen->selectUser(imported->id);
    pinField()->setFocus();
    QTest::keyClicks(pinField(), QStringLiteral("0000"));
    QTest::keyClick(pinField(), Qt::Key_Enter);
    QCOMPARE(asked, QStringList{QStringLiteral("Nouvelle")});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<core::Actor>().role, core::Role::Reception);
    // From now on only that PIN opens the account.
    QVERIFY(!users.login(imported->id, QStringLiteral("0000")).ok());
    QVERIFY(users.login(imported->id, QStringLiteral("8642")).ok());
}

void TestLoginScreen::keypadWorksWithTheMouse()
{
    QSignalSpy spy(m_screen.get(), &ui::LoginScreen::loggedIn);
    for (const QString &name :
        {QStringLiteral("key1"), QStringLiteral("key2"), QStringLiteral("key3"),
            QStringLiteral("key4"), QStringLiteral("key5"), QStringLiteral("key6"),
            QStringLiteral("key7"), QStringLiteral("key8"), QStringLiteral("key9"),
            QStringLiteral("key0"), QStringLiteral("keyClear"), QStringLiteral("keyOk")}) {
        QPushButton *button = key(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY(button->width() >= 64);
        QVERIFY(button->height() >= 64);
    }

    QTest::mouseClick(key(QStringLiteral("key7")), Qt::LeftButton);
    QTest::mouseClick(key(QStringLiteral("key0")), Qt::LeftButton);
    QCOMPARE(pinField()->text(), QStringLiteral("70"));
    QTest::mouseClick(key(QStringLiteral("keyClear")), Qt::LeftButton);
    QVERIFY(pinField()->text().isEmpty());

    // No name chosen yet: OK explains instead of failing silently.
    QTest::mouseClick(key(QStringLiteral("keyOk")), Qt::LeftButton);
    QCOMPARE(errorLabel()->text(), ui::LoginScreen::tr("Choose your name first"));

    QTest::mouseClick(tile(QStringLiteral("Admin")), Qt::LeftButton);
    QVERIFY(errorLabel()->text().isEmpty());
    for (const QChar digit : adminPin)
        QTest::mouseClick(key(QStringLiteral("key") + digit), Qt::LeftButton);
    QCOMPARE(pinField()->text(), adminPin);
    QTest::mouseClick(key(QStringLiteral("keyOk")), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<core::Actor>().role, core::Role::Admin);
}

void TestLoginScreen::digitsTypedOnATileGoToThePin()
{
    QPushButton *cashier = tile(cashierName);
    cashier->setFocus();
    QTest::keyClick(cashier, Qt::Key_Space);
    QCOMPARE(m_screen->selectedUserId(), m_cashierId);
    QTest::keyClicks(cashier, QStringLiteral("12"));
    QCOMPARE(pinField()->text(), QStringLiteral("12"));
    QVERIFY(pinField()->hasFocus());
    // The PIN field never takes more than 8 digits.
    QTest::keyClicks(pinField(), QStringLiteral("3456789"));
    QCOMPARE(pinField()->text(), QStringLiteral("12345678"));
}

void TestLoginScreen::escapeClearsThePin()
{
    QTest::keyClicks(pinField(), QStringLiteral("123"));
    QTest::keyClick(pinField(), Qt::Key_Escape);
    QVERIFY(pinField()->text().isEmpty());
    QTest::keyClicks(pinField(), QStringLiteral("abc"));
    QVERIFY(pinField()->text().isEmpty());
}

void TestLoginScreen::demoBannerOnlyForTheDemoShop()
{
    auto *banner = m_screen->findChild<QWidget *>(QStringLiteral("demoBanner"));
    QVERIFY(banner);
    QVERIFY(!m_store->isDemo());
    QVERIFY(!banner->isVisible());

    // The banner comes from the site's flag: a real shop never takes the demo people.
    QVERIFY(!core::DemoShop(*m_store, *m_clock).ensurePeople().ok());
    auto demo = createStore(QStringLiteral("demo.sqlite"), true);
    QVERIFY(demo);
    QVERIFY(demo->isDemo());
    QVERIFY(core::DemoShop(*demo, *m_clock).ensurePeople().ok());

    ui::LoginScreen demoScreen(*demo);
    demoScreen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&demoScreen));
    auto *demoBanner = demoScreen.findChild<QWidget *>(QStringLiteral("demoBanner"));
    QVERIFY(demoBanner);
    QVERIFY(demoBanner->isVisible());
    auto *people = demoScreen.findChild<QLabel *>(QStringLiteral("demoPeople"));
    QVERIFY(people);
    QVERIFY(!core::demoPeople().isEmpty());
    for (const core::DemoPerson &person : core::demoPeople()) {
        QVERIFY(people->text().contains(QString::fromUtf8(person.name)));
        QVERIFY(people->text().contains(QString::fromLatin1(person.pin)));
    }
    // The demo people can log in from their tiles.
    QVERIFY(demoScreen.findChildren<QPushButton *>(QStringLiteral("userTile")).size()
        >= core::demoPeople().size());
}

QTEST_MAIN(TestLoginScreen)
#include "tst_loginscreen.moc"
