#include "vat.h"

#include "categories.h"
#include "ledger.h"
#include "sales.h"
#include "store.h"
#include "users.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace recaisse::core {

QString toKey(VatRegime regime)
{
    switch (regime) {
    case VatRegime::NotLiable:
        return QStringLiteral("not-liable");
    case VatRegime::Margin:
        return QStringLiteral("margin");
    case VatRegime::Liable:
        return QStringLiteral("liable");
    }
    return {};
}

std::optional<VatRegime> vatRegimeFromKey(const QString &key)
{
    for (VatRegime regime : {VatRegime::NotLiable, VatRegime::Margin, VatRegime::Liable}) {
        if (toKey(regime) == key)
            return regime;
    }
    return std::nullopt;
}

namespace vat {

qint64 excludingVat(qint64 grossCents, int rateBp)
{
    if (grossCents < 0)
        return -excludingVat(-grossCents, rateBp);
    // price × 10000 / (10000 + rate in hundredths of a percent), half up: (2n + d) / 2d.
    const qint64 denominator = 10000 + rateBp;
    return (2 * grossCents * 10000 + denominator) / (2 * denominator);
}

Result<int> parseRate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(-?\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return makeError(ErrorCode::InvalidInput,
            TillRules::tr("\"%1\" is not a VAT rate (for example 20 or 5,5).").arg(text.left(20)));
    const int whole = match.captured(1).toInt();
    QString fraction = match.captured(2);
    fraction = fraction.leftJustified(2, QLatin1Char('0'));
    const int bp = whole < 0 ? whole * 100 - fraction.toInt() : whole * 100 + fraction.toInt();
    if (bp < 0 || bp > maxRateBp)
        return makeError(
            ErrorCode::InvalidInput, TillRules::tr("A VAT rate is between 0 and 100 %."));
    return bp;
}

QString formatRate(int rateBp)
{
    QString text = QString::number(rateBp / 100);
    if (const int fraction = rateBp % 100; fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char(',') + digits;
    }
    return text + QStringLiteral("\u00a0%");
}

} // namespace vat

QList<VatAmount> ticketVat(const QList<std::pair<int, qint64>> &rateAndGrossCents)
{
    QMap<int, qint64> gross;
    for (const auto &[rate, cents] : rateAndGrossCents)
        gross[rate] += cents;
    QList<VatAmount> result;
    for (auto it = gross.cbegin(); it != gross.cend(); ++it) {
        const qint64 net = vat::excludingVat(it.value(), it.key());
        result.append(VatAmount{it.key(), it.value(), net, it.value() - net});
    }
    return result;
}

void addVat(QList<VatAmount> &sum, const QList<VatAmount> &ticket)
{
    for (const VatAmount &amount : ticket) {
        auto it = std::lower_bound(sum.begin(), sum.end(), amount.rateBp,
            [](const VatAmount &a, int rate) { return a.rateBp < rate; });
        if (it == sum.end() || it->rateBp != amount.rateBp)
            it = sum.insert(it, VatAmount{amount.rateBp, 0, 0, 0});
        it->grossCents += amount.grossCents;
        it->netCents += amount.netCents;
        it->vatCents += amount.vatCents;
    }
}

QList<VatAmount> saleVat(const Sale &sale)
{
    if (!sale.vatRegime || *sale.vatRegime == VatRegime::NotLiable)
        return {};
    QList<std::pair<int, qint64>> lines;
    for (const SaleLine &line : sale.lines) {
        if (line.vatRateBp)
            lines.append({*line.vatRateBp, line.totalCents});
    }
    return ticketVat(lines);
}

QString VatStatus::defaultMention(VatRegime regime)
{
    // Legal wording, printed as is whatever the interface language.
    switch (regime) {
    case VatRegime::NotLiable:
        return QStringLiteral("TVA non applicable, art. 293 B du CGI");
    case VatRegime::Margin:
        return QStringLiteral("Régime particulier – Biens d’occasion");
    case VatRegime::Liable:
        return QString();
    }
    return {};
}

