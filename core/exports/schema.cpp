// Schema step 3 (user_version 2 -> 3): the Ecologic exports: schedules and run history.

#include <QStringList>

namespace recaisse::core {

QStringList exportsSchema()
{
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

} // namespace recaisse::core
