#pragma once

#include <QString>
#include <QStringList>

namespace recaisse::core {

// The words a manager reads for each action key of the audit trail ("session.close" is
// "Clôture de caisse" in French), and for each family of keys ("session.*"). The keys themselves
// stay in the trail and in its CSV export: they are the stable identifiers scripts rely on.
class AuditActions
{
public:
    // Every action key this version of ReCaisse records, sorted.
    static QStringList known();
    static bool isKnown(const QString &key);
    // The translated label; a key this version does not know (written by a newer station) is
    // shown as it is.
    static QString label(const QString &key);
    // "session." -> "Caisse (toutes les actions)"; an unknown family shows its key with "*".
    static QString familyLabel(const QString &prefix);
};

} // namespace recaisse::core
