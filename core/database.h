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

namespace recaisse::core {

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
    Database(QString path, QString connectionName);
    Result<void> configure();
    Result<int> inspect(OpenMode mode);
    Result<void> migrate(int current);

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    int m_failAfter = 0;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    QHash<QString, QSqlQuery *> m_inserts; // points into m_prepared
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
