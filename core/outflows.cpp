#include "outflows.h"

#include "cashsession.h"
#include "categories.h"
#include "deposits.h"
#include "exports/partners.h"
#include "ledger.h"
#include "money.h"
#include "permissions.h"
#include "sales.h"
#include "store.h"
#include "users.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace recaisse::core {

namespace {

constexpr qsizetype maxPartnerName = 80;
constexpr qint64 maxTareGrams = 1'000'000; // 1 t: a skip, not a lorry

// A line as recorded: its category, the weighed weight, the container's name and tare, the net.
struct ResolvedLine
{
    Category category;
    qint64 quantity = 0;
    qint64 grossGrams = 0;
    std::optional<Container> container;
    qint64 netGrams = 0;
};

// What an audit event of the container list says of it.
QJsonObject details(const Container &container)
{
    return {{QStringLiteral("name"), container.name},
        {QStringLiteral("tare_grams"), container.tareGrams}};
}

} // namespace

QString toKey(OutflowKind kind)
{
    switch (kind) {
    case OutflowKind::Recycling:
    case OutflowKind::EcoOrganismCollection:
        return QStringLiteral("recycling");
    case OutflowKind::WasteCentre:
        return QStringLiteral("waste");
    case OutflowKind::PartnerAssociation:
        return QStringLiteral("partner");
    }
    return QStringLiteral("recycling");
}

QString commandKey(OutflowKind kind)
{
    return kind == OutflowKind::EcoOrganismCollection ? QStringLiteral("collection") : toKey(kind);
}

const QList<OutflowKind> &allOutflowKinds()
{
    static const QList<OutflowKind> kinds = {OutflowKind::PartnerAssociation,
        OutflowKind::EcoOrganismCollection, OutflowKind::Recycling, OutflowKind::WasteCentre};
    return kinds;
}

std::optional<OutflowKind> outflowKindFromKey(const QString &key)
{
    for (OutflowKind kind : allOutflowKinds()) {
        if (key == commandKey(kind))
            return kind;
    }
    return std::nullopt;
}

OutflowKind outflowKindOf(const QString &storedKind, const QString &partnerId)
{
    if (storedKind == QLatin1String("waste"))
        return OutflowKind::WasteCentre;
    if (storedKind == QLatin1String("partner"))
        return OutflowKind::PartnerAssociation;
    return partnerId.isEmpty() ? OutflowKind::Recycling : OutflowKind::EcoOrganismCollection;
}

QString displayName(OutflowKind kind)
{
    switch (kind) {
    case OutflowKind::Recycling:
        return Outflows::tr("Recycling");
    case OutflowKind::WasteCentre:
        return Outflows::tr("Waste centre");
    case OutflowKind::PartnerAssociation:
        return Outflows::tr("Partner association");
    case OutflowKind::EcoOrganismCollection:
        return Outflows::tr("Eco-organism collection");
    }
    return {};
}

const QStringList &recyclingStreams()
{
    static const QStringList streams = {QStringLiteral("metals"), QStringLiteral("paper-cardboard"),
        QStringLiteral("textiles"), QStringLiteral("weee"), QStringLiteral("wood"),
        QStringLiteral("plastics"), QStringLiteral("glass"), QStringLiteral("mixed")};
    return streams;
}

QString streamDisplayName(const QString &stream)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("metals"), QT_TRANSLATE_NOOP("Outflows", "Metals")},
        {QStringLiteral("paper-cardboard"), QT_TRANSLATE_NOOP("Outflows", "Paper and cardboard")},
        {QStringLiteral("textiles"), QT_TRANSLATE_NOOP("Outflows", "Textiles")},
        {QStringLiteral("weee"), QT_TRANSLATE_NOOP("Outflows", "Electrical waste (WEEE)")},
        {QStringLiteral("wood"), QT_TRANSLATE_NOOP("Outflows", "Wood")},
        {QStringLiteral("plastics"), QT_TRANSLATE_NOOP("Outflows", "Plastics")},
        {QStringLiteral("glass"), QT_TRANSLATE_NOOP("Outflows", "Glass")},
        {QStringLiteral("mixed"), QT_TRANSLATE_NOOP("Outflows", "Mixed recycling")},
    };
    const auto it = names.constFind(stream);
    if (it == names.constEnd())
        return stream.isEmpty() ? Outflows::tr("Not sorted") : stream;
    return Outflows::tr(*it);
}

