#pragma once

#include "deposits.h"
#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

namespace recaisse::core {

class Store;

enum class CollectionStatus { Planned, Done, Cancelled };
QString toKey(CollectionStatus status);
QString displayName(CollectionStatus status);

inline constexpr qsizetype maxCollectionAddress = 200;
inline constexpr qsizetype maxCollectionContact = 120;
// How far ahead a pickup may be planned.
inline constexpr qint64 maxCollectionDaysAhead = 366;

// A pickup at a donor's home. The address and the contact are personal data kept only while the
// pickup is planned: they are erased (overwritten on disk) once it is done or cancelled. The
// planning stays on the station where it was made: it is neither journaled nor synced, so no
// address ever reaches the drive (only the resulting deposit, which names the town).
struct HomeCollection
{
    QString id; // "1", "2"... on this station
    QDate day;
    QString town;
    QString postcode;
    QString address; // empty once done or cancelled
    QString contact; // empty once done or cancelled
    QString note;
    CollectionStatus status = CollectionStatus::Planned;
    QString depositNumber; // the deposit its weighed lines became (done)

    QString townLabel() const;
};

struct HomeCollectionDraft
{
    QDate day;
    QString town; // a town of the site's list (Towns::find)
    QString address;
    QString contact; // a name and a phone number, as the donor gave them
    QString note = {};
};

// The home collections' planning, and the pickup that becomes a deposit.
class HomeCollections
{
    Q_DECLARE_TR_FUNCTIONS(HomeCollections)

public:
    explicit HomeCollections(Store &store);

    // Planned ones from `from` on (every planned one when invalid), and with closed the done
    // and cancelled ones of those days too; by day, then id.
    Result<QList<HomeCollection>> list(const QDate &from = {}, bool closed = false) const;
    Result<HomeCollection> find(const QString &id) const;
    // Whoever receives donations: a day from today to a year ahead, a town of the list, an
    // address and a contact.
    Result<HomeCollection> plan(const Actor &actor, const HomeCollectionDraft &draft);
    // Refused unless planned; erases the address and the contact.
    Result<void> cancel(const Actor &actor, const QString &id);
    // The weighed lines of the pickup become one deposit, channel "home collection", naming the
    // collection's town; the collection is done and its address and contact erased, in the same
    // transaction (refused unless planned: a pickup is never recorded twice).
    Result<Deposit> done(const Actor &actor, const QString &id,
        const QList<DepositLineDraft> &lines, const std::optional<Unlock> &unlock = std::nullopt);

    // The pickup slip the team takes along: the site, the day, the address, the contact, lines
    // to write the objects and their weights by hand, and the donor's signature (one A4 page).
    static QByteArray slip(const HomeCollection &collection, const SiteInfo &site);

private:
    // Overwrites the erased address and contact on disk and in the write-ahead log.
    Result<void> closeAndErase(const Actor &actor, const HomeCollection &collection,
        CollectionStatus status, const QString &depositNumber);

    Store &m_store;
};

} // namespace recaisse::core
