#include "core/cashsession.h"
#include "core/categories.h"
#include "core/integrity.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/sales.h"
#include "core/statistics.h"
#include "tests/support/testshop.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::auditCount;
using recaisse::test::TestShop;

namespace {

Category validCategory()
{
    Category c;
    c.id = QStringLiteral("test.cat");
    c.name = QStringLiteral("Catégorie de test");
    c.defaultPriceCents = 500;
    c.minPriceCents = 100;
    c.maxPriceCents = 1000;
    c.color = QStringLiteral("#AABBCC");
    return c;
}

QByteArray treeJson(
    const QJsonArray &categories, const QString &format = QStringLiteral("recaisse-categories"))
{
    return QJsonDocument(
        QJsonObject{{QStringLiteral("format"), format}, {QStringLiteral("categories"), categories}})
        .toJson();
}

QJsonObject node(const QString &id, const QString &name, const QJsonArray &children = {})
{
    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
    if (!children.isEmpty())
        object.insert(QStringLiteral("children"), children);
    return object;
}

} // namespace

class TestCategories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void defaultTreeLoads();
    void defaultTreeParentsAreRight();
    void childrenOfRoot();
    void resolve_data();
    void resolve();
    void resolveUnknown_data();
    void resolveUnknown();
    void validate_data();
    void validate();
    void parseTreeValid();
    void parseTreeRejects_data();
    void parseTreeRejects();
    void saveRefusedWithoutPermission_data();
    void saveRefusedWithoutPermission();
    void saveDuplicateSiblingNameIsAConflict_data();
    void saveDuplicateSiblingNameIsAConflict();
    void saveCreatesAndUpdates();
    void saveRejectsBadParent();
    void deactivatingKeepsPastSales();
    void weightRange_data();
    void weightRange();
    void adminWeightBoundsAreStoredAndApply();

private:
    std::unique_ptr<TestShop> m_shop;
};

void TestCategories::initTestCase()
{
    m_shop = TestShop::create();
    QVERIFY(m_shop);
}

void TestCategories::cleanupTestCase()
{
    m_shop.reset();
}

