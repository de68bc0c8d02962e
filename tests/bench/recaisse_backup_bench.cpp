// recaisse-backup-bench: what the daily backup uploads, on the 10-year demo. The demo station
// goes on selling for --period days (a day of demo activity each), and after each day the
// nightly backup runs as the sync worker runs it (Backup::upload: a restore point every day, a
// full snapshot at most weekly) into a shared folder that counts every byte put, and times the
// nights that made a snapshot (VACUUM INTO, then tar and xz: what the sync worker's thread spends
// on it). Prints one JSON object; progress on stderr. It only measures: nothing here fails on a
// size.

#include "benchsupport.h"
#include "core/demoshop.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/forwardingremote.h"
#include "tests/support/memoryremote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;
using namespace recaisse::bench;

namespace {

// A shared folder in memory that counts what is uploaded to it, as the drive would receive it
// (the sealing layer adds 20 bytes per MiB and a header and signature of about 150 bytes).
class CountingRemote final : public ForwardingRemote
{
public:
    explicit CountingRemote(Remote &inner)
        : ForwardingRemote(inner)
    {
    }

    qint64 uploaded = 0;
    qint64 snapshotBytes = 0;
    int snapshots = 0;
    int points = 0;

    RemoteResult<void> put(const QString &path, const QByteArray &data) override
    {
        uploaded += data.size();
        ++points;
        return inner().put(path, data);
    }
    RemoteResult<void> putFile(const QString &path, const QString &localFile) override
    {
        // Only its size is kept: ten years of snapshots are not held in memory.
        uploaded += QFileInfo(localFile).size();
        snapshotBytes += QFileInfo(localFile).size();
        ++snapshots;
        return inner().put(path, QByteArray::number(QFileInfo(localFile).size()));
    }
};

qint64 salesOf(Store &store)
{
    QSqlQuery query(store.db().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sale")) || !query.next())
        fail(QStringLiteral("cannot count the sales"));
    return query.value(0).toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setProgramName("recaisse-backup-bench");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("recaisse.*=false"));
    int days = 3650;
    int period = 28;
    QString workdirOption;
    const QStringList arguments = app.arguments().mid(1);
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--quick")) {
            days = 30;
            period = 14;
        } else if (a == QLatin1String("--days") && i + 1 < arguments.size()) {
            days = std::max(1, arguments.at(++i).toInt());
        } else if (a == QLatin1String("--period") && i + 1 < arguments.size()) {
            period = std::max(1, arguments.at(++i).toInt());
        } else if (a == QLatin1String("--workdir") && i + 1 < arguments.size()) {
            workdirOption = arguments.at(++i);
        } else {
            QTextStream(stdout) << "usage: recaisse-backup-bench [--quick] [--days N] "
                                   "[--period DAYS] [--workdir DIR]\n";
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }
    std::unique_ptr<QTemporaryDir> temporary;
    const QString workdir = workdirFor(workdirOption, temporary);
    bool cacheHit = false;
    const QString demo = cachedDemoDatabase(workdir, days, &cacheHit);
    QTemporaryDir work(QDir(workdir).filePath(QStringLiteral("backup-bench-XXXXXX")));
    if (!work.isValid())
        fail(QStringLiteral("cannot create a folder in %1").arg(workdir));
    const QString path = work.filePath(QStringLiteral("station.sqlite"));
    if (!QFile::copy(demo, path))
        fail(QStringLiteral("cannot copy %1").arg(demo));

    ManualClock clock(benchNow());
    auto store = take(Store::open(path, clock), "open the demo copy");
    const qint64 salesBefore = salesOf(*store);
    const qint64 databaseBytes = QFileInfo(path).size();
    test::MemoryRemote memory;
    CountingRemote remote(memory);
    const auto started = Steady::now();
    Steady::duration snapshotNights{};
    // One calendar day per night, whatever the demo does with the clock: it sets it to the times
    // of the day it makes (the day before the clock's), so a night counted from the clock after
    // it would fall on the same date again after every open day.
    QDateTime night(clock.nowUtc().date().addDays(1), QTime(2, 0), QTimeZone::utc());
    for (int day = 0; day < period; ++day, night = night.addDays(1)) {
        // The day before this night (if the shop was open), then the nightly backup at 02:00 UTC.
        clock.set(night);
        take(DemoShop(*store, clock).generate(1, 7000 + day), "a day of demo activity");
        clock.set(night);
        const int snapshotsBefore = remote.snapshots;
        const auto nightStarted = Steady::now();
        if (auto uploaded = Backup::upload(*store, remote); !uploaded)
            fail(QStringLiteral("backup: %1").arg(uploaded.error().message));
        if (remote.snapshots > snapshotsBefore)
            snapshotNights += Steady::now() - nightStarted;
        err() << "  day " << day + 1 << "/" << period << ": " << remote.uploaded
              << " bytes so far (" << remote.snapshots << " snapshots)" << Qt::endl;
    }
    const double seconds = ms(Steady::now() - started) / 1000.0;
    // A snapshot on the first night and then every seventh: anything else means the nights were
    // not the calendar days the figure is divided by.
    if (remote.snapshots != (period + 6) / 7)
        fail(QStringLiteral("%1 snapshots in %2 nights, expected %3")
                 .arg(remote.snapshots)
                 .arg(period)
                 .arg((period + 6) / 7));
    // The VACUUM INTO of the last night's database alone: the rest of a snapshot night is
    // mostly the compression.
    const QString vacuumed = work.filePath(QStringLiteral("vacuumed.sqlite"));
    const auto vacuumStarted = Steady::now();
    take(store->db().exec(QStringLiteral("VACUUM INTO '%1'")
                              .arg(QString(vacuumed).replace(u'\'', QStringLiteral("''")))),
        "VACUUM INTO");
    const double vacuumSeconds = ms(Steady::now() - vacuumStarted) / 1000.0;
    const qint64 snapshots = std::max(1, remote.snapshots);
    const double snapshotSeconds = ms(snapshotNights) / 1000.0 / double(snapshots);
    const QJsonObject result{
        {QStringLiteral("backup_upload_bytes_per_day"), qint64(remote.uploaded / period)},
        {QStringLiteral("backup_upload_mb_per_day"),
            rounded(double(remote.uploaded) / period / 1e6, 2)},
        {QStringLiteral("backup_snapshots"), remote.snapshots},
        {QStringLiteral("backup_snapshot_bytes"), remote.snapshotBytes / snapshots},
        {QStringLiteral("backup_snapshot_seconds"), rounded(snapshotSeconds, 1)},
        {QStringLiteral("backup_vacuum_seconds"), rounded(vacuumSeconds, 1)},
        {QStringLiteral("backup_snapshot_compress_seconds"),
            rounded(std::max(0.0, snapshotSeconds - vacuumSeconds), 1)},
        {QStringLiteral("vacuumed_bytes"), QFileInfo(vacuumed).size()},
        {QStringLiteral("backup_points"), remote.points}, {QStringLiteral("period_days"), period},
        {QStringLiteral("database_bytes"), databaseBytes}, {QStringLiteral("sales"), salesBefore},
        {QStringLiteral("seconds"), rounded(seconds, 1)},
        {QStringLiteral("dataset"), QStringLiteral("%1 days of demo activity").arg(days)}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
