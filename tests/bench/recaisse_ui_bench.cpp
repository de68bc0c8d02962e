// recaisse-ui-bench: how long the window takes to show the login screen on a database holding
// years of demo activity, and how long the sale screen takes to paint after a key press. Prints
// one JSON object on stdout; progress goes to stderr. It only measures: nothing here fails on a
// timing. Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "benchsupport.h"
#include "core/cashsession.h"
#include "core/categories.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/demoshop.h"
#include "core/statistics.h"
#include "core/store.h"
#include "core/users.h"
#include "paintwatcher.h"
#include "ui/cashier/salescreen.h"
#include "ui/common/loginscreen.h"
#include "ui/common/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

#ifndef RECAISSE_VERSION
#define RECAISSE_VERSION "dev"
#endif

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::bench;

namespace {

struct Options
{
    int days = 3650;
    int runs = 7;
    int keys = 1000;
    bool quick = false;
    QString workdir;
};

Options parseOptions(const QStringList &arguments)
{
    Options options;
    std::optional<int> days;
    std::optional<int> runs;
    std::optional<int> keys;
    const auto number = [&](int &i, const QString &name) {
        bool ok = false;
        const int value = i + 1 < arguments.size() ? arguments.at(++i).toInt(&ok) : 0;
        if (!ok || value < 1)
            fail(QStringLiteral("%1 needs a positive whole number").arg(name));
        return value;
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--days"))
            days = number(i, a);
        else if (a == QLatin1String("--runs"))
            runs = number(i, a);
        else if (a == QLatin1String("--keys"))
            keys = number(i, a);
        else if (a == QLatin1String("--quick"))
            options.quick = true;
        else if (a == QLatin1String("--workdir") && i + 1 < arguments.size())
            options.workdir = arguments.at(++i);
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            QTextStream(stdout)
                << "usage: recaisse-ui-bench [--days N] [--runs N] [--keys N] [--quick] "
                   "[--workdir DIR]\n"
                   "  --days N      days of demo activity in the database (3650)\n"
                   "  --runs N      startups timed, each with a fresh store and window (7)\n"
                   "  --keys N      key presses timed on the sale screen (1000, at least 500)\n"
                   "  --quick       --days 365 --runs 3 --keys 500\n"
                   "  --workdir DIR keeps the generated database there between runs (same file\n"
                   "                as recaisse-bench --preload-days N)\n"
                   "Runs on the offscreen platform unless QT_QPA_PLATFORM is set.\n";
            std::exit(0);
        } else
            fail(QStringLiteral("unknown option \"%1\" (see --help)").arg(a));
    }
    if (options.quick) {
        options.days = 365;
        options.runs = 3;
        options.keys = 500;
    }
    if (days)
        options.days = *days;
    if (runs)
        options.runs = *runs;
    if (keys)
        options.keys = *keys;
    options.keys = std::max(options.keys, 500);
    return options;
}

struct StartupResult
{
    std::vector<double> ms;
    qint64 sales = 0;
    qint64 lines = 0;
};

// Store::open + MainWindow + show(), until the login screen has painted; a fresh store and window
// each run.
StartupResult measureStartup(const QString &path, int runs, PaintWatcher &watcher)
{
    StartupResult result;
    ManualClock clock(benchNow().addSecs(3600));
    for (int run = 0; run < runs; ++run) {
        watcher.watch(nullptr);
        const auto t0 = Steady::now();
        auto store = take(Store::open(path, clock), "open the demo database");
        auto window = std::make_unique<ui::MainWindow>(*store);
        watcher.watch(window->loginScreen());
        window->resize(1366, 768);
        window->show();
        if (!waitForPaint(watcher, 30000))
            fail(QStringLiteral("the login screen did not paint within 30 s"));
        const auto t1 = Steady::now();
        result.ms.push_back(ms(t1 - t0));
        err() << "  startup " << (run + 1) << "/" << runs << ": " << rounded(result.ms.back(), 1)
              << " ms" << Qt::endl;
        watcher.watch(nullptr);
        window.reset();
        drainEvents();
        if (run == 0) {
            const StoreStatistics stats = StoreStatistics::collect(*store);
            result.sales = stats.sales;
            result.lines = stats.saleLines;
        }
    }
    return result;
}

std::optional<Actor> logInAdmin(Store &store)
{
    Users users(store);
    for (const DemoPerson &person : demoPeople()) {
        if (QLatin1String(person.roleKey) != toKey(Role::Admin))
            continue;
        const auto user = users.findByName(QString::fromUtf8(person.name));
        if (!user)
            continue;
        if (auto actor = users.login(user->id, QString::fromLatin1(person.pin)))
            return actor.value();
    }
    return std::nullopt;
}