void TestCategories::defaultTreeLoads()
{
    const QList<Category> all = CategoryCatalog(*m_shop->store).list(true);
    QVERIFY2(all.size() > 40, qPrintable(QString::number(all.size())));
    QSet<QString> eee;
    QSet<QString> ids;
    int roots = 0;
    static const QRegularExpression color(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    for (const Category &c : all) {
        QVERIFY2(CategoryCatalog::validate(c).ok(), qPrintable(c.id));
        QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
        ids.insert(c.id);
        if (!c.eeeCode.isEmpty())
            eee.insert(c.eeeCode);
        if (c.parentId.isEmpty()) {
            ++roots;
            QVERIFY2(
                color.match(c.color).hasMatch(), qPrintable(c.id + QLatin1Char(' ') + c.color));
        }
        QVERIFY(c.active);
    }
    QCOMPARE(eee.size(), 8);
    for (int i = 1; i <= 8; ++i)
        QVERIFY(eee.contains(QStringLiteral("EEE-%1").arg(i)));
    QVERIFY(roots >= 5);
    // What the store holds is the shipped tree.
    auto tree = CategoryCatalog::defaultTree();
    QVERIFY2(tree.ok(), qPrintable(tree.error().message));
    QCOMPARE(tree->size(), all.size());
}

void TestCategories::defaultTreeParentsAreRight()
{
    auto tree = CategoryCatalog::defaultTree();
    QVERIFY(tree.ok());
    QSet<QString> ids;
    for (const Category &c : *tree)
        ids.insert(c.id);
    for (const Category &c : *tree) {
        // Every shipped "parent.child" id sits under its parent.
        if (c.id.contains(QLatin1Char('.')))
            QCOMPARE(c.parentId, c.id.section(QLatin1Char('.'), 0, -2));
        if (c.parentId.isEmpty())
            continue;
        QVERIFY2(ids.contains(c.parentId), qPrintable(c.id + QStringLiteral(" -> ") + c.parentId));
        // The shipped ids are "parent.child".
        QVERIFY2(c.id.startsWith(c.parentId + QLatin1Char('.')),
            qPrintable(c.id + QStringLiteral(" -> ") + c.parentId));
    }
    CategoryCatalog catalog(*m_shop->store);
    QCOMPARE(catalog.find(QStringLiteral("eee.lampe"))->parentId, QStringLiteral("eee"));
    QCOMPARE(catalog.find(QStringLiteral("eee.lampe"))->eeeCode, QStringLiteral("EEE-3"));
    QVERIFY(catalog.find(QStringLiteral("eee.lampe"))->weightRequired);
    QCOMPARE(catalog.find(QStringLiteral("mobilier.chaise"))->parentId, QStringLiteral("mobilier"));
    // A child without its own colour takes its parent's.
    QCOMPARE(catalog.find(QStringLiteral("mobilier.chaise"))->color,
        catalog.find(QStringLiteral("mobilier"))->color);
}

void TestCategories::childrenOfRoot()
{
    CategoryCatalog catalog(*m_shop->store);
    const QList<Category> roots = catalog.children(QString());
    QVERIFY(!roots.isEmpty());
    for (const Category &root : roots) {
        QVERIFY(root.parentId.isEmpty());
        for (const Category &child : catalog.children(root.id))
            QCOMPARE(child.parentId, root.id);
    }
    QCOMPARE(catalog.children(QStringLiteral("textile")).size(), 5);
}

void TestCategories::resolve_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("id");

    QTest::newRow("id") << QStringLiteral("textile.vetements")
                        << QStringLiteral("textile.vetements");
    QTest::newRow("root id") << QStringLiteral("eee") << QStringLiteral("eee");
    QTest::newRow("id with spaces")
        << QStringLiteral("  livres.bd ") << QStringLiteral("livres.bd");
    QTest::newRow("name") << QStringLiteral("Vêtements") << QStringLiteral("textile.vetements");
    QTest::newRow("name lower case")
        << QStringLiteral("vêtements") << QStringLiteral("textile.vetements");
    QTest::newRow("name upper case")
        << QStringLiteral("VÊTEMENTS") << QStringLiteral("textile.vetements");
    QTest::newRow("root name") << QStringLiteral("Mobilier") << QStringLiteral("mobilier");
    QTest::newRow("path") << QStringLiteral("Textile/Vêtements")
                          << QStringLiteral("textile.vetements");
    QTest::newRow("path any case")
        << QStringLiteral("textile/vêtements") << QStringLiteral("textile.vetements");
    QTest::newRow("path with spaces")
        << QStringLiteral("Textile / Chaussures") << QStringLiteral("textile.chaussures");
    QTest::newRow("eee path") << QStringLiteral("Électrique & électronique/Lampes")
                              << QStringLiteral("eee.lampe");
}

void TestCategories::resolve()
{
    QFETCH(QString, input);
    QFETCH(QString, id);
    auto category = CategoryCatalog(*m_shop->store).resolve(input);
    QVERIFY2(category.ok(), qPrintable(category.error().message));
    QCOMPARE(category->id, id);
}

void TestCategories::resolveUnknown_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("unknown name") << QStringLiteral("Fusées") << ErrorCode::NotFound;
    QTest::newRow("unknown id") << QStringLiteral("textile.fusee") << ErrorCode::NotFound;
    QTest::newRow("child under the wrong parent")
        << QStringLiteral("Textile/Lampes") << ErrorCode::NotFound;
    QTest::newRow("unknown parent") << QStringLiteral("Fusées/Vêtements") << ErrorCode::NotFound;
    QTest::newRow("too deep") << QStringLiteral("Textile/Vêtements/Pulls") << ErrorCode::NotFound;
    QTest::newRow("empty") << QString() << ErrorCode::InvalidInput;
    QTest::newRow("blank") << QStringLiteral("   ") << ErrorCode::InvalidInput;
    QTest::newRow("10000 characters") << QString(10000, u'x') << ErrorCode::InvalidInput;
}

