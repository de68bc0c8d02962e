// Schema step 4 (user_version 3 -> 4): the back office: sites, branding, settings published to the
// other stations.

#include <QStringList>

namespace recaisse::core {

QStringList adminSchema()
{
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

} // namespace recaisse::core
