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
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QVariant>

#include <optional>

namespace recaisse::core {
class Store;
}

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

    // Applies the records of a segment of `stationId` in one transaction. Records already held
    // (same station and journal seq) are skipped after checking they are the same; a record that
    // does not extend its chain, or that is malformed, rolls the whole segment back.
    // Returns the number of records newly applied.
    Result<qint64> apply(const QString &stationId, const QByteArrayList &records);

private:
    Result<void> applyOne(const QString &stationId, const QByteArray &record, bool &applied);

    Store &m_store;
};

} // namespace recaisse::core::sync