void TestCategories::resolveUnknown()
{
    QFETCH(QString, input);
    QFETCH(ErrorCode, code);
    auto category = CategoryCatalog(*m_shop->store).resolve(input);
    QVERIFY(!category.ok());
    QCOMPARE(category.error().code, code);
    QVERIFY(!category.error().message.isEmpty());
    QVERIFY(category.error().message.size() < 200);
}

void TestCategories::validate_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<bool>("valid");

    QTest::newRow("valid") << validCategory() << true;
    Category c = validCategory();
    c.minPriceCents.reset();
    c.maxPriceCents.reset();
    c.defaultPriceCents.reset();
    QTest::newRow("no prices") << c << true;
    c = validCategory();
    c.minPriceCents = 0;
    c.defaultPriceCents = 0;
    QTest::newRow("min and default 0") << c << true;
    c = validCategory();
    c.color.clear();
    QTest::newRow("no colour") << c << true;
    c = validCategory();
    c.eeeCode = QStringLiteral("EEE-8");
    QTest::newRow("EEE-8") << c << true;
    c = validCategory();
    c.name = QString(80, u'n');
    QTest::newRow("80-char name") << c << true;

    c = validCategory();
    c.minPriceCents = 2000;
    QTest::newRow("min above max") << c << false;
    c = validCategory();
    c.defaultPriceCents = 50;
    QTest::newRow("default below min") << c << false;
    c = validCategory();
    c.defaultPriceCents = 1001;
    QTest::newRow("default above max") << c << false;
    c = validCategory();
    c.color = QStringLiteral("red");
    QTest::newRow("colour red") << c << false;
    c = validCategory();
    c.color = QStringLiteral("#12345");
    QTest::newRow("colour #12345") << c << false;
    c = validCategory();
    c.color = QStringLiteral("#GGGGGG");
    QTest::newRow("colour #GGGGGG") << c << false;
    c = validCategory();
    c.eeeCode = QStringLiteral("EEE-9");
    QTest::newRow("EEE-9") << c << false;
    c = validCategory();
    c.eeeCode = QStringLiteral("EEE-0");
    QTest::newRow("EEE-0") << c << false;
    c = validCategory();
    c.eeeCode = QStringLiteral("eee-1");
    QTest::newRow("eee-1 lower case") << c << false;
    c = validCategory();
    c.minPriceCents = -1;
    QTest::newRow("negative min") << c << false;
    c = validCategory();
    c.minPriceCents.reset();
    c.defaultPriceCents = -100;
    QTest::newRow("negative default") << c << false;
    c = validCategory();
    c.maxPriceCents = 100'000'001;
    QTest::newRow("max above 1 000 000 €") << c << false;
    c = validCategory();
    c.name = QString(81, u'n');
    QTest::newRow("81-char name") << c << false;
    c = validCategory();
    c.name = QStringLiteral("   ");
    QTest::newRow("blank name") << c << false;
    c = validCategory();
    c.id = QStringLiteral("Test.Cat");
    QTest::newRow("id with upper case") << c << false;
    c = validCategory();
    c.id = QStringLiteral("test cat");
    QTest::newRow("id with space") << c << false;
    c = validCategory();
    c.id.clear();
    QTest::newRow("empty id") << c << false;
    c = validCategory();
    c.id = QString(65, u'a');
    QTest::newRow("65-char id") << c << false;
    c = validCategory();
    c.shortcut = QStringLiteral("ab");
    QTest::newRow("two-key shortcut") << c << false;
    c = validCategory();
    c.averageWeightGrams = 0;
    QTest::newRow("average weight 0") << c << false;
}