Containers::Containers(Store &store)
    : m_store(store)
{
}

Result<QList<Container>> Containers::list() const
{
    QSqlQuery query(m_store.db().connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, name, tare_grams FROM container ORDER BY name COLLATE NOCASE, id")))
        return m_store.db().errorFrom(query.lastError());
    QList<Container> containers;
    while (query.next())
        containers << Container{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()};
    return containers;
}

Result<Container> Containers::find(const QString &id) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const Container &container : *all) {
        if (container.id == id)
            return container;
    }
    return makeError(ErrorCode::NotFound, tr("Unknown container \"%1\".").arg(id));
}

Result<Container> Containers::add(const Actor &actor, const QString &name, qint64 tareGrams)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageCategories); !allowed)
        return allowed.error();
    Container container{QString(), name.simplified(), tareGrams};
    if (container.name.isEmpty() || container.name.size() > maxContainerName)
        return makeError(ErrorCode::InvalidInput,
            tr("A container's name has 1 to %1 characters.").arg(maxContainerName));
    if (tareGrams <= 0 || tareGrams > maxTareGrams)
        return makeError(
            ErrorCode::InvalidInput, tr("A container's tare is between 0,001 kg and 1 000 kg."));
    auto all = list();
    if (!all)
        return all.error();
    for (const Container &other : *all) {
        if (other.name.compare(container.name, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::InvalidInput,
                tr("A container is already named \"%1\".").arg(other.name));
    }
    container.id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started().error();
    Database &db = m_store.db();
    QSqlQuery &insert = db.prepared(
        QStringLiteral("INSERT INTO container (id, name, tare_grams) VALUES (?, ?, ?)"));
    if (auto done = db.exec(insert, {container.id, container.name, container.tareGrams}); !done)
        return done.error();
    if (auto audited = AuditLog(m_store).record(
            actor.userId, QStringLiteral("container.add"), container.id, details(container));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return container;
}

Result<void> Containers::setTare(const Actor &actor, const QString &id, qint64 tareGrams)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageCategories); !allowed)
        return allowed;
    if (tareGrams <= 0 || tareGrams > maxTareGrams)
        return makeError(
            ErrorCode::InvalidInput, tr("A container's tare is between 0,001 kg and 1 000 kg."));
    auto container = find(id);
    if (!container)
        return container.error();
    container->tareGrams = tareGrams;
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started();
    Database &db = m_store.db();
    QSqlQuery &update =
        db.prepared(QStringLiteral("UPDATE container SET tare_grams = ? WHERE id = ?"));
    if (auto done = db.exec(update, {tareGrams, id}); !done)
        return done;
    if (auto audited = AuditLog(m_store).record(
            actor.userId, QStringLiteral("container.tare"), id, details(*container));
        !audited)
        return audited;
    return transaction.commit();
}

Result<void> Containers::remove(const Actor &actor, const QString &id)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageCategories); !allowed)
        return allowed;
    auto container = find(id);
    if (!container)
        return container.error();
    Transaction transaction(m_store.db());
    if (!transaction.started())
        return transaction.started();
    Database &db = m_store.db();
    QSqlQuery &erase = db.prepared(QStringLiteral("DELETE FROM container WHERE id = ?"));
    if (auto done = db.exec(erase, {id}); !done)
        return done;
    if (auto audited = AuditLog(m_store).record(
            actor.userId, QStringLiteral("container.remove"), id, details(*container));
        !audited)
        return audited;
    return transaction.commit();
}

