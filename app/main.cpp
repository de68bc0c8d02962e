// recaisse: the station's GUI. Chooses the database, prepares the demo shop when there is no
// station yet, installs the translations and shows the main window. Nothing else lives here.

#include "core/admin/health.h"
#include "core/buildinfo.h"
#include "core/cashsession.h"
#include "core/clock.h"
#include "core/demoshop.h"
#include "core/money.h"
#include "core/store.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncworker.h"
#include "core/users.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/adminscreenshots.h"
#include "ui/admin/ecologicpage.h"
#include "ui/cashier/closesessionscreen.h"
#include "ui/cashier/opensessionscreen.h"
#include "ui/cashier/paymentdialog.h"
#include "ui/cashier/salescreen.h"
#include "ui/common/adminunlockdialog.h"
#include "ui/common/helpviewer.h"
#include "ui/common/mainwindow.h"
#include "ui/common/receiptoutput.h"
#include "ui/common/touchkeyboarddock.h"
#include "ui/sync/firststartdialog.h"
#include "ui/sync/syncbadge.h"
#include "ui/sync/syncpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

namespace {

using namespace recaisse;

constexpr int demoDays = 30;
constexpr quint32 demoSeed = 1;

// The translation context of this file's messages.
struct Launcher
{
    Q_DECLARE_TR_FUNCTIONS(Launcher)
};

struct Options
{
    QString dbPath;
    bool demo = false;
    QString screenshotDir;
    QSize screenshotSize{1366, 768};
    QString lang = QStringLiteral("fr");
    bool touchKeyboard = false;
};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Launcher::tr("ReCaisse, the till and back office of a ressourcerie."));
    parser.addHelpOption();
    // Not addVersionOption(): ours also names the commit and Qt (see versionRequested()).
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")},
        Launcher::tr("Show the version, the commit and the Qt version, then exit.")});
    parser.addOption(
        {QStringLiteral("db"), Launcher::tr("Open this station database."), Launcher::tr("file")});
    parser.addOption(
        {QStringLiteral("demo"), Launcher::tr("Open the demo shop, even if a station exists.")});
    parser.addOption({QStringLiteral("screenshots"),
        Launcher::tr("Render every screen into this folder as PNG files, then exit."),
        Launcher::tr("folder")});
    parser.addOption({QStringLiteral("screenshot-size"),
        Launcher::tr("Size of the screenshots in pixels (default 1366x768)."),
        Launcher::tr("WIDTHxHEIGHT"), QStringLiteral("1366x768")});
    parser.addOption(
        {QStringLiteral("lang"), Launcher::tr("Language of the interface: fr (default) or en."),
            QStringLiteral("fr|en"), QStringLiteral("fr")});
    parser.addOption({QStringLiteral("touch-keyboard"),
        Launcher::tr("Show the on-screen keyboard for every text field, whatever the station "
                     "setting.")});
}

// --version is answered before the QApplication exists: it must work without a display (a
// package's test, a support script over SSH).
bool versionRequested(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    addOptions(parser);
    return parser.parse(arguments) && parser.isSet(QStringLiteral("version"));
}

void printVersion()
{
    std::printf("%s\n", qPrintable(core::buildinfo::versionLine(QStringLiteral("recaisse"))));
}

// The language must be known before the translated --help can be printed, so it is read first.
QString requestedLanguage(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    (void)parser.parse(arguments);
    return parser.value(QStringLiteral("lang"));
}

