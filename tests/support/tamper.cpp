#include "tamper.h"

#include "core/ledger.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace recaisse::test {

using namespace recaisse::core;

QString tamper(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tamper-%1").arg(++counter);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            failure = db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (failure.isEmpty() && !query.exec(statement))
                failure = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

QString tamperHidden(
    const QString &path, const QStringList &triggers, const QStringList &statements)
{
    QStringList recreate;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        for (const QString &trigger : triggers) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"));
            query.addBindValue(trigger);
            if (query.exec() && query.next())
                recreate << query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read"));
    if (recreate.size() != triggers.size())
        return QStringLiteral("a trigger is missing");
    QStringList all;
    for (const QString &trigger : triggers)
        all << QStringLiteral("DROP TRIGGER ") + trigger;
    return tamper(path, all + statements + recreate);
}

QString rechain(TestShop &shop, qint64 fromSeq)
{
    Store &store = *shop.store;
    QSqlQuery query(store.db().connection());
    query.prepare(QStringLiteral("SELECT number FROM document WHERE station_id = ? AND seq >= ? "
                                 "ORDER BY seq"));
    query.addBindValue(store.station().id);
    query.addBindValue(fromSeq);
    if (!query.exec())
        return query.lastError().text();
    QStringList numbers;
    while (query.next())
        numbers << query.value(0).toString();
    QSqlQuery previous(store.db().connection());
    previous.prepare(QStringLiteral("SELECT hash FROM document WHERE station_id = ? AND seq = ?"));
    previous.addBindValue(store.station().id);
    previous.addBindValue(fromSeq - 1);
    if (!previous.exec())
        return previous.lastError().text();
    QString prevHash =
        previous.next() ? previous.value(0).toString() : QString::fromLatin1(zeroHash);
    QStringList statements;
    for (const QString &number : std::as_const(numbers)) {
        auto header = findDocument(store, number);
        if (!header)
            return header.error().message;
        header->prevHash = prevHash;
        auto body = readDocumentBody(store, *header);
        if (!body)
            return body.error().message;
        const QString hash = chainHash(prevHash, hashedForm(*header, *body));
        statements << QStringLiteral("UPDATE document SET prev_hash = '%1', hash = '%2' WHERE "
                                     "station_id = '%3' AND seq = %4")
                          .arg(prevHash, hash, header->stationId)
                          .arg(header->seq);
        prevHash = hash;
    }
    return tamperHidden(shop.path(), {QStringLiteral("document_no_update")}, statements);
}

} // namespace recaisse::test