namespace {

Result<QList<ResolvedLine>> resolveLines(Store &store, const OutflowDraft &draft)
{
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, Outflows::tr("The outflow has no line."));
    if (draft.lines.size() > maxLinesPerTicket)
        return makeError(ErrorCode::InvalidInput,
            Outflows::tr("An outflow has at most %1 lines.").arg(maxLinesPerTicket));
    if (draft.note.size() > maxTextLength)
        return makeError(ErrorCode::InvalidInput,
            Outflows::tr("The note is too long (at most %1 characters).").arg(maxTextLength));
    const QString partner = draft.partner.simplified();
    switch (draft.kind) {
    case OutflowKind::PartnerAssociation:
        if (partner.isEmpty() || partner.size() > maxPartnerName)
            return makeError(ErrorCode::InvalidInput,
                Outflows::tr("Name the partner association (1 to %1 characters).")
                    .arg(maxPartnerName));
        break;
    case OutflowKind::EcoOrganismCollection:
        if (!Partners::ids().contains(partner))
            return makeError(ErrorCode::InvalidInput,
                Outflows::tr("Unknown eco-organism \"%1\": the known ones are %2.")
                    .arg(partner, Partners::ids().join(QStringLiteral(", "))));
        break;
    case OutflowKind::Recycling:
    case OutflowKind::WasteCentre:
        if (!partner.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                Outflows::tr("Only an outflow to a partner or an eco-organism names a partner."));
        break;
    }
    if (!draft.stream.isEmpty()
        && (draft.kind != OutflowKind::Recycling || !recyclingStreams().contains(draft.stream)))
        return makeError(ErrorCode::InvalidInput,
            draft.kind != OutflowKind::Recycling
                ? Outflows::tr("Only an outflow to recycling names a recycling stream.")
                : Outflows::tr("Unknown recycling stream \"%1\": the known ones are %2.")
                      .arg(draft.stream, recyclingStreams().join(QStringLiteral(", "))));

    CategoryCatalog catalog(store);
    if (auto fresh = catalog.refreshCache(); !fresh)
        return fresh.error();
    PartnerMapping mapping(store);
    if (draft.kind == OutflowKind::EcoOrganismCollection) {
        if (auto loaded = mapping.load(); !loaded)
            return loaded.error();
    }
    auto containers = Containers(store).list();
    if (!containers)
        return containers.error();
    QList<ResolvedLine> lines;
    qint64 totalWeight = 0;
    int lineNo = 0;
    for (const OutflowLineDraft &draftLine : draft.lines) {
        ++lineNo;
        ResolvedLine line;
        line.quantity = draftLine.quantity;
        line.grossGrams = draftLine.weightGrams;
        line.netGrams = draftLine.weightGrams;
        if (!draftLine.containerId.isEmpty()) {
            for (const Container &container : *containers) {
                if (container.id == draftLine.containerId)
                    line.container = container;
            }
            if (!line.container)
                return makeError(ErrorCode::InvalidInput,
                    Outflows::tr("Line %1: unknown container \"%2\".")
                        .arg(lineNo)
                        .arg(draftLine.containerId));
        }
        if (line.grossGrams > 0) {
            const auto net = Outflows::netWeight(line.grossGrams, line.container);
            if (!net)
                return makeError(ErrorCode::InvalidInput,
                    Outflows::tr("Line %1: %2").arg(lineNo).arg(net.error().message));
            line.netGrams = *net;
        }
        if (line.grossGrams <= 0 || line.grossGrams > weight::maxGrams)
            return makeError(ErrorCode::InvalidInput,
                Outflows::tr("Line %1: the weight must be between 0,001 kg and 10 000 kg.")
                    .arg(lineNo));
        if (auto valid = Deposits::checkLine(
                catalog, lineNo, draftLine.categoryId, line.quantity, line.netGrams);
            !valid)
            return valid.error();
        line.category = *catalog.findCached(draftLine.categoryId);
        if (draft.kind == OutflowKind::EcoOrganismCollection) {
            const PartnerAssignment assigned =
                mapping.resolve(line.category.id, line.category.eeeCode);
            if (assigned.partner != partner)
                return makeError(ErrorCode::InvalidInput,
                    Outflows::tr("Line %1: the category \"%2\" is not declared to %3: it cannot "
                                 "go to its collection.")
                        .arg(lineNo)
                        .arg(line.category.name, mapping.definitions().value(partner).partnerName));
        }
        totalWeight += line.netGrams;
        lines << line;
    }
    if (totalWeight > 10 * weight::maxGrams)
        return makeError(
            ErrorCode::InvalidInput, Outflows::tr("An outflow weighs at most 100 t: split it."));
    return lines;
}

} // namespace

