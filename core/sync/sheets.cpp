#include "sheets.h"

#include "core/database.h"
#include "core/ledger.h"
#include "core/store.h"
#include "core/users.h"
#include "secrets.h"
#include "syncengine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

#include <map>

namespace recaisse::core::sync {

namespace {

Q_LOGGING_CATEGORY(lcSheets, "recaisse.sync.sheets")

const QString spreadsheetState = QStringLiteral("sheets_spreadsheet");
const QString accountState = QStringLiteral("sheets_account");
const QString apiState = QStringLiteral("sheets_api");
const QString tokenState = QStringLiteral("sheets_token_url");
const QString reportsState = QStringLiteral("sheets_reports");
const QString intervalState = QStringLiteral("sheets_interval_hours");
const QString daysState = QStringLiteral("sheets_days");
const QString lastAttemptState = QStringLiteral("sheets_last_attempt_utc");
const QString lastSuccessState = QStringLiteral("sheets_last_success_utc");

// A failed scheduled run is tried again after this long, or after the interval when shorter.
constexpr int retryFailedAfterHours = 1;

QJsonValue euros(qint64 cents)
{
    return double(cents) / 100.0;
}

QJsonValue kilograms(qint64 grams)
{
    return double(grams) / 1000.0;
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

QString reportKeys(const QList<SheetsReport> &reports)
{
    QStringList keys;
    for (SheetsReport report : reports)
        keys << toKey(report);
    return keys.join(QLatin1Char(','));
}

QList<SheetsReport> reportsOf(const QStringList &keys, bool *ok)
{
    QList<SheetsReport> reports;
    *ok = true;
    for (const QString &key : keys) {
        const auto report = sheetsReportFromKey(key.trimmed());
        if (!report) {
            *ok = false;
            continue;
        }
        if (!reports.contains(*report))
            reports << *report;
    }
    return reports;
}

// The first row of an A1 range ("Prix!B3:F" -> 3), 1 when it names none.
int firstRowOf(const QString &range)
{
    static const QRegularExpression cell(QStringLiteral("(?:^|!)\\$?[A-Za-z]{1,3}\\$?(\\d{1,7})"));
    const QRegularExpressionMatch match = cell.match(range);
    return match.hasMatch() ? qMax(1, match.captured(1).toInt()) : 1;
}

// The settings in the station's sync state.
Result<void> writeState(Store &store, const SheetsSettings &settings)
{
    const QList<QPair<QString, QString>> values{{spreadsheetState, settings.spreadsheetId},
        {accountState, settings.accountEmail}, {apiState, settings.endpoints.apiBaseUrl},
        {tokenState, settings.endpoints.tokenUrl}, {reportsState, reportKeys(settings.reports)},
        {intervalState, QString::number(settings.intervalHours)},
        {daysState, QString::number(settings.days)}};
    for (const auto &[key, value] : values)
        if (auto result = SyncEngine::setState(store, key, value); !result)
            return result;
    return {};
}

} // namespace

QString toKey(SheetsReport report)
{
    switch (report) {
    case SheetsReport::Daily:
        return QStringLiteral("daily");
    case SheetsReport::Deposits:
        return QStringLiteral("deposits");
    case SheetsReport::Sessions:
        return QStringLiteral("sessions");
    }
    return {};
}

std::optional<SheetsReport> sheetsReportFromKey(const QString &key)
{
    for (SheetsReport report : allSheetsReports())
        if (toKey(report) == key)
            return report;
    return std::nullopt;
}

const QList<SheetsReport> &allSheetsReports()
{
    static const QList<SheetsReport> reports{
        SheetsReport::Daily, SheetsReport::Deposits, SheetsReport::Sessions};
    return reports;
}

// The sheet is the shop's own document, read by its board: its tabs and headers are French
// whatever the language of the process (the CLI is not translated), so that the scheduled run
// and `sheets publish` write the same tabs.
QString SheetsSync::tabTitle(SheetsReport report)
{
    switch (report) {
    case SheetsReport::Daily:
        return QStringLiteral("Ventes et tonnages par jour");
    case SheetsReport::Deposits:
        return QStringLiteral("Dépôts");
    case SheetsReport::Sessions:
        return QStringLiteral("Sessions de caisse");
    }
    return {};
}

SheetsSettings SheetsSync::load(Store &store)
{
    SheetsSettings settings;
    settings.spreadsheetId = SyncEngine::state(store, spreadsheetState);
    settings.accountEmail = SyncEngine::state(store, accountState);
    if (const QString api = SyncEngine::state(store, apiState); !api.isEmpty())
        settings.endpoints.apiBaseUrl = api;
    if (const QString token = SyncEngine::state(store, tokenState); !token.isEmpty())
        settings.endpoints.tokenUrl = token;
    if (const QString keys = SyncEngine::state(store, reportsState); !keys.isEmpty()) {
        bool ok = false;
        settings.reports = reportsOf(keys.split(QLatin1Char(','), Qt::SkipEmptyParts), &ok);
    }
    bool ok = false;
    if (const int hours = SyncEngine::state(store, intervalState).toInt(&ok); ok)
        settings.intervalHours = hours;
    if (const int days = SyncEngine::state(store, daysState).toInt(&ok); ok)
        settings.days = days;
    return settings;
}

Result<void> SheetsSync::validate(const SheetsSettings &settings)
{
    const auto invalid = [](const QString &message) {
        return Error{ErrorCode::InvalidInput, message};
    };
    if (!settings.spreadsheetId.isEmpty()
        && !SheetsClient::isValidSpreadsheetId(settings.spreadsheetId))
        return invalid(tr("The spreadsheet id is the part of its address between /d/ and /edit "
                          "(letters, digits, - and _)."));
    if (!isHttpUrl(settings.endpoints.apiBaseUrl))
        return invalid(tr("The Google Sheets API address is not valid."));
    if (!isHttpUrl(settings.endpoints.tokenUrl))
        return invalid(tr("The Google token address is not valid."));
    if (settings.reports.isEmpty())
        return invalid(tr("Choose at least one report to publish."));
    if (settings.intervalHours < 0 || settings.intervalHours > 24 * 31)
        return invalid(tr("The publishing interval is between 0 (on demand only) and 744 hours."));
    if (settings.days < 1 || settings.days > 366)
        return invalid(tr("The reports cover between 1 and 366 days."));
    return {};
}

Result<void> SheetsSync::save(
    Store &store, const Actor &actor, SheetsSettings settings, const QByteArray &keyFile)
{
    if (auto allowed = Users(store).require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    if (auto valid = validate(settings); !valid)
        return valid;
    if (!keyFile.isEmpty()) {
        auto key = ServiceAccountKey::parse(keyFile);
        if (!key)
            return key.error();
        // The keychain first: settings naming an account whose key was not kept would fail later.
        if (auto stored = SecretStore::write(keyName(), QString::fromUtf8(key->toJson())); !stored)
            return stored;
        settings.accountEmail = key->clientEmail;
    }
    Transaction transaction(store.db());
    if (!transaction.started())
        return transaction.started();
    if (auto written = writeState(store, settings); !written)
        return written;
    if (auto result = AuditLog(store).record(actor.userId, QStringLiteral("sheets.settings"),
            settings.spreadsheetId,
            {{QStringLiteral("account"), settings.accountEmail},
                {QStringLiteral("api"), QUrl(settings.endpoints.apiBaseUrl).host()},
                {QStringLiteral("reports"), reportKeys(settings.reports)},
                {QStringLiteral("interval_hours"), settings.intervalHours},
                {QStringLiteral("key_changed"), !keyFile.isEmpty()}});
        !result)
        return result;
    return transaction.commit();
}

Result<QJsonArray> SheetsSync::reportRows(
    Store &store, SheetsReport report, const QDate &from, const QDate &to)
{
    Database &db = store.db();
    QSqlQuery query(db.connection());
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    const auto run = [&](const QString &sql) -> Result<void> {
        if (!query.prepare(sql))
            return db.errorFrom(query.lastError());
        query.addBindValue(first);
        query.addBindValue(last);
        if (!query.exec())
            return db.errorFrom(query.lastError());
        return {};
    };
    QJsonArray rows;
    const auto tooMany = [&] {
        return Error{ErrorCode::InvalidInput,
            tr("The report \"%1\" has more than %2 rows: choose fewer days.")
                .arg(tabTitle(report))
                .arg(maxRowsPerReport)};
    };
    switch (report) {
    case SheetsReport::Daily: {
        struct Day
        {
            qint64 tickets = 0, takings = 0, refunds = 0, sold = 0, received = 0;
        };
        std::map<QString, Day> days;
        // Each figure per business day: its sum over one table joined to its documents.
        const QList<QPair<QString, qint64 Day::*>> figures{
            {QStringLiteral("count(*) FROM sale"), &Day::tickets},
            {QStringLiteral("sum(x.total_cents) FROM sale"), &Day::takings},
            {QStringLiteral("sum(x.total_cents) FROM refund"), &Day::refunds},
            {QStringLiteral("coalesce(sum(x.weight_grams), 0) FROM sale_line"), &Day::sold},
            {QStringLiteral("sum(x.total_weight_grams) FROM deposit"), &Day::received}};
        for (const auto &[sum, member] : figures) {
            if (auto r = run(QStringLiteral("SELECT d.business_day, ") + sum
                    + QStringLiteral(" x JOIN document d ON d.station_id = x.station_id AND "
                                     "d.seq = x.seq WHERE d.business_day BETWEEN ? AND ? "
                                     "GROUP BY d.business_day"));
                !r)
                return r.error();
            while (query.next())
                days[query.value(0).toString()].*member = query.value(1).toLongLong();
        }
        rows.append(QJsonArray{QStringLiteral("Jour"), QStringLiteral("Tickets"),
            QStringLiteral("Recettes (€)"), QStringLiteral("Remboursements (€)"),
            QStringLiteral("Net (€)"), QStringLiteral("Vendu (kg)"), QStringLiteral("Reçu (kg)")});
        for (const auto &[day, of] : days)
            rows.append(QJsonArray{day, of.tickets, euros(of.takings), euros(of.refunds),
                euros(of.takings - of.refunds), kilograms(of.sold), kilograms(of.received)});
        break;
    }
    case SheetsReport::Deposits: {
        if (auto r = run(QStringLiteral(
                "SELECT d.number, d.business_day, coalesce(st.code, ''), x.total_weight_grams, "
                "(SELECT coalesce(sum(l.weight_grams), 0) FROM deposit_line l WHERE "
                "l.station_id = x.station_id AND l.seq = x.seq AND l.destination = 'shop'), "
                "(SELECT coalesce(sum(l.weight_grams), 0) FROM deposit_line l WHERE "
                "l.station_id = x.station_id AND l.seq = x.seq AND l.destination = 'recycling'), "
                "(SELECT coalesce(sum(l.weight_grams), 0) FROM deposit_line l WHERE "
                "l.station_id = x.station_id AND l.seq = x.seq AND l.destination = "
                "'waste-centre') "
                "FROM deposit x JOIN document d ON d.station_id = x.station_id AND d.seq = x.seq "
                "LEFT JOIN station st ON st.id = x.station_id "
                "WHERE d.business_day BETWEEN ? AND ? ORDER BY d.created_utc, d.number"));
            !r)
            return r.error();
        rows.append(
            QJsonArray{QStringLiteral("Numéro"), QStringLiteral("Jour"), QStringLiteral("Poste"),
                QStringLiteral("Poids (kg)"), QStringLiteral("Dont boutique (kg)"),
                QStringLiteral("Dont recyclage (kg)"), QStringLiteral("Dont déchèterie (kg)")});
        while (query.next()) {
            if (rows.size() > maxRowsPerReport)
                return tooMany();
            rows.append(QJsonArray{query.value(0).toString(), query.value(1).toString(),
                query.value(2).toString(), kilograms(query.value(3).toLongLong()),
                kilograms(query.value(4).toLongLong()), kilograms(query.value(5).toLongLong()),
                kilograms(query.value(6).toLongLong())});
        }
        break;
    }
    case SheetsReport::Sessions: {
        if (auto r = run(QStringLiteral(
                "SELECT coalesce(st.code, ''), coalesce(o.cashier_name, ''), "
                "coalesce(od.created_utc, ''), d.created_utc, c.sales_count, "
                "c.sales_total_cents, c.refunds_total_cents, c.expected_cents, c.counted_cents, "
                "c.variance_cents "
                "FROM session_close c JOIN document d ON d.station_id = c.station_id AND "
                "d.seq = c.seq "
                "LEFT JOIN session_open o ON o.station_id = c.station_id AND o.seq = "
                "c.session_seq "
                "LEFT JOIN document od ON od.station_id = c.station_id AND od.seq = "
                "c.session_seq "
                "LEFT JOIN station st ON st.id = c.station_id "
                "WHERE d.business_day BETWEEN ? AND ? ORDER BY d.created_utc"));
            !r)
            return r.error();
        rows.append(QJsonArray{QStringLiteral("Poste"), QStringLiteral("Caissier"),
            QStringLiteral("Ouverture"), QStringLiteral("Clôture"), QStringLiteral("Tickets"),
            QStringLiteral("Ventes (€)"), QStringLiteral("Remboursements (€)"),
            QStringLiteral("Espèces attendues (€)"), QStringLiteral("Espèces comptées (€)"),
            QStringLiteral("Écart (€)")});
        const auto local = [&](const QString &utc) {
            const QDateTime when = fromIsoUtc(utc);
            return when.isValid()
                ? when.toTimeZone(store.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : QString();
        };
        while (query.next()) {
            if (rows.size() > maxRowsPerReport)
                return tooMany();
            rows.append(QJsonArray{query.value(0).toString(), query.value(1).toString(),
                local(query.value(2).toString()), local(query.value(3).toString()),
                query.value(4).toLongLong(), euros(query.value(5).toLongLong()),
                euros(query.value(6).toLongLong()), euros(query.value(7).toLongLong()),
                euros(query.value(8).toLongLong()), euros(query.value(9).toLongLong())});
        }
        break;
    }
    }
    return rows;
}

Result<std::unique_ptr<SheetsClient>> SheetsSync::connect(
    Store &store, const SheetsSettings &settings, SheetsOptions options)
{
    Q_UNUSED(store);
    if (settings.spreadsheetId.isEmpty())
        return Error{
            ErrorCode::InvalidInput, tr("Google Sheets is not set up (no spreadsheet id).")};
    auto stored = SecretStore::read(keyName());
    if (!stored) {
        if (stored.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::InvalidInput,
                tr("This station holds no key of the Google service account: give its key file "
                   "again on this station.")};
        return stored.error();
    }
    auto key = ServiceAccountKey::parse(stored->toUtf8());
    if (!key)
        return key.error();
    return std::make_unique<SheetsClient>(
        settings.endpoints, std::move(*key), settings.spreadsheetId, std::move(options));
}

void SheetsSync::record(Store &store, bool ok, const RemoteError &error, const QString &message,
    qint64 rows, qint64 durationMs)
{
    Database &db = store.db();
    const QString now = isoUtc(store.clock().nowUtc());
    QSqlQuery &log = db.prepared(QStringLiteral(
        "INSERT INTO sync_log (at_utc, ok, failure, http_status, message, pushed, pulled, "
        "bytes_up, duration_ms, kind) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, 'sheets')"));
    (void)db.exec(log,
        {now, ok ? 1 : 0, ok ? QString() : toKey(error.failure), error.httpStatus,
            QString(tr("Google Sheets: ") + message).left(2000), rows, durationMs});
}

Result<SheetsSync::PublishOutcome> SheetsSync::run(Store &store, const SheetsSettings &settings,
    const QList<SheetsReport> &reports, SheetsOptions options)
{
    QElapsedTimer timer;
    timer.start();
    (void)SyncEngine::setState(store, lastAttemptState, isoUtc(store.clock().nowUtc()));
    const auto failed = [&](const Error &error, const RemoteError &remote = {}) {
        record(store, false, remote, error.message, 0, timer.elapsed());
        return error;
    };
    PublishOutcome outcome;
    const QDate to = store.today();
    const QDate from = to.addDays(-(settings.days - 1));
    QList<QPair<QString, QJsonArray>> ranges;
    QStringList titles;
    for (SheetsReport report : reports) {
        auto rows = reportRows(store, report, from, to);
        if (!rows)
            return failed(rows.error());
        titles << tabTitle(report);
        ranges.append({SheetsClient::quotedTitle(tabTitle(report)) + QStringLiteral("!A1"), *rows});
        outcome.rows += rows->size();
        outcome.reports << report;
    }
    auto client = connect(store, settings, std::move(options));
    if (!client)
        return failed(client.error());
    const auto remoteFailed = [&](const RemoteError &error) {
        return failed(Error{ErrorCode::StorageFailure, error.message}, error);
    };
    auto existing = (*client)->sheetTitles();
    if (!existing)
        return remoteFailed(existing.error());
    QStringList missing;
    for (const QString &title : std::as_const(titles))
        if (!existing->contains(title))
            missing << title;
    if (auto added = (*client)->addSheets(missing); !added)
        return remoteFailed(added.error());
    for (const QString &title : std::as_const(titles))
        if (auto cleared = (*client)->clear(SheetsClient::quotedTitle(title)); !cleared)
            return remoteFailed(cleared.error());
    if (auto written = (*client)->write(ranges); !written)
        return remoteFailed(written.error());
    (void)SyncEngine::setState(store, lastSuccessState, isoUtc(store.clock().nowUtc()));
    record(store, true, {},
        tr("%n row(s) published", nullptr, int(outcome.rows)) + QStringLiteral(" (")
            + reportKeys(outcome.reports) + QStringLiteral(")"),
        outcome.rows, timer.elapsed());
    return outcome;
}

Result<SheetsSync::PublishOutcome> SheetsSync::publish(
    Store &store, const Actor &actor, QList<SheetsReport> reports, SheetsOptions options)
{
    if (auto allowed = Users(store).require(actor, Permission::ManageSettings); !allowed)
        return allowed.error();
    const SheetsSettings settings = load(store);
    if (reports.isEmpty())
        reports = settings.reports;
    if (reports.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("No report is chosen for Google Sheets.")};
    auto outcome = run(store, settings, reports, std::move(options));
    Transaction transaction(store.db());
    if (!transaction.started())
        return transaction.started().error();
    if (auto audited = AuditLog(store).record(actor.userId, QStringLiteral("sheets.publish"),
            settings.spreadsheetId,
            {{QStringLiteral("reports"), reportKeys(reports)},
                {QStringLiteral("ok"), bool(outcome)},
                {QStringLiteral("rows"), outcome ? outcome->rows : 0}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

bool SheetsSync::publishIfDue(Store &store, SheetsOptions options)
{
    const SheetsSettings settings = load(store);
    if (settings.spreadsheetId.isEmpty() || settings.intervalHours <= 0
        || settings.reports.isEmpty())
        return false;
    const QDateTime now = store.clock().nowUtc();
    const QDateTime success = fromIsoUtc(SyncEngine::state(store, lastSuccessState));
    const QDateTime attempt = fromIsoUtc(SyncEngine::state(store, lastAttemptState));
    if (success.isValid() && success.secsTo(now) < qint64(settings.intervalHours) * 3600)
        return false;
    if (attempt.isValid() && (!success.isValid() || attempt > success)
        && attempt.secsTo(now) < qint64(qMin(settings.intervalHours, retryFailedAfterHours)) * 3600)
        return false;
    // Only the station that holds the key publishes; the others have nothing to do.
    auto stored = SecretStore::read(keyName());
    if (!stored)
        return false;
    // Nobody waits for a scheduled run: its failure goes to the log as well as the sync history.
    if (auto outcome = run(store, settings, settings.reports, std::move(options)); !outcome)
        qCWarning(lcSheets) << "scheduled publishing failed:" << outcome.error().message;
    return true;
}

Result<portability::SheetTable> SheetsSync::fetchPriceTable(
    Store &store, const Actor &actor, const QString &range, SheetsOptions options)
{
    using namespace portability;
    if (auto allowed = SheetImport::mayImport(store, actor, Permission::ManageCategories); !allowed)
        return allowed.error();
    if (range.trimmed().isEmpty() || range.size() > 200
        || std::any_of(range.cbegin(), range.cend(), [](QChar c) { return c.unicode() < 0x20; }))
        return Error{ErrorCode::InvalidInput,
            tr("The range is written as in Google Sheets: Prix!A1:F500 (at most 200 characters).")};
    QElapsedTimer timer;
    timer.start();
    const SheetsSettings settings = load(store);
    const SheetReader::Limits limits = SheetImport::limits(ImportKind::Prices);
    const auto failed = [&](const Error &error, const RemoteError &remote = {}) {
        record(store, false, remote, error.message, 0, timer.elapsed());
        return error;
    };
    auto client = connect(store, settings, std::move(options));
    if (!client)
        return failed(client.error());
    auto cells = (*client)->read(range, limits.maxRows + 1, limits.maxColumns, limits.maxCellChars);
    if (!cells)
        return failed(Error{ErrorCode::StorageFailure, cells.error().message}, cells.error());
    SheetTable table;
    table.format = QStringLiteral("Google Sheets");
    const int firstRow = firstRowOf(range);
    for (qsizetype r = 0; r < cells->size(); ++r) {
        const QStringList &row = cells->at(r);
        if (std::all_of(
                row.cbegin(), row.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        if (table.header.isEmpty()) {
            table.header = row;
            continue;
        }
        QStringList padded = row;
        for (qsizetype c = table.header.size(); c < padded.size(); ++c)
            if (!padded.at(c).trimmed().isEmpty())
                return failed(Error{ErrorCode::InvalidInput,
                    tr("Row %1 of the sheet has a cell beyond the header's last column.")
                        .arg(firstRow + r)});
        padded.resize(table.header.size());
        table.rows << padded;
        table.rowNumbers << int(firstRow + r);
    }
    if (table.header.isEmpty())
        return failed(
            Error{ErrorCode::InvalidInput, tr("The range %1 of the sheet is empty.").arg(range)});
    record(store, true, {},
        tr("%n row(s) read from %1", nullptr, int(table.rows.size())).arg(range), table.rows.size(),
        timer.elapsed());
    return table;
}

Result<QList<SyncEngine::LogEntry>> SheetsSync::log(Store &store, int limit)
{
    Database &db = store.db();
    QSqlQuery query(db.connection());
    if (!query.prepare(QStringLiteral("SELECT id, at_utc, ok, failure, http_status, message, "
                                      "pushed, duration_ms FROM sync_log WHERE kind = 'sheets' "
                                      "ORDER BY id DESC LIMIT ?")))
        return db.errorFrom(query.lastError());
    query.addBindValue(limit);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    QList<SyncEngine::LogEntry> entries;
    while (query.next()) {
        SyncEngine::LogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.atUtc = fromIsoUtc(query.value(1).toString());
        entry.ok = query.value(2).toInt() != 0;
        entry.failure = query.value(3).toString();
        entry.httpStatus = query.value(4).toInt();
        entry.message = query.value(5).toString();
        entry.pushed = query.value(6).toLongLong(); // the rows published or read
        entry.durationMs = query.value(7).toLongLong();
        entries << entry;
    }
    return entries;
}

QJsonObject SheetsSync::collectConfig(Store &store)
{
    if (SyncEngine::state(store, intervalState).isEmpty())
        return {}; // never set up: the configuration has no "sheets" member
    return toJson(load(store));
}

QJsonObject SheetsSync::toJson(const SheetsSettings &settings)
{
    QJsonArray reports;
    for (SheetsReport report : settings.reports)
        reports << toKey(report);
    return {{QStringLiteral("spreadsheet"), settings.spreadsheetId},
        {QStringLiteral("account"), settings.accountEmail},
        {QStringLiteral("api"), settings.endpoints.apiBaseUrl},
        {QStringLiteral("token_url"), settings.endpoints.tokenUrl},
        {QStringLiteral("reports"), reports},
        {QStringLiteral("interval_hours"), settings.intervalHours},
        {QStringLiteral("days"), settings.days}};
}

Result<void> SheetsSync::applyConfig(Store &store, const QJsonObject &config)
{
    SheetsSettings settings;
    settings.spreadsheetId = config.value(QStringLiteral("spreadsheet")).toString();
    settings.accountEmail = config.value(QStringLiteral("account")).toString().left(300);
    settings.endpoints.apiBaseUrl = config.value(QStringLiteral("api")).toString();
    settings.endpoints.tokenUrl = config.value(QStringLiteral("token_url")).toString();
    QStringList keys;
    for (const QJsonValue &key : config.value(QStringLiteral("reports")).toArray())
        keys << key.toString();
    bool known = false;
    settings.reports = reportsOf(keys, &known); // a report of a newer version is skipped
    settings.intervalHours = config.value(QStringLiteral("interval_hours")).toInt(-1);
    settings.days = config.value(QStringLiteral("days")).toInt(-1);
    if (auto valid = validate(settings); !valid)
        return Error{ErrorCode::IntegrityFailure,
            tr("The published configuration has invalid Google Sheets settings (%1).")
                .arg(valid.error().message)};
    if (auto written = writeState(store, settings); !written)
        return written;
    return {};
}

} // namespace recaisse::core::sync
