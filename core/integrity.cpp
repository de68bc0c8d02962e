#include "integrity.h"

#include "ledger.h"
#include "store.h"

#include <QSqlQuery>

namespace recaisse::core {

IntegrityCheck::IntegrityCheck(Store &store)
    : m_store(store)
{
}

Result<IntegrityCheck::Report> IntegrityCheck::run(const Progress &progress) const
{
    Report report;
    Database &db = m_store.db();
    // A query that fails says nothing about the data: the check stops with the reason rather
    // than report a partial result as intact.
    const auto cannotRead = [&db](const QString &what, const QSqlQuery &query) {
        return makeError(ErrorCode::StorageFailure,
            tr("The verification cannot read %1: %2")
                .arg(what, db.errorFrom(query.lastError()).message));
    };

    // The total for the progress: one step per document and per audit event.
    qint64 total = 0;
    qint64 checked = 0;
    if (progress) {
        QSqlQuery count(db.connection());
        if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM document) + (SELECT count(*) "
                                       "FROM audit_event)"))
            || !count.next())
            return cannotRead(tr("the documents"), count);
        total = count.value(0).toLongLong();
    }
    const auto goOn = [&] {
        if (progress && !progress(checked++, total))
            report.cancelled = true;
        return !report.cancelled;
    };

    // Documents, station by station, in sequence order.
    QSqlQuery documents(db.connection());
    documents.setForwardOnly(true);
    if (!documents.exec(QStringLiteral(
            "SELECT station_id, seq, kind, series, series_seq, number, created_utc, business_day, "
            "actor_id, prev_hash, hash, form FROM document ORDER BY station_id, seq")))
        return cannotRead(tr("the documents"), documents);
    QString station;
    qint64 expectedSeq = 1;
    QString prevHash;
    QHash<QString, qint64> seriesSeq;
    while (documents.next()) {
        if (!goOn())
            return report;
        DocumentHeader h;
        h.stationId = documents.value(0).toString();
        h.seq = documents.value(1).toLongLong();
        const QString kindKey = documents.value(2).toString();
        h.series = documents.value(3).toString();
        h.seriesSeq = documents.value(4).toLongLong();
        h.number = documents.value(5).toString();
        h.createdUtc = documents.value(6).toString();
        h.businessDay = documents.value(7).toString();
        h.actorId = documents.value(8).toString();
        h.prevHash = documents.value(9).toString();
        h.hash = documents.value(10).toString();
        h.form = documents.value(11).toInt();
        ++report.documentsChecked;

        if (h.stationId != station) {
            station = h.stationId;
            expectedSeq = 1;
            prevHash = QString::fromLatin1(zeroHash);
            seriesSeq.clear();
        }
        if (h.seq != expectedSeq)
            report.problems << tr("%1: sequence %2 follows %3 (documents are missing)")
                                   .arg(h.number)
                                   .arg(h.seq)
                                   .arg(expectedSeq - 1);
        expectedSeq = h.seq + 1;
        const qint64 expectedInSeries = seriesSeq.value(h.series) + 1;
        if (h.seriesSeq != expectedInSeries)
            report.problems << tr("%1: number %2 of series %3 follows %4 (a number is missing)")
                                   .arg(h.number)
                                   .arg(h.seriesSeq)
                                   .arg(h.series)
                                   .arg(expectedInSeries - 1);
        seriesSeq[h.series] = h.seriesSeq;
        if (h.prevHash != prevHash)
            report.problems << tr("%1: not chained to the previous document").arg(h.number);
        prevHash = h.hash;

        const auto kind = documentKindFromKey(kindKey);
        if (!kind) {
            report.problems << tr("%1: unknown document kind \"%2\"").arg(h.number, kindKey);
            continue;
        }
        h.kind = *kind;
        auto body = readDocumentBody(m_store, h);
        if (!body) {
            report.problems << tr("%1: cannot be read: %2").arg(h.number, body.error().message);
            continue;
        }
        if (chainHash(h.prevHash, hashedForm(h, *body)) != h.hash)
            report.problems
                << tr("%1: its content does not match its hash (altered)").arg(h.number);
    }
    if (documents.lastError().isValid())
        return cannotRead(tr("the documents"), documents);
    documents.finish();

    // Rows that belong to no document.
    QStringList tables;
    for (DocumentKind kind : allDocumentKinds()) {
        const DocumentTables &ofKind = tablesOf(kind);
        for (const QString &table : QStringList{ofKind.main} + ofKind.children) {
            if (!tables.contains(table))
                tables.append(table);
        }
    }
    for (const QString &table : tables) {
        QSqlQuery orphans(db.connection());
        if (!orphans.exec(QStringLiteral("SELECT count(*) FROM %1 t WHERE NOT EXISTS (SELECT 1 "
                                         "FROM document d WHERE d.station_id = t.station_id AND "
                                         "d.seq = t.seq)")
                              .arg(table))
            || !orphans.next())
            return cannotRead(tr("table %1").arg(table), orphans);
        if (orphans.value(0).toLongLong() > 0)
            report.problems << tr("table %1: %n row(s) belong to no document", nullptr,
                int(orphans.value(0).toLongLong()))
                                   .arg(table);
    }

    // The audit trail, station by station.
    QSqlQuery events(db.connection());
    events.setForwardOnly(true);
    if (!events.exec(QStringLiteral("SELECT station_id, seq, at_utc, actor_id, action, target, "
                                    "details, prev_hash, hash FROM audit_event ORDER BY "
                                    "station_id, seq")))
        return cannotRead(tr("the audit trail"), events);
    station.clear();
    while (events.next()) {
        if (!goOn())
            return report;
        AuditLog::Event e{events.value(0).toString(), events.value(1).toLongLong(),
            events.value(2).toString(), events.value(3).toString(), events.value(4).toString(),
            events.value(5).toString(), events.value(6).toString(), events.value(7).toString(),
            events.value(8).toString()};
        ++report.auditEventsChecked;
        if (e.stationId != station) {
            station = e.stationId;
            expectedSeq = 1;
            prevHash = QString::fromLatin1(zeroHash);
        }
        const QString name = tr("audit event %1 (%2)").arg(e.seq).arg(e.action);
        if (e.seq != expectedSeq)
            report.problems
                << tr("%1: follows event %2 (events are missing)").arg(name).arg(expectedSeq - 1);
        expectedSeq = e.seq + 1;
        if (e.prevHash != prevHash)
            report.problems << tr("%1: not chained to the previous event").arg(name);
        prevHash = e.hash;
        if (chainHash(e.prevHash, AuditLog::hashedForm(e)) != e.hash)
            report.problems << tr("%1: its content does not match its hash (altered)").arg(name);
    }
    if (events.lastError().isValid())
        return cannotRead(tr("the audit trail"), events);

    // The journal: gap-free, and every entry points at an existing fact.
    QSqlQuery journal(db.connection());
    if (!journal.exec(QStringLiteral(
            "SELECT j.station_id, j.seq, j.kind, j.ref_seq FROM journal j WHERE "
            "(j.kind = 'document' AND NOT EXISTS (SELECT 1 FROM document d WHERE d.station_id = "
            "j.station_id AND d.seq = j.ref_seq)) OR (j.kind = 'audit' AND NOT EXISTS (SELECT 1 "
            "FROM audit_event a WHERE a.station_id = j.station_id AND a.seq = j.ref_seq))")))
        return cannotRead(tr("the journal"), journal);
    while (journal.next())
        report.problems << tr("journal entry %1: its %2 %3 is missing")
                               .arg(journal.value(1).toLongLong())
                               .arg(journal.value(2).toString())
                               .arg(journal.value(3).toLongLong());
    QSqlQuery gaps(db.connection());
    if (!gaps.exec(QStringLiteral("SELECT station_id, count(*), max(seq) FROM journal GROUP BY "
                                  "station_id")))
        return cannotRead(tr("the journal"), gaps);
    while (gaps.next()) {
        if (gaps.value(1).toLongLong() != gaps.value(2).toLongLong())
            report.problems << tr("journal of station %1: %2 entries for %3 sequence numbers")
                                   .arg(gaps.value(0).toString())
                                   .arg(gaps.value(1).toLongLong())
                                   .arg(gaps.value(2).toLongLong());
    }
    if (progress)
        progress(checked, total);
    return report;
}

} // namespace recaisse::core
