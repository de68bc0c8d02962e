#include "partners.h"

#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace recaisse::core {

const QStringList &Partners::ids()
{
    static const QStringList known = {
        QStringLiteral("ecologic"), QStringLiteral("ecomaison"), QStringLiteral("refashion")};
    return known;
}

Result<EcologicSchema> Partners::definition(const QString &partner)
{
    static const QHash<QString, QString> paths = {
        {QStringLiteral("ecologic"), EcologicSchema::builtInPath()},
        {QStringLiteral("ecomaison"), QStringLiteral(":/partners/ecomaison-v1.json")},
        {QStringLiteral("refashion"), QStringLiteral(":/partners/refashion-v1.json")},
    };
    const auto it = paths.constFind(partner);
    if (it == paths.constEnd())
        return makeError(ErrorCode::NotFound,
            tr("Unknown eco-organism \"%1\": the known ones are %2.")
                .arg(partner, ids().join(QStringLiteral(", "))));
    auto schema = EcologicSchema::load(*it);
    if (schema && schema->partner != partner)
        return makeError(ErrorCode::InvalidInput,
            tr("The definition %1 declares to \"%2\", not to \"%3\".")
                .arg(*it, schema->partner, partner));
    return schema;
}

QString Partners::fromFormat(const QString &format)
{
    static const QHash<QString, QString> partnerOf = [] {
        QHash<QString, QString> formats;
        for (const QString &id : ids())
            if (const auto schema = definition(id))
                formats.insert(schema->format, id);
        return formats;
    }();
    return partnerOf.value(format, defaultId());
}

MaterialFlows::MaterialFlows(Store &store)
    : m_store(store)
{
}

