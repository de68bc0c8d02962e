// recaisse-sync-bench: how fast a station pushes its journal to a WebDAV server and pulls the
// others', against Apache mod_dav started on loopback, and how that compares with plain curl
// uploading the same segment files in the same run. Prints one JSON object; progress on stderr.
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
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;
using namespace recaisse::bench;

namespace {

struct Options
{
    bool quick = false;
    int runs = 3;
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
        double pushSeconds = 0; // network back, segments sealed while offline: the upload
        double sealSeconds = 0; // the sealing done meanwhile, offline, by the worker's passes
        double coldSeconds = 0; // nothing sealed ahead: encode and upload in the same pass
        double curlSeconds = 0;
        double bytesPerSale = 0;
        qint64 sales = 0;
        qint64 records = 0;
    };

    // A station N days without network pushes everything; curl uploads the same files. Its
    // worker kept running offline, so its full segments were sealed during those days (timed
    // on their own); the cold figure is the same catch-up with nothing sealed ahead.
    CatchUp catchUp()
    {
        bool hit = false;
        const QString demo = cachedDemoDatabase(m_options.workdir, m_options.catchUpDays, &hit);
        std::vector<double> pushes, seals, colds, curls;
        CatchUp result;
        for (int run = 0; run < m_options.runs; ++run) {
            ManualClock clock(benchNow());
            {
                auto cold = take(
                    Store::open(copyOf(demo), clock, QStringLiteral("cold%1").arg(run)), "open");
                auto remote = freshFolder();
                SyncEngine engine(*cold, through(*remote, *cold));
                const auto started = Steady::now();
                const SyncReport report = engine.push();
                colds.push_back(seconds(started));
                if (!report.ok())
                    fail(report.error.message);
            }
            auto store = take(
                Store::open(copyOf(demo), clock, QStringLiteral("catchup%1").arg(run)), "open");
            auto remote = freshFolder();
            SyncEngine engine(*store, through(*remote, *store));
            const auto sealing = Steady::now();
            take(engine.seal(), "seal");
            seals.push_back(seconds(sealing));
            const auto started = Steady::now();
            const SyncReport report = engine.push();
            pushes.push_back(seconds(started));
            if (!report.ok())
                fail(report.error.message);
            QSqlQuery sales(store->db().connection());
            sales.exec(QStringLiteral("SELECT count(*) FROM sale"));
            sales.next();
            result.sales = sales.value(0).toLongLong();
            result.records = report.pushedRecords;
            result.bytesPerSale =
                double(report.bytesUp) / double(std::max<qint64>(1, result.sales));
            curls.push_back(curlSameSegments(*store));
        }
        result.pushSeconds = median(pushes);
        result.sealSeconds = median(seals);
        result.coldSeconds = median(colds);
        result.curlSeconds = median(curls);
        return result;
    }

    // The same segments as files, uploaded by one curl process (one connection, like ours).
    double curlSameSegments(Store &store)
    {
        QTemporaryDir files;
        JournalReader reader(store);
        const qint64 last = take(reader.lastSeq(store.station().id), "journal");
        QStringList arguments{QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("-u"),
            test::WebDavServer::user() + QLatin1Char(':') + test::WebDavServer::password()};
        (void)freshFolder();
        const QString base = m_server.url() + QStringLiteral("run%1/").arg(m_folders);
        for (qint64 first = 1; first <= last; first += SyncEngine::Options{}.segmentRecords) {
            const qint64 to = std::min(last, first + SyncEngine::Options{}.segmentRecords - 1);
            const QString name = segmentName(first, to);
            QFile file(files.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                fail(QStringLiteral("cannot write %1").arg(file.fileName()));
            file.write(SegmentCodec::encode(Segment{store.station().id, first, to,
                take(reader.read(store.station().id, first, to), "read")}));
            file.close();
            arguments << QStringLiteral("-T") << file.fileName() << base + name;
        }
        QProcess curl;
        const auto started = Steady::now();
        curl.start(QStringLiteral("curl"), arguments);
        if (!curl.waitForFinished(600000) || curl.exitCode() != 0)
            fail(QStringLiteral("curl failed: %1")
                     .arg(QString::fromUtf8(curl.readAllStandardError())));
        return seconds(started);
    }

    struct Pull
    {
        double seconds = 0;
        qint64 records = 0;
        qint64 sales = 0;
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
        SyncEngine engine(**backoffice, through(*remote, **backoffice));
        const auto started = Steady::now();
        const SyncReport report = engine.pull();
        Pull result;
        result.seconds = seconds(started);
        if (!report.ok())
            fail(report.error.message);
        result.records = report.pulledRecords;
        QSqlQuery sales((*backoffice)->db().connection());
        sales.exec(QStringLiteral("SELECT count(*) FROM sale"));
        sales.next();
        result.sales = sales.value(0).toLongLong();
        return result;
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
        } else if (a == QLatin1String("--sealing-overhead")) {
            options.sealingOverhead = true;
        } else if (a == QLatin1String("--workdir") && i + 1 < arguments.size()) {
            options.workdir = arguments.at(++i);
        } else {
            QTextStream(stdout) << "usage: recaisse-sync-bench [--quick] [--workdir DIR] "
                                   "[--sealing-overhead]\n";
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
    err() << "push of one day (300 sales)" << Qt::endl;
    const double oneDay = bench.pushOneDay();
    err() << "catch-up of " << options.catchUpDays << " days" << Qt::endl;
    const auto catchUp = bench.catchUp();
    err() << "pull of 3 stations x " << options.yearDays << " days" << Qt::endl;
    const auto pull = bench.pullThreeStations();

    const QJsonObject result{{QStringLiteral("push_one_day_s"), rounded(oneDay)},
        {QStringLiteral("catch_up_90_days_s"), rounded(catchUp.pushSeconds)},
        {QStringLiteral("catch_up_sealed_offline_s"), rounded(catchUp.sealSeconds)},
        {QStringLiteral("catch_up_cold_s"), rounded(catchUp.coldSeconds)},
        {QStringLiteral("catch_up_days"), options.catchUpDays},
        {QStringLiteral("catch_up_sales"), catchUp.sales},
        {QStringLiteral("catch_up_records"), catchUp.records},
        {QStringLiteral("curl_put_same_bytes_s"), rounded(catchUp.curlSeconds)},
        {QStringLiteral("ratio_to_curl"),
            rounded(catchUp.pushSeconds / std::max(0.001, catchUp.curlSeconds), 2)},
        {QStringLiteral("upload_bytes_per_sale"), rounded(catchUp.bytesPerSale, 1)},
        {QStringLiteral("pull_apply_3_stations_year_s"), rounded(pull.seconds)},
        {QStringLiteral("pull_days_per_station"), options.yearDays},
        {QStringLiteral("pull_records"), pull.records},
        {QStringLiteral("pull_sales_total"), pull.sales}, {QStringLiteral("runs"), options.runs},
        {QStringLiteral("server"), QStringLiteral("Apache mod_dav on loopback")}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
