#pragma once

// ZIP files made and read by the tests themselves (hostile archives, workbooks written by hand),
// through libarchive as the program does.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace recaisse::test {

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool symlink = false;
};

QList<ZipEntry> readZip(const QByteArray &bytes);
QList<ZipEntry> readZipFile(const QString &path);
// declared: a size to write in an entry's header instead of its real one.
bool writeZip(const QString &path, const QList<ZipEntry> &entries,
    const QHash<QString, qint64> &declared = {});

} // namespace recaisse::test
