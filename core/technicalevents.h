#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace recaisse::core {

class Store;

// The journal of technical events the French certification asks for (journal des événements
// techniques), kept as documents of the chain: they are numbered, hashed, synced and verified
// like the sales, so that none can be removed unseen.
enum class TechnicalEventKind {
    ProgramVersion, // the first start of a program version on this station
    Restore, // the station was restored from a backup
    Archive, // a fiscal archive was made
    Export, // data left the station in a file
    Configuration, // the station's or the site's configuration changed
    Clock, // the PC's clock was found wrong, or set right
};
QString toKey(TechnicalEventKind kind);
std::optional<TechnicalEventKind> technicalEventKindFromKey(const QString &key);

struct TechnicalEvent
{
    DocumentStamp stamp;
    TechnicalEventKind kind = TechnicalEventKind::ProgramVersion;
    QString programVersion;
    QJsonObject details;
};

class TechnicalEvents
{
    Q_DECLARE_TR_FUNCTIONS(TechnicalEvents)

public:
    explicit TechnicalEvents(Store &store);

    // Records one (in the caller's transaction when there is one). actorId is empty when the
    // program itself acts. A clock behind the station's last document does not stop it: the
    // event takes that document's time, and its details say "clock_behind" with the clock's
    // reading ("clock_utc").
    Result<DocumentStamp> record(
        const QString &actorId, TechnicalEventKind kind, const QJsonObject &details = {});
    // The first start of this program version: recorded once per version. Returns whether it
    // was recorded now.
    Result<bool> recordProgramStart();
    // The newest first.
    Result<QList<TechnicalEvent>> recent(int limit) const;

private:
    Store &m_store;
};

} // namespace recaisse::core
