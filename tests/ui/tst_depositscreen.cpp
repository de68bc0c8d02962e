#include "core/admin/useradmin.h"
#include "core/categories.h"
#include "core/deposits.h"
#include "core/homecollections.h"
#include "core/money.h"
#include "core/notify/pendingdeposits.h"
#include "core/notify/telegrambot.h"
#include "core/statistics.h"
#include "core/store.h"
#include "core/towns.h"
#include "tests/support/testshop.h"
#include "ui/common/mainwindow.h"
#include "ui/reception/depositscreen.h"
#include "ui/reception/homecollectionsdialog.h"
#include "ui/reception/pendingdepositsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace recaisse;

namespace {

// Where the 1366x768 renders go: a folder removed when the test ends.
QString grabPath(const char *name)
{
    static QTemporaryDir dir;
    return dir.filePath(QLatin1String(name));
}

} // namespace

class TestDepositScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void recordsATicketOfThreeLines();
    void rejectsABadWeightAndKeepsTheDraft();
    void showsCoresPermissionErrorAndKeepsTheTicket();
    void implausibleWeightNeedsAnAdministrator();
    void escapeGoesBackWithoutLosingTheTicket();
    void removesALine();
    void everyButtonIsTouchSized();
    void checksTheTelegramDepositsWithTheKeyboard();
    void aVoiceMessageIsPlayedAndCompletedAtReception();
    void theDonorsTownInOneKey();
    void aPickupIsWeighedHereAndDone();

private:
    QPushButton *categoryButton(const QString &id) const;
    QPushButton *button(const QString &name) const;
    QLineEdit *field(const QString &name) const;
    QLabel *label(const QString &name) const;
    bool onDetailsStep() const;
    void addLine(QChar rootKey, QChar subKey, const QString &weight);

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<ui::DepositScreen> m_screen;
};

