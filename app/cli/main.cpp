#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReCaisse"));
    QCoreApplication::setApplicationName(QStringLiteral("ReCaisse"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return recaisse::cli::run(arguments);
}
