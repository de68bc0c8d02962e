#include "ecologicexport.h"

#include "core/demoshop.h"
#include "core/exports/partners.h"
#include "core/exports/tonnagereport.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/sync/syncengine.h"
#include "core/technicalevents.h"
#include "core/users.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace recaisse::core {

Q_LOGGING_CATEGORY(lcEcologic, "recaisse.exports.ecologic")

namespace {

// The site's name as it appears in a file name: lower-case ASCII letters, digits and '-'.
QString fileSafe(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("site") : out.left(40);
}

} // namespace

Result<EcologicPeriod> EcologicPeriod::range(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return makeError(
            ErrorCode::InvalidInput, tr("The period needs a valid first and last day."));
    if (from > to)
        return makeError(ErrorCode::InvalidInput,
            tr("The period starts after it ends (%1 is after %2).")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (from.daysTo(to) > 366 * 10)
        return makeError(ErrorCode::InvalidInput, tr("A period covers at most ten years."));
    return EcologicPeriod{from, to};
}

Result<EcologicPeriod> EcologicPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || year < 2000 || year > 2200)
        return makeError(ErrorCode::InvalidInput, tr("Unknown month %1-%2.").arg(year).arg(month));
    return EcologicPeriod{first, first.addMonths(1).addDays(-1)};
}

Result<EcologicPeriod> EcologicPeriod::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4 || year < 2000 || year > 2200)
        return makeError(ErrorCode::InvalidInput,
            tr("Unknown quarter %1-Q%2: a quarter is Q1 to Q4.").arg(year).arg(quarter));
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    return EcologicPeriod{first, first.addMonths(3).addDays(-1)};
}

Result<EcologicPeriod> EcologicPeriod::year(int year)
{
    if (year < 2000 || year > 2200)
        return makeError(ErrorCode::InvalidInput, tr("Unknown year %1.").arg(year));
    return EcologicPeriod{QDate(year, 1, 1), QDate(year, 12, 31)};
}

Result<EcologicPeriod> EcologicPeriod::parse(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression quarterPattern(QStringLiteral("^([0-9]{4})-[Qq]([0-9]+)$"));
    static const QRegularExpression monthPattern(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
    static const QRegularExpression yearPattern(QStringLiteral("^([0-9]{4})$"));
    static const QRegularExpression rangePattern(QStringLiteral(
        "^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:\\.\\.| ?/ ?)([0-9]{4}-[0-9]{2}-[0-9]{2})$"));
    if (const auto m = quarterPattern.match(text); m.hasMatch())
        return quarter(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = monthPattern.match(text); m.hasMatch())
        return month(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = yearPattern.match(text); m.hasMatch())
        return year(m.captured(1).toInt());
    if (const auto m = rangePattern.match(text); m.hasMatch()) {
        const QDate from = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate to = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return makeError(
                ErrorCode::InvalidInput, tr("\"%1\" holds an invalid date.").arg(text));
        return range(from, to);
    }
    return makeError(ErrorCode::InvalidInput,
        tr("Unknown period \"%1\": use 2026-Q3, 2026-07, 2026 or 2026-07-01..2026-09-30.")
            .arg(text));
}

namespace {

// By default an export goes to kDrive `exports/` through the sync queue, when the site has an
// account; the sync worker uploads it (and keeps it queued while offline).
ExportPublisher syncQueuePublisher(Store &store)
{
    return [&store](const QString &localFile, const QString &remoteName) {
        const auto status = sync::SyncEngine::status(store);
        if (!status || !status->configured)
            return;
        if (auto queued = sync::SyncEngine::enqueueUpload(store, localFile, remoteName); !queued)
            qCWarning(lcEcologic) << "cannot queue" << localFile
                                  << "for upload:" << queued.error().message;
    };
}

} // namespace

EcologicExport::EcologicExport(Store &store, const QString &partner)
    : m_store(store)
    , m_schema(Partners::definition(partner))
    , m_publisher(syncQueuePublisher(store))
{
}

EcologicExport::EcologicExport(Store &store, EcologicSchema schema)
    : m_store(store)
    , m_schema(std::move(schema))
    , m_publisher(syncQueuePublisher(store))
{
}

void EcologicExport::setPublisher(ExportPublisher publisher)
{
    m_publisher = publisher ? std::move(publisher) : syncQueuePublisher(m_store);
}

QString EcologicExport::defaultFolder() const
{
    return QFileInfo(m_store.db().path()).absoluteDir().filePath(QStringLiteral("exports"));
}

QString EcologicExport::aggregationSql()
{
    return MaterialFlows::sql();
}

Result<EcologicDeclaration> EcologicExport::prepare(
    const Actor &actor, const EcologicPeriod &period) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    return aggregate(period);
}

