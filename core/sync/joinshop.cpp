#include "joinshop.h"

#include "core/database.h"
#include "core/store.h"
#include "core/sync/sealedremote.h"
#include "core/sync/stationregistry.h"
#include "siteconfig.h"

#include <QFile>
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
    const JoinKeyStore &keyStore)
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
        step.request = JoinRequest::make(keys, wanted, kind, codeKey, clock.nowUtc());
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
