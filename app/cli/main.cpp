#include "commands.h"
#include "core/buildinfo.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

namespace {

// Only a report may be drawn (the key figures' PDF): its fonts need a QGuiApplication, on the
// offscreen platform (no window ever, a server without a display too). Every other command
// stays a plain QCoreApplication.
bool drawsReports(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "report") == 0)
            return true;
    return false;
}

QtMessageHandler defaultHandler = nullptr;

// Qt's platform start-up asks for the runtime folder, which a cron job or a root shell has not:
// the warning would fill the scheduler's mail at every report; every other message goes on.
void withoutRuntimeDirWarning(
    QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, text);
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (drawsReports(argc, argv)) {
#ifndef Q_OS_WIN // Windows' own platform needs no display; windeployqt ships only it
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
