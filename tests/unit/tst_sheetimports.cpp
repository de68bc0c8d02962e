// The people and the price lists from a spreadsheet, through the catalogue import's machinery
// (SheetImport): the mapping guessed from a French header, every invalid cell explained, all or
// nothing or only the valid rows, audited, rights (admin yes, supervisor and cashier refused); a
// new person has no PIN and chooses one at the first login; hostile files (formulas, huge cells,
// duplicates, administrators, broken XLSX, too many rows) change nothing.

#include "core/admin/useradmin.h"
#include "core/categories.h"
#include "core/portability/sheetimport.h"
#include "core/portability/userimport.h"
#include "core/store.h"
#include "core/users.h"
#include "tests/support/testshop.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::portability;

namespace {

// People, categories and the audit trail as they are, to prove a refused import changed nothing.
struct Snapshot
{
    QList<std::tuple<QString, QString, QString, QString>> users;
    QList<std::tuple<QString, qint64, qint64, qint64, qint64>> categories;
    int auditEvents = 0;

    static Snapshot of(Store &store)
    {
        Snapshot s;
        QSqlQuery query(store.db().connection());
        query.exec(QStringLiteral("SELECT name, role, pin_hash, telegram_id FROM app_user "
                                  "ORDER BY id"));
        while (query.next())
            s.users.append({query.value(0).toString(), query.value(1).toString(),
                query.value(2).toString(), query.value(3).toString()});
        for (const Category &c : CategoryCatalog(store).list(true))
            s.categories.append(
                {c.id, c.defaultPriceCents.value_or(-1), c.minPriceCents.value_or(-1),
                    c.maxPriceCents.value_or(-1), c.pricePerKgCents.value_or(-1)});
        query.exec(QStringLiteral("SELECT count(*) FROM audit_event"));
        query.next();
        s.auditEvents = query.value(0).toInt();
        return s;
    }
    bool operator==(const Snapshot &) const = default;
};

int auditCount(Store &store, const QString &action)
{
    QSqlQuery query(store.db().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = ?"));
    query.addBindValue(action);
    query.exec();
    query.next();
    return query.value(0).toInt();
}

} // namespace

class TestSheetImports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void guessesFrenchHeaders();
    void usersImportedWithoutPin();
    void firstLoginChoosesThePin();
    void usersUpdateRoleAndTelegram();
    void usersInvalidCellsExplained();
    void usersAllOrNothing();
    void usersValidRowsOnly();
    void pricesUpdateExistingCategories();
    void pricesInvalidCellsExplained();
    void pricesDryRunWritesNothing();
    void rights_data();
    void rights();
    void hostileFiles_data();
    void hostileFiles();
    void mappingFile();
    void cancelledImportLeavesNothingCached();
    void xlsFilesAreRead();
    void xlsPeopleAndPricesImport();
    void xlsCategoriesImport();
    void xlsDamagedFilesChangeNothing_data();
    void xlsDamagedFilesChangeNothing();
    void xlsLimits();

private:
    QString write(const QString &name, const QByteArray &bytes);
    Result<ImportOutcome> importFile(
        ImportKind kind, const QString &path, const Actor &actor, ImportOptions options = {});

    std::unique_ptr<test::TestShop> m_shop;
};

// The .xls fixtures (tests/data/xls, written by make-xls.py there).
QString xlsFixture(const QString &name)
{
    return QStringLiteral(RECAISSE_TEST_XLS_DIR "/") + name;
}

// One shop for every case (creating one costs seconds): each case uses its own names.
void TestSheetImports::initTestCase()
{
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
}

QString TestSheetImports::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_shop->dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

Result<ImportOutcome> TestSheetImports::importFile(
    ImportKind kind, const QString &path, const Actor &actor, ImportOptions options)
{
    auto table = SheetReader::read(path, SheetImport::limits(kind));
    if (!table)
        return table.error();
    options.sourceName = QStringLiteral("test");
    return SheetImport::run(*m_shop->store, kind, actor, *table,
        SheetImport::guessMapping(kind, table->header), options);
}