TillRules::TillRules(Store &store)
    : m_store(store)
{
}

namespace {

VatStatus statusFrom(const QJsonObject &o)
{
    VatStatus s;
    s.effectiveDay = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    s.regime = vatRegimeFromKey(o.value(QStringLiteral("regime")).toString())
                   .value_or(VatRegime::NotLiable);
    s.mention = o.value(QStringLiteral("mention")).toString();
    s.defaultRateBp = int(o.value(QStringLiteral("default_rate_bp")).toInteger());
    const QJsonObject rates = o.value(QStringLiteral("category_rates")).toObject();
    for (auto it = rates.constBegin(); it != rates.constEnd(); ++it)
        s.categoryRatesBp.insert(it.key(), int(it.value().toInteger()));
    return s;
}

// The site's settings, in the order they were made.
Result<QJsonArray> readSettings(Store &store)
{
    Database &db = store.db();
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT vat_settings FROM site WHERE id = ?"));
    if (auto result = db.exec(query, {store.site().id}); !result)
        return result.error();
    const QByteArray json = query.next() ? query.value(0).toByteArray() : QByteArray("[]");
    query.finish();
    return QJsonDocument::fromJson(json).array();
}

} // namespace

Result<VatStatus> TillRules::vatInForce(const QDate &day) const
{
    auto settings = readSettings(m_store);
    if (!settings)
        return settings.error();
    VatStatus status;
    status.mention = VatStatus::defaultMention(status.regime);
    // The latest day on or before `day`; of two settings for one day, the one made last.
    for (const QJsonValue &value : std::as_const(*settings)) {
        const VatStatus each = statusFrom(value.toObject());
        if (each.effectiveDay.isValid() && each.effectiveDay <= day
            && (!status.effectiveDay.isValid() || each.effectiveDay >= status.effectiveDay))
            status = each;
    }
    return status;
}

Result<QList<VatStatus>> TillRules::vatHistory() const
{
    auto settings = readSettings(m_store);
    if (!settings)
        return settings.error();
    QList<VatStatus> history;
    for (const QJsonValue &value : std::as_const(*settings))
        history.append(statusFrom(value.toObject()));
    std::stable_sort(history.begin(), history.end(),
        [](const VatStatus &x, const VatStatus &y) { return x.effectiveDay < y.effectiveDay; });
    return history;
}

Result<void> TillRules::setVat(const Actor &actor, const VatStatus &status)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    if (!status.effectiveDay.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the day the VAT setting applies from."));
    if (status.effectiveDay < m_store.today())
        return makeError(ErrorCode::InvalidInput,
            tr("A VAT setting cannot start in the past (%1): the tickets already made keep "
               "theirs. Choose today or a later day.")
                .arg(status.effectiveDay.toString(QStringLiteral("dd/MM/yyyy"))));
    const QString mention = status.mention.simplified();
    if (mention.size() > maxMentionLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The VAT mention has at most %1 characters.").arg(maxMentionLength));
    if (status.regime == VatRegime::NotLiable && mention.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("A shop not liable for VAT prints its mention, for example \"%1\".")
                .arg(VatStatus::defaultMention(VatRegime::NotLiable)));
    if (status.defaultRateBp < 0 || status.defaultRateBp > vat::maxRateBp)
        return makeError(ErrorCode::InvalidInput, tr("A VAT rate is between 0 and 100 %."));
    CategoryCatalog catalog(m_store);
    QJsonObject rates;
    for (auto it = status.categoryRatesBp.cbegin(); it != status.categoryRatesBp.cend(); ++it) {
        if (it.value() < 0 || it.value() > vat::maxRateBp)
            return makeError(ErrorCode::InvalidInput, tr("A VAT rate is between 0 and 100 %."));
        if (auto category = catalog.find(it.key()); !category)
            return category.error();
        rates.insert(it.key(), it.value());
    }
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto settings = readSettings(m_store);
    if (!settings)
        return settings.error();
    settings->append(
        QJsonObject{{QStringLiteral("from"), status.effectiveDay.toString(Qt::ISODate)},
            {QStringLiteral("set_utc"), isoUtc(m_store.clock().nowUtc())},
            {QStringLiteral("set_by"), actor.userId},
            {QStringLiteral("regime"), toKey(status.regime)}, {QStringLiteral("mention"), mention},
            {QStringLiteral("default_rate_bp"), status.defaultRateBp},
            {QStringLiteral("category_rates"), rates}});
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE site SET vat_settings = ? WHERE id = ?"));
    if (auto result = db.exec(query,
            {QString::fromUtf8(QJsonDocument(*settings).toJson(QJsonDocument::Compact)),
                m_store.site().id});
        !result)
        return result;
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("vat.change"),
            toKey(status.regime),
            {{QStringLiteral("from"), status.effectiveDay.toString(Qt::ISODate)},
                {QStringLiteral("mention"), mention},
                {QStringLiteral("default_rate_bp"), status.defaultRateBp},
                {QStringLiteral("category_rates"), rates}});
        !result)
        return result;
    return transaction.commit();
}

