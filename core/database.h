#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <map>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace recaisse::core {

class DirectStatement;

// One SQLite connection, owned by the thread that opened it. WAL journal, synchronous=FULL,
// foreign keys on, a busy timeout; the schema is migrated on open.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode { CreateOrOpen, MustExist, MustNotExist };

    static Result<std::unique_ptr<Database>> open(
        const QString &path, OpenMode mode, const QString &connectionName = {});
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestSchemaVersion();
    // The suffixes of a database's files: the database itself ("") and SQLite's side files
    // (write-ahead log, shared memory, rollback journal).
    static const QStringList &fileSuffixes();
    // Removes a database that is not open and its side files, so that a half-made database
    // leaves nothing behind and its path can be used again.
    static void removeFiles(const QString &path);
    // Where open() keeps a copy of a database before migrating it from an older schema.
    static QString migrationCopyPath(const QString &path, int schema, const QDateTime &nowUtc);
    int schemaVersion() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // A statement prepared once per connection and reused (the sale path runs the same few
    // statements thousands of times).
    QSqlQuery &prepared(const QString &sql);

    // Runs a prepared query with positional values. Every write goes through here so that a test
    // can make the n-th access fail (see failAfter()).
    Result<void> exec(QSqlQuery &query, std::initializer_list<QVariant> values = {});

    // The same for a hot loop that binds its own values: a statement run through SQLite's C API
    // on this connection (see DirectStatement), prepared once and kept until the connection
    // closes.
    Result<DirectStatement *> direct(const QString &sql);

    // The insert statement of a document table, once DocumentWriter has built it.
    QSqlQuery *cachedInsert(const QString &table) const { return m_inserts.value(table); }
    void cacheInsert(const QString &table, QSqlQuery *query) { m_inserts.insert(table, query); }
    Result<void> exec(const QString &sql);

    // Transactions nest: the outermost is BEGIN IMMEDIATE / COMMIT, inner ones are savepoints.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // Fault injection: the n-th following exec() fails as if the disk were full (0 disables).
    void failAfter(int n) { m_failAfter = n; }

    Error errorFrom(const QSqlError &error) const;

    // Qt binds a null QString as SQL NULL; ReCaisse stores empty text as ''.
    static QVariant bindable(const QVariant &value);

private:
    friend class DirectStatement;

    Database(QString path, QString connectionName);
    // The connection Qt SQL opened, as SQLite's C API sees it; nullptr if the driver is not
    // SQLite's.
    sqlite3 *handle() const;
    // failAfter()'s countdown, for every statement whichever way it runs.
    Result<void> injectedFailure();
    Error errorFrom(int sqliteCode, const QString &text) const;
    Result<void> configure();
    Result<int> inspect(OpenMode mode);
    Result<void> migrate(int current);

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    int m_failAfter = 0;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    std::map<QString, std::unique_ptr<DirectStatement>> m_direct;
    QHash<QString, QSqlQuery *> m_inserts; // points into m_prepared
};

// A prepared statement run through SQLite's C API on the connection Qt SQL opened: the same
// transaction, constraints and triggers as any other statement, without Qt SQL's binding, which
// builds and looks up a placeholder name for every value bound (half the cost of a small insert).
// Values are bound by 0-based position as Database::exec() binds them; run() executes the
// statement once and makes it ready for the next values. Made by Database::direct().
class DirectStatement
{
public:
    DirectStatement(Database &db, sqlite3_stmt *statement);
    ~DirectStatement();
    DirectStatement(const DirectStatement &) = delete;
    DirectStatement &operator=(const DirectStatement &) = delete;

    // NULL for a null QVariant, an integer for an integer, text otherwise (a null QString is
    // stored as '', see Database::bindable()).
    void bind(int index, const QVariant &value);
    void bindText(int index, QStringView text);
    // Text given as UTF-8 bytes, bound as they are (copied: they need not outlive the call).
    void bindUtf8(int index, QByteArrayView utf8);
    void bindInteger(int index, qint64 value);
    void bindNull(int index);
    Result<void> run();

private:
    Database &m_db;
    sqlite3_stmt *m_statement;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
        , m_result(db.begin())
    {
    }
    ~Transaction()
    {
        if (m_result.ok() && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result<void> &started() const { return m_result; }
    Result<void> commit()
    {
        m_done = true;
        auto result = m_db.commit();
        if (!result)
            m_db.rollback();
        return result;
    }

private:
    Database &m_db;
    Result<void> m_result;
    bool m_done = false;
};

} // namespace recaisse::core
