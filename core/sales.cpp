#include "sales.h"

#include "cashsession.h"
#include "categories.h"
#include "ledger.h"
#include "money.h"
#include "permissions.h"
#include "store.h"
#include "users.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace recaisse::core {

namespace {

Result<void> checkText(const QString &text, int maxLength, const QString &what)
{
    if (text.size() > maxLength)
        return makeError(ErrorCode::InvalidInput,
            Sales::tr("%1 is too long (at most %2 characters).").arg(what).arg(maxLength));
    return {};
}

Result<void> checkCheque(const PaymentDraft &payment)
{
    const bool typed =
        !payment.chequeBank.trimmed().isEmpty() || !payment.chequeNumber.trimmed().isEmpty();
    if (typed && payment.method != PaymentMethod::Cheque)
        return makeError(ErrorCode::InvalidInput,
            Sales::tr("A bank and a number belong to a cheque payment only."));
    if (auto result = checkText(
            payment.chequeBank.simplified(), maxChequeBankLength, Sales::tr("The cheque's bank"));
        !result)
        return result;
    return checkText(
        payment.chequeNumber.simplified(), maxChequeNumberLength, Sales::tr("The cheque's number"));
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

Sale saleFromBody(const DocumentHeader &header, const QJsonObject &body)
{
    Sale sale;
    sale.stamp = DocumentStamp{
        header.stationId, header.seq, header.number, fromIsoUtc(header.createdUtc), header.hash};
    const QJsonObject row = body.value(QStringLiteral("sale")).toObject();
    sale.sessionStationId = header.stationId;
    sale.sessionSeq = row.value(QStringLiteral("session_seq")).toInteger();
    sale.cashierId = header.actorId;
    sale.totalCents = row.value(QStringLiteral("total_cents")).toInteger();
    sale.changeCents = row.value(QStringLiteral("change_cents")).toInteger();
    sale.overrideBy = row.value(QStringLiteral("override_by")).toString();
    sale.vatRegime = vatRegimeFromKey(row.value(QStringLiteral("vat_regime")).toString());
    sale.vatMention = row.value(QStringLiteral("vat_mention")).toString();
    if (const auto kind =
            discountKindFromKey(row.value(QStringLiteral("discount_kind")).toString()))
        sale.discount = Discount{*kind, row.value(QStringLiteral("discount_value")).toInteger(),
            row.value(QStringLiteral("discount_reason")).toString()};
    sale.memberId = row.value(QStringLiteral("member_id")).toString();
    sale.memberNumber = row.value(QStringLiteral("member_number")).toString();
    for (const QJsonValue &value : body.value(QStringLiteral("sale_line")).toArray()) {
        const QJsonObject line = value.toObject();
        SaleLine l;
        l.lineNo = int(line.value(QStringLiteral("line_no")).toInteger());
        l.categoryId = line.value(QStringLiteral("category_id")).toString();
        l.categoryName = line.value(QStringLiteral("category_name")).toString();
        l.eeeCode = line.value(QStringLiteral("eee_code")).toString();
        l.quantity = line.value(QStringLiteral("quantity")).toInteger();
        l.unitPriceCents = line.value(QStringLiteral("unit_price_cents")).toInteger();
        if (!line.value(QStringLiteral("weight_grams")).isNull())
            l.weightGrams = line.value(QStringLiteral("weight_grams")).toInteger();
        l.totalCents = line.value(QStringLiteral("total_cents")).toInteger();
        if (const QJsonValue rate = line.value(QStringLiteral("vat_rate_bp")); rate.isDouble())
            l.vatRateBp = int(rate.toInteger());
        l.durable = line.value(QStringLiteral("durable")).toInteger() == 1;
        l.warrantyMonths = int(line.value(QStringLiteral("warranty_months")).toInteger());
        l.weightEstimated =
            line.value(QStringLiteral("weight_source")).toString() == QLatin1String("estimated");
        if (const QJsonValue perKg = line.value(QStringLiteral("price_per_kg_cents"));
            perKg.isDouble())
            l.pricePerKgCents = perKg.toInteger();
        l.discountCents = line.value(QStringLiteral("discount_cents")).toInteger();
        l.giftReason = line.value(QStringLiteral("gift_reason")).toString();
        sale.lines.append(l);
    }
    for (const QJsonValue &value : body.value(QStringLiteral("payment")).toArray()) {
        const QJsonObject payment = value.toObject();
        sale.payments.append(
            Payment{paymentMethodFromKey(payment.value(QStringLiteral("method")).toString())
                        .value_or(PaymentMethod::Cash),
                payment.value(QStringLiteral("amount_cents")).toInteger(),
                payment.value(QStringLiteral("cheque_bank")).toString(),
                payment.value(QStringLiteral("cheque_number")).toString()});
    }
    return sale;
}

} // namespace

Sales::Sales(Store &store)
    : m_store(store)
{
}

qint64 Sale::discountCents() const
{
    qint64 sum = 0;
    for (const SaleLine &line : lines)
        sum += line.discountCents;
    return sum;
}

qint64 Sales::listTotal(const SaleDraft &draft)
{
    qint64 sum = 0;
    for (const SaleLineDraft &line : draft.lines)
        sum += line.quantity * line.unitPriceCents;
    return sum;
}

Result<QList<qint64>> Sales::lineDiscounts(const SaleDraft &draft)
{
    if (!draft.discount)
        return QList<qint64>(draft.lines.size(), 0);
    QList<qint64> totals;
    totals.reserve(draft.lines.size());
    for (const SaleLineDraft &line : draft.lines)
        totals.append(line.quantity * line.unitPriceCents);
    return Solidarity::lineDiscounts(totals, *draft.discount);
}

qint64 Sales::total(const SaleDraft &draft)
{
    qint64 sum = listTotal(draft);
    if (const auto discounts = lineDiscounts(draft)) {
        for (const qint64 cents : *discounts)
            sum -= cents;
    }
    return sum;
}

Result<QString> Sales::memberOf(const SaleDraft &draft)
{
    const QString chosen = draft.discount ? draft.discount->memberId : QString();
    if (!draft.memberId.isEmpty() && !chosen.isEmpty() && chosen != draft.memberId)
        return makeError(ErrorCode::InvalidInput,
            tr("The discount is for another member than the ticket's: choose one member."));
    return draft.memberId.isEmpty() ? chosen : draft.memberId;
}

Result<std::optional<Member>> Sales::checkMember(const SaleDraft &draft, const QDate &day) const
{
    auto memberId = memberOf(draft);
    if (!memberId)
        return memberId.error();
    if (draft.discount) {
        Discount discount = *draft.discount;
        discount.memberId = *memberId;
        if (auto current = Solidarity::checkMember(m_store, discount, day); !current)
            return current.error();
    }
    if (memberId->isEmpty())
        return std::optional<Member>();
    auto member = Members(m_store).find(*memberId);
    if (!member)
        return member.error();
    return std::optional<Member>(*member);
}

Result<void> Sales::validate(const SaleDraft &draft) const
{
    auto categories = check(draft);
    if (!categories)
        return categories.error();
    return {};
}

Result<TicketCheck> Sales::validateTicket(const SaleDraft &draft) const
{
    auto categories = checkLines(draft);
    if (!categories)
        return categories.error();
    TicketCheck result;
    for (qsizetype i = 0; i < draft.lines.size(); ++i) {
        if (!priceInBounds(categories->at(i), draft.lines.at(i).unitPriceCents)) {
            result.priceOutsideBounds = categories->at(i);
            break;
        }
    }
    return result;
}

bool Sales::priceInBounds(const Category &category, qint64 unitPriceCents)
{
    // By the kilo, the price is the weight's (checkLines), not a typed one.
    if (category.pricePerKgCents)
        return true;
    return (!category.minPriceCents || unitPriceCents >= *category.minPriceCents)
        && (!category.maxPriceCents || unitPriceCents <= *category.maxPriceCents);
}

Result<void> Sales::acceptPayment(
    qint64 totalCents, const QList<PaymentDraft> &taken, const PaymentDraft &next)
{
    if (next.amountCents <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Type an amount above 0,00 €."));
    if (next.amountCents > money::maxCents)
        return makeError(ErrorCode::InvalidInput,
            tr("A payment must be between 0,01 € and %1.").arg(money::format(money::maxCents)));
    qint64 paid = 0;
    for (const PaymentDraft &payment : taken)
        paid += payment.amountCents;
    const qint64 remaining = qMax<qint64>(0, totalCents - paid);
    if (next.method != PaymentMethod::Cash && next.amountCents > remaining)
        return makeError(ErrorCode::InvalidInput,
            tr("Only cash can exceed what remains to pay (%1).").arg(money::format(remaining)));
    if (taken.size() >= maxPaymentsPerTicket)
        return makeError(ErrorCode::InvalidInput,
            tr("A ticket has at most %1 payments.").arg(maxPaymentsPerTicket));
    return checkCheque(next);
}

Result<QList<Category>> Sales::checkLines(const SaleDraft &draft) const
{
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The ticket has no line."));
    if (draft.lines.size() > maxLinesPerTicket)
        return makeError(
            ErrorCode::InvalidInput, tr("A ticket has at most %1 lines.").arg(maxLinesPerTicket));
    CategoryCatalog catalog(m_store);
    if (auto fresh = catalog.refreshCache(); !fresh)
        return fresh.error();
    QList<Category> categories;
    categories.reserve(draft.lines.size());
    qint64 sum = 0;
    int lineNo = 0;
    for (const SaleLineDraft &line : draft.lines) {
        ++lineNo;
        auto category = catalog.findCached(line.categoryId);
        if (!category)
            return category.error();
        categories.append(*category);
        if (!category->active)
            return makeError(ErrorCode::InvalidInput,
                tr("The category \"%1\" is no longer in use.").arg(category->name));
        if (line.quantity < 1 || line.quantity > maxQuantity)
            return makeError(ErrorCode::InvalidInput,
                tr("Line %1: the quantity must be between 1 and %2.").arg(lineNo).arg(maxQuantity));
        if (line.unitPriceCents < 0 || line.unitPriceCents > money::maxCents)
            return makeError(ErrorCode::InvalidInput,
                tr("Line %1: the price must be between 0,00 € and %2.")
                    .arg(lineNo)
                    .arg(money::format(money::maxCents)));
        if (!line.giftReason.isEmpty()) {
            if (auto reason = Solidarity::checkReason(line.giftReason); !reason)
                return makeError(ErrorCode::InvalidInput,
                    tr("Line %1: %2").arg(lineNo).arg(reason.error().message));
            if (line.unitPriceCents != 0 || category->pricePerKgCents)
                return makeError(ErrorCode::InvalidInput,
                    tr("Line %1: a free gift is given at 0,00 €.").arg(lineNo));
        }
        if (line.weightGrams && (*line.weightGrams <= 0 || *line.weightGrams > weight::maxGrams))
            return makeError(ErrorCode::InvalidInput,
                tr("Line %1: the weight must be between 0,001 kg and 10 000 kg.").arg(lineNo));
        if ((category->weightRequired || category->pricePerKgCents) && !line.weightGrams)
            return makeError(ErrorCode::InvalidInput,
                tr("Line %1: weigh the item; \"%2\" needs its weight.")
                    .arg(lineNo)
                    .arg(category->name));
        if (category->pricePerKgCents) {
            // One weighed lot per line, at the price of its weight.
            if (line.quantity != 1)
                return makeError(ErrorCode::InvalidInput,
                    tr("Line %1: \"%2\" is sold by the kilo: one weighed lot per line.")
                        .arg(lineNo)
                        .arg(category->name));
            const auto price = money::priceByWeight(*line.weightGrams, *category->pricePerKgCents);
            if (!price)
                return makeError(ErrorCode::InvalidInput,
                    tr("Line %1: %2").arg(lineNo).arg(price.error().message));
            if (*price != line.unitPriceCents)
                return makeError(ErrorCode::InvalidInput,
                    tr("Line %1: %2 × %3/kg costs %4, not %5.")
                        .arg(lineNo)
                        .arg(weight::format(*line.weightGrams),
                            money::format(*category->pricePerKgCents), money::format(*price),
                            money::format(line.unitPriceCents)));
        }
        sum += line.quantity * line.unitPriceCents;
        if (sum > money::maxCents)
            return makeError(ErrorCode::InvalidInput,
                tr("The ticket total cannot exceed %1.").arg(money::format(money::maxCents)));
    }
    return categories;
}

Result<QList<Category>> Sales::check(const SaleDraft &draft) const
{
    auto categories = checkLines(draft);
    if (!categories)
        return categories;
    auto discounts = lineDiscounts(draft);
    if (!discounts)
        return discounts.error();
    const qint64 sum = total(draft);
    if (draft.payments.isEmpty() && sum > 0)
        return makeError(ErrorCode::InvalidInput, tr("The ticket is not paid."));
    if (draft.payments.size() > maxPaymentsPerTicket)
        return makeError(ErrorCode::InvalidInput,
            tr("A ticket has at most %1 payments.").arg(maxPaymentsPerTicket));
    qint64 paid = 0;
    qint64 cash = 0;
    for (const PaymentDraft &payment : draft.payments) {
        if (payment.amountCents <= 0 || payment.amountCents > money::maxCents)
            return makeError(ErrorCode::InvalidInput,
                tr("A payment must be between 0,01 € and %1.").arg(money::format(money::maxCents)));
        if (auto result = checkCheque(payment); !result)
            return result.error();
        paid += payment.amountCents;
        if (payment.method == PaymentMethod::Cash)
            cash += payment.amountCents;
    }
    if (paid < sum)
        return makeError(
            ErrorCode::InvalidInput, tr("%1 is still to be paid.").arg(money::format(sum - paid)));
    if (paid - sum > cash)
        return makeError(ErrorCode::InvalidInput,
            tr("Card, cheque and free payments cannot exceed the total: only cash "
               "gives change."));
    return categories;
}

Result<Sale> Sales::record(
    const Actor &actor, const SaleDraft &draft, const std::optional<Unlock> &unlock)
{
    Users users(m_store);
    if (auto allowed = users.require(actor, Permission::RecordSale); !allowed)
        return allowed.error();
    auto categories = check(draft);
    if (!categories)
        return categories.error();

    // The VAT regime and warranties in force now: a later change applies to later tickets only.
    TillRules rules(m_store);
    auto vatStatus = rules.vatInForce(m_store.today());
    if (!vatStatus)
        return vatStatus.error();
    // The ticket's member is in the register; a members-only discount needs a membership
    // current on the sale's day.
    auto member = checkMember(draft, m_store.today());
    if (!member)
        return member.error();
    Sale sale;
    if (*member) {
        sale.memberId = (*member)->id;
        sale.memberNumber = (*member)->number;
    }
    sale.cashierId = actor.userId;
    sale.vatRegime = vatStatus->regime;
    sale.vatMention = vatStatus->mention;
    if (draft.discount)
        sale.discount = Discount{
            draft.discount->kind, draft.discount->value, draft.discount->reason.simplified()};
    auto discounts = lineDiscounts(draft);
    if (!discounts)
        return discounts.error();
    bool outOfBounds = false;
    int lineNo = 0;
    for (const SaleLineDraft &draftLine : draft.lines) {
        const Category &category = categories->at(lineNo);
        const QString giftReason = draftLine.giftReason.simplified();
        // A free gift below the category's minimum price needs an administrator like any 0 €.
        if (!priceInBounds(category, draftLine.unitPriceCents))
            outOfBounds = true;
        const qint64 discount = discounts->at(lineNo);
        auto warranty = rules.warrantyOf(category);
        if (!warranty)
            return warranty.error();
        // Every line carries a weight: weighed, else the category's standard weight per item.
        std::optional<qint64> grams = draftLine.weightGrams;
        const bool estimated = !grams && category.averageWeightGrams.value_or(0) > 0;
        if (estimated)
            grams = *category.averageWeightGrams * draftLine.quantity;
        sale.lines.append(SaleLine{++lineNo, category.id, category.name, category.eeeCode,
            draftLine.quantity, draftLine.unitPriceCents, grams,
            draftLine.quantity * draftLine.unitPriceCents - discount,
            rules.rateFor(*vatStatus, category), warranty->durable,
            warranty->durable ? warranty->months : 0, estimated, category.pricePerKgCents, discount,
            giftReason});
        sale.totalCents += sale.lines.last().totalCents;
    }
    qint64 paid = 0;
    for (const PaymentDraft &payment : draft.payments) {
        sale.payments.append(Payment{payment.method, payment.amountCents,
            payment.chequeBank.simplified(), payment.chequeNumber.simplified()});
        paid += payment.amountCents;
    }
    sale.changeCents = paid - sale.totalCents;

    WeightConfirmation weights;
    for (const SaleLine &line : std::as_const(sale.lines))
        // A weighed lot sold by the kilo is no item: no item's plausible weight applies.
        if (line.weightGrams && !line.weightEstimated && !line.pricePerKgCents)
            weights.check(
                line.lineNo, categories->at(line.lineNo - 1), line.quantity, *line.weightGrams);

    // Outside the transaction: a wrong unlock PIN must stay recorded (lock-out, audit).
    if (auto confirmed = weights.confirm(m_store, actor, unlock); !confirmed)
        return confirmed.error();
    if (outOfBounds) {
        auto authorizer = users.authorize(actor, Permission::OverridePrice, unlock);
        if (!authorizer)
            return makeError(authorizer.error().code,
                tr("A price is outside its category's bounds. %1").arg(authorizer.error().message));
        sale.overrideBy = authorizer->name;
    }
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    const auto session =
        CashSessions(m_store).requireOpen(tr("Open a cash session before selling."));
    if (!session)
        return session.error();
    sale.sessionStationId = session->stationId;
    sale.sessionSeq = session->seq;

    DocumentWriter writer(m_store, DocumentKind::Sale, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("sale"),
            {{"session_seq", sale.sessionSeq}, {"total_cents", sale.totalCents},
                {"change_cents", sale.changeCents}, {"override_by", sale.overrideBy},
                {"vat_regime", toKey(*sale.vatRegime)}, {"vat_mention", sale.vatMention},
                {"discount_kind",
                    sale.discount ? QVariant(toKey(sale.discount->kind)) : QVariant()},
                {"discount_value", sale.discount ? QVariant(sale.discount->value) : QVariant()},
                {"discount_reason", sale.discount ? QVariant(sale.discount->reason) : QVariant()},
                {"member_id", sale.memberId.isEmpty() ? QVariant() : QVariant(sale.memberId)},
                {"member_number",
                    sale.memberNumber.isEmpty() ? QVariant() : QVariant(sale.memberNumber)}});
        !result)
        return result.error();
    for (const SaleLine &line : sale.lines) {
        if (auto result = writer.insert(QStringLiteral("sale_line"),
                {{"line_no", line.lineNo}, {"category_id", line.categoryId},
                    {"category_name", line.categoryName}, {"eee_code", line.eeeCode},
                    {"quantity", line.quantity}, {"unit_price_cents", line.unitPriceCents},
                    {"weight_grams", optionalValue(line.weightGrams)},
                    {"weight_source",
                        !line.weightGrams          ? QVariant()
                            : line.weightEstimated ? QVariant(QStringLiteral("estimated"))
                                                   : QVariant(QStringLiteral("measured"))},
                    {"price_per_kg_cents", optionalValue(line.pricePerKgCents)},
                    {"discount_cents", line.discountCents},
                    {"gift_reason",
                        line.giftReason.isEmpty() ? QVariant() : QVariant(line.giftReason)},
                    {"total_cents", line.totalCents},
                    {"vat_rate_bp", line.vatRateBp ? QVariant(*line.vatRateBp) : QVariant()},
                    {"durable", line.durable ? 1 : 0}, {"warranty_months", line.warrantyMonths}});
            !result)
            return result.error();
    }
    int paymentNo = 0;
    for (const Payment &payment : sale.payments) {
        if (auto result = writer.insert(QStringLiteral("payment"),
                {{"line_no", ++paymentNo}, {"method", toKey(payment.method)},
                    {"amount_cents", payment.amountCents},
                    {"cheque_bank",
                        payment.chequeBank.isEmpty() ? QVariant() : QVariant(payment.chequeBank)},
                    {"cheque_number",
                        payment.chequeNumber.isEmpty() ? QVariant()
                                                       : QVariant(payment.chequeNumber)}});
            !result)
            return result.error();
    }
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    sale.stamp = *stamp;
    if (auto audited = weights.audit(m_store, actor, sale.stamp.number); !audited)
        return audited.error();
    if (outOfBounds) {
        if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("price.override"),
                stamp->number, {{QStringLiteral("by"), sale.overrideBy}});
            !result)
            return result.error();
    }
    if (auto result = transaction.commit(); !result)
        return result.error();
    return sale;
}

