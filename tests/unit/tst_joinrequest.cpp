// The join protocol between an administration station and a joining station, over an in-memory
// drive: join codes, requests, approval with the site key wrapped, and every refusal.

#include "core/sync/account.h"
#include "core/sync/joinrequest.h"
#include "core/sync/joinshop.h"
#include "core/sync/segment.h"
#include "core/sync/stationregistry.h"
#include "core/sync/syncengine.h"
#include "tests/support/memoryremote.h"
#include "tests/support/testshop.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace recaisse::core;
using namespace recaisse::core::sync;
using namespace recaisse::test;

class TestJoinRequest : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        std::unique_ptr<TestShop> shop;
        SiteKeys adminKeys;
        MemoryRemote remote;
        // With postedRequest(): the code made, CAISSE3's keys and its posted request.
        JoinCode code;
        SiteKeys joinerKeys;
        JoinRequest request;
    };
    static std::unique_ptr<Fixture> fixture()
    {
        auto f = std::make_unique<Fixture>();
        f->shop = TestShop::create(StationKind::BackOffice);
        if (!f->shop)
            return f;
        f->adminKeys = SiteKeys::create(f->shop->store->site().id, f->shop->store->station().id);
        // The shop's first station, registered as an administration station.
        if (!StationRegistry::registerFounder(*f->shop->store, f->adminKeys))
            f->shop.reset();
        return f;
    }
    static std::unique_ptr<Fixture> postedRequest()
    {
        auto f = fixture();
        if (!f->shop)
            return f;
        f->code = *JoinCodes(*f->shop->store).generate(f->shop->admin);
        std::tie(f->joinerKeys, f->request) =
            joiner(f->code.code, QStringLiteral("CAISSE3"), f->shop->clock.nowUtc());
        if (!JoiningStation::post(f->remote, f->request).ok())
            f->shop.reset();
        return f;
    }
    // A joining station's keys and its request, MAC'd with the typed code.
    static std::pair<SiteKeys, JoinRequest> joiner(
        const QString &typedCode, const QString &stationCode, const QDateTime &now)
    {
        const SiteKeys keys =
            SiteKeys::forJoiningStation(QString(), QStringLiteral("station-") + stationCode);
        return {keys,
            JoinRequest::make(keys, stationCode, StationKind::Register,
                joincode::macKey(joincode::normalized(typedCode)), now)};
    }

