#include "core/cashsession.h"
#include "core/store.h"
#include "tests/support/testshop.h"
#include "ui/admin/auditpage.h"
#include "ui/cashier/cashmovementscreen.h"
#include "ui/cashier/closesessionscreen.h"
#include "ui/cashier/refundscreen.h"
#include "ui/cashier/zreportview.h"
#include "ui/common/mainwindow.h"
#include "ui/common/touchkeyboard.h"
#include "ui/common/touchkeyboarddock.h"
#include "ui/reception/depositscreen.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace recaisse;
using Mode = ui::TouchKeyboardDock::Mode;

namespace {

const QSize registerScreen(1024, 768);

// Counts the key presses that came from a physical keyboard (spontaneous ones).
class PhysicalKeys : public QObject
{
public:
    PhysicalKeys() { qApp->installEventFilter(this); }
    ~PhysicalKeys() override { qApp->removeEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && event->spontaneous())
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// Where the renders go: RECAISSE_TEST_SCREENSHOTS to keep them, a temporary folder otherwise.
QString screenshotPath(const QString &name)
{
    static QTemporaryDir temporary;
    const QString kept = qEnvironmentVariable("RECAISSE_TEST_SCREENSHOTS");
    const QString dir = kept.isEmpty() ? temporary.path() : kept;
    QDir().mkpath(dir);
    return QDir(dir).filePath(name + QStringLiteral(".png"));
}

// A field added under the others of a plain window.
template<typename Field>
Field *addField(QWidget &window)
{
    if (!window.layout())
        new QVBoxLayout(&window);
    auto *field = new Field(&window);
    window.layout()->addWidget(field);
    return field;
}

} // namespace

class TestTouchKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typesAnAccentedVarianceCommentWithTapsOnly();
    void shiftIsOneShotAndCapsLockStays();
    void backspaceErases();
    void validatorsCompletersAndSignalsSeeTheKeys();
    void enterGoesToTheNextTextField();
    void editableComboBoxesTakeIt();
    void numericFieldsDoNotOpenIt();
    void theListedFieldsOpenIt();
    void hideKeyKeepsItAwayUntilTheFieldIsTapped();
    void physicalKeyboardEndsTheAutomaticMode();
    void keysAreTouchSizedAndFitTheScreen();
    void smallWindowGetsItAtTheBottomOfTheScreen();
    void mainWindowReadsTheStationSetting();

private:
    // Taps the key that types this character (switching layer and shift as a person would).
    void tap(ui::TouchKeyboard *keyboard, const QString &name);
    void typeOn(ui::TouchKeyboard *keyboard, const QString &text);
    void showWindow(QWidget *window);
    // Shows the field's window if need be, gives the field the focus, waits for the keyboard.
    void focusWithKeyboard(ui::TouchKeyboardDock &dock, QWidget *field);

    std::unique_ptr<test::TestShop> m_shop;
};

void TestTouchKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile style(QStringLiteral(":/style/recaisse.qss"));
    if (style.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
}

void TestTouchKeyboard::init()
{
    QSettings().clear();
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
}

void TestTouchKeyboard::cleanup()
{
    m_shop.reset();
    QSettings().clear();
}

void TestTouchKeyboard::showWindow(QWidget *window)
{
    window->resize(registerScreen);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Focus goes to the fields of the active window only.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

void TestTouchKeyboard::focusWithKeyboard(ui::TouchKeyboardDock &dock, QWidget *field)
{
    if (!field->window()->isVisible())
        showWindow(field->window());
    field->setFocus();
    QTRY_VERIFY(dock.isKeyboardShown());
}

void TestTouchKeyboard::tap(ui::TouchKeyboard *keyboard, const QString &name)
{
    QAbstractButton *key = keyboard->key(name);
    if (!key) {
        QTest::mouseClick(keyboard->key(QStringLiteral("layer")), Qt::LeftButton);
        key = keyboard->key(name);
    }
    QVERIFY2(key, qPrintable(name));
    QVERIFY(key->isVisible());
    QTest::mouseClick(key, Qt::LeftButton);
}

void TestTouchKeyboard::typeOn(ui::TouchKeyboard *keyboard, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char(' ')) {
            tap(keyboard, QStringLiteral("space"));
            continue;
        }
        const QString lower = QString(c).toLower();
        const bool upper = lower != QString(c);
        if (upper != keyboard->isCapsLock()) {
            QVERIFY(!keyboard->isShifted());
            tap(keyboard, QStringLiteral("shift"));
        }
        tap(keyboard, lower);
    }
}