namespace {

// The category's own setting, else its nearest ancestor's: `own` answers for one category id.
template<typename T, typename Own>
Result<std::optional<T>> inherited(Store &store, const Category &category, Own own)
{
    CategoryCatalog catalog(store);
    Category current = category;
    for (int depth = 0; depth < 32; ++depth) {
        Result<std::optional<T>> found = own(current.id);
        if (!found || *found)
            return found;
        if (current.parentId.isEmpty())
            break;
        auto parent = catalog.find(current.parentId);
        if (!parent)
            break;
        current = *parent;
    }
    return std::optional<T>();
}

} // namespace

Result<void> TillRules::setCategoryRate(
    const Actor &actor, const QString &categoryId, std::optional<int> rateBp)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    const QDate today = m_store.today();
    auto history = vatHistory();
    if (!history)
        return history.error();
    for (const VatStatus &each : std::as_const(*history)) {
        if (each.effectiveDay > today)
            return makeError(ErrorCode::Conflict,
                tr("A VAT setting from %1 is already scheduled: set the rate in it.")
                    .arg(each.effectiveDay.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    auto status = vatInForce(today);
    if (!status)
        return status.error();
    if (status->regime != VatRegime::Liable)
        return makeError(ErrorCode::InvalidInput,
            tr("A rate per category applies to a shop liable for VAT with a rate per category: "
               "set the VAT status first."));
    VatStatus changed = *status;
    changed.effectiveDay = today;
    if (rateBp)
        changed.categoryRatesBp.insert(categoryId, *rateBp);
    else
        changed.categoryRatesBp.remove(categoryId);
    // setVat checks the rate (0–100 %) and the category, and audits the change.
    return setVat(actor, changed);
}

Result<std::optional<int>> TillRules::ownRate(const QString &categoryId) const
{
    auto status = vatInForce(m_store.today());
    if (!status)
        return status.error();
    const auto it = status->categoryRatesBp.constFind(categoryId);
    return it == status->categoryRatesBp.cend() ? std::nullopt : std::optional(it.value());
}

std::optional<int> TillRules::rateFor(const VatStatus &status, const Category &category) const
{
    if (status.regime == VatRegime::NotLiable)
        return std::nullopt;
    // The margin scheme taxes the margin at the standard rate, whatever the category.
    if (status.regime == VatRegime::Margin)
        return status.defaultRateBp;
    auto rate =
        inherited<int>(m_store, category, [&](const QString &id) -> Result<std::optional<int>> {
            const auto it = status.categoryRatesBp.constFind(id);
            return it == status.categoryRatesBp.cend() ? std::nullopt : std::optional(it.value());
        });
    return rate && *rate ? **rate : status.defaultRateBp;
}

Result<Warranty> TillRules::warrantyOf(const Category &category) const
{
    Database &db = m_store.db();
    auto set = inherited<Warranty>(
        m_store, category, [&](const QString &id) -> Result<std::optional<Warranty>> {
            QSqlQuery &query = db.prepared(
                QStringLiteral("SELECT durable, warranty_months FROM category WHERE id = ?"));
            if (auto result = db.exec(query, {id}); !result)
                return result.error();
            std::optional<Warranty> w;
            if (query.next() && !query.value(0).isNull())
                w = Warranty{query.value(0).toBool(),
                    query.value(1).isNull() ? defaultWarrantyMonths : query.value(1).toInt()};
            query.finish();
            return w;
        });
    if (!set)
        return set.error();
    if (*set)
        return **set;
    // Electrical and electronic equipment is durable unless the shop says otherwise.
    return Warranty{!category.eeeCode.isEmpty(), defaultWarrantyMonths};
}

Result<void> TillRules::setWarranty(
    const Actor &actor, const QString &categoryId, const Warranty &w)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageCategories); !allowed)
        return allowed;
    if (w.months < 0 || w.months > maxWarrantyMonths)
        return makeError(ErrorCode::InvalidInput,
            tr("The warranty lasts from 0 to %1 months.").arg(maxWarrantyMonths));
    auto category = CategoryCatalog(m_store).find(categoryId);
    if (!category)
        return category.error();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("UPDATE category SET durable = ?, warranty_months = ? WHERE id = ?"));
    if (auto result = db.exec(query, {w.durable ? 1 : 0, w.months, category->id}); !result)
        return result;
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("category.warranty"),
            category->name,
            {{QStringLiteral("durable"), w.durable}, {QStringLiteral("months"), w.months}});
        !result)
        return result;
    return transaction.commit();
}

