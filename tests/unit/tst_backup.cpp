// Backup::extract against hostile archives: each one is refused, and nothing is written outside
// the target — no file at the path an entry names, no station database, no partial file left.

#include "core/sync/backup.h"
#include "core/sync/syncengine.h"
#include "tests/support/memoryremote.h"
#include "tests/support/testshop.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <archive.h>
#include <archive_entry.h>

#include <tuple>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;

namespace {

struct Entry
{
    QByteArray name;
    QByteArray data;
    mode_t type = AE_IFREG;
    QByteArray link; // the target of a symbolic or hard link
};

// The compression of an archive the test writes: xz as Backup::create writes it now, gzip as
// older versions did.
enum class Compression { Xz, Gzip };

// Writes entries as a .tar.xz (or .tar.gz), as an attacker would, with no check on names or
// types.
bool writeArchive(
    const QString &path, const QList<Entry> &entries, Compression compression = Compression::Xz)
{
    archive *out = archive_write_new();
    if (compression == Compression::Xz)
        archive_write_add_filter_xz(out);
    else
        archive_write_add_filter_gzip(out);
    archive_write_set_format_pax_restricted(out);
    bool ok = archive_write_open_filename(out, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const Entry &e : entries) {
        if (!ok)
            break;
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.constData());
        archive_entry_set_perm(entry, 0600);
        if (e.type == AE_IFLNK) {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, e.link.constData());
            archive_entry_set_size(entry, 0);
        } else {
            archive_entry_set_filetype(entry, AE_IFREG);
            if (!e.link.isEmpty())
                archive_entry_set_hardlink(entry, e.link.constData());
            archive_entry_set_size(entry, e.data.size());
        }
        ok = archive_write_header(out, entry) == ARCHIVE_OK;
        archive_entry_free(entry);
        if (ok && !e.data.isEmpty())
            ok =
                archive_write_data(out, e.data.constData(), size_t(e.data.size())) == e.data.size();
    }
    ok = archive_write_close(out) == ARCHIVE_OK && ok;
    archive_write_free(out);
    return ok;
}

// The entries of a .tar.xz (or of a .tar.gz with Compression::Gzip), in order.
QList<Entry> readArchive(const QString &path, Compression compression = Compression::Xz)
{
    QList<Entry> entries;
    archive *in = archive_read_new();
    if (compression == Compression::Xz)
        archive_read_support_filter_xz(in);
    else
        archive_read_support_filter_gzip(in);
    archive_read_support_format_tar(in);
    if (archive_read_open_filename(in, QFile::encodeName(path).constData(), 64 * 1024)
        == ARCHIVE_OK) {
        archive_entry *entry = nullptr;
        while (archive_read_next_header(in, &entry) == ARCHIVE_OK) {
            Entry e{archive_entry_pathname(entry), {}, AE_IFREG, {}};
            char buffer[64 * 1024];
            la_ssize_t n = 0;
            while ((n = archive_read_data(in, buffer, sizeof buffer)) > 0)
                e.data.append(buffer, n);
            entries.append(e);
        }
    }
    archive_read_free(in);
    return entries;
}

QByteArray manifestWith(const QByteArray &json, const QString &key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.insert(key, value);
    return QJsonDocument(o).toJson();
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The magic numbers of the two streams (xz file format 1.0.4, section 2.1.1.1; RFC 1952,
// section 2.3.1).
const QByteArray xzMagic("\xFD"
                         "7zXZ\0",
    6);
const QByteArray gzipMagic("\x1F\x8B", 2);

// Every row of every table of a database as text, sorted: two databases holding the same rows
// give the same list.
QStringList rowsOf(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite_%' ORDER BY name")))
        return {QStringLiteral("cannot list the tables: ") + tables.lastError().text()};
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            rows.append(QStringLiteral("cannot read ") + table);
            continue;
        }
        while (query.next()) {
            QString row = table;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                row += QLatin1Char('|')
                    + (value.isNull() ? QStringLiteral("NULL")
                            : value.typeId() == QMetaType::QByteArray
                            ? QString::fromLatin1(value.toByteArray().toHex())
                            : value.toString());
            }
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The database changed by statements run on a copy of it, as someone holding the drive could;
// empty when a statement fails.
QByteArray changed(const QByteArray &database, const QStringList &statements)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(database) != database.size())
            return {};
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        QSqlQuery mode(db);
        ok = ok && mode.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        db.close();
    }
    QSqlDatabase::removeDatabase(path);
    QFile file(path);
    if (!ok || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

Q_DECLARE_METATYPE(Entry)
Q_DECLARE_METATYPE(Compression)

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void genuineBackupIsExtracted();
    void notAnArchiveIsRefused();
    void notABackupIsRefused_data();
    void notABackupIsRefused();
    void badChecksumIsRefused();
    void pathTraversalIsRefused_data();
    void pathTraversalIsRefused();
    void linkEntriesAreRefused_data();
    void linkEntriesAreRefused();
    void oversizeIsRefused_data();
    void oversizeIsRefused();
    void existingTargetIsKept();
    void substitutedDatabaseIsRefused_data();
    void substitutedDatabaseIsRefused();
    void damagedDatabaseIsRefused();
    void decompressionBombIsRefused_data();
    void decompressionBombIsRefused();
    void restorePointsKept();
    void backupNames();
    void uploadPrunesOldBackups();
    void restorePointsOverSevenYears();
    void newSnapshotIsXz();
    void olderGzipSnapshotIsRead();
    void truncatedXzIsRefused_data();
    void truncatedXzIsRefused();

private:
    // Extracts archive into the target and checks the refusal and that nothing was written.
    // reason: part of the refusal's message, so that each archive is refused for its own flaw.
    void expectRefused(const QList<Entry> &entries, const QString &reason);
    // ...and that nothing was written.
    void expectNothingWritten();

    std::unique_ptr<test::TestShop> m_shop;
    QByteArray m_manifest; // the genuine backup's manifest.json
    QByteArray m_database; // ...and station.sqlite
    QByteArray m_genuine; // the archive Backup::create wrote
    std::unique_ptr<QTemporaryDir> m_work; // <work>/inside/ receives the restore
    QString m_archive;
    QString m_target;
    QString m_outside; // a file an entry names with "../"
};