void TestCategories::validate()
{
    QFETCH(Category, category);
    QFETCH(bool, valid);
    const Result<void> result = CategoryCatalog::validate(category);
    QVERIFY2(result.ok() == valid,
        qPrintable(result.ok() ? QStringLiteral("accepted") : result.error().message));
    if (!valid) {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TestCategories::parseTreeValid()
{
    QJsonArray children;
    for (int i = 0; i < 30; ++i)
        children.append(node(QStringLiteral("a.c%1").arg(i), QStringLiteral("Enfant %1").arg(i)));
    QJsonObject root = node(QStringLiteral("a"), QStringLiteral("Racine"), children);
    root.insert(QStringLiteral("color"), QStringLiteral("#112233"));
    auto tree = CategoryCatalog::parseTree(
        treeJson({root, node(QStringLiteral("b"), QStringLiteral("Autre"))}));
    QVERIFY2(tree.ok(), qPrintable(tree.error().message));
    QCOMPARE(tree->size(), 32);
    for (const Category &c : *tree) {
        if (c.id.startsWith(QLatin1String("a.c"))) {
            QCOMPARE(c.parentId, QStringLiteral("a"));
            QCOMPARE(c.color, QStringLiteral("#112233"));
        } else {
            QVERIFY(c.parentId.isEmpty());
        }
    }
}

void TestCategories::parseTreeRejects_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("malformed") << QByteArray("{\"format\": \"recaisse-categories\", ");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
    QTest::newRow("wrong format") << treeJson(
        {node(QStringLiteral("a"), QStringLiteral("A"))}, QStringLiteral("other-format"));
    QTest::newRow("no format") << QJsonDocument(
        QJsonObject{{QStringLiteral("categories"),
            QJsonArray{node(QStringLiteral("a"), QStringLiteral("A"))}}})
                                      .toJson();
    QTest::newRow("no category") << treeJson({});
    QTest::newRow("duplicate root ids") << treeJson({node(QStringLiteral("a"), QStringLiteral("A")),
        node(QStringLiteral("a"), QStringLiteral("B"))});
    QTest::newRow("duplicate child id")
        << treeJson({node(QStringLiteral("a"), QStringLiteral("A"),
                         {node(QStringLiteral("x"), QStringLiteral("X"))}),
               node(QStringLiteral("b"), QStringLiteral("B"),
                   {node(QStringLiteral("x"), QStringLiteral("Y"))})});
    QTest::newRow("bad id") << treeJson({node(QStringLiteral("A B"), QStringLiteral("A"))});
    QTest::newRow("empty name") << treeJson({node(QStringLiteral("a"), QString())});
    QJsonObject bad = node(QStringLiteral("a"), QStringLiteral("A"));
    bad.insert(QStringLiteral("eee_code"), QStringLiteral("EEE-9"));
    QTest::newRow("bad EEE") << treeJson({bad});
    QTest::newRow("four levels") << treeJson({node(QStringLiteral("a"), QStringLiteral("A"),
        {node(QStringLiteral("b"), QStringLiteral("B"),
            {node(QStringLiteral("c"), QStringLiteral("C"),
                {node(QStringLiteral("d"), QStringLiteral("D"))})})})});
}

void TestCategories::parseTreeRejects()
{
    QFETCH(QByteArray, json);
    auto tree = CategoryCatalog::parseTree(json);
    QVERIFY(!tree.ok());
    QCOMPARE(tree.error().code, ErrorCode::InvalidInput);
    QVERIFY(!tree.error().message.isEmpty());
}

void TestCategories::saveRefusedWithoutPermission_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("cashier") << QStringLiteral("cashier");
    QTest::newRow("supervisor") << QStringLiteral("supervisor");
    QTest::newRow("reception") << QStringLiteral("reception");
}