void TestDepositScreen::initTestCase()
{
    qApp->setStyleSheet(ui::MainWindow::styleSheet());
    // To look at the screenshots in French: RECAISSE_TEST_QM=<a .qm made by lrelease>.
    const QString qm = qEnvironmentVariable("RECAISSE_TEST_QM");
    if (!qm.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        QVERIFY2(translator->load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(translator);
    }
}

void TestDepositScreen::init()
{
    m_shop = test::TestShop::create(core::StationKind::Reception);
    QVERIFY(m_shop);
    m_screen = std::make_unique<ui::DepositScreen>(*m_shop->store);
    m_screen->setActor(m_shop->reception);
    m_screen->resize(1366, 768);
    m_screen->show();
    m_screen->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
}

void TestDepositScreen::cleanup()
{
    m_screen.reset();
    m_shop.reset();
}

QPushButton *TestDepositScreen::categoryButton(const QString &id) const
{
    const QList<QPushButton *> buttons =
        m_screen->findChildren<QPushButton *>(QStringLiteral("categoryButton"));
    for (QPushButton *candidate : buttons) {
        if (candidate->property("categoryId").toString() == id && candidate->isVisible())
            return candidate;
    }
    return nullptr;
}

QPushButton *TestDepositScreen::button(const QString &name) const
{
    return m_screen->findChild<QPushButton *>(name);
}

QLineEdit *TestDepositScreen::field(const QString &name) const
{
    return m_screen->findChild<QLineEdit *>(name);
}

QLabel *TestDepositScreen::label(const QString &name) const
{
    return m_screen->findChild<QLabel *>(name);
}

bool TestDepositScreen::onDetailsStep() const
{
    return field(QStringLiteral("weightField"))->isVisible();
}

// Keyboard only: root shortcut, sub-category number (or none), weight, Enter.
void TestDepositScreen::addLine(QChar rootKey, QChar subKey, const QString &weight)
{
    QTest::keyClick(m_screen.get(), rootKey.toLatin1());
    if (!subKey.isNull())
        QTest::keyClick(m_screen.get(), subKey.toLatin1());
    QVERIFY(onDetailsStep());
    QLineEdit *weightField = field(QStringLiteral("weightField"));
    QVERIFY(weightField->hasFocus());
    QTest::keyClicks(weightField, weight);
    QTest::keyClick(weightField, Qt::Key_Return);
}

void TestDepositScreen::recordsATicketOfThreeLines()
{
    core::CategoryCatalog catalog(*m_shop->store);
    const QList<core::Category> textiles = catalog.children(QStringLiteral("textile"));
    QVERIFY(!textiles.isEmpty());

    // Line 1, keyboard only: T (Textile), 1 (its first kind), 3,5 Enter.
    QSignalSpy recorded(m_screen.get(), &ui::DepositScreen::depositRecorded);
    addLine(QLatin1Char('T'), QLatin1Char('1'), QStringLiteral("3,5"));
    QCOMPARE(m_screen->draft().lines.size(), 1);
    const core::DepositLineDraft first = m_screen->draft().lines.at(0);
    QCOMPARE(first.categoryId, textiles.first().id);
    QCOMPARE(first.weightGrams, 3500);
    QCOMPARE(first.quantity, 1);
    QCOMPARE(first.destination, core::Destination::Shop);
    QCOMPARE(first.origin, core::Origin::VoluntaryDropOff);
    QVERIFY(!onDetailsStep());

    // Line 2, mouse only: Mobilier > Chaises, 3 items, recycling, home collection, keypad 12,5.
    QTest::mouseClick(categoryButton(QStringLiteral("mobilier")), Qt::LeftButton);
    QVERIFY(categoryButton(QStringLiteral("mobilier.chaise")));
    QTest::mouseClick(categoryButton(QStringLiteral("mobilier.chaise")), Qt::LeftButton);
    QVERIFY(onDetailsStep());
    QTest::mouseClick(button(QStringLiteral("itemsPlus")), Qt::LeftButton);
    QTest::mouseClick(button(QStringLiteral("itemsPlus")), Qt::LeftButton);
    QCOMPARE(field(QStringLiteral("itemsField"))->text(), QStringLiteral("3"));
    QTest::mouseClick(button(QStringLiteral("destinationRecycling")), Qt::LeftButton);
    QTest::mouseClick(button(QStringLiteral("originHomeCollection")), Qt::LeftButton);
    for (const char *key : {"key1", "key2", "keyComma", "key5"})
        QTest::mouseClick(button(QString::fromLatin1(key)), Qt::LeftButton);
    QCOMPARE(field(QStringLiteral("weightField"))->text(), QStringLiteral("12,5"));
    QTest::mouseClick(button(QStringLiteral("addLineButton")), Qt::LeftButton);
    QCOMPARE(m_screen->draft().lines.size(), 2);
    const core::DepositLineDraft second = m_screen->draft().lines.at(1);
    QCOMPARE(second.categoryId, QStringLiteral("mobilier.chaise"));
    QCOMPARE(second.weightGrams, 12500);
    QCOMPARE(second.quantity, 3);
    QCOMPARE(second.destination, core::Destination::Recycling);
    QCOMPARE(second.origin, core::Origin::HomeCollection);

    // Line 3: Divers has no sub-category. The origin is remembered, the destination is not.
    QTest::keyClick(m_screen.get(), 'x');
    QVERIFY(onDetailsStep());
    QVERIFY(button(QStringLiteral("originHomeCollection"))->isChecked());
    QVERIFY(button(QStringLiteral("destinationShop"))->isChecked());
    QCOMPARE(field(QStringLiteral("itemsField"))->text(), QStringLiteral("1"));
    QTest::mouseClick(button(QStringLiteral("destinationWasteCentre")), Qt::LeftButton);
    QTest::mouseClick(button(QStringLiteral("originProfessional")), Qt::LeftButton);
    QTest::keyClicks(field(QStringLiteral("weightField")), QStringLiteral("10"));
    QTest::keyClick(field(QStringLiteral("weightField")), Qt::Key_Enter);
    QCOMPARE(m_screen->draft().lines.size(), 3);
    const core::DepositLineDraft third = m_screen->draft().lines.at(2);
    QCOMPARE(third.categoryId, QStringLiteral("divers"));
    QCOMPARE(third.weightGrams, 10000);
    QCOMPARE(third.destination, core::Destination::WasteCentre);
    QCOMPARE(third.origin, core::Origin::Professional);

    const qint64 total = 3500 + 12500 + 10000;
    QCOMPARE(label(QStringLiteral("ticketTotal"))->text(), core::weight::format(total));
    auto *table = m_screen->findChild<QTableWidget *>(QStringLiteral("ticketLines"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(table->item(1, 0)->text().startsWith(QStringLiteral("Chaises et tabourets\n")));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(1, 2)->text(), core::weight::format(12500));
    QVERIFY(table->item(1, 0)->text().contains(core::displayName(core::Destination::Recycling)));
    QVERIFY(table->item(1, 0)->text().contains(core::displayName(core::Origin::HomeCollection)));

    QTest::keyClicks(field(QStringLiteral("noteField")), QStringLiteral("Mme Martin"));
    QCOMPARE(m_screen->draft().note, QStringLiteral("Mme Martin"));

    // A screenshot with a full ticket and the details step open, to look at.
    QTest::keyClick(m_screen.get(), 'E');
    QCoreApplication::processEvents();
    QVERIFY(m_screen->grab().save(grabPath("deposit-subcategories.png")));
    QTest::keyClick(m_screen.get(), '1');
    QVERIFY(onDetailsStep());
    QTest::keyClicks(field(QStringLiteral("weightField")), QStringLiteral("42"));
    QCoreApplication::processEvents(); // the layout follows the new texts, as on screen
    QVERIFY(m_screen->grab().save(grabPath("deposit.png")));
    QTest::keyClick(field(QStringLiteral("weightField")), Qt::Key_Escape);
    QTest::keyClick(m_screen.get(), Qt::Key_Escape);
    QCoreApplication::processEvents(); // the layout follows the new texts, as on screen
    QVERIFY(m_screen->grab().save(grabPath("deposit-categories.png")));
    QCOMPARE(m_screen->draft().lines.size(), 3);

    QTest::mouseClick(button(QStringLiteral("closeTicketButton")), Qt::LeftButton);
    QCOMPARE(recorded.count(), 1);
    const auto deposit = recorded.at(0).at(0).value<core::Deposit>();
    QCOMPARE(deposit.lineCount, 3);
    QCOMPARE(deposit.totalWeightGrams, total);
    QVERIFY(!deposit.stamp.number.isEmpty());

    const core::StoreStatistics stats = core::StoreStatistics::collect(*m_shop->store);
    QCOMPARE(stats.deposits, 1);
    QCOMPARE(stats.depositLines, 3);
    QCOMPARE(stats.depositWeightGrams, total);

    const QString message = label(QStringLiteral("depositMessage"))->text();
    QCOMPARE(message,
        ui::DepositScreen::tr("Ticket %1 recorded: %2")
            .arg(deposit.stamp.number, core::weight::format(total)));
    QVERIFY(message.contains(QStringLiteral("26,000")));
    QCoreApplication::processEvents();
    QVERIFY(m_screen->grab().save(grabPath("deposit-recorded.png")));
    QVERIFY(m_screen->draft().lines.isEmpty());
    QVERIFY(m_screen->draft().note.isEmpty());
    QVERIFY(field(QStringLiteral("noteField"))->text().isEmpty());
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(label(QStringLiteral("ticketTotal"))->text(), core::weight::format(0));

    // The receipt is for the ticket just recorded (printing is wired outside this screen).
    QSignalSpy print(m_screen.get(), &ui::DepositScreen::printRequested);
    QVERIFY(button(QStringLiteral("receiptButton"))->isEnabled());
    QTest::mouseClick(button(QStringLiteral("receiptButton")), Qt::LeftButton);
    QCOMPARE(print.count(), 1);
    QCOMPARE(print.at(0).at(0).value<core::Deposit>().stamp.number, deposit.stamp.number);
}

void TestDepositScreen::rejectsABadWeightAndKeepsTheDraft()
{
    addLine(QLatin1Char('X'), QChar(), QStringLiteral("2"));
    QCOMPARE(m_screen->draft().lines.size(), 1);

    QLabel *message = label(QStringLiteral("depositMessage"));
    for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("99999"),
             QStringLiteral("3,5kgx")}) {
        QTest::keyClick(m_screen.get(), 'X');
        QVERIFY(onDetailsStep());
        QLineEdit *weight = field(QStringLiteral("weightField"));
        weight->clear();
        QTest::keyClicks(weight, bad);
        QTest::keyClick(weight, Qt::Key_Return);
        const auto expected = core::weight::parseKg(bad);
        QVERIFY(!expected.ok());
        QCOMPARE(message->text(), expected.error().message);
        QVERIFY2(!message->text().isEmpty(), qPrintable(bad));
        QVERIFY(onDetailsStep()); // stays on the weight
        QCOMPARE(m_screen->draft().lines.size(), 1);
        QTest::keyClick(weight, Qt::Key_Escape);
        QVERIFY(!onDetailsStep());
    }
    QCOMPARE(m_screen->draft().lines.at(0).weightGrams, 2000);
}