void TestBackup::initTestCase()
{
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
    const QString archive = m_shop->dir.filePath(QStringLiteral("genuine.tar.xz"));
    auto manifest = Backup::create(*m_shop->store, archive);
    QVERIFY2(manifest.ok(), qPrintable(manifest.error().message));
    const QList<Entry> entries = readArchive(archive);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).name, QByteArray("manifest.json"));
    QCOMPARE(entries.at(1).name, QByteArray("station.sqlite"));
    m_manifest = entries.at(0).data;
    m_database = entries.at(1).data;
    m_genuine = contentOf(archive);
    QVERIFY(m_genuine.startsWith(xzMagic));
    QCOMPARE(sha256(m_database), manifest->sha256);
}

void TestBackup::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    QVERIFY(QDir(m_work->path()).mkdir(QStringLiteral("inside")));
    m_archive = m_work->filePath(QStringLiteral("inside/backup.archive"));
    m_target = m_work->filePath(QStringLiteral("inside/restored.sqlite"));
    m_outside = m_work->filePath(QStringLiteral("escaped"));
}

void TestBackup::expectRefused(const QList<Entry> &entries, const QString &reason)
{
    QVERIFY(writeArchive(m_archive, entries));
    auto result = Backup::extract(m_archive, m_target);
    QVERIFY2(!result.ok(), "a hostile archive was extracted");
    QCOMPARE(int(result.error().code), int(ErrorCode::NotADatabase));
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
    expectNothingWritten();
}

void TestBackup::expectNothingWritten()
{
    // Nothing written: the work folder holds exactly the archive.
    QVERIFY(!QFileInfo::exists(m_target));
    QVERIFY(!QFileInfo::exists(m_target + QStringLiteral(".restoring")));
    QVERIFY(!QFileInfo::exists(m_outside));
    QCOMPARE(QDir(m_work->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList{QStringLiteral("inside")});
    QCOMPARE(QDir(m_work->filePath(QStringLiteral("inside")))
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
        QStringList{QStringLiteral("backup.archive")});
}

void TestBackup::genuineBackupIsExtracted()
{
    // The same archive rebuilt by the test is accepted: the refusals below are for their flaw.
    QVERIFY(writeArchive(m_archive,
        {{"manifest.json", m_manifest, AE_IFREG, {}},
            {"station.sqlite", m_database, AE_IFREG, {}}}));
    auto result = Backup::extract(m_archive, m_target);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QFile restored(m_target);
    QVERIFY(restored.open(QIODevice::ReadOnly));
    QCOMPARE(restored.readAll(), m_database);
    QVERIFY(!QFileInfo::exists(m_target + QStringLiteral(".restoring")));
}

void TestBackup::notAnArchiveIsRefused()
{
    // A bare database or any other file: not a .tar.xz nor a .tar.gz.
    {
        QFile file(m_archive);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_database);
    }
    auto result = Backup::extract(m_archive, m_target);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().code), int(ErrorCode::NotADatabase));
    QVERIFY2(result.error().message.contains(QStringLiteral("cannot be opened")),
        qPrintable(result.error().message));
    expectNothingWritten();
}

void TestBackup::notABackupIsRefused_data()
{
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a stranger's file")
        << QList<Entry>{{"notes.txt", "hello", AE_IFREG, {}}} << QStringLiteral("unexpected entry");
    QTest::newRow("empty archive")
        << QList<Entry>{} << QStringLiteral("lacks its manifest or its database");
    QTest::newRow("database without manifest")
        << QList<Entry>{{"station.sqlite", m_database, AE_IFREG, {}}}
        << QStringLiteral("unexpected entry");
    QTest::newRow("manifest without database")
        << QList<Entry>{{"manifest.json", m_manifest, AE_IFREG, {}}}
        << QStringLiteral("lacks its manifest or its database");
    QTest::newRow("database before manifest")
        << QList<Entry>{{"station.sqlite", m_database, AE_IFREG, {}},
               {"manifest.json", m_manifest, AE_IFREG, {}}}
        << QStringLiteral("unexpected entry");
    QTest::newRow("another format") << QList<Entry>{
        {"manifest.json",
            manifestWith(m_manifest, QStringLiteral("format"), QStringLiteral("recaisse-backup-0")),
            AE_IFREG, {}},
        {"station.sqlite", m_database, AE_IFREG,
            {}}} << QStringLiteral("manifest is not valid");
    QTest::newRow("manifest not JSON") << QList<Entry>{{"manifest.json", "{", AE_IFREG, {}},
        {"station.sqlite", m_database, AE_IFREG, {}}}
                                       << QStringLiteral("manifest is not valid");
    QTest::newRow("a second database") << QList<Entry>{{"manifest.json", m_manifest, AE_IFREG, {}},
        {"station.sqlite", m_database, AE_IFREG, {}}, {"station.sqlite", m_database, AE_IFREG, {}}}
                                       << QStringLiteral("unexpected entry");
}

void TestBackup::notABackupIsRefused()
{
    QFETCH(QList<Entry>, entries);
    QFETCH(QString, reason);
    expectRefused(entries, reason);
}

void TestBackup::badChecksumIsRefused()
{
    // One byte changed in the database: same size, different SHA-256.
    QByteArray tampered = m_database;
    tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 0x01);
    expectRefused(
        {{"manifest.json", m_manifest, AE_IFREG, {}}, {"station.sqlite", tampered, AE_IFREG, {}}},
        QStringLiteral("fails its checksum"));
    if (QTest::currentTestFailed())
        return;
    // A manifest that announces a checksum of its own for the genuine database.
    expectRefused(
        {{"manifest.json", manifestWith(m_manifest, QStringLiteral("sha256"), sha256("not this")),
             AE_IFREG, {}},
            {"station.sqlite", m_database, AE_IFREG, {}}},
        QStringLiteral("fails its checksum"));
}