struct KeyResult
{
    std::vector<double> ms;
    int forced = 0;
    int linesAdded = 0;
    QStringList shortcuts;
};

// What a cashier types next, from the step the sale screen is at: a category shortcut letter,
// then a sub-category digit, a quantity and Return, a weight and Return when asked, a price and
// Return; now and then Escape to go back one step.
struct Typist
{
    QStringList shortcuts;
    int cycle = 0;
    int position = 0; // within the current field
    ui::SaleScreen::Step lastStep = ui::SaleScreen::Step::Category;
    QString lastLevel;

    struct Key
    {
        Qt::Key key;
        char text;
    };

    Key next(const ui::SaleScreen &screen)
    {
        using Step = ui::SaleScreen::Step;
        const Step step = screen.currentStep();
        if (step != lastStep || screen.categoryLevel() != lastLevel)
            position = 0;
        lastStep = step;
        lastLevel = screen.categoryLevel();
        const int at = position++;
        switch (step) {
        case Step::Category:
            if (screen.categoryLevel().isEmpty()) {
                ++cycle;
                const QString letter = shortcuts.at(cycle % shortcuts.size()).toLower();
                const char c = letter.at(0).toLatin1();
                return {Qt::Key(Qt::Key_A + (c - 'a')), c};
            }
            // A sub-category: the first or second button, by turns.
            return at == 0 ? Key{cycle % 2 ? Qt::Key_1 : Qt::Key_2, cycle % 2 ? '1' : '2'}
                           : Key{Qt::Key_Escape, 0};
        case Step::Quantity:
            return at == 0 ? Key{Qt::Key_2, '2'}
                : at == 1  ? Key{Qt::Key_Return, 0}
                           : Key{Qt::Key_Escape, 0}; // refused: back, and start over
        case Step::Weight:
            return at == 0 ? Key{Qt::Key_1, '1'}
                : at == 1  ? Key{Qt::Key_Return, 0}
                           : Key{Qt::Key_Escape, 0};
        case Step::Price:
            // Every fifth line, Escape back to the quantity once before pricing it.
            if (cycle % 5 == 0 && at == 0) {
                ++cycle;
                return {Qt::Key_Escape, 0};
            }
            if (at == 0)
                return {Qt::Key_3, '3'};
            if (at == 1)
                return {Qt::Key_5, '5'};
            if (at == 2)
                return {Qt::Key_Return, 0};
            return {Qt::Key_Escape, 0}; // refused: back, and start over
        }
        return {Qt::Key_Escape, 0};
    }
};

