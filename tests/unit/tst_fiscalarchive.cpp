#include "core/cashsession.h"
#include "core/closings.h"
#include "core/crypto.h"
#include "core/fiscalarchive.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/sales.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "core/technicalevents.h"
#include "tests/support/testshop.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using recaisse::test::TestShop;

class TestFiscalArchive : public QObject
{
    Q_OBJECT

private slots:
    void archiveOfAPeriodVerifies();
    void anyChangedByteFails();
    void signedByTheStationsRegisteredKey();
    void refusedWithoutRightOrOnAnExistingFile();
    void programVersionIsRecordedOnce();

private:
    // Sales on three days of March and their day closings; returns the shop.
    static std::unique_ptr<TestShop> threeDays();
};

std::unique_ptr<TestShop> TestFiscalArchive::threeDays()
{
    auto shop = TestShop::create();
    if (!shop)
        return nullptr;
    for (int day = 2; day <= 4; ++day) {
        shop->clock.set(QDateTime(QDate(2026, 3, day), QTime(9, 0), QTimeZone::utc()));
        CashSessions sessions(*shop->store);
        if (!sessions.open(shop->cashier, 0))
            return nullptr;
        for (int i = 0; i < 2; ++i) {
            shop->clock.advanceSecs(600);
            SaleDraft draft;
            draft.lines.append(SaleLineDraft{QStringLiteral("divers"), 1, 300 * day, std::nullopt});
            draft.payments.append(PaymentDraft{PaymentMethod::Card, 300 * day});
            if (!Sales(*shop->store).record(shop->cashier, draft))
                return nullptr;
        }
        shop->clock.advanceSecs(3600);
        if (!sessions.close(shop->cashier, CloseRequest{{{100, 0}}, {}, {}}))
            return nullptr;
    }
    shop->clock.set(QDateTime(QDate(2026, 3, 5), QTime(9, 0), QTimeZone::utc()));
    if (!Closings(*shop->store).closeEndedPeriodsAutomatically())
        return nullptr;
    return shop;
}

