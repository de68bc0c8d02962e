#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace recaisse::core {

class Clock;

// "Importer une exportation": rebuilds a shop's data from a full export (fullexport.h) as a new,
// read-only *archive station* that is joined to no drive (a migration away from a PC, an archive
// for the board, a test installation). The export carries no secret, so the administrator named
// sets a new PIN; every other person has no PIN on the archive.
//
// The ZIP is untrusted: its manifest's format and version are checked, every entry must be a
// regular file the manifest lists (entry names are compared, never used as paths), declared and
// actual sizes are capped against zip bombs, every file's SHA-256 must match, every record is
// validated against the tables it goes to, and the result must pass the integrity check (the
// documents keep their hashes). Everything is built in a temporary database renamed at the end:
// nothing is half-imported.
class FullImport
{
    Q_DECLARE_TR_FUNCTIONS(FullImport)

public:
    // Caps of the untrusted archive.
    static constexpr qint64 maxManifestBytes = 4 * 1024 * 1024;
    static constexpr qint64 maxFileBytes = 8LL * 1024 * 1024 * 1024;
    static constexpr qint64 maxTotalBytes = 32LL * 1024 * 1024 * 1024;
    static constexpr qint64 maxRecordBytes = 64 * 1024 * 1024;
    static constexpr int maxEntries = 64;

    struct Options
    {
        QString zipPath;
        QString dbPath; // must not exist
        QString adminName; // an administrator of the export, who gets newPin
        QString newPin;
    };

    struct Outcome
    {
        QString dbPath;
        QString stationCode; // the archive station's
        QMap<QString, qint64> counts;
    };

    static Result<Outcome> run(const Options &options, const Clock &clock);

    // Where the import builds the database before renaming it.
    static QString partialPath(const QString &dbPath);
};

} // namespace recaisse::core
