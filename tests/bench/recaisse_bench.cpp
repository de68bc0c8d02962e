// recaisse-bench: how fast the register records a sale, how that compares with the disk's floor
// (the same rows in a bare SQLite transaction), how fast the demo shop generates activity and how
// much disk a sale takes. Prints one JSON object on stdout; progress goes to stderr. It only
// measures: nothing here fails on a timing.

#include "benchsupport.h"
#include "core/cashsession.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/demoshop.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "core/store.h"
#include "core/users.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

#ifndef RECAISSE_VERSION
#define RECAISSE_VERSION "dev"
#endif

using namespace recaisse::core;
using namespace recaisse::bench;

namespace {

struct Options
{
    int demoDays = 3650;
    int samples = 2000;
    int preloadDays = 365;
    int fixedSales = 100000;
    bool bytesOnly = false;
    bool quick = false;
    QString workdir;
};

Options parseOptions(const QStringList &arguments)
{
    Options options;
    std::optional<int> days;
    std::optional<int> samples;
    std::optional<int> preload;
    std::optional<int> fixedSales;
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
        else if (a == QLatin1String("--samples"))
            samples = number(i, a);
        else if (a == QLatin1String("--preload-days"))
            preload = number(i, a);
        else if (a == QLatin1String("--fixed-sales"))
            fixedSales = number(i, a);
        else if (a == QLatin1String("--bytes-only"))
            options.bytesOnly = true;
        else if (a == QLatin1String("--quick"))
            options.quick = true;
        else if (a == QLatin1String("--workdir") && i + 1 < arguments.size())
            options.workdir = arguments.at(++i);
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            QTextStream(stdout)
                << "usage: recaisse-bench [--days N] [--samples N] [--preload-days N] "
                   "[--fixed-sales N] [--bytes-only] [--quick] [--workdir DIR]\n"
                   "  --days N          days of demo activity timed on a fresh database (3650)\n"
                   "  --samples N       sales timed on the preloaded database (2000)\n"
                   "  --preload-days N  days of demo activity the sales are timed on (365)\n"
                   "  --fixed-sales N   sales of the fixed data set db_bytes_per_sale is "
                   "measured on (100000)\n"
                   "  --bytes-only      only the fixed data set's db_bytes_per_sale\n"
                   "  --quick           --days 365 --samples 500 --fixed-sales 10000, and a\n"
                   "                    preload no longer than --days\n"
                   "  --workdir DIR     keeps the preloaded database there between runs\n";
            std::exit(0);
        } else
            fail(QStringLiteral("unknown option \"%1\" (see --help)").arg(a));
    }
    if (options.quick) {
        options.demoDays = 365;
        options.samples = 500;
        options.fixedSales = 10000;
    }
    if (days)
        options.demoDays = *days;
    if (samples)
        options.samples = *samples;
    if (fixedSales)
        options.fixedSales = *fixedSales;
    options.preloadDays =
        preload ? *preload : (options.quick ? std::min(365, options.demoDays) : 365);
    return options;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

// The sale every measurement records: 3 lines (those BareWriter writes) and one cash payment.
SaleDraft threeLineSale()
{
    SaleDraft draft;
    draft.lines = {SaleLineDraft{QStringLiteral("textile.vetements"), 1, 250, std::nullopt},
        SaleLineDraft{QStringLiteral("livres.livre"), 2, 100, std::nullopt},
        SaleLineDraft{QStringLiteral("vaisselle.verre"), 3, 30, std::nullopt}};
    draft.payments = {PaymentDraft{PaymentMethod::Cash, 540}};
    return draft;
}

