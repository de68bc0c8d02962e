#include "database.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "recaisse.store")

namespace recaisse::core {

namespace {
// SQLite's "file is not a database" and "database or disk is full" result codes.
constexpr int sqliteNotADb = 26;
constexpr int sqliteFull = 13;
} // namespace

// Declared in migrations.cpp: the ordered schema steps.
const QList<QStringList> &schemaMigrations();

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_direct.clear(); // finalized before the connection closes
    m_inserts.clear();
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

const QStringList &Database::fileSuffixes()
{
    static const QStringList suffixes{
        QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

void Database::removeFiles(const QString &path)
{
    for (const QString &suffix : fileSuffixes())
        QFile::remove(path + suffix);
}

int Database::latestSchemaVersion()
{
    return int(schemaMigrations().size());
}

Result<std::unique_ptr<Database>> Database::open(
    const QString &path, OpenMode mode, const QString &connectionName)
{
    const QFileInfo info(path);
    if (mode == OpenMode::MustExist && !info.exists())
        return makeError(ErrorCode::NotFound, tr("The database %1 does not exist.").arg(path));
    if (mode == OpenMode::MustNotExist && info.exists())
        return makeError(ErrorCode::Conflict, tr("The file %1 already exists.").arg(path));
    if (info.exists() && !info.isFile())
        return makeError(ErrorCode::NotADatabase, tr("%1 is not a file.").arg(path));

    const QString name = connectionName.isEmpty()
        ? QStringLiteral("recaisse-%1").arg(QUuid::createUuid().toString(QUuid::Id128))
        : connectionName;
    if (info.exists() && info.size() > 0) {
        // Only an SQLite file is ever opened: SQLite would treat a short file of anything as an
        // empty database and the migration would overwrite it.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::StorageFailure, tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return makeError(ErrorCode::NotADatabase,
                tr("%1 is not a ReCaisse database (not an SQLite file).").arg(path));
    }

    std::unique_ptr<Database> database(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return makeError(ErrorCode::StorageFailure,
                tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    }
    // Everything that would refuse the file is checked before anything is written to it (even
    // switching to WAL changes the file header).
    auto version = database->inspect(mode);
    if (!version)
        return version.error();
    if (auto result = database->configure(); !result)
        return result.error();
    if (auto result = database->migrate(*version); !result)
        return result.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::errorFrom(const QSqlError &error) const
{
    return errorFrom(error.nativeErrorCode().toInt(), error.text());
}

Error Database::errorFrom(int sqliteCode, const QString &text) const
{
    if ((sqliteCode & 0xff) == sqliteFull)
        return makeError(ErrorCode::StorageFull,
            tr("The disk is full: nothing was saved. Free some space and try again."));
    if ((sqliteCode & 0xff) == sqliteNotADb)
        return makeError(ErrorCode::NotADatabase, tr("%1 is not a ReCaisse database.").arg(m_path));
    return makeError(
        ErrorCode::StorageFailure, tr("The database refused the operation: %1").arg(text));
}

Result<void> Database::configure()
{
    const char *pragmas[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA busy_timeout=5000",
        "PRAGMA temp_store=MEMORY",
        "PRAGMA cache_size=-16000",
    };
    for (const char *pragma : pragmas) {
        QSqlQuery query(connection());
        if (!query.exec(QString::fromLatin1(pragma)))
            return errorFrom(query.lastError());
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    const int version = query.value(0).toInt();
    query.finish();
    return version;
}

Result<int> Database::inspect(OpenMode mode)
{
    QSqlQuery probe(connection());
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        const Error error = errorFrom(probe.lastError());
        if (error.code == ErrorCode::StorageFull)
            return error;
        return makeError(ErrorCode::NotADatabase,
            tr("%1 is not a ReCaisse database (not an SQLite file).").arg(m_path));
    }
    const int current = probe.value(0).toInt();
    probe.finish();
    const int latest = latestSchemaVersion();
    if (current > latest)
        return makeError(ErrorCode::SchemaTooNew,
            tr("This database was written by a newer version of ReCaisse (schema %1, "
               "this program knows up to %2). Install the newer version; nothing was "
               "changed.")
                .arg(current)
                .arg(latest));
    if (current == 0) {
        // A file without our schema version is someone else's database, or an empty file.
        QSqlQuery tables(connection());
        const bool foreign = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
            && tables.next() && tables.value(0).toInt() > 0;
        tables.finish();
        if (foreign)
            return makeError(ErrorCode::NotADatabase,
                tr("%1 is an SQLite file but not a ReCaisse database.").arg(m_path));
        if (mode == OpenMode::MustExist)
            return makeError(ErrorCode::NotADatabase,
                tr("%1 is empty: it is not a ReCaisse database.").arg(m_path));
    }
    return current;
}

QString Database::migrationCopyPath(const QString &path, int schema, const QDateTime &nowUtc)
{
    return QStringLiteral("%1.schema%2-%3.bak")
        .arg(path)
        .arg(schema)
        .arg(nowUtc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

Result<void> Database::migrate(int current)
{
    const int latest = latestSchemaVersion();
    const auto &steps = schemaMigrations();
    if (current > 0 && current < latest) {
        // An upgrade keeps what the previous version wrote, whole and consistent (VACUUM INTO
        // reads through the WAL), before the first step changes anything: if a step fails or
        // the new version misbehaves, the shop goes back to this copy with the old version.
        const QString copy = migrationCopyPath(m_path, current, QDateTime::currentDateTimeUtc());
        QSqlQuery vacuum(connection());
        if (!vacuum.exec(QStringLiteral("VACUUM INTO '%1'")
                             .arg(QString(copy).replace(u'\'', QStringLiteral("''"))))) {
            const Error error = errorFrom(vacuum.lastError());
            return makeError(error.code,
                tr("The database could not be copied before its upgrade to schema %1, so it was "
                   "not upgraded: %2")
                    .arg(latest)
                    .arg(error.message));
        }
        qCInfo(lcStore) << "kept" << copy << "before migrating from schema" << current;
    }
    for (int version = current; version < latest; ++version) {
        if (auto result = begin(); !result)
            return result;
        for (const QString &statement : steps.at(version)) {
            if (auto result = exec(statement); !result) {
                rollback();
                return result;
            }
        }
        if (auto result = exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
            !result) {
            rollback();
            return result;
        }
        if (auto result = commit(); !result) {
            rollback();
            return result;
        }
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << version + 1;
    }
    return {};
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        query->setForwardOnly(true);
        query->prepare(sql);
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

Result<void> Database::injectedFailure()
{
    if (m_failAfter > 0 && --m_failAfter == 0)
        return makeError(ErrorCode::StorageFull,
            tr("The disk is full: nothing was saved. Free some space and try again."));
    return {};
}

Result<void> Database::exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    if (auto failed = injectedFailure(); !failed)
        return failed;
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, bindable(value));
    if (!query.exec()) {
        const Error error = errorFrom(query.lastError());
        qCWarning(lcStore) << "statement failed:" << query.lastQuery() << query.lastError().text();
        return error;
    }
    return {};
}

sqlite3 *Database::handle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<DirectStatement *> Database::direct(const QString &sql)
{
    if (const auto it = m_direct.find(sql); it != m_direct.end())
        return it->second.get();
    sqlite3 *connection = handle();
    if (!connection)
        return makeError(ErrorCode::StorageFailure,
            tr("The database refused the operation: %1").arg(QStringLiteral("no SQLite handle")));
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (const int code = sqlite3_prepare_v3(connection, text.constData(), int(text.size()),
            SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        code != SQLITE_OK) {
        sqlite3_finalize(statement);
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        qCWarning(lcStore) << "statement failed:" << sql << message;
        return errorFrom(sqlite3_extended_errcode(connection), message);
    }
    return m_direct.emplace(sql, std::make_unique<DirectStatement>(*this, statement))
        .first->second.get();
}

DirectStatement::DirectStatement(Database &db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{
}

DirectStatement::~DirectStatement()
{
    sqlite3_finalize(m_statement);
}

void DirectStatement::bindText(int index, QStringView text)
{
    // Never a null pointer: SQLite would bind NULL, where ReCaisse stores ''.
    static const char16_t empty[] = u"";
    sqlite3_bind_text16(m_statement, index + 1, text.isEmpty() ? empty : text.utf16(),
        int(text.size() * 2), SQLITE_TRANSIENT);
}

void DirectStatement::bindUtf8(int index, QByteArrayView utf8)
{
    // Never a null pointer, as bindText().
    sqlite3_bind_text(m_statement, index + 1, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()),
        SQLITE_TRANSIENT);
}

void DirectStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void DirectStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void DirectStatement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        bindNull(index);
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, index + 1, value.toLongLong());
        return;
    case QMetaType::QString:
        bindText(index, value.toString());
        return;
    default:
        if (value.isNull())
            sqlite3_bind_null(m_statement, index + 1);
        else
            bindText(index, value.toString());
    }
}

Result<void> DirectStatement::run()
{
    if (auto failed = m_db.injectedFailure(); !failed) {
        sqlite3_clear_bindings(m_statement);
        return failed;
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_DONE || code == SQLITE_ROW) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return {};
    }
    sqlite3 *connection = sqlite3_db_handle(m_statement);
    const int extended = sqlite3_extended_errcode(connection);
    const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    qCWarning(lcStore) << "statement failed:" << QString::fromUtf8(sqlite3_sql(m_statement))
                       << message;
    return m_db.errorFrom(extended, message);
}

QVariant Database::bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString::fromLatin1(""));
    return value;
}

Result<void> Database::exec(const QString &sql)
{
    if (auto failed = injectedFailure(); !failed)
        return failed;
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        qCWarning(lcStore) << "statement failed:" << sql << query.lastError().text();
        return errorFrom(query.lastError());
    }
    return {};
}

Result<void> Database::begin()
{
    auto result = m_depth == 0 ? exec(QStringLiteral("BEGIN IMMEDIATE"))
                               : exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    if (result)
        ++m_depth;
    return result;
}

Result<void> Database::commit()
{
    if (m_depth <= 0)
        return makeError(ErrorCode::StorageFailure, tr("No transaction to commit."));
    auto result = m_depth == 1 ? exec(QStringLiteral("COMMIT"))
                               : exec(QStringLiteral("RELEASE sp%1").arg(m_depth - 1));
    if (result)
        --m_depth;
    return result;
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    --m_depth;
    QSqlQuery query(connection());
    if (m_depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE sp%1").arg(m_depth));
    }
}

} // namespace recaisse::core
