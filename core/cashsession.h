#pragma once

#include "chequeslips.h"
#include "domain.h"
#include "result.h"
#include "solidarity.h"
#include "vat.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

inline constexpr qint64 maxFloatCents = 1'000'000; // 10 000 €
inline constexpr int maxCommentLength = 500;

struct OpenSessionInfo
{
    QString stationId;
    qint64 seq = 0; // the opening document
    QString number;
    QString cashierId;
    QString cashierName;
    QDateTime openedUtc;
    qint64 floatCents = 0;
};

// What the drawer should hold, computed from the session's documents.
struct SessionTotals
{
    qint64 floatCents = 0;
    qint64 cashSalesCents = 0; // cash received net of change
    qint64 cashRefundsCents = 0;
    qint64 movementsInCents = 0;
    qint64 movementsOutCents = 0;
    qint64 cardCents = 0;
    qint64 chequeCents = 0;
    qint64 freeCents = 0;
    qint64 salesCount = 0;
    qint64 salesTotalCents = 0;
    qint64 refundsCount = 0;
    qint64 refundsTotalCents = 0;
    // Objects sent to recycling or the waste centre from the till: apart from the sales, never
    // in the turnover or the tickets.
    qint64 outflowsCount = 0;
    qint64 outflowGrams = 0;
    // Money donations: apart from the sales, never turnover; cash ones are in the drawer.
    qint64 donationsCount = 0;
    qint64 donationsCents = 0;
    qint64 cashDonationsCents = 0;
    qint64 cardDonationsCents = 0;
    qint64 chequeDonationsCents = 0;
    // Membership fees: apart from the sales, never turnover nor goods; cash ones are in the
    // drawer.
    qint64 membershipsCount = 0;
    qint64 membershipsCents = 0;
    qint64 cashMembershipsCents = 0;
    qint64 cardMembershipsCents = 0;
    qint64 chequeMembershipsCents = 0;
    qint64 expectedCashCents() const
    {
        return floatCents + cashSalesCents - cashRefundsCents + movementsInCents - movementsOutCents
            + cashDonationsCents + cashMembershipsCents;
    }
};

// The Z report, stored before it is shown.
struct ZReport
{
    DocumentStamp stamp;
    qint64 sessionSeq = 0;
    QString cashierName;
    QDateTime openedUtc;
    QDateTime closedUtc;
    SessionTotals totals;
    DenominationCount counted;
    qint64 countedCents = 0;
    qint64 expectedCents = 0;
    qint64 varianceCents = 0; // counted - expected
    qint64 thresholdCents = 0;
    QString comment;
    QString validatedBy; // name of the admin who validated a variance beyond the threshold
    qint64 grandTotalCents = 0; // perpetual grand total of the station after this session
    // The station was restored from a backup since its previous Z (the audit event
    // "station.restore" between the two in its journal): the numbering continued in newSeries;
    // lastNumber is the last number of oldSeries known at the restore (empty when none).
    struct Restore
    {
        QString oldSeries;
        QString newSeries;
        QString lastNumber;
    };
    std::optional<Restore> restore;
    // The VAT of the session's tickets, summed ticket by ticket (read from the tickets, which
    // captured their regime and rates).
    VatTotals vat;
    SolidarityTotals solidarity;
    // The register's cheques not on a deposit slip when this Z was made, oldest first
    // (ChequeSlips::waitingAtClosing): this session's and any earlier one's.
    QList<Cheque> chequesWaiting;
};

struct CloseRequest
{
    DenominationCount counted; // blind count
    QString comment; // required beyond the threshold
    std::optional<Unlock> validation; // an admin's PIN, required beyond the threshold
};

// Cash sessions of the local register: opening float, movements, blind closing count, Z report.
class CashSessions
{
    Q_DECLARE_TR_FUNCTIONS(CashSessions)

public:
    explicit CashSessions(Store &store);

    // After this long without any document, opening a session first has the cashier confirm the
    // date the PC shows (a clock that reset to a wrong day would date everything wrongly).
    static constexpr qint64 dateConfirmationSecs = 3 * 86400;
    // The business day to have confirmed before opening (today, as the clock says), or nullopt
    // when the station's last document is recent enough (or there is none).
    Result<std::optional<QDate>> needsDateConfirmation() const;
    // Refuses an opening when a confirmation is needed and `confirmed` is not today's date.
    Result<void> checkDateConfirmation(const std::optional<QDate> &confirmed) const;

    // The open session of this register, if any; a storage failure is an error.
    Result<std::optional<OpenSessionInfo>> openSession() const;
    // The open session a document made in the caller's transaction belongs to (a sale, a
    // refund, a donation, a fee); Conflict with whyNeeded when none is open.
    Result<OpenSessionInfo> requireOpen(const QString &whyNeeded) const;
    // The same for display, where a failure reads as "no session".
    std::optional<OpenSessionInfo> current() const;
    Result<OpenSessionInfo> open(
        const Actor &actor, qint64 floatCents, const DenominationCount &counted = {});
    Result<DocumentStamp> moveCash(
        const Actor &actor, MovementDirection direction, qint64 amountCents, const QString &reason);
    // Totals of the open session so far (what the closing will compare the count with).
    Result<SessionTotals> totals(qint64 sessionSeq) const;
    // Whether the count would need a comment and a validation; only called once the count is in.
    Result<qint64> varianceFor(const DenominationCount &counted) const;
    // A variance beyond the register's threshold needs a comment and an admin's validation.
    bool varianceBeyondThreshold(qint64 varianceCents) const;
    Result<ZReport> close(const Actor &actor, const CloseRequest &request);
    Result<ZReport> zReport(qint64 closingSeq) const;
    // The same for any station whose documents this database holds (the manager's reprint).
    Result<ZReport> zReport(const QString &stationId, qint64 closingSeq) const;

    // The discounts and free gifts of a station's session.
    Result<SolidarityTotals> solidarity(const QString &stationId, qint64 sessionSeq) const;

    // The float proposed for the next opening: the float the previous session started with.
    std::optional<qint64> proposedFloat() const;

    static Result<qint64> countTotal(const DenominationCount &counted);
    static Result<DenominationCount> parseCount(const QString &text); // "50x2,20x3,0.50x4"

private:
    Store &m_store;
};

} // namespace recaisse::core
