#include "accounting.h"

#include "categories.h"
#include "demoshop.h"
#include "ledger.h"
#include "permissions.h"
#include "store.h"
#include "users.h"
#include "vat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
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

// The plan's key holding the revenue account of each category.
constexpr char categoriesKey[] = "categories";

int slot(const QString &method)
{
    if (method == QLatin1String("card"))
        return 1;
    if (method == QLatin1String("cheque"))
        return 2;
    return method == QLatin1String("cash") ? 0 : -1;
}

} // namespace

const QList<AccountPlan::Field> &AccountPlan::fields()
{
    static const QList<Field> all = {
        {"cash", &AccountPlan::cash, QT_TRANSLATE_NOOP("AccountingExport", "Cash")},
        {"cheques", &AccountPlan::cheques,
            QT_TRANSLATE_NOOP("AccountingExport", "Cheques to deposit")},
        {"cards", &AccountPlan::cards,
            QT_TRANSLATE_NOOP("AccountingExport", "Card payments to collect")},
        {"sales", &AccountPlan::sales, QT_TRANSLATE_NOOP("AccountingExport", "Sales")},
        {"donations", &AccountPlan::donations,
            QT_TRANSLATE_NOOP("AccountingExport", "Money donations")},
        {"memberships", &AccountPlan::memberships,
            QT_TRANSLATE_NOOP("AccountingExport", "Membership fees")},
        {"vat", &AccountPlan::vat, QT_TRANSLATE_NOOP("AccountingExport", "VAT collected")},
        {"cash-shortage", &AccountPlan::cashShortage,
            QT_TRANSLATE_NOOP("AccountingExport", "Cash shortage")},
        {"cash-surplus", &AccountPlan::cashSurplus,
            QT_TRANSLATE_NOOP("AccountingExport", "Cash surplus")},
    };
    return all;
}

AccountingExport::AccountingExport(Store &store)
    : m_store(store)
    , m_plan([&store] {
        // A plan that cannot be read gives the defaults; the export itself reports the
        // database's failure.
        const auto plan = sitePlan(store);
        return plan ? *plan : AccountPlan{};
    }())
{
}

AccountingExport::AccountingExport(Store &store, AccountPlan plan)
    : m_store(store)
    , m_plan(std::move(plan))
{
}

Result<AccountPlan> AccountingExport::sitePlan(Store &store)
{
    Database &db = store.db();
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT account_plan FROM site WHERE id = ?"));
    if (auto result = db.exec(query, {store.site().id}); !result)
        return result.error();
    const QJsonObject stored = query.next()
        ? QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()
        : QJsonObject();
    query.finish();
    AccountPlan plan;
    for (const AccountPlan::Field &field : AccountPlan::fields()) {
        const QString account = stored.value(QLatin1String(field.key)).toString();
        if (!account.isEmpty())
            plan.*field.account = account;
    }
    const QJsonObject categories = stored.value(QLatin1String(categoriesKey)).toObject();
    for (auto it = categories.constBegin(); it != categories.constEnd(); ++it) {
        if (!it.value().toString().isEmpty())
            plan.categoryAccounts.insert(it.key(), it.value().toString());
    }
    return plan;
}

Result<void> AccountingExport::setSitePlan(
    Store &store, const Actor &actor, const AccountPlan &plan)
{
    if (auto allowed = Users(store).require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    static const QRegularExpression valid(QStringLiteral("^[0-9A-Za-z]{1,20}$"));
    QJsonObject stored;
    for (const AccountPlan::Field &field : AccountPlan::fields()) {
        const QString account = (plan.*field.account).trimmed();
        if (!valid.match(account).hasMatch())
            return makeError(ErrorCode::InvalidInput,
                account.isEmpty()
                    ? tr("The account for \"%1\" is missing.").arg(tr(field.what))
                    : tr("The account for \"%1\" is 1 to 20 letters or digits, not \"%2\".")
                          .arg(tr(field.what), account));
        stored.insert(QLatin1String(field.key), account);
    }
    QJsonObject categories;
    CategoryCatalog known(store);
    for (auto it = plan.categoryAccounts.cbegin(); it != plan.categoryAccounts.cend(); ++it) {
        const QString account = it.value().trimmed();
        if (account.isEmpty())
            continue; // the parent's account, or the sales account
        const auto category = known.find(it.key());
        if (!category)
            return makeError(ErrorCode::InvalidInput,
                tr("The account plan names category \"%1\", which does not exist.").arg(it.key()));
        if (!valid.match(account).hasMatch())
            return makeError(ErrorCode::InvalidInput,
                tr("The revenue account of \"%1\" is 1 to 20 letters or digits, not \"%2\".")
                    .arg(category->name, account));
        categories.insert(it.key(), account);
    }
    if (!categories.isEmpty())
        stored.insert(QLatin1String(categoriesKey), categories);
    Database &db = store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE site SET account_plan = ? WHERE id = ?"));
    if (auto result = db.exec(query,
            {QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)),
                store.site().id});
        !result)
        return result;
    if (auto result = AuditLog(store).record(
            actor.userId, QStringLiteral("accounting.plan"), store.site().name, stored);
        !result)
        return result;
    return transaction.commit();
}