void TestDepositScreen::showsCoresPermissionErrorAndKeepsTheTicket()
{
    m_screen->setActor(m_shop->cashier);
    addLine(QLatin1Char('L'), QLatin1Char('1'), QStringLiteral("0,75"));
    QCOMPARE(m_screen->draft().lines.size(), 1);
    const core::DepositDraft draft = m_screen->draft();

    QSignalSpy recorded(m_screen.get(), &ui::DepositScreen::depositRecorded);
    QTest::mouseClick(button(QStringLiteral("closeTicketButton")), Qt::LeftButton);
    QCOMPARE(recorded.count(), 0);
    const auto refusal = core::Deposits(*m_shop->store).record(m_shop->cashier, draft);
    QVERIFY(!refusal.ok());
    QCOMPARE(refusal.error().code, core::ErrorCode::PermissionDenied);
    QCOMPARE(label(QStringLiteral("depositMessage"))->text(), refusal.error().message);
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).deposits, 0);

    // The right person closes the same ticket.
    m_screen->setActor(m_shop->reception);
    QTest::mouseClick(button(QStringLiteral("closeTicketButton")), Qt::LeftButton);
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).depositWeightGrams, 750);
}

void TestDepositScreen::implausibleWeightNeedsAnAdministrator()
{
    // A chair (standard weight 4,5 kg) typed at 10 000 kg.
    QStringList asked;
    std::optional<core::Unlock> answer;
    m_screen->setUnlockPrompt([&asked, &answer](const QString &action) {
        asked << action;
        return answer;
    });
    const auto typeChair = [this](const QString &kg) {
        QPushButton *furniture = categoryButton(QStringLiteral("mobilier"));
        QVERIFY(furniture);
        QTest::mouseClick(furniture, Qt::LeftButton);
        QPushButton *chair = categoryButton(QStringLiteral("mobilier.chaise"));
        QVERIFY(chair);
        QTest::mouseClick(chair, Qt::LeftButton);
        QLineEdit *weight = field(QStringLiteral("weightField"));
        weight->clear();
        QTest::keyClicks(weight, kg);
        QTest::keyClick(weight, Qt::Key_Return);
    };
    // Nobody confirms: refused with the range, nothing added.
    typeChair(QStringLiteral("10000"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(m_screen->draft().lines.size(), 0);
    const QString message = label(QStringLiteral("depositMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("0,450\u00a0kg"))
            && message.contains(QStringLiteral("45,000\u00a0kg")),
        qPrintable(message));
    QVERIFY(onDetailsStep()); // the weight stays there, to be corrected or confirmed

    // An administrator comes and confirms: the line goes in, the ticket is recorded and audited.
    answer = core::Unlock{m_shop->admin.userId, QStringLiteral("123456")};
    QTest::keyClick(field(QStringLiteral("weightField")), Qt::Key_Return);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QSignalSpy recorded(m_screen.get(), &ui::DepositScreen::depositRecorded);
    QTest::mouseClick(button(QStringLiteral("closeTicketButton")), Qt::LeftButton);
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(core::StoreStatistics::collect(*m_shop->store).depositWeightGrams, 10'000'000);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("weight.override")), 1);

    // A plausible chair asks nobody.
    typeChair(QStringLiteral("5"));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(m_screen->draft().lines.size(), 1);
}

void TestDepositScreen::escapeGoesBackWithoutLosingTheTicket()
{
    addLine(QLatin1Char('V'), QLatin1Char('2'), QStringLiteral("1,5"));
    QCOMPARE(m_screen->draft().lines.size(), 1);

    QTest::keyClick(m_screen.get(), 'M');
    QVERIFY(categoryButton(QStringLiteral("mobilier.chaise")));
    QTest::keyClick(m_screen.get(), Qt::Key_Escape); // back to the roots
    QVERIFY(categoryButton(QStringLiteral("mobilier")));
    QTest::keyClick(m_screen.get(), Qt::Key_Escape); // nothing further back
    QVERIFY(categoryButton(QStringLiteral("mobilier")));

    QTest::keyClick(m_screen.get(), 'M');
    QTest::keyClick(m_screen.get(), '1');
    QVERIFY(onDetailsStep());
    QTest::keyClicks(field(QStringLiteral("weightField")), QStringLiteral("4"));
    QTest::keyClick(field(QStringLiteral("weightField")), Qt::Key_Escape);
    QVERIFY(!onDetailsStep());
    QVERIFY(categoryButton(QStringLiteral("mobilier.chaise"))); // one step: the sub-categories
    QTest::mouseClick(button(QStringLiteral("categoryBackButton")), Qt::LeftButton);
    QVERIFY(categoryButton(QStringLiteral("mobilier")));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_screen.get(), Qt::Key_Escape);

    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(m_screen->draft().lines.at(0).weightGrams, 1500);
    auto *table = m_screen->findChild<QTableWidget *>(QStringLiteral("ticketLines"));
    QCOMPARE(table->rowCount(), 1);
}

