// recaisse-sync-bench: how fast a station pushes its journal to a WebDAV server and pulls the
// others', against Apache mod_dav started on loopback, and where that time goes (database read,
// encoding, compression, sealing, the wire, applying). Prints one JSON object; progress on stderr.
// It only measures: nothing here fails on a timing.

#include "benchsupport.h"
#include "core/cashsession.h"
#include "core/categories.h"
#include "core/demoshop.h"
#include "core/sales.h"
#include "core/store.h"
#include "core/sync/journalrecords.h"
#include "core/sync/sealedremote.h"
#include "core/sync/segment.h"
#include "core/sync/siteconfig.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "core/sync/syncengine.h"
#include "core/sync/webdavclient.h"
#include "core/users.h"
#include "tests/support/webdavserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>
#include <type_traits>
#include <vector>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;
using namespace recaisse::bench;

namespace {

struct Options
{
    bool quick = false;
    int runs = 5; // catch-up and pull: median of the runs
    QString only; // "push", "catch-up" or "pull": that part alone
    int catchUpDays = 90;
    int yearDays = 365;
    QString workdir;
    // Benchmark only: catch-up and pull with the sealing layer and with it bypassed, 5 runs
    // each, and the overhead.
    bool sealingOverhead = false;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

double seconds(Steady::time_point since)
{
    return ms(Steady::now() - since) / 1000.0;
}

// A Remote that forwards every call and adds up the time spent in it: around the WebDAV client
// it is the wire (HTTP on loopback), around the sealing layer the wire plus sealing and opening.
class TimedRemote final : public Remote
{
public:
    explicit TimedRemote(Remote &inner)
        : m_inner(inner)
    {
    }

    Steady::duration spent{};

    template<typename Call>
    std::invoke_result_t<Call> timed(Call call)
    {
        const auto started = Steady::now();
        auto result = call();
        spent += Steady::now() - started;
        return result;
    }

    RemoteResult<QList<RemoteEntry>> list(const QString &folder) override
    {
        return timed([&] { return m_inner.list(folder); });
    }
    RemoteResult<void> makeFolders(const QString &folder) override
    {
        return timed([&] { return m_inner.makeFolders(folder); });
    }
    RemoteResult<void> put(const QString &path, const QByteArray &data) override
    {
        return timed([&] { return m_inner.put(path, data); });
    }
    RemoteResult<void> putFile(const QString &path, const QString &localFile) override
    {
        return timed([&] { return m_inner.putFile(path, localFile); });
    }
    RemoteResult<void> move(const QString &from, const QString &to) override
    {
        return timed([&] { return m_inner.move(from, to); });
    }
    RemoteResult<QByteArray> get(const QString &path, qint64 maxBytes) override
    {
        return timed([&] { return m_inner.get(path, maxBytes); });
    }
    RemoteResult<void> getFile(
        const QString &path, const QString &localFile, qint64 maxBytes) override
    {
        return timed([&] { return m_inner.getFile(path, localFile, maxBytes); });
    }
    RemoteResult<void> remove(const QString &path) override
    {
        return timed([&] { return m_inner.remove(path); });
    }

private:
    Remote &m_inner;
};

// Seconds spent on the wire and in the sealing layer during one push or pull.
struct Spent
{
    double wire = 0; // HTTP requests and answers
    double sealing = 0; // sealing and signing, or checking and opening
};

class Bench
{
public:
    Bench(test::WebDavServer &server, const Options &options)
        : m_server(server)
        , m_options(options)
    {
    }

    // Everything goes through the sealing layer, as the stations do, unless bypassed.
    void setSealed(bool sealed) { m_sealed = sealed; }