void TestBackup::pathTraversalIsRefused_data()
{
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<QString>("reason");
    // m_outside is <work>/escaped; the target is <work>/inside/restored.sqlite.
    for (const QByteArray &name : {QByteArray("../escaped"), QByteArray("inside/../../escaped"),
             QByteArray("./../escaped")}) {
        QTest::newRow(QByteArray("first entry " + name).constData())
            << QList<Entry>{{name, "pwned", AE_IFREG, {}}} << QStringLiteral("unexpected entry");
        QTest::newRow(QByteArray("between manifest and database " + name).constData())
            << QList<Entry>{{"manifest.json", m_manifest, AE_IFREG, {}},
                   {name, "pwned", AE_IFREG, {}}, {"station.sqlite", m_database, AE_IFREG, {}}}
            << QStringLiteral("unexpected entry");
        QTest::newRow(QByteArray("after a complete backup " + name).constData())
            << QList<Entry>{{"manifest.json", m_manifest, AE_IFREG, {}},
                   {"station.sqlite", m_database, AE_IFREG, {}}, {name, "pwned", AE_IFREG, {}}}
            << QStringLiteral("unexpected entry");
    }
    QTest::newRow("database named with ../")
        << QList<Entry>{{"manifest.json", m_manifest, AE_IFREG, {}},
               {"../station.sqlite", m_database, AE_IFREG, {}}}
        << QStringLiteral("unexpected entry");
}

void TestBackup::pathTraversalIsRefused()
{
    QFETCH(QList<Entry>, entries);
    QFETCH(QString, reason);
    expectRefused(entries, reason);
    QVERIFY(!QFileInfo::exists(m_work->filePath(QStringLiteral("station.sqlite"))));
}

void TestBackup::linkEntriesAreRefused_data()
{
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<QString>("reason");
    const QByteArray outside = QFile::encodeName(m_outside);
    QTest::newRow("database as a symlink out")
        << QList<Entry>{{"manifest.json", m_manifest, AE_IFREG, {}},
               {"station.sqlite", {}, AE_IFLNK, outside}}
        << QStringLiteral("unexpected entry");
    QTest::newRow("manifest as a symlink")
        << QList<Entry>{{"manifest.json", {}, AE_IFLNK, "/etc/passwd"},
               {"station.sqlite", m_database, AE_IFREG, {}}}
        << QStringLiteral("unexpected entry");
    QTest::newRow("symlink then a write through it") << QList<Entry>{{"link", {}, AE_IFLNK, ".."},
        {"link/escaped", "pwned", AE_IFREG, {}}} << QStringLiteral("unexpected entry");
    // A hard link to a file outside: not a regular file with data of its own, refused.
    QTest::newRow("database as a hard link")
        << QList<Entry>{{"manifest.json", m_manifest, AE_IFREG, {}},
               {"station.sqlite", {}, AE_IFREG, outside}}
        << QStringLiteral("unexpected entry");
}

void TestBackup::linkEntriesAreRefused()
{
    QFETCH(QList<Entry>, entries);
    QFETCH(QString, reason);
    // The file a link points to exists and is left as it is.
    {
        QFile outside(m_outside);
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("untouched");
    }
    QVERIFY(writeArchive(m_archive, entries));
    auto result = Backup::extract(m_archive, m_target);
    QVERIFY2(!result.ok(), "an archive with a link was extracted");
    QCOMPARE(int(result.error().code), int(ErrorCode::NotADatabase));
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
    QVERIFY(!QFileInfo::exists(m_target));
    QVERIFY(!QFileInfo(m_target).isSymLink());
    QVERIFY(!QFileInfo::exists(m_target + QStringLiteral(".restoring")));
    QVERIFY(!QFileInfo::exists(m_work->filePath(QStringLiteral("inside/link"))));
    QFile outside(m_outside);
    QVERIFY(outside.open(QIODevice::ReadOnly));
    QCOMPARE(outside.readAll(), QByteArray("untouched"));
    QCOMPARE(QDir(m_work->filePath(QStringLiteral("inside")))
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
        QStringList{QStringLiteral("backup.archive")});
}

void TestBackup::oversizeIsRefused_data()
{
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<QString>("reason");
    // A manifest over 64 KiB (padded JSON whitespace, otherwise valid).
    QTest::newRow("manifest too large")
        << QList<Entry>{{"manifest.json", m_manifest + QByteArray(65 * 1024, ' '), AE_IFREG, {}},
               {"station.sqlite", m_database, AE_IFREG, {}}}
        << QStringLiteral("manifest is too large");
    // A database larger than its manifest announces (a decompression bomb is cut there).
    QByteArray bigger = m_database + QByteArray(256 * 1024, '\0');
    QTest::newRow("database larger than announced") << QList<Entry>{
        {"manifest.json", manifestWith(m_manifest, QStringLiteral("sha256"), sha256(bigger)),
            AE_IFREG, {}},
        {"station.sqlite", bigger, AE_IFREG, {}}} << QStringLiteral("larger than announced");
    QTest::newRow("announced size shrunk") << QList<Entry>{
        {"manifest.json",
            manifestWith(m_manifest, QStringLiteral("bytes"), qint64(m_database.size() - 1)),
            AE_IFREG, {}},
        {"station.sqlite", m_database, AE_IFREG,
            {}}} << QStringLiteral("larger than announced");
}

void TestBackup::oversizeIsRefused()
{
    QFETCH(QList<Entry>, entries);
    QFETCH(QString, reason);
    expectRefused(entries, reason);
}

