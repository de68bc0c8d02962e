#include "accounting.h"

#include "ledger.h"
#include "store.h"
#include "users.h"
#include "vat.h"

#include <QMap>
#include <QSqlQuery>

namespace recaisse::core {

namespace {

// What a day brought in, by kind, in cents.
struct DayFigures
{
    qint64 received[3] = {0, 0, 0}; // cash (net of change), card, cheque: sales net of refunds
    qint64 donations[3] = {0, 0, 0};
    qint64 memberships[3] = {0, 0, 0};
    qint64 vat = 0;
    qint64 shortage = 0; // cash missing at the Z reports' counts
    qint64 surplus = 0;
};

int slot(const QString &method)
{
    if (method == QLatin1String("card"))
        return 1;
    if (method == QLatin1String("cheque"))
        return 2;
    return method == QLatin1String("cash") ? 0 : -1;
}

} // namespace

AccountingExport::AccountingExport(Store &store, AccountPlan plan)
    : m_store(store)
    , m_plan(std::move(plan))
{
}

Result<QList<EntryLine>> AccountingExport::entries(
    const Actor &actor, const QDate &first, const QDate &last) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ExportData); !allowed)
        return allowed.error();
    if (!first.isValid() || !last.isValid() || last < first)
        return makeError(ErrorCode::InvalidInput, tr("Give a first and a last day, in order."));
    Database &db = m_store.db();
    QMap<QDate, DayFigures> days;
    const QString from = first.toString(Qt::ISODate);
    const QString to = last.toString(Qt::ISODate);
    // Each query gives (day, method or station, amount); `add` books the amount.
    const auto sum = [&](const char *sql, auto add) -> Result<void> {
        QSqlQuery query(db.connection());
        query.prepare(QString::fromLatin1(sql));
        if (auto result = db.exec(query, {from, to}); !result)
            return result;
        while (query.next())
            add(days[QDate::fromString(query.value(0).toString(), Qt::ISODate)],
                query.value(1).toString(), query.value(2).toLongLong());
        return {};
    };
    if (auto r = sum("SELECT d.business_day, p.method, sum(p.amount_cents) FROM document d "
                     "JOIN payment p ON p.station_id = d.station_id AND p.seq = d.seq WHERE "
                     "d.kind = 'sale' AND d.business_day BETWEEN ? AND ? GROUP BY 1, 2",
            [](DayFigures &f, const QString &method, qint64 cents) {
                if (const int i = slot(method); i >= 0)
                    f.received[i] += cents;
            });
        !r)
        return r.error();
    if (auto r = sum("SELECT d.business_day, '', sum(s.change_cents) FROM document d JOIN sale s "
                     "ON s.station_id = d.station_id AND s.seq = d.seq WHERE d.kind = 'sale' AND "
                     "d.business_day BETWEEN ? AND ? GROUP BY 1",
            [](DayFigures &f, const QString &, qint64 cents) { f.received[0] -= cents; });
        !r)
        return r.error();
    if (auto r = sum("SELECT d.business_day, r.method, sum(r.total_cents) FROM document d JOIN "
                     "refund r ON r.station_id = d.station_id AND r.seq = d.seq WHERE d.kind = "
                     "'refund' AND d.business_day BETWEEN ? AND ? GROUP BY 1, 2",
            [](DayFigures &f, const QString &method, qint64 cents) {
                if (const int i = slot(method); i >= 0)
                    f.received[i] -= cents;
            });
        !r)
        return r.error();
    if (auto r = sum("SELECT d.business_day, n.method, sum(n.amount_cents) FROM document d JOIN "
                     "donation n ON n.station_id = d.station_id AND n.seq = d.seq WHERE d.kind = "
                     "'donation' AND d.business_day BETWEEN ? AND ? GROUP BY 1, 2",
            [](DayFigures &f, const QString &method, qint64 cents) {
                if (const int i = slot(method); i >= 0)
                    f.donations[i] += cents;
            });
        !r)
        return r.error();
    if (auto r = sum("SELECT d.business_day, m.method, sum(m.amount_cents) FROM document d JOIN "
                     "membership m ON m.station_id = d.station_id AND m.seq = d.seq WHERE d.kind "
                     "= 'membership' AND d.business_day BETWEEN ? AND ? GROUP BY 1, 2",
            [](DayFigures &f, const QString &method, qint64 cents) {
                if (const int i = slot(method); i >= 0)
                    f.memberships[i] += cents;
            });
        !r)
        return r.error();
    if (auto r = sum("SELECT d.business_day, '', c.variance_cents FROM document d JOIN "
                     "session_close c ON c.station_id = d.station_id AND c.seq = d.seq WHERE "
                     "d.kind = 'session-close' AND d.business_day BETWEEN ? AND ?",
            [](DayFigures &f, const QString &, qint64 cents) {
                (cents < 0 ? f.shortage : f.surplus) += qAbs(cents);
            });
        !r)
        return r.error();
    // The VAT of each station's day, summed ticket by ticket (the Z report's rule).
    TillRules rules(m_store);
    QSqlQuery stationDays(db.connection());
    stationDays.prepare(QStringLiteral("SELECT DISTINCT business_day, station_id FROM document "
                                       "WHERE kind IN ('sale', 'refund') AND business_day "
                                       "BETWEEN ? AND ?"));
    if (auto result = db.exec(stationDays, {from, to}); !result)
        return result.error();
    while (stationDays.next()) {
        const QDate day = QDate::fromString(stationDays.value(0).toString(), Qt::ISODate);
        auto vat = rules.periodVat(stationDays.value(1).toString(), day, day);
        if (!vat)
            return vat.error();
        for (const QList<VatAmount> *amounts : {&vat->liable, &vat->margin})
            for (const VatAmount &amount : *amounts)
                days[day].vat += amount.vatCents;
    }

    QList<EntryLine> lines;
    const auto book = [&](const QDate &day, const QString &account, const QString &label,
                          qint64 debit) {
        // A negative debit is a credit (a day of more refunds than sales, for instance).
        if (debit == 0)
            return;
        lines.append(
            EntryLine{day, account, label, qMax<qint64>(debit, 0), qMax<qint64>(-debit, 0)});
    };
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const DayFigures &f = it.value();
        const QDate day = it.key();
        const QString accounts[3] = {m_plan.cash, m_plan.cards, m_plan.cheques};
        const QString names[3] = {tr("Cash takings"), tr("Card takings"), tr("Cheque takings")};
        qint64 salesReceived = 0;
        for (int i = 0; i < 3; ++i) {
            const qint64 cash = i == 0 ? f.surplus - f.shortage : 0;
            book(day, accounts[i], names[i],
                f.received[i] + f.donations[i] + f.memberships[i] + cash);
            salesReceived += f.received[i];
        }
        book(day, m_plan.sales, tr("Sales excluding VAT"), -(salesReceived - f.vat));
        book(day, m_plan.vat, tr("VAT collected"), -f.vat);
        book(day, m_plan.donations, tr("Money donations"),
            -(f.donations[0] + f.donations[1] + f.donations[2]));
        book(day, m_plan.memberships, tr("Membership fees"),
            -(f.memberships[0] + f.memberships[1] + f.memberships[2]));
        book(day, m_plan.cashShortage, tr("Cash shortage at closing"), f.shortage);
        book(day, m_plan.cashSurplus, tr("Cash surplus at closing"), -f.surplus);
    }
    return lines;
}

QByteArray AccountingExport::csv(const QList<EntryLine> &lines)
{
    // "1234,56": a decimal comma, no thousands separator (spreadsheets and accounting imports).
    const auto amount = [](qint64 cents) {
        return cents == 0
            ? QString()
            : QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
    };
    QByteArray out = "date;journal;piece;account;label;debit;credit\n";
    for (const EntryLine &line : lines) {
        const QString day = line.day.toString(Qt::ISODate);
        out += QStringLiteral("%1;VE;%2;%3;%4;%5;%6\n")
                   .arg(day, QStringLiteral("J-") + day, line.account, line.label,
                       amount(line.debitCents), amount(line.creditCents))
                   .toUtf8();
    }
    return out;
}

Result<QByteArray> AccountingExport::exportCsv(
    const Actor &actor, const QDate &first, const QDate &last) const
{
    auto lines = entries(actor, first, last);
    if (!lines)
        return lines.error();
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("export.accounting"),
            first.toString(Qt::ISODate) + QStringLiteral("..") + last.toString(Qt::ISODate),
            {{QStringLiteral("lines"), qint64(lines->size())}});
        !result)
        return result.error();
    return csv(*lines);
}

} // namespace recaisse::core
