#include "cli.h"

namespace recaisse::cli {

const char exportHelp[] = "";

void addExportCommands(CommandTable &table)
{
    Q_UNUSED(table);
}

} // namespace recaisse::cli