void TestTouchKeyboard::typesAnAccentedVarianceCommentWithTapsOnly()
{
    PhysicalKeys physical;
    ui::TouchKeyboardDock dock(Mode::Automatic);
    QVERIFY(core::CashSessions(*m_shop->store).open(m_shop->cashier, 10000).ok());
    ui::CloseSessionScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    const QString adminId = m_shop->admin.userId;
    screen.setUnlockPrompt([adminId](const QString &) {
        return std::optional<core::Unlock>(core::Unlock{adminId, QStringLiteral("123456")});
    });
    showWindow(&screen);
    QSignalSpy closed(&screen, &ui::CloseSessionScreen::sessionClosed);

    // The count has its own fields (numbers, no letters keyboard); filled without key events.
    const std::pair<int, int> counts[] = {{5000, 1}, {1000, 3}, {100, 0}};
    for (const auto &[cents, pieces] : counts) {
        auto *field = screen.findChild<QLineEdit *>(QStringLiteral("count_%1").arg(cents));
        QVERIFY(field);
        field->setText(QString::number(pieces));
    }
    auto *comment = screen.findChild<QLineEdit *>(QStringLiteral("commentField"));
    QVERIFY(comment);
    QVERIFY(!dock.isKeyboardShown());
    QTest::mouseClick(
        screen.findChild<QPushButton *>(QStringLiteral("validateCountButton")), Qt::LeftButton);
    QCOMPARE(screen.step(), ui::CloseSessionScreen::Step::Review);

    // The comment takes the focus: the keyboard comes up at the bottom, below the field.
    QTRY_VERIFY(dock.isKeyboardShown());
    ui::TouchKeyboard *keyboard = dock.keyboard();
    QCOMPARE(keyboard->parentWidget(), &screen);
    QCOMPARE(keyboard->geometry().bottom(), screen.rect().bottom());
    QCOMPARE(keyboard->width(), screen.width());
    const QRect commentRect(comment->mapTo(&screen, QPoint(0, 0)), comment->size());
    QVERIFY(!commentRect.intersects(keyboard->geometry()));

    const QString text = QStringLiteral("Écart dû à une pièce de 2 € égarée");
    typeOn(keyboard, text);
    QCOMPARE(comment->text(), text);
    QVERIFY(comment->hasFocus());
    QVERIFY(screen.grab().save(screenshotPath(QStringLiteral("touchkeyboard-close-1024x768"))));

    // Enter on the keyboard closes the register, as Enter in the field does.
    tap(keyboard, QStringLiteral("enter"));
    QCOMPARE(closed.count(), 1);
    QCOMPARE(screen.step(), ui::CloseSessionScreen::Step::Report);
    const auto report = closed.at(0).at(0).value<core::ZReport>();
    QCOMPARE(report.comment, text);
    // Stored: the Z report read back from the database says it, and so does its rendering.
    const auto stored = core::CashSessions(*m_shop->store).zReport(report.stamp.seq);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored->comment, text);
    QVERIFY(screen.reportView()->text().contains(QStringLiteral("Écart dû à une pièce")));
    QVERIFY(!core::CashSessions(*m_shop->store).current());

    // The field is gone: so is the keyboard. No physical key was ever pressed.
    QTRY_VERIFY(!dock.isKeyboardShown());
    QCOMPARE(physical.count, 0);
    QVERIFY(!dock.physicalKeyboardSeen());
}