void TestSheetImports::guessesFrenchHeaders()
{
    const QStringList team = {QStringLiteral("Prénom Nom"), QStringLiteral("Fonction"),
        QStringLiteral("Identifiant Telegram")};
    const ImportMapping people = SheetImport::guessMapping(ImportKind::Users, team);
    QCOMPARE(people.value(ImportField::Name, -1), 0);
    QCOMPARE(people.value(ImportField::Role, -1), 1);
    QCOMPARE(people.value(ImportField::TelegramId, -1), 2);
    // A price list: the category, the price, the range and the price per kilo.
    const QStringList list = {QStringLiteral("Catégorie"), QStringLiteral("Prix (€)"),
        QStringLiteral("Prix mini"), QStringLiteral("Prix maxi"), QStringLiteral("Prix au kg")};
    const ImportMapping prices = SheetImport::guessMapping(ImportKind::Prices, list);
    QCOMPARE(prices.value(ImportField::Name, -1), 0);
    QCOMPARE(prices.value(ImportField::DefaultPrice, -1), 1);
    QCOMPARE(prices.value(ImportField::MinPrice, -1), 2);
    QCOMPARE(prices.value(ImportField::MaxPrice, -1), 3);
    QCOMPARE(prices.value(ImportField::PricePerKg, -1), 4);
    // The users' fields are not a price list's.
    QVERIFY(!SheetImport::fields(ImportKind::Prices).contains(ImportField::Role));
    QVERIFY(!SheetImport::fields(ImportKind::Users).contains(ImportField::DefaultPrice));
}

void TestSheetImports::usersImportedWithoutPin()
{
    // Latin-1 with ';' as French Excel saves it.
    const QString path = write(QStringLiteral("equipe.csv"),
        "Nom;R\xF4le;Telegram\nL\xE9"
        "a Martin;Caissi\xE8re;123456789\nHugo Petit;accueil;\n"
        "Zo\xE9 Roux;;\n");
    const int before = auditCount(*m_shop->store, QStringLiteral("user.import"));
    auto outcome = importFile(ImportKind::Users, path, m_shop->admin);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QCOMPARE(outcome->created, 3);
    QCOMPARE(outcome->updated, 0);
    Users users(*m_shop->store);
    const auto lea = users.findByName(QStringLiteral("Léa Martin"));
    QVERIFY(lea.ok());
    QCOMPARE(lea->role, Role::Cashier);
    QCOMPARE(users.findByName(QStringLiteral("Hugo Petit"))->role, Role::Reception);
    QCOMPARE(users.findByName(QStringLiteral("Zoé Roux"))->role, Role::Cashier); // the default
    QVERIFY(UserAdministration(*m_shop->store)
                .telegramWhitelist()
                .contains(QStringLiteral("123456789")));
    // No PIN in the file, no PIN in the database: no PIN opens the account.
    QSqlQuery query(m_shop->store->db().connection());
    query.prepare(QStringLiteral("SELECT pin_hash FROM app_user WHERE id = ?"));
    query.addBindValue(lea->id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), Users::awaitingPinHash());
    QCOMPARE(auditCount(*m_shop->store, QStringLiteral("user.import")), before + 1);
}

