#include "core/admin/categoryeditor.h"
#include "core/categories.h"
#include "core/store.h"
#include "tests/support/adminshop.h"

#include <QTest>

using namespace recaisse;
using namespace recaisse::core;

class TestCategoryEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsWithAnIdFromTheName();
    void overlappingNamesAreRefused();
    void noCycles();
    void deactivatingAUsedCategoryKeepsItsHistory();
    void badFieldsChangeNothing();

private:
    std::unique_ptr<test::AdminShop> m_data;
};

void TestCategoryEditor::initTestCase()
{
    m_data = test::AdminShop::create(8);
    QVERIFY(m_data);
}

void TestCategoryEditor::createsWithAnIdFromTheName()
{
    test::TestShop &s = *m_data->shop;
    CategoryEditor editor(*s.store);
    Category c;
    c.name = QStringLiteral("  Électroménager à l'été ");
    c.eeeCode = QStringLiteral("EEE-4");
    c.defaultPriceCents = 500;
    c.color = QStringLiteral("#123456");
    auto saved = editor.save(s.admin, c);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(saved->id, QStringLiteral("electromenager-a-l-ete"));
    QCOMPARE(
        CategoryCatalog(*s.store).find(saved->id)->name, QStringLiteral("Électroménager à l'été"));
    QCOMPARE(editor.idFor(c.name), QStringLiteral("electromenager-a-l-ete-2"));
}

void TestCategoryEditor::overlappingNamesAreRefused()
{
    test::TestShop &s = *m_data->shop;
    const Category existing = CategoryCatalog(*s.store).children({}).first();
    Category c;
    c.name = existing.name.toUpper();
    const int count = CategoryCatalog(*s.store).list(true).size();
    auto saved = CategoryEditor(*s.store).save(s.admin, c);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::Conflict);
    QCOMPARE(CategoryCatalog(*s.store).list(true).size(), count);
}

void TestCategoryEditor::noCycles()
{
    test::TestShop &s = *m_data->shop;
    CategoryCatalog catalog(*s.store);
    Category parent;
    for (const Category &c : catalog.list()) {
        if (!catalog.children(c.id).isEmpty()) {
            parent = c;
            break;
        }
    }
    QVERIFY(!parent.id.isEmpty());
    const Category child = catalog.children(parent.id).first();
    parent.parentId = child.id;
    auto saved = CategoryEditor(*s.store).save(s.admin, parent);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
    QVERIFY(catalog.find(parent.id)->parentId.isEmpty()
        || catalog.find(parent.id)->parentId != child.id);
}

void TestCategoryEditor::deactivatingAUsedCategoryKeepsItsHistory()
{
    test::TestShop &s = *m_data->shop;
    const QString id = m_data->todaysSale.lines.first().categoryId;
    CategoryEditor editor(*s.store);
    QVERIFY(editor.isUsed(id));
    QVERIFY(editor.setActive(s.admin, id, false).ok());
    QVERIFY(!CategoryCatalog(*s.store).find(id)->active);
    auto sale = Sales(*s.store).findByNumber(m_data->todaysSale.stamp.number);
    QVERIFY(sale.ok());
    QCOMPARE(sale->lines.first().categoryName, m_data->todaysSale.lines.first().categoryName);
    QVERIFY(editor.setActive(s.admin, id, true).ok());
}

void TestCategoryEditor::badFieldsChangeNothing()
{
    test::TestShop &s = *m_data->shop;
    Category c = CategoryCatalog(*s.store).children({}).first();
    const Category before = c;
    c.color = QStringLiteral("red");
    QCOMPARE(CategoryEditor(*s.store).save(s.admin, c).error().code, ErrorCode::InvalidInput);
    c = before;
    c.minPriceCents = 1000;
    c.maxPriceCents = 100;
    QCOMPARE(CategoryEditor(*s.store).save(s.admin, c).error().code, ErrorCode::InvalidInput);
    QCOMPARE(CategoryCatalog(*s.store).find(before.id)->color, before.color);
    c = before;
    c.name = QStringLiteral("Nouveau nom");
    QCOMPARE(
        CategoryEditor(*s.store).save(s.supervisor, c).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(CategoryCatalog(*s.store).find(before.id)->name, before.name);
}

QTEST_GUILESS_MAIN(TestCategoryEditor)
#include "tst_categoryeditor.moc"
