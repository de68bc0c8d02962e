#include "commands.h"
#include "core/buildinfo.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReCaisse"));
    QCoreApplication::setApplicationName(QStringLiteral("ReCaisse"));
    QCoreApplication::setApplicationVersion(recaisse::core::buildinfo::version());
    // A failure is reported as one line on stderr; the store's own log lines would only repeat
    // it. QT_LOGGING_RULES turns them back on for support.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("recaisse.*=false"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return recaisse::cli::run(arguments);
}