void TestBackup::existingTargetIsKept()
{
    // A genuine backup never overwrites an existing station database.
    {
        QFile existing(m_target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("the shop's real database");
    }
    QVERIFY(writeArchive(m_archive,
        {{"manifest.json", m_manifest, AE_IFREG, {}},
            {"station.sqlite", m_database, AE_IFREG, {}}}));
    auto result = Backup::extract(m_archive, m_target);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().code), int(ErrorCode::Conflict));
    QFile existing(m_target);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("the shop's real database"));
    QVERIFY(!QFileInfo::exists(m_target + QStringLiteral(".restoring")));
}

void TestBackup::substitutedDatabaseIsRefused_data()
{
    // A database with a genuine checksum in its manifest (whoever writes the archive writes the
    // manifest), changed where the schema protects the shop's records.
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("reason");
    QTest::newRow("immutability trigger dropped")
        << QStringList{QStringLiteral("DROP TRIGGER document_no_delete")}
        << QStringLiteral("lacks or changed: trigger document_no_delete");
    QTest::newRow("trigger of its own") << QStringList{QStringLiteral(
        "CREATE TRIGGER keep_quiet AFTER INSERT ON audit_event BEGIN SELECT 1; END")}
                                        << QStringLiteral("never made: trigger keep_quiet");
    QTest::newRow("trigger rewritten") << QStringList{QStringLiteral("DROP TRIGGER sale_no_update"),
        QStringLiteral("CREATE TRIGGER sale_no_update BEFORE UPDATE ON sale WHEN 0 BEGIN SELECT "
                       "RAISE(ABORT, 'finalised sale rows are immutable'); END")}
                                       << QStringLiteral("trigger sale_no_update");
    QTest::newRow("table of its own") << QStringList{QStringLiteral("CREATE TABLE extra (x)")}
                                      << QStringLiteral("never made: table extra");
    QTest::newRow("view of its own")
        << QStringList{QStringLiteral("CREATE VIEW people AS SELECT name, pin_hash FROM app_user")}
        << QStringLiteral("never made: view people");
    QTest::newRow("index changed") << QStringList{QStringLiteral("DROP INDEX app_user_name"),
        QStringLiteral("CREATE INDEX app_user_name ON app_user (name)")}
                                   << QStringLiteral("index app_user_name");
    QTest::newRow("schema version from the future")
        << QStringList{QStringLiteral("PRAGMA user_version=999")}
        << QStringLiteral("schema version 999 is unknown");
    QTest::newRow("no schema version") << QStringList{QStringLiteral("PRAGMA user_version=0")}
                                       << QStringLiteral("schema version 0 is unknown");
}

void TestBackup::substitutedDatabaseIsRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, reason);
    const QByteArray substituted = changed(m_database, statements);
    QVERIFY(!substituted.isEmpty());
    QByteArray manifest = manifestWith(m_manifest, QStringLiteral("sha256"), sha256(substituted));
    manifest = manifestWith(manifest, QStringLiteral("bytes"), qint64(substituted.size()));
    expectRefused(
        {{"manifest.json", manifest, AE_IFREG, {}}, {"station.sqlite", substituted, AE_IFREG, {}}},
        reason);
}

void TestBackup::damagedDatabaseIsRefused()
{
    // A page of the database overwritten, the checksum made to match: the integrity check
    // finds it.
    const QByteArray genuine = changed(m_database, {});
    QVERIFY(!genuine.isEmpty());
    const int pageSize = (quint8(genuine.at(16)) << 8) | quint8(genuine.at(17));
    QVERIFY(pageSize >= 512);
    const int pages = int(genuine.size() / pageSize);
    QVERIFY(pages > 10);
    QByteArray damaged = genuine;
    for (int page = pages / 2; page < pages / 2 + 3; ++page)
        damaged.replace(qsizetype(page) * pageSize, pageSize, QByteArray(pageSize, '\xa5'));
    QByteArray manifest = manifestWith(m_manifest, QStringLiteral("sha256"), sha256(damaged));
    manifest = manifestWith(manifest, QStringLiteral("bytes"), qint64(damaged.size()));
    QVERIFY(writeArchive(m_archive,
        {{"manifest.json", manifest, AE_IFREG, {}}, {"station.sqlite", damaged, AE_IFREG, {}}}));
    auto result = Backup::extract(m_archive, m_target);
    QVERIFY2(!result.ok(), "a damaged database was extracted");
    QVERIFY2(result.error().message.contains(QStringLiteral("integrity check")),
        qPrintable(result.error().message));
    expectNothingWritten();
    // The same database, undamaged and in the journal mode the test wrote it in, is accepted.
    manifest = manifestWith(m_manifest, QStringLiteral("sha256"), sha256(genuine));
    manifest = manifestWith(manifest, QStringLiteral("bytes"), qint64(genuine.size()));
    QVERIFY(writeArchive(m_archive,
        {{"manifest.json", manifest, AE_IFREG, {}}, {"station.sqlite", genuine, AE_IFREG, {}}}));
    auto accepted = Backup::extract(m_archive, m_target);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
}