    // The remote a store syncs through: `inner` sealed with that station's keys (made here,
    // every station trusted), or `inner` itself when the sealing layer is bypassed.
    Remote &through(Remote &inner, const QString &stationId)
    {
        if (!m_sealed)
            return inner;
        if (m_siteKey.isEmpty())
            m_siteKey = crypto::Crypto::newKey();
        if (!m_keys.contains(stationId)) {
            SiteKeys keys = SiteKeys::forJoiningStation(QStringLiteral("bench"), stationId);
            keys.siteKey = m_siteKey;
            m_keys.insert(stationId, keys);
            RegisteredStation entry;
            entry.stationId = stationId;
            entry.code = stationId;
            entry.signingPublic = keys.signing.publicKey;
            entry.agreementPublic = keys.agreement.publicKey;
            entry.adminStation = true;
            m_trusted.insert(stationId, entry);
        }
        m_wrappers.push_back(std::make_unique<SealedRemote>(
            inner, m_keys.value(stationId), [this](const QString &id) {
                return m_trusted.contains(id) ? std::optional(m_trusted.value(id)) : std::nullopt;
            }));
        return *m_wrappers.back();
    }
    Remote &through(Remote &inner, Store &store) { return through(inner, store.station().id); }

    // The same, with the time spent on the wire and in the sealing layer counted apart.
    struct Timed
    {
        std::unique_ptr<TimedRemote> wire, total;
        Spent spent() const
        {
            const double onWire = ms(wire->spent) / 1000.0;
            return {onWire, ms(total->spent) / 1000.0 - onWire};
        }
    };
    Timed timedThrough(Remote &inner, Store &store)
    {
        Timed timed;
        timed.wire = std::make_unique<TimedRemote>(inner);
        timed.total = std::make_unique<TimedRemote>(through(*timed.wire, store));
        return timed;
    }

    // A client rooted at a fresh folder of the server, so that runs do not see each other.
    std::unique_ptr<WebDavClient> freshFolder()
    {
        const QString name = QStringLiteral("run%1").arg(++m_folders);
        WebDavClient root(
            DavAccount{m_server.url(), test::WebDavServer::user(), test::WebDavServer::password()});
        if (auto made = root.makeFolders(name); !made)
            fail(made.error().message);
        return std::make_unique<WebDavClient>(DavAccount{
            m_server.url() + name, test::WebDavServer::user(), test::WebDavServer::password()});
    }

    QString copyOf(const QString &path)
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy%1.sqlite").arg(++m_copies));
        if (!QFile::copy(path, copy))
            fail(QStringLiteral("cannot copy %1").arg(path));
        return copy;
    }

    // 300 sales in one shift, then the push of that day, timed; median of the runs.
    double pushOneDay()
    {
        ManualClock clock(benchNow());
        auto store =
            take(Store::create(m_dir.filePath(QStringLiteral("day.sqlite")), benchSetup(), clock),
                "create");
        take(DemoShop(*store, clock).ensurePeople(), "people");
        const UserInfo camille =
            take(Users(*store).findByName(QStringLiteral("Camille")), "cashier");
        const Actor cashier =
            take(Users(*store).login(camille.id, QStringLiteral("1111")), "login");
        const QString category =
            take(CategoryCatalog(*store).resolve(QStringLiteral("decoration.bibelot")), "category")
                .id;
        auto remote = freshFolder();
        SyncEngine engine(*store, through(*remote, *store));
        if (!engine.push().ok())
            fail(QStringLiteral("first push failed"));
        std::vector<double> samples;
        take(CashSessions(*store).open(cashier, 5000, {}), "open");
        for (int run = 0; run < m_options.runs; ++run) {
            for (int i = 0; i < 300; ++i) {
                clock.advanceSecs(60);
                SaleDraft draft;
                draft.lines.append(
                    SaleLineDraft{category, 1 + i % 3, 150 + i % 7 * 50, std::nullopt});
                draft.payments.append(PaymentDraft{PaymentMethod::Card, Sales::total(draft)});
                take(Sales(*store).record(cashier, draft), "sale");
            }
            const auto started = Steady::now();
            const SyncReport report = engine.push();
            samples.push_back(seconds(started));
            if (!report.ok())
                fail(report.error.message);
        }
        return median(samples);
    }