void TestTouchKeyboard::shiftIsOneShotAndCapsLockStays()
{
    ui::TouchKeyboardDock dock(Mode::Always);
    QWidget window;
    auto *field = addField<QLineEdit>(window);
    focusWithKeyboard(dock, field);
    ui::TouchKeyboard *keyboard = dock.keyboard();

    tap(keyboard, QStringLiteral("shift"));
    QVERIFY(keyboard->isShifted());
    QCOMPARE(keyboard->key(QStringLiteral("a"))->text(), QStringLiteral("A"));
    tap(keyboard, QStringLiteral("a"));
    QVERIFY(!keyboard->isShifted());
    tap(keyboard, QStringLiteral("a"));
    QCOMPARE(field->text(), QStringLiteral("Aa"));

    tap(keyboard, QStringLiteral("caps"));
    QVERIFY(keyboard->isCapsLock());
    tap(keyboard, QStringLiteral("ç"));
    tap(keyboard, QStringLiteral("a"));
    // The accents keep the caps lock: Œ, É.
    tap(keyboard, QStringLiteral("œ"));
    QVERIFY(keyboard->showsAccents());
    QCOMPARE(keyboard->key(QStringLiteral("ê"))->text(), QStringLiteral("Ê"));
    QVERIFY(keyboard->grab().save(screenshotPath(QStringLiteral("touchkeyboard-accents-caps"))));
    // Shift under caps lock gives one lower-case letter.
    tap(keyboard, QStringLiteral("shift"));
    tap(keyboard, QStringLiteral("é"));
    tap(keyboard, QStringLiteral("é"));
    tap(keyboard, QStringLiteral("caps"));
    tap(keyboard, QStringLiteral("é"));
    // Digits and punctuation are the same in both cases.
    tap(keyboard, QStringLiteral("«"));
    tap(keyboard, QStringLiteral("1"));
    QCOMPARE(field->text(), QStringLiteral("AaÇAŒéÉé«1"));
}

