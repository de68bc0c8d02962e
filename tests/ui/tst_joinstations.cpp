// The sync page's "Stations joining the shop", offscreen, over an in-memory drive: a join code
// shown large, a station's request listed, approved or refused, a new recovery kit; nothing for a
// cashier.

#include "core/sync/forwardingremote.h"
#include "core/sync/recovery.h"
#include "core/sync/stationregistry.h"
#include "tests/support/memoryremote.h"
#include "tests/support/testshop.h"
#include "ui/sync/joinstationsbox.h"

#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::sync;

namespace {

// Each job gets its own Remote; all of them reach the test's one drive.
class SharedRemote final : public ForwardingRemote
{
public:
    explicit SharedRemote(test::MemoryRemote &remote)
        : ForwardingRemote(remote)
    {
    }
};

} // namespace

class TestJoinStations : public QObject
{
    Q_OBJECT

private:
    // A back-office station's box for its administrator, on an in-memory drive, with the shop's
    // keys at hand instead of the keychain.
    struct Fixture
    {
        std::unique_ptr<test::TestShop> shop = test::TestShop::create(StationKind::BackOffice);
        test::MemoryRemote remote;
        SiteKeys keys;
        std::unique_ptr<ui::JoinStationsBox> box;

        Fixture()
        {
            if (!shop)
                return;
            keys = SiteKeys::create(shop->store->site().id, shop->store->station().id);
            if (!StationRegistry::registerFounder(*shop->store, keys)) {
                shop.reset();
                return;
            }
            box = std::make_unique<ui::JoinStationsBox>(*shop->store, shop->admin);
            box->setRemoteFactory([this](Store &) -> Result<std::unique_ptr<Remote>> {
                return std::unique_ptr<Remote>(std::make_unique<SharedRemote>(remote));
            });
            box->setKeysLoader([this](Store &) -> Result<SiteKeys> { return keys; });
        }
    };

    static QPushButton *button(QWidget &parent, const char *name)
    {
        return parent.findChild<QPushButton *>(QString::fromLatin1(name));
    }

private slots:
    void administratorMakesACodeAndApprovesAStation()
    {
        Fixture f;
        QVERIFY(f.box);
        ui::JoinStationsBox &box = *f.box;
        test::MemoryRemote &remote = f.remote;
        const SiteKeys &keys = f.keys;
        auto &shop = f.shop;
        box.show();
        QSignalSpy finished(&box, &ui::JoinStationsBox::jobFinished);
        QSignalSpy approved(&box, &ui::JoinStationsBox::stationApproved);

        QTest::mouseClick(button(box, "makeJoinCode"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        static const QRegularExpression form(QStringLiteral("^[2-9A-Z]{5}-[2-9A-Z]{5}$"));
        QVERIFY2(form.match(box.codeText()).hasMatch(), qPrintable(box.codeText()));

        // The new station asks with the code it was given.
        const SiteKeys joiner = SiteKeys::forJoiningStation(QString(), QStringLiteral("s3"));
        const JoinRequest request =
            JoinRequest::make(joiner, QStringLiteral("CAISSE3"), StationKind::Register,
                joincode::macKey(joincode::normalized(box.codeText())), shop->clock.nowUtc());
        QVERIFY(JoiningStation::post(remote, request).ok());

        QTest::mouseClick(button(box, "refreshJoinRequests"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(box.requestCount(), 1);
        QVERIFY(box.requestText(0).contains(QStringLiteral("CAISSE3 asks to join the shop.")));
        QVERIFY(box.requestText(0).contains(request.fingerprint()));

        QPushButton *approve = button(box, "approveJoin");
        QVERIFY(!approve->isEnabled()); // nothing selected yet
        box.selectRequest(0);
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(approved.size(), 1);
        QVERIFY2(
            box.messageText().contains(QStringLiteral("approved")), qPrintable(box.messageText()));
        QCOMPARE(box.requestCount(), 0);
        const auto answer = JoiningStation::fetchAnswer(remote, request);
        QVERIFY(answer.ok() && answer->has_value());
        QCOMPARE(*JoiningStation::openApproval(**answer, request, joiner,
                     joincode::macKey(joincode::normalized(box.codeText()))),
            keys.siteKey);
    }

    void aNewRecoveryKitIsSaved()
    {
        Fixture f;
        QVERIFY(f.box);
        ui::JoinStationsBox &box = *f.box;
        QTemporaryDir dir;
        const QString kit = dir.filePath(QStringLiteral("kit.pdf"));
        box.setKitPathPrompt([kit] { return kit; });
        QSignalSpy finished(&box, &ui::JoinStationsBox::jobFinished);
        box.makeRecoveryKit();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(box.messageText().contains(kit), qPrintable(box.messageText()));
        QFile file(kit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString pdf = QString::fromLatin1(file.readAll());
        QVERIFY(pdf.startsWith(QStringLiteral("%PDF")));
        const auto key =
            QRegularExpression(QStringLiteral("([A-Z2-7]{4}-){7}[A-Z2-7]{4}")).match(pdf);
        QVERIFY(key.hasMatch());
        QCOMPARE(SiteRecovery::recover(f.remote, key.captured(0))->siteKey, f.keys.siteKey);
    }

    void aCashierCannotAct()
    {
        auto shop = test::TestShop::create();
        QVERIFY(shop);
        ui::JoinStationsBox box(*shop->store, shop->cashier);
        for (const char *name :
            {"makeJoinCode", "refreshJoinRequests", "approveJoin", "refuseJoin", "newRecoveryKit"})
            QVERIFY2(!button(box, name)->isEnabled(), name);
        QVERIFY(box.messageText().contains(QStringLiteral("administrator")));
    }
};

QTEST_MAIN(TestJoinStations)
#include "tst_joinstations.moc"