Result<Sale> Sales::findByNumber(const QString &number) const
{
    auto header = findDocument(m_store, number);
    if (!header)
        return header.error();
    if (header->kind != DocumentKind::Sale)
        return makeError(
            ErrorCode::InvalidInput, tr("%1 is not a sale ticket.").arg(header->number));
    auto body = readDocumentBody(m_store, *header);
    if (!body)
        return body.error();
    return saleFromBody(*header, *body);
}

Result<Refund> Sales::refund(
    const Actor &actor, const RefundDraft &draft, const std::optional<Unlock> &unlock)
{
    const QString reason = draft.reason.simplified();
    if (reason.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the reason for the refund."));
    if (auto result = checkText(reason, 200, tr("The reason")); !result)
        return result.error();
    if (draft.method == PaymentMethod::Free)
        return makeError(
            ErrorCode::InvalidInput, tr("A refund is paid back in cash, by card or by cheque."));
    auto sale = findByNumber(draft.saleNumber);
    if (!sale)
        return sale.error();

    // Outside the transaction: a wrong unlock PIN must stay recorded (lock-out, audit).
    auto authorizer = Users(m_store).authorize(actor, Permission::RecordRefund, unlock);
    if (!authorizer)
        return authorizer.error();

    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    QHash<int, qint64> refunded;
    QSqlQuery &done = db.prepared(QStringLiteral(
        "SELECT l.sale_line_no, sum(l.quantity) FROM refund r JOIN refund_line l ON "
        "l.station_id = r.station_id AND l.seq = r.seq WHERE r.sale_station_id = ? AND "
        "r.sale_seq = ? GROUP BY l.sale_line_no"));
    if (auto result = db.exec(done, {sale->stamp.stationId, sale->stamp.seq}); !result)
        return result.error();
    while (done.next())
        refunded.insert(done.value(0).toInt(), done.value(1).toLongLong());
    done.finish();

    QList<RefundLineDraft> wanted = draft.lines;
    if (wanted.isEmpty()) {
        for (const SaleLine &line : sale->lines) {
            const qint64 left = line.quantity - refunded.value(line.lineNo);
            if (left > 0)
                wanted.append(RefundLineDraft{line.lineNo, left});
        }
    }
    if (wanted.isEmpty())
        return makeError(ErrorCode::Conflict,
            tr("Ticket %1 has already been refunded in full.").arg(sale->stamp.number));
    struct Line
    {
        int saleLineNo;
        qint64 quantity;
        qint64 amount;
    };
    QList<Line> lines;
    qint64 total = 0;
    for (const RefundLineDraft &w : wanted) {
        const auto it = std::find_if(sale->lines.cbegin(), sale->lines.cend(),
            [&](const SaleLine &l) { return l.lineNo == w.saleLineNo; });
        if (it == sale->lines.cend())
            return makeError(ErrorCode::InvalidInput,
                tr("Ticket %1 has no line %2.").arg(sale->stamp.number).arg(w.saleLineNo));
        const qint64 before = refunded.value(w.saleLineNo);
        const qint64 left = it->quantity - before;
        if (w.quantity < 1 || w.quantity > left)
            return makeError(ErrorCode::InvalidInput,
                tr("Line %1 of ticket %2: between 1 and %n item(s) can be refunded.", nullptr,
                    int(left))
                    .arg(w.saleLineNo)
                    .arg(sale->stamp.number));
        refunded[w.saleLineNo] += w.quantity;
        // What the line's items cost, net of its discount, shared out so that refunding every
        // item gives back exactly the line's total (quantity × unit price without a discount).
        const auto paidFor = [&](qint64 items) { return it->totalCents * items / it->quantity; };
        lines.append(
            Line{w.saleLineNo, w.quantity, paidFor(before + w.quantity) - paidFor(before)});
        total += lines.last().amount;
    }
    if (total <= 0)
        return makeError(
            ErrorCode::InvalidInput, tr("Nothing to pay back: these items were free."));

    CashSessions sessions(m_store);
    const auto session = sessions.requireOpen(tr("Open a cash session before refunding."));
    if (!session)
        return session.error();
    if (draft.method == PaymentMethod::Cash) {
        auto sofar = sessions.totals(session->seq);
        if (!sofar)
            return sofar.error();
        if (total > sofar->expectedCashCents())
            return makeError(ErrorCode::Conflict,
                tr("The drawer should hold only %1: refund %2 another way.")
                    .arg(money::format(sofar->expectedCashCents()), money::format(total)));
    }

    DocumentWriter writer(m_store, DocumentKind::Refund, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("refund"),
            {{"session_seq", session->seq}, {"sale_station_id", sale->stamp.stationId},
                {"sale_seq", sale->stamp.seq}, {"sale_number", sale->stamp.number},
                {"total_cents", total}, {"method", toKey(draft.method)}, {"reason", reason},
                {"authorized_by", authorizer->name}});
        !result)
        return result.error();
    int lineNo = 0;
    for (const Line &line : lines) {
        if (auto result = writer.insert(QStringLiteral("refund_line"),
                {{"line_no", ++lineNo}, {"sale_line_no", line.saleLineNo},
                    {"quantity", line.quantity}, {"amount_cents", line.amount}});
            !result)
            return result.error();
    }
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("refund"),
            stamp->number,
            {{QStringLiteral("sale"), sale->stamp.number}, {QStringLiteral("total_cents"), total},
                {QStringLiteral("authorized_by"), authorizer->name}});
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    return Refund{*stamp, sale->stamp.number, total, draft.method, authorizer->name};
}

} // namespace recaisse::core
