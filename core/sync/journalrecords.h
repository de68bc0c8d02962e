#pragma once

// The journal as sync carries it: one canonical JSON record per journal entry.
//   {"doc":{<the document's hashed
//   form>},"hash":..,"j":N,"prev_hash":..,"series":"T","t":"document"}
//   {"event":{<the audit event's hashed form>,"hash":..,"prev_hash":..},"j":N,"t":"audit"}
// JournalReader turns a range of a station's journal into records; JournalApplier writes
// records of another station (or of this one, when restoring) into the tables, checking every
// hash against the chain it extends, idempotently on (station, journal seq).

#include "core/result.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QSqlQuery;

namespace recaisse::core {
class CanonicalText;
class CanonicalValue;
class DirectStatement;
class Store;
struct CanonicalTable;
} // namespace recaisse::core

namespace recaisse::core::sync {

// A JSON value as it is bound to a stored column: integers exact, text, or NULL; nullopt for
// anything else (a fraction, an object...), which no stored row holds.
std::optional<QVariant> sqlFromJson(const QJsonValue &value);

class JournalReader
{
    Q_DECLARE_TR_FUNCTIONS(JournalReader)

public:
    explicit JournalReader(Store &store);

    // The highest journal seq of a station held locally (0 when none).
    Result<qint64> lastSeq(const QString &stationId);
    // Records first..last (inclusive) of a station, in journal order. Reads each table once for
    // the whole range rather than once per document.
    Result<QByteArrayList> read(const QString &stationId, qint64 first, qint64 last);

private:
    Store &m_store;
};

class JournalApplier
{
    Q_DECLARE_TR_FUNCTIONS(JournalApplier)

public:
    explicit JournalApplier(Store &store);

    // Whether a document number is one the station may issue (sync: its code, an optional series
    // letter, a dash, never another station's code).
    using NumberCheck = std::function<bool(const QString &number)>;

    // Applies the records of a segment of `stationId` in one transaction. Records already held
    // (same station and journal seq) are skipped after checking they are the same; a record that
    // does not extend its chain, or that is malformed, rolls the whole segment back. With
    // `ownNumber`, a segment holding a document whose number fails it is refused before any of
    // it is applied, that number in `foreignNumber` ("?" when it has none). Each record is
    // parsed once for all of this. Returns the number of records newly applied.
    Result<qint64> apply(const QString &stationId, const QByteArrayList &records,
        const NumberCheck &ownNumber = {}, QString *foreignNumber = nullptr);

    // Whether each apply() waits for the disk at its commit (synchronous=FULL, the default).
    // Another station's records pulled from the drive can be fetched again: their segments may
    // commit without waiting (synchronous=NORMAL; in WAL mode a power cut can then lose the last
    // ones, never damage the database), the caller's next ordinary commit making them durable.
    void setWaitForDisk(bool wait) { m_waitForDisk = wait; }

private:
    // Where the station's chains end while a segment is applied: read once, then moved along
    // by each record applied, so that checking a record asks the database nothing.
    struct ChainEnd
    {
        qint64 seq = -1; // -1: not known yet (read from the table when first needed)
        QString hash;
    };
    struct Ends
    {
        qint64 journal = 0; // the station's last journal seq held
        ChainEnd documents;
        ChainEnd audit;
    };
    // The insert of one table's rows with the columns of a canonical form, in the form's order.
    struct RowInsert
    {
        DirectStatement *statement = nullptr; // owned by the Database
        // The form's fields in the byte order of their names (a row's order), each with the
        // position it is bound at.
        QList<std::pair<QByteArray, int>> fields;
    };

    // `text` is the record read by CanonicalText (its root Undefined if refused).
    Result<void> applyOne(
        const QString &stationId, const CanonicalText &text, Ends &ends, bool &applied);
    // `station` is the record's station member, checked equal to `stationId`.
    Result<void> insertRow(const QString &stationId, const CanonicalValue &station, qint64 seq,
        const CanonicalTable &form, const CanonicalValue &row, qint64 j);
    Result<QString> chainEnd(
        const QString &table, const QString &stationId, qint64 seq, const ChainEnd &known);
    // The statement `sql` through SQLite's C API, made on first use and kept in `cached` (the
    // Database owns it): the document, audit and journal inserts, run for every record.
    Result<DirectStatement *> statement(DirectStatement *&cached, const char *sql);

    Store &m_store;
    bool m_waitForDisk = true;
    QHash<const CanonicalTable *, RowInsert> m_rowInserts;
    DirectStatement *m_documentInsert = nullptr;
    DirectStatement *m_auditInsert = nullptr;
    DirectStatement *m_journalInsert = nullptr;
};

} // namespace recaisse::core::sync