void TestSheetImports::firstLoginChoosesThePin()
{
    const QString path = write(QStringLiteral("nouveau.csv"), "Nom;Rôle\nSam Nouveau;caisse\n");
    QVERIFY(importFile(ImportKind::Users, path, m_shop->admin).ok());
    Users users(*m_shop->store);
    const UserInfo sam = *users.findByName(QStringLiteral("Sam Nouveau"));
    // Whatever is typed, the first login asks for a PIN of their own.
    auto first = users.login(sam.id, QStringLiteral("0000"));
    QVERIFY(!first.ok());
    QCOMPARE(first.error().code, ErrorCode::PinChangeRequired);
    QVERIFY(!users.changeOwnPin(sam.id, QStringLiteral("0000"), QStringLiteral("12")).ok());
    auto chosen = users.changeOwnPin(sam.id, QStringLiteral("0000"), QStringLiteral("4821"));
    QVERIFY2(chosen.ok(), qPrintable(chosen.error().message));
    QCOMPARE(chosen->name, sam.name);
    // From now on the PIN is theirs: another one is wrong, theirs opens.
    QCOMPARE(
        users.login(sam.id, QStringLiteral("0000")).error().code, ErrorCode::AuthenticationFailed);
    QVERIFY(users.login(sam.id, QStringLiteral("4821")).ok());
    // An administrator is never made without a PIN.
    QCOMPARE(
        users.createAwaitingPin(m_shop->admin, QStringLiteral("Chef"), Role::Admin).error().code,
        ErrorCode::PermissionDenied);
}

void TestSheetImports::usersUpdateRoleAndTelegram()
{
    QVERIFY(importFile(ImportKind::Users,
        write(QStringLiteral("avant.csv"), "Nom;Rôle\nMila Change;caisse\n"), m_shop->admin)
                .ok());
    // The same person (another case), now at the reception with a Telegram id.
    auto outcome = importFile(ImportKind::Users,
        write(QStringLiteral("apres.csv"), "Nom;Rôle;Telegram\nmila change;Accueil;55566677\n"),
        m_shop->admin);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QCOMPARE(outcome->created, 0);
    QCOMPARE(outcome->updated, 1);
    Users users(*m_shop->store);
    const UserInfo mila = *users.findByName(QStringLiteral("Mila Change"));
    QCOMPARE(mila.role, Role::Reception);
    QVERIFY(auditCount(*m_shop->store, QStringLiteral("user.role")) >= 1);
    QVERIFY(UserAdministration(*m_shop->store)
                .telegramWhitelist()
                .contains(QStringLiteral("55566677")));
}

void TestSheetImports::usersInvalidCellsExplained()
{
    const QString admin = m_shop->admin.name;
    // Columns: A name, B role, C Telegram.
    const QByteArray csv = "Nom;Rôle;Telegram\n"
                           "Bon Rang;caisse;\n" // row 2: valid
                           ";caisse;\n" // 3: no name
                           "Chef Nouveau;administrateur;\n" // 4: an administrator
                           "Inconnu Role;pilote;\n" // 5: not a role
                           "Mauvais Tel;caisse;12ab\n" // 6: not a Telegram id
                           "Double Tel;caisse;99988877\n" // 7: valid
                           "Double Tel Bis;caisse;99988877\n" // 8: the same id twice
                           "bon rang;accueil;\n" // 9: the same person twice
                           "Formule;=A1;\n" // 10: a formula without its value
        + admin.toUtf8() + ";caisse;\n"; // 11: an administrator demoted
    auto table = SheetReader::readCsv(csv, SheetImport::limits(ImportKind::Users));
    QVERIFY(table.ok());
    auto plan = UserImport(*m_shop->store)
                    .plan(*table, SheetImport::guessMapping(ImportKind::Users, table->header));
    QVERIFY(plan.ok());
    QCOMPARE(plan->rows.size(), 10);
    QVERIFY(plan->rows.at(0).errors.isEmpty());
    QVERIFY(plan->rows.at(5).errors.isEmpty());
    const QList<std::pair<int, int>> expected = {
        {1, 0}, {2, 1}, {3, 1}, {4, 2}, {6, 2}, {7, 0}, {8, 1}, {9, 1}};
    for (const auto &[index, column] : expected) {
        const UserImportRow &row = plan->rows.at(index);
        QVERIFY2(!row.errors.isEmpty(), qPrintable(QString::number(row.sourceRow)));
        QVERIFY2(row.errors.first().column == column,
            qPrintable(QStringLiteral("row %1: %2 (column %3)")
                           .arg(row.sourceRow)
                           .arg(row.errors.first().message)
                           .arg(row.errors.first().column)));
        QVERIFY(!row.errors.first().message.isEmpty());
    }
    QCOMPARE(plan->invalid, 8);
    const QString described = SheetImport::describeErrors(*plan, table->header, 2);
    QVERIFY2(described.startsWith(QStringLiteral("row 3, column A (Nom)")), qPrintable(described));
}

