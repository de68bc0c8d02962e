#include "statistics.h"

#include "store.h"

#include <QSqlQuery>

namespace recaisse::core {

StoreStatistics StoreStatistics::collect(Store &store)
{
    StoreStatistics s;
    QSqlQuery q(store.db().connection());
    const auto scalar = [&q](const char *sql) -> qint64 {
        if (q.exec(QString::fromLatin1(sql)) && q.next())
            return q.value(0).toLongLong();
        return 0;
    };
    s.sales = scalar("SELECT count(*) FROM sale");
    s.salesTotalCents = scalar("SELECT coalesce(sum(total_cents), 0) FROM sale");
    s.saleLines = scalar("SELECT count(*) FROM sale_line");
    s.linesTotalCents = scalar("SELECT coalesce(sum(total_cents), 0) FROM sale_line");
    s.paymentsTotalCents = scalar("SELECT coalesce(sum(amount_cents), 0) FROM payment")
        - scalar("SELECT coalesce(sum(change_cents), 0) FROM sale");
    s.refunds = scalar("SELECT count(*) FROM refund");
    s.refundsTotalCents = scalar("SELECT coalesce(sum(total_cents), 0) FROM refund");
    s.donations = scalar("SELECT count(*) FROM donation");
    s.donationsCents = scalar("SELECT coalesce(sum(amount_cents), 0) FROM donation");
    s.memberships = scalar("SELECT count(*) FROM membership");
    s.membershipsCents = scalar("SELECT coalesce(sum(amount_cents), 0) FROM membership");
    s.sessionsClosed = scalar("SELECT count(*) FROM session_close");
    s.sessionsOpen = scalar("SELECT count(*) FROM session_open") - s.sessionsClosed;
    s.deposits = scalar("SELECT count(*) FROM deposit");
    s.depositLines = scalar("SELECT count(*) FROM deposit_line");
    s.depositWeightGrams = scalar("SELECT coalesce(sum(weight_grams), 0) FROM deposit_line");
    s.auditEvents = scalar("SELECT count(*) FROM audit_event");
    s.journalRecords = scalar("SELECT count(*) FROM journal");
    return s;
}

QJsonObject StoreStatistics::toJson() const
{
    return QJsonObject{
        {QStringLiteral("sales"), sales},
        {QStringLiteral("sale_lines"), saleLines},
        {QStringLiteral("sales_total_cents"), salesTotalCents},
        {QStringLiteral("lines_total_cents"), linesTotalCents},
        {QStringLiteral("payments_total_cents"), paymentsTotalCents},
        {QStringLiteral("refunds"), refunds},
        {QStringLiteral("refunds_total_cents"), refundsTotalCents},
        {QStringLiteral("donations"), donations},
        {QStringLiteral("donations_cents"), donationsCents},
        {QStringLiteral("memberships"), memberships},
        {QStringLiteral("memberships_cents"), membershipsCents},
        {QStringLiteral("sessions_open"), sessionsOpen},
        {QStringLiteral("sessions_closed"), sessionsClosed},
        {QStringLiteral("deposits"), deposits},
        {QStringLiteral("deposit_lines"), depositLines},
        {QStringLiteral("deposit_weight_grams"), depositWeightGrams},
        {QStringLiteral("audit_events"), auditEvents},
        {QStringLiteral("journal_records"), journalRecords},
    };
}

} // namespace recaisse::core