void TestTouchKeyboard::backspaceErases()
{
    ui::TouchKeyboardDock dock(Mode::Always);
    QWidget window;
    auto *field = addField<QLineEdit>(window);
    auto *notes = addField<QPlainTextEdit>(window);
    focusWithKeyboard(dock, field);
    ui::TouchKeyboard *keyboard = dock.keyboard();
    typeOn(keyboard, QStringLiteral("dé"));
    tap(keyboard, QStringLiteral("backspace"));
    QCOMPARE(field->text(), QStringLiteral("d"));
    tap(keyboard, QStringLiteral("backspace"));
    tap(keyboard, QStringLiteral("backspace"));
    QCOMPARE(field->text(), QString());

    // A multi-line field: Enter is a new line, backspace joins the lines again.
    focusWithKeyboard(dock, notes);
    typeOn(keyboard, QStringLiteral("ok"));
    tap(keyboard, QStringLiteral("enter"));
    typeOn(keyboard, QStringLiteral("là"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("ok\nlà"));
    for (int i = 0; i < 3; ++i)
        tap(keyboard, QStringLiteral("backspace"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("ok"));
    QVERIFY(notes->hasFocus());
}

void TestTouchKeyboard::validatorsCompletersAndSignalsSeeTheKeys()
{
    ui::TouchKeyboardDock dock(Mode::Always);
    QWidget window;
    auto *field = addField<QLineEdit>(window);
    // Letters only: the keyboard's digits are refused like a physical keyboard's.
    field->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[^0-9]*")), field));
    auto *completer = new QCompleter(
        QStringList{QStringLiteral("Électroménager"), QStringLiteral("Vêtements")}, field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    field->setCompleter(completer);
    focusWithKeyboard(dock, field);
    QSignalSpy changed(field, &QLineEdit::textChanged);
    QSignalSpy edited(field, &QLineEdit::textEdited);

    typeOn(dock.keyboard(), QStringLiteral("v1ê"));
    QCOMPARE(field->text(), QStringLiteral("vê"));
    QCOMPARE(edited.count(), 2);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(completer->completionPrefix(), QStringLiteral("vê"));
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Vêtements"));
    // The completer's popup does not take the keyboard away from the field.
    QVERIFY(field->hasFocus() || completer->popup()->isVisible());
}

void TestTouchKeyboard::enterGoesToTheNextTextField()
{
    ui::TouchKeyboardDock dock(Mode::Always);
    QWidget window;
    auto *first = addField<QLineEdit>(window);
    auto *second = addField<QLineEdit>(window);
    focusWithKeyboard(dock, first);
    QCOMPARE(dock.keyboard()->window(), &window);
    typeOn(dock.keyboard(), QStringLiteral("nom"));
    tap(dock.keyboard(), QStringLiteral("enter"));
    QVERIFY(second->hasFocus());
    QCOMPARE(first->text(), QStringLiteral("nom"));
    QTRY_VERIFY(dock.isKeyboardShown());
}

void TestTouchKeyboard::editableComboBoxesTakeIt()
{
    ui::TouchKeyboardDock dock(Mode::Always);
    QWidget window;
    auto *choice = addField<QComboBox>(window);
    choice->addItems({QStringLiteral("Caisse"), QStringLiteral("Accueil")});
    auto *search = addField<QComboBox>(window);
    search->setEditable(true);
    search->setInsertPolicy(QComboBox::NoInsert);
    showWindow(&window);
    // A list to choose from: nothing to type.
    choice->setFocus();
    QTest::qWait(20);
    QVERIFY(choice->hasFocus());
    QVERIFY(!dock.isKeyboardShown());
    focusWithKeyboard(dock, search);
    search->clearEditText();
    typeOn(dock.keyboard(), QStringLiteral("Réemploi"));
    QCOMPARE(search->currentText(), QStringLiteral("Réemploi"));
}

void TestTouchKeyboard::numericFieldsDoNotOpenIt()
{
    ui::TouchKeyboardDock dock(Mode::Always);
    QVERIFY(core::CashSessions(*m_shop->store).open(m_shop->cashier, 10000).ok());
    ui::CashMovementScreen screen(*m_shop->store);
    screen.setActor(m_shop->cashier);
    showWindow(&screen);
    auto *amount = screen.findChild<QLineEdit *>(QStringLiteral("amountField"));
    auto *reason = screen.findChild<QLineEdit *>(QStringLiteral("reasonField"));
    QVERIFY(amount && reason);

    // The amount has its keypad on the screen.
    amount->setFocus();
    QTest::qWait(20);
    QVERIFY(amount->hasFocus());
    QVERIFY(!dock.isKeyboardShown());
    focusWithKeyboard(dock, reason);
    // Back to the amount: the keyboard goes.
    amount->setFocus();
    QTRY_VERIFY(!dock.isKeyboardShown());

    // A count of pieces (an integer validator) and a field that opted out.
    QWidget window;
    auto *count = addField<QLineEdit>(window);
    count->setValidator(new QIntValidator(0, 999, count));
    auto *pin = addField<QLineEdit>(window);
    pin->setProperty(ui::TouchKeyboard::property, false);
    showWindow(&window);
    count->setFocus();
    QTest::qWait(20);
    QVERIFY(!dock.isKeyboardShown());
    pin->setFocus();
    QTest::qWait(20);
    QVERIFY(pin->hasFocus());
    QVERIFY(!dock.isKeyboardShown());
}

void TestTouchKeyboard::theListedFieldsOpenIt()
{
    QVERIFY(core::CashSessions(*m_shop->store).open(m_shop->cashier, 10000).ok());
    const auto wants = [this](QWidget *screen, const QString &name) {
        showWindow(screen);
        auto *field = screen->findChild<QLineEdit *>(name);
        return field && ui::TouchKeyboard::wantsKeyboard(field);
    };
    ui::RefundScreen refund(*m_shop->store);
    refund.setActor(m_shop->cashier);
    ui::CashMovementScreen movement(*m_shop->store);
    movement.setActor(m_shop->cashier);
    auto reception = test::TestShop::create(core::StationKind::Reception);
    QVERIFY(reception);
    ui::DepositScreen deposit(*reception->store);
    deposit.setActor(reception->reception);
    QVERIFY(wants(&movement, QStringLiteral("reasonField")));
    QVERIFY(!wants(&movement, QStringLiteral("amountField")));
    // The ticket number has letters (CAISSE1-T000042); the reason is text.
    QVERIFY(wants(&refund, QStringLiteral("ticketField")));
    auto *refundReason = refund.findChild<QLineEdit *>(QStringLiteral("reasonField"));
    QVERIFY(refundReason);
    QVERIFY(!refundReason->property(ui::TouchKeyboard::property).isValid());
    QVERIFY(!refundReason->isReadOnly());
    auto *note = deposit.findChild<QLineEdit *>(QStringLiteral("noteField"));
    QVERIFY(note);
    QVERIFY(!note->property(ui::TouchKeyboard::property).isValid());
    showWindow(&deposit);
    auto *weight = deposit.findChild<QLineEdit *>(QStringLiteral("weightField"));
    QVERIFY(weight);
    QVERIFY(!ui::TouchKeyboard::wantsKeyboard(weight));
    // The searches of the administration.
    ui::AuditPage audit(*m_shop->store, m_shop->admin);
    QVERIFY(wants(&audit, QStringLiteral("textFilter")));
}

void TestTouchKeyboard::hideKeyKeepsItAwayUntilTheFieldIsTapped()
{
    ui::TouchKeyboardDock dock(Mode::Always);
    QWidget window;
    auto *field = addField<QLineEdit>(window);
    focusWithKeyboard(dock, field);
    tap(dock.keyboard(), QStringLiteral("hide"));
    QVERIFY(!dock.isKeyboardShown());
    QVERIFY(field->hasFocus());
    QTest::qWait(20);
    QVERIFY(!dock.isKeyboardShown());
    QTest::mouseClick(field, Qt::LeftButton);
    QTRY_VERIFY(dock.isKeyboardShown());
}

void TestTouchKeyboard::physicalKeyboardEndsTheAutomaticMode()
{
    ui::TouchKeyboardDock dock(Mode::Automatic);
    QWidget window;
    auto *first = addField<QLineEdit>(window);
    auto *second = addField<QLineEdit>(window);
    focusWithKeyboard(dock, first);
    // The keyboard's own keys do not count as a physical keyboard.
    tap(dock.keyboard(), QStringLiteral("z"));
    QVERIFY(!dock.physicalKeyboardSeen());
    QTest::keyClick(first, Qt::Key_A); // a physical key (spontaneous)
    QCOMPARE(first->text(), QStringLiteral("za"));
    QVERIFY(dock.physicalKeyboardSeen());
    QTRY_VERIFY(!dock.isKeyboardShown());
    second->setFocus();
    QTest::qWait(20);
    QVERIFY(!dock.isKeyboardShown());

    // "Always" shows it anyway; "never" never.
    dock.setMode(Mode::Always);
    QTRY_VERIFY(dock.isKeyboardShown());
    dock.setMode(Mode::Never);
    QTRY_VERIFY(!dock.isKeyboardShown());
    first->setFocus();
    QTest::qWait(20);
    QVERIFY(!dock.isKeyboardShown());
}

void TestTouchKeyboard::keysAreTouchSizedAndFitTheScreen()
{
    ui::TouchKeyboard keyboard;
    QVERIFY(keyboard.minimumSizeHint().width() <= registerScreen.width());
    keyboard.resize(registerScreen.width(), keyboard.sizeHint().height());
    keyboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&keyboard));
    QCOMPARE(keyboard.focusPolicy(), Qt::NoFocus);
    QVERIFY(keyboard.testAttribute(Qt::WA_ShowWithoutActivating));
    for (int layer = 0; layer < 2; ++layer) {
        const auto keys = keyboard.findChildren<QAbstractButton *>();
        int shown = 0;
        for (QAbstractButton *key : keys) {
            QCOMPARE(key->focusPolicy(), Qt::NoFocus);
            if (!key->isVisible())
                continue;
            ++shown;
            QVERIFY2(key->width() >= ui::TouchKeyboard::minKeySize
                    && key->height() >= ui::TouchKeyboard::minKeySize,
                qPrintable(key->objectName()));
            QVERIFY2(
                key->geometry().right() < registerScreen.width(), qPrintable(key->objectName()));
        }
        QVERIFY(shown >= 50);
        QTest::mouseClick(keyboard.key(QStringLiteral("layer")), Qt::LeftButton);
    }
    // Every accent, capital and sign the brief asks for is one or two taps away.
    const QString wanted = QStringLiteral("éèêëàâäçùûüîïôöœæ’«»€@-_.,;:!?");
    for (const QChar c : wanted) {
        const QString name = QString(c);
        const bool here = keyboard.key(name);
        QTest::mouseClick(keyboard.key(QStringLiteral("layer")), Qt::LeftButton);
        QVERIFY2(here || keyboard.key(name), qPrintable(name));
    }
}

void TestTouchKeyboard::smallWindowGetsItAtTheBottomOfTheScreen()
{
    ui::TouchKeyboardDock dock(Mode::Always);
    QWidget dialog;
    auto *field = addField<QLineEdit>(dialog);
    dialog.resize(420, 200);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    focusWithKeyboard(dock, field);
    ui::TouchKeyboard *keyboard = dock.keyboard();
    QVERIFY(keyboard->isWindow());
    QVERIFY(keyboard->windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus));
    const QRect screen = dialog.screen()->availableGeometry();
    QCOMPARE(keyboard->geometry().bottom(), screen.bottom());
    QCOMPARE(keyboard->width(), screen.width());
    typeOn(keyboard, QStringLiteral("Noël"));
    QCOMPARE(field->text(), QStringLiteral("Noël"));
    // Whatever the platform did with the keyboard's window, the field's window is active again.
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(QApplication::activeWindow(), &dialog);
}

