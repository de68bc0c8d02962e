#pragma once

#include <QStringList>

namespace recaisse::cli {

// Runs one recaisse-cli command line (without the program name). Returns the exit status; every
// failure prints one line on stderr.
int run(const QStringList &arguments);

} // namespace recaisse::cli
