#include "outflows.h"

#include "cashsession.h"
#include "categories.h"
#include "deposits.h"
#include "ledger.h"
#include "money.h"
#include "permissions.h"
#include "sales.h"
#include "store.h"
#include "users.h"

namespace recaisse::core {

QString toKey(OutflowKind kind)
{
    switch (kind) {
    case OutflowKind::Recycling:
        return QStringLiteral("recycling");
    case OutflowKind::WasteCentre:
        return QStringLiteral("waste");
    }
    return QStringLiteral("recycling");
}

std::optional<OutflowKind> outflowKindFromKey(const QString &key)
{
    for (OutflowKind kind : {OutflowKind::Recycling, OutflowKind::WasteCentre}) {
        if (key == toKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString displayName(OutflowKind kind)
{
    switch (kind) {
    case OutflowKind::Recycling:
        return Outflows::tr("Recycling");
    case OutflowKind::WasteCentre:
        return Outflows::tr("Waste centre");
    }
    return {};
}

Outflows::Outflows(Store &store)
    : m_store(store)
{
}

Result<void> Outflows::validate(const OutflowDraft &draft) const
{
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The outflow has no line."));
    if (draft.lines.size() > maxLinesPerTicket)
        return makeError(
            ErrorCode::InvalidInput, tr("An outflow has at most %1 lines.").arg(maxLinesPerTicket));
    if (draft.note.size() > maxTextLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The note is too long (at most %1 characters).").arg(maxTextLength));
    CategoryCatalog catalog(m_store);
    if (auto fresh = catalog.refreshCache(); !fresh)
        return fresh.error();
    qint64 totalWeight = 0;
    int lineNo = 0;
    for (const OutflowLineDraft &line : draft.lines) {
        if (auto valid = Deposits::checkLine(
                catalog, ++lineNo, line.categoryId, line.quantity, line.weightGrams);
            !valid)
            return valid.error();
        totalWeight += line.weightGrams;
    }
    if (totalWeight > 10 * weight::maxGrams)
        return makeError(ErrorCode::InvalidInput, tr("An outflow weighs at most 100 t: split it."));
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
    if (auto valid = validate(draft); !valid)
        return valid.error();

    CategoryCatalog catalog(m_store);
    Outflow outflow;
    outflow.kind = draft.kind;
    outflow.lineCount = int(draft.lines.size());
    WeightConfirmation weights;
    int checkedNo = 0;
    for (const OutflowLineDraft &line : draft.lines) {
        outflow.totalWeightGrams += line.weightGrams;
        outflow.itemCount += line.quantity;
        weights.check(
            ++checkedNo, *catalog.findCached(line.categoryId), line.quantity, line.weightGrams);
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
                {"partner_id", QVariant()}, {"note", draft.note.simplified()},
                {"total_weight_grams", outflow.totalWeightGrams}});
        !result)
        return result.error();
    int lineNo = 0;
    for (const OutflowLineDraft &line : draft.lines) {
        const Category category = *catalog.findCached(line.categoryId);
        if (auto result = writer.insert(QStringLiteral("outflow_line"),
                {{"line_no", ++lineNo}, {"category_id", category.id},
                    {"category_name", category.name}, {"eee_code", category.eeeCode},
                    {"quantity", line.quantity}, {"weight_grams", line.weightGrams}});
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
