// Schema step 2 (user_version 1 -> 2): the sync state: what was pushed, pulled and is waiting to be
// uploaded.

#include <QStringList>

namespace recaisse::core {

QStringList syncSchema()
{
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

} // namespace recaisse::core