void TestDepositScreen::removesALine()
{
    addLine(QLatin1Char('X'), QChar(), QStringLiteral("1"));
    addLine(QLatin1Char('X'), QChar(), QStringLiteral("2"));
    addLine(QLatin1Char('X'), QChar(), QStringLiteral("3"));
    QCOMPARE(m_screen->draft().lines.size(), 3);
    const QList<QPushButton *> removes =
        m_screen->findChildren<QPushButton *>(QStringLiteral("removeLineButton"));
    QPushButton *middle = nullptr;
    for (QPushButton *candidate : removes) {
        if (candidate->property("row").toInt() == 1)
            middle = candidate;
    }
    QVERIFY(middle);
    QTest::mouseClick(middle, Qt::LeftButton);
    QCOMPARE(m_screen->draft().lines.size(), 2);
    QCOMPARE(m_screen->draft().lines.at(0).weightGrams, 1000);
    QCOMPARE(m_screen->draft().lines.at(1).weightGrams, 3000);
    QCOMPARE(label(QStringLiteral("ticketTotal"))->text(), core::weight::format(4000));
}

void TestDepositScreen::everyButtonIsTouchSized()
{
    auto check = [this] {
        const QList<QPushButton *> buttons = m_screen->findChildren<QPushButton *>();
        for (QPushButton *candidate : buttons) {
            if (!candidate->isVisible())
                continue;
            QVERIFY2(candidate->height() >= 48 && candidate->width() >= 48,
                qPrintable(candidate->objectName() + QLatin1Char(' ') + candidate->text()));
        }
    };
    check();
    addLine(QLatin1Char('X'), QChar(), QStringLiteral("1"));
    check();
    QTest::keyClick(m_screen.get(), 'E');
    check();
    QTest::keyClick(m_screen.get(), '1');
    QVERIFY(onDetailsStep());
    check();
}

