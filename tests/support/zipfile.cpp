#include "zipfile.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace recaisse::test {

QList<ZipEntry> readZip(const QByteArray &bytes)
{
    QList<ZipEntry> entries;
    archive *in = archive_read_new();
    archive_read_support_format_zip(in);
    if (archive_read_open_memory(in, bytes.constData(), size_t(bytes.size())) == ARCHIVE_OK) {
        archive_entry *entry = nullptr;
        while (archive_read_next_header(in, &entry) == ARCHIVE_OK) {
            ZipEntry e{QString::fromUtf8(archive_entry_pathname(entry)), {}, false};
            QByteArray chunk(65536, Qt::Uninitialized);
            la_ssize_t read = 0;
            while ((read = archive_read_data(in, chunk.data(), size_t(chunk.size()))) > 0)
                e.data.append(chunk.constData(), qsizetype(read));
            entries.append(e);
        }
    }
    archive_read_free(in);
    return entries;
}

QList<ZipEntry> readZipFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readZip(file.readAll());
}

bool writeZip(
    const QString &path, const QList<ZipEntry> &entries, const QHash<QString, qint64> &declared)
{
    archive *out = archive_write_new();
    bool ok = archive_write_set_format_zip(out) == ARCHIVE_OK
        && archive_write_open_filename(out, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const ZipEntry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.toUtf8().constData());
        if (e.symlink) {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, e.data.constData());
            archive_entry_set_size(entry, 0);
        } else {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, declared.value(e.name, e.data.size()));
        }
        archive_entry_set_perm(entry, 0644);
        ok = ok && archive_write_header(out, entry) == ARCHIVE_OK;
        if (!e.symlink)
            archive_write_data(out, e.data.constData(), size_t(e.data.size()));
        archive_entry_free(entry);
    }
    ok = archive_write_close(out) == ARCHIVE_OK && ok;
    archive_write_free(out);
    return ok;
}

} // namespace recaisse::test