// The rows of one sale, inserted by plain prepared SQL, as a floor for Sales::record().
class BareWriter
{
public:
    explicit BareWriter(QSqlDatabase db)
        : m_db(db)
        , m_document(db)
        , m_sale(db)
        , m_line(db)
        , m_payment(db)
        , m_journal(db)
    {
        m_document.prepare(QStringLiteral(
            "INSERT INTO document (station_id, seq, kind, series, series_seq, number, created_utc, "
            "business_day, actor_id, prev_hash, hash) VALUES (?, ?, 'sale', 'T', ?, ?, ?, ?, ?, ?, "
            "?)"));
        m_sale.prepare(
            QStringLiteral("INSERT INTO sale (station_id, seq, session_seq, total_cents, "
                           "change_cents, override_by) VALUES (?, ?, 1, ?, 0, '')"));
        m_line.prepare(QStringLiteral("INSERT INTO sale_line (station_id, seq, line_no, "
                                      "category_id, category_name, eee_code, "
                                      "quantity, unit_price_cents, weight_grams, total_cents) "
                                      "VALUES (?, ?, ?, ?, ?, '', ?, ?, "
                                      "NULL, ?)"));
        m_payment.prepare(QStringLiteral("INSERT INTO payment (station_id, seq, line_no, method, "
                                         "amount_cents) VALUES (?, ?, 1, 'cash', ?)"));
        m_journal.prepare(QStringLiteral("INSERT INTO journal (station_id, seq, kind, ref_seq, "
                                         "created_utc) VALUES (?, ?, 'document', ?, ?)"));
    }

