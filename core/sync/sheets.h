#pragma once

// The shop's Google Sheet: chosen reports (daily sales and tonnage, deposits, cash sessions)
// published to it on a schedule or on demand, and a price list read from it through the
// spreadsheet imports' mapping (portability/sheetimport.h). The service account's key lives in
// the keychain of the station that publishes (never on disk in clear, never on a command line);
// the other settings (spreadsheet, addresses, reports, schedule) are site settings, published in
// the signed site configuration like the notification settings. Every run, scheduled or not,
// goes to the sync history (sync_log, kind "sheets").

#include "core/domain.h"
#include "core/portability/sheetimport.h"
#include "core/result.h"
#include "sheetsclient.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::sync {

enum class SheetsReport {
    Daily, // per business day: tickets, takings, refunds, kilograms sold and received
    Deposits, // one row per deposit: number, day, station, kilograms per destination
    Sessions, // one row per closed cash session: cashier, totals, counted, variance
};
QString toKey(SheetsReport report); // "daily", "deposits", "sessions"
std::optional<SheetsReport> sheetsReportFromKey(const QString &key);
const QList<SheetsReport> &allSheetsReports();

struct SheetsSettings
{
    QString spreadsheetId;
    QString accountEmail; // the service account (shown; the key itself is in the keychain)
    SheetsEndpoints endpoints;
    QList<SheetsReport> reports = allSheetsReports();
    int intervalHours = 24; // 0: only on demand
    int days = 31; // the business days the reports cover, today included
};

class SheetsSync
{
    Q_DECLARE_TR_FUNCTIONS(SheetsSync)

public:
    static constexpr int maxRowsPerReport = 50'000;

    static QString keyName() { return QStringLiteral("google-sheets"); }
    // The tab a report is written to.
    static QString tabTitle(SheetsReport report);

    static SheetsSettings load(Store &store);
    static Result<void> validate(const SheetsSettings &settings);
    // Saves the settings and, when keyFile is not empty, the service account's key read from it
    // (checked, then kept in the keychain; its address becomes accountEmail): administrators
    // (ManageSettings; a refusal is audited), audited "sheets.settings". The keychain may wait
    // for an unlock: not on the UI thread.
    static Result<void> save(
        Store &store, const Actor &actor, SheetsSettings settings, const QByteArray &keyFile = {});

    // The rows of one report (its header first) over the business days [from, to].
    static Result<QJsonArray> reportRows(
        Store &store, SheetsReport report, const QDate &from, const QDate &to);

    struct PublishOutcome
    {
        QList<SheetsReport> reports;
        qint64 rows = 0;
    };
    // Publishes the reports (the settings' when empty): each tab cleared then written. By an
    // administrator (ManageSettings; refusal audited), audited "sheets.publish"; recorded in the
    // sync history either way.
    static Result<PublishOutcome> publish(Store &store, const Actor &actor,
        QList<SheetsReport> reports = {}, SheetsOptions options = {});
    // The scheduled run (the sync worker): publishes when the spreadsheet is set, this station
    // holds the key, and the interval has passed since the last success or attempt. True when
    // it ran (its outcome is in the sync history).
    static bool publishIfDue(Store &store, SheetsOptions options = {});

    // The rows of a range of the sheet as a table for the spreadsheet imports: the first non-empty
    // row is the header; bounded by the price import's limits. Administrators (ManageCategories,
    // on an administration station; refusal audited). Recorded in the sync history.
    static Result<portability::SheetTable> fetchPriceTable(
        Store &store, const Actor &actor, const QString &range, SheetsOptions options = {});

    // The Google Sheets runs of the sync history, newest first.
    static Result<QList<SyncEngine::LogEntry>> log(Store &store, int limit);

    // The settings as JSON (never the key): the configuration's member, `sheets settings`.
    static QJsonObject toJson(const SheetsSettings &settings);
    // The "sheets" member of the site configuration, and its application on another station.
    static QJsonObject collectConfig(Store &store);
    static Result<void> applyConfig(Store &store, const QJsonObject &config);

private:
    static Result<std::unique_ptr<SheetsClient>> connect(
        Store &store, const SheetsSettings &settings, SheetsOptions options);
    static Result<PublishOutcome> run(Store &store, const SheetsSettings &settings,
        const QList<SheetsReport> &reports, SheetsOptions options);
    static void record(Store &store, bool ok, const RemoteError &error, const QString &message,
        qint64 rows, qint64 durationMs);
};

} // namespace recaisse::core::sync
