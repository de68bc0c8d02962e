#include "core/admin/useradmin.h"
#include "core/cashsession.h"
#include "core/notify/telegrambot.h"
#include "tests/support/testshop.h"
#include "ui/admin/accountplandialog.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/catalogueimportdialog.h"
#include "ui/admin/containersdialog.h"
#include "ui/admin/mailaccountdialog.h"
#include "ui/admin/sheetsdialog.h"
#include "ui/admin/solidaritydialog.h"
#include "ui/admin/townsdialog.h"
#include "ui/admin/vatdialog.h"
#include "ui/cashier/discountdialog.h"
#include "ui/cashier/donationdialog.h"
#include "ui/cashier/giftdialog.h"
#include "ui/cashier/memberdialog.h"
#include "ui/cashier/parkedticketsdialog.h"
#include "ui/cashier/paymentdialog.h"
#include "ui/cashier/taxreceiptdialog.h"
#include "ui/common/adminunlockdialog.h"
#include "ui/common/helpviewer.h"
#include "ui/common/mainwindow.h"
#include "ui/common/receiptoutput.h"
#include "ui/reception/homecollectionsdialog.h"
#include "ui/reception/pendingdepositsdialog.h"
#include "ui/sync/firststartdialog.h"
#include "ui/sync/syncbadge.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

using namespace recaisse;
using recaisse::test::TestShop;

namespace {

// The smallest screen ReCaisse runs on: 1024×768 less a 40 px taskbar, less a 38 px title bar
// for a window that is not in register mode.
constexpr QSize smallestWindow(1024, 728 - 38);
constexpr int minTouchHeight = 48;

// The screens of the offscreen platform this test starts with (see main()).
const QList<QSize> screenSizes = {{1024, 768}, {1280, 1024}, {1366, 768}, {1920, 1080}};

QSize needed(const QWidget &widget)
{
    return widget.minimumSize().expandedTo(widget.minimumSizeHint());
}

bool fits(QSize size, QSize room)
{
    return size.width() <= room.width() && size.height() <= room.height();
}

// The chain of widest children, to say what makes a screen too wide or too tall.
QString widest(const QWidget *widget)
{
    QStringList chain;
    while (widget) {
        chain.append(
            QStringLiteral("%1#%2 %3×%4")
                .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                .arg(needed(*widget).width())
                .arg(needed(*widget).height()));
        const QWidget *next = nullptr;
        for (const QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isWindow() || !child->isVisibleTo(widget))
                continue;
            if (!next || needed(*child).width() > needed(*next).width())
                next = child;
        }
        widget = next;
    }
    return chain.join(QStringLiteral(" > "));
}

// Every visible push button of the window is a touch target (but the status bar's, which are
// for the support); no button or single-line label is narrower than its text.
bool inStatusBar(const QWidget *widget)
{
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<const QStatusBar *>(up))
            return true;
    }
    return false;
}

// The English texts the French translation gives other words: one of them on a French screen
// is a text that missed tr() or its translation.
const QSet<QString> &englishOnly()
{
    static const QSet<QString> texts = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(RECAISSE_FR_TS));
        if (!file.open(QIODevice::ReadOnly))
            return set;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString french = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (source.size() >= 3 && !source.contains(QLatin1Char('%')) && french != source)
                    set.insert(source);
            }
        }
        return set;
    }();
    return texts;
}

void checkFrench(const QString &what, const QString &text)
{
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    QVERIFY2(!englishOnly().contains(plain),
        qPrintable(QStringLiteral("%1 shows \"%2\" in English").arg(what, plain)));
}

