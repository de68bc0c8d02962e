#include "core/exports/ecologicexport.h"
#include "core/store.h"
#include "tests/support/flowfixture.h"
#include "tests/support/testshop.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace recaisse::core;
using recaisse::test::FlowFixture;
using recaisse::test::TestShop;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(RECAISSE_TEST_DATA_DIR "/") + name;
}

// The committed file, or, with RECAISSE_WRITE_GOLDEN=1 (once, before a refactoring), the
// current output written as the reference.
QByteArray golden(const QString &name, const QByteArray &current)
{
    QFile file(dataFile(name));
    if (qEnvironmentVariableIntValue("RECAISSE_WRITE_GOLDEN") == 1
        && file.open(QIODevice::WriteOnly))
        file.write(current);
    file.close();
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestPartners : public QObject
{
    Q_OBJECT

private slots:
    void ecologicFileOfTheFixtureIsUnchanged();
};

// The Ecologic file of the committed fixture, byte for byte as before partners became data.
void TestPartners::ecologicFileOfTheFixtureIsUnchanged()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    FlowFixture fixture;
    QVERIFY(fixture.build(*shop->store));
    shop->clock.set(QDateTime(QDate(2026, 4, 1), QTime(4, 0), QTimeZone::utc()));
    EcologicExport exporter(*shop->store);
    const auto period = EcologicPeriod::quarter(2026, 1);
    QVERIFY(period);
    const auto declaration = exporter.aggregate(*period);
    QVERIFY2(declaration, qPrintable(declaration ? QString() : declaration.error().message));
    const auto bytes = exporter.render(*declaration);
    QVERIFY(bytes);
    const QByteArray expected = golden(QStringLiteral("fixture_ecologic_2026-Q1.csv"), *bytes);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(*bytes, expected);
    QVERIFY(exporter.check(*declaration).ok());
}

QTEST_GUILESS_MAIN(TestPartners)
#include "tst_partners.moc"
