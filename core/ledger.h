#pragma once

#include "canonicaljson.h"
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

enum class DocumentKind {
    SessionOpen,
    SessionClose,
    Sale,
    Refund,
    CashMovement,
    Deposit,
    Closing,
    Outflow,
    TechnicalEvent, // the journal of technical events (program version, restore, archive...)
    Donation, // a money donation at the till: never a sale
    Membership, // a member's membership fee at the till: never a sale, never goods
    TaxReceipt, // a tax receipt for a money donation (reçu fiscal, Cerfa 11580)
    ChequeSlip, // a cheque remittance slip: the cheques it lists are deposited
};
QString toKey(DocumentKind kind);
std::optional<DocumentKind> documentKindFromKey(const QString &key);

// The canonical form of a document: what its hash covers, written down rather than read from
// the table layout, so that a column added to a document table later changes no stored hash.
// Each table of a form lists its fields (the columns after station_id and seq) explicitly; the
// canonical text writes a row's fields in the byte order of their names. A form never changes
// once released: a document type that needs other fields gets a new version, used for new
// documents only (the version is stored with each document and hashed from version 2 on).
struct CanonicalTable
{
    QString table;
    QStringList fields;
    QString orderBy; // child tables: the column their rows are ordered by; empty for the main row
};

struct CanonicalForm
{
    DocumentKind kind = DocumentKind::Sale;
    int version = 1;
    CanonicalTable main;
    QList<CanonicalTable> children;

    // The table of this form named `table`, or nullptr.
    const CanonicalTable *find(QStringView table) const;
};

// The form of a kind at a version; nullptr when this program does not know it.
const CanonicalForm *canonicalForm(DocumentKind kind, int version);
// The form new documents of a kind are written with.
const CanonicalForm &currentForm(DocumentKind kind);
// Every document kind, in a fixed order.
const QList<DocumentKind> &allDocumentKinds();

// The tables a document of each kind is stored in: its main row, then its child rows.
struct DocumentTables
{
    QString main;
    QStringList children;
};
const DocumentTables &tablesOf(DocumentKind kind);

inline constexpr char zeroHash[] =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Hashes are computed on canonical JSON (canonicaljson.h).
QString chainHash(const QString &prevHash, const QJsonObject &hashedForm);
// The rule itself: SHA-256 of the previous hash then the canonical text, which a reader that
// accepts only canonical text (canonicalreader.h) may give as the bytes it received.
QString chainHash(const QString &prevHash, QByteArrayView canonicalText);

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
    // How far behind the station's last document the clock may be (an NTP correction) before a
    // new document is refused; within it, the new document takes the last one's time.
    static constexpr qint64 clockToleranceSecs = 300;

    // The time a new document is stamped with, given the clock and the station's last document:
    // never before it (ErrorCode::ClockWrong beyond the tolerance), never before 2024.
    static Result<QDateTime> documentTime(const QDateTime &nowUtc, const QDateTime &lastUtc);
    // No ReCaisse document predates its first release: a clock before it is wrong.
    static QDateTime earliestDocumentUtc();

    DocumentWriter(Store &store, DocumentKind kind, QString actorId);

    // For what the program records on its own whatever the clock says (a technical event during
    // a sync or a restore): where a document would be refused for a clock behind the station's
    // last document, this one takes the last document's time (the first release's without one),
    // never earlier, and clockBehind() says so. Call before start().
    void tolerateClockBehind() { m_tolerateClockBehind = true; }
    // Whether start() dated the document otherwise than the clock says.
    bool clockBehind() const { return m_clockBehind; }
    const QDateTime &clockUtc() const { return m_clockUtc; }

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
    const CanonicalForm &m_form;
    QString m_actorId;
    bool m_tolerateClockBehind = false;
    bool m_clockBehind = false;
    QDateTime m_clockUtc;
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
    int form = 1; // the version of the kind's canonical form
};
// The full hashed form of a document: header fields + body (table name -> row or rows).
QJsonObject hashedForm(const DocumentHeader &header, const QJsonObject &body);
QString seriesLetter(DocumentKind kind);

// Numbering series of a station. A station numbers its documents "<code>-<kind letter><seq>"
// (series A: "R2-T001512"). A station restored from a backup cannot know the numbers its lost PC
// printed and never synced, so it continues in the next series, whose name comes between the
// dash and the kind letter ("R2-BT001513", then "R2-CT…"); the sequence of each kind goes on
// (gap-free per kind, grand totals and Z reports continue), only the series changes. The part
// before the last dash is always the station's code: two stations' numbers never collide, and
// a number tells which station issued it.
inline constexpr int maxNumberingSeries = 702; // "ZZ"
// 1 -> "A", 2 -> "B", 26 -> "Z", 27 -> "AA"; empty outside 1..maxNumberingSeries.
QString numberingSeriesName(int series);
QString documentNumber(const QString &stationCode, int series, DocumentKind kind, qint64 seriesSeq);
// The series of a document number issued by that station (1 for "R2-T000001", 2 for
// "R2-BT000001"); 0 when the number is not one of that station's numbers.
int numberingSeriesOf(const QString &number, const QString &stationCode);
// The series a name designates ("A" -> 1, "B" -> 2); 0 when it is not a series name.
int numberingSeriesFromName(QStringView name);

// Reads a stored document's body back through its canonical form (the same shape
// DocumentWriter hashed).
Result<QJsonObject> readDocumentBody(Store &store, const DocumentHeader &header);
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
