// recaisse-admin-ui-bench: the back office's long lists on a site with 3 stations × N days of
// demo data, as the manager sees them: how long the audit trail and the cash sessions take to
// open (from the click in the navigation to the painted list), and how long the audit trail takes
// to paint after each Page Down while scrolling through it (pages are read as the view reaches
// its bottom). Prints one JSON object on stdout; progress goes to stderr. It only measures:
// nothing here fails on a timing. Runs on the offscreen platform unless QT_QPA_PLATFORM says
// otherwise.

#include "benchsupport.h"
#include "core/clock.h"
#include "core/store.h"
#include "core/users.h"
#include "paintwatcher.h"
#include "ui/admin/adminpanel.h"
#include "ui/admin/auditpage.h"
#include "ui/admin/sessionspage.h"
#include "ui/common/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace recaisse;
using namespace recaisse::bench;

namespace {

struct Options
{
    int days = 3650;
    int runs = 5;
    int keys = 300;
    QString workdir;
    bool quick = false;
};

Options parseOptions(const QStringList &arguments)
{
    Options options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const auto number = [&](const char *name) {
            bool ok = false;
            const int value = arguments.value(i + 1).toInt(&ok);
            if (!ok || value <= 0)
                fail(QStringLiteral("%1 needs a positive number").arg(QString::fromLatin1(name)));
            ++i;
            return value;
        };
        if (a == QLatin1String("--days"))
            options.days = number("--days");
        else if (a == QLatin1String("--runs"))
            options.runs = number("--runs");
        else if (a == QLatin1String("--keys"))
            options.keys = number("--keys");
        else if (a == QLatin1String("--workdir") && i + 1 < arguments.size())
            options.workdir = arguments.at(++i);
        else if (a == QLatin1String("--quick"))
            options.quick = true;
        else {
            err() << "usage: recaisse-admin-ui-bench [--days N] [--runs N] [--keys N] "
                     "[--workdir DIR] [--quick]\n"
                     "  --days N     days of demo activity per station (3650)\n"
                     "  --runs N     timed openings of each page, the median is reported (5)\n"
                     "  --keys N     Page Down presses timed in the audit trail (300)\n"
                     "  --workdir D  where the demo databases are cached (a temporary folder)\n"
                     "  --quick      --days 30 --runs 3 --keys 50\n";
            std::exit(2);
        }
    }
    if (options.quick) {
        options.days = std::min(options.days, 30);
        options.runs = std::min(options.runs, 3);
        options.keys = std::min(options.keys, 50);
    }
    return options;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return rounded(quantile(samples, 0.5));
}

QJsonArray asJson(const std::vector<double> &samples)
{
    QJsonArray array;
    for (const double v : samples)
        array.append(rounded(v, 2));
    return array;
}

// From the click in the navigation (showPage: the page reads its filters and its first page) to
// the list painted. Another page is shown between runs, so that each run opens the page again.
std::vector<double> measureOpening(
    ui::AdminPanel &panel, const QString &page, QWidget *list, int runs, PaintWatcher &watcher)
{
    std::vector<double> samples;
    for (int run = -1; run < runs; ++run) { // run -1 warms the caches and is not kept
        panel.showPage(QStringLiteral("users"));
        drainEvents();
        watcher.watch(list);
        const auto started = Steady::now();
        if (!panel.showPage(page))
            fail(QStringLiteral("no page %1").arg(page));
        if (!waitForPaint(watcher, 30000))
            fail(QStringLiteral("the %1 page did not paint within 30 s").arg(page));
        const double elapsed = ms(Steady::now() - started);
        watcher.watch(nullptr);
        if (run >= 0) {
            samples.push_back(elapsed);
            err() << "  " << page << " " << (run + 1) << "/" << runs << ": " << rounded(elapsed, 1)
                  << " ms" << Qt::endl;
        }
    }
    return samples;
}

struct ScrollResult
{
    std::vector<double> ms;
    int forced = 0;
    int rowsRead = 0;
};

