#include "donations.h"

#include "cashsession.h"
#include "ledger.h"
#include "money.h"
#include "store.h"
#include "users.h"

namespace recaisse::core {

Donations::Donations(Store &store)
    : m_store(store)
{
}

Result<void> Donations::validate(const DonationDraft &draft)
{
    if (draft.amountCents <= 0 || draft.amountCents > money::maxCents)
        return makeError(ErrorCode::InvalidInput,
            tr("A donation is between 0,01 € and %1.").arg(money::format(money::maxCents)));
    if (draft.method == PaymentMethod::Free)
        return makeError(
            ErrorCode::InvalidInput, tr("A donation is given in cash, by card or by cheque."));
    return {};
}

Result<Donation> Donations::record(const Actor &actor, const DonationDraft &draft)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordSale); !allowed)
        return allowed.error();
    if (auto valid = validate(draft); !valid)
        return valid.error();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    const auto session =
        CashSessions(m_store).requireOpen(tr("Open a cash session before receiving a donation."));
    if (!session)
        return session.error();
    DocumentWriter writer(m_store, DocumentKind::Donation, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("donation"),
            {{"session_seq", session->seq}, {"method", toKey(draft.method)},
                {"amount_cents", draft.amountCents}});
        !result)
        return result.error();
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return Donation{*stamp, session->seq, draft.method, draft.amountCents};
}

} // namespace recaisse::core