Result<EcologicDeclaration> EcologicExport::aggregate(const EcologicPeriod &period) const
{
    if (!m_schema)
        return m_schema.error();
    if (auto valid = EcologicPeriod::range(period.from, period.to); !valid)
        return valid.error();
    EcologicDeclaration declaration;
    declaration.period = period;
    declaration.site = m_store.site().name;
    declaration.generatedUtc = m_store.clock().nowUtc();
    QHash<QString, int> rowOf;
    for (const EcologicCode &code : m_schema->codes) {
        EcologicRow row;
        row.code = code.code;
        row.label = code.label;
        row.unitWeightGrams = code.unitWeightGrams;
        rowOf.insert(code.code, int(declaration.rows.size()));
        declaration.rows << row;
    }

    PartnerMapping mapping(m_store);
    if (auto loaded = mapping.load(); !loaded)
        return loaded.error();
    const auto flows = MaterialFlows(m_store).rows(period.from, period.to);
    if (!flows)
        return flows.error();
    QMap<QString, qint64> unweighed;
    QList<TonnageFigures> figures(declaration.rows.size());
    for (const FlowRow &flow : *flows) {
        const PartnerAssignment assigned = mapping.resolve(flow.categoryId, flow.eeeCode);
        if (assigned.partner != m_schema->partner)
            continue;
        const auto it = rowOf.constFind(assigned.code);
        if (it == rowOf.constEnd()) {
            // A code the categories carry but the schema does not know: the mapping is wrong.
            return makeError(ErrorCode::InvalidInput,
                tr("The categories use the code \"%1\", unknown to the schema %2.")
                    .arg(assigned.code, m_schema->format));
        }
        figures[*it].add(mapping.counted(flow, assigned));
        unweighed[assigned.code] += flow.unweighedWithoutAverage;
    }
    for (qsizetype i = 0; i < declaration.rows.size(); ++i) {
        const TonnageFigures &f = figures.at(i);
        EcologicRow &row = declaration.rows[i];
        row.depositCount = f.receivedCount;
        row.depositGrams = f.receivedGrams;
        row.depositPartnerGrams = f.receivedByChannel.value(QStringLiteral("partner-waste-centre"));
        row.depositBroughtGrams = row.depositGrams - row.depositPartnerGrams;
        row.reuseCount = f.soldCount;
        row.reuseGrams = f.soldGrams;
        row.reuseEstimatedGrams = f.soldEstimatedGrams;
        row.reuseCents = f.soldCents;
        row.givenGrams = f.givenGrams;
        row.recyclingGrams = f.recycledGrams;
        row.wasteCentreGrams = f.wasteGrams;
    }
    // Unweighed sales count the category's average weight: without one they weigh nothing.
    for (auto it = unweighed.cbegin(); it != unweighed.cend(); ++it)
        if (it.value() > 0)
            declaration.warnings << tr("%1: %2 item(s) sold without a weight in a category "
                                       "without an average weight: they count 0 kg.")
                                        .arg(it.key())
                                        .arg(it.value());
    return declaration;
}

