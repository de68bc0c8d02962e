#pragma once

// The station's clock against its own documents (DESIGN.md, "Time"): a station never dates a
// document before its previous one, so a PC whose clock went back (a dead CMOS battery, a wrong
// manual setting) records nothing until its clock is set right. This is the audited way out:
// the station notices it (check(), audited once as clock.behind), an administrator sets the PC's
// date and time, then confirms it here with the time read on a clock they trust; the correction
// is a technical event of the chain (clock) and audited (clock.confirm).

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace recaisse::core {

class Store;

struct ClockStatus
{
    QDateTime clockUtc; // what the PC's clock says
    QDateTime lastDocumentUtc; // the station's last document; invalid when it has none
    // Documents are refused: the clock is before the last document (beyond the NTP
    // tolerance) or before the first release.
    bool behind = false;
    qint64 behindSecs = 0; // how far before the last document, when behind
    QString message; // why documents are refused, when behind
};

class StationClock
{
    Q_DECLARE_TR_FUNCTIONS(StationClock)

public:
    // How far the time an administrator states may be from the PC's clock.
    static constexpr qint64 confirmToleranceSecs = 300;

    explicit StationClock(Store &store);

    Result<ClockStatus> status() const;
    // status(), and when the clock is behind, the audit event clock.behind (the clock's reading,
    // the last document's time), once until the clock is confirmed again.
    Result<ClockStatus> check();
    // An administrator (ManageSettings) confirms the PC's clock, set right, with `statedUtc`, the
    // time they read on a clock they trust. Refused (ClockWrong) while the PC's clock is still
    // behind the last document or more than confirmToleranceSecs from statedUtc: nothing is
    // recorded then. Recorded as a technical event (clock) and audited (clock.confirm), with
    // what was noticed (the last clock.behind) when there was something.
    Result<DocumentStamp> confirm(const Actor &actor, const QDateTime &statedUtc);

private:
    Store &m_store;
};

} // namespace recaisse::core