void TestSheetImports::usersAllOrNothing()
{
    const Snapshot before = Snapshot::of(*m_shop->store);
    auto outcome = importFile(ImportKind::Users,
        write(QStringLiteral("tout.csv"), "Nom;Rôle\nTout Bon;caisse\nTout Faux;directeur\n"),
        m_shop->admin);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QStringLiteral("row 3")),
        qPrintable(outcome.error().message));
    QCOMPARE(Snapshot::of(*m_shop->store), before);
}

void TestSheetImports::usersValidRowsOnly()
{
    ImportOptions options;
    options.validRowsOnly = true;
    auto outcome = importFile(ImportKind::Users,
        write(QStringLiteral("valides.csv"),
            "Nom;Rôle\nSeul Valide;superviseur\nPas Valide;super-admin\n"),
        m_shop->admin, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QCOMPARE(outcome->created, 1);
    QCOMPARE(outcome->skipped.size(), 1);
    QCOMPARE(outcome->skipped.first().sourceRow, 3);
    Users users(*m_shop->store);
    QCOMPARE(users.findByName(QStringLiteral("Seul Valide"))->role, Role::Supervisor);
    QVERIFY(!users.findByName(QStringLiteral("Pas Valide")).ok());
}

void TestSheetImports::pricesUpdateExistingCategories()
{
    CategoryCatalog catalog(*m_shop->store);
    const Category chairs = *catalog.resolve(QStringLiteral("Mobilier/Chaises et tabourets"));
    const Category before = chairs;
    // By path, by id; the empty minimum leaves it as it is; a price per kilo in French.
    const QByteArray csv = "Catégorie;Prix;Prix mini;Prix maxi;Prix au kg\n"
                           "Mobilier/Chaises et tabourets;7,50;;30;\n"
        + chairs.parentId.toUtf8() + ";;;;2,40\n";
    const int audits = auditCount(*m_shop->store, QStringLiteral("category.price-import"));
    auto outcome =
        importFile(ImportKind::Prices, write(QStringLiteral("tarifs.csv"), csv), m_shop->admin);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QCOMPARE(outcome->created, 0);
    QCOMPARE(outcome->updated, 2);
    const Category after = *catalog.find(chairs.id);
    QCOMPARE(after.defaultPriceCents, std::optional<qint64>(750));
    QCOMPARE(after.maxPriceCents, std::optional<qint64>(3000));
    QCOMPARE(after.minPriceCents, before.minPriceCents);
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.eeeCode, before.eeeCode);
    QCOMPARE(catalog.find(chairs.parentId)->pricePerKgCents, std::optional<qint64>(240));
    QCOMPARE(auditCount(*m_shop->store, QStringLiteral("category.price-import")), audits + 1);
}

