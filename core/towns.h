#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

inline constexpr qsizetype maxTownName = 60;

// A town donors come from, with its postcode: the site's list, on which the tonnage received is
// reported to the local authority.
struct Town
{
    QString id;
    QString name;
    QString postcode; // five digits
    qint64 deposits = 0; // deposits recorded with it (all stations pulled so far)

    // "Montreuil (93100)"
    QString label() const;
};

// The site's towns. Listed to whoever receives donations, most frequent first; changed by an
// administrator on an administration station (ManageCategories), audited, carried to every station
// by the signed configuration. A town removed from the list stays on the deposits that named it
// (each deposit keeps its name and postcode).
class Towns
{
    Q_DECLARE_TR_FUNCTIONS(Towns)

public:
    explicit Towns(Store &store);
    // Most frequent first (deposits recorded with it), then by name.
    Result<QList<Town>> list() const;
    // By id, or by name or "name (postcode)" or postcode when only one town matches (case
    // ignored): what the command line and the deposit's validation accept.
    Result<Town> find(const QString &text) const;
    // A name of 1 to maxTownName characters, a French postcode (five digits), not already listed.
    Result<Town> add(const Actor &actor, const QString &name, const QString &postcode);
    Result<void> remove(const Actor &actor, const QString &id);

private:
    Store &m_store;
};

} // namespace recaisse::core
