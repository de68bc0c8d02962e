#include "integrity.h"

#include "closings.h"
#include "ledger.h"
#include "store.h"

#include <QSqlQuery>
#include <QUuid>

#include <map>

namespace recaisse::core {

// Declared in migrations.cpp: the ordered schema steps.
const QList<QStringList> &schemaMigrations();

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
    QString prevCreated;
    QString prevBusinessDay;
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
            prevCreated.clear();
            prevBusinessDay.clear();
            seriesSeq.clear();
        }
        // ISO 8601 UTC times of one format compare as text. A document dated before the one it
        // follows was written with a clock that went back: it lands in the wrong day.
        if (!prevCreated.isEmpty() && h.createdUtc < prevCreated)
            report.problems << tr("%1: dated %2, before the document it follows (%3)")
                                   .arg(h.number, h.createdUtc, prevCreated);
        else if (!prevBusinessDay.isEmpty() && h.businessDay < prevBusinessDay)
            report.problems << tr("%1: of business day %2, before the document it follows (%3)")
                                   .arg(h.number, h.businessDay, prevBusinessDay);
        prevCreated = h.createdUtc;
        prevBusinessDay = h.businessDay;
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

    if (auto closings = checkClosings(report); !closings)
        return closings.error();

    // The tables, indexes and triggers: a dropped trigger lets rows be changed unseen.
    auto schema = schemaDifferences(db);
    if (!schema)
        return schema.error();
    report.problems << *schema;

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

Result<void> IntegrityCheck::checkClosings(Report &report) const
{
    Database &db = m_store.db();
    QSqlQuery stored(db.connection());
    stored.setForwardOnly(true);
    if (!stored.exec(QStringLiteral(
            "SELECT c.station_id, d.number, d.form, c.period_kind, c.first_day, c.last_day, "
            "c.sales_count, c.sales_total_cents, c.refunds_count, c.refunds_total_cents, "
            "c.documents_count, c.last_seq, c.last_hash, c.grand_total_cents, "
            "c.absolute_grand_total_cents FROM closing c JOIN document d ON d.station_id = "
            "c.station_id AND d.seq = c.seq ORDER BY c.station_id, c.period_kind, c.first_day")))
        return db.errorFrom(stored.lastError());
    // Read first: the recomputation runs its own statements on the same connection.
    struct Stored
    {
        QString station;
        QString number;
        int form;
        QString kind;
        QDate first;
        QDate last;
        QList<QVariant> values; // sales_count .. absolute_grand_total_cents
    };
    QList<Stored> closings;
    while (stored.next()) {
        Stored c{stored.value(0).toString(), stored.value(1).toString(), stored.value(2).toInt(),
            stored.value(3).toString(), QDate::fromString(stored.value(4).toString(), Qt::ISODate),
            QDate::fromString(stored.value(5).toString(), Qt::ISODate), {}};
        for (int i = 6; i <= 14; ++i)
            c.values.append(stored.value(i));
        closings.append(c);
    }
    if (stored.lastError().isValid())
        return db.errorFrom(stored.lastError());
    stored.finish();

    const Closings recompute(m_store);
    QString group; // station and kind: the perpetual totals run along each
    QDate previousLast;
    Closings::Sums perpetual;
    for (const Stored &c : std::as_const(closings)) {
        ++report.closingsChecked;
        if (!c.first.isValid() || !c.last.isValid() || c.last < c.first) {
            report.problems << tr("%1: its period is not valid").arg(c.number);
            continue;
        }
        const QString from = c.first.toString(Qt::ISODate);
        const QString to = c.last.toString(Qt::ISODate);
        auto period = recompute.sums(c.station, from, to);
        if (!period)
            return period.error();
        const QString key = c.station + QLatin1Char('/') + c.kind;
        auto added = recompute.sums(c.station,
            key == group ? previousLast.addDays(1).toString(Qt::ISODate) : QString(), to);
        if (!added)
            return added.error();
        if (key != group)
            perpetual = Closings::Sums{};
        group = key;
        previousLast = c.last;
        perpetual.salesCents += added->salesCents;
        perpetual.refundsCents += added->refundsCents;

        PeriodClosing expected;
        expected.first = c.first;
        expected.last = c.last;
        if (auto anchored = recompute.anchor(c.station, expected); !anchored)
            return anchored.error();
        // Field, stored value, recomputed value; the fields form 1 does not carry are skipped.
        const std::pair<const char *, QVariant> fields[] = {
            {"sales_count", period->salesCount},
            {"sales_total_cents", period->salesCents},
            {"refunds_count", period->refundsCount},
            {"refunds_total_cents", period->refundsCents},
            {"documents_count", expected.documentsCount},
            {"last_seq", expected.lastSeq},
            {"last_hash", expected.lastHash},
            {"grand_total_cents", perpetual.salesCents - perpetual.refundsCents},
            {"absolute_grand_total_cents", perpetual.salesCents + perpetual.refundsCents},
        };
        const QStringList formTwoOnly{QStringLiteral("refunds_count"),
            QStringLiteral("documents_count"), QStringLiteral("last_seq"),
            QStringLiteral("last_hash"), QStringLiteral("absolute_grand_total_cents")};
        for (int i = 0; i < int(std::size(fields)); ++i) {
            const QString name = QString::fromLatin1(fields[i].first);
            if (c.form < 2 && formTwoOnly.contains(name))
                continue;
            if (c.values.at(i).toString() != fields[i].second.toString())
                report.problems << tr("%1: %2 is %3 but the documents of %4 to %5 give %6")
                                       .arg(c.number, name, c.values.at(i).toString(), from, to,
                                           fields[i].second.toString());
        }
    }
    return {};
}