void TestBackup::decompressionBombIsRefused_data()
{
    // 64 MiB of zeros: 64 KiB once compressed with gzip (at most 1032:1, RFC 1951's longest
    // match for its shortest code), under 16 KiB with xz.
    constexpr qint64 bomb = 64LL * 1024 * 1024;
    const QByteArray zeros(bomb, '\0');
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<Compression>("compression");
    QTest::addColumn<qint64>("onDisk"); // the archive is smaller than this
    const QByteArray honest =
        manifestWith(manifestWith(m_manifest, QStringLiteral("sha256"), sha256(zeros)),
            QStringLiteral("bytes"), bomb);
    const qint64 free = QStorageInfo(QDir::tempPath()).bytesAvailable();
    for (const auto &[compression, label, onDisk] :
        {std::tuple{Compression::Xz, "xz", qint64(16 * 1024)},
            std::tuple{Compression::Gzip, "gzip", qint64(1024 * 1024)}}) {
        const QString suffix = QStringLiteral(", ") + QLatin1String(label);
        const auto row = [&suffix](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(QLatin1String(name) + suffix));
        };
        row("announced, over the cap")
            << honest << zeros << qint64(16 * 1024 * 1024) << QStringLiteral("more than the 16 MB")
            << compression << onDisk;
        row("announcing a terabyte")
            << manifestWith(honest, QStringLiteral("bytes"), qint64(1) << 40) << zeros
            << Backup::maxDatabaseBytes << QStringLiteral("more than the 32768 MB") << compression
            << onDisk;
        // The tar header says 64 MiB, the manifest a few bytes: the header's size counts.
        row("manifest hiding the size")
            << manifestWith(honest, QStringLiteral("bytes"), qint64(1024)) << zeros
            << qint64(16 * 1024 * 1024) << QStringLiteral("more than the 16 MB") << compression
            << onDisk;
        row("more than the free disk")
            << manifestWith(honest, QStringLiteral("bytes"), free + bomb) << zeros
            << std::numeric_limits<qint64>::max() << QStringLiteral("the disk has only")
            << compression << onDisk;
    }
}

void TestBackup::decompressionBombIsRefused()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QByteArray, data);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, reason);
    QFETCH(Compression, compression);
    QFETCH(qint64, onDisk);
    QVERIFY(writeArchive(m_archive,
        {{"manifest.json", manifest, AE_IFREG, {}}, {"station.sqlite", data, AE_IFREG, {}}},
        compression));
    QVERIFY(contentOf(m_archive).startsWith(compression == Compression::Xz ? xzMagic : gzipMagic));
    QVERIFY2(QFileInfo(m_archive).size() < onDisk,
        qPrintable(QString::number(QFileInfo(m_archive).size())));
    auto result = Backup::extract(m_archive, m_target, maxBytes);
    QVERIFY2(!result.ok(), "a decompression bomb was extracted");
    QCOMPARE(int(result.error().code), int(ErrorCode::NotADatabase));
    expectNothingWritten();
    const QStorageInfo disk(QDir::tempPath());
    if (reason == QLatin1String("the disk has only")
        && (!disk.isValid() || !disk.isReady() || disk.bytesAvailable() < 0))
        QSKIP("The system cannot tell this disk's free space (a chroot without its mount table): "
              "the bomb is refused by the absolute caps, not by the free-space check.");
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
}

