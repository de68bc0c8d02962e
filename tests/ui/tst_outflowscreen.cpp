// The outflow screen ("Sorties"): keyed with the keyboard alone and by touch; it hands core the
// kind, the partner or stream and the weighed lines, and shows core's verdict.

#include "core/money.h"
#include "core/outflows.h"
#include "core/store.h"
#include "tests/support/testshop.h"
#include "ui/common/mainwindow.h"
#include "ui/reception/outflowscreen.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace recaisse;

namespace {

QString scalar(core::Store &store, const QString &sql)
{
    QSqlQuery query(store.db().connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("?");
    return query.value(0).toString();
}

} // namespace

class TestOutflowScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardOnlyRecordsACollectionNetOfTheTare();
    void touchRecordsARecyclingStream();
    void aTareAboveTheWeightIsRefusedAndNothingIsWritten();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        auto *widget = m_screen->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    void chooseCategory(const QString &id);

    std::unique_ptr<test::TestShop> m_shop;
    std::unique_ptr<ui::OutflowScreen> m_screen;
    core::Container m_cage;
};

void TestOutflowScreen::initTestCase()
{
    qApp->setStyleSheet(ui::MainWindow::styleSheet());
}

void TestOutflowScreen::init()
{
    m_shop = test::TestShop::create(core::StationKind::Reception);
    QVERIFY(m_shop);
    const auto cage =
        core::Containers(*m_shop->store).add(m_shop->admin, QStringLiteral("Cage"), 12'500);
    QVERIFY(cage);
    m_cage = *cage;
    m_screen = std::make_unique<ui::OutflowScreen>(*m_shop->store);
    m_screen->setActor(m_shop->reception);
    m_screen->resize(1024, 640);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
}

void TestOutflowScreen::cleanup()
{
    m_screen.reset();
    m_shop.reset();
}

void TestOutflowScreen::chooseCategory(const QString &id)
{
    auto *category = child<QComboBox>(QStringLiteral("outflowCategory"));
    QVERIFY(category);
    const int index = category->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    category->setCurrentIndex(index);
}

void TestOutflowScreen::keyboardOnlyRecordsACollectionNetOfTheTare()
{
    // Tab to the kind buttons, Space chooses the eco-organism collection.
    auto *collection = child<QPushButton>(QStringLiteral("kind-collection"));
    QVERIFY(collection);
    collection->setFocus();
    QTest::keyClick(collection, Qt::Key_Space);
    QVERIFY(collection->isChecked());
    auto *ecoOrganism = child<QComboBox>(QStringLiteral("ecoOrganism"));
    ecoOrganism->setFocus();
    // Type-ahead in the list: "Ecom…" picks Ecomaison.
    QTest::keyClicks(ecoOrganism, QStringLiteral("Ecom"));
    QCOMPARE(ecoOrganism->currentData().toString(), QStringLiteral("ecomaison"));

    chooseCategory(QStringLiteral("mobilier.chaise"));
    auto *weight = child<QLineEdit>(QStringLiteral("outflowWeight"));
    auto *items = child<QLineEdit>(QStringLiteral("outflowItems"));
    auto *container = child<QComboBox>(QStringLiteral("outflowContainer"));
    container->setCurrentIndex(container->findData(m_cage.id));
    items->setFocus();
    items->selectAll();
    QTest::keyClicks(items, QStringLiteral("6"));
    weight->setFocus();
    QTest::keyClicks(weight, QStringLiteral("60,2"));
    QTest::keyClick(weight, Qt::Key_Return);
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(m_screen->draft().lines.first().weightGrams, qint64(60'200));
    QCOMPARE(m_screen->draft().lines.first().quantity, qint64(6));
    QCOMPARE(child<QLabel>(QStringLiteral("outflowTotal"))->text(),
        ui::OutflowScreen::tr("Net: %1").arg(core::weight::format(47'700)));

    QSignalSpy recorded(m_screen.get(), &ui::OutflowScreen::outflowRecorded);
    QTest::keyClick(m_screen.get(), Qt::Key_F12);
    QCOMPARE(recorded.size(), 1);
    const auto outflow = recorded.first().first().value<core::Outflow>();
    QCOMPARE(outflow.totalWeightGrams, qint64(47'700));
    QCOMPARE(outflow.kind, core::OutflowKind::EcoOrganismCollection);
    QCOMPARE(scalar(*m_shop->store, QStringLiteral("SELECT partner_id FROM outflow")),
        QStringLiteral("ecomaison"));
    QCOMPARE(scalar(*m_shop->store, QStringLiteral("SELECT tare_grams FROM outflow_line")),
        QStringLiteral("12500"));
    QVERIFY(m_screen->draft().lines.isEmpty());
    QVERIFY(child<QLabel>(QStringLiteral("outflowMessage"))->text().contains(outflow.stamp.number));
}

void TestOutflowScreen::touchRecordsARecyclingStream()
{
    QTest::mouseClick(child<QPushButton>(QStringLiteral("kind-recycling")), Qt::LeftButton);
    auto *stream = child<QComboBox>(QStringLiteral("recyclingStream"));
    stream->setCurrentIndex(stream->findData(QStringLiteral("metals")));
    chooseCategory(QStringLiteral("bricolage.outil"));
    auto *weight = child<QLineEdit>(QStringLiteral("outflowWeight"));
    weight->setText(QStringLiteral("18"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addOutflowLine")), Qt::LeftButton);
    QCOMPARE(child<QTableWidget>(QStringLiteral("outflowLineTable"))->rowCount(), 1);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("recordOutflow")), Qt::LeftButton);
    QCOMPARE(scalar(*m_shop->store, QStringLiteral("SELECT stream FROM outflow")),
        QStringLiteral("metals"));
    QCOMPARE(scalar(*m_shop->store, QStringLiteral("SELECT total_weight_grams FROM outflow")),
        QStringLiteral("18000"));
    // Every key of the screen is a finger's size.
    for (QPushButton *button : m_screen->findChildren<QPushButton *>()) {
        if (button->isVisible())
            QVERIFY2(button->height() >= 44, qPrintable(button->objectName()));
    }
}

void TestOutflowScreen::aTareAboveTheWeightIsRefusedAndNothingIsWritten()
{
    QTest::mouseClick(child<QPushButton>(QStringLiteral("kind-waste")), Qt::LeftButton);
    chooseCategory(QStringLiteral("divers"));
    auto *container = child<QComboBox>(QStringLiteral("outflowContainer"));
    container->setCurrentIndex(container->findData(m_cage.id));
    auto *weight = child<QLineEdit>(QStringLiteral("outflowWeight"));
    weight->setText(QStringLiteral("10"));
    QTest::keyClick(weight, Qt::Key_Return);
    QVERIFY(m_screen->draft().lines.isEmpty());
    QVERIFY2(child<QLabel>(QStringLiteral("outflowMessage"))
                 ->text()
                 .contains(core::weight::format(12'500)),
        qPrintable(child<QLabel>(QStringLiteral("outflowMessage"))->text()));
    // A partner association without a name: core refuses, the lines stay.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("kind-partner")), Qt::LeftButton);
    weight->setText(QStringLiteral("30"));
    QTest::keyClick(weight, Qt::Key_Return);
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QTest::keyClick(m_screen.get(), Qt::Key_F12);
    QCOMPARE(m_screen->draft().lines.size(), 1);
    QCOMPARE(scalar(*m_shop->store, QStringLiteral("SELECT count(*) FROM outflow")),
        QStringLiteral("0"));
    QVERIFY(!child<QLabel>(QStringLiteral("outflowMessage"))->text().isEmpty());
}

QTEST_MAIN(TestOutflowScreen)
#include "tst_outflowscreen.moc"