void TestTouchKeyboard::mainWindowReadsTheStationSetting()
{
    {
        ui::MainWindow window(*m_shop->store);
        QVERIFY(window.touchKeyboard());
        QCOMPARE(window.touchKeyboard()->mode(), Mode::Automatic);
    }
    QSettings settings;
    ui::TouchKeyboardDock::saveMode(settings, Mode::Never);
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("touch/keyboard")).toString(), QStringLiteral("never"));
    {
        ui::MainWindow window(*m_shop->store);
        QCOMPARE(window.touchKeyboard()->mode(), Mode::Never);
    }
    ui::TouchKeyboardDock::saveMode(settings, Mode::Always);
    settings.sync();
    ui::MainWindow window(*m_shop->store);
    QCOMPARE(window.touchKeyboard()->mode(), Mode::Always);
    // On the register's window: the refund's ticket number brings it up, docked in the window
    // (and destroyed with it).
    QVERIFY(core::CashSessions(*m_shop->store).open(m_shop->cashier, 10000).ok());
    showWindow(&window);
    window.enter(m_shop->cashier);
    window.showRefund();
    auto *ticket = window.refundScreen()->findChild<QLineEdit *>(QStringLiteral("ticketField"));
    QVERIFY(ticket);
    focusWithKeyboard(*window.touchKeyboard(), ticket);
    QCOMPARE(window.touchKeyboard()->keyboard()->parentWidget(), &window);
    typeOn(window.touchKeyboard()->keyboard(), QStringLiteral("Caisse1"));
    QCOMPARE(ticket->text(), QStringLiteral("Caisse1"));
}

QTEST_MAIN(TestTouchKeyboard)
#include "tst_touchkeyboard.moc"