private slots:
    void codesAreShortTypableAndNormalized()
    {
        auto f = fixture();
        QVERIFY(f->shop);
        const auto made = JoinCodes(*f->shop->store).generate(f->shop->admin);
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QCOMPARE(made->code.size(), joinCodeLength + 1);
        QCOMPARE(made->code.at(joinCodeLength / 2), QLatin1Char('-'));
        QCOMPARE(made->expiresUtc, f->shop->clock.nowUtc().addSecs(24 * 3600));
        const QString plain = joincode::normalized(made->code);
        QCOMPARE(plain.size(), joinCodeLength);
        for (const QChar c : plain)
            QVERIFY(std::strchr(joinCodeAlphabet, c.toLatin1()));
        // Typed in lower case, with spaces: the same code.
        QCOMPARE(joincode::normalized(
                     made->code.toLower().replace(QLatin1Char('-'), QStringLiteral("  "))),
            plain);
        // Look-alikes and wrong lengths are not codes.
        QCOMPARE(joincode::normalized(QStringLiteral("ABCDE-FGHJO")), QString());
        QCOMPARE(joincode::normalized(QStringLiteral("ABCDE-FGHJ1")), QString());
        QCOMPARE(joincode::normalized(QStringLiteral("ABCDE-FGHJ")), QString());
        // Two codes differ.
        const auto other = JoinCodes(*f->shop->store).generate(f->shop->admin, 2);
        QVERIFY(other.ok());
        QVERIFY(other->code != made->code);
        QCOMPARE(other->expiresUtc, f->shop->clock.nowUtc().addSecs(2 * 3600));
        QCOMPARE(auditCount(*f->shop->store, QStringLiteral("join.code")), 2);
    }

    void onlyAdministratorsMakeCodes()
    {
        auto f = fixture();
        QVERIFY(f->shop);
        const auto made = JoinCodes(*f->shop->store).generate(f->shop->cashier);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!JoinCodes(*f->shop->store).generate(f->shop->admin, 0).ok());
        QVERIFY(!JoinCodes(*f->shop->store).generate(f->shop->admin, maxJoinCodeHours + 1).ok());
    }

    void approvedStationReceivesTheSiteKey()
    {
        auto f = fixture();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        const JoinCode code = *JoinCodes(store).generate(f->shop->admin);
        const auto [keys, request] =
            joiner(code.code, QStringLiteral("CAISSE3"), f->shop->clock.nowUtc());
        QVERIFY(JoiningStation::post(f->remote, request).ok());

        // Nothing answered yet: the joiner waits.
        auto answer = JoiningStation::fetchAnswer(f->remote, request);
        QVERIFY(answer.ok());
        QVERIFY(!answer->has_value());

        JoinRequests requests(store, f->remote);
        auto pending = requests.pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().request.stationCode, QStringLiteral("CAISSE3"));
        QCOMPARE(pending->first().request.fingerprint(), request.fingerprint());
        QVERIFY(pending->first().approvable());
        QCOMPARE(pending->first().describe(), QStringLiteral("CAISSE3 asks to join the shop."));

        const auto approved =
            requests.approve(f->shop->admin, QStringLiteral("caisse3"), f->adminKeys);
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));
        // The station is registered with its keys, not as an administration station.
        const auto registered = StationRegistry::find(store, request.stationId);
        QVERIFY(registered.ok() && registered->has_value());
        QCOMPARE((*registered)->signingPublic, keys.signing.publicKey);
        QCOMPARE((*registered)->agreementPublic, keys.agreement.publicKey);
        QCOMPARE((*registered)->code, QStringLiteral("CAISSE3"));
        QVERIFY(!(*registered)->adminStation);
        QCOMPARE(auditCount(store, QStringLiteral("join.approve")), 1);
        // Answered: no longer pending.
        QCOMPARE(requests.pending()->size(), 0);

        answer = JoiningStation::fetchAnswer(f->remote, request);
        QVERIFY(answer.ok());
        QVERIFY(answer->has_value());
        const JoinApproval approval = **answer;
        QCOMPARE(approval.siteId, store.site().id);
        const auto siteKey = JoiningStation::openApproval(
            approval, request, keys, joincode::macKey(joincode::normalized(code.code)));
        QVERIFY2(siteKey.ok(), qPrintable(siteKey.error().message));
        QCOMPARE(*siteKey, f->adminKeys.siteKey);
        QVERIFY(JoiningStation::approvalSignedBy(approval, f->adminKeys.signing.publicKey));
        QVERIFY(!JoiningStation::approvalSignedBy(approval, keys.signing.publicKey));
        // Against the registry the configuration carries: an administration station signed it.
        QVERIFY(JoiningStation::checkApprover(store, approval).ok());
        JoinApproval byJoiner = approval;
        byJoiner.approverStationId = request.stationId; // registered, not an administration one
        byJoiner.signature = *crypto::sign(keys.signing.privateKey, byJoiner.signedBytes());
        QVERIFY(!JoiningStation::checkApprover(store, byJoiner).ok());
        JoinApproval zeroSigned = approval;
        zeroSigned.signature = QByteArray(crypto::signatureBytes, '\0');
        QVERIFY(!JoiningStation::checkApprover(store, zeroSigned).ok());

        // The drive never holds the code, the site key or the joiner's private keys.
        const QByteArray plainCode = joincode::normalized(code.code).toLatin1();
        for (auto it = f->remote.files.cbegin(); it != f->remote.files.cend(); ++it) {
            QVERIFY(!it.value().contains(plainCode));
            QVERIFY(!it.value().contains(code.code.toLatin1()));
            QVERIFY(!it.value().contains(f->adminKeys.siteKey.toBase64()));
            QVERIFY(!it.value().contains(keys.agreement.privateKey.toBase64()));
        }
        // Nor does the station's database keep the code itself.
        QVERIFY(!SyncEngine::state(store, QStringLiteral("join_codes")).contains(code.code));
        QVERIFY(!SyncEngine::state(store, QStringLiteral("join_codes"))
                     .contains(QString::fromLatin1(plainCode)));
    }

    void theJoinFolderIsReadWithinBounds()
    {
        auto f = postedRequest();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        JoinRequests requests(store, f->remote);
        // A file too large to be a request (anyone with the drive's password can write there)
        // is refused and audited; the genuine request beside it is still listed.
        const QString oversized = QStringLiteral("join/%1.request").arg(QString(32, u'a'));
        f->remote.files[oversized] = QByteArray(maxJoinFileBytes + 1, '{');
        auto pending = requests.pending();
        QVERIFY2(pending.ok(), qPrintable(pending.error().message));
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().request.requestId, f->request.requestId);
        QCOMPARE(auditCount(store, QStringLiteral("sync.refused")), 1);
        // Exactly at the bound, a file is read (and, malformed, is nobody's request).
        f->remote.files[oversized] = QByteArray(maxJoinFileBytes, '{');
        QCOMPARE(requests.pending()->size(), 1);

        // A folder filled beyond the bound is not read at all: a clear refusal, audited once.
        for (int i = 0; i < maxJoinEntries; ++i)
            f->remote.files[QStringLiteral("join/junk-%1.request").arg(i)] = "{}";
        const auto flooded = requests.pending();
        QVERIFY(!flooded.ok());
        QCOMPARE(flooded.error().failure, Failure::Untrusted);
        QVERIFY2(flooded.error().message.contains(QLatin1String("join/")),
            qPrintable(flooded.error().message));
        QVERIFY(!requests.approve(f->shop->admin, QStringLiteral("CAISSE3"), f->adminKeys).ok());
        QVERIFY(!requests.pending().ok());
        QCOMPARE(auditCount(store, QStringLiteral("sync.refused")), 2);
        QCOMPARE(auditCount(store, QStringLiteral("join.approve")), 0);

        // Emptied down to the bound, the genuine request is approvable again.
        f->remote.files.remove(QStringLiteral("join/junk-0.request"));
        f->remote.files.remove(oversized);
        QCOMPARE(f->remote.files.keys().filter(QStringLiteral("join/")).size(), maxJoinEntries);
        pending = requests.pending();
        QVERIFY2(pending.ok(), qPrintable(pending.error().message));
        QCOMPARE(pending->size(), 1);
        QVERIFY(requests.approve(f->shop->admin, QStringLiteral("CAISSE3"), f->adminKeys).ok());
    }

    void aCodeServesOnce()
    {
        auto f = fixture();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        const JoinCode code = *JoinCodes(store).generate(f->shop->admin);
        const auto first = joiner(code.code, QStringLiteral("CAISSE3"), f->shop->clock.nowUtc());
        QVERIFY(JoiningStation::post(f->remote, first.second).ok());
        JoinRequests requests(store, f->remote);
        QVERIFY(requests.approve(f->shop->admin, QStringLiteral("CAISSE3"), f->adminKeys).ok());

        const auto second = joiner(code.code, QStringLiteral("CAISSE4"), f->shop->clock.nowUtc());
        QVERIFY(JoiningStation::post(f->remote, second.second).ok());
        const auto pending = requests.pending();
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().code, JoinCodes::Match::Used);
        QVERIFY(pending->first().describe().contains(QStringLiteral("already used")));
        const auto refused =
            requests.approve(f->shop->admin, QStringLiteral("CAISSE4"), f->adminKeys);
        QVERIFY(!refused.ok());
        QVERIFY(!f->remote.files.contains(
            QStringLiteral("join/%1.approval").arg(second.second.requestId)));
    }

    void unknownExpiredAndTakenAreRefused()
    {
        auto f = fixture();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        const JoinCode code = *JoinCodes(store).generate(f->shop->admin, 1);
        // A code this station never made (a guess).
        const auto guessed = joiner(
            QStringLiteral("ABCDE-FGHJK"), QStringLiteral("CAISSE5"), f->shop->clock.nowUtc());
        // The station code of the administration station itself.
        const auto taken = joiner(code.code, QStringLiteral("CAISSE1"), f->shop->clock.nowUtc());
        QVERIFY(JoiningStation::post(f->remote, guessed.second).ok());
        QVERIFY(JoiningStation::post(f->remote, taken.second).ok());
        JoinRequests requests(store, f->remote);
        auto pending = requests.pending();
        QCOMPARE(pending->size(), 2);
        for (const PendingJoin &join : *pending) {
            QVERIFY(!join.approvable());
            if (join.request.stationCode == QLatin1String("CAISSE5")) {
                QCOMPARE(join.code, JoinCodes::Match::Unknown);
            } else {
                QCOMPARE(join.code, JoinCodes::Match::Valid);
                QVERIFY(join.stationCodeTaken);
            }
        }
        QVERIFY(!requests.approve(f->shop->admin, QStringLiteral("CAISSE5"), f->adminKeys).ok());
        const auto sameCode =
            requests.approve(f->shop->admin, QStringLiteral("CAISSE1"), f->adminKeys);
        QVERIFY(!sameCode.ok());
        QVERIFY(sameCode.error().message.contains(QStringLiteral("already has a station")));

        // The hour passes: the code expires.
        const auto late = joiner(code.code, QStringLiteral("CAISSE6"), f->shop->clock.nowUtc());
        QVERIFY(JoiningStation::post(f->remote, late.second).ok());
        f->shop->clock.advanceSecs(3600);
        pending = requests.pending();
        for (const PendingJoin &join : *pending) {
            if (join.request.stationCode == QLatin1String("CAISSE6"))
                QCOMPARE(join.code, JoinCodes::Match::Expired);
        }
        QVERIFY(!requests.approve(f->shop->admin, QStringLiteral("CAISSE6"), f->adminKeys).ok());
        // A cashier approves nothing, even with a valid code.
        f->shop->clock.advanceSecs(-3600);
        QVERIFY(!requests.approve(f->shop->cashier, QStringLiteral("CAISSE6"), f->adminKeys).ok());
        QCOMPARE(auditCount(store, QStringLiteral("join.approve")), 0);
        QVERIFY(
            !f->remote.files.keys().join(QLatin1Char(' ')).contains(QStringLiteral(".approval")));
    }

    void tamperedApprovalIsRefused()
    {
        auto f = fixture();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        const JoinCode code = *JoinCodes(store).generate(f->shop->admin);
        const QByteArray codeKey = joincode::macKey(joincode::normalized(code.code));
        const auto [keys, request] =
            joiner(code.code, QStringLiteral("CAISSE3"), f->shop->clock.nowUtc());
        QVERIFY(JoiningStation::post(f->remote, request).ok());
        const auto approved = JoinRequests(store, f->remote)
                                  .approve(f->shop->admin, QStringLiteral("CAISSE3"), f->adminKeys);
        QVERIFY(approved.ok());
        QVERIFY(JoiningStation::openApproval(*approved, request, keys, codeKey).ok());

        // Someone with the drive wraps a key of their own for the joiner's public key: without
        // the code they cannot make the MAC.
        JoinApproval forged = *approved;
        const QByteArray ownKey = crypto::Crypto::newKey();
        forged.wrappedSiteKey = *crypto::wrapFor(request.agreementPublic, ownKey,
            JoinApproval::context(forged.siteId, forged.stationId, forged.requestId));
        QVERIFY(!JoiningStation::openApproval(forged, request, keys, codeKey).ok());
        // Another site id, or a byte changed in the wrapped key.
        JoinApproval otherSite = *approved;
        otherSite.siteId = QStringLiteral("another-site");
        QVERIFY(!JoiningStation::openApproval(otherSite, request, keys, codeKey).ok());
        JoinApproval flipped = *approved;
        flipped.wrappedSiteKey[40] = char(flipped.wrappedSiteKey.at(40) ^ 1);
        QVERIFY(!JoiningStation::openApproval(flipped, request, keys, codeKey).ok());
        // Another station's keys cannot open it.
        const SiteKeys stranger = SiteKeys::forJoiningStation(QString(), request.stationId);
        QVERIFY(!JoiningStation::openApproval(*approved, request, stranger, codeKey).ok());
        // A damaged file on the drive is an error, not "still waiting".
        f->remote.files[approved->path()] = "{\"format\":\"recaisse-join-approval-1\"}";
        const auto damaged = JoiningStation::fetchAnswer(f->remote, request);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().failure, Failure::Protocol);
        // A changed signature no longer verifies.
        JoinApproval resigned = *approved;
        resigned.signature = *crypto::sign(keys.signing.privateKey, resigned.signedBytes());
        QVERIFY(!JoiningStation::approvalSignedBy(resigned, f->adminKeys.signing.publicKey));
    }

    void aRestoreRequestReplacesTheLostStationsKeys()
    {
        auto f = fixture();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        // CAISSE2, lost after publishing its journal through record 41; CAISSE4, revoked.
        const SiteKeys lost = SiteKeys::forJoiningStation(QString(), QStringLiteral("s2"));
        QVERIFY(StationRegistry::registerStation(store,
            StationRegistration{QStringLiteral("s2"), QStringLiteral("CAISSE2"),
                lost.signing.publicKey, lost.agreement.publicKey, false, QString()})
                    .ok());
        const SiteKeys stolen = SiteKeys::forJoiningStation(QString(), QStringLiteral("s4"));
        QVERIFY(StationRegistry::registerStation(store,
            StationRegistration{QStringLiteral("s4"), QStringLiteral("CAISSE4"),
                stolen.signing.publicKey, stolen.agreement.publicKey, false, QString()})
                    .ok());
        QVERIFY(StationRegistry::revoke(store, QStringLiteral("s4"), f->shop->clock.nowUtc()).ok());
        QVERIFY(f->remote.makeFolders(journalFolder(QStringLiteral("s2"))).ok());
        f->remote
            .files[journalFolder(QStringLiteral("s2")) + QLatin1Char('/') + segmentName(1, 41)] =
            "segment";

        const JoinCode code = *JoinCodes(store).generate(f->shop->admin);
        const QByteArray codeKey = joincode::macKey(joincode::normalized(code.code));
        const QDateTime now = f->shop->clock.nowUtc();
        const auto restoring = [&](const QString &stationCode) {
            const SiteKeys keys =
                SiteKeys::forJoiningStation(QString(), QStringLiteral("pc-") + stationCode);
            return std::pair{keys,
                JoinRequest::make(keys, stationCode, StationKind::Register, codeKey, now, true)};
        };
        const auto [keys, request] = restoring(QStringLiteral("CAISSE2"));
        QVERIFY(request.restores);
        // The restore is part of what the code authenticates.
        QCOMPARE(JoinRequest::fromJson(request.toJson())->restores, true);
        JoinRequest plain = request;
        plain.restores = false;
        QVERIFY(!plain.madeWith(codeKey));
        // For a station that does not exist, one that was revoked, or this very station: not
        // approvable, nothing changes.
        const auto unknown = restoring(QStringLiteral("CAISSE9")).second;
        const auto revoked = restoring(QStringLiteral("CAISSE4")).second;
        const auto itself = restoring(store.station().code).second;
        for (const JoinRequest &posted : {request, unknown, revoked, itself})
            QVERIFY(JoiningStation::post(f->remote, posted).ok());
        JoinRequests requests(store, f->remote);
        const auto pending = requests.pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 4);
        for (const PendingJoin &join : *pending) {
            QVERIFY(join.request.restores);
            QCOMPARE(join.approvable(), join.request.stationCode == QLatin1String("CAISSE2"));
            if (join.request.stationCode == QLatin1String("CAISSE2"))
                QCOMPARE(join.describe(),
                    QStringLiteral("CAISSE2 asks to be restored on a new computer: the keys of "
                                   "the lost CAISSE2 will no longer be accepted."));
            else if (join.request.stationCode == QLatin1String("CAISSE4"))
                QVERIFY(join.describe().contains(QStringLiteral("was revoked")));
            else if (join.request.stationCode == store.station().code)
                QVERIFY(join.describe().contains(QStringLiteral("is this station")));
            else
                QVERIFY(join.describe().contains(QStringLiteral("has no station")));
        }
        for (const QString &refused :
            {QStringLiteral("CAISSE9"), QStringLiteral("CAISSE4"), store.station().code}) {
            const auto approved = requests.approve(f->shop->admin, refused, f->adminKeys);
            QVERIFY(!approved.ok());
            QCOMPARE(approved.error().failure, Failure::Local);
        }
        QCOMPARE(auditCount(store, QStringLiteral("station.rekey")), 0);

        const auto approved =
            requests.approve(f->shop->admin, QStringLiteral("CAISSE2"), f->adminKeys);
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));
        QCOMPARE(approved->restoredStationId, QStringLiteral("s2"));
        QCOMPARE(approved->stationId, request.stationId);
        // CAISSE2 now signs with the new computer's keys; the lost one's open its journal through
        // record 41 only. No new station was registered.
        const RegisteredStation entry = **StationRegistry::find(store, QStringLiteral("s2"));
        QCOMPARE(entry.signingPublic, keys.signing.publicKey);
        QCOMPARE(entry.agreementPublic, keys.agreement.publicKey);
        QCOMPARE(entry.retired.size(), 1);
        QCOMPARE(entry.retired.first().signingPublic, lost.signing.publicKey);
        QCOMPARE(entry.retired.first().journalThrough, 41);
        QVERIFY(!StationRegistry::find(store, request.stationId)->has_value());
        QCOMPARE(auditCount(store, QStringLiteral("join.restore")), 1);
        QCOMPARE(auditCount(store, QStringLiteral("station.rekey")), 1);
        QCOMPARE(auditCount(store, QStringLiteral("join.approve")), 0);

        // The new computer opens the approval with the code, and only as a restore.
        const auto answer = JoiningStation::fetchAnswer(f->remote, request);
        QVERIFY(answer.ok() && answer->has_value());
        QCOMPARE((*answer)->restoredStationId, QStringLiteral("s2"));
        const auto siteKey = JoiningStation::openApproval(**answer, request, keys, codeKey);
        QVERIFY2(siteKey.ok(), qPrintable(siteKey.error().message));
        QCOMPARE(*siteKey, f->adminKeys.siteKey);
        JoinApproval asJoin = **answer;
        asJoin.restoredStationId.clear(); // the MAC covers it
        QVERIFY(!JoiningStation::openApproval(asJoin, request, keys, codeKey).ok());
        QVERIFY(!JoiningStation::openApproval(**answer, plain, keys, codeKey).ok());

        // Approving it again: it is answered, nothing is replaced twice.
        QVERIFY(!requests.approve(f->shop->admin, QStringLiteral("CAISSE2"), f->adminKeys).ok());
        QCOMPARE(auditCount(store, QStringLiteral("station.rekey")), 1);
    }

    void refusalStopsTheJoiner()
    {
        auto f = postedRequest();
        QVERIFY(f->shop);
        JoinRequests requests(*f->shop->store, f->remote);
        QVERIFY(requests.refuse(f->shop->admin, QStringLiteral("CAISSE3")).ok());
        QCOMPARE(auditCount(*f->shop->store, QStringLiteral("join.refuse")), 1);
        QCOMPARE(requests.pending()->size(), 0);
        const auto answer = JoiningStation::fetchAnswer(f->remote, f->request);
        QVERIFY(!answer.ok());
        QVERIFY(answer.error().message.contains(QStringLiteral("refused")));
    }

    void theJoiningStationWaitsResumesAndJoins()
    {
        auto f = fixture();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        QMap<QString, SiteKeys> keychain;
        int saves = 0;
        const JoinKeyStore keyStore{[&](const SiteKeys &keys) -> Result<void> {
                                        ++saves;
                                        keychain[keys.stationId] = keys;
                                        return {};
                                    },
            [&](const QString &stationId) -> Result<SiteKeys> {
                if (!keychain.contains(stationId))
                    return Error{ErrorCode::NotFound, QStringLiteral("no keys")};
                return keychain.value(stationId);
            }};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("caisse3.sqlite"));
        const JoinCode first = *JoinCodes(store).generate(f->shop->admin, 1);

        QVERIFY(!requestToJoin(f->remote, path, QStringLiteral("nonsense"),
            QStringLiteral("CAISSE3"), StationKind::Register, f->shop->clock, keyStore)
                     .ok());
        auto step = requestToJoin(f->remote, path, first.code, QStringLiteral("caisse3"),
            StationKind::Register, f->shop->clock, keyStore);
        QVERIFY2(step.ok(), qPrintable(step.error().message));
        QVERIFY(!step->approved);
        QCOMPARE(saves, 1);
        QVERIFY(pendingJoinRequest(path).has_value());
        const JoinRequest request = step->request;

        // Run again: the same request, the same keys.
        step = requestToJoin(f->remote, path, first.code, QStringLiteral("CAISSE3"),
            StationKind::Register, f->shop->clock, keyStore);
        QVERIFY(step.ok());
        QCOMPARE(step->request.requestId, request.requestId);
        QCOMPARE(saves, 1);
        // Another station code from the same computer is refused while this one waits.
        QVERIFY(!requestToJoin(f->remote, path, first.code, QStringLiteral("CAISSE4"),
            StationKind::Register, f->shop->clock, keyStore)
                     .ok());

        // The code expires before anyone approves: a new code, a new request, the same keys.
        f->shop->clock.advanceSecs(2 * 3600);
        JoinRequests requests(store, f->remote);
        QVERIFY(!requests.approve(f->shop->admin, QStringLiteral("CAISSE3"), f->adminKeys).ok());
        const JoinCode second = *JoinCodes(store).generate(f->shop->admin);
        step = requestToJoin(f->remote, path, second.code, QStringLiteral("CAISSE3"),
            StationKind::Register, f->shop->clock, keyStore);
        QVERIFY(step.ok());
        QVERIFY(step->request.requestId != request.requestId);
        QCOMPARE(step->request.stationId, request.stationId);
        QCOMPARE(step->request.agreementPublic, request.agreementPublic);

        const auto approved =
            requests.approve(f->shop->admin, QStringLiteral("CAISSE3"), f->adminKeys);
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));
        QCOMPARE(approved->requestId, step->request.requestId);
        step = requestToJoin(f->remote, path, second.code, QStringLiteral("CAISSE3"),
            StationKind::Register, f->shop->clock, keyStore);
        QVERIFY2(step.ok(), qPrintable(step.error().message));
        QVERIFY(step->approved);
        QCOMPARE(step->keys.siteKey, f->adminKeys.siteKey);
        QCOMPARE(step->keys.siteId, store.site().id);
        QCOMPARE(keychain.value(request.stationId).siteKey, f->adminKeys.siteKey);
        finishJoin(path);
        QVERIFY(!pendingJoinRequest(path).has_value());
    }

    void aRefusedStationStartsOver()
    {
        auto f = fixture();
        QVERIFY(f->shop);
        QMap<QString, SiteKeys> keychain;
        const JoinKeyStore keyStore{[&](const SiteKeys &keys) -> Result<void> {
                                        keychain[keys.stationId] = keys;
                                        return {};
                                    },
            [&](const QString &stationId) -> Result<SiteKeys> {
                return keychain.value(stationId);
            }};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("caisse3.sqlite"));
        const JoinCode code = *JoinCodes(*f->shop->store).generate(f->shop->admin);
        QVERIFY(requestToJoin(f->remote, path, code.code, QStringLiteral("CAISSE3"),
            StationKind::Register, f->shop->clock, keyStore)
                    .ok());
        QVERIFY(JoinRequests(*f->shop->store, f->remote)
                    .refuse(f->shop->admin, QStringLiteral("CAISSE3"))
                    .ok());
        const auto refused = requestToJoin(f->remote, path, code.code, QStringLiteral("CAISSE3"),
            StationKind::Register, f->shop->clock, keyStore);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("refused")));
        QVERIFY(!pendingJoinRequest(path).has_value());
    }

    void addressesWithAPasswordAreRefused()
    {
        // A join (or any account) never keeps a password inside the address.
        const auto withPassword =
            SyncAccount::validate(QStringLiteral("https://shop%40asso.fr:s3cret@drive.example/dav"),
                QStringLiteral("shop@asso.fr"));
        QVERIFY(!withPassword.ok());
        QVERIFY(withPassword.error().message.contains(QStringLiteral("user:password@")));
        QVERIFY(!SyncAccount::validate(
            QStringLiteral("https://shop@drive.example/dav"), QStringLiteral("shop@asso.fr"))
                     .ok());
        QVERIFY(SyncAccount::validate(
            QStringLiteral("https://drive.example/dav"), QStringLiteral("shop@asso.fr"))
                    .ok());
    }

    void anUnreadableDriveIsAnError()
    {
        auto f = postedRequest();
        QVERIFY(f->shop);
        f->remote.setFault([](const QString &operation, const QString &) {
            return operation == QLatin1String("list") ? std::optional<RemoteError>(
                       RemoteError{Failure::Network, 0, QStringLiteral("offline"), -1})
                                                      : std::nullopt;
        });
        JoinRequests requests(*f->shop->store, f->remote);
        QVERIFY(!requests.pending().ok());
        QVERIFY(!requests.approve(f->shop->admin, QStringLiteral("CAISSE3"), f->adminKeys).ok());
        // A malformed request file is nobody's request.
        f->remote.setFault({});
        f->remote.files[QStringLiteral("join/%1.request").arg(QString(32, QLatin1Char('a')))] =
            "not json";
        QCOMPARE(requests.pending()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJoinRequest)
#include "tst_joinrequest.moc"