Result<QByteArray> EcologicExport::render(const EcologicDeclaration &declaration) const
{
    if (!m_schema)
        return m_schema.error();
    const EcologicSchema &schema = *m_schema;
    QString text = schema.header().join(schema.separator) + schema.lineEnd;
    for (const EcologicRow &row : declaration.rows) {
        QStringList fields;
        for (const EcologicColumn &column : schema.columns) {
            const QString &s = column.source;
            qint64 units = 0;
            QString value;
            if (s == QLatin1String("period_from"))
                value = declaration.period.from.toString(schema.dateFormat);
            else if (s == QLatin1String("period_to"))
                value = declaration.period.to.toString(schema.dateFormat);
            else if (s == QLatin1String("site"))
                value = schema.quoted(declaration.site);
            else if (s == QLatin1String("code"))
                value = row.code;
            else if (s == QLatin1String("label"))
                value = schema.quoted(row.label);
            else if (s == QLatin1String("generated_at"))
                value = declaration.generatedUtc.toUTC().toString(schema.dateTimeFormat);
            else if (s == QLatin1String("deposit_count"))
                units = row.depositCount;
            else if (s == QLatin1String("deposit_grams"))
                units = row.depositGrams;
            else if (s == QLatin1String("deposit_brought_grams"))
                units = row.depositBroughtGrams;
            else if (s == QLatin1String("deposit_partner_grams"))
                units = row.depositPartnerGrams;
            else if (s == QLatin1String("reuse_count"))
                units = row.reuseCount;
            else if (s == QLatin1String("reuse_grams"))
                units = row.reuseGrams;
            else if (s == QLatin1String("reuse_estimated_grams"))
                units = row.reuseEstimatedGrams;
            else if (s == QLatin1String("reuse_cents"))
                units = row.reuseCents;
            else if (s == QLatin1String("recycling_grams"))
                units = row.recyclingGrams;
            else if (s == QLatin1String("waste_centre_grams"))
                units = row.wasteCentreGrams;
            else if (s == QLatin1String("given_grams"))
                units = row.givenGrams;
            else if (s == QLatin1String("unit_weight_grams"))
                units = row.unitWeightGrams;
            else if (s == QLatin1String("deposit_standard_grams"))
                units = row.depositCount * row.unitWeightGrams;
            else if (s == QLatin1String("reuse_standard_grams"))
                units = row.reuseCount * row.unitWeightGrams;
            else if (s == QLatin1String("partner"))
                value = schema.quoted(schema.partnerName);
            if (column.type == EcologicColumn::Type::Integer)
                value = QString::number(units);
            else if (column.type == EcologicColumn::Type::Decimal) {
                // Grams and cents are the base units; a column of another scale is rescaled
                // exactly (kg with 3 decimals = grams, euros with 2 = cents).
                const int baseScale = s == QLatin1String("reuse_cents") ? 2 : 3;
                qint64 scaled = units;
                for (int i = baseScale; i < column.scale; ++i)
                    scaled *= 10;
                for (int i = column.scale; i < baseScale; ++i)
                    scaled = (scaled + (scaled >= 0 ? 5 : -5)) / 10;
                value = schema.formatDecimal(scaled, column.scale);
            }
            fields << value;
        }
        text += fields.join(schema.separator) + schema.lineEnd;
    }
    return schema.encode(text);
}

EcologicCheck EcologicExport::check(const EcologicDeclaration &declaration) const
{
    auto bytes = render(declaration);
    if (!bytes)
        return EcologicCheck{{bytes.error().message}, {}};
    EcologicCheck checked = m_schema->check(*bytes);
    checked.warnings = declaration.warnings + checked.warnings;
    return checked;
}

QString EcologicExport::fileName(const EcologicPeriod &period, int version) const
{
    // A demo shop's declaration is invented: its name says so, so that it is never sent.
    return QStringLiteral("%1%2_%3_%4_%5_v%6.csv")
        .arg(DemoShop::fileNamePrefix(m_store.isDemo()),
            m_schema ? m_schema->partner : Partners::defaultId(), fileSafe(m_store.site().name),
            period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))
        .arg(version);
}

