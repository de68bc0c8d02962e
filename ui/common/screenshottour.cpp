#include "screenshottour.h"

#include "adminunlockdialog.h"
#include "core/cashsession.h"
#include "core/demoshop.h"
#include "core/members.h"
#include "core/sales.h"
#include "core/store.h"
#include "core/sync/syncengine.h"
#include "core/users.h"
#include "helpviewer.h"
#include "mainwindow.h"
#include "receiptoutput.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/adminscreenshots.h"
#include "ui/cashier/closesessionscreen.h"
#include "ui/cashier/opensessionscreen.h"
#include "ui/cashier/paymentdialog.h"
#include "ui/cashier/salescreen.h"
#include "ui/sync/firststartdialog.h"
#include "ui/sync/syncbadge.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

namespace recaisse::ui {

namespace {

// One entry per screen: how to bring the window to it, and the dialog shown over it if any
// (open, not modal, until the picture is taken). Add new screens here.
struct Screenshot
{
    QString name;
    std::function<bool(MainWindow &, QString *)> show;
    std::function<QDialog *(MainWindow &)> dialog = {};
};

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

QString sizeText(QSize size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

// What a widget needs at least: its minimum size if one is set, its layout's otherwise.
QSize neededSize(const QWidget &widget)
{
    return widget.minimumSize().expandedTo(widget.minimumSizeHint());
}

bool fits(QSize needed, QSize size)
{
    return needed.width() <= size.width() && needed.height() <= size.height();
}

// The drawer counted as core expects it, in the largest notes and coins, so that the closing
// screenshots show a balanced register.
core::DenominationCount countOf(qint64 cents)
{
    core::DenominationCount count;
    for (const qint64 value : DenominationGrid::denominations()) {
        if (cents >= value) {
            count.insert(value, cents / value);
            cents %= value;
        }
    }
    return count;
}

// The window with a dialog over it, the window dimmed as on screen.
QPixmap withDialog(MainWindow &window, QDialog *dialog)
{
    QPixmap picture = window.grab();
    dialog->adjustSize();
    const QSize size = dialog->size().boundedTo(window.size());
    dialog->resize(size);
    QCoreApplication::processEvents();
    const QPixmap front = dialog->grab();
    QPainter painter(&picture);
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90));
    const QPoint at((picture.width() - front.width()) / 2, (picture.height() - front.height()) / 2);
    painter.drawPixmap(at, front);
    painter.setPen(QColor(0x1B, 0x5E, 0x20));
    painter.drawRect(QRect(at, front.size()).adjusted(0, 0, -1, -1));
    return picture;
}

// Logs a demo person in through core, as the login screen does.
std::optional<core::Actor> logInDemo(core::Store &store, core::Role role, QString *error)
{
    core::Users users(store);
    for (const core::DemoPerson &person : core::demoPeople()) {
        if (QLatin1String(person.roleKey) != core::toKey(role))
            continue;
        const auto user = users.findByName(QString::fromUtf8(person.name));
        if (!user)
            continue;
        auto actor = users.login(user->id, QString::fromLatin1(person.pin));
        if (!actor) {
            *error = actor.error().message;
            return std::nullopt;
        }
        return actor.value();
    }
    *error = ScreenshotTour::tr("No demo person with that role in this database.");
    return std::nullopt;
}

// Types as a cashier would: to the focused field, or to the screen itself.
void typeInto(QWidget *screen, Qt::Key key, const QString &text = {})
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : screen;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &release);
    QCoreApplication::processEvents();
}

