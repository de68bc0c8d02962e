#include "demostations.h"

#include "core/store.h"

#include <QSqlQuery>

namespace recaisse::core {

DemoStations::DemoStations(Store &store)
    : m_store(store)
{
}

Result<QString> DemoStations::cloneStation(
    const QString &sourceStationId, const QString &code, StationKind kind)
{
    Database &db = m_store.db();
    QSqlQuery source(db.connection());
    source.prepare(QStringLiteral("SELECT code FROM station WHERE id = ?"));
    if (auto result = db.exec(source, {sourceStationId}); !result)
        return result.error();
    if (!source.next())
        return makeError(ErrorCode::NotFound, tr("Unknown station."));
    const QString sourceCode = source.value(0).toString();
    source.finish();

    const QString id = newId();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery station(db.connection());
    // As if the sync had just pulled its journal (the overview's freshness reads it).
    station.prepare(QStringLiteral("INSERT INTO station (id, site_id, code, kind, created_utc, "
                                   "last_pull_utc) VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = isoUtc(m_store.clock().nowUtc());
    if (auto result = db.exec(station, {id, m_store.site().id, code, toKey(kind), now, now});
        !result)
        return result.error();

    // The tables every station's facts land in; the column lists come from the schema itself.
    static const char *const tables[] = {"document", "session_open", "session_count",
        "session_close", "sale", "sale_line", "payment", "refund", "refund_line", "cash_movement",
        "deposit", "deposit_line", "closing", "outflow", "outflow_line", "audit_event", "journal"};
    for (const char *table : tables) {
        const QString name = QString::fromLatin1(table);
        QSqlQuery info(db.connection());
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name)))
            return db.errorFrom(info.lastError());
        QStringList columns;
        QStringList values;
        while (info.next()) {
            const QString column = info.value(1).toString();
            columns << column;
            if (column == QLatin1String("station_id"))
                values << QStringLiteral(":id");
            else if (column == QLatin1String("sale_station_id"))
                values << QStringLiteral("CASE WHEN sale_station_id = :src THEN :id ELSE "
                                         "sale_station_id END");
            else if (column == QLatin1String("number") || column == QLatin1String("sale_number"))
                values << QStringLiteral("replace(%1, :srccode, :code)").arg(column);
            else
                values << column;
        }
        QSqlQuery copy(db.connection());
        copy.prepare(
            QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 WHERE station_id = :src")
                .arg(name, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))));
        copy.bindValue(QStringLiteral(":id"), id);
        copy.bindValue(QStringLiteral(":src"), sourceStationId);
        copy.bindValue(QStringLiteral(":srccode"), QString(sourceCode + QLatin1Char('-')));
        copy.bindValue(QStringLiteral(":code"), QString(code + QLatin1Char('-')));
        if (!copy.exec())
            return db.errorFrom(copy.lastError());
    }
    if (auto result = transaction.commit(); !result)
        return result.error();
    return id;
}

} // namespace recaisse::core
