#include "buildinfo.h"

#include "buildinfo_config.h"

#include <QtGlobal>

namespace recaisse::core::buildinfo {

QString version()
{
    return QStringLiteral(RECAISSE_BUILD_VERSION);
}

QString commit()
{
    return QStringLiteral(RECAISSE_BUILD_COMMIT_ID);
}

QString qtCompiledVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString licence()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QString versionLine(const QString &program)
{
    QString qt = qtRuntimeVersion();
    if (qt != qtCompiledVersion())
        qt += QStringLiteral(", compiled with Qt ") + qtCompiledVersion();
    return QStringLiteral("%1 %2 (commit %3, Qt %4)").arg(program, version(), commit(), qt);
}

} // namespace recaisse::core::buildinfo
