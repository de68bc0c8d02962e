#include "joinshop.h"

#include "core/database.h"
#include "core/store.h"
#include "core/sync/sealedremote.h"
#include "core/sync/stationregistry.h"
#include "forwardingremote.h"
#include "segment.h"
#include "siteconfig.h"
#include "syncengine.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QUuid>

namespace recaisse::core::sync {

namespace {

QString progressPath(const QString &path)
{
    return path + QStringLiteral(".join");
}

RemoteError localError(const Error &error)
{
    return RemoteError{Failure::Local, 0, error.message, -1};
}

Result<void> keepRequest(const QString &path, const JoinRequest &request)
{
    QSaveFile file(progressPath(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(request.toJson()) < 0 || !file.commit())
        return Error{ErrorCode::StorageFailure,
            JoiningStation::tr("Cannot write %1: %2").arg(progressPath(path), file.errorString())};
    return {};
}

// The drive as a restore by approval reads it: the restored station's journal ends where the
// approval retired the lost computer's key. A segment published after (by whoever still holds
// that key) is not the station's: it is left out of the listing, so it is neither applied nor
// counted as published. Everything else passes through.
class JournalUpTo final : public ForwardingRemote
{
public:
    JournalUpTo(Remote &inner, const QString &stationId, qint64 through)
        : ForwardingRemote(inner)
        , m_folder(journalFolder(stationId))
        , m_through(through)
    {
    }

    RemoteResult<QList<RemoteEntry>> list(const QString &folder) override
    {
        auto listing = inner().list(folder);
        if (!listing || folder != m_folder)
            return listing;
        QList<RemoteEntry> kept;
        for (const RemoteEntry &entry : std::as_const(*listing)) {
            const auto range = parseSegmentName(entry.name);
            if (!range || range->last <= m_through)
                kept.append(entry);
        }
        return kept;
    }

private:
    QString m_folder;
    qint64 m_through;
};

} // namespace

JoinKeyStore JoinKeyStore::keychain()
{
    return {&SiteKeyStore::save,
        [](const QString &stationId) { return SiteKeyStore::load(QString(), stationId); }};
}

std::optional<JoinRequest> pendingJoinRequest(const QString &path)
{
    QFile file(progressPath(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return JoinRequest::fromJson(file.read(64 * 1024));
}

void finishJoin(const QString &path)
{
    QFile::remove(progressPath(path));
}

RemoteResult<JoinStep> requestToJoin(Remote &remote, const QString &path,
    const QString &typedJoinCode, const QString &stationCode, StationKind kind, const Clock &clock,
    const JoinKeyStore &keyStore, bool restores)
{
    const QString code = joincode::normalized(typedJoinCode);
    if (code.isEmpty())
        return localError(Error{ErrorCode::InvalidInput,
            JoiningStation::tr("A join code has 10 letters and digits, like ABCDE-FGHJK: ask an "
                               "administrator for one.")});
    const QString wanted = stationCode.trimmed().toUpper();
    const QByteArray codeKey = joincode::macKey(code);
    JoinStep step;
    SiteKeys keys;
    auto kept = pendingJoinRequest(path);
    if (kept && kept->stationCode != wanted)
        return localError(Error{ErrorCode::Conflict,
            JoiningStation::tr("This computer already asked to join as %1: use that code, or "
                               "delete %2 to start again.")
                .arg(kept->stationCode, progressPath(path))});
    if (kept && kept->restores != restores)
        return localError(Error{ErrorCode::Conflict,
            kept->restores
                ? JoiningStation::tr("This computer asked to restore %1, not to join as a new "
                                     "station: restore it, or delete %2 to start again.")
                      .arg(kept->stationCode, progressPath(path))
                : JoiningStation::tr("This computer asked to join as a new station %1, not to "
                                     "restore it: join, or delete %2 to start again.")
                      .arg(kept->stationCode, progressPath(path))});
    if (kept) {
        auto loaded = keyStore.load(kept->stationId);
        if (!loaded)
            return localError(loaded.error());
        keys = *loaded;
        step.request = *kept;
    }
    // First run, or another join code than the one of the kept request (it expired): a new
    // request, with the same keys when there are some.
    if (!kept || !kept->madeWith(codeKey)) {
        if (!kept) {
            keys = SiteKeys::forJoiningStation(
                QString(), QUuid::createUuid().toString(QUuid::WithoutBraces));
            if (auto saved = keyStore.save(keys); !saved)
                return localError(saved.error());
        }
        step.request = JoinRequest::make(keys, wanted, kind, codeKey, clock.nowUtc(), restores);
        if (auto written = keepRequest(path, step.request); !written)
            return localError(written.error());
    }
    // Posting again is harmless: a request lost on the way is there after the next run.
    if (auto posted = JoiningStation::post(remote, step.request); !posted)
        return posted.error();
    auto answer = JoiningStation::fetchAnswer(remote, step.request);
    if (!answer) {
        if (answer.error().failure == Failure::Credentials)
            finishJoin(path); // refused: the next run starts a new request
        return answer.error();
    }
    if (!answer->has_value())
        return step;
    const JoinApproval &approval = **answer;
    auto siteKey = JoiningStation::openApproval(approval, step.request, keys, codeKey);
    if (!siteKey)
        return localError(siteKey.error());
    keys.siteId = approval.siteId;
    keys.siteKey = *siteKey;
    if (auto saved = keyStore.save(keys); !saved)
        return localError(saved.error());
    step.approved = true;
    step.keys = keys;
    step.approval = approval;
    return step;
}

RemoteResult<JoinedShop> completeJoin(Remote &remote, const AccountSettings &account,
    const QString &password, const QString &path, const JoinStep &step, const Clock &clock)
{
    auto joined = joinShop(remote, account, password, path, step.request.stationCode,
        step.request.kind, clock, step.request.stationId, &step.keys);
    if (!joined)
        return joined.error();
    if (auto checked = JoiningStation::checkApprover(*joined->store, step.approval); !checked) {
        joined->store.reset();
        Database::removeFiles(path);
        return RemoteError{Failure::Protocol, 0, checked.error().message, -1};
    }
    finishJoin(path);
    // The request and its answer have served: the joined station removes them (best effort: a
    // file left behind is answered, so nobody lists it again).
    (void)remote.remove(step.request.path());
    (void)remote.remove(step.approval.path());
    return joined;
}

namespace {

// The drive as an approved restore reads it, once the approval passed every check: the
// restored station's id with this computer's keys, its registry entry (the lost computer's key
// retired), and what the lost computer published as it stood before the approval.
struct ApprovedDrive
{
    SiteKeys keys;
    RegisteredStation restored;
    std::unique_ptr<SealedRemote> sealed;
    std::unique_ptr<JournalUpTo> reading;
};

RemoteResult<ApprovedDrive> approvedDrive(Remote &remote, const JoinStep &step)
{
    const JoinApproval &approval = step.approval;
    const QString stationId = approval.restoredStationId;
    const auto refused = [](const QString &message) {
        return RemoteError{Failure::Untrusted, 0, message, -1};
    };
    if (!step.approved || !step.request.restores || stationId.isEmpty())
        return localError(Error{ErrorCode::InvalidInput,
            JoiningStation::tr("This computer's approval is to join as a new station, not to "
                               "restore one.")});
    // The trust anchor is the configuration the administration stations sign: it must already
    // carry this computer's keys for that station (the approval's replacement, published by the
    // approving station's sync), and the approver must be one of them.
    auto signers = SealedRemote::signersFromPublishedConfiguration(remote, step.keys);
    if (!signers)
        return signers.error();
    const std::optional<RegisteredStation> approver = (*signers)(approval.approverStationId);
    if (!approver || !approver->mayConfigure()
        || !JoiningStation::approvalSignedBy(approval, approver->signingPublic))
        return refused(
            JoiningStation::tr("The approval was not signed by an administration station of the "
                               "shop: nothing is restored."));
    std::optional<RegisteredStation> target = (*signers)(stationId);
    if (!target || target->code != step.request.stationCode)
        return refused(JoiningStation::tr("The approval on the drive is for another station than "
                                          "%1: nothing is restored.")
                           .arg(step.request.stationCode));
    if (target->isRevoked())
        return refused(JoiningStation::tr("Station %1 was revoked: it cannot be restored. Join the "
                                          "shop as a new station.")
                           .arg(target->code));
    if (target->signingPublic != step.request.signingPublic
        || target->agreementPublic != step.request.agreementPublic || target->retired.isEmpty())
        return RemoteError{Failure::Protocol, 0,
            JoiningStation::tr("The shop's configuration on the drive does not give station %1 "
                               "this computer's keys (yet): sync the approving station, then run "
                               "the restore again.")
                .arg(target->code),
            -1};
    ApprovedDrive drive{step.keys, *target, {}, {}};
    drive.keys.stationId = stationId;
    // An approval serves once: a station already published under these keys was restored
    // with it.
    {
        SealedRemote current(remote, drive.keys, *signers);
        if (current.get(stationFolder(stationId) + QStringLiteral("/station.json"), 64 * 1024))
            return refused(JoiningStation::tr("Station %1 was already restored with this approval: "
                                              "ask an administrator for a new join code to "
                                              "restore it again.")
                               .arg(target->code));
    }
    // What the lost computer published (its identity, restore points, backups, journal) is read
    // as it stood before the approval: with the key the approval retired as the station's key.
    SealedRemote::SignerLookup before = [base = *signers, restoredEntry = drive.restored](
                                            const QString &id) -> std::optional<RegisteredStation> {
        if (id != restoredEntry.stationId)
            return base(id);
        RegisteredStation entry = restoredEntry;
        entry.signingPublic = entry.retired.takeLast().signingPublic;
        return entry;
    };
    drive.sealed = std::make_unique<SealedRemote>(remote, drive.keys, before);
    drive.reading = std::make_unique<JournalUpTo>(
        *drive.sealed, stationId, drive.restored.retired.last().journalThrough);
    return drive;
}

} // namespace

RemoteResult<QList<RestorePoint>> approvedRestorePoints(Remote &remote, const JoinStep &step)
{
    auto drive = approvedDrive(remote, step);
    if (!drive)
        return drive.error();
    return Backup::restorePoints(*drive->reading, drive->keys.stationId);
}

RemoteResult<RestoredStation> completeRestore(Remote &remote, const QString &path,
    const JoinStep &step, const Clock &clock, const RestoringUser &by, const QString &point)
{
    auto drive = approvedDrive(remote, step);
    if (!drive)
        return drive.error();
    const SiteKeys &keys = drive->keys;
    const RegisteredStation &restoredEntry = drive->restored;
    const auto beforeClaim = [&](Store &store, qint64, const Actor &) -> RemoteResult<void> {
        if (store.site().id != keys.siteId || store.station().id != keys.stationId)
            return localError(Error{ErrorCode::IntegrityFailure,
                JoiningStation::tr("The backup on the drive is not station %1 of this shop.")
                    .arg(restoredEntry.code)});
        // The restored registry learns the replacement now (the next sync brings the rest of
        // the configuration): its own new keys, the lost computer's retired.
        if (auto applied =
                StationRegistry::apply(store, QJsonArray{StationRegistry::row(restoredEntry)});
            !applied)
            return localError(applied.error());
        return {};
    };
    auto store = Backup::restore(
        *drive->reading, step.request.stationCode, path, clock, by, beforeClaim, point);
    if (!store)
        return store.error();
    finishJoin(path);
    // The request and its answer have served (best effort, as for a join).
    (void)remote.remove(step.request.path());
    (void)remote.remove(step.approval.path());
    return RestoredStation{std::move(*store), keys};
}

RemoteResult<JoinedShop> joinShop(Remote &remote, const AccountSettings &account,
    const QString &password, const QString &path, const QString &code, StationKind kind,
    const Clock &clock, const QString &stationId, const SiteKeys *keys)
{
    // A sealed drive is read with the site key the approval brought, trusting the registry of
    // the newest configuration signed by an administration station (the caller checks that one
    // of them signed the approval); the station then syncs through its own registry.
    std::unique_ptr<SealedRemote> reading;
    Remote *source = &remote;
    if (keys) {
        auto signers = SealedRemote::signersFromPublishedConfiguration(remote, *keys);
        if (!signers)
            return signers.error();
        reading = std::make_unique<SealedRemote>(remote, *keys, *signers);
        source = reading.get();
    }
    // SiteConfig::join removes what it created when it fails itself.
    auto store = SiteConfig::join(*source, path, code, kind, clock, stationId);
    if (!store)
        return store.error();
    if (auto saved = SyncAccount::save(**store, account, password); !saved) {
        // Without its account the station could not sync: start over from nothing.
        store->reset();
        Database::removeFiles(path);
        return RemoteError{Failure::Local, 0, saved.error().message, -1};
    }
    JoinedShop joined{std::move(*store), {}};
    std::unique_ptr<SealedRemote> sealed;
    if (keys)
        sealed = std::make_unique<SealedRemote>(remote, *keys, *joined.store);
    SyncEngine engine(*joined.store, sealed ? *sealed : remote);
    engine.setConfigSteps(&SiteConfig::publish, &SiteConfig::applyLatest);
    joined.firstSync = engine.run();
    return joined;
}

} // namespace recaisse::core::sync
