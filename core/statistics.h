#pragma once

#include <QJsonObject>

namespace recaisse::core {

class Store;

// Counts and totals over every station's data present in the database.
struct StoreStatistics
{
    qint64 sales = 0;
    qint64 saleLines = 0;
    qint64 salesTotalCents = 0;
    qint64 linesTotalCents = 0;
    qint64 paymentsTotalCents = 0; // net of change given
    qint64 refunds = 0;
    qint64 refundsTotalCents = 0;
    // Money donations: apart from the sales, never in the turnover.
    qint64 donations = 0;
    qint64 donationsCents = 0;
    // Membership fees: apart from the sales, never in the turnover.
    qint64 memberships = 0;
    qint64 membershipsCents = 0;
    qint64 sessionsOpen = 0;
    qint64 sessionsClosed = 0;
    qint64 deposits = 0;
    qint64 depositLines = 0;
    qint64 depositWeightGrams = 0;
    qint64 auditEvents = 0;
    qint64 journalRecords = 0;

    static StoreStatistics collect(Store &store);
    QJsonObject toJson() const;
};

} // namespace recaisse::core