void TestSheetImports::pricesInvalidCellsExplained()
{
    const QByteArray csv = "Catégorie;Prix;Prix mini;Prix maxi\n"
                           "Mobilier;3;;\n" // row 2: valid
                           "Nulle part;3;;\n" // 3: no such category
                           "textile.chaussures;douze;;\n" // 4: not an amount
                           "Mobilier/Chaises et tabourets;5;;\n" // 5: valid
                           "mobilier/chaises et tabourets;6;;\n" // 6: the same category twice
                           "vaisselle;50;;10\n" // 7: above its maximum
                           ";4;;\n" // 8: no category
                           "livres;=B2*2;;\n"; // 9: a formula without its value
    auto table = SheetReader::readCsv(csv, SheetImport::limits(ImportKind::Prices));
    QVERIFY(table.ok());
    auto check = SheetImport::check(*m_shop->store, ImportKind::Prices, *table,
        SheetImport::guessMapping(ImportKind::Prices, table->header));
    QVERIFY2(check.ok(), qPrintable(check.error().message));
    QCOMPARE(check->rows.size(), 8);
    QVERIFY2(check->rows.at(0).errors.isEmpty(),
        qPrintable(SheetImport::describeErrors(check->rows, table->header)));
    QVERIFY(check->rows.at(3).errors.isEmpty());
    const QList<std::pair<int, int>> expected = {{1, 0}, {2, 1}, {4, 0}, {5, -1}, {6, 0}, {7, 1}};
    for (const auto &[index, column] : expected) {
        const ImportRowStatus &row = check->rows.at(index);
        QVERIFY2(!row.errors.isEmpty(), qPrintable(QString::number(row.sourceRow)));
        QVERIFY2(row.errors.first().column == column,
            qPrintable(QStringLiteral("row %1: %2 (column %3)")
                           .arg(row.sourceRow)
                           .arg(row.errors.first().message)
                           .arg(row.errors.first().column)));
    }
    QCOMPARE(check->invalid, 6);
    QCOMPARE(check->updates, 2);
    // All or nothing: the two valid rows are not written either.
    const Snapshot before = Snapshot::of(*m_shop->store);
    auto outcome = SheetImport::run(*m_shop->store, ImportKind::Prices, m_shop->admin, *table,
        SheetImport::guessMapping(ImportKind::Prices, table->header), {});
    QVERIFY(!outcome.ok());
    QCOMPARE(Snapshot::of(*m_shop->store), before);
}

void TestSheetImports::pricesDryRunWritesNothing()
{
    const Snapshot before = Snapshot::of(*m_shop->store);
    ImportOptions options;
    options.dryRun = true;
    auto outcome = importFile(ImportKind::Prices,
        write(QStringLiteral("essai.csv"), "Catégorie;Prix\nMobilier;99\nvaisselle;1,20\n"),
        m_shop->admin, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QVERIFY(outcome->dryRun);
    QCOMPARE(outcome->updated, 2);
    QCOMPARE(Snapshot::of(*m_shop->store), before);
}

void TestSheetImports::rights_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    QTest::newRow("users") << int(ImportKind::Users)
                           << QStringLiteral("Nom;Rôle\nSans Droit;caisse\n");
    QTest::newRow("prices") << int(ImportKind::Prices)
                            << QStringLiteral("Catégorie;Prix\nMobilier;77\n");
}

void TestSheetImports::rights()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    const QString path = write(QStringLiteral("droits.csv"), file.toUtf8());
    // Supervisors may export but not import; cashiers and reception volunteers are refused.
    for (const Actor &actor : {m_shop->supervisor, m_shop->cashier, m_shop->reception}) {
        const Snapshot before = Snapshot::of(*m_shop->store);
        const int refusals = auditCount(*m_shop->store, QStringLiteral("permission.denied"));
        auto outcome = importFile(ImportKind(kind), path, actor);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(auditCount(*m_shop->store, QStringLiteral("permission.denied")), refusals + 1);
        Snapshot after = Snapshot::of(*m_shop->store);
        after.auditEvents = before.auditEvents; // the refusal's own event
        QCOMPARE(after, before);
    }
}

