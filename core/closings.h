#pragma once

#include "domain.h"
#include "result.h"
#include "solidarity.h"
#include "vat.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

// A day, month or year closing: a document of the chain carrying the period's figures, the
// station's last document at the period's end (its anchor) and the perpetual grand totals.
struct PeriodClosing
{
    DocumentStamp stamp;
    QString actorId; // empty: made by the program itself
    int form = 2; // closings of form 1 carry neither the anchor nor the counts beyond sales
    PeriodKind kind = PeriodKind::Day;
    QDate first;
    QDate last;
    qint64 salesCount = 0;
    qint64 salesTotalCents = 0;
    qint64 refundsCount = 0;
    qint64 refundsTotalCents = 0;
    qint64 documentsCount = 0; // business documents of the period (not closings nor events)
    qint64 lastSeq = 0; // the station's last document dated in or before the period
    QString lastHash;
    qint64 grandTotalCents = 0; // perpetual, net of refunds, after this period
    qint64 absoluteGrandTotalCents = 0; // perpetual, sales plus refunds
    // Read from the period's documents when the closing is listed (not part of its hash): the
    // money donations and the membership fees, apart from the sales, the VAT summed ticket by
    // ticket, and the discounts and free gifts (Solidarity::periodTotals, the Z's rule).
    qint64 donationsCount = 0;
    qint64 donationsCents = 0;
    qint64 membershipsCount = 0;
    qint64 membershipsCents = 0;
    VatTotals vat;
    SolidarityTotals solidarity;
};

// Daily, monthly and yearly closings of the local station: each ended period with sales or
// refunds is closed once, in order. The program closes them itself (after each session close
// and at each period's end); `recaisse-cli close-periods` does the same on demand.
class Closings
{
    Q_DECLARE_TR_FUNCTIONS(Closings)

    // Fills a closing's donations, membership fees, VAT, discounts and gifts from its period's
    // documents.
    Result<void> addMoneyFigures(PeriodClosing &closing) const;

public:
    explicit Closings(Store &store);

    // Closes every ended day, month and year not closed yet, as this person. Returns what was
    // written.
    Result<QList<PeriodClosing>> closeEndedPeriods(const Actor &actor);
    // The same by the program itself (no person acts): the closings carry no actor.
    Result<QList<PeriodClosing>> closeEndedPeriodsAutomatically();
    QList<PeriodClosing> list(PeriodKind kind, int limit = 50) const;
    // Every kind, newest first (the administration's list).
    Result<QList<PeriodClosing>> recent(int limit) const;

    // What a closing of [first, last] must carry, computed from the documents; the grand totals
    // go on from the previous closing of the kind.
    Result<PeriodClosing> compute(PeriodKind kind, const QDate &first, const QDate &last) const;

    // The first instant (UTC) at which a period now open ends: the next business midnight.
    QDateTime nextPeriodEndUtc() const;

    // Sales and refunds of a station's business days from..to (ISO dates; "" for the
    // beginning).
    struct Sums
    {
        qint64 salesCount = 0;
        qint64 salesCents = 0;
        qint64 refundsCount = 0;
        qint64 refundsCents = 0;
    };
    Result<Sums> sums(const QString &stationId, const QString &from, const QString &to) const;
    // Sets the closing's document count and anchor (the station's last document dated up to the
    // period's end, or the zero hash) from its period.
    Result<void> anchor(const QString &stationId, PeriodClosing &closing) const;

private:
    Result<QList<PeriodClosing>> closeEnded(const QString &actorId);

    Store &m_store;
};

} // namespace recaisse::core