namespace {

QDateTime at(int year, int month, int day, int hour = 2)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

// The times kept among times on today, sorted.
QList<QDateTime> keptOf(const QList<QDateTime> &times, const QDate &today)
{
    const QList<bool> keep = Backup::retained(times, today);
    QList<QDateTime> kept;
    for (qsizetype i = 0; i < times.size(); ++i) {
        if (keep.at(i))
            kept.append(times.at(i));
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

} // namespace

void TestBackup::restorePointsKept()
{
    QVERIFY(Backup::retained({}, QDate(2026, 12, 7)).isEmpty());

    // A backup every night for eight years, listed in no order.
    QList<QDateTime> nightly;
    for (QDate day(2019, 1, 1); day <= QDate(2026, 12, 7); day = day.addDays(1))
        nightly.append(QDateTime(day, QTime(2, 0), QTimeZone::utc()));
    std::reverse(nightly.begin(), nightly.begin() + nightly.size() / 2);
    QList<QDateTime> expected;
    for (QDate day(2026, 11, 24); day <= QDate(2026, 12, 7); day = day.addDays(1))
        expected.append(QDateTime(day, QTime(2, 0), QTimeZone::utc())); // 14 days
    for (int month = 1; month <= 10; ++month) // the months before, each its last night
        expected.append(QDateTime(
            QDate(2026, month, 1).addMonths(1).addDays(-1), QTime(2, 0), QTimeZone::utc()));
    for (int year = 2020; year <= 2025; ++year) // six years back, each its last night
        expected.append(at(year, 12, 31));
    std::sort(expected.begin(), expected.end());
    QCOMPARE(keptOf(nightly, QDate(2026, 12, 7)), expected);

    // Several a day: the newest of each day; a backup taken today is the newest of all.
    QList<QDateTime> busy{at(2026, 12, 7, 1), at(2026, 12, 7, 13), at(2026, 12, 6, 9),
        at(2026, 12, 6, 22), at(2026, 12, 6, 23)};
    QCOMPARE(keptOf(busy, QDate(2026, 12, 7)),
        (QList<QDateTime>{at(2026, 12, 6, 23), at(2026, 12, 7, 13)}));

    // A shop closed for months: the 14 newest days of backups are kept, however old.
    QList<QDateTime> closed;
    for (int day = 1; day <= 20; ++day)
        closed.append(at(2025, 3, day));
    closed.append(at(2026, 12, 7));
    const QList<QDateTime> keptClosed = keptOf(closed, QDate(2026, 12, 7));
    QCOMPARE(keptClosed.size(), 14);
    QCOMPARE(keptClosed.first(), at(2025, 3, 8));
    QCOMPARE(keptClosed.last(), at(2026, 12, 7));

    // The only backup of a year is kept while the year is within six years, then goes.
    QList<QDateTime> years{at(2020, 6, 1), at(2021, 6, 1)};
    QList<QDateTime> recent;
    for (int month = 1; month <= 11; ++month)
        recent.append(at(2027, month, 15));
    for (int day = 1; day <= 20; ++day)
        recent.append(at(2027, 12, day));
    const QList<QDateTime> lastFourteenDays = recent.mid(recent.size() - 14);
    const QList<QDateTime> monthsBefore = recent.mid(0, 11);
    QCOMPARE(keptOf(years + recent, QDate(2027, 12, 20)),
        QList<QDateTime>{at(2021, 6, 1)} + monthsBefore + lastFourteenDays);
    QCOMPARE(keptOf(years + recent, QDate(2028, 1, 1)), monthsBefore + lastFourteenDays);
    // The newest always stays, even dated after today (a clock ahead).
    QCOMPARE(keptOf({at(2031, 1, 1)}, QDate(2027, 12, 20)), QList<QDateTime>{at(2031, 1, 1)});
}

void TestBackup::backupNames()
{
    QCOMPARE(Backup::createdFromName(QStringLiteral("20261207T013740Z-CAISSE1-j0000001234.tar.gz")),
        QDateTime(QDate(2026, 12, 7), QTime(1, 37, 40), QTimeZone::utc()));
    QCOMPARE(Backup::createdFromName(QStringLiteral("20261207T013740Z-j0000001234.tar.xz")),
        QDateTime(QDate(2026, 12, 7), QTime(1, 37, 40), QTimeZone::utc()));
    for (const char *name : {"notes.txt", ".upload-20261207T013740Z-C-j1.tar.gz.part",
             ".upload-20261207T013740Z-j1.tar.xz.part", "20261307T013740Z-C-j1.tar.gz",
             "20261207T013740Z.tar.gz", "2026-12-07.tar.gz", "20261207T013740Z-j1.tar.bz2",
             "20261207T013740Z-j1.tar.zst", "20261207T013740Z-j1.tar"})
        QVERIFY2(!Backup::createdFromName(QString::fromLatin1(name)).isValid(), name);
}

void TestBackup::uploadPrunesOldBackups()
{
    // Nightly backups since 2019 on the drive, and a file that is not a backup; today's upload
    // keeps the restore points of the rule and leaves the stranger alone.
    test::MemoryRemote remote;
    const QString folder = QStringLiteral("backups/") + m_shop->store->station().id;
    QVERIFY(remote.makeFolders(folder));
    const QDate today = m_shop->clock.nowUtc().date();
    for (QDate day(2019, 1, 1); day < today; day = day.addDays(1)) {
        remote.files.insert(folder + QLatin1Char('/')
                + day.toString(QStringLiteral("yyyyMMdd'T'020000'Z'-CAISSE1-j0000000001.tar.gz")),
            "old");
    }
    remote.files.insert(folder + QStringLiteral("/notes.txt"), "mine");
    auto uploaded = Backup::upload(*m_shop->store, remote);
    QVERIFY2(uploaded, qPrintable(uploaded.error().message));
    QStringList kept;
    for (const QString &path : remote.files.keys()) {
        if (path.startsWith(folder))
            kept.append(path.mid(folder.size() + 1));
    }
    QVERIFY(kept.contains(QStringLiteral("notes.txt")));
    QVERIFY(kept.contains(uploaded->mid(folder.size() + 1)));
    // Today is 10 March 2026: this station uploaded none of the snapshots on the drive (an
    // older version did, or a PC now lost), so today's point starts from a new snapshot. Kept:
    // today's point and its snapshot, the 13 nights before it (from 25 February), the last night
    // of April 2025 to January 2026 (the newest of February and March are among the 14), of 2020
    // to 2024 (2025's is December's), and the stranger; nothing of 2019.
    QCOMPARE(today, QDate(2026, 3, 10));
    QCOMPARE(kept.size(), 2 + 13 + 10 + 5 + 1);
    QCOMPARE(kept.filter(QStringLiteral("20260310T")).size(), 2);
    QCOMPARE(kept.filter(QRegularExpression(QStringLiteral("^20260310T.*\\.tar\\.xz$"))).size(), 1);
    QVERIFY(kept.contains(QStringLiteral("20260225T020000Z-CAISSE1-j0000000001.tar.gz")));
    QVERIFY(kept.contains(QStringLiteral("20201231T020000Z-CAISSE1-j0000000001.tar.gz")));
    QVERIFY(kept.filter(QStringLiteral("2019")).isEmpty());
}

namespace {

QDate dateOfName(const QString &name, qsizetype from = 0)
{
    return QDate::fromString(name.mid(from, 8), QStringLiteral("yyyyMMdd"));
}

} // namespace

void TestBackup::restorePointsOverSevenYears()
{
    // A station backed up every night at 02:00 UTC from 1 January 2020 to 31 December 2026, as
    // the worker does: a restore point every day, a full snapshot every 7 days, the drive pruned
    // after each upload.
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    test::MemoryRemote remote;
    const QString folder = QStringLiteral("backups/") + shop->store->station().id;
    const auto namesOnDrive = [&] {
        QStringList names;
        for (auto it = remote.files.cbegin(); it != remote.files.cend(); ++it) {
            if (it.key().startsWith(folder + QLatin1Char('/')))
                names.append(it.key().mid(folder.size() + 1));
        }
        return names;
    };
    const auto snapshotsOf = [](const QStringList &names) {
        QList<QDate> dates;
        for (const QString &name : names) {
            if (name.endsWith(QLatin1String(".tar.xz")))
                dates.append(dateOfName(name));
        }
        std::sort(dates.begin(), dates.end());
        return dates;
    };
    int snapshotsMade = 0;
    for (QDate day(2020, 1, 1); day <= QDate(2026, 12, 31); day = day.addDays(1)) {
        shop->clock.set(QDateTime(day, QTime(2, 0), QTimeZone::utc()));
        const QList<QDate> before = snapshotsOf(namesOnDrive());
        auto uploaded = Backup::upload(*shop->store, remote);
        QVERIFY2(uploaded, qPrintable(uploaded.error().message));
        const QStringList names = namesOnDrive();
        const QList<QDate> after = snapshotsOf(names);
        if (after.contains(day) && !before.contains(day))
            ++snapshotsMade;
        // Every point on the drive starts from a snapshot that is there too.
        const QList<RestorePoint> points = Backup::restorePointsIn(names);
        qsizetype pointFiles = 0;
        for (const QString &name : names)
            pointFiles += name.endsWith(QLatin1String(".point")) ? 1 : 0;
        QCOMPARE(points.size(), pointFiles);
        QCOMPARE(points.first().createdUtc.date(), day);
        if (day == QDate(2020, 1, 14)) {
            // Two weeks in: 14 points, on the snapshots of 1 and 8 January.
            QCOMPARE(points.size(), 14);
            QCOMPARE(after, (QList<QDate>{QDate(2020, 1, 1), QDate(2020, 1, 8)}));
        }
    }
    // One full snapshot a week: 2557 days are 365 weeks and 2 days.
    QCOMPARE(snapshotsMade, 366);

    // On 31 December 2026, by hand: the 14 days from 18 December; the last day of January to
    // November 2026 (December's is among the days); the last day of 2020 to 2025 (six years).
    // Each point (date, snapshot it starts from): the snapshots fall every 7 days from
    // 1 January 2020, a Wednesday.
    const QList<std::pair<QDate, QDate>> expected{
        {QDate(2020, 12, 31), QDate(2020, 12, 30)},
        {QDate(2021, 12, 31), QDate(2021, 12, 29)},
        {QDate(2022, 12, 31), QDate(2022, 12, 28)},
        {QDate(2023, 12, 31), QDate(2023, 12, 27)},
        {QDate(2024, 12, 31), QDate(2024, 12, 25)},
        {QDate(2025, 12, 31), QDate(2025, 12, 31)},
        {QDate(2026, 1, 31), QDate(2026, 1, 28)},
        {QDate(2026, 2, 28), QDate(2026, 2, 25)},
        {QDate(2026, 3, 31), QDate(2026, 3, 25)},
        {QDate(2026, 4, 30), QDate(2026, 4, 29)},
        {QDate(2026, 5, 31), QDate(2026, 5, 27)},
        {QDate(2026, 6, 30), QDate(2026, 6, 24)},
        {QDate(2026, 7, 31), QDate(2026, 7, 29)},
        {QDate(2026, 8, 31), QDate(2026, 8, 26)},
        {QDate(2026, 9, 30), QDate(2026, 9, 30)},
        {QDate(2026, 10, 31), QDate(2026, 10, 28)},
        {QDate(2026, 11, 30), QDate(2026, 11, 25)},
        {QDate(2026, 12, 18), QDate(2026, 12, 16)},
        {QDate(2026, 12, 19), QDate(2026, 12, 16)},
        {QDate(2026, 12, 20), QDate(2026, 12, 16)},
        {QDate(2026, 12, 21), QDate(2026, 12, 16)},
        {QDate(2026, 12, 22), QDate(2026, 12, 16)},
        {QDate(2026, 12, 23), QDate(2026, 12, 23)},
        {QDate(2026, 12, 24), QDate(2026, 12, 23)},
        {QDate(2026, 12, 25), QDate(2026, 12, 23)},
        {QDate(2026, 12, 26), QDate(2026, 12, 23)},
        {QDate(2026, 12, 27), QDate(2026, 12, 23)},
        {QDate(2026, 12, 28), QDate(2026, 12, 23)},
        {QDate(2026, 12, 29), QDate(2026, 12, 23)},
        {QDate(2026, 12, 30), QDate(2026, 12, 30)},
        {QDate(2026, 12, 31), QDate(2026, 12, 30)},
    };
    const QStringList names = namesOnDrive();
    QList<std::pair<QDate, QDate>> kept;
    QList<QDate> neededSnapshots;
    for (const QString &name : names) {
        if (!name.endsWith(QLatin1String(".point")))
            continue;
        // "20261231T020000Z-j0000000012-b20261230T020000Z.point"
        kept.append({dateOfName(name), dateOfName(name, name.indexOf(QLatin1String("-b")) + 2)});
        if (!neededSnapshots.contains(kept.last().second))
            neededSnapshots.append(kept.last().second);
    }
    std::sort(kept.begin(), kept.end());
    QCOMPARE(kept, expected);
    // Exactly the 20 snapshots these points start from, nothing else.
    std::sort(neededSnapshots.begin(), neededSnapshots.end());
    QCOMPARE(neededSnapshots.size(), 20);
    QCOMPARE(snapshotsOf(names), neededSnapshots);
    QCOMPARE(names.size(), 31 + 20);

    // The next day, 2020's point (and its snapshot) leave the six years.
    shop->clock.set(QDateTime(QDate(2027, 1, 1), QTime(2, 0), QTimeZone::utc()));
    QVERIFY(Backup::upload(*shop->store, remote));
    QVERIFY(namesOnDrive().filter(QStringLiteral("2020")).isEmpty());
    QVERIFY(!namesOnDrive().filter(QStringLiteral("20211231T020000Z-j")).isEmpty());
}

void TestBackup::newSnapshotIsXz()
{
    // A demo register with three days of sales backs up: its snapshot on the drive is a tar
    // compressed with xz, named .tar.xz, and it gives back every row the station held.
    auto shop = test::TestShop::create(StationKind::Register, test::TestShop::DemoShop);
    QVERIFY(shop);
    QVERIFY(test::moreDemoDays(*shop->store, shop->clock, 3, 11));
    QVERIFY(test::rowCount(*shop->store, QStringLiteral("sale")) > 10);
    // Backup::upload writes nothing to the station before its snapshot is taken.
    const QStringList before = rowsOf(shop->store->db().connection());
    QVERIFY(before.filter(QRegularExpression(QStringLiteral("^sale\\|"))).size() > 10);
    test::MemoryRemote remote;
    auto uploaded = Backup::upload(*shop->store, remote);
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    const QString folder = QStringLiteral("backups/%1/").arg(shop->store->station().id);
    QStringList snapshots;
    for (const QString &path : remote.files.keys()) {
        if (path.startsWith(folder) && !path.endsWith(QLatin1String(".point")))
            snapshots.append(path.mid(folder.size()));
    }
    QCOMPARE(snapshots.size(), 1);
    // "20260310T080000Z-j0000000123.tar.xz": the shop's clock, then the journal's end.
    static const QRegularExpression name(QStringLiteral("^20260310T080000Z-j\\d{10}\\.tar\\.xz$"));
    QVERIFY2(name.match(snapshots.first()).hasMatch(), qPrintable(snapshots.first()));
    const QByteArray archive = remote.files.value(folder + snapshots.first());
    QVERIFY(archive.startsWith(xzMagic));
    // The point names it.
    const QJsonObject point = QJsonDocument::fromJson(remote.files.value(*uploaded)).object();
    QCOMPARE(point.value(QStringLiteral("snapshot")).toString(), snapshots.first());

    QVERIFY(writeFile(m_archive, archive));
    auto restored = Backup::extract(m_archive, m_target);
    QVERIFY2(restored.ok(), qPrintable(restored.error().message));
    QStringList after;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_target);
        db.setDatabaseName(m_target);
        QVERIFY(db.open());
        after = rowsOf(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_target);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after, before);
}

