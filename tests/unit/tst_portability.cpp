// The full export and its import: a two-station shop exported, imported on a new PC as an
// archive station and exported again gives the same records; no secret in any file; the
// workbook's sheets match the JSON counts (read back by Python's zipfile + XML); hostile or
// damaged ZIPs are refused with nothing left behind.

#include "core/demoshop.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/portability/backupfile.h"
#include "core/portability/fullexport.h"
#include "core/portability/fullimport.h"
#include "core/portability/portability.h"
#include "core/store.h"
#include "core/sync/backup.h"
#include "core/sync/recovery.h"
#include "core/sync/siteconfig.h"
#include "core/sync/sitekeys.h"
#include "core/users.h"
#include "tests/support/memoryremote.h"
#include "tests/support/syncstation.h"
#include "tests/support/testshop.h"
#include "tests/support/zipfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;

namespace {

using Station = test::SyncStation;
using test::readZip;
using test::readZipFile;
using test::writeZip;
using test::ZipEntry;

QJsonObject manifestOf(const QList<ZipEntry> &entries)
{
    for (const ZipEntry &e : entries) {
        if (e.name == QLatin1String("manifest.json"))
            return QJsonDocument::fromJson(e.data).object();
    }
    return {};
}

QByteArray entryData(const QList<ZipEntry> &entries, const QString &name)
{
    for (const ZipEntry &e : entries) {
        if (e.name == name)
            return e.data;
    }
    return {};
}

// Each record of a JSON file as its compact text.
QStringList records(const QByteArray &json)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
        list << QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return list;
}

