#pragma once

#include "core/cashsession.h"
#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace recaisse::core {

class Store;

// A place in the list's order (newest opening first): where the next page starts. A keyset, not
// an offset, so that a page costs the same after ten years.
struct SessionPosition
{
    QDateTime openedUtc;
    QString stationId;
    qint64 openSeq = 0;
};

struct SessionFilter
{
    QString stationId; // empty: every register of the site
    // The site: empty for this station's; another site only for a super-administrator (their
    // full export of that site).
    QString siteId;
    QString cashierId; // empty: everyone
    QDate from; // business day of the opening, inclusive; invalid: no bound
    QDate to;
    bool varianceBeyondThreshold = false;
    bool openLongerThan12h = false;
    std::optional<SessionPosition> after; // only the sessions after this one (older)
    int limit = 500;
};

// One cash session, open or closed, of any register of the site.
struct SessionSummary
{
    QString stationId;
    QString stationCode;
    qint64 openSeq = 0;
    QString openNumber;
    QString cashierId;
    QString cashierName;
    QDateTime openedUtc;
    qint64 floatCents = 0;
    bool closed = false;
    qint64 closeSeq = 0;
    QDateTime closedUtc;
    qint64 countedCents = 0;
    qint64 expectedCents = 0;
    qint64 varianceCents = 0;
    qint64 thresholdCents = 0;
    QString comment;
    QString validatedBy;
    qint64 salesCount = 0;
    qint64 salesTotalCents = 0;
    bool varianceBeyond() const { return closed && qAbs(varianceCents) > thresholdCents; }
    SessionPosition position() const { return {openedUtc, stationId, openSeq}; }
};

struct SessionTicket
{
    QString number;
    QDateTime createdUtc;
    qint64 totalCents = 0;
};

struct SessionMovement
{
    QString number;
    QDateTime createdUtc;
    MovementDirection direction = MovementDirection::In;
    qint64 amountCents = 0;
    QString reason;
};

struct SessionDetail
{
    SessionSummary summary;
    QList<SessionTicket> tickets;
    QList<SessionMovement> movements;
};

// The cash sessions of every register of the site, for the manager: filters, detail, Z reprint.
class SessionHistory
{
    Q_DECLARE_TR_FUNCTIONS(SessionHistory)

public:
    static constexpr qint64 longSessionSecs = 12 * 3600;

    explicit SessionHistory(Store &store);

    // Each needs ViewReports; a refusal is audited.
    Result<QList<SessionSummary>> find(const Actor &actor, const SessionFilter &filter) const;
    Result<SessionDetail> detail(
        const Actor &actor, const QString &stationId, qint64 openSeq) const;
    // The stored Z report of a closed session, for a reprint (audited).
    Result<ZReport> reprintZ(const Actor &actor, const QString &stationId, qint64 closeSeq) const;

private:
    Store &m_store;
};

} // namespace recaisse::core
