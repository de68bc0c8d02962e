#include "cli.h"

namespace recaisse::cli {

const char syncHelp[] = "";

void addSyncCommands(CommandTable &table)
{
    Q_UNUSED(table);
}

} // namespace recaisse::cli