void TestCategories::saveRefusedWithoutPermission()
{
    QFETCH(QString, who);
    const Actor &actor = who == QLatin1String("cashier") ? m_shop->cashier
        : who == QLatin1String("supervisor")             ? m_shop->supervisor
                                                         : m_shop->reception;
    Store &store = *m_shop->store;
    CategoryCatalog catalog(store);
    const int denied = auditCount(store, QStringLiteral("permission.denied"));
    Category c = validCategory();
    auto result = catalog.save(actor, c);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(catalog.find(c.id).error().code, ErrorCode::NotFound);
    QCOMPARE(auditCount(store, QStringLiteral("permission.denied")), denied + 1);
    // Nor can they change an existing one.
    Category vetements = *catalog.find(QStringLiteral("textile.vetements"));
    vetements.maxPriceCents = 1'000'000;
    QCOMPARE(catalog.save(actor, vetements).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(*catalog.find(QStringLiteral("textile.vetements"))->maxPriceCents, qint64(2000));
}

void TestCategories::saveDuplicateSiblingNameIsAConflict_data()
{
    QTest::addColumn<QString>("parentId");
    QTest::addColumn<QString>("name");

    QTest::newRow("same name") << QStringLiteral("textile") << QStringLiteral("Vêtements");
    QTest::newRow("other case") << QStringLiteral("textile") << QStringLiteral("vêtements");
    QTest::newRow("spaces around") << QStringLiteral("textile") << QStringLiteral(" Chaussures ");
    QTest::newRow("root") << QString() << QStringLiteral("mobilier");
}

void TestCategories::saveDuplicateSiblingNameIsAConflict()
{
    QFETCH(QString, parentId);
    QFETCH(QString, name);
    Store &store = *m_shop->store;
    CategoryCatalog catalog(store);
    const int count = int(catalog.list(true).size());
    Category c = validCategory();
    c.id = QStringLiteral("dup.%1").arg(qHash(QString::fromLatin1(QTest::currentDataTag())));
    c.parentId = parentId;
    c.name = name;
    auto result = catalog.save(m_shop->admin, c);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Conflict);
    QCOMPARE(int(catalog.list(true).size()), count);
    QCOMPARE(catalog.find(c.id).error().code, ErrorCode::NotFound);
}

void TestCategories::saveCreatesAndUpdates()
{
    Store &store = *m_shop->store;
    CategoryCatalog catalog(store);
    const int created = auditCount(store, QStringLiteral("category.create"));
    const int updated = auditCount(store, QStringLiteral("category.update"));

    // The same name under another parent is fine.
    Category c = validCategory();
    c.id = QStringLiteral("jouets.vetements");
    c.parentId = QStringLiteral("jouets");
    c.name = QStringLiteral("Vêtements");
    QVERIFY(catalog.save(m_shop->admin, c).ok());
    auto stored = catalog.find(c.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, c.name);
    QCOMPARE(stored->parentId, QStringLiteral("jouets"));
    QCOMPARE(*stored->minPriceCents, qint64(100));
    QCOMPARE(*stored->maxPriceCents, qint64(1000));
    QCOMPARE(*stored->defaultPriceCents, qint64(500));
    QCOMPARE(stored->color, QStringLiteral("#AABBCC"));
    QCOMPARE(auditCount(store, QStringLiteral("category.create")), created + 1);
    QCOMPARE(catalog.resolve(QStringLiteral("Jouets & puériculture/Vêtements"))->id, c.id);

    // Saving it under its own name again is an update, not a conflict.
    c.maxPriceCents = 3000;
    c.eeeCode = QStringLiteral("EEE-5");
    QVERIFY(catalog.save(m_shop->admin, c).ok());
    QCOMPARE(*catalog.find(c.id)->maxPriceCents, qint64(3000));
    QCOMPARE(catalog.find(c.id)->eeeCode, QStringLiteral("EEE-5"));
    QCOMPARE(auditCount(store, QStringLiteral("category.update")), updated + 1);

    // An invalid category is not saved.
    Category invalid = c;
    invalid.minPriceCents = 5000;
    QCOMPARE(catalog.save(m_shop->admin, invalid).error().code, ErrorCode::InvalidInput);
    QCOMPARE(*catalog.find(c.id)->minPriceCents, qint64(100));
}

