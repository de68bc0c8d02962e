#include "portability.h"

#include "core/database.h"
#include "core/money.h"
#include "core/store.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace recaisse::core::portability {

const QList<EntitySpec> &entities()
{
    using Scope = EntitySpec::Scope;
    static const QList<EntitySpec> list = [] {
        QList<EntitySpec> specs{
            {QStringLiteral("sites"), QStringLiteral("site"), std::nullopt, {}, Scope::Site},
            // is_local and last_pull_utc describe the exporting PC's view, not the shop.
            {QStringLiteral("stations"), QStringLiteral("station"), std::nullopt,
                {QStringLiteral("is_local"), QStringLiteral("last_pull_utc")}, Scope::SiteColumn},
            // The PIN hash is a secret; the failed attempts and the lock belong to that PC.
            {QStringLiteral("users"), QStringLiteral("app_user"), std::nullopt,
                {QStringLiteral("pin_hash"), QStringLiteral("failed_attempts"),
                    QStringLiteral("locked_until_utc")},
                Scope::SiteColumn},
            {QStringLiteral("categories"), QStringLiteral("category"), std::nullopt, {},
                Scope::Shared},
        };
        static const QHash<DocumentKind, QString> names{
            {DocumentKind::SessionOpen, QStringLiteral("cash_session_openings")},
            {DocumentKind::SessionClose, QStringLiteral("cash_session_closings")},
            {DocumentKind::Sale, QStringLiteral("sales")},
            {DocumentKind::Refund, QStringLiteral("refunds")},
            {DocumentKind::CashMovement, QStringLiteral("cash_movements")},
            {DocumentKind::Deposit, QStringLiteral("deposits")},
            {DocumentKind::Outflow, QStringLiteral("outflows")},
            {DocumentKind::Closing, QStringLiteral("fiscal_closings")},
            {DocumentKind::TechnicalEvent, QStringLiteral("technical_events")},
            {DocumentKind::Membership, QStringLiteral("membership_fees")},
            {DocumentKind::TaxReceipt, QStringLiteral("tax_receipts")},
        };
        for (DocumentKind kind : allDocumentKinds())
            specs.append({names.value(kind, toKey(kind)), tablesOf(kind).main, kind, {},
                Scope::SiteStations});
        specs.append({QStringLiteral("audit_events"), QStringLiteral("audit_event"), std::nullopt,
            {}, Scope::SiteStations});
        specs.append({QStringLiteral("ecologic_export_runs"), QStringLiteral("export_run"),
            std::nullopt, {}, Scope::LocalSite});
        specs.append({QStringLiteral("schedules"), QStringLiteral("export_schedule"), std::nullopt,
            {}, Scope::LocalSite});
        return specs;
    }();
    return list;
}

const EntitySpec *entityNamed(const QString &name)
{
    for (const EntitySpec &spec : entities()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const QStringList &secretColumns()
{
    // Everything else that is secret (the site key, the station's private keys, the drive's
    // password, the recovery key) lives in the keychain or, encrypted, in sync tables that are
    // never exported.
    static const QStringList columns{QStringLiteral("app_user.pin_hash"),
        QStringLiteral("sync_state.value"), QStringLiteral("sync_sealed.data")};
    return columns;
}

Result<QList<ColumnSpec>> columnsOf(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return db.errorFrom(query.lastError());
    QList<ColumnSpec> columns;
    while (query.next()) {
        ColumnSpec column;
        column.name = query.value(1).toString();
        const QString type = query.value(2).toString().toUpper();
        column.type = type.contains(QLatin1String("INT")) ? ColumnSpec::Type::Integer
            : type.contains(QLatin1String("BLOB"))        ? ColumnSpec::Type::Blob
                                                          : ColumnSpec::Type::Text;
        column.primaryKey = query.value(5).toInt() > 0;
        columns.append(column);
    }
    if (columns.isEmpty())
        return makeError(
            ErrorCode::StorageFailure, Texts::tr("The table %1 does not exist.").arg(table));
    return columns;
}

QString childSheetName(DocumentKind kind, const QString &childTable)
{
    return toKey(kind) + QLatin1Char('.') + childTable;
}

QString displayKeyOf(const QString &column)
{
    if (!column.endsWith(QLatin1String("_cents")))
        return {};
    return column.chopped(6) + QStringLiteral("_display");
}

namespace {
bool isTimeColumn(const ColumnSpec &column)
{
    return column.type == ColumnSpec::Type::Text && column.name.endsWith(QLatin1String("_utc"));
}
} // namespace

QJsonValue exportedValue(const ColumnSpec &column, const QVariant &value, const QTimeZone &zone)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (column.type) {
    case ColumnSpec::Type::Integer:
        return value.toLongLong();
    case ColumnSpec::Type::Blob:
        return QString::fromLatin1(value.toByteArray().toBase64());
    case ColumnSpec::Type::Text:
        break;
    }
    const QString text = value.toString();
    if (isTimeColumn(column)) {
        const QDateTime utc = fromIsoUtc(text);
        // A stored time is always isoUtc(); anything else is kept as it is rather than lost.
        if (utc.isValid() && isoUtc(utc) == text)
            return utc.toTimeZone(zone).toString(Qt::ISODateWithMs);
    }
    return text;
}

void addRow(QJsonObject &object, const QList<ColumnSpec> &columns, const QList<QVariant> &values,
    const QTimeZone &zone)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnSpec &column = columns.at(i);
        const QVariant &value = values.at(i);
        object.insert(column.name, exportedValue(column, value, zone));
        const QString display = displayKeyOf(column.name);
        if (!display.isEmpty() && column.type == ColumnSpec::Type::Integer)
            object.insert(display,
                value.isNull() ? QJsonValue(QJsonValue::Null)
                               : QJsonValue(money::format(value.toLongLong())));
    }
}

