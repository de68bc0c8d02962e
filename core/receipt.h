#pragma once

#include "cashsession.h"
#include "closings.h"
#include "deposits.h"
#include "domain.h"
#include "sales.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace recaisse::core {

// Plain-text tickets of a fixed width (42 columns on 80 mm paper, 32 on 58 mm). Every line is at
// most width characters: long names are cut, amounts stay right-aligned.
class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)

public:
    static constexpr int minWidth = 24;

    static QStringList forSale(const Sale &sale, const SiteInfo &site, const StationInfo &station,
        const QTimeZone &zone, int width = 42, bool duplicate = false);
    // The donor's receipt. categoryNames maps the draft's category ids to their names (the id is
    // printed when a name is missing).
    static QStringList forDeposit(const Deposit &deposit, const DepositDraft &draft,
        const SiteInfo &site, const StationInfo &station, const QTimeZone &zone, int width = 42,
        bool duplicate = false, const QHash<QString, QString> &categoryNames = {});
    static QStringList forZReport(const ZReport &report, const SiteInfo &site,
        const StationInfo &station, const QTimeZone &zone, int width = 42, bool duplicate = false);

    // The devices page's and `device test printer`'s ticket: the site, the station, the local time
    // and the accented characters and digits a receipt must print right.
    static QStringList forPrinterTest(const SiteInfo &site, const StationInfo &station,
        const QDateTime &localTime, int width = 42);
    // A day, month or year closing (always a copy: the closing is in the chain already).
    static QStringList forClosing(const PeriodClosing &closing, const SiteInfo &site,
        const StationInfo &station, const QTimeZone &zone, int width = 42);
    // The period a closing covers, in words: "12/03/2026", "03/2026", "2026".
    static QString periodText(const PeriodClosing &closing);

    // The short form of a chain hash printed on tickets (first 12 hex characters).
    static QString shortHash(const QString &hash);
};

} // namespace recaisse::core