    struct CatchUp
    {
        // Nothing sealed ahead: read, encode, compress, seal and upload in one pass; the
        // breakdown is that of the run whose total is the median.
        double seconds = 0;
        double read = 0; // journal rows read and written as canonical records
        double encode = 0; // records joined into segment text, checksum and trailer
        double compress = 0; // gzip
        double seal = 0; // encryption and signature (the sealing layer's own time)
        double upload = 0; // HTTP: listing, PUT, MOVE, station file
        double other = 0; // the rest: marking each segment sent (a committed transaction)
        // The worker kept running offline, so its full segments were sealed during those days:
        // that sealing (timed on its own), then the upload when the network comes back.
        double sealOfflineSeconds = 0;
        double presealedPushSeconds = 0;
        double bytesPerSale = 0;
        qint64 sales = 0;
        qint64 records = 0;
        int segments = 0;
    };

    CatchUp catchUp()
    {
        bool hit = false;
        const QString demo = cachedDemoDatabase(m_options.workdir, m_options.catchUpDays, &hit);
        std::vector<CatchUp> runs;
        std::vector<double> seals, presealed;
        for (int run = 0; run < m_options.runs; ++run) {
            ManualClock clock(benchNow());
            CatchUp one;
            {
                auto cold = take(
                    Store::open(copyOf(demo), clock, QStringLiteral("cold%1").arg(run)), "open");
                auto remote = freshFolder();
                auto timed = timedThrough(*remote, *cold);
                SyncEngine engine(*cold, *timed.total);
                const auto started = Steady::now();
                const SyncReport report = engine.push();
                one.seconds = seconds(started);
                if (!report.ok())
                    fail(report.error.message);
                const Spent spent = timed.spent();
                one.read = report.timings.readNs / 1e9;
                one.encode = report.timings.encodeNs / 1e9;
                one.compress = report.timings.compressNs / 1e9;
                one.seal = spent.sealing;
                one.upload = spent.wire;
                one.other =
                    one.seconds - one.read - one.encode - one.compress - one.seal - one.upload;
                one.records = report.pushedRecords;
                one.segments = report.segmentsUp;
                QSqlQuery sales(cold->db().connection());
                sales.exec(QStringLiteral("SELECT count(*) FROM sale"));
                sales.next();
                one.sales = sales.value(0).toLongLong();
                one.bytesPerSale = double(report.bytesUp) / double(std::max<qint64>(1, one.sales));
            }
            runs.push_back(one);

            auto store = take(
                Store::open(copyOf(demo), clock, QStringLiteral("catchup%1").arg(run)), "open");
            auto remote = freshFolder();
            SyncEngine engine(*store, through(*remote, *store));
            const auto sealing = Steady::now();
            take(engine.seal(), "seal");
            seals.push_back(seconds(sealing));
            const auto started = Steady::now();
            const SyncReport report = engine.push();
            presealed.push_back(seconds(started));
            if (!report.ok())
                fail(report.error.message);
        }
        std::sort(runs.begin(), runs.end(),
            [](const CatchUp &a, const CatchUp &b) { return a.seconds < b.seconds; });
        CatchUp result = runs.at(runs.size() / 2);
        result.sealOfflineSeconds = median(seals);
        result.presealedPushSeconds = median(presealed);
        return result;
    }

    struct Pull
    {
        double seconds = 0;
        double wire = 0; // HTTP: listings, station files, segment downloads
        double open = 0; // the sealing layer: signature checks and decryption
        double apply = 0; // the rest: decompress, check and apply the records
        std::optional<double> cpu; // this process's CPU time during the pull
        qint64 records = 0;
        qint64 sales = 0;
        qint64 bytes = 0;
    };

