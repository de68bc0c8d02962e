#include "homecollections.h"

#include "database.h"
#include "demoshop.h"
#include "ledger.h"
#include "pdfpages.h"
#include "permissions.h"
#include "sales.h"
#include "store.h"
#include "towns.h"
#include "users.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace recaisse::core {

namespace {

HomeCollection collectionFrom(const QSqlQuery &query)
{
    HomeCollection c;
    c.id = query.value(0).toString();
    c.day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    c.town = query.value(2).toString();
    c.postcode = query.value(3).toString();
    c.address = query.value(4).toString();
    c.contact = query.value(5).toString();
    c.note = query.value(6).toString();
    const QString status = query.value(7).toString();
    c.status = status == QLatin1String("done") ? CollectionStatus::Done
        : status == QLatin1String("cancelled") ? CollectionStatus::Cancelled
                                               : CollectionStatus::Planned;
    c.depositNumber = query.value(8).toString();
    return c;
}

// The write-ahead log still holds the erased address as it was: fold it into the database and
// empty it. Inside a caller's transaction (the demo shop's day) that caller's commit comes first,
// and the next checkpoint SQLite makes does it.
Result<void> foldWriteAheadLog(Database &db)
{
    if (db.transactionDepth() > 0)
        return {};
    return db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

const char selectColumns[] = "SELECT id, planned_day, town, town_postcode, coalesce(address, ''), "
                             "coalesce(contact, ''), note, status, coalesce(deposit_number, '') "
                             "FROM home_collection ";

} // namespace

QString toKey(CollectionStatus status)
{
    switch (status) {
    case CollectionStatus::Planned:
        return QStringLiteral("planned");
    case CollectionStatus::Done:
        return QStringLiteral("done");
    case CollectionStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString displayName(CollectionStatus status)
{
    switch (status) {
    case CollectionStatus::Planned:
        return HomeCollections::tr("Planned");
    case CollectionStatus::Done:
        return HomeCollections::tr("Done");
    case CollectionStatus::Cancelled:
        return HomeCollections::tr("Cancelled");
    }
    return {};
}

QString HomeCollection::townLabel() const
{
    return QStringLiteral("%1 (%2)").arg(town, postcode);
}

HomeCollections::HomeCollections(Store &store)
    : m_store(store)
{
}

Result<QList<HomeCollection>> HomeCollections::list(const QDate &from, bool closed) const
{
    QSqlQuery query(m_store.db().connection());
    query.setForwardOnly(true);
    const QString sql = QLatin1String(selectColumns)
        + QStringLiteral("WHERE (status = 'planned' OR :closed) AND planned_day >= :from "
                         "ORDER BY planned_day, CAST(id AS INTEGER)");
    if (!query.prepare(sql))
        return m_store.db().errorFrom(query.lastError());
    query.bindValue(QStringLiteral(":closed"), closed ? 1 : 0);
    query.bindValue(
        QStringLiteral(":from"), from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0"));
    if (!query.exec())
        return m_store.db().errorFrom(query.lastError());
    QList<HomeCollection> collections;
    while (query.next())
        collections << collectionFrom(query);
    return collections;
}

Result<HomeCollection> HomeCollections::find(const QString &id) const
{
    QSqlQuery query(m_store.db().connection());
    query.setForwardOnly(true);
    if (!query.prepare(QLatin1String(selectColumns) + QStringLiteral("WHERE id = ?")))
        return m_store.db().errorFrom(query.lastError());
    query.addBindValue(id.trimmed());
    if (!query.exec())
        return m_store.db().errorFrom(query.lastError());
    if (!query.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no home collection number %1 on this station.").arg(id.left(20)));
    return collectionFrom(query);
}

Result<HomeCollection> HomeCollections::plan(const Actor &actor, const HomeCollectionDraft &draft)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordDeposit); !allowed)
        return allowed.error();
    const QDate today = m_store.today();
    if (!draft.day.isValid() || draft.day < today
        || draft.day > today.addDays(maxCollectionDaysAhead))
        return makeError(ErrorCode::InvalidInput,
            tr("A home collection is planned from today to a year ahead."));
    auto town = Towns(m_store).find(draft.town);
    if (!town)
        return town.error();
    HomeCollection collection;
    collection.day = draft.day;
    collection.town = town->name;
    collection.postcode = town->postcode;
    collection.address = draft.address.simplified();
    collection.contact = draft.contact.simplified();
    collection.note = draft.note.simplified();
    if (collection.address.isEmpty() || collection.address.size() > maxCollectionAddress)
        return makeError(ErrorCode::InvalidInput,
            tr("Give the pickup's address (1 to %1 characters).").arg(maxCollectionAddress));
    if (collection.contact.isEmpty() || collection.contact.size() > maxCollectionContact)
        return makeError(ErrorCode::InvalidInput,
            tr("Give a contact for the pickup, such as a name and a phone number (1 to %1 "
               "characters).")
                .arg(maxCollectionContact));
    if (collection.note.size() > maxTextLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The note is too long (at most %1 characters).").arg(maxTextLength));

    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery next(db.connection());
    if (!next.exec(
            QStringLiteral("SELECT coalesce(max(CAST(id AS INTEGER)), 0) + 1 FROM home_collection"))
        || !next.next())
        return db.errorFrom(next.lastError());
    collection.id = QString::number(next.value(0).toLongLong());
    next.finish();
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO home_collection (id, planned_day, town, town_postcode, address, contact, "
        "note, status, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, 'planned', ?)"));
    if (auto done = db.exec(insert,
            {collection.id, collection.day.toString(Qt::ISODate), collection.town,
                collection.postcode, collection.address, collection.contact, collection.note,
                isoUtc(m_store.clock().nowUtc())});
        !done)
        return done.error();
    // The audit trail names the day and the town, never the address nor the contact.
    if (auto audited =
            AuditLog(m_store).record(actor.userId, QStringLiteral("collection.plan"), collection.id,
                {{QStringLiteral("day"), collection.day.toString(Qt::ISODate)},
                    {QStringLiteral("town"), collection.townLabel()}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return collection;
}

namespace {

Result<void> requirePlanned(const HomeCollection &collection)
{
    switch (collection.status) {
    case CollectionStatus::Planned:
        return {};
    case CollectionStatus::Done:
        return makeError(ErrorCode::InvalidInput,
            HomeCollections::tr("The home collection %1 is already done (deposit %2).")
                .arg(collection.id, collection.depositNumber));
    case CollectionStatus::Cancelled:
        return makeError(ErrorCode::InvalidInput,
            HomeCollections::tr("The home collection %1 was cancelled: plan a new one.")
                .arg(collection.id));
    }
    return {};
}

} // namespace

Result<void> HomeCollections::closeAndErase(const Actor &actor, const HomeCollection &collection,
    CollectionStatus status, const QString &depositNumber)
{
    Database &db = m_store.db();
    QSqlQuery &update = db.prepared(
        QStringLiteral("UPDATE home_collection SET status = ?, address = NULL, contact = NULL, "
                       "deposit_number = ?, closed_utc = ? WHERE id = ? AND status = 'planned'"));
    if (auto done = db.exec(update,
            {toKey(status), depositNumber.isEmpty() ? QVariant() : QVariant(depositNumber),
                isoUtc(m_store.clock().nowUtc()), collection.id});
        !done)
        return done;
    if (update.numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
            tr("The home collection %1 was closed meanwhile.").arg(collection.id));
    QJsonObject details{{QStringLiteral("day"), collection.day.toString(Qt::ISODate)},
        {QStringLiteral("town"), collection.townLabel()}};
    if (!depositNumber.isEmpty())
        details.insert(QStringLiteral("deposit"), depositNumber);
    return AuditLog(m_store).record(actor.userId,
        status == CollectionStatus::Done ? QStringLiteral("collection.done")
                                         : QStringLiteral("collection.cancel"),
        collection.id, details);
}

Result<void> HomeCollections::cancel(const Actor &actor, const QString &id)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordDeposit); !allowed)
        return allowed;
    auto collection = find(id);
    if (!collection)
        return collection.error();
    if (auto planned = requirePlanned(*collection); !planned)
        return planned;
    Database &db = m_store.db();
    // The erased row's bytes are overwritten, not left in a free page of the file.
    if (auto result = db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !result)
        return result;
    {
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started();
        if (auto closed = closeAndErase(actor, *collection, CollectionStatus::Cancelled, {});
            !closed)
            return closed;
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return foldWriteAheadLog(db);
}

Result<Deposit> HomeCollections::done(const Actor &actor, const QString &id,
    const QList<DepositLineDraft> &lines, const std::optional<Unlock> &unlock)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordDeposit); !allowed)
        return allowed.error();
    auto collection = find(id);
    if (!collection)
        return collection.error();
    if (auto planned = requirePlanned(*collection); !planned)
        return planned.error();
    DepositDraft draft;
    draft.lines = lines;
    for (DepositLineDraft &line : draft.lines)
        line.origin = Origin::HomeCollection;
    draft.town = collection->townLabel();
    draft.note = tr("Home collection %1").arg(collection->id);
    Deposits deposits(m_store);
    // Checked before anything is written: a wrong line leaves the collection planned. An
    // implausible weight is confirmed here, outside the transaction below: a wrong PIN stays
    // recorded (audit, lock-out) when the pickup is rolled back.
    auto weights = deposits.confirmWeights(actor, draft, unlock);
    if (!weights)
        return weights.error();