void checkTargetsAndTexts(QWidget *window)
{
    QVERIFY2(englishOnly().size() > 500, RECAISSE_FR_TS);
    checkFrench(QStringLiteral("the window title"), window->windowTitle());
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            checkFrench(button->objectName(), button->text());
        else if (const auto *label = qobject_cast<const QLabel *>(widget);
                 label && !label->property("peopleData").toBool())
            checkFrench(label->objectName(), label->text());
        else if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            checkFrench(box->objectName(), box->title());
        else if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            checkFrench(line->objectName(), line->placeholderText());
        else if (const auto *list = qobject_cast<const QListWidget *>(widget)) {
            // Navigation lists are the program's words (tables hold the shop's data).
            for (int i = 0; i < list->count(); ++i)
                checkFrench(list->objectName(), list->item(i)->text());
        } else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget);
                   view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                checkFrench(view->objectName(), model->headerData(c, Qt::Horizontal).toString());
        }
        if (QTest::currentTestFailed())
            return;
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->window() != window)
            continue;
        const QString name =
            button->objectName() + QStringLiteral(" \"") + button->text() + QLatin1Char('"');
        // The main buttons: push buttons outside the status bar (check boxes of the back
        // office's forms and the corner button of a table are not).
        const bool main = qobject_cast<const QPushButton *>(button) && !inStatusBar(button);
        QVERIFY2(!main || button->height() >= minTouchHeight,
            qPrintable(QStringLiteral("%1 is %2 px high").arg(name).arg(button->height())));
        QVERIFY2(button->width() >= button->minimumSizeHint().width(),
            qPrintable(QStringLiteral("%1 is cut (%2 < %3)")
                           .arg(name)
                           .arg(button->width())
                           .arg(button->minimumSizeHint().width())));
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty()
            || label->window() != window)
            continue;
        // Inside a list or a scrolling form the text may scroll rather than shrink.
        bool scrolled = false;
        for (const QWidget *up = label->parentWidget(); up && up != window; up = up->parentWidget())
            scrolled = scrolled || qobject_cast<const QAbstractScrollArea *>(up);
        if (scrolled)
            continue;
        QVERIFY2(label->width() >= label->minimumSizeHint().width(),
            qPrintable(QStringLiteral("label %1 \"%2\" is cut (%3 < %4)")
                           .arg(label->objectName(), label->text())
                           .arg(label->width())
                           .arg(label->minimumSizeHint().width())));
    }
    // Column headers: a table that does not scroll sideways must show every header whole.
    for (const QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model()
            || header->window() != window)
            continue;
        const auto *view = qobject_cast<const QAbstractScrollArea *>(header->parentWidget());
        if (view && view->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff
            && header->length() > header->width())
            continue; // it scrolls: the header can be read by scrolling
        QFont bold = header->font();
        bold.setBold(true); // the style sheet's sections are bold
        const QFontMetrics metrics(bold);
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString text = header->model()->headerData(c, Qt::Horizontal).toString();
            int needed = 0;
            for (const QString &line : text.split(QLatin1Char('\n')))
                needed = qMax(needed, metrics.horizontalAdvance(line));
            QVERIFY2(text.isEmpty() || header->sectionSize(c) >= needed + 2,
                qPrintable(QStringLiteral("column \"%1\" of %2 is cut (%3 < %4)")
                               .arg(text, header->parentWidget()->objectName())
                               .arg(header->sectionSize(c))
                               .arg(needed + 2)));
        }
    }
}

} // namespace

// Every screen and dialog fits the smallest screen ReCaisse supports (1024×768 with a taskbar)
// with touch targets of 48 px and no text cut, in French; and the window never exceeds its
// screen, from 1024×768 to 1920×1080.
class TestScreenSizes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyScreenFits_data();
    void everyScreenFits();
    void everyDialogFits_data();
    void everyDialogFits();
    void windowNeverExceedsTheScreen();

private:
    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_receipts;
};