void TestFiscalArchive::archiveOfAPeriodVerifies()
{
    auto shop = threeDays();
    QVERIFY(shop);
    const QString path = shop->dir.filePath(QStringLiteral("march.tar"));
    // The 3rd and the 4th: 2 sessions of 2 sales each, and the closings written those days.
    auto written =
        FiscalArchive(*shop->store).write(shop->admin, QDate(2026, 3, 3), QDate(2026, 3, 4), path);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QCOMPARE(written->documents, qint64(2 * 4 + 2)); // open, 2 sales, close; 2 day closings
    QCOMPARE(written->closings, qint64(2));
    QVERIFY(written->auditEvents > 0);
    // The chain's hashes at both ends: before the first document of the 3rd, the last of the 4th.
    const auto before = findDocument(*shop->store, QStringLiteral("CAISSE1-Z000001"));
    QVERIFY(before.ok());
    QCOMPARE(written->firstPrevHash, before->hash);

    const auto verified = FiscalArchive::verify(path);
    QVERIFY2(verified.ok(), qPrintable(verified.error().message));
    QCOMPARE(verified->documents, written->documents);
    QCOMPARE(verified->closings, qint64(2));
    QCOMPARE(verified->auditEvents, written->auditEvents);
    QCOMPARE(verified->lastHash, written->lastHash);
    QCOMPARE(verified->from, QDate(2026, 3, 3));

    // Audited, and a technical event of the chain, itself verified.
    const auto events = TechnicalEvents(*shop->store).recent(5).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, TechnicalEventKind::Archive);
    QCOMPARE(events.first().details.value(QStringLiteral("from")).toString(),
        QStringLiteral("2026-03-03"));
    QCOMPARE(recaisse::test::auditCount(*shop->store, QStringLiteral("archive.create")), 1);
    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestFiscalArchive::anyChangedByteFails()
{
    auto shop = threeDays();
    QVERIFY(shop);
    const QString path = shop->dir.filePath(QStringLiteral("march.tar"));
    QVERIFY(FiscalArchive(*shop->store)
                .write(shop->admin, QDate(2026, 3, 2), QDate(2026, 3, 4), path)
                .ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    QVERIFY(original.size() > 2048);
    // Every byte of the parts' headers and content, and a spread over the padding.
    const QString changed = shop->dir.filePath(QStringLiteral("changed.tar"));
    int tried = 0;
    for (qsizetype at = 0; at < original.size(); at += (at < 4096 ? 1 : 97)) {
        QByteArray bytes = original;
        bytes[at] = char(bytes.at(at) ^ 0x01);
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        const auto verified = FiscalArchive::verify(changed);
        QVERIFY2(!verified.ok(), qPrintable(QStringLiteral("byte %1 changed unseen").arg(at)));
        ++tried;
    }
    QVERIFY(tried > 4096);
    // Cut short, or longer.
    for (const QByteArray &bytes :
        QByteArrayList{original.left(original.size() - 512), original + '\0'}) {
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        QVERIFY(!FiscalArchive::verify(changed).ok());
    }
}

void TestFiscalArchive::signedByTheStationsRegisteredKey()
{
    auto shop = threeDays();
    QVERIFY(shop);
    Store &store = *shop->store;
    // Without keys: intact, not signed, no signer to look for.
    const QString plain = shop->dir.filePath(QStringLiteral("plain.tar"));
    QVERIFY(FiscalArchive(store).write(shop->admin, QDate(2026, 3, 2), QDate(2026, 3, 4), plain));
    auto verified = FiscalArchive::verify(plain);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
    QVERIFY(verified->signingPublic.isEmpty());
    QCOMPARE(FiscalArchive::signerIn(store, *verified).error().code, ErrorCode::NotFound);

    // With the station's registered key: signed, and the signature names this station.
    const sync::SiteKeys keys = sync::SiteKeys::create(store.site().id, store.station().id);
    QVERIFY(sync::StationRegistry::registerFounder(store, keys));
    const QString path = shop->dir.filePath(QStringLiteral("signed.tar"));
    const auto written = FiscalArchive(store).write(
        shop->admin, QDate(2026, 3, 2), QDate(2026, 3, 4), path, keys.signing.privateKey);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->signingPublic, keys.signing.publicKey);
    verified = FiscalArchive::verify(path);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
    QCOMPARE(verified->signingPublic, keys.signing.publicKey);
    QCOMPARE(verified->documents, written->documents);
    QCOMPARE(FiscalArchive::signerIn(store, *verified).value(), store.station().code);

    // Another key signs a self-consistent archive: intact, but no key of this station.
    const QString forged = shop->dir.filePath(QStringLiteral("forged.tar"));
    const auto stranger = crypto::newSigningKey();
    QVERIFY(FiscalArchive(store).write(
        shop->admin, QDate(2026, 3, 2), QDate(2026, 3, 4), forged, stranger.privateKey));
    verified = FiscalArchive::verify(forged);
    QVERIFY(verified);
    const auto refused = FiscalArchive::signerIn(store, *verified);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::IntegrityFailure);

    // A signature changed to another valid-looking one: refused by verify itself.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const qsizetype at = bytes.lastIndexOf("manifest.sig");
    QVERIFY(at > 0);
    const qsizetype data = at + 512; // the signature's text follows its tar header
    bytes[data] = bytes.at(data) == 'A' ? 'B' : 'A';
    const QString changed = shop->dir.filePath(QStringLiteral("changed.tar"));
    QFile out(changed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const auto broken = FiscalArchive::verify(changed);
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.contains(QLatin1String("signature")),
        qPrintable(broken.error().message));
}

void TestFiscalArchive::refusedWithoutRightOrOnAnExistingFile()
{
    auto shop = threeDays();
    QVERIFY(shop);
    const QString path = shop->dir.filePath(QStringLiteral("march.tar"));
    auto refused = FiscalArchive(*shop->store)
                       .write(shop->cashier, QDate(2026, 3, 2), QDate(2026, 3, 4), path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!QFile::exists(path));
    QVERIFY(FiscalArchive(*shop->store)
                .write(shop->admin, QDate(2026, 3, 2), QDate(2026, 3, 4), path)
                .ok());
    auto again =
        FiscalArchive(*shop->store).write(shop->admin, QDate(2026, 3, 2), QDate(2026, 3, 4), path);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    auto backwards =
        FiscalArchive(*shop->store).write(shop->admin, QDate(2026, 3, 4), QDate(2026, 3, 2), path);
    QCOMPARE(backwards.error().code, ErrorCode::InvalidInput);
}

void TestFiscalArchive::programVersionIsRecordedOnce()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    QCOMPARE(TechnicalEvents(*shop->store).recordProgramStart().value(), true);
    QCOMPARE(TechnicalEvents(*shop->store).recordProgramStart().value(), false);
    const auto events = TechnicalEvents(*shop->store).recent(10).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, TechnicalEventKind::ProgramVersion);
    QVERIFY(events.first().stamp.number.startsWith(QStringLiteral("CAISSE1-V")));
    QVERIFY(!events.first().programVersion.isEmpty());
    const auto header = findDocument(*shop->store, events.first().stamp.number);
    QCOMPARE(header->kind, DocumentKind::TechnicalEvent);
    const auto report = IntegrityCheck(*shop->store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFiscalArchive)
#include "tst_fiscalarchive.moc"
