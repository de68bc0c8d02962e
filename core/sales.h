#pragma once

#include "domain.h"
#include "members.h"
#include "result.h"
#include "solidarity.h"
#include "vat.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

inline constexpr qint64 maxQuantity = 999;
inline constexpr qint64 maxLinesPerTicket = 200;
inline constexpr int maxPaymentsPerTicket = 10;
inline constexpr int maxTextLength = 500;

struct SaleLineDraft
{
    QString categoryId;
    qint64 quantity = 1;
    qint64 unitPriceCents = 0;
    std::optional<qint64> weightGrams; // whole line
    // A free gift for a social action: a 0 € line with its reason (reuse, apart from sales).
    QString giftReason = {};
};

inline constexpr int maxChequeBankLength = 60;
inline constexpr int maxChequeNumberLength = 30;

struct PaymentDraft
{
    PaymentMethod method = PaymentMethod::Cash;
    qint64 amountCents = 0; // for cash: what the customer handed over
    // A cheque's bank and number, both optional (only for a cheque).
    QString chequeBank = {};
    QString chequeNumber = {};
};

struct SaleDraft
{
    QList<SaleLineDraft> lines;
    QList<PaymentDraft> payments;
    // A solidarity price for the whole ticket (Solidarity::lineDiscounts), chosen at payment.
    std::optional<Discount> discount = {};
    // The member the ticket is for (an id of the register), or empty. A members-only discount's
    // member (Discount::memberId) is the ticket's member; the two may not differ.
    QString memberId = {};
};

// What the lines of a ticket need before payment: the first category priced outside its bounds,
// which an administrator must allow (OverridePrice).
struct TicketCheck
{
    std::optional<Category> priceOutsideBounds;
};

struct SaleLine
{
    int lineNo = 0;
    QString categoryId;
    QString categoryName;
    QString eeeCode;
    qint64 quantity = 0;
    qint64 unitPriceCents = 0;
    std::optional<qint64> weightGrams;
    qint64 totalCents = 0;
    // Captured at sale time (sale form 2): the VAT rate in force for the line (none when the
    // site is not liable), and whether the good is durable with its legal warranty.
    std::optional<int> vatRateBp;
    bool durable = false;
    int warrantyMonths = 0;
    // Sale form 3: weightGrams estimated from the category's standard weight (not weighed), and
    // the price per kg of a line sold by the kilo.
    bool weightEstimated = {};
    std::optional<qint64> pricePerKgCents = {};
    // Sale form 4: the line's share of the ticket's discount (totalCents is net of it: quantity
    // × unit price − discount), and a free gift's reason.
    qint64 discountCents = 0;
    QString giftReason = {};
    qint64 listCents() const { return totalCents + discountCents; }
};

struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    qint64 amountCents = 0;
    // Sale form 5: a cheque's bank and number when typed at payment.
    QString chequeBank = {};
    QString chequeNumber = {};
};

struct Sale
{
    DocumentStamp stamp;
    QString sessionStationId;
    qint64 sessionSeq = 0;
    QString cashierId;
    QList<SaleLine> lines;
    QList<Payment> payments;
    qint64 totalCents = 0;
    qint64 changeCents = 0;
    QString overrideBy; // admin who allowed a price outside bounds
    // The VAT regime in force when the ticket was made and its printed mention; none on the
    // tickets made before regimes existed.
    std::optional<VatRegime> vatRegime;
    QString vatMention;
    // Sale form 4: the solidarity price given on the whole ticket.
    std::optional<Discount> discount = {};
    // Sale form 6: the member the ticket is for (the register's opaque id and the number printed
    // on the ticket); empty for none.
    QString memberId = {};
    QString memberNumber = {};
    qint64 discountCents() const;
};

struct RefundLineDraft
{
    int saleLineNo = 0;
    qint64 quantity = 0;
};

struct RefundDraft
{
    QString saleNumber; // the ticket being reversed, e.g. "CAISSE1-T000042"
    QList<RefundLineDraft> lines; // empty: everything not yet refunded
    PaymentMethod method = PaymentMethod::Cash;
    QString reason;
};

struct Refund
{
    DocumentStamp stamp;
    QString saleNumber;
    qint64 totalCents = 0;
    PaymentMethod method = PaymentMethod::Cash;
    QString authorizedBy;
};

// Sales and refunds at the local register. A sale is committed with its lines and payments in one
// transaction, chained and journaled.
class Sales
{
    Q_DECLARE_TR_FUNCTIONS(Sales)

public:
    explicit Sales(Store &store);

    // Checks the draft against the categories and the rules; nothing is written.
    Result<void> validate(const SaleDraft &draft) const;
    // Checks the lines alone, before any payment is taken (the payments of the draft are
    // ignored), and says whether a price needs an administrator.
    Result<TicketCheck> validateTicket(const SaleDraft &draft) const;
    // A unit price within the category's bounds needs no administrator.
    static bool priceInBounds(const Category &category, qint64 unitPriceCents);
    // May this payment be added to those already taken for a ticket of totalCents? Only cash may
    // exceed what remains (it gives change), a payment is above 0, a ticket has at most
    // maxPaymentsPerTicket payments, a bank and number only on a cheque and not too long.
    static Result<void> acceptPayment(
        qint64 totalCents, const QList<PaymentDraft> &taken, const PaymentDraft &next);
    // The total of the lines before any discount (does not validate).
    static qint64 listTotal(const SaleDraft &draft);
    // Each line's discount under the draft's solidarity price (zeros without one).
    static Result<QList<qint64>> lineDiscounts(const SaleDraft &draft);
    // What the customer pays: the lines net of the discount (does not validate; an invalid
    // discount counts as none).
    static qint64 total(const SaleDraft &draft);
    // The ticket's member: the draft's, else its members-only discount's (empty: none).
    static Result<QString> memberOf(const SaleDraft &draft);
    // The member must be in the register, and a members-only discount needs a membership current
    // on `day` (Solidarity::checkMember). Returns the member (nullopt: the ticket has none).
    Result<std::optional<Member>> checkMember(const SaleDraft &draft, const QDate &day) const;

    Result<Sale> record(const Actor &actor, const SaleDraft &draft,
        const std::optional<Unlock> &unlock = std::nullopt);
    Result<Refund> refund(const Actor &actor, const RefundDraft &draft,
        const std::optional<Unlock> &unlock = std::nullopt);
    Result<Sale> findByNumber(const QString &number) const;

private:
    // Validates and returns each line's category (looked up once per line).
    Result<QList<Category>> check(const SaleDraft &draft) const;
    Result<QList<Category>> checkLines(const SaleDraft &draft) const;

    Store &m_store;
};

} // namespace recaisse::core