    Database &db = m_store.db();
    if (auto result = db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !result)
        return result.error();
    Deposit deposit;
    {
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started().error();
        auto recorded = deposits.recordConfirmed(actor, draft, *weights);
        if (!recorded)
            return recorded.error();
        deposit = *recorded;
        if (auto closed =
                closeAndErase(actor, *collection, CollectionStatus::Done, deposit.stamp.number);
            !closed)
            return closed.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (auto folded = foldWriteAheadLog(db); !folded)
        return folded.error();
    return deposit;
}

QByteArray HomeCollections::slip(const HomeCollection &collection, const SiteInfo &site)
{
    using Font = PdfPages::Font;
    constexpr int left = 50;
    constexpr int right = PdfPages::width - 50;
    PdfPages pages;
    if (site.demo)
        pages.markEveryPage(DemoShop::mark());
    double y = PdfPages::height - 60;
    pages.text(Font::Bold, 16, left, y, site.name);
    y -= 14;
    for (const QString &line : site.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        pages.text(Font::Regular, 9, left, y, line.trimmed());
        y -= 11;
    }
    y -= 20;
    pages.text(Font::Bold, 14, left, y, tr("Home collection slip no. %1").arg(collection.id));
    y -= 24;
    const auto field = [&](const QString &label, const QString &value) {
        pages.text(Font::Bold, 10, left, y, label);
        const QStringList parts = wrappedText(value, 60);
        for (int i = 0; i < parts.size(); ++i) {
            pages.text(Font::Regular, 10, left + 120, y, parts.at(i));
            y -= 14;
        }
        if (parts.isEmpty())
            y -= 14;
    };
    field(tr("Day"), collection.day.toString(QStringLiteral("dd/MM/yyyy")));
    field(tr("Town"), collection.townLabel());
    field(tr("Address"), collection.address);
    field(tr("Contact"), collection.contact);
    if (!collection.note.isEmpty())
        field(tr("Note"), collection.note);
    y -= 16;

    // The objects taken, written by hand, weighed back at the shop.
    pages.text(Font::Bold, 11, left, y, tr("Objects collected"));
    y -= 8;
    const double weightColumn = right - 90;
    const double countColumn = weightColumn - 70;
    pages.line(left, y, right, y);
    y -= 12;
    pages.text(Font::Bold, 9, left + 4, y, tr("Category or description"));
    pages.text(Font::Bold, 9, countColumn + 4, y, tr("Items"));
    pages.text(Font::Bold, 9, weightColumn + 4, y, tr("Weight (kg)"));
    y -= 6;
    const double tableTop = y + 18;
    for (int row = 0; row < 14; ++row) {
        pages.line(left, y, right, y);
        y -= 22;
    }
    pages.line(left, y, right, y);
    pages.line(left, tableTop, left, y);
    pages.line(countColumn, tableTop, countColumn, y);
    pages.line(weightColumn, tableTop, weightColumn, y);
    pages.line(right, tableTop, right, y);
    y -= 30;
    pages.text(Font::Regular, 9, left, y,
        tr("The donor gives these objects to the association, free of charge."));
    y -= 30;
    pages.text(Font::Bold, 10, left, y, tr("Donor's signature"));
    pages.text(Font::Bold, 10, left + 260, y, tr("Team's signature"));
    pages.rectangle(left, y - 70, 220, 60);
    pages.rectangle(left + 260, y - 70, 220, 60);
    pages.text(Font::Regular, 8, left, 40,
        tr("The address and the contact are erased from ReCaisse once the pickup is done."));
    return pages.document();
}

} // namespace recaisse::core
