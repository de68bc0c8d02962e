#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace recaisse::test {

// Google's token endpoint and Sheets API v4 played on loopback by tests/support/sheets-standin.py
// (python3), the one integration.sheets drives from its script: started by the test, stopped by
// the destructor. start() makes the service account's RSA key pair with `openssl genpkey`; the
// stand-in checks every JWT's signature with its public half.
class SheetsStandIn
{
public:
    explicit SheetsStandIn(
        QString clientEmail = QStringLiteral("caisse@ressourcerie-du-lac.iam.gserviceaccount.com"));
    ~SheetsStandIn();
    SheetsStandIn(const SheetsStandIn &) = delete;
    SheetsStandIn &operator=(const SheetsStandIn &) = delete;

    // False (errorString() says why) when the key was not made or it did not listen within 10 s.
    bool start();
    QString url() const; // "http://127.0.0.1:<port>"
    QString tokenUrl() const { return url() + QStringLiteral("/token"); }
    // The key file as the Google Cloud console gives it.
    QByteArray keyFile() const { return m_keyFile; }
    QString errorString() const { return m_error; }

    // The tabs of the spreadsheet: {"Tab": [[cells...]]}.
    QJsonObject sheet() const;
    bool setSheet(const QJsonObject &tabs);
    // The faults the next requests get (see sheets-standin.py): a list of {"match", "times",
    // "status", "retry_after", "body"}; an empty list removes them.
    bool setFaults(const QJsonArray &faults);
    // Every request answered so far, oldest first: {"method", "path", "status"}.
    QList<QJsonObject> requests() const;

private:
    bool writeFile(const QString &name, const QByteArray &bytes);

    QString m_email;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_keyFile;
    int m_port = 0;
    QString m_error;
};

} // namespace recaisse::test