// The ticket being keyed linked to a member who paid a fee and bought once before (by card, so
// that the drawer's count stays the same): the ticket pane shows the member, and the members page
// of the administration their purchases.
bool showTicketMember(core::Store &store, MainWindow &window, QString *error)
{
    if (!window.actor()) {
        *error = ScreenshotTour::tr("Nobody is logged in.");
        return false;
    }
    const core::Actor cashier = *window.actor();
    core::Members members(store);
    auto member = members.create(cashier, QStringLiteral("Dominique Lapierre"), {});
    if (!member) {
        *error = member.error().message;
        return false;
    }
    if (auto fee = members.recordFee(cashier, {member->id, core::PaymentMethod::Card, 1500});
        !fee) {
        *error = fee.error().message;
        return false;
    }
    core::SaleDraft earlier{{{QStringLiteral("livres.livre"), 2, 150, std::nullopt}},
        {{core::PaymentMethod::Card, 300}}};
    earlier.memberId = member->id;
    if (auto sold = core::Sales(store).record(cashier, earlier); !sold) {
        *error = sold.error().message;
        return false;
    }
    window.saleScreen()->linkMember(*member);
    return !window.saleScreen()->draft().memberId.isEmpty();
}

QList<Screenshot> screenshots(core::Store &store)
{
    return {
        {QStringLiteral("login"),
            [](MainWindow &window, QString *) {
                window.logOut();
                return true;
            }},
        {QStringLiteral("home"),
            [&store](MainWindow &window, QString *error) {
                const auto actor = logInDemo(store, core::Role::Admin, error);
                if (!actor)
                    return false;
                window.enter(*actor);
                return true;
            }},
        {QStringLiteral("open-session"),
            [&store](MainWindow &window, QString *error) {
                const auto cashier = logInDemo(store, core::Role::Cashier, error);
                if (!cashier)
                    return false;
                window.enter(*cashier);
                window.showOpenSession();
                return true;
            }},
        {QStringLiteral("sale-category"),
            [&store](MainWindow &window, QString *error) {
                if (!window.actor())
                    return false;
                if (!core::CashSessions(store).current()) {
                    auto opened = core::CashSessions(store).open(*window.actor(), 15000);
                    if (!opened) {
                        *error = opened.error().message;
                        return false;
                    }
                }
                window.showSale();
                return true;
            }},
        {QStringLiteral("sale-quantity"),
            [](MainWindow &window, QString *) {
                typeInto(window.saleScreen(), Qt::Key_T, QStringLiteral("t")); // Textile
                typeInto(window.saleScreen(), Qt::Key_1, QStringLiteral("1"));
                return true;
            }},
        {QStringLiteral("sale-price"),
            [](MainWindow &window, QString *) {
                typeInto(window.saleScreen(), Qt::Key_2, QStringLiteral("2"));
                typeInto(window.saleScreen(), Qt::Key_Return);
                return true;
            }},
        {QStringLiteral("payment"),
            [](MainWindow &window, QString *) {
                typeInto(window.saleScreen(), Qt::Key_5, QStringLiteral("5"));
                typeInto(window.saleScreen(), Qt::Key_Return);
                typeInto(window.saleScreen(), Qt::Key_L, QStringLiteral("l"));
                typeInto(window.saleScreen(), Qt::Key_1, QStringLiteral("1"));
                typeInto(window.saleScreen(), Qt::Key_Return);
                typeInto(window.saleScreen(), Qt::Key_Return);
                return !window.saleScreen()->draft().lines.isEmpty();
            },
            [](MainWindow &window) -> QDialog * {
                return new PaymentDialog(core::Sales::total(window.saleScreen()->draft()), &window);
            }},
        {QStringLiteral("sale-member"),
            [&store](MainWindow &window, QString *error) {
                return showTicketMember(store, window, error);
            }},
        {QStringLiteral("admin-unlock"), [](MainWindow &, QString *) { return true; },
            [&store](MainWindow &window) -> QDialog * {
                return new AdminUnlockDialog(
                    store, MainWindow::tr("Open the cash drawer without a sale"), &window);
            }},
        {QStringLiteral("home-register"),
            [](MainWindow &window, QString *) {
                window.showHome(); // the cashier's home with the register open
                return true;
            }},
        {QStringLiteral("refund"),
            [](MainWindow &window, QString *) {
                window.saleScreen()->clearTicket();
                window.showRefund();
                return true;
            }},
        {QStringLiteral("cash-movement"),
            [](MainWindow &window, QString *) {
                window.showCashMovement();
                return true;
            }},
        {QStringLiteral("close-count"),
            [](MainWindow &window, QString *) {
                window.showCloseSession();
                return true;
            }},
        {QStringLiteral("close-result"),
            [&store](MainWindow &window, QString *error) {
                core::CashSessions sessions(store);
                const auto session = sessions.current();
                if (!session) {
                    *error = ScreenshotTour::tr("No open cash session to close.");
                    return false;
                }
                const auto totals = sessions.totals(session->seq);
                if (!totals) {
                    *error = totals.error().message;
                    return false;
                }
                auto *screen = window.closeSessionScreen();
                auto *grid = screen->findChild<DenominationGrid *>();
                auto *validate =
                    screen->findChild<QPushButton *>(QStringLiteral("validateCountButton"));
                if (!grid || !validate)
                    return false;
                grid->setCount(countOf(totals->expectedCashCents()));
                validate->click();
                return screen->step() == CloseSessionScreen::Step::Review;
            }},
        {QStringLiteral("z-report"),
            [](MainWindow &window, QString *) {
                auto *screen = window.closeSessionScreen();
                auto *close = screen->findChild<QPushButton *>(QStringLiteral("closeButton"));
                if (!close)
                    return false;
                close->click();
                return screen->step() == CloseSessionScreen::Step::Report;
            }},
        {QStringLiteral("reception"),
            [&store](MainWindow &window, QString *error) {
                const auto volunteer = logInDemo(store, core::Role::Reception, error);
                if (!volunteer)
                    return false;
                window.enter(*volunteer);
                window.showDeposit();
                return true;
            }},
        {QStringLiteral("outflows"),
            [](MainWindow &window, QString *) {
                window.showOutflow();
                return true;
            }},
        {QStringLiteral("admin-sync"),
            [&store](MainWindow &window, QString *error) {
                const auto admin = logInDemo(store, core::Role::Admin, error);
                if (!admin)
                    return false;
                window.enter(*admin);
                window.showAdmin();
                return window.adminPanel() && window.adminPanel()->showPage(QStringLiteral("sync"));
            }},
        {QStringLiteral("admin-exports"),
            [](MainWindow &window, QString *) {
                return window.adminPanel()
                    && window.adminPanel()->showPage(QStringLiteral("exports"));
            }},
        {QStringLiteral("first-start"), [](MainWindow &, QString *) { return true; },
            [](MainWindow &window) -> QDialog * {
                return new FirstStartDialog(QString(), &window);
            }},
        {QStringLiteral("first-start-restore"), [](MainWindow &, QString *) { return true; },
            [](MainWindow &window) -> QDialog * {
                // The lost station's restore from kDrive: its fields, its restore points.
                auto *dialog = new FirstStartDialog(QString(), &window);
                if (auto *tabs = dialog->findChild<QTabWidget *>())
                    tabs->setCurrentIndex(2);
                return dialog;
            }},
        {QStringLiteral("help"), [](MainWindow &, QString *) { return true; },
            [](MainWindow &window) -> QDialog * {
                auto *viewer = new HelpViewer(&window);
                viewer->setMinimumSize(window.size() * 9 / 10);
                viewer->showTopic(HelpTopic::Sale);
                return viewer;
            }},
    };
}

