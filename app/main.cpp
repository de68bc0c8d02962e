// recaisse: the station's GUI. Chooses the database, prepares the demo shop when there is no
// station yet, installs the translations and shows the main window. Nothing else lives here.

#include "core/admin/health.h"
#include "core/buildinfo.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/demoshop.h"
#include "core/mail/reportworker.h"
#include "core/portability/fullexport.h"
#include "core/registermode.h"
#include "core/store.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncworker.h"
#include "core/technicalevents.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/ecologicpage.h"
#include "ui/common/mainwindow.h"
#include "ui/common/screenshottour.h"
#include "ui/common/touchkeyboarddock.h"
#include "ui/reception/depositscreen.h"
#include "ui/sync/syncpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
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
    setup.adminPin = QStringLiteral("666666");
    setup.demo = true;

    // The shop is "created" at the start of the first demo day, so that every timestamp follows
    // its creation; DemoShop then generates the days before the clock's day: from 30 days ago
    // to yesterday.
    const QTimeZone zone(setup.timeZone.toUtf8());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    core::ManualClock clock(today.addDays(-demoDays).startOfDay(zone));

    const QString partial = path + QStringLiteral(".preparing");
    core::Database::removeFiles(partial);
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
    for (const QString &suffix : core::Database::fileSuffixes()) {
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

// What the window cannot build itself for each new admin panel: the sync console, the Ecologic
// exports page and the sync and device facts the health page weighs.
void setUpAdminPanels(ui::MainWindow &window, core::Store &store, core::sync::SyncService *sync)
{
    window.setAdminPanelSetup(
        [&window, &store, sync](ui::AdminPanel &panel, const core::Actor &actor) {
            panel.setSyncPage(new ui::SyncPage(store, actor, sync));
            panel.setExportsPage(new ui::EcologicPage(store, actor));
            panel.setHealthInputsProvider([&window, &store] {
                auto inputs = core::sync::SyncEngine::healthInputs(store);
                if (inputs)
                    inputs->deviceFaults = window.deviceFaults().current();
                return inputs;
            });
        });
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
    options.screenshotSize =
        ui::ScreenshotTour::parseSize(parser.value(QStringLiteral("screenshot-size")));
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
    std::unique_ptr<core::mail::ReportService> reports;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<QThread, ThreadDeleter> worker;
    std::unique_ptr<QThread, ThreadDeleter> keyReader;

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
        // What a full export killed mid-way left in its target folder.
        if (!screenshotMode)
            core::FullExport::cleanupAfterCrash(*store);
        // The journal of technical events: the first start of each program version.
        if (!screenshotMode) {
            if (auto started = core::TechnicalEvents(*store).recordProgramStart(); !started)
                qWarning("program version not recorded: %s", qPrintable(started.error().message));
        }
        // The PINs of a station with keys are checked with the shop's pepper, which comes with
        // its keys from the keychain: read in a thread, since the keychain may take a while.
        if (!screenshotMode) {
            const auto registered = core::sync::StationRegistry::find(*store, store->station().id);
            if (registered && *registered) {
                keyReader.reset(
                    QThread::create([siteId = store->site().id, stationId = store->station().id] {
                        if (auto keys = core::sync::SiteKeyStore::load(siteId, stationId); !keys)
                            qWarning("station keys not read: %s", qPrintable(keys.error().message));
                    }));
                keyReader->start();
            }
        }
        window = std::make_unique<ui::MainWindow>(*store);
        if (!screenshotMode) {
            sync = std::make_unique<core::sync::SyncService>(path, clock);
            reports = std::make_unique<core::mail::ReportService>(path, clock);
        }
        setUpAdminPanels(*window, *store, sync.get());
        // The bot replies at once to a deposit decided here, when this station runs it.
        if (reports)
            QObject::connect(window->depositScreen(), &ui::DepositScreen::telegramDepositDecided,
                reports.get(), &core::mail::ReportService::depositDecided);
        if (options.touchKeyboard)
            window->touchKeyboard()->setMode(ui::TouchKeyboardDock::Mode::Always);
        else if (screenshotMode) // the screens themselves, not a keyboard over them
            window->touchKeyboard()->setMode(ui::TouchKeyboardDock::Mode::Never);
        if (screenshotMode) {
            ui::ScreenshotTour tour(*store, *window);
            tour.prepareWindow(screenshotData.path());
            const bool done = tour.run(options.screenshotDir, options.screenshotSize);
            QCoreApplication::exit(done ? 0 : 1);
            return;
        }
        // Device-local setting: minutes without activity before the station locks (0: never).
        const int idleMinutes =
            QSettings().value(QStringLiteral("station/idleLockMinutes"), 5).toInt();
        window->setIdleLockDelay(qBound(0, idleMinutes, 240) * 60 * 1000);
        window->showSyncOf(*sync);
        window->setRegisterMode(core::RegisterMode(*store).isOn());
        // The demo shop offers to set this PC up for real, then ReCaisse starts again on it.
        if (store->isDemo() && options.dbPath.isEmpty() && !QFile::exists(stationPath)) {
            window->offerStationSetUp(stationPath);
            QObject::connect(window.get(), &ui::MainWindow::stationSetUp, &app, [] {
                QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
                QCoreApplication::quit();
            });
        }
        window->present();
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