void TestScreenSizes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(QGuiApplication::screens().size(), screenSizes.size());
    // In French, the shipped language, whose words are the longer ones.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto *french = new QTranslator(qApp);
    QVERIFY2(french->load(QStringLiteral(RECAISSE_FR_QM)), RECAISSE_FR_QM);
    QApplication::installTranslator(french);
    // Qt's own words (standard buttons, key names), as the program loads them.
    auto *qt = new QTranslator(qApp);
    QVERIFY(qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QApplication::installTranslator(qt);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    qApp->setStyleSheet(ui::MainWindow::styleSheet());
    m_shop = TestShop::create();
    QVERIFY(m_shop);
    QVERIFY(core::CashSessions(*m_shop->store).open(m_shop->cashier, 15000));
    m_window = std::make_unique<ui::MainWindow>(*m_shop->store);
    ui::ReceiptOutput::Config receipts;
    receipts.systemPrinter = false;
    receipts.pdfFolder = m_receipts.path();
    m_window->receiptOutput()->setConfig(receipts);
    m_window->setIdleLockDelay(0);
    // The status bar as on a station: the sync badge takes its room.
    auto *badge = new ui::SyncBadge;
    badge->show(core::sync::SyncSnapshot{});
    m_window->setSyncBadge(badge);
    m_window->resize(smallestWindow);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestScreenSizes::everyScreenFits_data()
{
    using Show = std::function<void(ui::MainWindow &, TestShop &)>;
    QTest::addColumn<Show>("show");
    QTest::newRow("login") << Show([](ui::MainWindow &w, TestShop &) { w.logOut(); });
    QTest::newRow("home (admin)") << Show([](ui::MainWindow &w, TestShop &s) { w.enter(s.admin); });
    QTest::newRow("home (cashier)")
        << Show([](ui::MainWindow &w, TestShop &s) { w.enter(s.cashier); });
    QTest::newRow("open session") << Show([](ui::MainWindow &w, TestShop &s) {
        w.enter(s.cashier);
        w.showOpenSession();
    });
    QTest::newRow("sale") << Show([](ui::MainWindow &w, TestShop &s) {
        w.enter(s.cashier);
        w.showSale();
    });
    QTest::newRow("close session") << Show([](ui::MainWindow &w, TestShop &s) {
        w.enter(s.cashier);
        w.showCloseSession();
    });
    QTest::newRow("refund") << Show([](ui::MainWindow &w, TestShop &s) {
        w.enter(s.cashier);
        w.showRefund();
    });
    QTest::newRow("cash movement") << Show([](ui::MainWindow &w, TestShop &s) {
        w.enter(s.cashier);
        w.showCashMovement();
    });
    QTest::newRow("reception") << Show([](ui::MainWindow &w, TestShop &s) {
        w.enter(s.reception);
        w.showDeposit();
    });
    QTest::newRow("outflows") << Show([](ui::MainWindow &w, TestShop &s) {
        w.enter(s.reception);
        w.showOutflow();
    });
    for (const QString &key : ui::AdminPanel::pageKeys()) {
        QTest::newRow(qPrintable(QStringLiteral("admin ") + key))
            << Show([key](ui::MainWindow &w, TestShop &s) {
                   w.enter(s.admin);
                   w.showAdmin();
                   QVERIFY(w.adminPanel());
                   w.adminPanel()->showPage(key);
               });
    }
}

void TestScreenSizes::everyScreenFits()
{
    using Show = std::function<void(ui::MainWindow &, TestShop &)>;
    QFETCH(Show, show);
    show(*m_window, *m_shop);
    m_window->resize(smallestWindow);
    QApplication::processEvents();
    QVERIFY2(fits(needed(*m_window), smallestWindow),
        qPrintable(QStringLiteral("the window needs %1×%2: %3")
                       .arg(needed(*m_window).width())
                       .arg(needed(*m_window).height())
                       .arg(widest(m_window->centralWidget()))));
    QCOMPARE(m_window->size(), smallestWindow);
    // A page may scroll down, never sideways: what is on the right would go unseen (tables
    // scroll their own columns).
    for (const QScrollArea *scroll : m_window->findChildren<QScrollArea *>()) {
        if (!scroll->isVisible())
            continue;
        QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
            qPrintable(QStringLiteral("%1 scrolls sideways by %2 px: %3")
                           .arg(scroll->objectName())
                           .arg(scroll->horizontalScrollBar()->maximum())
                           .arg(widest(scroll->widget()))));
    }
    checkTargetsAndTexts(m_window.get());
}

