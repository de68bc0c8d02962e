#pragma once

#include "core/integrity.h"
#include "core/ledger.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace recaisse::core {

class Store;
struct Actor;

// A place in the trail's order (newest first): where the next page starts, for a list read page
// by page. A keyset, not an offset: the page after ten years costs what the first one does.
struct AuditPosition
{
    QString atUtc;
    QString stationId;
    qint64 seq = 0;
};

struct AuditFilter
{
    QDate from; // business days, inclusive; invalid: no bound
    QDate to;
    QString actorId; // empty: everyone
    QString action; // exact action key, or a family ending in '.' ("user."); empty: all
    QString stationId; // empty: every station
    QString text; // searched as typed in the target and the details
    std::optional<AuditPosition> after; // only the events after this one (older)
    int limit = 1000;
};

struct AuditRow
{
    AuditLog::Event event;
    QString actorName; // '' for a system event or an unknown user
    QString stationCode;
    AuditPosition position() const { return {event.atUtc, event.stationId, event.seq}; }
};

// The audit trail for the manager: filters, CSV export, and the chain verification.
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)

public:
    static constexpr int maxTextLength = 100;

    explicit AuditQuery(Store &store);

    // Needs ViewReports; a refusal is audited. Newest first.
    Result<QList<AuditRow>> find(const Actor &actor, const AuditFilter &filter) const;
    // Every action key present in the trail, sorted, for the filter's list.
    QStringList actions() const;
    // The filtered rows as CSV (UTF-8 with BOM, ';' separated, as French spreadsheets expect).
    // Needs ExportData; the export itself is audited.
    Result<QByteArray> exportCsv(const Actor &actor, const QList<AuditRow> &rows) const;
    // Runs IntegrityCheck; needs VerifyIntegrity; the run and its outcome (or its cancellation)
    // are audited. progress: see IntegrityCheck::run.
    Result<IntegrityCheck::Report> verify(
        const Actor &actor, const IntegrityCheck::Progress &progress = {}) const;

    // "100%" -> "100\%": what a LIKE pattern needs to match the text literally (ESCAPE '\').
    static QString likeEscaped(const QString &text);

private:
    Store &m_store;
};

} // namespace recaisse::core