QStringList column(Store &store, const QString &sql)
{
    QStringList values;
    QSqlQuery query(store.db().connection());
    if (!query.exec(sql))
        return values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

class TestPortability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Station m_a;
    Station m_b;
    test::MemoryRemote m_remote;
    Actor m_admin;
    Actor m_supervisor;
    Actor m_cashier;
    QString m_zip;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Actor login(const QString &name, const QString &pin)
    {
        Users users(*m_a.store);
        auto user = users.findByName(name);
        if (!user)
            return {};
        auto actor = users.login(user->id, pin);
        return actor ? *actor : Actor{};
    }

    // A fresh output folder.
    QString outDir(const QString &name)
    {
        const QString dir = path(name);
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        return dir;
    }

    Result<FullImport::Outcome> import(const QString &zip, const QString &db)
    {
        FullImport::Options options;
        options.zipPath = zip;
        options.dbPath = db;
        options.adminName = QStringLiteral("Admin");
        options.newPin = QStringLiteral("654321");
        return FullImport::run(options, m_a.clock);
    }

    void refused(const QString &zip, const QString &expected)
    {
        const QString db = path(QStringLiteral("refused.sqlite"));
        // What an earlier case wrongly imported would make this one fail for another reason.
        for (const QString &suffix : Database::fileSuffixes()) {
            QFile::remove(db + suffix);
            QFile::remove(FullImport::partialPath(db) + suffix);
        }
        auto result = import(zip, db);
        QVERIFY2(!result, qPrintable(zip));
        QVERIFY2(result.error().message.contains(expected, Qt::CaseInsensitive),
            qPrintable(result.error().message));
        for (const QString &suffix : Database::fileSuffixes()) {
            QVERIFY(!QFileInfo::exists(db + suffix));
            QVERIFY(!QFileInfo::exists(FullImport::partialPath(db) + suffix));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A shop created on A, published, joined by B, a few days of activity on both, synced
        // both ways: A holds both stations' documents.
        StationSetup setup;
        setup.siteName = QStringLiteral("Ressourcerie de l’Étang");
        setup.stationCode = QStringLiteral("CAISSE1");
        setup.adminPin = QStringLiteral("123456");
        setup.demo = true;
        auto created = Store::create(path(QStringLiteral("a.sqlite")), setup, m_a.clock);
        QVERIFY(created);
        m_a.store = std::move(*created);
        QVERIFY(DemoShop(*m_a.store, m_a.clock).ensurePeople());
        QVERIFY(m_a.sync(m_remote).ok());
        m_b.clock.set(m_a.clock.nowUtc());
        auto joined = sync::SiteConfig::join(m_remote, path(QStringLiteral("b.sqlite")),
            QStringLiteral("CAISSE2"), StationKind::Register, m_b.clock);
        QVERIFY(joined);
        m_b.store = std::move(*joined);
        QVERIFY(m_a.demo(6, 1));
        QVERIFY(m_b.demo(5, 2));
        QVERIFY(m_b.sync(m_remote).ok());
        QVERIFY(m_a.sync(m_remote).ok());
        QCOMPARE(column(*m_a.store, QStringLiteral("SELECT count(DISTINCT station_id) FROM sale"))
                     .value(0),
            QStringLiteral("2"));
        auto report = IntegrityCheck(*m_a.store).run();
        QVERIFY(report && report->intact());

        m_admin = login(QStringLiteral("Admin"), QStringLiteral("123456"));
        QVERIFY(!m_admin.userId.isEmpty());
        const QStringList supervisor = column(*m_a.store,
            QStringLiteral("SELECT name FROM app_user WHERE role = 'supervisor' LIMIT 1"));
        QVERIFY(!supervisor.isEmpty());
        m_supervisor = m_admin;
        m_supervisor.role = Role::Supervisor;
        m_cashier = m_admin;
        m_cashier.role = Role::Cashier;

        FullExport::Options options;
        options.outDir = outDir(QStringLiteral("first"));
        auto exported = FullExport(*m_a.store).run(m_admin, options);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        m_zip = exported->path;
        QVERIFY(m_zip.endsWith(QLatin1String(".zip")));
        QCOMPARE(
            QDir(options.outDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{QFileInfo(m_zip).fileName()});
        QVERIFY(exported->counts.value(QStringLiteral("sales")) > 0);
        QCOMPARE(exported->counts.value(QStringLiteral("stations")), 2);
    }

    void manifestListsEveryFileWithItsHash()
    {
        const QList<ZipEntry> entries = readZipFile(m_zip);
        QCOMPARE(entries.first().name, QStringLiteral("manifest.json"));
        const QJsonObject manifest = manifestOf(entries);
        QCOMPARE(
            manifest.value(QStringLiteral("format_version")).toInt(), portability::formatVersion);
        const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), entries.size() - 1);
        for (const QJsonValue &value : files) {
            const QJsonObject file = value.toObject();
            const QByteArray data =
                entryData(entries, file.value(QStringLiteral("name")).toString());
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
                file.value(QStringLiteral("sha256")).toString());
        }
        // The PDF report is one of the files, hashed like the others.
        QVERIFY(entryData(entries, QStringLiteral("report.pdf")).startsWith("%PDF-"));
        for (const portability::EntitySpec &spec : portability::entities()) {
            const QByteArray json = entryData(entries, spec.name + QStringLiteral(".json"));
            QCOMPARE(records(json).size(),
                manifest.value(QStringLiteral("counts")).toObject().value(spec.name).toInteger());
        }
        // Money as cents and a display string, times with their offset.
        const QJsonObject sale =
            QJsonDocument::fromJson(entryData(entries, QStringLiteral("sales.json")))
                .array()
                .first()
                .toObject();
        const QJsonObject row = sale.value(QStringLiteral("sale")).toObject();
        QVERIFY(row.value(QStringLiteral("total_cents")).isDouble());
        QVERIFY(row.value(QStringLiteral("total_display")).toString().endsWith(u'€'));
        QVERIFY(sale.value(QStringLiteral("created_utc")).toString().contains(u'+'));
        QVERIFY(!sale.value(QStringLiteral("sale_line")).toArray().isEmpty());
        QVERIFY(!sale.value(QStringLiteral("payment")).toArray().isEmpty());
    }

    void noSecretInAnyFile()
    {
        // Every PIN hash of the shop, whole and in parts (its salt, its derived key).
        QStringList secrets;
        for (Store *store : {m_a.store.get(), m_b.store.get()}) {
            for (const QString &hash :
                column(*store, QStringLiteral("SELECT pin_hash FROM app_user"))) {
                secrets << hash;
                const QStringList parts = hash.split(u'$');
                if (parts.size() == 4)
                    secrets << parts.at(2) << parts.at(3);
            }
            secrets << column(*store,
                QStringLiteral("SELECT value FROM sync_state WHERE "
                               "length(value) >= 16"));
        }
        QVERIFY(secrets.size() >= 3 * 7);
        // The files, and the workbook's own parts unpacked.
        QList<ZipEntry> files = readZipFile(m_zip);
        const QList<ZipEntry> workbook =
            readZip(entryData(files, QString::fromLatin1(portability::workbookName)));
        QVERIFY(workbook.size() > 5);
        files << workbook;
        for (const ZipEntry &file : std::as_const(files)) {
            QVERIFY2(!file.data.contains("pin_hash"), qPrintable(file.name));
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!file.data.contains(secret.toUtf8()),
                    qPrintable(file.name + QStringLiteral(" holds a secret")));
        }
    }

    void workbookSheetsMatchTheJsonCounts()
    {
        const QList<ZipEntry> files = readZipFile(m_zip);
        const QString xlsx = path(QStringLiteral("check.xlsx"));
        QFile out(xlsx);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(entryData(files, QString::fromLatin1(portability::workbookName)));
        out.close();
        const QJsonObject counts = manifestOf(files).value(QStringLiteral("counts")).toObject();

        QJsonArray sheets = pythonSheets(xlsx);
        QVERIFY(!sheets.isEmpty());
        // The shop is a demo one: its workbook opens on a sheet that says so, one line without
        // a filter and no entity; the others are the entities.
        QCOMPARE(manifestOf(files).value(QStringLiteral("demo")).toBool(), true);
        const QJsonArray notice = sheets.first().toArray();
        QCOMPARE(notice.at(0).toString(), FullExport::tr("DEMONSTRATION"));
        QCOMPARE(notice.at(1).toInteger(), 0); // the header-less line itself
        sheets.removeFirst();
        QHash<QString, qint64> rows;
        for (const QJsonValue &value : sheets) {
            const QJsonArray sheet = value.toArray();
            rows.insert(sheet.at(0).toString(), sheet.at(1).toInteger());
            QVERIFY2(sheet.at(2).toBool(),
                qPrintable(sheet.at(0).toString() + QStringLiteral(" has no filter")));
            QVERIFY2(sheet.at(3).toBool(),
                qPrintable(sheet.at(0).toString() + QStringLiteral(" not frozen")));
        }
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            QCOMPARE(rows.value(it.key(), -1), it.value().toInteger());
        QCOMPARE(rows.size(), counts.size());

        // Past the row limit a sheet goes on on a numbered one.
        FullExport::Options options;
        options.outDir = outDir(QStringLiteral("limit"));
        options.sheetRowLimit = 10;
        auto exported = FullExport(*m_a.store).run(m_admin, options);
        QVERIFY(exported);
        const QList<ZipEntry> limited = readZipFile(exported->path);
        QFile small(xlsx);
        QVERIFY(small.open(QIODevice::WriteOnly | QIODevice::Truncate));
        small.write(entryData(limited, QString::fromLatin1(portability::workbookName)));
        small.close();
        qint64 sales = 0;
        int salesSheets = 0;
        for (const QJsonValue &value : pythonSheets(xlsx)) {
            const QJsonArray sheet = value.toArray();
            QVERIFY(sheet.at(1).toInteger() <= 10);
            const QString name = sheet.at(0).toString();
            if (name == QLatin1String("sales") || name.startsWith(QLatin1String("sales ("))) {
                sales += sheet.at(1).toInteger();
                ++salesSheets;
            }
        }
        QCOMPARE(sales, exported->counts.value(QStringLiteral("sales")));
        QVERIFY(salesSheets > 2);
    }

    void roundTripKeepsEveryRecord()
    {
        const QString db = path(QStringLiteral("archive.sqlite"));
        auto imported = import(m_zip, db);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(FullImport::partialPath(db)));

        auto opened = Store::open(db, m_a.clock, QStringLiteral("archive"));
        QVERIFY(opened);
        Store &archive = **opened;
        QVERIFY(portability::isArchiveStation(archive.db()));
        QCOMPARE(archive.station().code, imported->stationCode);
        auto report = IntegrityCheck(archive).run();
        QVERIFY2(report && report->intact(), qPrintable(report->problems.join(u'\n')));
        // Not joined to any drive, records no document, the administrator's new PIN works.
        QCOMPARE(column(archive, QStringLiteral("SELECT count(*) FROM sync_account")).value(0),
            QStringLiteral("0"));
        DocumentWriter writer(archive, DocumentKind::CashMovement, m_admin.userId);
        QVERIFY(!writer.start());
        Users users(archive);
        auto admin = users.findByName(QStringLiteral("Admin"));
        QVERIFY(admin);
        QVERIFY(users.login(admin->id, QStringLiteral("654321")));
        const Actor archiveAdmin = *users.login(admin->id, QStringLiteral("654321"));

        FullExport::Options options;
        options.outDir = outDir(QStringLiteral("second"));
        auto again = FullExport(archive).run(archiveAdmin, options);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        const QList<ZipEntry> first = readZipFile(m_zip);
        const QList<ZipEntry> second = readZipFile(again->path);
        const QString archiveStation = archive.station().id;
        for (const portability::EntitySpec &spec : portability::entities()) {
            const QString name = spec.name + QStringLiteral(".json");
            const QStringList before = records(entryData(first, name));
            QStringList after = records(entryData(second, name));
            for (const QString &record : before) {
                QVERIFY2(after.removeOne(record),
                    qPrintable(name + QStringLiteral(": ") + record.left(300)));
            }
            // What the second export may add: the archive station and its own audit events.
            for (const QString &extra : std::as_const(after)) {
                const QJsonObject object = QJsonDocument::fromJson(extra.toUtf8()).object();
                const bool ownStation = spec.name == QLatin1String("stations")
                    && object.value(QStringLiteral("id")).toString() == archiveStation;
                const bool ownEvent = spec.name == QLatin1String("audit_events")
                    && object.value(QStringLiteral("station_id")).toString() == archiveStation;
                QVERIFY2(ownStation || ownEvent,
                    qPrintable(name + QStringLiteral(" adds ") + extra.left(300)));
            }
        }
        // The database must not already exist.
        auto twice = import(m_zip, db);
        QVERIFY(!twice);
    }

    void rightsAreCheckedInCore()
    {
        const QString siteId = m_a.store->site().id;
        QVERIFY(FullExport::mayExport(m_admin, siteId));
        QVERIFY(FullExport::mayExport(m_supervisor, siteId));
        QVERIFY(!FullExport::mayExport(m_admin, QStringLiteral("another-site")));
        Actor superAdmin = m_admin;
        superAdmin.role = Role::SuperAdmin;
        QVERIFY(FullExport::mayExport(superAdmin, QStringLiteral("another-site")));
        Actor reception = m_admin;
        reception.role = Role::Reception;
        QVERIFY(!FullExport::mayExport(reception, siteId));
        FullExport::Options options;
        options.outDir = outDir(QStringLiteral("refused"));
        auto refused = FullExport(*m_a.store).run(m_cashier, options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(
            QDir(options.outDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void cancelLeavesNothing()
    {
        std::atomic_bool cancel{false};
        FullExport::Options options;
        options.outDir = outDir(QStringLiteral("cancel"));
        options.cancel = &cancel;
        int calls = 0;
        options.progress = [&](const FullExport::Progress &progress) {
            QVERIFY(progress.records <= progress.total);
            if (++calls == 3)
                cancel = true;
        };
        auto result = FullExport(*m_a.store).run(m_admin, options);
        QVERIFY(!result);
        QVERIFY(calls >= 3);
        QVERIFY(
            QDir(options.outDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void leftoverOfAKilledExportIsRemovedAtStart()
    {
        const QString dir = outDir(QStringLiteral("killed"));
        const QString partial = QDir(dir).filePath(QStringLiteral(".recaisse-export-x.partial"));
        QVERIFY(QDir().mkpath(partial));
        QFile part(QDir(partial).filePath(QStringLiteral("sales.json")));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("[\n");
        part.close();
        QSqlQuery mark(m_a.store->db().connection());
        QVERIFY(mark.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                         "('full_export_partial', '%1')")
                              .arg(partial)));
        FullExport::cleanupAfterCrash(*m_a.store);
        QVERIFY(!QFileInfo::exists(partial));
        QVERIFY(QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        // And the pattern alone, for a folder the database does not know.
        QVERIFY(QDir().mkpath(partial));
        QCOMPARE(portability::removeLeftovers(dir), 1);
    }

    void backupSavedToAFolderIsSealed()
    {
        const QString dir = outDir(QStringLiteral("usb"));
        const auto keys = sync::SiteKeys::create(m_a.store->site().id, m_a.store->station().id);
        const QByteArray recoveryFile = sync::SiteRecovery::file(
            m_a.store->site().id, keys.siteKey, sync::SiteRecovery::newKey(), m_a.clock.nowUtc());
        auto refused = BackupFile::save(*m_a.store, m_cashier, dir, keys, recoveryFile);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        auto saved = BackupFile::save(*m_a.store, m_admin, dir, keys, recoveryFile);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{QFileInfo(*saved).fileName()});
        // Sealed as the drive's backups are (unit.backupfile opens it): not an archive any
        // tool reads.
        QFile file(*saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith(backupFileFormat));
        const QString restored = path(QStringLiteral("from-usb.sqlite"));
        QVERIFY(!sync::Backup::extract(*saved, restored));
        QVERIFY(!QFileInfo::exists(restored));
        QCOMPARE(test::auditCount(*m_a.store, QStringLiteral("sync.backup-save")), 1);
    }

    void hostileArchivesAreRefused()
    {
        const QList<ZipEntry> good = readZipFile(m_zip);
        QJsonObject manifest = manifestOf(good);
        const auto rebuilt = [&](const QString &name, const QList<ZipEntry> &entries,
                                 const QHash<QString, qint64> &declared = {}) {
            const QString zip = path(name);
            QFile::remove(zip);
            writeZip(zip, entries, declared);
            return zip;
        };
        const auto renamed = [&](const QString &from, const QString &to) {
            QList<ZipEntry> entries = good;
            for (ZipEntry &e : entries) {
                if (e.name == from)
                    e.name = to;
            }
            return entries;
        };
        refused(rebuilt(QStringLiteral("dotdot.zip"),
                    renamed(QStringLiteral("sites.json"), QStringLiteral("../sites.json"))),
            QStringLiteral("unsafe name"));
        refused(rebuilt(QStringLiteral("absolute.zip"),
                    renamed(QStringLiteral("sites.json"), QStringLiteral("/tmp/sites.json"))),
            QStringLiteral("unsafe name"));
        {
            QList<ZipEntry> entries = good;
            for (ZipEntry &e : entries) {
                if (e.name == QLatin1String("sites.json")) {
                    e.symlink = true;
                    e.data = "/etc/passwd";
                }
            }
            refused(rebuilt(QStringLiteral("symlink.zip"), entries),
                QStringLiteral("not a regular file"));
        }
        {
            // A manifest declaring 10 GB for one file.
            QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
            QJsonObject first = files.at(0).toObject();
            first.insert(QStringLiteral("bytes"), 10LL * 1024 * 1024 * 1024);
            files.replace(0, first);
            QJsonObject big = manifest;
            big.insert(QStringLiteral("files"), files);
            QList<ZipEntry> entries = good;
            entries.first().data = QJsonDocument(big).toJson();
            refused(
                rebuilt(QStringLiteral("huge.zip"), entries), QStringLiteral("declared larger"));
        }
        {
            // An entry whose headers (local and central alike, so libarchive takes them) declare
            // more than the manifest: refused by the import's own check, before reading it.
            refused(rebuilt(QStringLiteral("declared.zip"), good,
                        {{QStringLiteral("sites.json"), 10LL * 1024 * 1024 * 1024}}),
                QStringLiteral("where the manifest says"));
        }
        {
            QList<ZipEntry> entries = good;
            for (ZipEntry &e : entries) {
                if (e.name == QLatin1String("sales.json")) {
                    const qsizetype at = e.data.indexOf("\"total_cents\":") + 14;
                    e.data[at] = e.data.at(at) == '9' ? '8' : '9';
                }
            }
            refused(rebuilt(QStringLiteral("changed.zip"), entries), QStringLiteral("SHA-256"));
        }
        {
            QJsonObject future = manifest;
            future.insert(QStringLiteral("format_version"), portability::formatVersion + 1);
            QList<ZipEntry> entries = good;
            entries.first().data = QJsonDocument(future).toJson();
            refused(
                rebuilt(QStringLiteral("future.zip"), entries), QStringLiteral("newer ReCaisse"));
        }
        {
            QFile file(m_zip);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const QString zip = path(QStringLiteral("truncated.zip"));
            QFile truncated(zip);
            QVERIFY(truncated.open(QIODevice::WriteOnly));
            truncated.write(bytes.left(bytes.size() / 2));
            truncated.close();
            refused(zip, QStringLiteral("cannot be imported"));
        }
        refused(path(QStringLiteral("missing.zip")), QStringLiteral("does not exist"));
    }

private:
    QJsonArray pythonSheets(const QString &xlsx)
    {
        static const char script[] = R"(
import json, sys, zipfile
import xml.etree.ElementTree as ET
M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
z = zipfile.ZipFile(sys.argv[1])
rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
target = {r.get('Id'): r.get('Target') for r in rels}
out = []
for sheet in ET.fromstring(z.read('xl/workbook.xml')).iter(M + 'sheet'):
    part = 'xl/' + target[sheet.get(R + 'id')].lstrip('/')
    rows, autofilter, frozen = 0, False, False
    for _, el in ET.iterparse(z.open(part)):
        if el.tag == M + 'row':
            rows += 1
            el.clear()
        elif el.tag == M + 'autoFilter':
            autofilter = True
        elif el.tag == M + 'pane' and el.get('state') == 'frozen':
            frozen = True
    out.append([sheet.get('name'), rows - 1, autofilter, frozen])
print(json.dumps(out))
)";
        QProcess python;
        python.start(QStringLiteral(RECAISSE_PYTHON),
            {QStringLiteral("-c"), QString::fromLatin1(script), xlsx});
        if (!python.waitForFinished(60000) || python.exitCode() != 0) {
            qWarning() << python.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    }
};

QTEST_GUILESS_MAIN(TestPortability)
#include "tst_portability.moc"
