#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace recaisse::core {

class Database;
class Store;

// Recomputes every station's document sequence, number series and hash chain, and the audit
// chain, from the stored rows; checks that no document is dated before its predecessor, that
// every closing's totals are those of its documents, and that the schema (tables, indexes and
// the immutability triggers) is the one this schema version creates.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    explicit IntegrityCheck(Store &store);

    struct Report
    {
        qint64 documentsChecked = 0;
        qint64 auditEventsChecked = 0;
        qint64 closingsChecked = 0;
        QStringList problems; // one line per broken document or event, naming it
        bool cancelled = false; // stopped by the progress callback before the end
        bool intact() const { return problems.isEmpty() && !cancelled; }
    };
    // Called before each document and audit event is checked, and once at the end, with the
    // number checked so far and the total (documents, then audit events); returning false stops
    // the check (Report::cancelled). A long check runs on a worker thread with its own Store.
    using Progress = std::function<bool(qint64 checked, qint64 total)>;
    // An error when the data cannot be read (a broken file or table): nothing is known then.
    Result<Report> run(const Progress &progress = {}) const;

    // How the database's tables, indexes and triggers differ from those a new database of the
    // same schema version has (one line each; empty when they are the same).
    static Result<QStringList> schemaDifferences(Database &db);

private:
    Result<void> checkClosings(Report &report) const;

    Store &m_store;
};

} // namespace recaisse::core