Result<bool> TillRules::printEveryTicket() const
{
    Database &db = m_store.db();
    QSqlQuery &query =
        db.prepared(QStringLiteral("SELECT print_every_ticket FROM site WHERE id = ?"));
    if (auto result = db.exec(query, {m_store.site().id}); !result)
        return result.error();
    const bool every = query.next() && query.value(0).toBool();
    query.finish();
    return every;
}

Result<void> TillRules::setPrintEveryTicket(const Actor &actor, bool every)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE site SET print_every_ticket = ? WHERE id = ?"));
    if (auto result = db.exec(query, {every ? 1 : 0, m_store.site().id}); !result)
        return result;
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("site.ticket-printing"),
            every ? QStringLiteral("every-ticket") : QStringLiteral("on-request"));
        !result)
        return result;
    return transaction.commit();
}

namespace {

// Rows (station, business day, document seq, regime, rate, amount) ordered by day, station and
// document, the order of the document_kind_day index: the period's rows are not sorted, and a
// ticket's lines, in any order, follow each other. Each ticket (or refund, its amounts negative) is
// rounded on its own, then added to the sums of its station's day.
void sumTickets(QSqlQuery &query, DailyVat &totals)
{
    QString currentStation;
    qint64 currentSeq = -1;
    QDate currentDay;
    QString currentRegime;
    QList<std::pair<int, qint64>> lines;
    const auto flush = [&] {
        if (!lines.isEmpty()) {
            VatTotals &day = totals[currentDay][currentStation];
            addVat(currentRegime == QLatin1String("margin") ? day.margin : day.liable,
                ticketVat(lines));
        }
        lines.clear();
    };
    while (query.next()) {
        const qint64 seq = query.value(2).toLongLong();
        if (seq != currentSeq || query.value(0).toString() != currentStation) {
            flush();
            currentStation = query.value(0).toString();
            currentSeq = seq;
            currentDay = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            currentRegime = query.value(3).toString();
        }
        lines.append({query.value(4).toInt(), query.value(5).toLongLong()});
    }
    flush();
    query.finish();
}

// The sales and the refunds chosen by the conditions (on document d, sale s or refund r; the same
// values bound to both), by station and business day: a refund's VAT is that of the lines it gives
// back, at the rate their sale captured.
Result<DailyVat> vatOf(Database &db, const QString &salesWhere, const QString &refundsWhere,
    std::initializer_list<QVariant> values)
{
    DailyVat totals;
    QSqlQuery &sales = db.prepared(QStringLiteral(
        "SELECT d.station_id, d.business_day, s.seq, s.vat_regime, l.vat_rate_bp, l.total_cents "
        "FROM document d JOIN sale s ON s.station_id = d.station_id AND s.seq = d.seq JOIN "
        "sale_line l ON l.station_id = s.station_id AND l.seq = s.seq WHERE %1 AND s.vat_regime "
        "IN ('margin', 'liable') AND l.vat_rate_bp IS NOT NULL ORDER BY d.business_day, "
        "d.station_id, d.seq")
                                       .arg(salesWhere));
    if (auto result = db.exec(sales, values); !result)
        return result.error();
    sumTickets(sales, totals);
    QSqlQuery &refunds = db.prepared(QStringLiteral(
        "SELECT d.station_id, d.business_day, r.seq, s.vat_regime, l.vat_rate_bp, "
        "-rl.amount_cents FROM document d JOIN refund r ON r.station_id = d.station_id AND r.seq "
        "= d.seq JOIN refund_line rl ON rl.station_id = r.station_id AND rl.seq = r.seq JOIN sale "
        "s ON s.station_id = r.sale_station_id AND s.seq = r.sale_seq JOIN sale_line l ON "
        "l.station_id = s.station_id AND l.seq = s.seq AND l.line_no = rl.sale_line_no WHERE %1 "
        "AND s.vat_regime IN ('margin', 'liable') AND l.vat_rate_bp IS NOT NULL ORDER BY "
        "d.business_day, d.station_id, d.seq")
                                         .arg(refundsWhere));
    if (auto result = db.exec(refunds, values); !result)
        return result.error();
    sumTickets(refunds, totals);
    return totals;
}

// The sum of the days' VAT: still the sum of each ticket's.
Result<VatTotals> summed(const Result<DailyVat> &daily)
{
    if (!daily)
        return daily.error();
    VatTotals totals;
    for (const QMap<QString, VatTotals> &stations : *daily) {
        for (const VatTotals &each : stations) {
            addVat(totals.liable, each.liable);
            addVat(totals.margin, each.margin);
        }
    }
    return totals;
}

// Documents of one kind on the business days between two bound values (after the station's, if
// any).
QString periodWhere(bool oneStation, const char *kind)
{
    return QStringLiteral("%1d.business_day BETWEEN ? AND ? AND d.kind = '%2'")
        .arg(oneStation ? QStringLiteral("d.station_id = ? AND ") : QString(), QLatin1String(kind));
}

} // namespace

Result<VatTotals> TillRules::sessionVat(const QString &stationId, qint64 sessionSeq) const
{
    return summed(vatOf(m_store.db(), QStringLiteral("s.station_id = ? AND s.session_seq = ?"),
        QStringLiteral("r.station_id = ? AND r.session_seq = ?"), {stationId, sessionSeq}));
}

Result<VatTotals> TillRules::periodVat(
    const QString &stationId, const QDate &first, const QDate &last) const
{
    return summed(vatOf(m_store.db(), periodWhere(true, "sale"), periodWhere(true, "refund"),
        {stationId, first.toString(Qt::ISODate), last.toString(Qt::ISODate)}));
}

Result<DailyVat> TillRules::dailyVat(const QDate &first, const QDate &last) const
{
    return vatOf(m_store.db(), periodWhere(false, "sale"), periodWhere(false, "refund"),
        {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
}

bool TillRules::printForced(const Sale &sale, bool printEveryTicket)
{
    return printEveryTicket
        || std::any_of(sale.lines.cbegin(), sale.lines.cend(),
            [](const SaleLine &line) { return line.durable; });
}

} // namespace recaisse::core
