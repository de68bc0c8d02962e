// The join protocol between an administration station and a joining station, over an in-memory
// drive: join codes, requests, approval with the site key wrapped, and every refusal.

#include "core/sync/account.h"
#include "core/sync/backup.h"
#include "core/sync/joinrequest.h"
#include "core/sync/joinshop.h"
#include "core/sync/segment.h"
#include "core/sync/stationregistry.h"
#include "core/sync/syncengine.h"
#include "core/users.h"
#include "tests/support/hostiledrive.h"
#include "tests/support/memoryremote.h"
#include "tests/support/testshop.h"

#include <QFile>
#include <QJsonDocument>
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
        // With lostCaisse2(): the lost register's keys and the code's MAC key.
        SiteKeys lost;
        QByteArray codeKey;
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

    // What approving may change on the administration station: its registry (current and
    // retired keys) and its join codes (a code spent). Compared before and after a refusal, with
    // the count of the audit events an approval records.
    static QString approverState(Store &store)
    {
        QStringList rows;
        const auto registered = StationRegistry::all(store);
        if (!registered)
            return QStringLiteral("registry unreadable");
        for (const RegisteredStation &station : *registered)
            rows << QString::fromUtf8(
                QJsonDocument(StationRegistry::row(station)).toJson(QJsonDocument::Compact));
        rows << SyncEngine::state(store, QStringLiteral("join_codes"));
        return rows.join(QLatin1Char('\n'));
    }
    static int changesByApproval(Store &store)
    {
        int changes = 0;
        for (const QString &action :
            {QStringLiteral("join.approve"), QStringLiteral("join.restore"),
                QStringLiteral("station.rekey"), QStringLiteral("station.register")})
            changes += auditCount(store, action);
        return changes;
    }
    // The fixture with CAISSE2 registered as a lost register (id s2) that published its journal
    // through record 41, and a valid join code (f->code, f->codeKey).
    static std::unique_ptr<Fixture> lostCaisse2()
    {
        auto f = fixture();
        if (!f->shop)
            return f;
        Store &store = *f->shop->store;
        f->lost = SiteKeys::forJoiningStation(QString(), QStringLiteral("s2"));
        if (!StationRegistry::registerStation(store,
                StationRegistration{QStringLiteral("s2"), QStringLiteral("CAISSE2"),
                    f->lost.signing.publicKey, f->lost.agreement.publicKey, false, QString()})
            || !f->remote.makeFolders(journalFolder(QStringLiteral("s2")))) {
            f->shop.reset();
            return f;
        }
        f->remote
            .files[journalFolder(QStringLiteral("s2")) + QLatin1Char('/') + segmentName(1, 41)] =
            "segment";
        f->code = *JoinCodes(store).generate(f->shop->admin);
        f->codeKey = joincode::macKey(joincode::normalized(f->code.code));
        return f;
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
        const QString before = approverState(store);
        for (const QString &refused :
            {QStringLiteral("CAISSE9"), QStringLiteral("CAISSE4"), store.station().code}) {
            const auto approved = requests.approve(f->shop->admin, refused, f->adminKeys);
            QVERIFY(!approved.ok());
            QCOMPARE(approved.error().failure, Failure::Local);
        }
        QCOMPARE(auditCount(store, QStringLiteral("station.rekey")), 0);
        // Nothing changed: no key replaced, the code still unused (the valid request below
        // is approved with it).
        QCOMPARE(approverState(store), before);
        QCOMPARE(f->remote.files.keys().filter(QStringLiteral(".approval")), QStringList());

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

    void aRequestCarryingAStationsIdentityIsNotApproved()
    {
        // Whoever holds a join code posts requests of their own making: a "restore" carrying the
        // lost computer's own keys (its thief: the keys would stay current while the shop
        // believes them retired), or another station's keys, or a join naming an existing
        // station's id (its registration would be overwritten, an administration station's
        // included). None is approvable; the administrator is told to refuse it; nothing
        // changes and the code stays good for the genuine computer.
        auto f = lostCaisse2();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        const SiteKeys &lost = f->lost;
        const QByteArray &codeKey = f->codeKey;
        const QDateTime now = f->shop->clock.nowUtc();
        SiteKeys thief = lost;
        thief.stationId = QStringLiteral("pc-thief");
        SiteKeys adminCopy = f->adminKeys;
        adminCopy.stationId = QStringLiteral("pc-copy");
        SiteKeys takesS2 = SiteKeys::forJoiningStation(QString(), QStringLiteral("s2"));
        SiteKeys takesAdmin = SiteKeys::forJoiningStation(QString(), store.station().id);
        struct Forged
        {
            JoinRequest request;
            const char *what;
        };
        const QList<Forged> forged{
            {JoinRequest::make(
                 thief, QStringLiteral("CAISSE2"), StationKind::Register, codeKey, now, true),
                "restore with the lost computer's keys"},
            {JoinRequest::make(
                 adminCopy, QStringLiteral("CAISSE2"), StationKind::Register, codeKey, now, true),
                "restore with the administration station's keys"},
            {JoinRequest::make(
                 takesS2, QStringLiteral("CAISSE7"), StationKind::Register, codeKey, now),
                "join as CAISSE7 with CAISSE2's station id"},
            {JoinRequest::make(
                 takesAdmin, QStringLiteral("CAISSE8"), StationKind::BackOffice, codeKey, now),
                "join as a back office with the administration station's id"},
        };
        JoinRequests requests(store, f->remote);
        const QString before = approverState(store);
        const int changes = changesByApproval(store);
        for (const Forged &attempt : forged) {
            QVERIFY(JoiningStation::post(f->remote, attempt.request).ok());
            const auto pending = requests.pending();
            QVERIFY2(pending.ok(), attempt.what);
            QCOMPARE(pending->size(), 1);
            QCOMPARE(pending->first().code, JoinCodes::Match::Valid);
            QVERIFY2(!pending->first().approvable(), attempt.what);
            QVERIFY2(pending->first().describe().contains(QLatin1String("identity or the keys")),
                qPrintable(pending->first().describe()));
            const auto approved =
                requests.approve(f->shop->admin, attempt.request.stationCode, f->adminKeys);
            QVERIFY2(!approved.ok(), attempt.what);
            QCOMPARE(approved.error().failure, Failure::Local);
            QVERIFY2(approverState(store) == before, attempt.what);
            QCOMPARE(changesByApproval(store), changes);
            QVERIFY(!f->remote.files.contains(
                QStringLiteral("join/%1.approval").arg(attempt.request.requestId)));
            QVERIFY(requests.refuse(f->shop->admin, attempt.request.stationCode).ok());
        }
        // The registry's own second line: a current key is never "replaced" by itself.
        const auto same = StationRegistry::replaceKeys(store, QStringLiteral("s2"),
            lost.signing.publicKey, lost.signing.publicKey, lost.agreement.publicKey, 41);
        QVERIFY(!same.ok());
        QCOMPARE(approverState(store), before);

        // The genuine computer's request is approved with the same, unspent code.
        const SiteKeys fresh = SiteKeys::forJoiningStation(QString(), QStringLiteral("pc-new"));
        const JoinRequest genuine = JoinRequest::make(
            fresh, QStringLiteral("CAISSE2"), StationKind::Register, codeKey, now, true);
        QVERIFY(JoiningStation::post(f->remote, genuine).ok());
        const auto approved =
            requests.approve(f->shop->admin, QStringLiteral("CAISSE2"), f->adminKeys);
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));
        QCOMPARE((**StationRegistry::find(store, QStringLiteral("s2"))).signingPublic,
            fresh.signing.publicKey);
    }

    void aRestoreIsApprovedOnlyByAStandingAdministrationStation()
    {
        auto f = lostCaisse2();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        const QByteArray &codeKey = f->codeKey;
        const SiteKeys fresh = SiteKeys::forJoiningStation(QString(), QStringLiteral("pc-new"));
        const JoinRequest request = JoinRequest::make(fresh, QStringLiteral("CAISSE2"),
            StationKind::Register, codeKey, f->shop->clock.nowUtc(), true);
        QVERIFY(JoiningStation::post(f->remote, request).ok());
        JoinRequests requests(store, f->remote);
        const QString before = approverState(store);
        const int changes = changesByApproval(store);
        const auto refusedWith = [&](const Actor &actor, const SiteKeys &keys) {
            const auto approved = requests.approve(actor, QStringLiteral("CAISSE2"), keys);
            return !approved.ok() && approverState(store) == before
                && changesByApproval(store) == changes
                && !f->remote.files.contains(
                    QStringLiteral("join/%1.approval").arg(request.requestId));
        };
        // A cashier; the keys of another station than this one.
        QVERIFY(refusedWith(f->shop->cashier, f->adminKeys));
        SiteKeys otherKeys = f->adminKeys;
        otherKeys.stationId = QStringLiteral("s2");
        QVERIFY(refusedWith(f->shop->admin, otherKeys));
        // This station revoked (a stolen back office): it approves nothing any more.
        QVERIFY(StationRegistry::revoke(store, store.station().id, f->shop->clock.nowUtc()).ok());
        const QString revoked = approverState(store);
        const auto approved =
            requests.approve(f->shop->admin, QStringLiteral("CAISSE2"), f->adminKeys);
        QVERIFY(!approved.ok());
        QVERIFY2(approved.error().message.contains(QLatin1String("administration station")),
            qPrintable(approved.error().message));
        QCOMPARE(approverState(store), revoked);
        QCOMPARE(changesByApproval(store), changes);
        QVERIFY(
            !f->remote.files.contains(QStringLiteral("join/%1.approval").arg(request.requestId)));

        // A station that is no longer an administration station (a super-administrator withdrew
        // it; the shop's back office is another one) approves nothing either, even with an
        // administrator signed in and a code it made before.
        auto g = lostCaisse2();
        QVERIFY(g->shop);
        Store &other = *g->shop->store;
        const SiteKeys backOffice = SiteKeys::create(other.site().id, QStringLiteral("bo1"));
        QVERIFY(StationRegistry::registerStation(other,
            StationRegistration{QStringLiteral("bo1"), QStringLiteral("BUREAU1"),
                backOffice.signing.publicKey, backOffice.agreement.publicKey, true, QString()})
                    .ok());
        const QByteArray &otherCode = g->codeKey;
        QVERIFY(JoiningStation::post(g->remote,
            JoinRequest::make(fresh, QStringLiteral("CAISSE2"), StationKind::Register, otherCode,
                g->shop->clock.nowUtc(), true))
                    .ok());
        QVERIFY(StationRegistry::setAdministrationStation(other, other.station().id, false).ok());
        QVERIFY(!StationRegistry::mayEditConfigurationHere(other));
        const QString registerBefore = approverState(other);
        const int registerChanges = changesByApproval(other);
        const auto byRegister =
            JoinRequests(other, g->remote)
                .approve(g->shop->admin, QStringLiteral("CAISSE2"), g->adminKeys);
        QVERIFY(!byRegister.ok());
        QVERIFY2(byRegister.error().message.contains(QLatin1String("administration station")),
            qPrintable(byRegister.error().message));
        QCOMPARE(approverState(other), registerBefore);
        QCOMPARE(changesByApproval(other), registerChanges);
    }

    void anApprovalCountsOnlyFromAStandingAdministrationStation()
    {
        // The joining station's check once it reads the registry: an approval signed by a
        // station that is not an administration station, by one that was revoked, by nobody
        // registered, or signed by one station and naming another, is refused.
        auto f = postedRequest();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        const SiteKeys backOffice = SiteKeys::create(store.site().id, QStringLiteral("bo2"));
        QVERIFY(StationRegistry::registerStation(store,
            StationRegistration{QStringLiteral("bo2"), QStringLiteral("BUREAU2"),
                backOffice.signing.publicKey, backOffice.agreement.publicKey, true, QString()})
                    .ok());
        const auto approved = JoinRequests(store, f->remote)
                                  .approve(f->shop->admin, QStringLiteral("CAISSE3"), f->adminKeys);
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));
        QVERIFY(JoiningStation::checkApprover(store, *approved).ok());
        const auto signedBy = [&](const QString &approver, const SiteKeys &keys) {
            JoinApproval forged = *approved;
            forged.approverStationId = approver;
            forged.signature = *crypto::sign(keys.signing.privateKey, forged.signedBytes());
            return forged;
        };
        // Another standing administration station may have approved it.
        QVERIFY(
            JoiningStation::checkApprover(store, signedBy(QStringLiteral("bo2"), backOffice)).ok());
        // Signed by BUREAU2 but naming CAISSE1 as its approver, or the other way round.
        QVERIFY(
            !JoiningStation::checkApprover(store, signedBy(store.station().id, backOffice)).ok());
        QVERIFY(!JoiningStation::checkApprover(store, signedBy(QStringLiteral("bo2"), f->adminKeys))
                     .ok());
        // Nobody the registry knows.
        const SiteKeys stranger = SiteKeys::create(store.site().id, QStringLiteral("x9"));
        QVERIFY(
            !JoiningStation::checkApprover(store, signedBy(QStringLiteral("x9"), stranger)).ok());
        // BUREAU2 revoked: what it signs approves nothing.
        QVERIFY(
            StationRegistry::revoke(store, QStringLiteral("bo2"), f->shop->clock.nowUtc()).ok());
        const auto byRevoked =
            JoiningStation::checkApprover(store, signedBy(QStringLiteral("bo2"), backOffice));
        QVERIFY(!byRevoked.ok());
        QCOMPARE(byRevoked.error().code, ErrorCode::IntegrityFailure);
    }

    void anApprovalServesOnlyItsOwnRequest()
    {
        // Two computers ask to restore CAISSE2; the administrator approves the first. The
        // approval copied to the second request's name, or rewritten for it, opens nothing there.
        auto f = lostCaisse2();
        QVERIFY(f->shop);
        Store &store = *f->shop->store;
        const QByteArray &codeKey = f->codeKey;
        const QDateTime now = f->shop->clock.nowUtc();
        const SiteKeys first = SiteKeys::forJoiningStation(QString(), QStringLiteral("pc-1"));
        const JoinRequest firstRequest = JoinRequest::make(
            first, QStringLiteral("CAISSE2"), StationKind::Register, codeKey, now, true);
        QVERIFY(JoiningStation::post(f->remote, firstRequest).ok());
        const auto approved = JoinRequests(store, f->remote)
                                  .approve(f->shop->admin, QStringLiteral("CAISSE2"), f->adminKeys);
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));

        const JoinCode secondCode = *JoinCodes(store).generate(f->shop->admin);
        const QByteArray secondKey = joincode::macKey(joincode::normalized(secondCode.code));
        const SiteKeys second = SiteKeys::forJoiningStation(QString(), QStringLiteral("pc-2"));
        const JoinRequest secondRequest = JoinRequest::make(
            second, QStringLiteral("CAISSE2"), StationKind::Register, secondKey, now, true);
        QVERIFY(JoiningStation::post(f->remote, secondRequest).ok());
        JoinApproval probe;
        probe.requestId = secondRequest.requestId;
        f->remote.files[probe.path()] = f->remote.files.value(approved->path());
        const auto copied = JoiningStation::fetchAnswer(f->remote, secondRequest);
        QVERIFY(!copied.ok());
        QCOMPARE(copied.error().failure, Failure::Protocol);
        // Rewritten with the second request's ids: the MAC and the key's binding fail, even
        // with the second code.
        JoinApproval rewritten = *approved;
        rewritten.requestId = secondRequest.requestId;
        rewritten.stationId = secondRequest.stationId;
        QVERIFY(!JoiningStation::openApproval(rewritten, secondRequest, second, secondKey).ok());
        QVERIFY(!JoiningStation::openApproval(rewritten, secondRequest, second, codeKey).ok());
        // Nor does the first approval open for the second computer's keys under its own name.
        QVERIFY(!JoiningStation::openApproval(*approved, firstRequest, second, codeKey).ok());
        QVERIFY(JoiningStation::openApproval(*approved, firstRequest, first, codeKey).ok());
    }

    void aForgedRestoreApprovalRestoresNothing()
    {
        // The new computer's side, over a sealed drive: the approval opened with the join code
        // (whoever brute-forced a code can MAC one) is still checked against the configuration
        // the administration stations sign before anything is read or written.
        QTemporaryDir dir;
        int files = 0;
        MemoryRemote remote;
        SealedStation a, b;
        QVERIFY(makeSealedShop(
            a, b, remote, [&] { return dir.filePath(QStringLiteral("s%1.sqlite").arg(++files)); }));
        const QString lostId = b.store->station().id;
        // CAISSE2's restore point holds its documents as they are now.
        const qint64 documents = count(*b.store,
            QStringLiteral("SELECT count(*) FROM document WHERE station_id = '%1'").arg(lostId));
        QVERIFY(documents > 0);
        QVERIFY(Backup::upload(*b.store, *b.sealed).ok());
        const auto user = Users(*a.store).findByName(QStringLiteral("Dominique"));
        QVERIFY(user);
        const auto admin = Users(*a.store).login(user->id, QStringLiteral("666666"));
        QVERIFY(admin);
        const JoinCode code = *JoinCodes(*a.store).generate(*admin);
        const QByteArray codeKey = joincode::macKey(joincode::normalized(code.code));
        const SiteKeys pc = SiteKeys::forJoiningStation(QString(), QStringLiteral("pc-new"));
        const JoinRequest request = JoinRequest::make(
            pc, QStringLiteral("CAISSE2"), StationKind::Register, codeKey, a.clock.nowUtc(), true);
        QVERIFY(JoiningStation::post(remote, request).ok());
        const auto approval =
            JoinRequests(*a.store, *a.sealed).approve(*admin, QStringLiteral("CAISSE2"), a.keys);
        QVERIFY2(approval.ok(), qPrintable(approval.error().message));
        const auto siteKey = JoiningStation::openApproval(*approval, request, pc, codeKey);
        QVERIFY(siteKey.ok());
        JoinStep step;
        step.approved = true;
        step.request = request;
        step.keys = pc;
        step.keys.siteId = approval->siteId;
        step.keys.siteKey = *siteKey;
        step.approval = *approval;
        const QString path = dir.filePath(QStringLiteral("restored.sqlite"));
        const RestoringUser by{QStringLiteral("Dominique"), QStringLiteral("666666")};

        // The approving station has not synced: the configuration does not give CAISSE2 these
        // keys yet.
        const auto early = approvedRestorePoints(remote, step);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(QLatin1String("sync the approving station")),
            qPrintable(early.error().message));
        QVERIFY(!completeRestore(remote, path, step, a.clock, by).ok());
        QVERIFY(!QFile::exists(path));

        (void)a.sync(); // CAISSE2's files signed by the retired key are refused there: expected
        const auto points = approvedRestorePoints(remote, step);
        QVERIFY2(points.ok(), qPrintable(points.error().message));
        QCOMPARE(points->size(), 1);
        QCOMPARE(points->first().stationCode, QStringLiteral("CAISSE2"));
        QCOMPARE(points->first().documents, documents);

        const QMap<QString, QByteArray> drive = remote.files;
        const auto refused = [&](JoinApproval forged, const QString &approver,
                                 const SiteKeys &signer, const char *expected) {
            forged.approverStationId = approver;
            forged.signature = *crypto::sign(signer.signing.privateKey, forged.signedBytes());
            JoinStep attempt = step;
            attempt.approval = forged;
            const auto listed = approvedRestorePoints(remote, attempt);
            const auto restored = completeRestore(remote, path, attempt, a.clock, by);
            if (listed.ok() || restored.ok()) {
                qWarning() << "accepted:" << expected;
                return false;
            }
            if (restored.error().failure != Failure::Untrusted
                || !restored.error().message.contains(QLatin1String(expected))) {
                qWarning() << restored.error().message;
                return false;
            }
            return !QFile::exists(path) && remote.files == drive;
        };
        // Signed by CAISSE2 itself (a register), by the new computer, by a stranger, or by
        // the administration station but naming CAISSE2 as its approver.
        QVERIFY(refused(*approval, lostId, b.keys, "administration station"));
        QVERIFY(refused(*approval, a.store->station().id, pc, "administration station"));
        const SiteKeys stranger = SiteKeys::create(a.store->site().id, QStringLiteral("x9"));
        QVERIFY(refused(*approval, QStringLiteral("x9"), stranger, "administration station"));
        QVERIFY(refused(*approval, lostId, a.keys, "administration station"));
        // Signed by the administration station but naming another station to restore (the
        // shop's back office): not the station of the request.
        JoinApproval otherStation = *approval;
        otherStation.restoredStationId = a.store->station().id;
        QVERIFY(refused(otherStation, a.store->station().id, a.keys, "another station"));

        // CAISSE2 revoked after the approval (its thief came back first): nothing restored.
        QVERIFY(StationRegistry::revoke(*a.store, lostId, a.clock.nowUtc()).ok());
        (void)a.sync();
        const QMap<QString, QByteArray> revokedDrive = remote.files;
        QVERIFY(!approvedRestorePoints(remote, step).ok());
        const auto revoked = completeRestore(remote, path, step, a.clock, by);
        QVERIFY(!revoked.ok());
        QVERIFY2(revoked.error().message.contains(QLatin1String("was revoked")),
            qPrintable(revoked.error().message));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(remote.files, revokedDrive);
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
