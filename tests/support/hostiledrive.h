#pragma once

// A shop of two stations syncing through the sealing layer (core/sync/sealedremote.h) over any
// shared folder (the in-memory one or a real Apache), and the attacks of someone who holds the
// drive's password: used by unit.sealedremote and integration.hostiledrive.

#include "core/clock.h"
#include "core/store.h"
#include "core/sync/remote.h"
#include "core/sync/sealedremote.h"
#include "core/sync/sitekeys.h"
#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace recaisse::test {

struct SealedStation
{
    core::ManualClock clock{QDateTime(QDate(2026, 3, 10), QTime(8, 0), QTimeZone::utc())};
    std::unique_ptr<core::Store> store;
    core::sync::SiteKeys keys;
    std::unique_ptr<core::sync::SealedRemote> sealed;

    core::sync::SyncReport sync();
};

// CAISSE1 creates the shop (administration station, keys made in memory); CAISSE2 joins it as a
// register: CAISSE1 registers its keys and the site key is handed over (what the join approval
// does on the drive). Both have a few days of demo activity and have synced. False (with a
// warning) on any failure.
bool makeSealedShop(SealedStation &a, SealedStation &b, core::sync::Remote &remote,
    const std::function<QString()> &freshPath);

// The first column of the first row of `sql` on the store, -1 when it fails.
qint64 count(core::Store &store, const QString &sql);

// Every file under the remote's root, by path, read as they are (no opening).
QMap<QString, QByteArray> filesOn(core::sync::Remote &remote);
QByteArray contentOf(core::sync::Remote &remote, const QString &path);
// Writes a file as anyone with the password can (its folders made first).
bool putFile(core::sync::Remote &remote, const QString &path, const QByteArray &bytes);
// Removes every file whose path starts with prefix.
void removeFiles(core::sync::Remote &remote, const QString &prefix);

// What of the store's personal or fiscal data is readable in the files: user names, PIN hashes,
// document numbers, station codes in paths. One line per leak; empty when none.
QStringList leaksOnTheDrive(core::Store &store, const QMap<QString, QByteArray> &files);

// The attacks, each refused with a clear line in the sync history, audited, nothing applied, and
// the stations keep selling. QVERIFY inside: check QTest::currentTestFailed() after.
void attackTheDrive(SealedStation &a, SealedStation &b, core::sync::Remote &remote);

} // namespace recaisse::test
