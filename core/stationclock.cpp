#include "stationclock.h"

#include "database.h"
#include "ledger.h"
#include "store.h"
#include "technicalevents.h"
#include "users.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace recaisse::core {

namespace {

// The clock.behind noticed since the last clock.confirm, if any: its details.
std::optional<QJsonObject> pendingNotice(Store &store)
{
    QSqlQuery query(store.db().connection());
    query.prepare(
        QStringLiteral("SELECT action, details FROM audit_event WHERE station_id = ? AND action IN "
                       "('clock.behind', 'clock.confirm') ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(store.station().id);
    if (!query.exec() || !query.next()
        || query.value(0).toString() != QLatin1String("clock.behind"))
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
}

} // namespace

StationClock::StationClock(Store &store)
    : m_store(store)
{
}

Result<ClockStatus> StationClock::status() const
{
    Database &db = m_store.db();
    QSqlQuery &last = db.prepared(QStringLiteral(
        "SELECT created_utc FROM document WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    if (auto result = db.exec(last, {m_store.station().id}); !result)
        return result.error();
    ClockStatus status;
    status.clockUtc = m_store.clock().nowUtc();
    if (last.next())
        status.lastDocumentUtc = fromIsoUtc(last.value(0).toString());
    last.finish();
    // The rule DocumentWriter applies, asked for a document made now.
    const auto dated = DocumentWriter::documentTime(status.clockUtc, status.lastDocumentUtc);
    if (!dated) {
        status.behind = true;
        status.message = dated.error().message;
        const QDateTime reference = status.lastDocumentUtc.isValid()
            ? status.lastDocumentUtc
            : DocumentWriter::earliestDocumentUtc();
        status.behindSecs = std::max<qint64>(0, status.clockUtc.secsTo(reference));
    }
    return status;
}

Result<ClockStatus> StationClock::check()
{
    auto current = status();
    if (!current || !current->behind || pendingNotice(m_store))
        return current;
    if (auto audited = AuditLog(m_store).record(QString(), QStringLiteral("clock.behind"),
            m_store.station().code,
            {{QStringLiteral("clock_utc"), isoUtc(current->clockUtc)},
                {QStringLiteral("last_document_utc"),
                    current->lastDocumentUtc.isValid() ? isoUtc(current->lastDocumentUtc)
                                                       : QString()},
                {QStringLiteral("behind_secs"), current->behindSecs}});
        !audited)
        return audited.error();
    return current;
}

Result<DocumentStamp> StationClock::confirm(const Actor &actor, const QDateTime &statedUtc)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageSettings); !allowed)
        return allowed.error();
    if (!statedUtc.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the date and time it is now."));
    auto current = status();
    if (!current)
        return current.error();
    if (current->behind)
        return makeError(ErrorCode::ClockWrong,
            tr("The PC's clock is still wrong: %1 Set the date and time of the PC first, then "
               "confirm them here.")
                .arg(current->message));
    const qint64 gap = current->clockUtc.secsTo(statedUtc);
    if (qAbs(gap) > confirmToleranceSecs) {
        const QDateTime clockLocal = current->clockUtc.toTimeZone(m_store.timeZone());
        const QDateTime statedLocal = statedUtc.toTimeZone(m_store.timeZone());
        return makeError(ErrorCode::ClockWrong,
            tr("The PC's clock says %1 but it is %2: set the date and time of the PC, then "
               "confirm them here.")
                .arg(QLocale().toString(clockLocal, QLocale::ShortFormat),
                    QLocale().toString(statedLocal, QLocale::ShortFormat)));
    }
    QJsonObject details{{QStringLiteral("clock_utc"), isoUtc(current->clockUtc)},
        {QStringLiteral("stated_utc"), isoUtc(statedUtc)},
        {QStringLiteral("last_document_utc"),
            current->lastDocumentUtc.isValid() ? isoUtc(current->lastDocumentUtc) : QString()}};
    if (const auto notice = pendingNotice(m_store)) {
        details.insert(
            QStringLiteral("behind_clock_utc"), notice->value(QStringLiteral("clock_utc")));
        details.insert(QStringLiteral("behind_secs"), notice->value(QStringLiteral("behind_secs")));
    }
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto stamp = TechnicalEvents(m_store).record(actor.userId, TechnicalEventKind::Clock, details);
    if (!stamp)
        return stamp.error();
    details.insert(QStringLiteral("event"), stamp->number);
    if (auto audited = AuditLog(m_store).record(
            actor.userId, QStringLiteral("clock.confirm"), m_store.station().code, details);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stamp;
}

} // namespace recaisse::core