// Page Down in the audit trail, each press timed until the list has painted.
ScrollResult measureScrolling(ui::AuditPage &page, int keys, PaintWatcher &watcher)
{
    ScrollResult result;
    QTableView *view = page.view();
    view->setFocus();
    view->setCurrentIndex(page.model()->index(0, 0));
    drainEvents();
    const int warmup = 10;
    for (int i = 0; i < warmup + keys; ++i) {
        drainEvents();
        watcher.watch(view);
        const auto started = Steady::now();
        QTest::keyClick(view, Qt::Key_PageDown);
        const bool painted = waitForPaint(watcher, 200);
        if (!painted)
            view->viewport()->repaint(); // synchronous: paints the list now
        const double elapsed = ms(Steady::now() - started);
        const bool seen = watcher.seen;
        watcher.watch(nullptr);
        if (!seen)
            fail(QStringLiteral("no paint after Page Down %1, even after repaint()").arg(i));
        if (i >= warmup) {
            result.ms.push_back(elapsed);
            if (!painted)
                ++result.forced;
        }
    }
    result.rowsRead = page.model()->rowCount();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setProgramName("recaisse-admin-ui-bench");
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const Options options = parseOptions(arguments);

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setStyleSheet(ui::MainWindow::styleSheet());

    std::unique_ptr<QTemporaryDir> temporary;
    const QString workdir = workdirFor(options.workdir, temporary);
    bool cacheHit = false;
    const QString path = threeStationDatabase(workdir, options.days, &cacheHit);

    // A copy: opening the pages audits nothing, but the verification or an export would, and the
    // cached database must stay as generated.
    const QString copy = QDir(workdir).filePath(QStringLiteral("admin-ui-bench-run.sqlite"));
    removeDatabase(copy);
    if (!QFile::copy(path, copy))
        fail(QStringLiteral("cannot copy %1").arg(path));

    core::ManualClock clock(benchNow());
    auto store = take(core::Store::open(copy, clock), "open the 3-station database");
    qint64 events = 0;
    qint64 sessions = 0;
    qint64 documents = 0;
    {
        QSqlQuery q(store->db().connection());
        // "Now" is just after the last day of activity, as when the manager looks at it.
        if (q.exec(QStringLiteral("SELECT max(created_utc) FROM document")) && q.next())
            clock.set(core::fromIsoUtc(q.value(0).toString()).addSecs(60));
        if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM audit_event), (SELECT count(*) "
                                  "FROM session_open), (SELECT count(*) FROM document)"))
            && q.next()) {
            events = q.value(0).toLongLong();
            sessions = q.value(1).toLongLong();
            documents = q.value(2).toLongLong();
        }
    }
    const auto adminUser =
        take(core::Users(*store).findByName(QStringLiteral("Admin")), "find the admin");
    // Not a login: it would add an audit event at every run.
    const core::Actor admin{adminUser.id, adminUser.name, adminUser.role, adminUser.siteId};

    PaintWatcher watcher;
    app.installEventFilter(&watcher);
    std::vector<double> auditOpen;
    std::vector<double> sessionsOpen;
    ScrollResult scroll;
    {
        ui::AdminPanel panel(*store, admin);
        panel.resize(1366, 768);
        panel.show();
        if (!QTest::qWaitForWindowExposed(&panel))
            fail(QStringLiteral("the admin panel was not exposed"));
        drainEvents();
        err() << "opening the audit trail and the cash sessions, " << options.runs << " runs each"
              << Qt::endl;
        auditOpen = measureOpening(
            panel, QStringLiteral("audit"), panel.auditPage()->view(), options.runs, watcher);
        sessionsOpen = measureOpening(
            panel, QStringLiteral("sessions"), panel.sessionsPage()->view(), options.runs, watcher);
        err() << "scrolling the audit trail, " << options.keys << " Page Down" << Qt::endl;
        panel.showPage(QStringLiteral("audit"));
        drainEvents();
        scroll = measureScrolling(*panel.auditPage(), options.keys, watcher);
    }
    app.removeEventFilter(&watcher);
    store.reset();
    removeDatabase(copy);

    std::vector<double> keySorted = scroll.ms;
    std::sort(keySorted.begin(), keySorted.end());
    const QJsonObject result{
        {QStringLiteral("audit_page_open_ms"), median(auditOpen)},
        {QStringLiteral("sessions_page_open_ms"), median(sessionsOpen)},
        {QStringLiteral("audit_scroll_keypress_to_paint_p50_ms"),
            rounded(quantile(keySorted, 0.50))},
        {QStringLiteral("audit_scroll_keypress_to_paint_p99_ms"),
            rounded(quantile(keySorted, 0.99))},
        {QStringLiteral("dataset"),
            QStringLiteral("3 stations × %1 days of demo activity: %2 documents, %3 audit "
                           "events, %4 cash sessions")
                .arg(options.days)
                .arg(documents)
                .arg(events)
                .arg(sessions)},
        {QStringLiteral("runs"),
            QJsonObject{{QStringLiteral("runs"), options.runs},
                {QStringLiteral("quick"), options.quick},
                {QStringLiteral("database_cached"), cacheHit},
                {QStringLiteral("audit_open_runs_ms"), asJson(auditOpen)},
                {QStringLiteral("sessions_open_runs_ms"), asJson(sessionsOpen)},
                {QStringLiteral("page_down_keys"), int(scroll.ms.size())},
                {QStringLiteral("keypress_to_paint_max_ms"),
                    rounded(keySorted.empty() ? 0 : keySorted.back())},
                {QStringLiteral("forced_repaints"), scroll.forced},
                {QStringLiteral("audit_rows_read_after_scrolling"), scroll.rowsRead},
                {QStringLiteral("page_size"), ui::AuditPage::pageSize},
                {QStringLiteral("platform"), QGuiApplication::platformName()},
                {QStringLiteral("database_bytes"), QFileInfo(path).size()},
                {QStringLiteral("workdir"), workdir}}},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