Result<QVariant> storedValue(const ColumnSpec &column, const QJsonValue &value)
{
    const auto wrong = [&column](const QString &expected) {
        return makeError(ErrorCode::InvalidInput,
            Texts::tr("column %1: %2 expected").arg(column.name, expected));
    };
    if (value.isNull())
        return QVariant();
    switch (column.type) {
    case ColumnSpec::Type::Integer: {
        if (!value.isDouble())
            return wrong(Texts::tr("an integer"));
        const double number = value.toDouble();
        const qint64 integer = value.toInteger();
        if (double(integer) != number)
            return wrong(Texts::tr("an integer"));
        return QVariant(integer);
    }
    case ColumnSpec::Type::Blob: {
        if (!value.isString())
            return wrong(Texts::tr("base64 text"));
        const auto decoded = QByteArray::fromBase64Encoding(
            value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return wrong(Texts::tr("base64 text"));
        return QVariant(*decoded);
    }
    case ColumnSpec::Type::Text:
        break;
    }
    if (!value.isString())
        return wrong(Texts::tr("text"));
    // Empty text is stored as '' (Qt binds a null QString as NULL).
    const QString text = value.toString().isNull() ? QStringLiteral("") : value.toString();
    if (isTimeColumn(column)) {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            return wrong(Texts::tr("an ISO 8601 time"));
        return QVariant(isoUtc(time));
    }
    return QVariant(text);
}

bool isArchiveStation(Database &db)
{
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(archiveMetaKey));
    const bool archive =
        query.exec() && query.next() && query.value(0).toString() == QLatin1String("1");
    query.finish();
    return archive;
}

int removeLeftovers(const QString &dir)
{
    if (dir.isEmpty())
        return 0;
    QDir folder(dir);
    int removed = 0;
    const QStringList names =
        folder.entryList({QString::fromLatin1(partialPrefix) + QLatin1Char('*')
                             + QString::fromLatin1(partialSuffix)},
            QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        const bool ok =
            QFileInfo(path).isDir() ? QDir(path).removeRecursively() : QFile::remove(path);
        removed += ok ? 1 : 0;
    }
    return removed;
}

namespace {
const QString partialMetaKey = QStringLiteral("full_export_partial");
} // namespace

Result<void> markPartial(Database &db, const QString &folder)
{
    QSqlQuery query(db.connection());
    if (folder.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        return db.exec(query, {partialMetaKey});
    }
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                                 "DO UPDATE SET value = excluded.value"));
    return db.exec(query, {partialMetaKey, folder});
}

void removeMarkedPartial(Database &db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(partialMetaKey);
    if (!query.exec() || !query.next())
        return;
    const QString path = query.value(0).toString();
    query.finish();
    const QFileInfo info(path);
    // Only a folder of the export's own pattern is ever removed.
    if (info.fileName().startsWith(QString::fromLatin1(partialPrefix))
        && info.fileName().endsWith(QString::fromLatin1(partialSuffix)) && info.isDir()
        && !info.isSymLink())
        QDir(path).removeRecursively();
    (void)markPartial(db, {});
}

Result<QString> makeMarkedPartial(Database &db, const QString &dir)
{
    const QFileInfo info(dir);
    if (dir.isEmpty() || !info.isDir() || !info.isWritable())
        return makeError(ErrorCode::InvalidInput,
            Texts::tr("The folder %1 does not exist or cannot be written.").arg(dir));
    const QString folder = QDir(info.absoluteFilePath())
                               .filePath(QString::fromLatin1(partialPrefix)
                                   + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                   + QString::fromLatin1(partialSuffix));
    // Marked before it exists: a kill at any moment leaves nothing the next start does not know.
    if (auto marked = markPartial(db, folder); !marked)
        return marked.error();
    if (!QDir().mkpath(folder)) {
        (void)markPartial(db, {});
        return makeError(
            ErrorCode::StorageFailure, Texts::tr("The folder %1 cannot be written.").arg(dir));
    }
    return folder;
}

} // namespace recaisse::core::portability
