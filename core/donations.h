#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

struct DonationDraft
{
    PaymentMethod method = PaymentMethod::Cash; // cash, card or cheque
    qint64 amountCents = 0;
};

struct Donation
{
    DocumentStamp stamp;
    qint64 sessionSeq = 0;
    PaymentMethod method = PaymentMethod::Cash;
    qint64 amountCents = 0;
};

// Money given to the association at the till ("Don"): a document of its own, in the cash session
// (cash donations are in the drawer), counted apart from sales in the Z report, the closings and
// the statistics; never turnover, never reuse or tonnage.
class Donations
{
    Q_DECLARE_TR_FUNCTIONS(Donations)

public:
    explicit Donations(Store &store);

    // Checks the amount and the method; nothing is written.
    static Result<void> validate(const DonationDraft &draft);
    Result<Donation> record(const Actor &actor, const DonationDraft &draft);

private:
    Store &m_store;
};

} // namespace recaisse::core