void TestCategories::saveRejectsBadParent()
{
    CategoryCatalog catalog(*m_shop->store);
    Category c = validCategory();
    c.id = QStringLiteral("orphan");
    c.parentId = QStringLiteral("no-such-parent");
    QCOMPARE(catalog.save(m_shop->admin, c).error().code, ErrorCode::NotFound);
    c.parentId = c.id;
    QCOMPARE(catalog.save(m_shop->admin, c).error().code, ErrorCode::InvalidInput);
    QCOMPARE(catalog.find(c.id).error().code, ErrorCode::NotFound);
}

void TestCategories::deactivatingKeepsPastSales()
{
    Store &store = *m_shop->store;
    CategoryCatalog catalog(store);
    QVERIFY(CashSessions(store).open(m_shop->cashier, 2000).ok());
    SaleDraft draft;
    draft.lines.append(SaleLineDraft{QStringLiteral("livres.vinyle"), 2, 300, std::nullopt});
    draft.lines.append(SaleLineDraft{QStringLiteral("livres.bd"), 1, 200, std::nullopt});
    draft.payments.append(PaymentDraft{PaymentMethod::Cash, 1000});
    Sales sales(store);
    auto sale = sales.record(m_shop->cashier, draft);
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));

    Category vinyle = *catalog.find(QStringLiteral("livres.vinyle"));
    vinyle.active = false;
    vinyle.name = QStringLiteral("Vinyles (plus vendus)");
    QVERIFY(catalog.save(m_shop->admin, vinyle).ok());
    QVERIFY(!catalog.find(vinyle.id)->active);
    bool listed = false;
    for (const Category &c : catalog.list())
        listed = listed || c.id == vinyle.id;
    QVERIFY(!listed);
    listed = false;
    for (const Category &c : catalog.list(true))
        listed = listed || c.id == vinyle.id;
    QVERIFY(listed);
    for (const Category &c : catalog.children(QStringLiteral("livres")))
        QVERIFY(c.id != vinyle.id);

    // The past ticket keeps what was sold, under the name it had.
    auto stored = sales.findByNumber(sale->stamp.number);
    QVERIFY(stored.ok());
    QCOMPARE(stored->lines.size(), 2);
    QCOMPARE(stored->lines.at(0).categoryId, QStringLiteral("livres.vinyle"));
    QCOMPARE(stored->lines.at(0).categoryName, QStringLiteral("Disques vinyles"));
    QCOMPARE(stored->lines.at(0).totalCents, qint64(600));
    QCOMPARE(stored->totalCents, qint64(800));
    const auto report = IntegrityCheck(store).run().value();
    QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    // It can no longer be sold.
    const StoreStatistics before = StoreStatistics::collect(store);
    auto refused = sales.record(m_shop->cashier, draft);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(StoreStatistics::collect(store).toJson(), before.toJson());
}