QString MaterialFlows::sql(Split split)
{
    // Sold lines count in the period of their sale, net of every refund of that line (whenever
    // it was made), so that no figure goes negative. A line's weight is the one stored on it:
    // measured, or estimated at sale time from the category's standard weight (sale form 3);
    // a line recorded before without a weight counts the category's current average weight per
    // item. A free gift's line (sale form 4) is kind 'gift': reused, apart from the sold lines.
    // Weights of partly refunded lines are prorated with integer rounding (half up).
    // Weighed lots (FlowRow::lotCount) are counted apart so that a partner counting pieces
    // converts their weight (PartnerMapping::counted).
    //
    // One pass over the period's lines, grouped first, the category's figures (average weight,
    // price per kilogram) applied to the groups: they are per category, so a sum times them is
    // the sum of the lines times them. A line's prorated weight is its own when nothing of it
    // was refunded ((w * q * 2 + q) / (2 * q) = w), so the refunds enter as a correction over
    // the refunded lines of the period's sales alone (a few), instead of a lookup for every line
    // sold.
    // Split::ByTown: the deposits' town (a LEFT JOIN, so that the figures are those of the
    // statement without it) as two more grouping columns; else they are ''.
    const bool byTown = split == Split::ByTown;
    return QStringLiteral(R"(
SELECT 0, g.category_id, g.eee_code, g.origin, g.destination, g.n, g.grams, 0, 0, 0, '',
    CASE WHEN c.price_per_kg_cents IS NULL THEN 0 ELSE g.lots END,
    CASE WHEN c.price_per_kg_cents IS NULL THEN 0 ELSE g.lot_grams END, g.town, g.postcode
FROM (
    SELECT dl.category_id AS category_id, dl.eee_code AS eee_code, dl.origin AS origin,
        dl.destination AS destination, %1 AS town, %2 AS postcode, sum(dl.quantity) AS n,
        sum(dl.weight_grams) AS grams, sum(CASE WHEN dl.quantity = 1 THEN 1 ELSE 0 END) AS lots,
        sum(CASE WHEN dl.quantity = 1 THEN dl.weight_grams ELSE 0 END) AS lot_grams
    FROM document d
    JOIN deposit_line dl ON dl.station_id = d.station_id AND dl.seq = d.seq%3
    WHERE d.kind = 'deposit' AND d.business_day BETWEEN :from AND :to
        AND coalesce(:station, '') IN ('', d.station_id)
        AND (coalesce(:site, '') = ''
            OR d.station_id IN (SELECT id FROM station WHERE site_id = :site))
    GROUP BY 1, 2, 3, 4, 5, 6) g
LEFT JOIN category c ON c.id = g.category_id
UNION ALL
SELECT 2, ol.category_id, ol.eee_code, o.kind, coalesce(o.stream, ''), sum(ol.quantity),
    sum(ol.weight_grams), 0, 0, 0, coalesce(o.partner_id, ''), 0, 0, '', ''
FROM document d
JOIN outflow o ON o.station_id = d.station_id AND o.seq = d.seq
JOIN outflow_line ol ON ol.station_id = o.station_id AND ol.seq = o.seq
WHERE d.kind = 'outflow' AND d.business_day BETWEEN :from AND :to
    AND coalesce(:station, '') IN ('', d.station_id)
    AND (coalesce(:site, '') = ''
        OR d.station_id IN (SELECT id FROM station WHERE site_id = :site))
GROUP BY ol.category_id, ol.eee_code, o.kind, o.stream, o.partner_id
UNION ALL
SELECT 1, s.category_id, s.code, s.kind, '', sum(s.n),
    sum(s.grams) + coalesce(c.average_weight_grams, 0) * sum(s.unweighed),
    sum(s.estimated) + coalesce(c.average_weight_grams, 0) * sum(s.unweighed), sum(s.cents),
    CASE WHEN coalesce(c.average_weight_grams, 0) <= 0 THEN sum(s.unweighed) ELSE 0 END, '',
    sum(s.lots), sum(s.lot_grams), '', ''
FROM (
    SELECT sl.category_id AS category_id, sl.eee_code AS code,
        CASE WHEN sl.gift_reason IS NULL THEN '' ELSE 'gift' END AS kind,
        sum(sl.quantity) AS n,
        sum(CASE WHEN sl.weight_grams IS NULL THEN sl.quantity ELSE 0 END) AS unweighed,
        coalesce(sum(sl.weight_grams), 0) AS grams,
        sum(CASE WHEN sl.weight_grams IS NOT NULL AND sl.weight_source = 'estimated'
                 THEN sl.weight_grams ELSE 0 END) AS estimated,
        sum(sl.total_cents) AS cents,
        sum(CASE WHEN sl.price_per_kg_cents IS NOT NULL AND sl.weight_grams IS NOT NULL
                 THEN sl.quantity ELSE 0 END) AS lots,
        sum(CASE WHEN sl.price_per_kg_cents IS NOT NULL THEN coalesce(sl.weight_grams, 0)
                 ELSE 0 END) AS lot_grams
    FROM document d
    JOIN sale_line sl ON sl.station_id = d.station_id AND sl.seq = d.seq
    WHERE d.kind = 'sale' AND d.business_day BETWEEN :from AND :to
        AND coalesce(:station, '') IN ('', d.station_id)
        AND (coalesce(:site, '') = ''
            OR d.station_id IN (SELECT id FROM station WHERE site_id = :site))
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT sl.category_id, sl.eee_code, CASE WHEN sl.gift_reason IS NULL THEN '' ELSE 'gift' END,
        -sum(r.quantity),
        -sum(CASE WHEN sl.weight_grams IS NULL THEN r.quantity ELSE 0 END),
        sum(CASE WHEN sl.weight_grams IS NULL THEN 0
                 ELSE (sl.weight_grams * (sl.quantity - r.quantity) * 2 + sl.quantity)
                     / (2 * sl.quantity) - sl.weight_grams END),
        sum(CASE WHEN sl.weight_grams IS NOT NULL AND sl.weight_source = 'estimated'
                 THEN (sl.weight_grams * (sl.quantity - r.quantity) * 2 + sl.quantity)
                     / (2 * sl.quantity) - sl.weight_grams
                 ELSE 0 END),
        -sum(r.amount_cents),
        -sum(CASE WHEN sl.price_per_kg_cents IS NOT NULL AND sl.weight_grams IS NOT NULL
                  THEN r.quantity ELSE 0 END),
        sum(CASE WHEN sl.price_per_kg_cents IS NOT NULL AND sl.weight_grams IS NOT NULL
                 THEN (sl.weight_grams * (sl.quantity - r.quantity) * 2 + sl.quantity)
                     / (2 * sl.quantity) - sl.weight_grams
                 ELSE 0 END)
    FROM (
        SELECT rf.sale_station_id AS station_id, rf.sale_seq AS seq, rl.sale_line_no AS line_no,
            sum(rl.quantity) AS quantity, sum(rl.amount_cents) AS amount_cents
        FROM refund rf
        JOIN document d ON d.station_id = rf.sale_station_id AND d.seq = rf.sale_seq
        JOIN refund_line rl ON rl.station_id = rf.station_id AND rl.seq = rf.seq
        WHERE d.kind = 'sale' AND d.business_day BETWEEN :from AND :to
            AND coalesce(:station, '') IN ('', d.station_id)
            AND (coalesce(:site, '') = ''
                OR d.station_id IN (SELECT id FROM station WHERE site_id = :site))
        GROUP BY 1, 2, 3
    ) r
    JOIN sale_line sl ON sl.station_id = r.station_id AND sl.seq = r.seq
        AND sl.line_no = r.line_no
    GROUP BY 1, 2, 3) s
LEFT JOIN category c ON c.id = s.category_id
GROUP BY s.category_id, s.code, s.kind)")
        .arg(byTown ? QStringLiteral("coalesce(dp.town, '')") : QStringLiteral("''"),
            byTown ? QStringLiteral("coalesce(dp.town_postcode, '')") : QStringLiteral("''"),
            byTown ? QStringLiteral("\n    LEFT JOIN deposit dp ON dp.station_id = d.station_id "
                                    "AND dp.seq = d.seq")
                   : QString());
}