Result<QStringList> AccountingExport::unclosedStations(const QDate &first, const QDate &last) const
{
    // A session is known by its opening document; its documents of the days are sales, refunds,
    // movements, donations, fees and outflows (every table with a session_seq). A session opened
    // by the last day and not closed here may hold documents of these days not synced yet. Each
    // document's kind (that of its table) lets the days be found in document_kind_day instead
    // of scanning every document ever made.
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT DISTINCT coalesce(st.code, x.station_id) FROM (SELECT s.station_id, s.session_seq "
        "FROM document d JOIN sale s ON s.station_id = d.station_id AND s.seq = d.seq WHERE "
        "d.kind = 'sale' AND d.business_day BETWEEN :from AND :to UNION SELECT r.station_id, "
        "r.session_seq FROM document d JOIN refund r ON r.station_id = d.station_id AND r.seq = "
        "d.seq WHERE d.kind = 'refund' AND d.business_day BETWEEN :from AND :to UNION SELECT "
        "n.station_id, n.session_seq FROM document d JOIN donation n ON n.station_id = "
        "d.station_id AND n.seq = d.seq WHERE d.kind = 'donation' AND d.business_day BETWEEN :from "
        "AND :to UNION SELECT m.station_id, m.session_seq FROM document d JOIN membership m ON "
        "m.station_id = d.station_id AND m.seq = d.seq WHERE d.kind = 'membership' AND "
        "d.business_day BETWEEN :from AND :to UNION SELECT d.station_id, d.seq FROM document d "
        "WHERE d.kind = 'session-open' AND d.business_day <= :to) x LEFT JOIN station st ON "
        "st.id = x.station_id WHERE NOT EXISTS (SELECT 1 FROM session_close c WHERE "
        "c.station_id = x.station_id AND c.session_seq = x.session_seq) ORDER BY 1"));
    query.bindValue(QStringLiteral(":from"), first.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), last.toString(Qt::ISODate));
    if (!query.exec())
        return db.errorFrom(query.lastError());
    QStringList stations;
    while (query.next())
        stations.append(query.value(0).toString());
    query.finish();

    // A register that synced nothing of these days: its last heartbeat (station.json, written
    // when it last published its journal: a login, a sale...) falls on one of them, and it had no
    // closing that day, or this database lacks some of what it had published then. Until it
    // publishes again, what it recorded after that heartbeat is unknown.
    QSqlQuery registers(db.connection());
    registers.prepare(QStringLiteral(
        "SELECT st.id, st.code, st.heartbeat_utc, st.heartbeat_seq, (SELECT max(seq) FROM journal "
        "j WHERE j.station_id = st.id) FROM station st WHERE st.is_local = 0 AND st.kind = "
        "'register' AND st.heartbeat_utc IS NOT NULL ORDER BY st.code"));
    if (auto result = db.exec(registers, {}); !result)
        return result.error();
    QSqlQuery &closing = db.prepared(
        QStringLiteral("SELECT 1 FROM document WHERE station_id = ? AND kind = 'session-close' "
                       "AND business_day = ? LIMIT 1"));
    while (registers.next()) {
        const QString code = registers.value(1).toString();
        const QDate seen = m_store.businessDay(fromIsoUtc(registers.value(2).toString()));
        if (stations.contains(code) || seen < first || seen > last)
            continue;
        const bool behind = registers.value(4).toLongLong() < registers.value(3).toLongLong();
        if (auto result = db.exec(closing, {registers.value(0), seen.toString(Qt::ISODate)});
            !result)
            return result.error();
        const bool closed = closing.next();
        closing.finish();
        if (behind || !closed)
            stations.append(code);
    }
    std::sort(stations.begin(), stations.end());
    return stations;
}