void TestScreenSizes::everyDialogFits_data()
{
    using Make = std::function<QDialog *(ui::MainWindow &, TestShop &)>;
    QTest::addColumn<Make>("make");
    QTest::newRow("payment") << Make([](ui::MainWindow &w, TestShop &) -> QDialog * {
        return new ui::PaymentDialog(123456, &w);
    });
    QTest::newRow("donation") << Make(
        [](ui::MainWindow &w, TestShop &) -> QDialog * { return new ui::DonationDialog(&w); });
    QTest::newRow("membership fee") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        return new ui::MemberDialog(*s.store, s.cashier, &w);
    });
    // As the sale screen opens it: with "For this ticket".
    QTest::newRow("member of the ticket") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        auto *dialog = new ui::MemberDialog(*s.store, s.cashier, &w);
        dialog->offerTicketLink();
        return dialog;
    });
    // The most presets a site may set, with long reasons.
    const auto fullPresets = [] {
        core::SolidarityPresets presets;
        for (int i = 0; i < core::Solidarity::maxDiscountPresets; ++i)
            presets.discounts << core::Discount{core::DiscountKind::Percent, 1250 + i,
                QStringLiteral("Carte d’accompagnement des services sociaux %1").arg(i), i == 1};
        for (int i = 0; i < core::Solidarity::maxGiftPresets; ++i)
            presets.gifts
                << QStringLiteral("Don solidaire pour une association partenaire %1").arg(i);
        return presets;
    };
    QTest::newRow("free gift") << Make([fullPresets](ui::MainWindow &w, TestShop &) -> QDialog * {
        return new ui::GiftDialog(fullPresets().gifts, &w);
    });
    QTest::newRow("solidarity presets")
        << Make([fullPresets](ui::MainWindow &w, TestShop &s) -> QDialog * {
               if (!core::Solidarity::setSitePresets(*s.store, s.admin, fullPresets()))
                   return nullptr;
               return new ui::SolidarityDialog(*s.store, s.admin, &w);
           });
    QTest::newRow("solidarity price")
        << Make([fullPresets](ui::MainWindow &w, TestShop &s) -> QDialog * {
               if (!core::Solidarity::setSitePresets(*s.store, s.admin, fullPresets()))
                   return nullptr;
               core::SaleLineDraft line;
               line.categoryId = QStringLiteral("livres.livre");
               line.quantity = 2;
               line.unitPriceCents = 150;
               core::SaleDraft draft;
               draft.lines = {line};
               return new ui::DiscountDialog(*s.store, draft, &w);
           });
    QTest::newRow("tickets put aside") << Make([](ui::MainWindow &w, TestShop &) -> QDialog * {
        QList<core::ParkedTicket> tickets;
        for (int i = 0; i < core::maxParkedTickets; ++i) {
            core::ParkedTicket ticket;
            ticket.id = i + 1;
            ticket.parkedUtc = QDateTime(QDate(2026, 3, 10), QTime(9, i), QTimeZone::utc());
            ticket.cashierName = QStringLiteral("Dominique-Marie");
            ticket.totalCents = 123456;
            ticket.itemCount = 12;
            tickets << ticket;
        }
        return new ui::ParkedTicketsDialog(tickets, QTimeZone("Europe/Paris"), &w);
    });
    QTest::newRow("tax receipt") << Make([](ui::MainWindow &w, TestShop &) -> QDialog * {
        core::Donation donation;
        donation.stamp.number = QStringLiteral("CAISSE1-G000123");
        donation.amountCents = 123456;
        return new ui::TaxReceiptDialog(donation, &w);
    });
    QTest::newRow("account plan") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        return new ui::AccountPlanDialog(*s.store, s.admin, &w);
    });
    QTest::newRow("VAT status") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        return new ui::VatDialog(*s.store, s.admin, &w);
    });
    QTest::newRow("deposits received by Telegram") << Make(
        [](ui::MainWindow &w, TestShop &s) -> QDialog * {
            // Two waiting, with a long name: the longest lines the list shows.
            core::notify::TelegramBot bot(*s.store);
            (void)core::UserAdministration(*s.store).setTelegramId(
                s.admin, s.reception.userId, QStringLiteral("444444"));
            (void)bot.answer(QStringLiteral("444444"), QStringLiteral("/depot 3 kg textile"), 91);
            (void)bot.answer(QStringLiteral("444444"), QStringLiteral("/depot 800 g textile"), 92);
            return new ui::PendingDepositsDialog(*s.store, s.reception, {}, &w);
        });
    QTest::newRow("Google Sheets") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        return new ui::SheetsDialog(*s.store, s.admin, &w);
    });
    QTest::newRow("admin unlock") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        // The reason comes translated from the screen that asks.
        return new ui::AdminUnlockDialog(*s.store, QStringLiteral("Ouvrir le tiroir"), &w);
    });
    QTest::newRow("first start") << Make([](ui::MainWindow &w, TestShop &) -> QDialog * {
        return new ui::FirstStartDialog(QString(), &w);
    });
    QTest::newRow("catalogue import") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        // Every field mapped, long headers and cells: the widest the dialog gets.
        const QString path = s.dir.filePath(QStringLiteral("catalogue-sizes.csv"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("Nom de la catégorie dans le magasin;Catégorie parente;Code EEE;Prix;"
                       "Prix min;Prix max;Pesée;Poids moyen;Poids min;Poids max;Couleur;Raccourci\n"
                       "Petit électroménager de cuisine (grille-pain, bouilloires);Électrique;"
                       "EEE-4;-5;1;20;oui;1,5;0,2;6;#336699;E\n");
        return new ui::CatalogueImportDialog(*s.store, s.admin, path, &w);
    });
    QTest::newRow("containers") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        return new ui::ContainersDialog(*s.store, s.admin, &w);
    });
    QTest::newRow("towns") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        return new ui::TownsDialog(*s.store, s.admin, &w);
    });
    QTest::newRow("home collections") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        return new ui::HomeCollectionsDialog(*s.store, s.reception, &w);
    });
    QTest::newRow("mail account") << Make([](ui::MainWindow &w, TestShop &s) -> QDialog * {
        return new ui::MailAccountDialog(*s.store, s.admin, &w);
    });
    QTest::newRow("help") << Make([](ui::MainWindow &w, TestShop &) -> QDialog * {
        auto *viewer = new ui::HelpViewer(&w);
        viewer->showTopic(ui::HelpTopic::Sale);
        return viewer;
    });
}

