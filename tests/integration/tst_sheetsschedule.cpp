// The scheduled publishing to Google Sheets (SheetsSync::publishIfDue, run by the sync worker on
// each pass) against the stand-in of Google's token endpoint and Sheets API that integration.sheets
// uses (tests/support/sheets-standin.py), with the station's manual clock: nothing is sent before
// the spreadsheet is set or while the interval runs; when due, one publish; a server that keeps
// failing gives a failed run in the sync history and the log, is tried again an hour later (not at
// every pass), and that next run publishes everything, the sale made meanwhile included.
// Runs under tests/support/with-keyring.sh (the service account's key goes to the keychain).

#include "core/cashsession.h"
#include "core/sales.h"
#include "core/sync/sheets.h"
#include "tests/support/sheetsstandin.h"
#include "tests/support/testshop.h"

#include <QRegularExpression>
#include <QTest>

using namespace recaisse::core;
using namespace recaisse::core::sync;
using recaisse::test::SheetsStandIn;
using recaisse::test::TestShop;

namespace {

const QString sheetId = QStringLiteral("1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd");
const QString dailyTab = QStringLiteral("Ventes et tonnages par jour");

SaleDraft oneLine(const char *category, qint64 price, PaymentMethod method)
{
    return SaleDraft{{SaleLineDraft{QString::fromLatin1(category), 1, price, std::nullopt}},
        {PaymentDraft{method, price}}};
}

// How many requests the stand-in answered whose "METHOD path" contains part.
int requestsTo(const SheetsStandIn &google, const QString &part)
{
    int count = 0;
    for (const QJsonObject &request : google.requests()) {
        const QString line = request.value(QStringLiteral("method")).toString() + QLatin1Char(' ')
            + request.value(QStringLiteral("path")).toString();
        if (line.contains(part))
            ++count;
    }
    return count;
}

} // namespace

class TestSheetsSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishesWhenDueOnlyAndRetriesAFailureLater()
    {
        SheetsStandIn google;
        QVERIFY2(google.start(), qPrintable(google.errorString()));
        auto shop = TestShop::create(); // 10 March 2026, 08:00 UTC
        QVERIFY(shop);
        Store &store = *shop->store;
        QVERIFY(CashSessions(store).open(shop->cashier, 5000).ok());
        QVERIFY(
            Sales(store).record(shop->cashier, oneLine("divers", 500, PaymentMethod::Cash)).ok());

        // The waits between attempts of one run are counted, not slept.
        QList<int> waits;
        SheetsOptions options;
        options.sleep = [&waits](int seconds) { waits << seconds; };

        // Not set up: nothing is due, nothing is sent.
        QVERIFY(!SheetsSync::publishIfDue(store, options));
        QVERIFY(google.requests().isEmpty());

        // Set up, on demand only (interval 0): still nothing.
        SheetsSettings settings;
        settings.spreadsheetId = sheetId;
        settings.endpoints.apiBaseUrl = google.url();
        settings.endpoints.tokenUrl = google.tokenUrl();
        settings.intervalHours = 0;
        auto saved = SheetsSync::save(store, shop->admin, settings, google.keyFile());
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QVERIFY(!SheetsSync::publishIfDue(store, options));
        QVERIFY(google.requests().isEmpty());

        // Every 6 hours: due at once (never published), one publish of the three reports.
        settings.intervalHours = 6;
        QVERIFY(SheetsSync::save(store, shop->admin, settings).ok());
        QVERIFY(SheetsSync::publishIfDue(store, options));
        QCOMPARE(requestsTo(google, QStringLiteral("POST /token")), 1);
        QCOMPARE(requestsTo(google, QStringLiteral("/values:batchUpdate")), 1);
        QCOMPARE(requestsTo(google, QStringLiteral(":clear")), 3);
        QJsonArray daily = google.sheet().value(dailyTab).toArray();
        QCOMPARE(daily.size(), 2); // the header and 10 March
        QCOMPARE(daily.at(1).toArray().at(0).toString(), QStringLiteral("2026-03-10"));
        QCOMPARE(daily.at(1).toArray().at(1).toInt(), 1); // tickets
        QCOMPARE(daily.at(1).toArray().at(2).toDouble(), 5.0); // takings in euros
        auto history = SheetsSync::log(store, 10);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QVERIFY(history->at(0).ok);
        QVERIFY(waits.isEmpty());

        // Not due again until 6 hours have passed since that success.
        const int sent = int(google.requests().size());
        QVERIFY(!SheetsSync::publishIfDue(store, options));
        shop->clock.advanceSecs(6 * 3600 - 60);
        QVERIFY(!SheetsSync::publishIfDue(store, options));
        QCOMPARE(google.requests().size(), sent);
        shop->clock.advanceSecs(60); // 14:00
        QVERIFY(SheetsSync::publishIfDue(store, options));
        QCOMPARE(requestsTo(google, QStringLiteral("/values:batchUpdate")), 2);
        QCOMPARE(SheetsSync::log(store, 10)->size(), 2);

        // A sale, then the server fails every write of the next run (503).
        QVERIFY(
            Sales(store).record(shop->cashier, oneLine("divers", 1250, PaymentMethod::Card)).ok());
        QVERIFY(google.setFaults(
            QJsonArray{QJsonObject{{QStringLiteral("match"), QStringLiteral("values:batchUpdate")},
                {QStringLiteral("times"), 100}, {QStringLiteral("status"), 503}}}));
        shop->clock.advanceSecs(6 * 3600); // 20:00
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("scheduled publishing failed:.*HTTP 503")));
        QVERIFY(SheetsSync::publishIfDue(store, options));
        // Retried within the run as every request is, 4 attempts in all, with growing waits.
        QCOMPARE(requestsTo(google, QStringLiteral("/values:batchUpdate")), 2 + 4);
        QCOMPARE(waits.size(), 3);
        QVERIFY(waits.at(0) >= 1 && waits.at(2) > waits.at(0));
        history = SheetsSync::log(store, 10);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QVERIFY(!history->at(0).ok);
        QCOMPARE(history->at(0).failure, QStringLiteral("server"));
        QCOMPARE(history->at(0).httpStatus, 503);
        QVERIFY2(history->at(0).message.contains(QStringLiteral("HTTP 503")),
            qPrintable(history->at(0).message));

        // Not tried again at every pass: an hour after the failed attempt.
        QVERIFY(google.setFaults(QJsonArray{}));
        const int afterFailure = int(google.requests().size());
        QVERIFY(!SheetsSync::publishIfDue(store, options));
        shop->clock.advanceSecs(3600 - 60);
        QVERIFY(!SheetsSync::publishIfDue(store, options));
        QCOMPARE(google.requests().size(), afterFailure);
        shop->clock.advanceSecs(60); // 21:00
        QVERIFY(SheetsSync::publishIfDue(store, options));
        history = SheetsSync::log(store, 10);
        QCOMPARE(history->size(), 4);
        QVERIFY(history->at(0).ok);

        // Nothing lost: the day holds both sales, the one made before the failure included.
        daily = google.sheet().value(dailyTab).toArray();
        QCOMPARE(daily.size(), 2);
        QCOMPARE(daily.at(1).toArray().at(1).toInt(), 2);
        QCOMPARE(daily.at(1).toArray().at(2).toDouble(), 17.5);

        // And the interval counts again from that success.
        shop->clock.advanceSecs(3600);
        QVERIFY(!SheetsSync::publishIfDue(store, options));
        QCOMPARE(SheetsSync::log(store, 10)->size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSheetsSchedule)
#include "tst_sheetsschedule.moc"
