#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

#include <utility>

namespace recaisse::core {

class Store;

enum class DocumentKind { SessionOpen, SessionClose, Sale, Refund, CashMovement, Deposit, Closing };
QString toKey(DocumentKind kind);
std::optional<DocumentKind> documentKindFromKey(const QString &key);

// The tables a document of each kind is stored in: its main row, then its child rows.
struct DocumentTables
{
    QString main;
    QStringList children;
};
const DocumentTables &tablesOf(DocumentKind kind);

inline constexpr char zeroHash[] =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Canonical JSON (compact, keys sorted, integers exact) used for hashing and for the journal.
QByteArray canonicalJson(const QJsonObject &object);
QString chainHash(const QString &prevHash, const QJsonObject &hashedForm);
QString chainHash(const QString &prevHash, const QByteArray &canonicalText);
// One value of a stored row (null, integer or text) and one string, written as canonicalJson
// writes them: for code that writes canonical text straight from SQL results.
void appendCanonicalValue(QByteArray &out, const QVariant &value);
void appendCanonicalString(QByteArray &out, QStringView text);
// Values stored in document rows are integers, text or null; this is their one JSON form.
QJsonValue jsonFromSql(const QVariant &value);

// A column name and its value, as inserted in a document row.
using Column = std::pair<const char *, QVariant>;

// Writes one finalised document: reserves the next gap-free sequence and number of the local
// station, inserts the document's rows, seals it into the hash chain and the journal. The rows
// inserted *are* the hashed body: the integrity check rebuilds the same body from the tables.
// Use inside the caller's transaction.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    DocumentWriter(Store &store, DocumentKind kind, QString actorId);

    // Reserves the sequence and number; call first.
    Result<void> start();
    qint64 seq() const { return m_seq; }
    const QString &number() const { return m_number; }
    const QDateTime &createdUtc() const { return m_createdUtc; }

    // The main row, then child rows in primary-key order.
    Result<void> insert(const QString &table, std::initializer_list<Column> columns);
    Result<DocumentStamp> seal();

private:
    Store &m_store;
    DocumentKind m_kind;
    QString m_actorId;
    qint64 m_seq = 0;
    qint64 m_seriesSeq = 0;
    QString m_number;
    QDateTime m_createdUtc;
    QString m_businessDay;
    QString m_prevHash;
    QByteArray m_mainRow; // canonical text of the main row
    QHash<QString, QList<QByteArray>> m_children; // table -> canonical text of each row
};

struct DocumentHeader
{
    QString stationId;
    qint64 seq = 0;
    DocumentKind kind = DocumentKind::Sale;
    QString series;
    qint64 seriesSeq = 0;
    QString number;
    QString createdUtc;
    QString businessDay;
    QString actorId;
    QString prevHash;
    QString hash;
};
// The full hashed form of a document: header fields + body (table name -> row or rows).
QJsonObject hashedForm(const DocumentHeader &header, const QJsonObject &body);
QString seriesLetter(DocumentKind kind);

// Reads a stored document's body back (the same shape DocumentWriter hashed).
Result<QJsonObject> readDocumentBody(
    Store &store, const QString &stationId, qint64 seq, DocumentKind kind);
Result<DocumentHeader> findDocument(Store &store, const QString &number);

// The chained audit trail: who did what, when, from which station. Data, not log lines.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Store &store);

    // actorId may be empty (failed login of an unknown user, system bootstrap).
    Result<void> record(const QString &actorId, const QString &action, const QString &target,
        const QJsonObject &details = {});

    struct Event
    {
        QString stationId;
        qint64 seq = 0;
        QString atUtc;
        QString actorId;
        QString action;
        QString target;
        QString details; // canonical JSON
        QString prevHash;
        QString hash;
    };
    // The newest events of every station; an error when the trail cannot be read.
    Result<QList<Event>> recent(int limit) const;

    static QJsonObject hashedForm(const Event &event);

private:
    Store &m_store;
};

// Appends the journal entry of a fact of the local station.
Result<void> appendJournal(
    Store &store, const char *kind, qint64 refSeq, const QString &createdUtc);

} // namespace recaisse::core