Result<QList<EntryLine>> AccountingExport::entries(
    const Actor &actor, const QDate &first, const QDate &last) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ExportData); !allowed)
        return allowed.error();
    if (!first.isValid() || !last.isValid() || last < first)
        return makeError(ErrorCode::InvalidInput, tr("Give a first and a last day, in order."));
    // The Z reports close the days: until every session of these days is closed and synced,
    // the figures could still change.
    auto unclosed = unclosedStations(first, last);
    if (!unclosed)
        return unclosed.error();
    if (!unclosed->isEmpty())
        return makeError(ErrorCode::Conflict,
            tr("Not every register of these days has closed its session here yet: %1. Close "
               "them and synchronise, then export.")
                .arg(unclosed->join(QStringLiteral(", "))));
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
    // The VAT of each station's day, summed ticket by ticket (the Z report's rule), every
    // station-day of the period in one pass.
    auto vat = TillRules(m_store).dailyVat(first, last);
    if (!vat)
        return vat.error();
    for (auto day = vat->cbegin(); day != vat->cend(); ++day)
        for (const VatTotals &station : day.value())
            for (const QList<VatAmount> *amounts : {&station.liable, &station.margin})
                for (const VatAmount &amount : *amounts)
                    days[day.key()].vat += amount.vatCents;

    // Each category's sales less refunds by day and rate, for the revenue accounts other than the
    // sales account.
    QMap<QDate, QMap<QString, qint64>> accountNet; // day -> account -> excluding VAT
    QMap<QString, QStringList> accountCategories; // account -> the names of its categories
    if (std::any_of(m_plan.categoryAccounts.cbegin(), m_plan.categoryAccounts.cend(),
            [&](const QString &account) { return account != m_plan.sales; })) {
        QHash<QString, QString> parentOf;
        for (const Category &category : CategoryCatalog(m_store).list(true)) {
            parentOf.insert(category.id, category.parentId);
            const QString account = m_plan.categoryAccounts.value(category.id);
            if (!account.isEmpty() && account != m_plan.sales)
                accountCategories[account].append(category.name);
        }
        const auto accountOf = [&](QString id) {
            for (int depth = 0; !id.isEmpty() && depth < 32; ++depth) {
                if (const auto it = m_plan.categoryAccounts.constFind(id);
                    it != m_plan.categoryAccounts.cend())
                    return it.value();
                id = parentOf.value(id);
            }
            return m_plan.sales;
        };
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral(
            "SELECT d.business_day, l.category_id, l.vat_rate_bp, sum(l.total_cents) FROM document "
            "d JOIN sale_line l ON l.station_id = d.station_id AND l.seq = d.seq WHERE d.kind = "
            "'sale' AND d.business_day BETWEEN :from AND :to GROUP BY 1, 2, 3 UNION ALL SELECT "
            "d.business_day, l.category_id, l.vat_rate_bp, -sum(rl.amount_cents) FROM document d "
            "JOIN refund r ON r.station_id = d.station_id AND r.seq = d.seq JOIN refund_line rl ON "
            "rl.station_id = r.station_id AND rl.seq = r.seq JOIN sale_line l ON l.station_id = "
            "r.sale_station_id AND l.seq = r.sale_seq AND l.line_no = rl.sale_line_no WHERE "
            "d.kind = 'refund' AND d.business_day BETWEEN :from AND :to GROUP BY 1, 2, 3"));
        query.bindValue(QStringLiteral(":from"), from);
        query.bindValue(QStringLiteral(":to"), to);
        if (!query.exec())
            return db.errorFrom(query.lastError());
        QMap<QDate, QMap<QString, QMap<int, qint64>>> gross; // day -> account -> rate -> cents
        while (query.next()) {
            const QString account = accountOf(query.value(1).toString());
            if (account == m_plan.sales)
                continue;
            const int rate = query.value(2).isNull() ? 0 : query.value(2).toInt();
            gross[QDate::fromString(query.value(0).toString(), Qt::ISODate)][account][rate] +=
                query.value(3).toLongLong();
        }
        for (auto day = gross.cbegin(); day != gross.cend(); ++day)
            for (auto account = day->cbegin(); account != day->cend(); ++account)
                for (auto rate = account->cbegin(); rate != account->cend(); ++rate)
                    accountNet[day.key()][account.key()] += rate.key() == 0
                        ? rate.value()
                        : vat::excludingVat(rate.value(), rate.key());
    }

    QList<EntryLine> lines;
    // A demo shop's entries were invented: each line says so, in whatever software reads them.
    const bool demo = m_store.isDemo();
    const auto book = [&](const QDate &day, const QString &account, const QString &label,
                          qint64 debit) {
        // A negative debit is a credit (a day of more refunds than sales, for instance).
        if (debit == 0)
            return;
        lines.append(EntryLine{day, account, DemoShop::marked(demo, label), qMax<qint64>(debit, 0),
            qMax<qint64>(-debit, 0)});
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
        qint64 elsewhere = 0;
        const QMap<QString, qint64> others = accountNet.value(day);
        for (auto other = others.cbegin(); other != others.cend(); ++other) {
            book(day, other.key(),
                tr("Sales excluding VAT: %1")
                    .arg(accountCategories.value(other.key()).join(QStringLiteral(", "))),
                -other.value());
            elsewhere += other.value();
        }
        book(day, m_plan.sales, tr("Sales excluding VAT"), -(salesReceived - f.vat - elsewhere));
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

QByteArray AccountingExport::paheko(const QList<EntryLine> &lines)
{
    const auto amount = [](qint64 cents) {
        return cents == 0
            ? QString()
            : QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
    };
    const auto field = [](const QString &text) {
        return text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) ? QLatin1Char('"')
                + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"')
                                                                                  : text;
    };
    // Paheko's own column names (its "Complet"/"Groupé" export), in its order.
    QByteArray out = "Numéro d'écriture;Type;Statut;Libellé;Date;Remarques;Numéro pièce "
                     "comptable;Numéro compte;Libellé compte;Débit;Crédit;Référence ligne;"
                     "Libellé ligne;Rapprochement;Projet analytique;Membres associés\n";
    QDate current;
    for (const EntryLine &line : lines) {
        QString head = QStringLiteral(";;;;;;;");
        if (line.day != current) {
            current = line.day;
            // No entry number: Paheko creates the entry (a number would update an existing one).
            head = QStringLiteral(";%1;;%2;%3;;%4;")
                       .arg(QStringLiteral("Avancé"),
                           field(tr("Till takings of %1")
                                     .arg(line.day.toString(QStringLiteral("dd/MM/yyyy")))),
                           line.day.toString(QStringLiteral("dd/MM/yyyy")),
                           QStringLiteral("J-") + line.day.toString(Qt::ISODate));
        }
        out += (head
            + QStringLiteral("%1;;%2;%3;;%4;;;\n")
                  .arg(field(line.account), amount(line.debitCents), amount(line.creditCents),
                      field(line.label)))
                   .toUtf8();
    }
    return out;
}