Outflows::Outflows(Store &store)
    : m_store(store)
{
}

Result<qint64> Outflows::netWeight(qint64 weighedGrams, const std::optional<Container> &container)
{
    if (!container)
        return weighedGrams;
    if (weighedGrams <= container->tareGrams)
        return makeError(ErrorCode::InvalidInput,
            tr("the weighed weight %1 is not above the tare of the container \"%2\" (%3).")
                .arg(weight::format(weighedGrams), container->name,
                    weight::format(container->tareGrams)));
    return weighedGrams - container->tareGrams;
}

Result<QStringList> Outflows::partnerAssociations() const
{
    QSqlQuery query(m_store.db().connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT partner_id FROM outflow WHERE kind = 'partner' "
                                   "GROUP BY partner_id ORDER BY count(*) DESC, partner_id")))
        return m_store.db().errorFrom(query.lastError());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Result<void> Outflows::validate(const OutflowDraft &draft) const
{
    if (auto lines = resolveLines(m_store, draft); !lines)
        return lines.error();
    return {};
}

Result<Outflow> Outflows::record(
    const Actor &actor, const OutflowDraft &draft, const std::optional<Unlock> &unlock)
{
    // An object leaves from the till (who sells) or from the reception (who receives).
    const Permission permission = roleHas(actor.role, Permission::RecordDeposit)
        ? Permission::RecordDeposit
        : Permission::RecordSale;
    if (auto allowed = Users(m_store).require(actor, permission); !allowed)
        return allowed.error();
    const auto lines = resolveLines(m_store, draft);
    if (!lines)
        return lines.error();

    Outflow outflow;
    outflow.kind = draft.kind;
    outflow.lineCount = int(lines->size());
    WeightConfirmation weights;
    int checkedNo = 0;
    for (const ResolvedLine &line : *lines) {
        outflow.totalWeightGrams += line.netGrams;
        outflow.tareGrams += line.grossGrams - line.netGrams;
        outflow.itemCount += line.quantity;
        weights.check(++checkedNo, line.category, line.quantity, line.netGrams);
    }
    // Outside the transaction: a wrong unlock PIN must stay recorded (lock-out, audit).
    if (auto confirmed = weights.confirm(m_store, actor, unlock); !confirmed)
        return confirmed.error();

    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto session = CashSessions(m_store).openSession();
    if (!session)
        return session.error();
    if (*session)
        outflow.sessionSeq = (*session)->seq;
    DocumentWriter writer(m_store, DocumentKind::Outflow, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("outflow"),
            {{"kind", toKey(draft.kind)},
                {"session_seq", outflow.sessionSeq ? QVariant(*outflow.sessionSeq) : QVariant()},
                {"partner_id",
                    draft.partner.simplified().isEmpty() ? QVariant()
                                                         : QVariant(draft.partner.simplified())},
                {"stream", draft.stream.isEmpty() ? QVariant() : QVariant(draft.stream)},
                {"note", draft.note.simplified()},
                {"total_weight_grams", outflow.totalWeightGrams}});
        !result)
        return result.error();
    int lineNo = 0;
    for (const ResolvedLine &line : *lines) {
        if (auto result = writer.insert(QStringLiteral("outflow_line"),
                {{"line_no", ++lineNo}, {"category_id", line.category.id},
                    {"category_name", line.category.name}, {"eee_code", line.category.eeeCode},
                    {"quantity", line.quantity}, {"gross_grams", line.grossGrams},
                    {"container", line.container ? QVariant(line.container->name) : QVariant()},
                    {"tare_grams",
                        line.container ? QVariant(line.container->tareGrams) : QVariant()},
                    {"weight_grams", line.netGrams}});
            !result)
            return result.error();
    }
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    outflow.stamp = *stamp;
    if (auto audited = weights.audit(m_store, actor, outflow.stamp.number); !audited)
        return audited.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return outflow;
}

} // namespace recaisse::core