void TestDepositScreen::checksTheTelegramDepositsWithTheKeyboard()
{
    QVERIFY(!button(QStringLiteral("telegramDeposits"))->isVisible()); // none: nothing shown
    QVERIFY(core::UserAdministration(*m_shop->store)
                .setTelegramId(m_shop->admin, m_shop->reception.userId, QStringLiteral("444444")));
    core::notify::TelegramBot bot(*m_shop->store);
    for (const auto &[update, text] :
        {std::pair{7, "/depot 3 kg textile"}, std::pair{8, "/depot 2 kg textile"}}) {
        const QString reply = bot.answer(QStringLiteral("444444"), QString::fromUtf8(text), update);
        QVERIFY2(reply.contains(QLatin1String("received")), qPrintable(reply));
    }
    m_screen->hide();
    m_screen->show();
    QPushButton *waiting = button(QStringLiteral("telegramDeposits"));
    QVERIFY(waiting->isVisible());
    QVERIFY2(waiting->text().contains(QLatin1String("2 deposit")), qPrintable(waiting->text()));

    // F7 opens the list; the first is corrected (weight, destination) and validated with Enter.
    QTest::keyClick(m_screen.get(), Qt::Key_F7);
    auto *dialog = m_screen->findChild<ui::PendingDepositsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The platform window first, then the application's focus.
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY(dialog->isActiveWindow());
    QCOMPARE(dialog->shown().size(), 2);
    QVERIFY(dialog->width() <= 1024 && dialog->height() <= 768);
    auto *weight = dialog->findChild<QLineEdit *>(QStringLiteral("weightField"));
    auto *destination = dialog->findChild<QComboBox *>(QStringLiteral("destinationField"));
    QVERIFY2(weight->text() == QLatin1String("3,000") || weight->text() == QLatin1String("3.000"),
        qPrintable(weight->text()));
    QTest::keyClick(dialog, Qt::Key_Tab); // list → category
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // → weight
    QCOMPARE(QApplication::focusWidget(), weight);
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("2,750"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // → destination
    QCOMPARE(QApplication::focusWidget(), destination);
    QTest::keyClick(destination, Qt::Key_Down);
    QCOMPARE(destination->currentData().toInt(), int(core::Destination::Recycling));
    QSignalSpy validated(dialog, &ui::PendingDepositsDialog::depositValidated);
    QTest::keyClick(destination, Qt::Key_Return);
    QCOMPARE(validated.size(), 1);
    QCOMPARE(validated.at(0).at(0).value<core::Deposit>().totalWeightGrams, 2750);
    QCOMPARE(dialog->shown().size(), 1);

    // The second is rejected: the reason, then Enter in its field.
    auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonField"));
    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_Return); // no reason yet: refused
    QCOMPARE(dialog->shown().size(), 1);
    QTest::keyClicks(reason, QStringLiteral("Doublon"));
    QTest::keyClick(reason, Qt::Key_Return);
    QCOMPARE(dialog->shown().size(), 0);
    QVERIFY(core::notify::PendingDeposits(*m_shop->store).pending()->isEmpty());

    // Escape closes; the button is gone with the deposits.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_screen->findChild<ui::PendingDepositsDialog *>());
    QVERIFY(!waiting->isVisible());
}