    // Three stations with a year each; a fourth joins and pulls everything. The two joined
    // stations' years are generated once (templates) and copied for each run.
    Pull pullThreeStations()
    {
        bool hit = false;
        const QString demo = cachedDemoDatabase(m_options.workdir, m_options.yearDays, &hit);
        ManualClock clock(benchNow());
        auto remote = freshFolder();
        auto first = take(
            Store::open(copyOf(demo), clock, QStringLiteral("first%1").arg(m_folders)), "open");
        SyncEngine firstEngine(*first, through(*remote, *first));
        firstEngine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
        if (auto report = firstEngine.run(); !report.ok())
            fail(report.error.message);
        const bool makeTemplates = m_templates.isEmpty();
        int index = 0;
        for (const char *code : {"CAISSE2", "CAISSE3"}) {
            std::unique_ptr<Store> joined;
            if (makeTemplates) {
                ManualClock joinClock(benchNow().addDays(-m_options.yearDays - 1));
                auto made = SiteConfig::join(through(*remote, QStringLiteral("joiner")),
                    m_dir.filePath(QString::fromLatin1(code) + QStringLiteral(".sqlite")),
                    QString::fromLatin1(code), StationKind::Register, joinClock);
                if (!made)
                    fail(made.error().message);
                err() << "generating " << m_options.yearDays << " days on " << code << Qt::endl;
                joinClock.set(benchNow());
                take(DemoShop(**made, joinClock).generate(m_options.yearDays, 7), "demo");
                m_templates << (*made)->db().path();
                made->reset();
            }
            joined = take(Store::open(copyOf(m_templates.at(index++)), clock,
                              QStringLiteral("%1-%2").arg(QLatin1String(code)).arg(m_folders)),
                "open");
            SyncEngine engine(*joined, through(*remote, *joined));
            if (auto report = engine.push(); !report.ok())
                fail(report.error.message);
        }
        auto backoffice = SiteConfig::join(through(*remote, QStringLiteral("joiner")),
            m_dir.filePath(QStringLiteral("bureau%1.sqlite").arg(m_folders)),
            QStringLiteral("BUREAU"), StationKind::BackOffice, clock);
        if (!backoffice)
            fail(backoffice.error().message);
        auto timed = timedThrough(*remote, **backoffice);
        SyncEngine engine(**backoffice, *timed.total);
        const std::optional<double> cpuBefore = processCpuSeconds();
        const auto started = Steady::now();
        const SyncReport report = engine.pull();
        Pull result;
        result.seconds = seconds(started);
        if (const std::optional<double> cpuAfter = processCpuSeconds(); cpuBefore && cpuAfter)
            result.cpu = *cpuAfter - *cpuBefore;
        if (!report.ok())
            fail(report.error.message);
        const Spent spent = timed.spent();
        result.wire = spent.wire;
        result.open = spent.sealing;
        result.apply = result.seconds - spent.wire - spent.sealing;
        result.records = report.pulledRecords;
        result.bytes = report.bytesDown;
        QSqlQuery sales((*backoffice)->db().connection());
        sales.exec(QStringLiteral("SELECT count(*) FROM sale"));
        sales.next();
        result.sales = sales.value(0).toLongLong();
        return result;
    }

    // The pull, median of the runs (with that run's breakdown).
    Pull pulls()
    {
        std::vector<Pull> runs;
        for (int run = 0; run < m_options.runs; ++run) {
            runs.push_back(pullThreeStations());
            err() << "  pull " << run + 1 << "/" << m_options.runs << ": "
                  << rounded(runs.back().seconds) << " s" << Qt::endl;
        }
        std::sort(runs.begin(), runs.end(),
            [](const Pull &a, const Pull &b) { return a.seconds < b.seconds; });
        return runs.at(runs.size() / 2);
    }