void TestScreenSizes::everyDialogFits()
{
    using Make = std::function<QDialog *(ui::MainWindow &, TestShop &)>;
    QFETCH(Make, make);
    std::unique_ptr<QDialog> dialog(make(*m_window, *m_shop));
    QVERIFY2(dialog, "the dialog's data could not be set up");
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY2(fits(needed(*dialog), smallestWindow),
        qPrintable(QStringLiteral("the dialog needs %1×%2: %3")
                       .arg(needed(*dialog).width())
                       .arg(needed(*dialog).height())
                       .arg(widest(dialog.get()))));
    dialog->resize(needed(*dialog));
    QApplication::processEvents();
    checkTargetsAndTexts(dialog.get());
}

void TestScreenSizes::windowNeverExceedsTheScreen()
{
    m_window->logOut();
    for (QScreen *screen : QGuiApplication::screens()) {
        m_window->hide();
        m_window->resize(1366, 768);
        m_window->move(screen->geometry().topLeft());
        m_window->setScreen(screen);
        m_window->present();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::processEvents();
        const QRect available = screen->availableGeometry();
        QVERIFY2(available.contains(m_window->frameGeometry()),
            qPrintable(QStringLiteral("on %1×%2 the window is %3×%4")
                           .arg(available.width())
                           .arg(available.height())
                           .arg(m_window->frameGeometry().width())
                           .arg(m_window->frameGeometry().height())));
    }
}

// The offscreen platform with the four screen sizes side by side, set up before QApplication.
int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    const QString config = QDir(dir.path()).filePath(QStringLiteral("screens.json"));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QStringList screens;
        int x = 0;
        for (const QSize &size : screenSizes) {
            screens.append(QStringLiteral("{\"name\":\"screen%1x%2\",\"x\":%3,\"y\":0,"
                                          "\"width\":%1,\"height\":%2,\"logicalDpi\":96}")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(x));
            x += size.width();
        }
        file.write(
            QStringLiteral("{\"screens\":[%1]}").arg(screens.join(QLatin1Char(','))).toUtf8());
    }
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config).toLocal8Bit());
    QApplication app(argc, argv);
    TestScreenSizes test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screensizes.moc"