void TestDepositScreen::aVoiceMessageIsPlayedAndCompletedAtReception()
{
    // A voice message as the bot keeps it: an Ogg/Opus file (espeak-ng, opusenc) and a pending
    // deposit without figures.
    const QString wav = grabPath("voice.wav");
    const QString ogg = grabPath("voice.ogg");
    QCOMPARE(QProcess::execute(QStringLiteral("espeak-ng"),
                 {QStringLiteral("-v"), QStringLiteral("fr"), QStringLiteral("-w"), wav,
                     QStringLiteral("Deux kilos de livres.")}),
        0);
    QCOMPARE(
        QProcess::execute(QStringLiteral("opusenc"), {QStringLiteral("--quiet"), wav, ogg}), 0);
    core::notify::PendingDeposit announced;
    announced.updateId = 40;
    announced.kind = core::notify::PendingDeposit::Kind::Voice;
    announced.telegramId = QStringLiteral("444444");
    announced.chatId = QStringLiteral("444444");
    announced.userId = m_shop->reception.userId;
    announced.audioFile = ogg;
    announced.audioSeconds = 2;
    bool added = false;
    QVERIFY(core::notify::PendingDeposits(*m_shop->store).add(announced, added));
    QVERIFY(added);
    // Another one whose file has not come with the sync yet.
    announced.updateId = 41;
    announced.audioFile.clear();
    QVERIFY(core::notify::PendingDeposits(*m_shop->store).add(announced, added));

    m_screen->hide();
    m_screen->show();
    QTest::keyClick(m_screen.get(), Qt::Key_F7);
    auto *dialog = m_screen->findChild<ui::PendingDepositsDialog *>();
    QVERIFY(dialog);
    // The platform window first, then the application's focus.
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY(dialog->isActiveWindow());
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("pendingList"));
    QVERIFY2(list->item(0)->text().contains(QLatin1String("voice message to complete (2 s)")),
        qPrintable(list->item(0)->text()));
    auto *play = dialog->findChild<QPushButton *>(QStringLiteral("playButton"));
    QVERIFY(play->isVisible() && play->isEnabled());
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("pendingMessage"));
    list->setCurrentRow(1);
    QVERIFY(!play->isEnabled());
    QVERIFY2(message->text().contains(QLatin1String("has not reached this station yet")),
        qPrintable(message->text()));
    list->setCurrentRow(0);
    QVERIFY(play->isEnabled());

    // F5 plays it, or says clearly why this PC cannot (a test machine may have no sound).
    QTest::keyClick(dialog, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->playing() == ogg || message->text().contains(QLatin1String("cannot be played")),
        10000);
    if (dialog->playing() == ogg) {
        QTest::keyClick(dialog, Qt::Key_F5);
        QTRY_VERIFY(dialog->playing().isEmpty());
    }

    // No figures yet: Enter refuses; with the weight heard, Enter records it.
    auto *weight = dialog->findChild<QLineEdit *>(QStringLiteral("weightField"));
    QVERIFY(weight->text().isEmpty());
    QSignalSpy validated(dialog, &ui::PendingDepositsDialog::depositValidated);
    // What the program wires to the bot, so that it replies at once on this station.
    QSignalSpy decided(m_screen.get(), &ui::DepositScreen::telegramDepositDecided);
    QTest::keyClick(dialog, Qt::Key_Return);
    QCOMPARE(validated.size(), 0);
    QCOMPARE(decided.size(), 0);
    QCOMPARE(QApplication::focusWidget(), weight);
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("categoryField"));
    category->setCurrentIndex(category->findData(QStringLiteral("textile")));
    QTest::keyClicks(weight, QStringLiteral("2"));
    QTest::keyClick(weight, Qt::Key_Return);
    QCOMPARE(validated.size(), 1);
    QCOMPARE(decided.size(), 1);
    QCOMPARE(validated.at(0).at(0).value<core::Deposit>().totalWeightGrams, 2000);
    QCOMPARE(core::notify::PendingDeposits(*m_shop->store).pending()->size(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_screen->findChild<ui::PendingDepositsDialog *>());
}