QTEST_GUILESS_MAIN(TestCategories)
void TestCategories::weightRange_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<bool>("plausible");
    // Standard weights from resources/categories/default.json; the range of one item is a tenth
    // to ten times it, and at least up to 30 kg (a bag carried in at once).
    QTest::newRow("chair 4,5 kg") << "mobilier.chaise" << qint64(1) << qint64(4500) << true;
    QTest::newRow("chair at the top, 45 kg")
        << "mobilier.chaise" << qint64(1) << qint64(45000) << true;
    QTest::newRow("chair 45,001 kg") << "mobilier.chaise" << qint64(1) << qint64(45001) << false;
    QTest::newRow("chair at the bottom, 450 g")
        << "mobilier.chaise" << qint64(1) << qint64(450) << true;
    QTest::newRow("chair 449 g") << "mobilier.chaise" << qint64(1) << qint64(449) << false;
    QTest::newRow("chair 10 000 kg")
        << "mobilier.chaise" << qint64(1) << qint64(10'000'000) << false;
    QTest::newRow("chair 9 999 kg") << "mobilier.chaise" << qint64(1) << qint64(9'999'000) << false;
    QTest::newRow("three chairs 120 kg")
        << "mobilier.chaise" << qint64(3) << qint64(120000) << true;
    QTest::newRow("three chairs 136 kg")
        << "mobilier.chaise" << qint64(3) << qint64(136000) << false;
    QTest::newRow("bag of clothes 12,5 kg")
        << "textile.vetements" << qint64(1) << qint64(12500) << true;
    QTest::newRow("bag of clothes 31 kg")
        << "textile.vetements" << qint64(1) << qint64(31000) << false;
    QTest::newRow("sock 40 g") << "textile.vetements" << qint64(1) << qint64(40) << true;
    QTest::newRow("sock 39 g") << "textile.vetements" << qint64(1) << qint64(39) << false;
}

void TestCategories::weightRange()
{
    QFETCH(QString, category);
    QFETCH(qint64, quantity);
    QFETCH(qint64, grams);
    QFETCH(bool, plausible);
    auto c = CategoryCatalog(*m_shop->store).find(category);
    QVERIFY(c.ok());
    const auto checked = CategoryCatalog::checkWeight(*c, quantity, grams);
    QCOMPARE(checked.ok(), plausible);
    if (!plausible) {
        QCOMPARE(checked.error().code, ErrorCode::InvalidInput);
        // The message names the range of one item.
        const auto range = CategoryCatalog::weightRange(*c);
        QVERIFY(range);
        QVERIFY2(checked.error().message.contains(weight::format(range->minGrams))
                && checked.error().message.contains(weight::format(range->maxGrams)),
            qPrintable(checked.error().message));
    }
}

void TestCategories::adminWeightBoundsAreStoredAndApply()
{
    Store &store = *m_shop->store;
    CategoryCatalog catalog(store);
    Category c = *catalog.find(QStringLiteral("mobilier.canape"));
    QCOMPARE(CategoryCatalog::weightRange(c)->minGrams, 3000); // 30 kg / 10
    QCOMPARE(CategoryCatalog::weightRange(c)->maxGrams, 300000); // 30 kg x 10

    // An administrator narrows the maximum: the minimum stays derived.
    c.maxWeightGrams = 120000;
    QVERIFY(catalog.save(m_shop->admin, c).ok());
    const Category stored = *catalog.find(c.id);
    QCOMPARE(stored.maxWeightGrams, std::optional<qint64>(120000));
    QVERIFY(!stored.minWeightGrams);
    QCOMPARE(CategoryCatalog::weightRange(stored)->minGrams, 3000);
    QCOMPARE(CategoryCatalog::weightRange(stored)->maxGrams, 120000);
    QVERIFY(CategoryCatalog::checkWeight(stored, 1, 120000).ok());
    QVERIFY(!CategoryCatalog::checkWeight(stored, 1, 130000).ok());

    // Bounds that cross, or out of range, are refused.
    Category crossed = stored;
    crossed.minWeightGrams = 200000;
    QCOMPARE(catalog.save(m_shop->admin, crossed).error().code, ErrorCode::InvalidInput);
    crossed.minWeightGrams = 0;
    QCOMPARE(catalog.save(m_shop->admin, crossed).error().code, ErrorCode::InvalidInput);
    QCOMPARE(catalog.find(c.id)->maxWeightGrams, std::optional<qint64>(120000));

    // A cashier cannot change them.
    Category byCashier = stored;
    byCashier.maxWeightGrams = 9'000'000;
    QCOMPARE(catalog.save(m_shop->cashier, byCashier).error().code, ErrorCode::PermissionDenied);
}

#include "tst_categories.moc"