void TestSheetImports::hostileFiles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QByteArray many = "Nom;Rôle\n";
    for (int i = 0; i < SheetImport::maxRows(ImportKind::Users) + 1; ++i)
        many += "Personne " + QByteArray::number(i) + ";caisse\n";
    QTest::newRow("too many people") << int(ImportKind::Users) << many << QStringLiteral("a.csv");
    QByteArray prices = "Catégorie;Prix\n";
    for (int i = 0; i < SheetImport::maxRows(ImportKind::Prices) + 1; ++i)
        prices += "Mobilier;" + QByteArray::number(i % 50 + 1) + "\n";
    QTest::newRow("too many prices")
        << int(ImportKind::Prices) << prices << QStringLiteral("b.csv");
    QTest::newRow("huge name") << int(ImportKind::Users)
                               << "Nom;Rôle\n" + QByteArray(5000, 'x') + ";caisse\n"
                               << QStringLiteral("c.csv");
    QTest::newRow("control characters") << int(ImportKind::Users)
                                        << QByteArray("Nom;Rôle\nA\x01"
                                                      "B;caisse\n")
                                        << QStringLiteral("d.csv");
    QTest::newRow("broken xlsx") << int(ImportKind::Prices) << QByteArray("PK\x03\x04 broken")
                                 << QStringLiteral("e.xlsx");
    QTest::newRow("binary") << int(ImportKind::Users) << QByteArray("\0\xff\xfe\x01", 4)
                            << QStringLiteral("f.csv");
    QTest::newRow("negative price")
        << int(ImportKind::Prices) << QByteArray("Catégorie;Prix\nMobilier;-3\n")
        << QStringLiteral("g.csv");
    QTest::newRow("no name column")
        << int(ImportKind::Users) << QByteArray("Couleur;Taille\nbleu;3\n")
        << QStringLiteral("h.csv");
    QTest::newRow("absurd price per kilo")
        << int(ImportKind::Prices) << QByteArray("Catégorie;Prix au kg\nMobilier;99999999\n")
        << QStringLiteral("i.csv");
}

void TestSheetImports::hostileFiles()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const Snapshot before = Snapshot::of(*m_shop->store);
    const QString path = write(name, bytes);
    auto table = SheetReader::read(path, SheetImport::limits(ImportKind(kind)));
    if (table) {
        auto outcome = SheetImport::run(*m_shop->store, ImportKind(kind), m_shop->admin, *table,
            SheetImport::guessMapping(ImportKind(kind), table->header), {});
        QVERIFY(!outcome.ok());
        QVERIFY(!outcome.error().message.isEmpty());
    } else {
        QVERIFY(!table.error().message.isEmpty());
    }
    QCOMPARE(Snapshot::of(*m_shop->store), before);
    QFile::remove(path);
}

void TestSheetImports::mappingFile()
{
    const QStringList header = {
        QStringLiteral("Qui"), QStringLiteral("Quoi"), QStringLiteral("Chat")};
    auto mapping = SheetImport::mappingFromJson(ImportKind::Users,
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Qui")},
            {QStringLiteral("role"), QStringLiteral("B")}, {QStringLiteral("telegram_id"), 3}},
        header);
    QVERIFY2(mapping.ok(), qPrintable(mapping.error().message));
    QCOMPARE(mapping->value(ImportField::Role), 1);
    QCOMPARE(mapping->value(ImportField::TelegramId), 2);
    // A catalogue's field is not a person's.
    QVERIFY(!SheetImport::mappingFromJson(ImportKind::Users,
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Qui")},
            {QStringLiteral("default_price"), QStringLiteral("B")}},
        header)
                 .ok());
    QCOMPARE(SheetImport::mappingToJson(*mapping, header).value(QStringLiteral("name")),
        QJsonValue(QStringLiteral("Qui")));
}