void installTranslators(QApplication &app, const QString &lang)
{
    const bool french = lang != QLatin1String("en");
    QLocale::setDefault(french ? QLocale(QLocale::French, QLocale::France)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (french) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qt);
        else
            qWarning("Qt's French translation (qtbase_fr.qm) was not found.");
    }
    auto *own = new QTranslator(&app);
    const QString file =
        french ? QStringLiteral(":/i18n/recaisse_fr.qm") : QStringLiteral(":/i18n/recaisse_en.qm");
    if (own->load(file))
        QApplication::installTranslator(own);
    else
        qWarning("Translation %s is missing.", qPrintable(file));
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Runs in the worker thread: builds the demo shop in a side file with its own connection and a
// manual clock that DemoShop moves through the last 30 days, then moves it into place.
std::optional<core::Error> prepareDemoShop(
    const QString &path, const std::function<void(int, int)> &progress)
{
    core::StationSetup setup;
    setup.siteName = QStringLiteral("Ressourcerie de démonstration");
    setup.stationCode = QStringLiteral("DEMO1");
    setup.kind = core::StationKind::Register;
    // The first admin is one of the demo people, so that every PIN is on the login screen.
    setup.adminName = QStringLiteral("Dominique");
    setup.adminPin = QStringLiteral("6666");

    // The shop is "created" at the start of the first demo day, so that every timestamp follows
    // its creation; DemoShop then generates the days before the clock's day: from 30 days ago
    // to yesterday.
    const QTimeZone zone(setup.timeZone.toUtf8());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    core::ManualClock clock(today.addDays(-demoDays).startOfDay(zone));

    const QString partial = path + QStringLiteral(".preparing");
    removeDatabaseFiles(partial);
    {
        auto store = core::Store::create(partial, setup, clock);
        if (!store)
            return store.error();
        core::DemoShop shop(*store.value(), clock);
        if (auto people = shop.ensurePeople(); !people)
            return people.error();
        clock.set(today.startOfDay(zone));
        auto generated = shop.generate(demoDays, demoSeed,
            [&](core::DemoShop::Progress p) { progress(p.daysDone, p.daysTotal); });
        if (!generated)
            return generated.error();
    }
    // Only a complete demo shop gets the final name: an interrupted run starts over next time.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(partial + suffix) && !QFile::rename(partial + suffix, path + suffix)) {
            return core::makeError(core::ErrorCode::StorageFailure,
                Launcher::tr("Could not move the demo shop to %1.").arg(path + suffix));
        }
    }
    return std::nullopt;
}

// Quits a worker thread and waits for it before deleting it.
struct ThreadDeleter
{
    void operator()(QThread *thread) const
    {
        thread->quit();
        thread->wait();
        delete thread;
    }
};

// One entry per screen: how to bring the window to it, and the dialog shown over it if any
// (open, not modal, until the picture is taken). Add new screens here.
struct Screenshot
{
    QString name;
    std::function<bool(ui::MainWindow &, QString *)> show;
    std::function<QDialog *(ui::MainWindow &)> dialog = {};
};

// "1920x1080" -> 1920×1080; an invalid size otherwise.
QSize parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

// The drawer counted as core expects it, in the largest notes and coins, so that the closing
// screenshots show a balanced register.
core::DenominationCount countOf(qint64 cents)
{
    core::DenominationCount count;
    for (const qint64 value : ui::DenominationGrid::denominations()) {
        if (cents >= value) {
            count.insert(value, cents / value);
            cents %= value;
        }
    }
    return count;
}

// The window with a dialog over it, the window dimmed as on screen.
QPixmap withDialog(ui::MainWindow &window, QDialog *dialog)
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
    *error = Launcher::tr("No demo person with that role in this database.");
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

