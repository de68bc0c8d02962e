#pragma once

// ZIP files made and read by the tests themselves (hostile archives, workbooks written by hand),
// through libarchive as the program does, except a ZIP whose headers lie about a size.

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
// declared: a size to write in an entry's local and central headers instead of its real one (at
// most 0xFFFFFFF0, no zip64); the file is then written by hand, stored (not compressed).
bool writeZip(const QString &path, const QList<ZipEntry> &entries,
    const QHash<QString, qint64> &declared = {});

} // namespace recaisse::test