void TestSheetImports::cancelledImportLeavesNothingCached()
{
    // The catalogue's cache follows the rows an import writes: a cancel must not leave them in it.
    CategoryCatalog catalog(*m_shop->store);
    const Category before = *catalog.find(QStringLiteral("mobilier.table"));
    ImportOptions options;
    options.progress = [](int done, int) { return done < 2; };
    auto created = importFile(ImportKind::Categories,
        write(QStringLiteral("annule.csv"), "Nom;Prix\nFantome Un;1\nFantome Deux;2\n"),
        m_shop->admin, options);
    QVERIFY(!created.ok());
    QVERIFY(!catalog.find(QStringLiteral("fantome-un")).ok());
    QVERIFY(!catalog.resolve(QStringLiteral("Fantome Un")).ok());
    auto priced = importFile(ImportKind::Prices,
        write(QStringLiteral("annule-prix.csv"),
            "Catégorie;Prix\nmobilier.table;33\nmobilier.canape;44\n"),
        m_shop->admin, options);
    QVERIFY(!priced.ok());
    QCOMPARE(catalog.find(QStringLiteral("mobilier.table"))->defaultPriceCents,
        before.defaultPriceCents);
    // A committed import is seen at once.
    QVERIFY(importFile(ImportKind::Prices,
        write(QStringLiteral("prix-table.csv"), "Catégorie;Prix\nmobilier.table;33\n"),
        m_shop->admin)
                .ok());
    QCOMPARE(catalog.find(QStringLiteral("mobilier.table"))->defaultPriceCents,
        std::optional<qint64>(3300));
}

void TestSheetImports::xlsFilesAreRead()
{
    auto table = SheetReader::read(
        xlsFixture(QStringLiteral("categories.xls")), SheetImport::limits(ImportKind::Categories));
    QVERIFY2(table.ok(), qPrintable(table ? QString() : table.error().message));
    QCOMPARE(table->format, QStringLiteral("XLS"));
    QCOMPARE(table->header,
        QStringList({QStringLiteral("Nom"), QStringLiteral("Parent"), QStringLiteral("Prix"),
            QStringLiteral("Code EEE"), QStringLiteral("Reçu le"), QStringLiteral("Note")}));
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->rowNumbers, QList<int>({2, 3, 4}));
    // Text, an empty cell, a whole number, a date cell as ISO text. FreeXL reads the values a
    // spreadsheet saved, never formulas: xlwt saves a formula without its value, which reads
    // as an empty cell (Excel and LibreOffice save the value with it).
    QCOMPARE(table->rows.at(0),
        QStringList({QStringLiteral("Luminaires"), QString(), QStringLiteral("4"), QString(),
            QStringLiteral("2026-03-10"), QString()}));
    QCOMPARE(table->rows.at(2).value(2), QStringLiteral("7.8"));
    // Only the first sheet is read; the name says nothing, the content does.
    auto team = SheetReader::read(
        xlsFixture(QStringLiteral("equipe.xls")), SheetImport::limits(ImportKind::Users));
    QVERIFY(team.ok());
    QCOMPARE(team->rows.size(), 2);
    QCOMPARE(team->rows.at(0).value(2), QStringLiteral("987654321"));
    QFile::copy(xlsFixture(QStringLiteral("equipe.xls")),
        m_shop->dir.filePath(QStringLiteral("equipe.dat")));
    auto renamed = SheetReader::read(
        m_shop->dir.filePath(QStringLiteral("equipe.dat")), SheetImport::limits(ImportKind::Users));
    QVERIFY(renamed.ok());
    QCOMPARE(renamed->rows, team->rows);
}

void TestSheetImports::xlsPeopleAndPricesImport()
{
    auto people =
        importFile(ImportKind::Users, xlsFixture(QStringLiteral("equipe.xls")), m_shop->admin);
    QVERIFY2(people.ok(), qPrintable(people ? QString() : people.error().message));
    QCOMPARE(people->created, 2);
    Users users(*m_shop->store);
    QCOMPARE(users.findByName(QStringLiteral("Inès Durand"))->role, Role::Cashier);
    QCOMPARE(users.findByName(QStringLiteral("Paul Blanc"))->role, Role::Reception);
    QVERIFY(UserAdministration(*m_shop->store)
                .telegramWhitelist()
                .contains(QStringLiteral("987654321")));

    CategoryCatalog catalog(*m_shop->store);
    const Category chairs = *catalog.resolve(QStringLiteral("Mobilier/Chaises et tabourets"));
    auto prices =
        importFile(ImportKind::Prices, xlsFixture(QStringLiteral("tarifs.xls")), m_shop->admin);
    QVERIFY2(prices.ok(), qPrintable(prices ? QString() : prices.error().message));
    QCOMPARE(prices->updated, 1);
    const Category after = *catalog.find(chairs.id);
    QCOMPARE(after.defaultPriceCents, std::optional<qint64>(850));
    QCOMPARE(after.maxPriceCents, std::optional<qint64>(4000));
    QCOMPARE(after.minPriceCents, chairs.minPriceCents); // the empty cell leaves it
}

