#pragma once

#include "categories.h"
#include "domain.h"
#include "result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

struct DepositLineDraft
{
    QString categoryId;
    qint64 quantity = 1;
    qint64 weightGrams = 0;
    Destination destination = Destination::Shop;
    Origin origin = Origin::VoluntaryDropOff;
};

struct DepositDraft
{
    QList<DepositLineDraft> lines;
    QString note; // free text, e.g. the donor's name when they want a receipt
    // The donor's town: a town of the site's list (Towns::find: its id, name or "name
    // (postcode)"); empty when not asked.
    QString town = {};
};

struct Deposit
{
    DocumentStamp stamp;
    qint64 totalWeightGrams = 0;
    int lineCount = 0;
    QString town; // "name (postcode)", empty without one
};

// Reception tickets: donations received and weighed.
class Deposits
{
    Q_DECLARE_TR_FUNCTIONS(Deposits)

public:
    explicit Deposits(Store &store);

    // The ticket's own rules; a weight outside its category's plausible range is not one of them
    // (record() asks an administrator to confirm it: CategoryCatalog::checkWeight).
    Result<void> validate(const DepositDraft &draft) const;
    // One weighed line, of a deposit or an outflow: an active category of the catalog's cache,
    // 1 to maxQuantity items, a weight of 1 g to 10 t.
    static Result<void> checkLine(const CategoryCatalog &catalog, int lineNo,
        const QString &categoryId, qint64 quantity, qint64 weightGrams);
    Result<Deposit> record(const Actor &actor, const DepositDraft &draft,
        const std::optional<Unlock> &unlock = std::nullopt);

    // record() in two steps, for a caller that records the deposit inside a transaction of its
    // own (a home collection done): the weights checked and, where one is outside its category's
    // range, confirmed by `unlock` before that transaction, so that a wrong PIN stays recorded
    // (audit, lock-out) when the rest is rolled back; then the deposit written with those
    // weights, inside it. `draft` must be the same for both.
    Result<WeightConfirmation> confirmWeights(const Actor &actor, const DepositDraft &draft,
        const std::optional<Unlock> &unlock = std::nullopt);
    Result<Deposit> recordConfirmed(
        const Actor &actor, const DepositDraft &draft, const WeightConfirmation &weights);

private:
    Store &m_store;
};

} // namespace recaisse::core