// Why the main window cannot be shown at size: the pages of its stack that need more room than
// the window leaves them. Empty when it fits.
QString windowOverflow(MainWindow &window, QSize size)
{
    const QSize needed = neededSize(window);
    if (fits(needed, size))
        return {};
    QStringList culprits;
    if (auto *stack = window.findChild<QStackedWidget *>()) {
        // The window around the stack (title bands, status bar) takes the same room on any page.
        const QSize chrome = needed - neededSize(*stack);
        const QSize room = size - chrome;
        for (int i = 0; i < stack->count(); ++i) {
            QWidget *page = stack->widget(i);
            const QSize pageNeeds = neededSize(*page);
            if (fits(pageNeeds, room))
                continue;
            // A framed screen is the last child of a plain frame widget: name the screen.
            const auto children = page->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
            const bool frame = page->metaObject() == &QWidget::staticMetaObject;
            const QWidget *named = frame && !children.isEmpty() ? children.last() : page;
            culprits.append(QStringLiteral("%1 %2").arg(
                QString::fromLatin1(named->metaObject()->className()), sizeText(pageNeeds)));
        }
    }
    return ScreenshotTour::tr("the window needs at least %1 pixels, more than %2 (%3)")
        .arg(sizeText(needed), sizeText(size), culprits.join(QStringLiteral(", ")));
}

} // namespace