Result<QStringList> IntegrityCheck::schemaDifferences(Database &db)
{
    using Objects = std::map<QString, std::pair<QString, QString>>; // name -> type, sql
    const auto read = [](const QSqlDatabase &connection, Objects &objects) -> bool {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT "
                                       "LIKE 'sqlite\\_%' ESCAPE '\\'")))
            return false;
        while (query.next())
            objects[query.value(1).toString()] = {
                query.value(0).toString(), query.value(2).toString().simplified()};
        return true;
    };
    Objects actual;
    if (!read(db.connection(), actual))
        return makeError(ErrorCode::StorageFailure, tr("The verification cannot read the schema."));

    // The same steps, up to the same version, on a new database in memory.
    const int version = db.schemaVersion();
    const auto &steps = schemaMigrations();
    if (version < 0 || version > steps.size())
        return QStringList{tr("schema version %1 is unknown to this program").arg(version)};
    Objects expected;
    QString failure;
    const QString name =
        QStringLiteral("recaisse-schema-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase fresh = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        fresh.setDatabaseName(QStringLiteral(":memory:"));
        if (!fresh.open()) {
            failure = fresh.lastError().text();
        } else {
            for (int step = 0; step < version && failure.isEmpty(); ++step) {
                for (const QString &statement : steps.at(step)) {
                    QSqlQuery query(fresh);
                    if (!query.exec(statement)) {
                        failure = query.lastError().text();
                        break;
                    }
                }
            }
            if (failure.isEmpty() && !read(fresh, expected))
                failure = tr("cannot read the new schema");
            fresh.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        return makeError(ErrorCode::StorageFailure,
            tr("The verification cannot build the expected schema: %1").arg(failure));

    QStringList differences;
    for (const auto &[object, typeAndSql] : expected) {
        const auto found = actual.find(object);
        if (found == actual.end())
            differences << tr("schema: %1 %2 is missing").arg(typeAndSql.first, object);
        else if (found->second != typeAndSql)
            differences << tr("schema: %1 %2 is not the one this version creates")
                               .arg(typeAndSql.first, object);
    }
    for (const auto &[object, typeAndSql] : actual) {
        if (!expected.count(object))
            differences << tr("schema: unexpected %1 %2").arg(typeAndSql.first, object);
    }
    return differences;
}

} // namespace recaisse::core
