#include "flowfixture.h"

#include "core/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <random>

namespace recaisse::test {

using namespace recaisse::core;

namespace {

bool exec(Store &store, const char *sql, const QVariantList &values)
{
    QSqlQuery q(store.db().connection());
    if (!q.prepare(QString::fromLatin1(sql))) {
        qWarning("fixture: %s", qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(Database::bindable(v));
    if (!q.exec()) {
        qWarning("fixture: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

struct Station
{
    QString id;
    qint64 seq = 0;

    std::optional<qint64> document(Store &store, const QString &kind, const QDate &day)
    {
        const qint64 s = ++seq;
        if (!exec(store,
                "INSERT INTO document (station_id, seq, kind, series, series_seq, number, "
                "created_utc, business_day, actor_id, prev_hash, hash) VALUES "
                "(?, ?, ?, 'X', ?, ?, ?, ?, 'u', 'p', 'h')",
                {id, s, kind, s, QString(id + QLatin1Char('-') + QString::number(s)),
                    QString(day.toString(Qt::ISODate) + QStringLiteral("T10:00:00.000Z")),
                    day.toString(Qt::ISODate)}))
            return std::nullopt;
        return s;
    }
};

} // namespace

const QStringList &FlowFixture::categoryIds()
{
    static const QStringList ids = {QStringLiteral("eee.gros-froid"), QStringLiteral("eee.ecran"),
        QStringLiteral("eee.lampe"), QStringLiteral("eee.gros-hors-froid"),
        QStringLiteral("eee.petit-menager"), QStringLiteral("eee.informatique"),
        QStringLiteral("eee.photovoltaique"), QStringLiteral("eee.melange"),
        QStringLiteral("mobilier.chaise"), QStringLiteral("mobilier.table"),
        QStringLiteral("mobilier.literie"), QStringLiteral("jouets.jouet"),
        QStringLiteral("bricolage.outil"), QStringLiteral("bricolage.jardin"),
        QStringLiteral("textile.vetements"), QStringLiteral("textile.linge"),
        QStringLiteral("textile.chaussures"), QStringLiteral("livres.livre"),
        QStringLiteral("vaisselle.assiette"), QStringLiteral("divers")};
    return ids;
}

QString FlowFixture::eeeCodeOf(const QString &categoryId)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("eee.gros-froid"), QStringLiteral("EEE-1")},
        {QStringLiteral("eee.ecran"), QStringLiteral("EEE-2")},
        {QStringLiteral("eee.lampe"), QStringLiteral("EEE-3")},
        {QStringLiteral("eee.gros-hors-froid"), QStringLiteral("EEE-4")},
        {QStringLiteral("eee.petit-menager"), QStringLiteral("EEE-5")},
        {QStringLiteral("eee.informatique"), QStringLiteral("EEE-6")},
        {QStringLiteral("eee.photovoltaique"), QStringLiteral("EEE-7")},
        {QStringLiteral("eee.melange"), QStringLiteral("EEE-8")},
    };
    return codes.value(categoryId);
}

bool FlowFixture::build(Store &store, quint32 seed, int documents)
{
    std::mt19937 rng(seed);
    const auto pick = [&rng](quint32 n) { return qint64(rng() % n); };
    const QStringList &ids = categoryIds();
    const QStringList destinations = {
        QStringLiteral("shop"), QStringLiteral("recycling"), QStringLiteral("waste-centre")};
    const QStringList origins = {QStringLiteral("voluntary"), QStringLiteral("home-collection"),
        QStringLiteral("partner-waste-centre"), QStringLiteral("professional")};
    const QStringList outflowKinds = {
        QStringLiteral("recycling"), QStringLiteral("waste"), QStringLiteral("partner")};

    for (int i = 0; i < ids.size(); ++i) {
        const qint64 grams = 300 + 1250 * i;
        averageGrams.insert(ids.at(i), grams);
        if (!exec(store, "UPDATE category SET average_weight_grams = ? WHERE id = ?",
                {grams, ids.at(i)}))
            return false;
    }

    Station stations[2] = {{QStringLiteral("s2")}, {QStringLiteral("s3")}};
    const auto day = [&] { return first.addDays(int(pick(100)) - 5); };
    for (int i = 0; i < documents; ++i) {
        Station &station = stations[pick(2)];

        // A deposit.
        {
            const QDate d = day();
            const auto seq = station.document(store, QStringLiteral("deposit"), d);
            if (!seq)
                return false;
            QList<DepositRow> lines;
            qint64 total = 0;
            for (qint64 n = 1 + pick(3); n > 0; --n) {
                const QString category = ids.at(int(pick(quint32(ids.size()))));
                DepositRow row{d, category, eeeCodeOf(category), 1 + pick(4), 1 + pick(60000),
                    destinations.at(int(pick(3))), origins.at(int(pick(4)))};
                total += row.grams;
                lines << row;
            }
            if (!exec(store,
                    "INSERT INTO deposit (station_id, seq, total_weight_grams) VALUES (?, ?, ?)",
                    {station.id, *seq, total}))
                return false;
            int lineNo = 0;
            for (const DepositRow &l : std::as_const(lines)) {
                if (!exec(store,
                        "INSERT INTO deposit_line (station_id, seq, line_no, category_id, "
                        "category_name, eee_code, quantity, weight_grams, destination, origin) "
                        "VALUES (?, ?, ?, ?, 'x', ?, ?, ?, ?, ?)",
                        {station.id, *seq, ++lineNo, l.categoryId, l.eeeCode, l.quantity, l.grams,
                            l.destination, l.origin}))
                    return false;
            }
            deposits << lines;
        }

        // A sale.
        {
            const QDate d = day();
            const auto seq = station.document(store, QStringLiteral("sale"), d);
            if (!seq)
                return false;
            QList<SaleRow> lines;
            qint64 total = 0;
            for (qint64 n = 1 + pick(3); n > 0; --n) {
                const QString category = ids.at(int(pick(quint32(ids.size()))));
                SaleRow row{d, station.id, *seq, int(lines.size()) + 1, category,
                    eeeCodeOf(category), 1 + pick(3),
                    pick(3) == 0 ? std::nullopt : std::optional<qint64>(1 + pick(30000)),
                    pick(8000)};
                total += row.cents;
                lines << row;
            }
            if (!exec(store,
                    "INSERT INTO sale (station_id, seq, session_seq, total_cents, change_cents) "
                    "VALUES (?, ?, 1, ?, 0)",
                    {station.id, *seq, total}))
                return false;
            for (const SaleRow &l : std::as_const(lines)) {
                if (!exec(store,
                        "INSERT INTO sale_line (station_id, seq, line_no, category_id, "
                        "category_name, eee_code, quantity, unit_price_cents, weight_grams, "
                        "total_cents) VALUES (?, ?, ?, ?, 'x', ?, ?, 0, ?, ?)",
                        {station.id, *seq, l.lineNo, l.categoryId, l.eeeCode, l.quantity,
                            l.grams ? QVariant(*l.grams) : QVariant(), l.cents}))
                    return false;
            }
            sales << lines;
        }

        // Now and then an outflow.
        if (pick(3) == 0) {
            const QDate d = day();
            const auto seq = station.document(store, QStringLiteral("outflow"), d);
            if (!seq)
                return false;
            const QString kind = outflowKinds.at(int(pick(3)));
            QList<OutflowRow> lines;
            qint64 total = 0;
            for (qint64 n = 1 + pick(3); n > 0; --n) {
                const QString category = ids.at(int(pick(quint32(ids.size()))));
                OutflowRow row{
                    d, kind, category, eeeCodeOf(category), 1 + pick(5), 1 + pick(80000)};
                total += row.grams;
                lines << row;
            }
            if (!exec(store,
                    "INSERT INTO outflow (station_id, seq, kind, partner_id, total_weight_grams) "
                    "VALUES (?, ?, ?, ?, ?)",
                    {station.id, *seq, kind,
                        kind == QLatin1String("partner") ? QVariant(QStringLiteral("emmaus"))
                                                         : QVariant(),
                        total}))
                return false;
            int lineNo = 0;
            for (const OutflowRow &l : std::as_const(lines)) {
                if (!exec(store,
                        "INSERT INTO outflow_line (station_id, seq, line_no, category_id, "
                        "category_name, eee_code, quantity, weight_grams) VALUES "
                        "(?, ?, ?, ?, 'x', ?, ?, ?)",
                        {station.id, *seq, ++lineNo, l.categoryId, l.eeeCode, l.quantity, l.grams}))
                    return false;
            }
            outflows << lines;
        }
    }

    // Refunds by either station on any day, at most what is left on the line.
    for (SaleRow &line : sales) {
        if (pick(4) != 0 || line.refunded == line.quantity)
            continue;
        Station &station = stations[pick(2)];
        const qint64 back = 1 + pick(quint32(line.quantity - line.refunded));
        const qint64 cents = std::min(line.cents - line.refundedCents, pick(500));
        const auto seq = station.document(store, QStringLiteral("refund"), day());
        if (!seq)
            return false;
        if (!exec(store,
                "INSERT INTO refund (station_id, seq, session_seq, sale_station_id, sale_seq, "
                "sale_number, total_cents, method, reason, authorized_by) VALUES "
                "(?, ?, 1, ?, ?, 'n', ?, 'cash', 'r', 'a')",
                {station.id, *seq, line.stationId, line.seq, std::max<qint64>(cents, 1)})
            || !exec(store,
                "INSERT INTO refund_line (station_id, seq, line_no, sale_line_no, quantity, "
                "amount_cents) VALUES (?, ?, 1, ?, ?, ?)",
                {station.id, *seq, line.lineNo, back, cents}))
            return false;
        line.refunded += back;
        line.refundedCents += cents;
    }
    return true;
}

RawFlows::RawFlows(Store &store, QString stationId)
    : m_store(store)
    , m_station(std::move(stationId))
{
}

std::optional<qint64> RawFlows::document(const QString &kind, const QDate &day)
{
    Station station{m_station, m_seq};
    const auto seq = station.document(m_store, kind, day);
    m_seq = station.seq;
    return seq;
}

bool RawFlows::deposit(const QDate &day, const QString &categoryId, qint64 quantity, qint64 grams,
    const QString &destination, const QString &origin)
{
    const auto seq = document(QStringLiteral("deposit"), day);
    return seq
        && exec(m_store,
            "INSERT INTO deposit (station_id, seq, total_weight_grams) VALUES (?, ?, ?)",
            {m_station, *seq, grams})
        && exec(m_store,
            "INSERT INTO deposit_line (station_id, seq, line_no, category_id, category_name, "
            "eee_code, quantity, weight_grams, destination, origin) "
            "VALUES (?, ?, 1, ?, 'x', ?, ?, ?, ?, ?)",
            {m_station, *seq, categoryId, FlowFixture::eeeCodeOf(categoryId), quantity, grams,
                destination, origin});
}

bool RawFlows::outflow(const QDate &day, const QString &kind, const QString &categoryId,
    qint64 quantity, qint64 grams, const QString &partner, const QString &stream)
{
    const auto seq = document(QStringLiteral("outflow"), day);
    return seq
        && exec(m_store,
            "INSERT INTO outflow (station_id, seq, kind, partner_id, stream, total_weight_grams) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            {m_station, *seq, kind, partner.isEmpty() ? QVariant() : QVariant(partner),
                stream.isEmpty() ? QVariant() : QVariant(stream), grams})
        && exec(m_store,
            "INSERT INTO outflow_line (station_id, seq, line_no, category_id, category_name, "
            "eee_code, quantity, weight_grams) VALUES (?, ?, 1, ?, 'x', ?, ?, ?)",
            {m_station, *seq, categoryId, FlowFixture::eeeCodeOf(categoryId), quantity, grams});
}

bool RawFlows::sale(const QDate &day, const QString &categoryId, qint64 quantity, qint64 grams,
    qint64 cents, std::optional<qint64> pricePerKgCents)
{
    const auto seq = document(QStringLiteral("sale"), day);
    return seq
        && exec(m_store,
            "INSERT INTO sale (station_id, seq, session_seq, total_cents, change_cents) "
            "VALUES (?, ?, 1, ?, 0)",
            {m_station, *seq, cents})
        && exec(m_store,
            "INSERT INTO sale_line (station_id, seq, line_no, category_id, category_name, "
            "eee_code, quantity, unit_price_cents, weight_grams, weight_source, "
            "price_per_kg_cents, total_cents) VALUES (?, ?, 1, ?, 'x', ?, ?, 0, ?, 'measured', ?, "
            "?)",
            {m_station, *seq, categoryId, FlowFixture::eeeCodeOf(categoryId), quantity, grams,
                pricePerKgCents ? QVariant(*pricePerKgCents) : QVariant(), cents});
}

} // namespace recaisse::test