ScreenshotTour::ScreenshotTour(core::Store &store, MainWindow &window)
    : m_store(store)
    , m_window(window)
{
}

QSize ScreenshotTour::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

void ScreenshotTour::prepareWindow(const QString &scratchFolder)
{
    m_window.setIdleLockDelay(0);
    // The badge as the worker would show it, from the station's sync state.
    auto *badge = new SyncBadge;
    core::sync::SyncSnapshot snapshot;
    if (const auto status = core::sync::SyncEngine::status(m_store)) {
        snapshot.status = *status;
        snapshot.state =
            status->configured ? core::sync::SyncState::Pending : core::sync::SyncState::Off;
    }
    badge->show(snapshot);
    m_window.setSyncBadge(badge);
    // The tickets recorded for the screenshots are printed nowhere but in the scratch folder.
    ReceiptOutput::Config config = m_window.receiptOutput()->config();
    config.escposHost.clear();
    config.escposDevice.clear();
    config.systemPrinter = false;
    config.pdfFolder = QDir(scratchFolder).filePath(QStringLiteral("receipts"));
    m_window.receiptOutput()->setConfig(config);
}

bool ScreenshotTour::run(const QString &dir, QSize size)
{
    if (!QDir().mkpath(dir)) {
        printError(tr("Cannot create the folder %1.").arg(dir));
        return false;
    }
    m_window.setAttribute(Qt::WA_DontShowOnScreen);
    m_window.setMinimumSize(QSize(0, 0));
    m_window.resize(size);
    m_window.show();
    bool allDone = true;
    for (const Screenshot &screen : screenshots(m_store)) {
        QString error;
        if (!screen.show(m_window, &error)) {
            printError(QStringLiteral("%1: %2").arg(screen.name, error));
            allDone = false;
            continue;
        }
        QCoreApplication::processEvents();
        if (const QString overflow = windowOverflow(m_window, size); !overflow.isEmpty()) {
            printError(tr("Screen %1 does not fit: %2.").arg(screen.name, overflow));
            allDone = false;
        }
        QPixmap picture;
        if (screen.dialog) {
            std::unique_ptr<QDialog> dialog(screen.dialog(m_window));
            dialog->setAttribute(Qt::WA_DontShowOnScreen);
            dialog->show();
            QCoreApplication::processEvents();
            if (const QSize needed = neededSize(*dialog); !fits(needed, size)) {
                printError(tr("Screen %1 does not fit: the dialog needs at least %2 pixels, "
                              "more than %3.")
                               .arg(screen.name, sizeText(needed), sizeText(size)));
                allDone = false;
            }
            picture = withDialog(m_window, dialog.get());
            dialog->close();
        } else {
            picture = m_window.grab();
        }
        // Kept even when the screen did not fit, to show what overflows.
        const QString file = QDir(dir).filePath(screen.name + QStringLiteral(".png"));
        if (!picture.save(file)) {
            printError(tr("Cannot write %1.").arg(file));
            allDone = false;
            continue;
        }
        std::printf("%s\n", qPrintable(file));
    }
    m_window.close();

    QString error;
    const auto admin = logInDemo(m_store, core::Role::Admin, &error);
    if (!admin) {
        printError(QStringLiteral("admin: %1").arg(error));
        return false;
    }
    return renderAdminScreenshots(m_store, *admin, dir, size) && allDone;
}

} // namespace recaisse::ui