QList<Screenshot> screenshots(core::Store &store)
{
    return {
        {QStringLiteral("login"),
            [](ui::MainWindow &window, QString *) {
                window.logOut();
                return true;
            }},
        {QStringLiteral("home"),
            [&store](ui::MainWindow &window, QString *error) {
                const auto actor = logInDemo(store, core::Role::Admin, error);
                if (!actor)
                    return false;
                window.enter(*actor);
                return true;
            }},
        {QStringLiteral("open-session"),
            [&store](ui::MainWindow &window, QString *error) {
                const auto cashier = logInDemo(store, core::Role::Cashier, error);
                if (!cashier)
                    return false;
                window.enter(*cashier);
                window.showOpenSession();
                return true;
            }},
        {QStringLiteral("sale-category"),
            [&store](ui::MainWindow &window, QString *error) {
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
            [](ui::MainWindow &window, QString *) {
                typeInto(window.saleScreen(), Qt::Key_T, QStringLiteral("t")); // Textile
                typeInto(window.saleScreen(), Qt::Key_1, QStringLiteral("1"));
                return true;
            }},
        {QStringLiteral("sale-price"),
            [](ui::MainWindow &window, QString *) {
                typeInto(window.saleScreen(), Qt::Key_2, QStringLiteral("2"));
                typeInto(window.saleScreen(), Qt::Key_Return);
                return true;
            }},
        {QStringLiteral("payment"),
            [](ui::MainWindow &window, QString *) {
                typeInto(window.saleScreen(), Qt::Key_5, QStringLiteral("5"));
                typeInto(window.saleScreen(), Qt::Key_Return);
                typeInto(window.saleScreen(), Qt::Key_L, QStringLiteral("l"));
                typeInto(window.saleScreen(), Qt::Key_1, QStringLiteral("1"));
                typeInto(window.saleScreen(), Qt::Key_Return);
                typeInto(window.saleScreen(), Qt::Key_Return);
                return !window.saleScreen()->draft().lines.isEmpty();
            },
            [](ui::MainWindow &window) -> QDialog * {
                auto *dialog = new ui::PaymentDialog(
                    core::Sales::total(window.saleScreen()->draft()), &window);
                return dialog;
            }},
        {QStringLiteral("admin-unlock"), [](ui::MainWindow &, QString *) { return true; },
            [&store](ui::MainWindow &window) -> QDialog * {
                return new ui::AdminUnlockDialog(
                    store, ui::MainWindow::tr("Open the cash drawer without a sale"), &window);
            }},
        {QStringLiteral("home-register"),
            [](ui::MainWindow &window, QString *) {
                window.showHome(); // the cashier's home with the register open
                return true;
            }},
        {QStringLiteral("refund"),
            [](ui::MainWindow &window, QString *) {
                window.saleScreen()->clearTicket();
                window.showRefund();
                return true;
            }},
        {QStringLiteral("cash-movement"),
            [](ui::MainWindow &window, QString *) {
                window.showCashMovement();
                return true;
            }},
        {QStringLiteral("close-count"),
            [](ui::MainWindow &window, QString *) {
                window.showCloseSession();
                return true;
            }},
        {QStringLiteral("close-result"),
            [&store](ui::MainWindow &window, QString *error) {
                core::CashSessions sessions(store);
                const auto session = sessions.current();
                if (!session) {
                    *error = Launcher::tr("No open cash session to close.");
                    return false;
                }
                const auto totals = sessions.totals(session->seq);
                if (!totals) {
                    *error = totals.error().message;
                    return false;
                }
                auto *screen = window.closeSessionScreen();
                auto *grid = screen->findChild<ui::DenominationGrid *>();
                auto *validate =
                    screen->findChild<QPushButton *>(QStringLiteral("validateCountButton"));
                if (!grid || !validate)
                    return false;
                grid->setCount(countOf(totals->expectedCashCents()));
                validate->click();
                return screen->step() == ui::CloseSessionScreen::Step::Review;
            }},
        {QStringLiteral("z-report"),
            [](ui::MainWindow &window, QString *) {
                auto *screen = window.closeSessionScreen();
                auto *close = screen->findChild<QPushButton *>(QStringLiteral("closeButton"));
                if (!close)
                    return false;
                close->click();
                return screen->step() == ui::CloseSessionScreen::Step::Report;
            }},
        {QStringLiteral("reception"),
            [&store](ui::MainWindow &window, QString *error) {
                const auto volunteer = logInDemo(store, core::Role::Reception, error);
                if (!volunteer)
                    return false;
                window.enter(*volunteer);
                window.showDeposit();
                return true;
            }},
        {QStringLiteral("admin-sync"),
            [&store](ui::MainWindow &window, QString *error) {
                const auto admin = logInDemo(store, core::Role::Admin, error);
                if (!admin)
                    return false;
                window.enter(*admin);
                window.showAdmin();
                return window.adminPanel() && window.adminPanel()->showPage(QStringLiteral("sync"));
            }},
        {QStringLiteral("admin-exports"),
            [](ui::MainWindow &window, QString *) {
                return window.adminPanel()
                    && window.adminPanel()->showPage(QStringLiteral("exports"));
            }},
        {QStringLiteral("first-start"), [](ui::MainWindow &, QString *) { return true; },
            [](ui::MainWindow &window) -> QDialog * {
                return new ui::FirstStartDialog(QString(), &window);
            }},
        {QStringLiteral("help"), [](ui::MainWindow &, QString *) { return true; },
            [](ui::MainWindow &window) -> QDialog * {
                auto *viewer = new ui::HelpViewer(&window);
                viewer->setMinimumSize(window.size() * 9 / 10);
                viewer->showTopic(ui::HelpTopic::Sale);
                return viewer;
            }},
    };
}

// What the window cannot build itself for each new admin panel: the sync console, the Ecologic
// exports page and the sync facts the health page weighs.
void setUpAdminPanels(ui::MainWindow &window, core::Store &store, core::sync::SyncService *sync)
{
    window.setAdminPanelSetup([&store, sync](ui::AdminPanel &panel, const core::Actor &actor) {
        panel.setSyncPage(new ui::SyncPage(store, actor, sync));
        panel.setExportsPage(new ui::EcologicPage(store, actor));
        panel.setHealthInputsProvider([&store] {
            core::HealthInputs inputs;
            if (const auto status = core::sync::SyncEngine::status(store)) {
                inputs.lastBackupUtc = status->lastBackupUtc;
                inputs.lastSyncUtc = status->lastSuccessUtc;
            }
            inputs.syncErrors7d =
                core::sync::SyncEngine::failuresSince(store, store.clock().nowUtc().addDays(-7));
            return inputs;
        });
    });
}

bool renderScreenshots(
    ui::MainWindow &window, core::Store &store, const QString &dir, const QSize &size)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(
            stderr, "%s\n", qPrintable(Launcher::tr("Cannot create the folder %1.").arg(dir)));
        return false;
    }
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.setMinimumSize(QSize(0, 0));
    window.resize(size);
    window.show();
    bool allDone = true;
    for (const Screenshot &screen : screenshots(store)) {
        QString error;
        if (!screen.show(window, &error)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(screen.name), qPrintable(error));
            allDone = false;
            continue;
        }
        QCoreApplication::processEvents();
        QPixmap picture;
        if (screen.dialog) {
            std::unique_ptr<QDialog> dialog(screen.dialog(window));
            dialog->setAttribute(Qt::WA_DontShowOnScreen);
            dialog->show();
            QCoreApplication::processEvents();
            picture = withDialog(window, dialog.get());
            dialog->close();
        } else {
            picture = window.grab();
        }
        const QString file = QDir(dir).filePath(screen.name + QStringLiteral(".png"));
        if (!picture.save(file)) {
            std::fprintf(stderr, "%s\n", qPrintable(Launcher::tr("Cannot write %1.").arg(file)));
            allDone = false;
            continue;
        }
        std::printf("%s\n", qPrintable(file));
    }
    window.close();
    return allDone;
}

} // namespace

