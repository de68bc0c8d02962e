#pragma once

#include "domain.h"
#include "result.h"
#include "sales.h"

#include <QCoreApplication>
#include <QDateTime>

namespace recaisse::core {

inline constexpr int maxParkedTickets = 20;

// A ticket put aside at the till while its customer fetches something: the lines keyed so far,
// kept in the station's database (they survive a restart) until the ticket is resumed and paid,
// or abandoned. Not a fiscal document: no number, no chain, no journal.
struct ParkedTicket
{
    qint64 id = 0;
    QDateTime parkedUtc;
    QString cashierId;
    QString cashierName;
    SaleDraft draft; // the lines, the solidarity price and the member (no payment)
    qint64 totalCents = 0;
    qint64 itemCount = 0; // the quantities summed
};

class ParkedTickets
{
    Q_DECLARE_TR_FUNCTIONS(ParkedTickets)

public:
    explicit ParkedTickets(Store &store);

    // Keeps the lines of the draft, their free gifts and its solidarity price (its payments are
    // ignored) under a new id; the lines and the discount are checked as for a sale, an open
    // session is needed.
    Result<ParkedTicket> park(const Actor &actor, const SaleDraft &draft);
    // This station's parked tickets, oldest first.
    Result<QList<ParkedTicket>> list() const;
    // Takes a parked ticket back to the till (it is no longer parked).
    Result<SaleDraft> resume(const Actor &actor, qint64 id);
    // Gives a parked ticket up without a sale; audited (ticket.abandon) with its total.
    Result<void> abandon(const Actor &actor, qint64 id);
    // How many tickets this station has parked; an error when they cannot be read.
    Result<qint64> count() const;

private:
    Result<ParkedTicket> find(qint64 id) const;

    Store &m_store;
};

} // namespace recaisse::core