bool EcologicExport::isEcologic() const
{
    return !m_schema || m_schema->partner == Partners::defaultId();
}

Result<EcologicRunResult> EcologicExport::run(
    const Actor &actor, const EcologicPeriod &period, const QString &folder)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ExportData); !allowed)
        return allowed.error();
    return execute(actor.userId, 0, period, folder, {});
}

Result<EcologicRunResult> EcologicExport::runScheduled(const QString &actorId, qint64 scheduleId,
    const EcologicPeriod &period, const QStringList &extraWarnings)
{
    return execute(actorId, scheduleId, period, {}, extraWarnings);
}

Result<EcologicRunResult> EcologicExport::execute(const QString &actorId, qint64 scheduleId,
    const EcologicPeriod &period, const QString &folderPath, const QStringList &extraWarnings)
{
    // A failed run is kept too: in the run history and in the audit trail.
    const auto fail = [&](const Error &error) -> Result<EcologicRunResult> {
        logRun(actorId, scheduleId, period, QStringLiteral("failed"), {}, error.message,
            extraWarnings);
        QJsonObject details{{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
            {QStringLiteral("reason"), error.message.left(2000)}};
        if (scheduleId > 0)
            details.insert(QStringLiteral("schedule"), scheduleId);
        if (auto audited = AuditLog(m_store).record(actorId,
                isEcologic() ? QStringLiteral("export.ecologic-failed")
                             : QStringLiteral("export.partner-failed"),
                {}, details);
            !audited)
            qCWarning(lcEcologic) << "failed run not audited:" << audited.error().message;
        return error;
    };
    auto declaration = aggregate(period);
    if (!declaration)
        return fail(declaration.error());
    auto bytes = render(*declaration);
    if (!bytes)
        return fail(bytes.error());
    const EcologicCheck checked = m_schema->check(*bytes);
    if (!checked.ok()) {
        return fail(makeError(ErrorCode::IntegrityFailure,
            tr("The declaration does not match the schema %1; nothing was written:")
                    .arg(m_schema->format)
                + QLatin1Char('\n') + checked.errors.join(QLatin1Char('\n'))));
    }

    const QString folder = QDir(folderPath.isEmpty() ? defaultFolder() : folderPath).absolutePath();
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return fail(makeError(
            ErrorCode::StorageFailure, tr("The archive folder %1 cannot be created.").arg(folder)));

    // The next version of this period: previous versions are kept, never overwritten.
    const QString prefix = fileName(period, 0).chopped(5); // "…_v"
    int version = 1;
    for (const QString &name :
        dir.entryList({prefix + QStringLiteral("*.csv")}, QDir::Files | QDir::Hidden)) {
        bool ok = false;
        const int n = name.mid(prefix.size()).chopped(4).toInt(&ok);
        if (ok)
            version = std::max(version, n + 1);
    }

    QTemporaryFile temporary(dir.filePath(QStringLiteral(".ecologic-XXXXXX.part")));
    if (!temporary.open())
        return fail(makeError(ErrorCode::StorageFailure,
            tr("The archive folder %1 is not writable: %2").arg(folder, temporary.errorString())));
    if (temporary.write(*bytes) != bytes->size() || !temporary.flush())
        return fail(makeError(ErrorCode::StorageFull,
            tr("The declaration could not be written in %1: %2")
                .arg(folder, temporary.errorString())));
    temporary.close();
    QString finalPath;
    // rename() never replaces an existing file: a concurrent run takes the next version.
    for (int attempt = 0; attempt < 100; ++attempt, ++version) {
        const QString candidate = dir.filePath(fileName(period, version));
        if (!QFile::exists(candidate) && temporary.rename(candidate)) {
            finalPath = candidate;
            break;
        }
    }
    if (finalPath.isEmpty())
        return fail(makeError(ErrorCode::StorageFailure,
            tr("The declaration could not be archived in %1.").arg(folder)));
    temporary.setAutoRemove(false);

    QStringList warnings = extraWarnings;
    warnings << declaration->warnings << checked.warnings;
    QJsonObject details{{QStringLiteral("format"), m_schema->format},
        {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
        {QStringLiteral("version"), version},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    if (scheduleId > 0)
        details.insert(QStringLiteral("schedule"), scheduleId);
    // Audited, and in the chain's journal of technical events: data left the station.
    QJsonObject eventDetails = details;
    eventDetails.insert(QStringLiteral("file"), QFileInfo(finalPath).fileName());
    const Result<void> recorded = [&]() -> Result<void> {
        Transaction transaction(m_store.db());
        if (!transaction.started())
            return transaction.started();
        if (auto audited = AuditLog(m_store).record(actorId,
                isEcologic() ? QStringLiteral("export.ecologic") : QStringLiteral("export.partner"),
                QFileInfo(finalPath).fileName(), details);
            !audited)
            return audited;
        if (auto event =
                TechnicalEvents(m_store).record(actorId, TechnicalEventKind::Export, eventDetails);
            !event)
            return event.error();
        return transaction.commit();
    }();
    if (!recorded) {
        QFile::remove(finalPath); // nothing half-done: no file without its audit entry
        return fail(recorded.error());
    }
    logRun(actorId, scheduleId, period, QStringLiteral("ok"), finalPath, {}, warnings);
    qCInfo(lcEcologic) << "exported" << finalPath << warnings.size() << "warning(s)";

    if (m_publisher)
        m_publisher(finalPath, QStringLiteral("exports/") + QFileInfo(finalPath).fileName());

    EcologicRunResult result;
    result.filePath = finalPath;
    result.version = version;
    result.declaration = std::move(*declaration);
    result.warnings = warnings;
    return result;
}

void EcologicExport::logRun(const QString &actorId, qint64 scheduleId, const EcologicPeriod &period,
    const QString &status, const QString &file, const QString &message, const QStringList &warnings)
{
    Database &db = m_store.db();
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO export_run (format, schedule_id, at_utc, actor_id, period_from, period_to, "
        "status, file, message, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString format = m_schema ? m_schema->format : QStringLiteral("ecologic-v1");
    const QByteArray warningsJson =
        QJsonDocument(QJsonArray::fromStringList(warnings)).toJson(QJsonDocument::Compact);
    if (auto result = db.exec(insert,
            {format, scheduleId > 0 ? QVariant(scheduleId) : QVariant(),
                isoUtc(m_store.clock().nowUtc()), actorId,
                period.from.isValid() ? period.from.toString(Qt::ISODate) : QString(),
                period.to.isValid() ? period.to.toString(Qt::ISODate) : QString(), status, file,
                message, QString::fromUtf8(warningsJson)});
        !result)
        qCWarning(lcEcologic) << "run history not written:" << result.error().message;
}

QList<EcologicExport::RunRecord> EcologicExport::history(int limit) const
{
    QList<RunRecord> runs;
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral(
        "SELECT id, coalesce(schedule_id, 0), at_utc, actor_id, period_from, period_to, status, "
        "file, message, warnings, format FROM export_run ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return runs;
    while (query.next()) {
        RunRecord r;
        r.id = query.value(0).toLongLong();
        r.scheduleId = query.value(1).toLongLong();
        r.atUtc = query.value(2).toString();
        r.actorId = query.value(3).toString();
        r.from = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        r.to = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        r.status = query.value(6).toString();
        r.file = query.value(7).toString();
        r.message = query.value(8).toString();
        for (const QJsonValue &w : QJsonDocument::fromJson(query.value(9).toByteArray()).array())
            r.warnings << w.toString();
        r.format = query.value(10).toString();
        runs << r;
    }
    return runs;
}

} // namespace recaisse::core