void TestSheetImports::xlsCategoriesImport()
{
    auto outcome = importFile(
        ImportKind::Categories, xlsFixture(QStringLiteral("categories.xls")), m_shop->admin);
    QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->created, 3);
    CategoryCatalog catalog(*m_shop->store);
    const auto lamps = catalog.resolve(QStringLiteral("Luminaires/Lampes de chevet"));
    QVERIFY(lamps.ok());
    QCOMPARE(lamps->defaultPriceCents, std::optional<qint64>(780));
    QCOMPARE(catalog.resolve(QStringLiteral("Luminaires/Abat-jour"))->defaultPriceCents,
        std::optional<qint64>(250));
}

void TestSheetImports::xlsDamagedFilesChangeNothing_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << xlsFixture(QStringLiteral("truncated.xls"))
                               << QStringLiteral("t.xls") << QStringLiteral("XLS file");
    QTest::newRow("garbage") << xlsFixture(QStringLiteral("garbage.xls")) << QStringLiteral("g.xls")
                             << QStringLiteral("XLS file");
    // Text named .xls (what some programs export): not an XLS workbook.
    QTest::newRow("text named xls")
        << QString() << QStringLiteral("x.xls") << QStringLiteral("not an Excel 97-2003 workbook");
    QTest::newRow("missing") << QString() << QStringLiteral("nothing.xls")
                             << QStringLiteral("No file");
}

void TestSheetImports::xlsDamagedFilesChangeNothing()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const Snapshot before = Snapshot::of(*m_shop->store);
    QString path = m_shop->dir.filePath(name);
    if (!source.isEmpty()) {
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        path = write(name, file.readAll());
    } else if (name != QLatin1String("nothing.xls")) {
        path = write(name, "Nom;Prix\nChaise;3\n");
    }
    for (ImportKind kind : {ImportKind::Categories, ImportKind::Users, ImportKind::Prices}) {
        auto table = SheetReader::read(path, SheetImport::limits(kind));
        QVERIFY(!table.ok());
        QVERIFY2(table.error().message.contains(expected), qPrintable(table.error().message));
    }
    QCOMPARE(Snapshot::of(*m_shop->store), before);
}

void TestSheetImports::xlsLimits()
{
    const QString path = xlsFixture(QStringLiteral("categories.xls"));
    const auto refusal = [&path](const SheetReader::Limits &limits) {
        auto table = SheetReader::read(path, limits);
        return table ? QString() : table.error().message;
    };
    SheetReader::Limits limits;
    limits.maxRows = 2;
    QVERIFY(refusal(limits).contains(QStringLiteral("more than 2 rows")));
    limits = {};
    limits.maxColumns = 3;
    QVERIFY(refusal(limits).contains(QStringLiteral("more than 3 columns")));
    limits = {};
    limits.maxCellChars = 5;
    QVERIFY2(refusal(limits).contains(QStringLiteral("Cell B1")), qPrintable(refusal(limits)));
    limits = {};
    limits.maxFileBytes = 1024;
    QVERIFY(refusal(limits).contains(QStringLiteral("larger than")));
}

QTEST_GUILESS_MAIN(TestSheetImports)
#include "tst_sheetimports.moc"
