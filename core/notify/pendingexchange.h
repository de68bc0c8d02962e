#pragma once

// The deposits announced to the Telegram bot travel between the shop's stations through the
// drive, so that the reception that checks them need not be the bot's station.
//
// Each station publishes stations/<its id>/telegram-deposits.json (in its own folder: sealed and
// signed by it like every file there, sealedremote.h):
//   {"station_id": .., "announced": [the deposits its bot received that still wait],
//    "decisions": [the deposits its reception validated or rejected in the last
//                  PendingDeposits::audioRetentionDays days]}
// A voice message goes to the drive's audio/ folder with the sync (the outbox), before the file
// that announces it. Every other station applies the file at its pull, after that station's
// journal (so a validated deposit's document is there first):
//   - an announced deposit not known yet becomes a pending deposit of that origin, and its voice
//     message is fetched from audio/, refused unless that station signed it;
//   - a decision marks the deposit decided where it is still pending (it leaves the reception's
//     list everywhere; the bot's station tells the sender); a decision is applied once: seen
//     again at the next pulls, it changes nothing.
// Two stations offline may both decide one deposit: the first decision known stays, the other is
// kept as the row's conflict and audited once by the bot's station
// (telegram.deposit-decided-twice), whose administrator sees the deposit recorded twice.

#include "core/result.h"
#include "core/sync/remote.h"

#include <QCoreApplication>

namespace recaisse::core {
class Store;
}

namespace recaisse::core::notify {

class PendingDepositExchange
{
    Q_DECLARE_TR_FUNCTIONS(PendingDepositExchange)

public:
    static QString fileName() { return QStringLiteral("telegram-deposits.json"); }
    static constexpr qint64 maxFileBytes = 4LL * 1024 * 1024;

    // Uploads this station's file when it differs from the last one uploaded (nothing when the
    // station never had a Telegram deposit); true when it was uploaded. Also removes from the
    // drive the voice messages this station's bot received whose deposit was decided more than
    // the retention ago.
    static sync::RemoteResult<bool> publish(Store &store, sync::Remote &remote);

    // Applies the file of another station, if it has one. bytesDown grows by what was
    // downloaded.
    static sync::RemoteResult<void> apply(
        Store &store, sync::Remote &remote, const QString &stationId, qint64 &bytesDown);
};

} // namespace recaisse::core::notify
