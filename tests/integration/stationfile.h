#pragma once

// Reading a station file the CLI tests made: a query bound to the station's own id, and the
// shop's date today.

#include "core/clock.h"
#include "core/store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

namespace recaisse::test {

// The first column of every row of `sql` on the station file `db`, its one parameter bound to
// the station's own id; nullopt when the file does not open or the query fails.
inline std::optional<QStringList> ownRows(const QString &db, const char *sql)
{
    core::SystemClock clock;
    auto store = core::Store::open(db, clock, QStringLiteral("own-") + db);
    if (!store)
        return std::nullopt;
    QSqlQuery query((*store)->db().connection());
    query.prepare(QString::fromLatin1(sql));
    query.addBindValue((*store)->station().id);
    if (!query.exec())
        return std::nullopt;
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString());
    return rows;
}

// The number in the first row of `sql` (ownRows), -1 when there is none.
inline qint64 ownTotal(const QString &db, const char *sql)
{
    const auto rows = ownRows(db, sql);
    return rows && !rows->isEmpty() ? rows->first().toLongLong() : -1;
}

// Today in the demo shop's time zone, as --confirm-date takes it (the demo's last day can be more
// than 3 days ago: a Saturday, on a Tuesday evening).
inline QString today()
{
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone("Europe/Paris"))
        .date()
        .toString(Qt::ISODate);
}

} // namespace recaisse::test
