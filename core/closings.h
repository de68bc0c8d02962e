#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

struct PeriodClosing
{
    DocumentStamp stamp;
    PeriodKind kind = PeriodKind::Day;
    QDate first;
    QDate last;
    qint64 salesCount = 0;
    qint64 salesTotalCents = 0;
    qint64 refundsTotalCents = 0;
    qint64 grandTotalCents = 0; // perpetual, after this period
};

// Daily, monthly and yearly closings of the local station: each ended period with activity is
// closed once, in order, with the perpetual grand total.
class Closings
{
    Q_DECLARE_TR_FUNCTIONS(Closings)

public:
    explicit Closings(Store &store);

    // Closes every ended day, month and year not closed yet. Returns what was written.
    Result<QList<PeriodClosing>> closeEndedPeriods(const Actor &actor);
    QList<PeriodClosing> list(PeriodKind kind, int limit = 50) const;

private:
    Store &m_store;
};

} // namespace recaisse::core
