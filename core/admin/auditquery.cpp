#include "auditquery.h"

#include "core/store.h"
#include "core/users.h"

#include <QSqlQuery>

namespace recaisse::core {

namespace {

QByteArray csvField(const QString &value)
{
    QString text = value;
    // A leading = + - @ would be a formula in a spreadsheet.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

} // namespace

AuditQuery::AuditQuery(Store &store)
    : m_store(store)
{
}

QString AuditQuery::likeEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

Result<QList<AuditRow>> AuditQuery::find(const Actor &actor, const AuditFilter &filter) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return makeError(ErrorCode::InvalidInput, tr("The start date is after the end date."));
    const QString text = filter.text.trimmed();
    if (text.size() > maxTextLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The searched text has at most %n characters.", nullptr, maxTextLength));
    const QString from =
        filter.from.isValid() ? isoUtc(m_store.startOfDayUtc(filter.from)) : QString();
    const QString to =
        filter.to.isValid() ? isoUtc(m_store.startOfDayUtc(filter.to.addDays(1))) : QString();
    const QString textPattern =
        text.isEmpty() ? QString() : QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%');

    // Only the filters in use become conditions, so that SQLite can walk the matching index
    // (at_utc, actor, action). The conditions are fixed text; every value is bound.
    QStringList conditions;
    QVariantList values;
    if (!from.isEmpty()) {
        conditions << QStringLiteral("e.at_utc >= ?");
        values << from;
    }
    if (!to.isEmpty()) {
        conditions << QStringLiteral("e.at_utc < ?");
        values << to;
    }
    if (!filter.actorId.isEmpty()) {
        conditions << QStringLiteral("e.actor_id = ?");
        values << filter.actorId;
    }
    if (!filter.stationId.isEmpty()) {
        conditions << QStringLiteral("e.station_id = ?");
        values << filter.stationId;
    }
    if (filter.action.endsWith(QLatin1Char('.'))) {
        // A family "user.": every key from "user." up to (not including) "user/".
        QString end = filter.action;
        end.back() = QLatin1Char('/');
        conditions << QStringLiteral("e.action >= ? AND e.action < ?");
        values << filter.action << end;
    } else if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("e.action = ?");
        values << filter.action;
    }
    if (!textPattern.isEmpty()) {
        conditions << QStringLiteral(
            "(e.target LIKE ? ESCAPE '\\' OR e.details LIKE ? ESCAPE '\\' OR e.action LIKE ? "
            "ESCAPE '\\' OR u.name LIKE ? ESCAPE '\\')");
        values << textPattern << textPattern << textPattern << textPattern;
    }
    if (filter.after) {
        // After the given event in the order below; the first term keeps the at_utc index range.
        conditions << QStringLiteral(
            "e.at_utc <= ? AND (e.at_utc < ? OR (e.station_id, e.seq) < (?, ?))");
        values << filter.after->atUtc << filter.after->atUtc << filter.after->stationId
               << filter.after->seq;
    }
    values << qBound(1, filter.limit, 100000);

    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    // Newest first in the order of the indexes themselves (at_utc, then the primary key).
    query.prepare(QStringLiteral(
                      "SELECT e.station_id, e.seq, e.at_utc, e.actor_id, e.action, e.target, "
                      "e.details, e.prev_hash, e.hash, coalesce(u.name, ''), coalesce(st.code, '') "
                      "FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id "
                      "LEFT JOIN station st ON st.id = e.station_id ")
        + (conditions.isEmpty()
                ? QString()
                : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY e.at_utc DESC, e.station_id DESC, e.seq DESC LIMIT ?"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    QList<AuditRow> rows;
    while (query.next()) {
        AuditRow row;
        AuditLog::Event &e = row.event;
        e.stationId = query.value(0).toString();
        e.seq = query.value(1).toLongLong();
        e.atUtc = query.value(2).toString();
        e.actorId = query.value(3).toString();
        e.action = query.value(4).toString();
        e.target = query.value(5).toString();
        e.details = query.value(6).toString();
        e.prevHash = query.value(7).toString();
        e.hash = query.value(8).toString();
        row.actorName = query.value(9).toString();
        row.stationCode = query.value(10).toString();
        rows.append(row);
    }
    return rows;
}

QStringList AuditQuery::actions() const
{
    QStringList actions;
    QSqlQuery query(m_store.db().connection());
    // Walks the (action, at_utc) index: one step per distinct action.
    if (query.exec(QStringLiteral("SELECT DISTINCT action FROM audit_event ORDER BY action"))) {
        while (query.next())
            actions.append(query.value(0).toString());
    }
    return actions;
}

Result<QByteArray> AuditQuery::exportCsv(const Actor &actor, const QList<AuditRow> &rows) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ExportData); !allowed)
        return allowed.error();
    QByteArray csv("\xEF\xBB\xBF");
    csv += csvField(tr("Date and time")) + ';' + csvField(tr("Station")) + ';'
        + csvField(tr("Person")) + ';' + csvField(tr("Action")) + ';' + csvField(tr("Target")) + ';'
        + csvField(tr("Details")) + ';' + csvField(tr("Hash")) + "\r\n";
    for (const AuditRow &row : rows) {
        const QString at = fromIsoUtc(row.event.atUtc)
                               .toTimeZone(m_store.timeZone())
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        csv += csvField(at) + ';' + csvField(row.stationCode) + ';' + csvField(row.actorName) + ';'
            + csvField(row.event.action) + ';' + csvField(row.event.target) + ';'
            + csvField(row.event.details) + ';' + csvField(row.event.hash) + "\r\n";
    }
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("audit.export"),
            QString(), {{QStringLiteral("rows"), qint64(rows.size())}});
        !result)
        return result.error();
    return csv;
}

Result<IntegrityCheck::Report> AuditQuery::verify(
    const Actor &actor, const IntegrityCheck::Progress &progress) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::VerifyIntegrity); !allowed)
        return allowed.error();
    const auto checked = IntegrityCheck(m_store).run(progress);
    if (!checked) {
        (void)AuditLog(m_store).record(actor.userId, QStringLiteral("integrity.verify"), QString(),
            {{QStringLiteral("error"), checked.error().message}});
        return checked.error();
    }
    const IntegrityCheck::Report &report = *checked;
    QJsonObject details{{QStringLiteral("documents"), report.documentsChecked},
        {QStringLiteral("events"), report.auditEventsChecked},
        {QStringLiteral("problems"), qint64(report.problems.size())}};
    if (report.cancelled)
        details.insert(QStringLiteral("cancelled"), true);
    if (auto result = AuditLog(m_store).record(
            actor.userId, QStringLiteral("integrity.verify"), QString(), details);
        !result)
        return result.error();
    return report;
}

} // namespace recaisse::core
