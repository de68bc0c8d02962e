#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTimeZone>

namespace recaisse::core {

class Store;

// Takings by payment kind over business days: cash net of the change given, refunds apart. The
// one rule of the overview's day and the weekly key figures' payment mix.
struct PaymentMix
{
    qint64 cashCents = 0;
    qint64 cardCents = 0;
    qint64 chequeCents = 0;
    qint64 freeCents = 0;
    void add(const PaymentMix &other);
};

// One station of the site on the manager's overview: its cash session and today's takings.
struct StationDay
{
    QString stationId;
    QString code;
    StationKind kind = StationKind::Register;
    qint64 varianceThresholdCents = 0;
    bool sessionOpen = false;
    QString operatorName; // the cashier of the open session
    QDateTime openedUtc;
    // Takings of the business day by payment kind (cash net of change), refunds apart.
    qint64 cashCents = 0;
    qint64 cardCents = 0;
    qint64 chequeCents = 0;
    qint64 freeCents = 0;
    qint64 refundsCents = 0;
    qint64 tickets = 0;
    qint64 takingsCents() const { return cashCents + cardCents + chequeCents - refundsCents; }
    // Outflow documents of the business day (objects sent to recycling or the waste centre):
    // apart from the sales, never in the takings or the tickets.
    qint64 outflows = 0;
    qint64 outflowGrams = 0;
    // The newest document the station created, as far as this database knows.
    QDateTime lastDocumentUtc;
    bool isLocal = false; // this computer's own station
    // Until when this database holds the station's journal: now for this computer's station,
    // the last successful pull of its journal for the others (invalid: never pulled).
    QDateTime dataAsOfUtc;
    // When the register's last session was closed, while no session is open (invalid
    // otherwise, and for a register that never closed one).
    QDateTime closedSinceUtc;
};

struct PeriodTotal
{
    QDate first;
    QDate last;
    qint64 takingsCents = 0; // sales minus refunds
    qint64 tickets = 0;
    qint64 outflows = 0; // outflow documents, apart from the tickets
    qint64 outflowGrams = 0;
};

// Kilograms received at reception and sold again, for one EEE family.
struct FamilyWeights
{
    QString eeeCode;
    qint64 receivedGrams = 0;
    qint64 reusedGrams = 0;
};

struct Overview
{
    QDate day;
    QDateTime computedUtc;
    QList<StationDay> stations;
    PeriodTotal today;
    PeriodTotal week; // since Monday
    PeriodTotal month; // since the 1st
    QList<QPair<QDate, qint64>> dailyTakings; // the last chartDays days, oldest first
    QList<FamilyWeights> families; // EEE-1..EEE-8 over the same days
};

// The manager's live view of the site: every register, the day, the week, the month.
class OverviewReport
{
    Q_DECLARE_TR_FUNCTIONS(OverviewReport)

public:
    static constexpr int chartDays = 30;

    explicit OverviewReport(Store &store);

    // Needs ViewReports (admins and supervisors); a refusal is audited.
    Result<Overview> compute(const Actor &actor) const;

    // The sales' payments of one station (empty: every station of the site) over the business
    // days from..to, by kind.
    Result<PaymentMix> paymentMix(
        const QString &stationId, const QDate &from, const QDate &to) const;

    // A station's data is stale when its journal last arrived here more than this long ago
    // (or never): the figures of that station may miss what it recorded since.
    static constexpr qint64 staleAfterSecs = 24 * 3600;

    // Freshness for people: "à l'instant", "il y a 3 min", "il y a 2 h", "il y a 4 jours".
    static QString freshness(const QDateTime &lastUtc, const QDateTime &nowUtc);
    // The same for a station of the overview, from when its data last arrived (dataAsOfUtc).
    static QString freshnessOf(const StationDay &station, const QDateTime &nowUtc);
    // Whether the station's figures may be out of date (staleAfterSecs); a closed register
    // whose journal arrived recently is not.
    static bool isStale(const StationDay &station, const QDateTime &nowUtc);
    // The session column: "open", "closed since <day and time in the site's zone>", "closed"
    // (never closed one), or a dash for a station that is not a register.
    static QString sessionState(const StationDay &station, const QTimeZone &zone);

private:
    Store &m_store;
};

} // namespace recaisse::core
