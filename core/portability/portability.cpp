#include "portability.h"

#include "core/database.h"
#include "core/money.h"
#include "core/store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>
#include <limits>
#include <optional>

namespace recaisse::core::portability {

const QList<EntitySpec> &entities()
{
    using Scope = EntitySpec::Scope;
    static const QList<EntitySpec> list = [] {
        QList<EntitySpec> specs{
            {QStringLiteral("sites"), QStringLiteral("site"), std::nullopt, {}, Scope::Site},
            // is_local, last_pull_utc and the heartbeat describe the exporting PC's view, not the
            // shop.
            {QStringLiteral("stations"), QStringLiteral("station"), std::nullopt,
                {QStringLiteral("is_local"), QStringLiteral("last_pull_utc"),
                    QStringLiteral("heartbeat_utc"), QStringLiteral("heartbeat_seq")},
                Scope::SiteColumn},
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
            {DocumentKind::ChequeSlip, QStringLiteral("cheque_slips")},
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

namespace {

constexpr qint64 msecsPerDay = 86'400'000;
constexpr qint64 unixEpochJulianDay = 2'440'588;

// "2026-03-10T08:00:00.000Z" (isoUtc()'s form, exactly) -> milliseconds since the epoch.
std::optional<qint64> parseIsoUtc(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    const auto number = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    const int msec = number(20, 3);
    if (year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || msec < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return (date.toJulianDay() - unixEpochJulianDay) * msecsPerDay
        + ((hour * 60 + minute) * 60 + second) * 1000LL + msec;
}

void appendDigits(QString &out, int value, int width)
{
    char16_t digits[4];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char16_t(u'0' + value % 10);
    out.append(QStringView(digits, width));
}

} // namespace

LocalTimes::LocalTimes(const QTimeZone &zone)
    : m_zone(zone)
{
}

int LocalTimes::offsetAt(qint64 msecsUtc)
{
    if (msecsUtc >= m_from && msecsUtc < m_to)
        return m_offset;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecsUtc, QTimeZone::utc());
    m_offset = m_zone.offsetFromUtc(at);
    m_from = msecsUtc;
    m_to = msecsUtc + 1;
    if (m_zone.hasTransitions()) {
        // The offset holds from the last transition at or before this time to the next one.
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        const qint64 from = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch()
                                                     : std::numeric_limits<qint64>::min();
        const qint64 to = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch()
                                               : std::numeric_limits<qint64>::max();
        if (from <= msecsUtc && msecsUtc < to) {
            m_from = from;
            m_to = to;
        }
    }
    return m_offset;
}

QString LocalTimes::exported(const QString &storedUtc)
{
    const std::optional<qint64> utc = parseIsoUtc(storedUtc);
    if (!utc)
        return storedUtc;
    const int offset = offsetAt(*utc);
    const qint64 local = *utc + offset * 1000LL;
    const qint64 days = local >= 0 ? local / msecsPerDay : (local - msecsPerDay + 1) / msecsPerDay;
    const QDate date = QDate::fromJulianDay(days + unixEpochJulianDay);
    // Qt writes "Z" or nothing for some zones at offset 0, and other years differently: it says.
    if (offset == 0 || date.year() < 1000 || date.year() > 9999)
        return QDateTime::fromMSecsSinceEpoch(*utc, m_zone).toString(Qt::ISODateWithMs);
    qint64 msOfDay = local - days * msecsPerDay;
    QString out;
    out.reserve(29);
    appendDigits(out, date.year(), 4);
    out.append(u'-');
    appendDigits(out, date.month(), 2);
    out.append(u'-');
    appendDigits(out, date.day(), 2);
    out.append(u'T');
    appendDigits(out, int(msOfDay / 3'600'000), 2);
    out.append(u':');
    appendDigits(out, int(msOfDay / 60'000 % 60), 2);
    out.append(u':');
    appendDigits(out, int(msOfDay / 1000 % 60), 2);
    out.append(u'.');
    appendDigits(out, int(msOfDay % 1000), 3);
    const int minutes = std::abs(offset) / 60;
    out.append(offset < 0 ? u'-' : u'+');
    appendDigits(out, minutes / 60, 2);
    out.append(u':');
    appendDigits(out, minutes % 60, 2);
    return out;
}

QJsonValue exportedValue(const ColumnSpec &column, const QVariant &value, LocalTimes &times)
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
    // A stored time is always isoUtc(); anything else is kept as it is rather than lost.
    if (isTimeColumn(column))
        return times.exported(value.toString());
    return value.toString();
}

namespace {

// Most texts (keys, codes, times, ids) are printable ASCII with nothing to escape: those are
// copied in one go, without the UTF-8 conversion's allocation.
bool appendPlainAscii(QByteArray &out, QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\')
            return false;
    }
    const qsizetype at = out.size();
    out.resize(at + text.size() + 2);
    char *to = out.data() + at;
    *to++ = '"';
    for (const QChar c : text)
        *to++ = char(c.unicode());
    *to = '"';
    return true;
}

void appendJsonString(QByteArray &out, QStringView text)
{
    if (appendPlainAscii(out, text))
        return;
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(hex[byte >> 4]);
                out.append(hex[byte & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

// money::format(cents) as a JSON string, written straight as UTF-8 ("1 234,56 €"): a
// row's money columns would otherwise each cost a QString built piece by piece and converted.
void appendMoneyDisplay(QByteArray &out, qint64 cents)
{
    char buffer[64];
    char *to = buffer;
    *to++ = '"';
    if (cents < 0)
        *to++ = '-';
    const quint64 absolute = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    char digits[24];
    int count = 0;
    for (quint64 units = absolute / 100; count == 0 || units > 0; units /= 10)
        digits[count++] = char('0' + units % 10);
    for (int i = count - 1; i >= 0; --i) {
        *to++ = digits[i];
        if (i > 0 && i % 3 == 0) { // U+202F narrow no-break space
            *to++ = '\xE2';
            *to++ = '\x80';
            *to++ = '\xAF';
        }
    }
    *to++ = ',';
    *to++ = char('0' + absolute % 100 / 10);
    *to++ = char('0' + absolute % 10);
    for (const char c : {'\xC2', '\xA0', '\xE2', '\x82', '\xAC'}) // U+00A0, €
        *to++ = c;
    *to++ = '"';
    out.append(buffer, to - buffer);
}

} // namespace

void appendJson(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        if (integer != std::numeric_limits<qint64>::min() || number == double(integer))
            out.append(QByteArray::number(integer));
        else if (std::isfinite(number))
            out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
        else
            out.append("null");
        return;
    }
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        return;
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    // Not written by the export's rows; kept correct all the same.
    const QByteArray nested = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    out.append(nested);
}

QList<QJsonValue> appendRow(QByteArray &out, const QList<ColumnSpec> &columns,
    const QList<QVariant> &values, LocalTimes &times, bool &first)
{
    QList<QJsonValue> exported;
    exported.reserve(columns.size());
    const auto key = [&](const QString &name) {
        if (!first)
            out.append(',');
        first = false;
        appendJsonString(out, name);
        out.append(':');
    };
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnSpec &column = columns.at(i);
        const QVariant &value = values.at(i);
        exported.append(exportedValue(column, value, times));
        key(column.name);
        appendJson(out, exported.last());
        if (column.type == ColumnSpec::Type::Integer && column.name.endsWith(u"_cents")) {
            key(displayKeyOf(column.name));
            if (value.isNull())
                out.append("null");
            else
                appendMoneyDisplay(out, value.toLongLong());
        }
    }
    return exported;
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