    void write(qint64 seq)
    {
        const QString station = QStringLiteral("bench-bare-station");
        const QString created = QStringLiteral("2026-01-01T12:00:00.000Z");
        const QString hash = QStringLiteral("%1").arg(seq, 64, 16, QLatin1Char('0'));
        run(QStringLiteral("BEGIN IMMEDIATE"));
        bind(m_document,
            {station, seq, seq, QStringLiteral("BENCH-T%1").arg(seq, 6, 10, QLatin1Char('0')),
                created, QStringLiteral("2026-01-01"), QStringLiteral("bench-actor"), hash, hash});
        bind(m_sale, {station, seq, qint64(540)});
        const struct
        {
            const char *id;
            const char *name;
            qint64 quantity;
            qint64 price;
        } lines[] = {{"textile.vetements", "Vêtements", 1, 250}, {"livres.livre", "Livres", 2, 100},
            {"vaisselle.verre", "Verres, tasses et bols", 3, 30}};
        int lineNo = 0;
        for (const auto &l : lines)
            bind(m_line,
                {station, seq, ++lineNo, QString::fromLatin1(l.id), QString::fromUtf8(l.name),
                    l.quantity, l.price, l.quantity * l.price});
        bind(m_payment, {station, seq, qint64(540)});
        bind(m_journal, {station, seq, seq, created});
        run(QStringLiteral("COMMIT"));
    }

private:
    void bind(QSqlQuery &query, std::initializer_list<QVariant> values)
    {
        int i = 0;
        for (const QVariant &value : values)
            query.bindValue(i++, value);
        if (!query.exec())
            fail(QStringLiteral("bare insert: %1").arg(query.lastError().text()));
    }
    void run(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            fail(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    }

    QSqlDatabase m_db;
    QSqlQuery m_document;
    QSqlQuery m_sale;
    QSqlQuery m_line;
    QSqlQuery m_payment;
    QSqlQuery m_journal;
};

struct CommitResult
{
    std::vector<double> sale;
    std::vector<double> bare;
    qint64 sales = 0;
    qint64 lines = 0;
};

// Records samples sales through core::Sales::record() on a copy of the preloaded database,
// interleaved with the same rows written by bare SQL on the same connection.
CommitResult measureCommits(const QString &preloaded, const QString &workdir, int samples)
{
    const QString path = QDir(workdir).filePath(QStringLiteral("commit-run.sqlite"));
    Database::removeFiles(path);
    if (!QFile::copy(preloaded, path))
        fail(QStringLiteral("cannot copy %1").arg(preloaded));

    CommitResult result;
    ManualClock clock(benchNow().addSecs(3600));
    auto store = take(Store::open(path, clock), "open the preloaded copy");
    {
        const StoreStatistics stats = StoreStatistics::collect(*store);
        result.sales = stats.sales;
        result.lines = stats.saleLines;
    }
    Users users(*store);
    const UserInfo camille = take(users.findByName(QStringLiteral("Camille")), "find the cashier");
    const Actor cashier =
        take(users.login(camille.id, QStringLiteral("1111")), "log the cashier in");
    CashSessions sessions(*store);
    if (!sessions.current())
        take(sessions.open(cashier, 15000), "open a session");

    const SaleDraft draft = threeLineSale();
    Sales sales(*store);
    BareWriter bare(store->db().connection());

    const int warmup = std::min(50, samples);
    result.sale.reserve(std::size_t(samples));
    result.bare.reserve(std::size_t(samples));
    qint64 bareSeq = 0;
    for (int i = 0; i < warmup + samples; ++i) {
        clock.advanceSecs(2);
        const auto t0 = Steady::now();
        auto sale = sales.record(cashier, draft);
        const auto t1 = Steady::now();
        if (!sale)
            fail(QStringLiteral("sale %1: %2").arg(i).arg(sale.error().message));
        bare.write(++bareSeq);
        const auto t2 = Steady::now();
        if (i >= warmup) {
            result.sale.push_back(ms(t1 - t0));
            result.bare.push_back(ms(t2 - t1));
        }
    }
    return result;
}

struct DemoResult
{
    double seconds = 0;
    qint64 sales = 0;
    qint64 lines = 0;
    qint64 bytes = 0;
};

DemoResult measureDemo(const QString &workdir, int days)
{
    const QString path = QDir(workdir).filePath(QStringLiteral("demo-run.sqlite"));
    Database::removeFiles(path);
    DemoResult result;
    ManualClock clock(benchNow());
    auto store = take(Store::create(path, benchSetup(), clock), "create the demo database");
    DemoShop shop(*store, clock);
    int lastReported = -1;
    const auto started = Steady::now();
    take(shop.generate(days, 1,
             [&](DemoShop::Progress p) {
                 const int percent = p.daysTotal ? p.daysDone * 100 / p.daysTotal : 100;
                 if (percent / 10 != lastReported / 10) {
                     lastReported = percent;
                     err() << "  demo data " << percent << "% ("
                           << rounded(ms(Steady::now() - started) / 1000.0, 1) << " s)" << Qt::endl;
                 }
             }),
        "generate the demo data");
    result.seconds = ms(Steady::now() - started) / 1000.0;
    const StoreStatistics stats = StoreStatistics::collect(*store);
    result.sales = stats.sales;
    result.lines = stats.saleLines;
    QSqlQuery checkpoint(store->db().connection());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        fail(QStringLiteral("checkpoint: %1").arg(checkpoint.lastError().text()));
    checkpoint.finish();
    result.bytes = fileSize(path) + fileSize(path + QStringLiteral("-wal"));
    return result;
}

struct FixedResult
{
    qint64 sales = 0;
    qint64 bytes = 0;
    double seconds = 0;
    bool breakdown = false; // the dbstat table was available
    qint64 tableBytes = 0;
    qint64 indexBytes = 0;
    QJsonObject byObject; // bytes per sale of each table and index, largest first in the JSON's
                          // own (name) order
};

// What a database spends per sale, independent of the demo shop's mix: `sales` sales of 3 lines
// and one cash payment recorded through core::Sales, 200 a day in one cash session per day
// (opened, closed with its count), one transaction per day. The file is checkpointed before it is
// measured; dbstat (when this SQLite has it) says which tables and indexes hold the bytes.
FixedResult measureFixed(const QString &workdir, int salesWanted)
{
    const QString path = QDir(workdir).filePath(QStringLiteral("fixed-run.sqlite"));
    Database::removeFiles(path);
    FixedResult result;
    const QDateTime start(QDate(2030, 1, 1), QTime(8, 0), QTimeZone::utc());
    ManualClock clock(start);
    auto store = take(Store::create(path, benchSetup(), clock), "create the fixed database");
    Users users(*store);
    const Actor admin = take(
        users.login(take(users.findByName(QStringLiteral("Admin")), "find the administrator").id,
            benchSetup().adminPin),
        "log the administrator in");
    const UserInfo camille =
        take(users.create(admin, QStringLiteral("Camille"), Role::Cashier, QStringLiteral("1111")),
            "create the cashier");
    const Actor cashier = take(users.login(camille.id, QStringLiteral("1111")), "log in");

    const SaleDraft draft = threeLineSale();
    constexpr int salesPerDay = 200;
    CashSessions sessions(*store);
    Sales sales(*store);
    const auto started = Steady::now();
    int lastReported = -1;
    for (int day = 0; result.sales < salesWanted; ++day) {
        Transaction transaction(store->db());
        take(transaction.started(), "begin a day");
        clock.set(start.addDays(day));
        take(sessions.open(cashier, 15000, {{5000, 3}}), "open the session");
        for (int i = 0; i < salesPerDay && result.sales < salesWanted; ++i, ++result.sales) {
            clock.advanceSecs(120);
            take(sales.record(cashier, draft), "record a sale");
        }
        const auto open = take(sessions.openSession(), "read the session");
        if (!open)
            fail(QStringLiteral("the session is not open"));
        const qint64 expected = take(sessions.totals(open->seq), "the totals").expectedCashCents();
        CloseRequest request; // counted right, largest denominations first
        qint64 left = expected;
        for (const qint64 denomination : euroDenominations()) {
            if (left / denomination > 0)
                request.counted.insert(denomination, left / denomination);
            left %= denomination;
        }
        clock.advanceSecs(300);
        take(sessions.close(cashier, request), "close the session");
        take(transaction.commit(), "commit a day");
        const int percent = int(result.sales * 100 / salesWanted);
        if (percent / 10 != lastReported / 10) {
            lastReported = percent;
            err() << "  fixed data set " << percent << "% ("
                  << rounded(ms(Steady::now() - started) / 1000.0, 1) << " s)" << Qt::endl;
        }
    }
    result.seconds = ms(Steady::now() - started) / 1000.0;

    QSqlQuery query(store->db().connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        fail(QStringLiteral("checkpoint: %1").arg(query.lastError().text()));
    query.finish();
    result.bytes = fileSize(path) + fileSize(path + QStringLiteral("-wal"));

    // Tables against indexes (an index of sqlite_schema, or an automatic one: sqlite_autoindex_).
    if (query.exec(QStringLiteral(
            "SELECT d.name, sum(d.pgsize), coalesce(s.type, 'table') FROM dbstat d LEFT JOIN "
            "sqlite_schema s ON s.name = d.name GROUP BY d.name ORDER BY 2 DESC"))) {
        result.breakdown = true;
        while (query.next()) {
            const QString name = query.value(0).toString();
            const qint64 bytes = query.value(1).toLongLong();
            if (query.value(2).toString() == QLatin1String("index"))
                result.indexBytes += bytes;
            else
                result.tableBytes += bytes;
            if (double(bytes) / double(result.sales) >= 1.0)
                result.byObject.insert(name, rounded(double(bytes) / double(result.sales), 1));
        }
    } else {
        err() << "no dbstat in this SQLite: no breakdown by table (" << query.lastError().text()
              << ")" << Qt::endl;
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const Options options = parseOptions(arguments);

    std::unique_ptr<QTemporaryDir> temporary;
    const QString workdir = workdirFor(options.workdir, temporary);

    err() << "recording the fixed data set: " << options.fixedSales
          << " sales of 3 lines and a payment" << Qt::endl;
    const FixedResult fixed = measureFixed(workdir, options.fixedSales);
    const double perSale = fixed.sales > 0 ? double(fixed.bytes) / double(fixed.sales) : 0;
    QJsonObject fixedRuns{
        {QStringLiteral("fixed_sales"), fixed.sales},
        {QStringLiteral("fixed_db_bytes"), fixed.bytes},
        {QStringLiteral("fixed_data_seconds"), rounded(fixed.seconds, 1)},
    };
    if (fixed.breakdown)
        fixedRuns.insert(QStringLiteral("db_bytes_per_sale_by_object"), fixed.byObject);
    const QJsonValue tablePerSale = fixed.breakdown
        ? QJsonValue(rounded(double(fixed.tableBytes) / double(fixed.sales), 1))
        : QJsonValue();
    const QJsonValue indexPerSale = fixed.breakdown
        ? QJsonValue(rounded(double(fixed.indexBytes) / double(fixed.sales), 1))
        : QJsonValue();
    const QString fixedDataset =
        QStringLiteral("%1 sales of 3 lines and 1 cash payment, 200 a day in one cash session")
            .arg(fixed.sales);
    if (options.bytesOnly) {
        const QJsonObject result{
            {QStringLiteral("db_bytes_per_sale"), rounded(perSale, 1)},
            {QStringLiteral("db_table_bytes_per_sale"), tablePerSale},
            {QStringLiteral("db_index_bytes_per_sale"), indexPerSale},
            {QStringLiteral("db_bytes_dataset"), fixedDataset},
            {QStringLiteral("runs"), fixedRuns},
        };
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 0;
    }

    bool cacheHit = false;
    const QString preloaded = cachedDemoDatabase(workdir, options.preloadDays, &cacheHit);
    err() << "timing " << options.samples << " sales and bare transactions" << Qt::endl;
    CommitResult commits = measureCommits(preloaded, workdir, options.samples);
    std::sort(commits.sale.begin(), commits.sale.end());
    std::sort(commits.bare.begin(), commits.bare.end());
    const double saleP50 = quantile(commits.sale, 0.50);
    const double saleP99 = quantile(commits.sale, 0.99);
    const double bareP50 = quantile(commits.bare, 0.50);
    const double bareP99 = quantile(commits.bare, 0.99);

    err() << "timing " << options.demoDays << " days of demo data on a fresh database" << Qt::endl;
    const DemoResult demo = measureDemo(workdir, options.demoDays);

    QJsonObject runs{
        {QStringLiteral("version"), QStringLiteral(RECAISSE_VERSION)},
        {QStringLiteral("samples"), options.samples},
        {QStringLiteral("warmup"), std::min(50, options.samples)},
        {QStringLiteral("preload_days"), options.preloadDays},
        {QStringLiteral("preload_cached"), cacheHit},
        {QStringLiteral("bare_txn_p99_ms"), rounded(bareP99)},
        {QStringLiteral("sale_commit_min_ms"),
            rounded(commits.sale.empty() ? 0 : commits.sale.front())},
        {QStringLiteral("sale_commit_max_ms"),
            rounded(commits.sale.empty() ? 0 : commits.sale.back())},
        {QStringLiteral("demo_sale_lines"), demo.lines},
        {QStringLiteral("demo_db_bytes"), demo.bytes},
        {QStringLiteral("demo_db_bytes_per_sale"),
            rounded(demo.sales > 0 ? double(demo.bytes) / double(demo.sales) : 0, 1)},
        {QStringLiteral("quick"), options.quick},
        {QStringLiteral("workdir"),
            options.workdir.isEmpty() ? QStringLiteral("(temporary)") : workdir},
    };
    for (auto it = fixedRuns.constBegin(); it != fixedRuns.constEnd(); ++it)
        runs.insert(it.key(), it.value());
    const QJsonObject result{
        {QStringLiteral("sale_commit_p50_ms"), rounded(saleP50)},
        {QStringLiteral("sale_commit_p99_ms"), rounded(saleP99)},
        {QStringLiteral("bare_txn_p50_ms"), rounded(bareP50)},
        {QStringLiteral("sale_commit_vs_bare_ratio"),
            rounded(bareP50 > 0 ? saleP50 / bareP50 : 0, 2)},
        {QStringLiteral("demo_data_days"), options.demoDays},
        {QStringLiteral("demo_data_seconds"), rounded(demo.seconds, 2)},
        {QStringLiteral("demo_data_days_per_s"),
            rounded(demo.seconds > 0 ? options.demoDays / demo.seconds : 0, 2)},
        {QStringLiteral("demo_sales"), demo.sales},
        {QStringLiteral("db_bytes_per_sale"), rounded(perSale, 1)},
        {QStringLiteral("db_table_bytes_per_sale"), tablePerSale},
        {QStringLiteral("db_index_bytes_per_sale"), indexPerSale},
        {QStringLiteral("db_bytes_dataset"), fixedDataset},
        {QStringLiteral("dataset"),
            QStringLiteral("%1 days of demo activity: %2 sales, %3 sale lines")
                .arg(options.preloadDays)
                .arg(commits.sales)
                .arg(commits.lines)},
        {QStringLiteral("runs"), runs},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