    // The sealing layer's cost: catch-up (nothing sealed ahead: encode, seal, sign, upload) and
    // pull (download, check, open, apply), with and without it, alternating, median of 5 each.
    struct Overhead
    {
        double catchUpSealed = 0, catchUpPlain = 0, pullSealed = 0, pullPlain = 0;
    };
    Overhead sealingOverhead()
    {
        bool hit = false;
        const QString demo = cachedDemoDatabase(m_options.workdir, m_options.catchUpDays, &hit);
        std::vector<double> catchUps[2], pulls[2];
        for (int run = 0; run < 5; ++run) {
            for (const bool sealed : {true, false}) {
                setSealed(sealed);
                ManualClock clock(benchNow());
                auto store = take(Store::open(copyOf(demo), clock,
                                      QStringLiteral("overhead%1%2").arg(run).arg(sealed)),
                    "open");
                auto remote = freshFolder();
                SyncEngine engine(*store, through(*remote, *store));
                const auto started = Steady::now();
                const SyncReport report = engine.push();
                catchUps[sealed].push_back(seconds(started));
                if (!report.ok())
                    fail(report.error.message);
                pulls[sealed].push_back(pullThreeStations().seconds);
            }
        }
        setSealed(true);
        return {median(catchUps[1]), median(catchUps[0]), median(pulls[1]), median(pulls[0])};
    }

private:
    test::WebDavServer &m_server;
    Options m_options;
    bool m_sealed = true;
    QByteArray m_siteKey;
    QHash<QString, SiteKeys> m_keys;
    QHash<QString, RegisteredStation> m_trusted;
    std::vector<std::unique_ptr<SealedRemote>> m_wrappers;
    QStringList m_templates; // the joined stations' databases with their year, made once
    QTemporaryDir m_dir;
    int m_folders = 0;
    int m_copies = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setProgramName("recaisse-sync-bench");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("recaisse.*=false"));
    Options options;
    const QStringList arguments = app.arguments().mid(1);
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--quick")) {
            options.quick = true;
            options.runs = 1;
            options.catchUpDays = 5;
            options.yearDays = 3;
        } else if (a == QLatin1String("--runs") && i + 1 < arguments.size()) {
            options.runs = std::max(1, arguments.at(++i).toInt());
        } else if (a == QLatin1String("--only") && i + 1 < arguments.size()
            && QStringList{QStringLiteral("push"), QStringLiteral("catch-up"),
                QStringLiteral("pull")}
                   .contains(arguments.at(i + 1))) {
            options.only = arguments.at(++i);
        } else if (a == QLatin1String("--days") && i + 1 < arguments.size()) {
            // A shorter pull for a quick look at a ratio (the sealing overhead); the issue's
            // figures are on the default year.
            bool ok = false;
            options.yearDays = arguments.at(++i).toInt(&ok);
            if (!ok || options.yearDays < 1 || options.yearDays > 3650) {
                err() << "--days needs a number of days from 1 to 3650" << Qt::endl;
                return 2;
            }
        } else if (a == QLatin1String("--sealing-overhead")) {
            options.sealingOverhead = true;
        } else if (a == QLatin1String("--workdir") && i + 1 < arguments.size()) {
            options.workdir = arguments.at(++i);
        } else {
            QTextStream(stdout)
                << "usage: recaisse-sync-bench [--quick] [--runs N] [--workdir DIR] "
                   "[--only push|catch-up|pull] [--days N] [--sealing-overhead]\n"
                   "  --days N  days of each station pulled (365)\n";
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }
    if (options.workdir.isEmpty())
        options.workdir = QDir::temp().filePath(QStringLiteral("recaisse-bench"));
    QDir().mkpath(options.workdir);

    test::WebDavServer server;
    if (!server.start())
        fail(QStringLiteral("Apache could not start: %1").arg(server.errorString()));
    Bench bench(server, options);
    if (options.sealingOverhead) {
        err() << "catch-up of " << options.catchUpDays << " days and pull of 3 stations x "
              << options.yearDays << " days, sealed and not, 5 runs each" << Qt::endl;
        const auto overhead = bench.sealingOverhead();
        const auto percent = [](double sealed, double plain) {
            return rounded(100.0 * (sealed - plain) / std::max(0.001, plain), 1);
        };
        const QJsonObject result{
            {QStringLiteral("catch_up_sealed_s"), rounded(overhead.catchUpSealed)},
            {QStringLiteral("catch_up_plain_s"), rounded(overhead.catchUpPlain)},
            {QStringLiteral("catch_up_sealing_overhead_pct"),
                percent(overhead.catchUpSealed, overhead.catchUpPlain)},
            {QStringLiteral("pull_sealed_s"), rounded(overhead.pullSealed)},
            {QStringLiteral("pull_plain_s"), rounded(overhead.pullPlain)},
            {QStringLiteral("pull_sealing_overhead_pct"),
                percent(overhead.pullSealed, overhead.pullPlain)},
            {QStringLiteral("catch_up_days"), options.catchUpDays},
            {QStringLiteral("pull_days_per_station"), options.yearDays},
            {QStringLiteral("runs"), 5},
            {QStringLiteral("server"), QStringLiteral("Apache mod_dav on loopback")}};
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 0;
    }
    const auto wanted = [&](const char *part) {
        return options.only.isEmpty() || options.only == QLatin1String(part);
    };
    QJsonObject result{{QStringLiteral("runs"), options.runs},
        {QStringLiteral("server"), QStringLiteral("Apache mod_dav on loopback")}};
    if (wanted("push")) {
        err() << "push of one day (300 sales)" << Qt::endl;
        result.insert(QStringLiteral("push_one_day_s"), rounded(bench.pushOneDay()));
    }
    if (wanted("catch-up")) {
        err() << "catch-up of " << options.catchUpDays << " days" << Qt::endl;
        const auto catchUp = bench.catchUp();
        result.insert(QStringLiteral("catch_up_90_days_s"), rounded(catchUp.seconds));
        result.insert(QStringLiteral("catch_up_read_s"), rounded(catchUp.read));
        result.insert(QStringLiteral("catch_up_encode_s"), rounded(catchUp.encode));
        result.insert(QStringLiteral("catch_up_compress_s"), rounded(catchUp.compress));
        result.insert(QStringLiteral("catch_up_seal_s"), rounded(catchUp.seal));
        result.insert(QStringLiteral("catch_up_upload_s"), rounded(catchUp.upload));
        result.insert(QStringLiteral("catch_up_other_s"), rounded(catchUp.other));
        result.insert(
            QStringLiteral("catch_up_sealed_offline_s"), rounded(catchUp.sealOfflineSeconds));
        result.insert(
            QStringLiteral("catch_up_presealed_push_s"), rounded(catchUp.presealedPushSeconds));
        result.insert(QStringLiteral("catch_up_days"), options.catchUpDays);
        result.insert(QStringLiteral("catch_up_sales"), catchUp.sales);
        result.insert(QStringLiteral("catch_up_records"), catchUp.records);
        result.insert(QStringLiteral("catch_up_segments"), catchUp.segments);
        result.insert(QStringLiteral("upload_bytes_per_sale"), rounded(catchUp.bytesPerSale, 1));
    }
    if (wanted("pull")) {
        err() << "pull of 3 stations x " << options.yearDays << " days" << Qt::endl;
        const auto pull = bench.pulls();
        result.insert(QStringLiteral("pull_apply_3_stations_year_s"), rounded(pull.seconds));
        result.insert(QStringLiteral("pull_wire_s"), rounded(pull.wire));
        result.insert(QStringLiteral("pull_open_s"), rounded(pull.open));
        result.insert(QStringLiteral("pull_check_apply_s"), rounded(pull.apply));
        result.insert(
            QStringLiteral("pull_cpu_s"), pull.cpu ? QJsonValue(rounded(*pull.cpu)) : QJsonValue());
        result.insert(QStringLiteral("pull_days_per_station"), options.yearDays);
        result.insert(QStringLiteral("pull_records"), pull.records);
        result.insert(QStringLiteral("pull_bytes"), pull.bytes);
        result.insert(QStringLiteral("pull_sales_total"), pull.sales);
        result.insert(QStringLiteral("pull_us_per_record"),
            rounded(pull.seconds * 1e6 / double(std::max<qint64>(1, pull.records)), 1));
    }
    result.insert(QStringLiteral("load_average"), loadAverage());
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