KeyResult measureKeys(ui::MainWindow &window, Store &store, int keys, PaintWatcher &watcher)
{
    KeyResult result;
    ui::SaleScreen *screen = window.saleScreen();
    screen->setUnlockPrompt([](const QString &) { return std::optional<Unlock>(); });
    for (const Category &root : CategoryCatalog(store).children(QString())) {
        if (root.active && root.shortcut.size() == 1 && root.shortcut.at(0).isLetter()
            && root.shortcut.at(0).toLatin1() != 0)
            result.shortcuts.append(root.shortcut);
    }
    if (result.shortcuts.isEmpty())
        fail(QStringLiteral("no root category has a letter shortcut"));

    Typist typist;
    typist.shortcuts = result.shortcuts;
    const int warmup = 50;
    result.ms.reserve(std::size_t(keys));
    for (int i = 0; i < warmup + keys; ++i) {
        const Typist::Key key = typist.next(*screen);
        const qsizetype linesBefore = screen->draft().lines.size();
        drainEvents();
        QWidget *target = QApplication::focusWidget();
        if (!target || target->window() != &window)
            target = screen;
        watcher.watch(&window);
        const auto t0 = Steady::now();
        if (key.text)
            QTest::keyClick(target, key.text);
        else
            QTest::keyClick(target, key.key);
        const bool painted = waitForPaint(watcher, 200);
        if (!painted)
            window.repaint(); // synchronous: paints every widget of the window now
        const auto t1 = Steady::now();
        const bool seen = watcher.seen;
        watcher.watch(nullptr);
        if (!seen)
            fail(QStringLiteral("no paint after key press %1, even after repaint()").arg(i));
        if (i >= warmup) {
            result.ms.push_back(ms(t1 - t0));
            if (!painted)
                ++result.forced;
        }
        if (screen->draft().lines.size() > linesBefore)
            ++result.linesAdded;
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setProgramName("recaisse-ui-bench");
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const Options options = parseOptions(arguments);

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setStyleSheet(ui::MainWindow::styleSheet());
    QApplication::setCursorFlashTime(0); // no blinking caret painting between key presses

    std::unique_ptr<QTemporaryDir> temporary;
    const QString workdir = workdirFor(options.workdir, temporary);

    bool cacheHit = false;
    const QString cached = cachedDemoDatabase(workdir, options.days, &cacheHit);
    // The runs open sessions and record nothing else, but still write: they work on a copy.
    const QString path = QDir(workdir).filePath(QStringLiteral("ui-run.sqlite"));
    removeDatabase(path);
    if (!QFile::copy(cached, path))
        fail(QStringLiteral("cannot copy %1").arg(cached));

    PaintWatcher watcher;
    app.installEventFilter(&watcher);

    err() << "timing " << options.runs << " startups to the login screen" << Qt::endl;
    StartupResult startup = measureStartup(path, options.runs, watcher);
    std::vector<double> startupSorted = startup.ms;
    std::sort(startupSorted.begin(), startupSorted.end());

    err() << "timing " << options.keys << " key presses on the sale screen" << Qt::endl;
    ManualClock clock(benchNow().addSecs(3600));
    auto store = take(Store::open(path, clock), "open the demo database");
    const std::optional<Actor> admin = logInAdmin(*store);
    if (!admin)
        fail(QStringLiteral("no demo administrator could log in"));
    CashSessions sessions(*store);
    if (!sessions.current())
        take(sessions.open(*admin, 15000), "open a session");
    KeyResult keys;
    {
        ui::MainWindow window(*store);
        window.resize(1366, 768);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            fail(QStringLiteral("the window was not exposed"));
        window.activateWindow();
        (void)QTest::qWaitForWindowActive(&window, 1000);
        window.enter(*admin);
        window.showSale();
        drainEvents();
        keys = measureKeys(window, *store, options.keys, watcher);
        app.removeEventFilter(&watcher);
        window.saleScreen()->clearTicket();
    }
    std::vector<double> keySorted = keys.ms;
    std::sort(keySorted.begin(), keySorted.end());

    QJsonArray startupRuns;
    for (double v : startup.ms)
        startupRuns.append(rounded(v, 2));
    const QString paintMethod = keys.forced == 0 ? QStringLiteral("paint-event")
        : keys.forced == int(keys.ms.size())
        ? QStringLiteral("forced-repaint")
        : QStringLiteral("paint-event, %1 forced repaint()").arg(keys.forced);
    const QJsonObject runs{
        {QStringLiteral("version"), QStringLiteral(RECAISSE_VERSION)},
        {QStringLiteral("startup_runs"), startupRuns},
        {QStringLiteral("startup_to_login_min_ms"),
            rounded(startupSorted.empty() ? 0 : startupSorted.front())},
        {QStringLiteral("keypress_to_paint_max_ms"),
            rounded(keySorted.empty() ? 0 : keySorted.back())},
        {QStringLiteral("keypress_warmup"), 50},
        {QStringLiteral("forced_repaints"), keys.forced},
        {QStringLiteral("ticket_lines_added"), keys.linesAdded},
        {QStringLiteral("shortcuts"), QJsonArray::fromStringList(keys.shortcuts)},
        {QStringLiteral("database_cached"), cacheHit},
        {QStringLiteral("quick"), options.quick},
        {QStringLiteral("workdir"),
            options.workdir.isEmpty() ? QStringLiteral("(temporary)") : workdir},
    };
    const QJsonObject dataset{
        {QStringLiteral("days"), options.days},
        {QStringLiteral("sales"), startup.sales},
        {QStringLiteral("sale_lines"), startup.lines},
    };
    const QJsonObject result{
        {QStringLiteral("startup_to_login_ms"), rounded(quantile(startupSorted, 0.5))},
        {QStringLiteral("startup_to_login_max_ms"),
            rounded(startupSorted.empty() ? 0 : startupSorted.back())},
        {QStringLiteral("startup_runs"), int(startup.ms.size())},
        {QStringLiteral("keypress_to_paint_p50_ms"), rounded(quantile(keySorted, 0.50))},
        {QStringLiteral("keypress_to_paint_p99_ms"), rounded(quantile(keySorted, 0.99))},
        {QStringLiteral("samples"), int(keys.ms.size())},
        {QStringLiteral("paint_method"), paintMethod},
        {QStringLiteral("dataset"), dataset},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("runs"), runs},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    store.reset();
    removeDatabase(path);
    return 0;
}
