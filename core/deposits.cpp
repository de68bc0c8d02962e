#include "deposits.h"

#include "categories.h"
#include "ledger.h"
#include "money.h"
#include "permissions.h"
#include "sales.h"
#include "store.h"
#include "towns.h"
#include "users.h"

namespace recaisse::core {

Deposits::Deposits(Store &store)
    : m_store(store)
{
}

Result<void> Deposits::validate(const DepositDraft &draft) const
{
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The deposit ticket has no line."));
    if (draft.lines.size() > maxLinesPerTicket)
        return makeError(ErrorCode::InvalidInput,
            tr("A deposit ticket has at most %1 lines.").arg(maxLinesPerTicket));
    if (draft.note.size() > maxTextLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The note is too long (at most %1 characters).").arg(maxTextLength));
    CategoryCatalog catalog(m_store);
    if (auto fresh = catalog.refreshCache(); !fresh)
        return fresh.error();
    qint64 totalWeight = 0;
    int lineNo = 0;
    for (const DepositLineDraft &line : draft.lines) {
        if (auto valid =
                checkLine(catalog, ++lineNo, line.categoryId, line.quantity, line.weightGrams);
            !valid)
            return valid.error();
        totalWeight += line.weightGrams;
    }
    if (totalWeight > 10 * weight::maxGrams)
        return makeError(
            ErrorCode::InvalidInput, tr("A deposit ticket weighs at most 100 t: split it."));
    if (!draft.town.trimmed().isEmpty()) {
        if (auto town = Towns(m_store).find(draft.town); !town)
            return town.error();
    }
    return {};
}

Result<void> Deposits::checkLine(const CategoryCatalog &catalog, int lineNo,
    const QString &categoryId, qint64 quantity, qint64 weightGrams)
{
    auto category = catalog.findCached(categoryId);
    if (!category)
        return category.error();
    if (!category->active)
        return makeError(ErrorCode::InvalidInput,
            tr("The category \"%1\" is no longer in use.").arg(category->name));
    if (quantity < 1 || quantity > maxQuantity)
        return makeError(ErrorCode::InvalidInput,
            tr("Line %1: the number of items must be between 1 and %2.")
                .arg(lineNo)
                .arg(maxQuantity));
    if (weightGrams <= 0 || weightGrams > weight::maxGrams)
        return makeError(ErrorCode::InvalidInput,
            tr("Line %1: the weight must be between 0,001 kg and 10 000 kg.").arg(lineNo));
    return {};
}

Result<Deposit> Deposits::record(
    const Actor &actor, const DepositDraft &draft, const std::optional<Unlock> &unlock)
{
    // Outside the transaction: a wrong unlock PIN must stay recorded (lock-out, audit).
    auto weights = confirmWeights(actor, draft, unlock);
    if (!weights)
        return weights.error();
    return recordConfirmed(actor, draft, *weights);
}

Result<WeightConfirmation> Deposits::confirmWeights(
    const Actor &actor, const DepositDraft &draft, const std::optional<Unlock> &unlock)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordDeposit); !allowed)
        return allowed.error();
    if (auto valid = validate(draft); !valid)
        return valid.error();
    CategoryCatalog catalog(m_store);
    WeightConfirmation weights;
    int checkedNo = 0;
    for (const DepositLineDraft &line : draft.lines)
        weights.check(
            ++checkedNo, *catalog.findCached(line.categoryId), line.quantity, line.weightGrams);
    if (auto confirmed = weights.confirm(m_store, actor, unlock); !confirmed)
        return confirmed.error();
    return weights;
}

Result<Deposit> Deposits::recordConfirmed(
    const Actor &actor, const DepositDraft &draft, const WeightConfirmation &weights)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordDeposit); !allowed)
        return allowed.error();
    if (auto valid = validate(draft); !valid)
        return valid.error();
    CategoryCatalog catalog(m_store);
    Deposit deposit;
    deposit.lineCount = int(draft.lines.size());
    for (const DepositLineDraft &line : draft.lines)
        deposit.totalWeightGrams += line.weightGrams;

    std::optional<Town> town;
    if (!draft.town.trimmed().isEmpty())
        town = *Towns(m_store).find(draft.town);
    deposit.town = town ? town->label() : QString();

    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    DocumentWriter writer(m_store, DocumentKind::Deposit, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("deposit"),
            {{"note", draft.note.simplified()}, {"total_weight_grams", deposit.totalWeightGrams},
                {"town", town ? QVariant(town->name) : QVariant()},
                {"town_postcode", town ? QVariant(town->postcode) : QVariant()}});
        !result)
        return result.error();
    int lineNo = 0;
    for (const DepositLineDraft &line : draft.lines) {
        const Category category = *catalog.findCached(line.categoryId);
        if (auto result = writer.insert(QStringLiteral("deposit_line"),
                {{"line_no", ++lineNo}, {"category_id", category.id},
                    {"category_name", category.name}, {"eee_code", category.eeeCode},
                    {"quantity", line.quantity}, {"weight_grams", line.weightGrams},
                    {"destination", toKey(line.destination)}, {"origin", toKey(line.origin)}});
            !result)
            return result.error();
    }
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    deposit.stamp = *stamp;
    if (auto audited = weights.audit(m_store, actor, deposit.stamp.number); !audited)
        return audited.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return deposit;
}

} // namespace recaisse::core