void TestDepositScreen::theDonorsTownInOneKey()
{
    auto *towns = m_screen->findChild<QComboBox *>(QStringLiteral("townBox"));
    QVERIFY(towns);
    QVERIFY(!towns->isVisible()); // the site has no towns: nothing asked
    core::Towns list(*m_shop->store);
    QVERIFY(list.add(m_shop->admin, QStringLiteral("Bagnolet"), QStringLiteral("93170")));
    const auto montreuil =
        list.add(m_shop->admin, QStringLiteral("Montreuil"), QStringLiteral("93100"));
    QVERIFY(montreuil);
    // Montreuil is the most frequent once a deposit named it.
    core::DepositDraft earlier;
    earlier.town = montreuil->id;
    earlier.lines = {core::DepositLineDraft{QStringLiteral("divers"), 1, 2000}};
    QVERIFY(core::Deposits(*m_shop->store).record(m_shop->reception, earlier));
    m_screen->refreshTowns();
    QVERIFY(towns->isVisible());
    QCOMPARE(towns->count(), 3);
    QCOMPARE(towns->currentIndex(), 0); // not asked

    addLine(QLatin1Char('X'), QChar(), QStringLiteral("4"));
    QTest::keyClick(m_screen.get(), Qt::Key_F4); // one key: the most frequent town
    QCOMPARE(towns->currentText(), QStringLiteral("Montreuil (93100)"));
    QCOMPARE(m_screen->draft().town, montreuil->id);
    QSignalSpy recorded(m_screen.get(), &ui::DepositScreen::depositRecorded);
    QTest::keyClick(m_screen.get(), Qt::Key_F12);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(
        recorded.first().first().value<core::Deposit>().town, QStringLiteral("Montreuil (93100)"));
    QCOMPARE(towns->currentIndex(), 0); // the next donor is asked again
    QSqlQuery query(m_shop->store->db().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM deposit WHERE town = 'Montreuil'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestDepositScreen::aPickupIsWeighedHereAndDone()
{
    QVERIFY(core::Towns(*m_shop->store)
                .add(m_shop->admin, QStringLiteral("Montreuil"), QStringLiteral("93100")));
    m_screen->refreshTowns();
    // F6 opens the planning; a pickup planned there, its slip saved.
    QTest::keyClick(m_screen.get(), Qt::Key_F6);
    auto *dialog = m_screen->findChild<ui::HomeCollectionsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->width() <= 1024 && dialog->height() <= 768);
    dialog->findChild<QLineEdit *>(QStringLiteral("collectionAddress"))
        ->setText(QStringLiteral("12 rue des Lilas"));
    dialog->findChild<QLineEdit *>(QStringLiteral("collectionContact"))
        ->setText(QStringLiteral("Mme Durand 06 12 34 56 78"));
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("planCollectionButton")), Qt::LeftButton);
    QCOMPARE(dialog->error(), QString());
    QCOMPARE(dialog->table()->rowCount(), 1);
    dialog->table()->selectRow(0);
    const QString slipPath = grabPath("slip.pdf");
    QString proposed;
    dialog->setFileChooser([&](const QString &name) {
        proposed = name;
        return slipPath;
    });
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("collectionSlipButton")), Qt::LeftButton);
    QCOMPARE(dialog->error(), QString());
    // A real shop's slip is named after the pickup alone (a demo shop's starts "demonstration-").
    QVERIFY2(
        proposed.startsWith(QLatin1String("collecte-")) && proposed.endsWith(QLatin1String(".pdf")),
        qPrintable(proposed));
    QFile slip(slipPath);
    QVERIFY(slip.open(QIODevice::ReadOnly));
    QVERIFY(slip.readAll().startsWith("%PDF"));

    // Chosen to be weighed: the deposit screen keys its lines and records it as done.
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("weighCollectionButton")), Qt::LeftButton);
    QVERIFY(m_screen->collection().has_value());
    QVERIFY(button(QStringLiteral("originHomeCollection"))->isChecked());
    addLine(QLatin1Char('X'), QChar(), QStringLiteral("6,5"));
    QSignalSpy recorded(m_screen.get(), &ui::DepositScreen::depositRecorded);
    QTest::keyClick(m_screen.get(), Qt::Key_F12);
    QCOMPARE(recorded.size(), 1);
    const auto deposit = recorded.first().first().value<core::Deposit>();
    QCOMPARE(deposit.town, QStringLiteral("Montreuil (93100)"));
    QCOMPARE(deposit.totalWeightGrams, 6500);
    QVERIFY(!m_screen->collection().has_value());
    const auto done = core::HomeCollections(*m_shop->store).find(QStringLiteral("1"));
    QVERIFY(done);
    QCOMPARE(done->status, core::CollectionStatus::Done);
    QCOMPARE(done->address, QString());
}

QTEST_MAIN(TestDepositScreen)
#include "tst_depositscreen.moc"