void TestBackup::olderGzipSnapshotIsRead()
{
    // A snapshot as older versions wrote it: the same two entries, in a tar compressed with gzip.
    QVERIFY(writeArchive(m_archive,
        {{"manifest.json", m_manifest, AE_IFREG, {}}, {"station.sqlite", m_database, AE_IFREG, {}}},
        Compression::Gzip));
    QVERIFY(contentOf(m_archive).startsWith(gzipMagic));
    auto result = Backup::extract(m_archive, m_target);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(contentOf(m_target), m_database);

    // On the drive beside newer ones: listed, the points made before the update start from it,
    // and it stays as long as one of them is kept.
    const QString oldSnapshot = QStringLiteral("20260224T020000Z-j0000000005.tar.gz");
    const QString oldPoint = QStringLiteral("20260226T020000Z-j0000000007-b20260224T020000Z.point");
    const QString newSnapshot = QStringLiteral("20260303T020000Z-j0000000009.tar.xz");
    const QString newPoint = QStringLiteral("20260304T020000Z-j0000000012-b20260303T020000Z.point");
    const QStringList names{newPoint, oldSnapshot, newSnapshot, oldPoint};
    QCOMPARE(Backup::createdFromName(oldSnapshot), at(2026, 2, 24));
    QCOMPARE(Backup::createdFromName(newSnapshot), at(2026, 3, 3));
    QCOMPARE(Backup::restorePointFromName(oldSnapshot)->journalSeq, 5);
    QCOMPARE(Backup::restorePointFromName(newSnapshot)->journalSeq, 9);
    const QList<RestorePoint> points = Backup::restorePointsIn(names);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).name, newPoint);
    QCOMPARE(points.at(0).snapshot, newSnapshot);
    QCOMPARE(points.at(1).name, oldPoint);
    QCOMPARE(points.at(1).snapshot, oldSnapshot);
    QCOMPARE(points.at(1).journalSeq, 7);
    QCOMPARE(Backup::prunable(names, QDate(2026, 3, 10)), QStringList());
    // Kept: only the newest day. The older point goes, and the snapshot it started from.
    QCOMPARE(Backup::prunable(names, QDate(2026, 3, 10), BackupRetention{1, 0, 0}),
        (QStringList{oldSnapshot, oldPoint}));
    // Alone (an older version wrote no point file), it is its own restore point.
    const QList<RestorePoint> alone = Backup::restorePointsIn({oldSnapshot});
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone.first().snapshot, oldSnapshot);

    // The first backup after the update starts from the station's .tar.gz of two days before:
    // no new snapshot until it is a week old.
    auto shop = test::TestShop::create();
    QVERIFY(shop);
    test::MemoryRemote remote;
    const QString folder = QStringLiteral("backups/") + shop->store->station().id;
    QVERIFY(remote.makeFolders(folder));
    const QString uploadedBefore = QStringLiteral("20260308T020000Z-j0000000001.tar.gz");
    remote.files.insert(folder + QLatin1Char('/') + uploadedBefore, m_genuine);
    QVERIFY(SyncEngine::setState(*shop->store, QStringLiteral("backup_snapshot"), uploadedBefore));
    auto uploaded = Backup::upload(*shop->store, remote);
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    QVERIFY2(uploaded->endsWith(QLatin1String("-b20260308T020000Z.point")), qPrintable(*uploaded));
    QCOMPARE(remote.files.keys().filter(QStringLiteral(".tar.")),
        QStringList{folder + QLatin1Char('/') + uploadedBefore});
    QCOMPARE(QJsonDocument::fromJson(remote.files.value(*uploaded))
                 .object()
                 .value(QStringLiteral("snapshot"))
                 .toString(),
        uploadedBefore);
}