Result<QList<FlowRow>> MaterialFlows::rows(const QDate &from, const QDate &to,
    const QString &stationId, const QString &siteId, Split split) const
{
    QSqlQuery query(m_store.db().connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql(split)))
        return m_store.db().errorFrom(query.lastError());
    query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":station"), stationId);
    query.bindValue(QStringLiteral(":site"), siteId);
    if (!query.exec())
        return m_store.db().errorFrom(query.lastError());
    QList<FlowRow> rows;
    while (query.next()) {
        FlowRow row;
        row.flow = FlowRow::Flow(query.value(0).toInt());
        row.categoryId = query.value(1).toString();
        row.eeeCode = query.value(2).toString();
        row.kind = query.value(3).toString();
        row.destination = query.value(4).toString();
        row.count = query.value(5).toLongLong();
        row.grams = query.value(6).toLongLong();
        row.estimatedGrams = query.value(7).toLongLong();
        row.cents = query.value(8).toLongLong();
        row.unweighedWithoutAverage = query.value(9).toLongLong();
        row.partner = query.value(10).toString();
        row.lotCount = query.value(11).toLongLong();
        row.lotGrams = query.value(12).toLongLong();
        row.town = query.value(13).toString();
        row.townPostcode = query.value(14).toString();
        rows << row;
    }
    return rows;
}

qint64 FlowRow::pieces(qint64 unitWeightGrams) const
{
    if (unitWeightGrams <= 0 || lotCount <= 0)
        return count;
    return count - lotCount + (lotGrams * 2 + unitWeightGrams) / (2 * unitWeightGrams);
}

FlowRow PartnerMapping::counted(const FlowRow &row, const PartnerAssignment &assigned) const
{
    const auto definition = m_definitions.constFind(assigned.partner);
    if (definition == m_definitions.constEnd() || definition->measure != QLatin1String("count"))
        return row;
    for (const EcologicCode &code : definition->codes) {
        if (code.code == assigned.code) {
            FlowRow pieces = row;
            pieces.count = row.pieces(code.unitWeightGrams);
            return pieces;
        }
    }
    return row;
}

PartnerMapping::PartnerMapping(Store &store)
    : m_store(store)
{
}

Result<void> PartnerMapping::load()
{
    m_definitions.clear();
    m_explicit.clear();
    m_parent.clear();
    for (const QString &id : Partners::ids()) {
        auto definition = Partners::definition(id);
        if (!definition)
            return definition.error();
        m_definitions.insert(id, *definition);
    }
    QSqlQuery query(m_store.db().connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT category_id, partner, partner_code FROM category_partner")))
        return m_store.db().errorFrom(query.lastError());
    while (query.next()) {
        const QString partner = query.value(1).toString();
        m_explicit.insert(query.value(0).toString(),
            PartnerAssignment{partner, query.value(2).toString(),
                partner.isEmpty() ? PartnerAssignment::Source::None
                                  : PartnerAssignment::Source::Explicit});
    }
    if (!query.exec(QStringLiteral("SELECT id, coalesce(parent_id, '') FROM category")))
        return m_store.db().errorFrom(query.lastError());
    while (query.next())
        m_parent.insert(query.value(0).toString(), query.value(1).toString());
    return {};
}

PartnerAssignment PartnerMapping::resolve(const QString &categoryId, const QString &eeeCode) const
{
    if (const auto it = m_explicit.constFind(categoryId); it != m_explicit.constEnd())
        return *it;
    if (!eeeCode.isEmpty())
        return {Partners::defaultId(), eeeCode, PartnerAssignment::Source::EeeCode};
    // The category's own default, else its parent's.
    for (const QString &id : {categoryId, m_parent.value(categoryId)}) {
        if (id.isEmpty())
            continue;
        for (const QString &partner : Partners::ids()) {
            const auto definition = m_definitions.constFind(partner);
            if (definition == m_definitions.constEnd())
                continue;
            if (const QString code = definition->defaultMapping.value(id); !code.isEmpty())
                return {partner, code, PartnerAssignment::Source::Default};
        }
    }
    return {};
}

std::optional<PartnerAssignment> PartnerMapping::explicitOf(const QString &categoryId) const
{
    if (const auto it = m_explicit.constFind(categoryId); it != m_explicit.constEnd())
        return *it;
    return std::nullopt;
}

Result<QList<PartnerMapping::Entry>> PartnerMapping::list()
{
    if (auto loaded = load(); !loaded)
        return loaded.error();
    QSqlQuery query(m_store.db().connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT c.id, c.name, coalesce(c.eee_code, '') FROM category c "
                                   "LEFT JOIN category p ON p.id = c.parent_id "
                                   "ORDER BY coalesce(p.position, c.position), c.parent_id IS NOT "
                                   "NULL, c.position, c.id")))
        return m_store.db().errorFrom(query.lastError());
    QList<Entry> entries;
    while (query.next())
        entries << Entry{query.value(0).toString(), query.value(1).toString(),
            resolve(query.value(0).toString(), query.value(2).toString())};
    return entries;
}