Result<QList<AccountingExportRun>> AccountingExport::exportedBefore(
    const QDate &first, const QDate &last) const
{
    // The audit trail is synced and chained: an export made on any station is known here. Its
    // target is "first..last" (ISO days), the same since the first export.
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT at_utc, station_id, actor_id, target FROM audit_event WHERE action IN "
        "('export.accounting', 'export.accounting.again') AND substr(target, 1, 10) <= ? AND "
        "substr(target, 13, 10) >= ? ORDER BY at_utc, station_id, seq"));
    if (auto result = db.exec(query, {last.toString(Qt::ISODate), first.toString(Qt::ISODate)});
        !result)
        return result.error();
    QList<AccountingExportRun> runs;
    while (query.next()) {
        const QString target = query.value(3).toString();
        const QDate from = QDate::fromString(target.left(10), Qt::ISODate);
        const QDate to = QDate::fromString(target.mid(12, 10), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            continue;
        runs.append(AccountingExportRun{fromIsoUtc(query.value(0).toString()),
            query.value(1).toString(), query.value(2).toString(), from, to});
    }
    return runs;
}

Result<QByteArray> AccountingExport::exportCsv(
    const Actor &actor, const QDate &first, const QDate &last, Format format, bool again) const
{
    auto lines = entries(actor, first, last);
    if (!lines)
        return lines.error();
    auto before = exportedBefore(first, last);
    if (!before)
        return before.error();
    if (!before->isEmpty() && !again) {
        const AccountingExportRun &run = before->last();
        return makeError(ErrorCode::Conflict,
            tr("%1 to %2 was already exported on %3 (%n export(s) of these days): export again "
               "only if the first export was not imported.",
                nullptr, int(before->size()))
                .arg(run.first.toString(QStringLiteral("dd/MM/yyyy")),
                    run.last.toString(QStringLiteral("dd/MM/yyyy")),
                    run.atUtc.toTimeZone(m_store.timeZone())
                        .toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    }
    const bool repeated = !before->isEmpty();
    QJsonObject details{{QStringLiteral("lines"), qint64(lines->size())},
        {QStringLiteral("format"),
            format == Format::Paheko ? QStringLiteral("paheko") : QStringLiteral("csv")}};
    if (repeated)
        details.insert(QStringLiteral("exported_before"), qint64(before->size()));
    if (auto result = AuditLog(m_store).record(actor.userId,
            repeated ? QStringLiteral("export.accounting.again")
                     : QStringLiteral("export.accounting"),
            first.toString(Qt::ISODate) + QStringLiteral("..") + last.toString(Qt::ISODate),
            details);
        !result)
        return result.error();
    return format == Format::Paheko ? paheko(*lines) : csv(*lines);
}

QString AccountingExport::fileName(const QDate &first, const QDate &last) const
{
    //: The accounting export's file name: first and last day (YYYY-MM-DD); no spaces.
    return DemoShop::fileNamePrefix(m_store.isDemo())
        + tr("entries-%1-%2.csv").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

} // namespace recaisse::core