void TestBackup::truncatedXzIsRefused_data()
{
    QTest::addColumn<qint64>("kept"); // bytes of the genuine archive left
    QTest::addColumn<QString>("reason");
    const qint64 size = m_genuine.size();
    QTest::newRow("stream header only") << qint64(12) << QStringLiteral("cannot be opened");
    QTest::newRow("cut in the middle") << size / 2 << QStringLiteral("truncated or damaged");
    QTest::newRow("last 100 bytes cut") << size - 100 << QStringLiteral("truncated or damaged");
    // The stream footer is the last 12 bytes (xz file format 1.0.4, section 2.1.2).
    QTest::newRow("footer cut") << size - 12 << QStringLiteral("truncated or damaged");
    QTest::newRow("one byte short") << size - 1 << QStringLiteral("truncated or damaged");
}

void TestBackup::truncatedXzIsRefused()
{
    QFETCH(qint64, kept);
    QFETCH(QString, reason);
    QVERIFY(m_genuine.size() > 4096);
    QVERIFY(writeFile(m_archive, m_genuine.left(kept)));
    auto result = Backup::extract(m_archive, m_target);
    QVERIFY2(!result.ok(), "a truncated archive was extracted");
    QCOMPARE(int(result.error().code), int(ErrorCode::NotADatabase));
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
    expectNothingWritten();
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
