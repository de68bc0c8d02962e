#include "zipfile.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace recaisse::test {

namespace {

// The largest size a plain (not zip64) ZIP header holds: 0xFFFFFFFF means "see zip64".
constexpr qint64 largestPlainSize = 0xFFFFFFF0;

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320 & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xFF)).append(char(value >> 8));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, quint16(value & 0xFFFF));
    put16(out, quint16(value >> 16));
}

// A stored (uncompressed) ZIP written byte by byte, with a declared size in both the local and
// the central header: libarchive's writer (3.7 and later) writes the real size whatever the
// entry says, so a lying header cannot be made through it.
QByteArray handWrittenZip(const QList<ZipEntry> &entries, const QHash<QString, qint64> &declared)
{
    QByteArray out;
    QByteArray central;
    for (const ZipEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const quint32 crc = crc32(e.data);
        const auto size = quint32(qMin(declared.value(e.name, e.data.size()), largestPlainSize));
        // Shared by both headers from "version needed" to the name's length.
        QByteArray common;
        put16(common, 20); // version needed: 2.0
        put16(common, 0x0800); // flags: UTF-8 name
        put16(common, 0); // method: stored
        put16(common, 0); // time: 00:00
        put16(common, 0x0021); // date: 1980-01-01
        put32(common, crc);
        put32(common, size); // compressed
        put32(common, size); // uncompressed
        put16(common, quint16(name.size()));
        put16(common, 0); // extra field length

        const auto offset = quint32(out.size());
        put32(out, 0x04034B50); // local file header
        out.append(common).append(name).append(e.data);

        put32(central, 0x02014B50); // central directory header
        put16(central, 0x0314); // made by: Unix, 2.0 (the external attributes are a mode)
        central.append(common);
        put16(central, 0); // comment length
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, quint32(e.symlink ? 0120777 : 0100644) << 16);
        put32(central, offset);
        central.append(name);
    }
    const auto centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054B50); // end of central directory
    put16(out, 0); // this disk
    put16(out, 0); // disk of the central directory
    put16(out, quint16(entries.size())); // entries on this disk
    put16(out, quint16(entries.size())); // entries in all
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0); // comment length
    return out;
}

} // namespace

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
    if (!declared.isEmpty()) {
        QFile file(path);
        const QByteArray bytes = handWrittenZip(entries, declared);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
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