int main(int argc, char *argv[])
{
    if (versionRequested(argc, argv)) {
        printVersion();
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReCaisse"));
    QApplication::setApplicationName(QStringLiteral("ReCaisse"));
    QApplication::setApplicationVersion(core::buildinfo::version());

    installTranslators(app, requestedLanguage(QCoreApplication::arguments()));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    // Reached when Qt's own options (-platform, -style...) hid --version from the first look.
    if (parser.isSet(QStringLiteral("version"))) {
        printVersion();
        return 0;
    }

    Options options;
    options.dbPath = parser.value(QStringLiteral("db"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.screenshotDir = parser.value(QStringLiteral("screenshots"));
    options.screenshotSize = parseSize(parser.value(QStringLiteral("screenshot-size")));
    if (!options.screenshotSize.isValid()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(Launcher::tr("Give the screenshot size as WIDTHxHEIGHT, e.g. 1920x1080.")));
        return 2;
    }
    options.lang = parser.value(QStringLiteral("lang"));
    options.touchKeyboard = parser.isSet(QStringLiteral("touch-keyboard"));
    if (options.lang != QLatin1String("fr") && options.lang != QLatin1String("en")) {
        std::fprintf(stderr, "%s\n",
            qPrintable(Launcher::tr("Unknown language %1: use fr or en.").arg(options.lang)));
        return 2;
    }
    const bool screenshotMode = !options.screenshotDir.isEmpty();

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setStyleSheet(ui::MainWindow::styleSheet());

    // Screenshots run unattended: errors go to stderr instead of a dialog nobody can close.
    const auto fail = [screenshotMode](const QString &message) {
        if (screenshotMode)
            std::fprintf(stderr, "%s\n", qPrintable(message));
        else
            QMessageBox::critical(nullptr, Launcher::tr("ReCaisse"), message);
        QCoreApplication::exit(1);
    };

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    const QString stationPath = QDir(dataDir).filePath(QStringLiteral("station.sqlite"));
    QString path;
    bool needsDemo = false;
    if (!options.dbPath.isEmpty()) {
        path = options.dbPath;
    } else if (!options.demo && QFile::exists(stationPath)) {
        path = stationPath;
    } else {
        path = QDir(dataDir).filePath(QStringLiteral("demo.sqlite"));
        needsDemo = !QFile::exists(path);
    }

    // Destroyed in reverse order: the window before the store, the store before its clock.
    core::SystemClock clock;
    std::unique_ptr<core::Store> store;
    std::unique_ptr<core::sync::SyncService> sync;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<QThread, ThreadDeleter> worker;

    // Screenshots open sessions and record tickets: they work on a copy, never on real data.
    QTemporaryDir screenshotData;
    const auto startGui = [&] {
        if (screenshotMode) {
            const QString copy = screenshotData.filePath(QStringLiteral("station.sqlite"));
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                if (QFile::exists(path + suffix) && !QFile::copy(path + suffix, copy + suffix)) {
                    fail(Launcher::tr("Cannot copy %1 for the screenshots.").arg(path + suffix));
                    return;
                }
            }
            path = copy;
        }
        auto opened = core::Store::open(path, clock);
        if (!opened) {
            fail(opened.error().message);
            return;
        }
        store = std::move(opened.value());
        window = std::make_unique<ui::MainWindow>(*store);
        if (!screenshotMode)
            sync = std::make_unique<core::sync::SyncService>(path, clock);
        setUpAdminPanels(*window, *store, sync.get());
        // Device-local setting: minutes without activity before the station locks (0: never).
        const int idleMinutes =
            QSettings().value(QStringLiteral("station/idleLockMinutes"), 5).toInt();
        window->setIdleLockDelay(screenshotMode ? 0 : qBound(0, idleMinutes, 240) * 60 * 1000);
        if (options.touchKeyboard)
            window->touchKeyboard()->setMode(ui::TouchKeyboardDock::Mode::Always);
        else if (screenshotMode) // the screens themselves, not a keyboard over them
            window->touchKeyboard()->setMode(ui::TouchKeyboardDock::Mode::Never);
        if (screenshotMode) {
            // The badge as the worker would show it, from the station's sync state.
            auto *badge = new ui::SyncBadge;
            core::sync::SyncSnapshot snapshot;
            if (const auto status = core::sync::SyncEngine::status(*store)) {
                snapshot.status = *status;
                snapshot.state = status->configured ? core::sync::SyncState::Pending
                                                    : core::sync::SyncState::Off;
            }
            badge->show(snapshot);
            window->setSyncBadge(badge);
            // The tickets recorded for the screenshots are printed nowhere but in the copy.
            ui::ReceiptOutput::Config config = window->receiptOutput()->config();
            config.escposHost.clear();
            config.escposDevice.clear();
            config.systemPrinter = false;
            config.pdfFolder = screenshotData.filePath(QStringLiteral("receipts"));
            window->receiptOutput()->setConfig(config);
            bool done =
                renderScreenshots(*window, *store, options.screenshotDir, options.screenshotSize);
            QString error;
            if (const auto admin = logInDemo(*store, core::Role::Admin, &error))
                ui::renderAdminScreenshots(
                    *store, *admin, options.screenshotDir, options.screenshotSize);
            else
                done = false;
            QCoreApplication::exit(done ? 0 : 1);
            return;
        }
        // The sync badge; the demo shop offers to set this PC up for real.
        auto *statusArea = new QWidget;
        auto *statusLayout = new QHBoxLayout(statusArea);
        statusLayout->setContentsMargins(0, 0, 0, 0);
        if (store->isDemo() && options.dbPath.isEmpty() && !QFile::exists(stationPath)) {
            auto *setUp = new QPushButton(Launcher::tr("Set up this computer…"));
            setUp->setObjectName(QStringLiteral("setUpButton"));
            setUp->setMinimumHeight(36);
            statusLayout->addWidget(setUp);
            QObject::connect(setUp, &QPushButton::clicked, window.get(), [&, stationPath] {
                ui::FirstStartDialog dialog(stationPath, window.get());
                if (dialog.exec() != QDialog::Accepted)
                    return;
                QMessageBox::information(window.get(), Launcher::tr("ReCaisse"),
                    Launcher::tr("This computer is now a station of the shop. ReCaisse restarts "
                                 "on it."));
                QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
                QCoreApplication::quit();
            });
        }
        auto *badge = new ui::SyncBadge;
        statusLayout->addWidget(badge);
        QObject::connect(
            sync->worker(), &core::sync::SyncWorker::snapshotChanged, badge, &ui::SyncBadge::show);
        QObject::connect(
            badge, &ui::SyncBadge::syncRequested, sync.get(), &core::sync::SyncService::syncNow);
        window->setSyncBadge(statusArea);

        const QScreen *screen = window->screen();
        if (screen
            && (screen->availableSize().width() <= 1366 || screen->availableSize().height() <= 768))
            window->showMaximized();
        else
            window->show();
    };

    if (!needsDemo) {
        QTimer::singleShot(0, &app, startGui);
        return app.exec();
    }

    // The demo shop takes a few seconds to generate: a worker does it while a dialog says so.
    auto *progress =
        new QProgressDialog(Launcher::tr("Preparing the demo shop…"), QString(), 0, demoDays);
    progress->setWindowTitle(Launcher::tr("ReCaisse"));
    progress->setCancelButton(nullptr);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumWidth(420);
    progress->setValue(0);

    auto error = std::make_shared<std::optional<core::Error>>();
    worker.reset(QThread::create([path, error, progress] {
        *error = prepareDemoShop(path, [progress](int done, int total) {
            QMetaObject::invokeMethod(
                progress,
                [progress, done, total] {
                    progress->setMaximum(total);
                    progress->setValue(done);
                },
                Qt::QueuedConnection);
        });
    }));
    QObject::connect(worker.get(), &QThread::finished, progress, [&, progress, error] {
        progress->close();
        progress->deleteLater();
        if (*error) {
            fail((*error)->message);
            return;
        }
        startGui();
    });
    progress->show();
    worker->start();
    return app.exec();
}