Result<void> PartnerMapping::map(const Actor &actor, const QString &categoryId,
    const QString &partner, const QString &partnerCode)
{
    return write(actor, categoryId, partner, partnerCode, false);
}

Result<void> PartnerMapping::mapNone(const Actor &actor, const QString &categoryId)
{
    return write(actor, categoryId, {}, {}, false);
}

Result<void> PartnerMapping::reset(const Actor &actor, const QString &categoryId)
{
    return write(actor, categoryId, {}, {}, true);
}

Result<void> PartnerMapping::write(const Actor &actor, const QString &categoryId,
    const QString &partner, const QString &partnerCode, bool remove)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageCategories); !allowed)
        return allowed;
    if (actor.role != Role::SuperAdmin)
        return makeError(ErrorCode::PermissionDenied,
            tr("Only a super-administrator maps categories to eco-organisms."));
    if (auto loaded = load(); !loaded)
        return loaded;
    if (!m_parent.contains(categoryId))
        return makeError(ErrorCode::NotFound, tr("Unknown category \"%1\".").arg(categoryId));
    if (!partner.isEmpty()) {
        const auto definition = m_definitions.constFind(partner);
        if (definition == m_definitions.constEnd())
            return makeError(ErrorCode::InvalidInput,
                tr("Unknown eco-organism \"%1\": the known ones are %2.")
                    .arg(partner, Partners::ids().join(QStringLiteral(", "))));
        if (!definition->hasCode(partnerCode)) {
            QStringList codes;
            for (const EcologicCode &code : definition->codes)
                codes << code.code;
            return makeError(ErrorCode::InvalidInput,
                tr("Unknown %1 category \"%2\": the known ones are %3.")
                    .arg(definition->partnerName, partnerCode, codes.join(QStringLiteral(", "))));
        }
    }
    const PartnerAssignment before = resolve(categoryId, {});
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started();
    Database &db = m_store.db();
    if (remove) {
        QSqlQuery &erase =
            db.prepared(QStringLiteral("DELETE FROM category_partner WHERE category_id = ?"));
        if (auto done = db.exec(erase, {categoryId}); !done)
            return done;
    } else {
        QSqlQuery &upsert = db.prepared(QStringLiteral(
            "INSERT OR REPLACE INTO category_partner (category_id, partner, partner_code, set_by, "
            "set_utc) VALUES (?, ?, ?, ?, ?)"));
        if (auto done = db.exec(upsert,
                {categoryId, partner, partnerCode, actor.userId, isoUtc(m_store.clock().nowUtc())});
            !done)
            return done;
    }
    const QJsonObject details{{QStringLiteral("partner"), partner},
        {QStringLiteral("partner_category"), partnerCode}, {QStringLiteral("reset"), remove},
        {QStringLiteral("before_partner"), before.partner},
        {QStringLiteral("before_partner_category"), before.code}};
    if (auto audited = AuditLog(m_store).record(
            actor.userId, QStringLiteral("category.partner-map"), categoryId, details);
        !audited)
        return audited;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    return load();
}

QString displayName(PartnerAssignment::Source source)
{
    switch (source) {
    case PartnerAssignment::Source::None:
        return PartnerMapping::tr("none");
    case PartnerAssignment::Source::Explicit:
        return PartnerMapping::tr("set by a super-administrator");
    case PartnerAssignment::Source::EeeCode:
        return PartnerMapping::tr("the category's EEE code");
    case PartnerAssignment::Source::Default:
        return PartnerMapping::tr("default, to check against the shop's contract");
    }
    return {};
}

} // namespace recaisse::core
