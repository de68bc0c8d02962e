#pragma once

#include "cashsession.h"
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

    // The mark every document of a demo shop carries, top and bottom (SiteInfo::demo).
    static QString demoText();

    static QStringList forSale(const Sale &sale, const SiteInfo &site, const StationInfo &station,
        const QTimeZone &zone, int width = 42, bool duplicate = false);
    // The donor's receipt. categoryNames maps the draft's category ids to their names (the id is
    // printed when a name is missing).
    static QStringList forDeposit(const Deposit &deposit, const DepositDraft &draft,
        const SiteInfo &site, const StationInfo &station, const QTimeZone &zone, int width = 42,
        bool duplicate = false, const QHash<QString, QString> &categoryNames = {});
    static QStringList forZReport(const ZReport &report, const SiteInfo &site,
        const StationInfo &station, const QTimeZone &zone, int width = 42, bool duplicate = false);

    // The short form of a chain hash printed on tickets (first 12 hex characters).
    static QString shortHash(const QString &hash);
};

} // namespace recaisse::core
