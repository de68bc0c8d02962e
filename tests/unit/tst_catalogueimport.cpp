// The catalogue's spreadsheet import: CSV as French Excel writes it (Windows-1252, ';', decimal
// commas) and XLSX written by hand (shared and inline strings, formulas, merged cells), the
// mapping guessed and saved, every invalid cell explained, all or nothing, audited, rights
// checked; hostile files (a million rows, huge cells, broken XML, a ZIP bomb) refused with nothing
// changed.

#include "core/categories.h"
#include "core/portability/catalogueimport.h"
#include "core/portability/sheetreader.h"
#include "core/store.h"
#include "tests/support/testshop.h"
#include "tests/support/zipfile.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace recaisse;
using namespace recaisse::core;
using namespace recaisse::core::portability;

namespace {

// The catalogue and the audit trail as they are, to prove a refused import changed nothing.
struct Snapshot
{
    QList<std::tuple<QString, QString, QString, qint64>> categories;
    int auditEvents = 0;

    static Snapshot of(Store &store)
    {
        Snapshot s;
        for (const Category &c : CategoryCatalog(store).list(true))
            s.categories.append({c.id, c.parentId, c.name, c.defaultPriceCents.value_or(-1)});
        QSqlQuery query(store.db().connection());
        query.exec(QStringLiteral("SELECT count(*) FROM audit_event"));
        query.next();
        s.auditEvents = query.value(0).toInt();
        return s;
    }
    bool operator==(const Snapshot &) const = default;
};

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData>"
        + rows + "</sheetData></worksheet>";
}

// A minimal XLSX file as Excel lays it out: workbook, its relations, shared strings, one sheet.
QList<test::ZipEntry> xlsxParts(const QByteArray &sheet, const QByteArray &sharedStrings)
{
    return {
        {QStringLiteral("[Content_Types].xml"), "<Types/>"},
        {QStringLiteral("xl/workbook.xml"),
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            "<sheets><sheet name=\"Prix\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/prix.xml\"/>"
            "</Relationships>"},
        {QStringLiteral("xl/sharedStrings.xml"), sharedStrings},
        {QStringLiteral("xl/worksheets/prix.xml"), sheet},
    };
}

} // namespace

class TestCatalogueImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void separators_data();
    void separators();
    void frenchExcelCsv();
    void quotedCsv();
    void guessesAndSavesTheMapping();
    void everyInvalidCellIsExplained();
    void allOrNothing();
    void validRowsOnly();
    void updatesExistingAndOrdersParents();
    void cycleInTheFile();
    void rights();
    void dryRunWritesNothing();
    void xlsxSharedInlineFormulasMerged();
    void hostileCsv();
    void hostileXlsx();
    void aDamagedOldExcelFileIsRefusedClearly();

private:
    QString write(const QString &name, const QByteArray &bytes);
    Result<ImportOutcome> importFile(
        const QString &path, const Actor &actor, ImportOptions options = {});

    std::unique_ptr<test::TestShop> m_shop;
};

// One shop for every case (creating one costs seconds): each case imports its own names and
// compares the catalogue before and after.
void TestCatalogueImport::initTestCase()
{
    m_shop = test::TestShop::create();
    QVERIFY(m_shop);
}

QString TestCatalogueImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_shop->dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

Result<ImportOutcome> TestCatalogueImport::importFile(
    const QString &path, const Actor &actor, ImportOptions options)
{
    auto table = SheetReader::read(path, SheetImport::limits(ImportKind::Categories));
    if (!table)
        return table.error();
    return CatalogueImport(*m_shop->store)
        .apply(actor, *table, SheetImport::guessMapping(ImportKind::Categories, table->header),
            options);
}

void TestCatalogueImport::separators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("french excel") << QStringLiteral("Nom;Prix\nChaise;12,50\nTable;3,5\n")
                                  << QChar(u';');
    QTest::newRow("comma") << QStringLiteral("Nom,Prix\nChaise,12.50\n\"Table, basse\",3\n")
                           << QChar(u',');
    QTest::newRow("tab") << QStringLiteral("Nom\tPrix\nChaise\t12,50\n") << QChar(u'\t');
    QTest::newRow("pipe") << QStringLiteral("Nom|Prix\nChaise|1\n") << QChar(u'|');
    QTest::newRow("one column") << QStringLiteral("Nom\nChaise\n") << QChar(u';');
}

void TestCatalogueImport::separators()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QCOMPARE(SheetReader::detectSeparator(text), separator);
}

void TestCatalogueImport::frenchExcelCsv()
{
    // What Excel writes on a French Windows ("CSV (séparateur : point-virgule)"): Windows-1252,
    // ';', decimal commas, CRLF, "€" as byte 0x80.
    const QByteArray bytes = "Nom;Cat\xE9gorie parente;Code EEE;Prix (\x80);Prix min;Prix max;"
                             "Poids moyen (kg);Pes\xE9"
                             "e;Couleur;Raccourci\r\n"
                             "\xC9lectrom\xE9nager;;EEE-4;;;;;oui;#336699;E\r\n"
                             "Grille-pain;\xC9lectrom\xE9nager;4;5,50;1;20;1,2;oui;;\r\n"
                             "Fauteuils;Mobilier;;25;5;150;12,5;non;;\r\n";
    const QString path = write(QStringLiteral("catalogue.csv"), bytes);
    auto table = SheetReader::read(path, SheetImport::limits(ImportKind::Categories));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(table->separator, QChar(u';'));
    QCOMPARE(table->header.at(3), QStringLiteral("Prix (€)"));
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->rowNumbers, (QList<int>{2, 3, 4}));
    const ImportMapping mapping = SheetImport::guessMapping(ImportKind::Categories, table->header);
    QCOMPARE(mapping.size(), 10); // every column; no weight bounds in this file
    QCOMPARE(mapping.value(ImportField::DefaultPrice), 3);
    QCOMPARE(mapping.value(ImportField::AverageWeight), 6);

    const Snapshot before = Snapshot::of(*m_shop->store);
    const int imports = test::auditCount(*m_shop->store, QStringLiteral("category.import"));
    auto outcome = CatalogueImport(*m_shop->store).apply(m_shop->admin, *table, mapping, {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QCOMPARE(outcome->created, 3);
    QCOMPARE(outcome->updated, 0);
    CategoryCatalog catalog(*m_shop->store);
    auto toaster = catalog.resolve(QStringLiteral("Électroménager/Grille-pain"));
    QVERIFY2(toaster.ok(), qPrintable(toaster.error().message));
    QCOMPARE(toaster->eeeCode, QStringLiteral("EEE-4"));
    QCOMPARE(toaster->defaultPriceCents, std::optional<qint64>(550));
    QCOMPARE(toaster->minPriceCents, std::optional<qint64>(100));
    QCOMPARE(toaster->maxPriceCents, std::optional<qint64>(2000));
    QCOMPARE(toaster->averageWeightGrams, std::optional<qint64>(1200));
    QVERIFY(toaster->weightRequired);
    auto armchairs = catalog.resolve(QStringLiteral("Mobilier/Fauteuils"));
    QVERIFY2(armchairs.ok(), qPrintable(armchairs.error().message));
    QCOMPARE(armchairs->averageWeightGrams, std::optional<qint64>(12500));
    QCOMPARE(catalog.resolve(QStringLiteral("Électroménager"))->color, QStringLiteral("#336699"));
    QCOMPARE(Snapshot::of(*m_shop->store).categories.size(), before.categories.size() + 3);
    QCOMPARE(test::auditCount(*m_shop->store, QStringLiteral("category.import")), imports + 1);
}

void TestCatalogueImport::quotedCsv()
{
    // UTF-8 with its mark, commas, a quoted cell holding the separator, a quote and a line break.
    const QByteArray bytes = "\xEF\xBB\xBFname,price\n"
                             "\"Vaisselle, lot\",\"2.5\"\n"
                             "\"Le \"\"grand\"\" miroir\nancien\",8\n";
    auto table = SheetReader::readCsv(bytes, SheetImport::limits(ImportKind::Categories));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(table->separator, QChar(u','));
    QCOMPARE(table->header, (QStringList{QStringLiteral("name"), QStringLiteral("price")}));
    QCOMPARE(table->rows.at(0).at(0), QStringLiteral("Vaisselle, lot"));
    QCOMPARE(table->rows.at(1).at(0), QStringLiteral("Le \"grand\" miroir\nancien"));
    QCOMPARE(table->rowNumbers, (QList<int>{2, 3}));
    // UTF-16 with its mark (Excel's "Texte Unicode"), tab-separated.
    QString utf16Text = QStringLiteral("\uFEFFNom\tPrix\nÉtagère\t3\n");
    QByteArray utf16(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
    auto wide = SheetReader::readCsv(utf16, SheetImport::limits(ImportKind::Categories));
    QVERIFY2(wide.ok(), qPrintable(wide.error().message));
    QCOMPARE(wide->encoding, QStringLiteral("UTF-16"));
    QCOMPARE(wide->rows.at(0).at(0), QStringLiteral("Étagère"));
}

void TestCatalogueImport::guessesAndSavesTheMapping()
{
    const QStringList header = {QStringLiteral("Désignation"), QStringLiteral("Tarif TTC"),
        QStringLiteral("Famille"), QStringLiteral("Poids (kg)"), QStringLiteral("Remarque")};
    const ImportMapping mapping = SheetImport::guessMapping(ImportKind::Categories, header);
    QCOMPARE(mapping.value(ImportField::Name, -1), 0);
    QCOMPARE(mapping.value(ImportField::DefaultPrice, -1), 1);
    QCOMPARE(mapping.value(ImportField::Parent, -1), 2);
    QCOMPARE(mapping.value(ImportField::AverageWeight, -1), 3);
    QCOMPARE(mapping.size(), 4);
    const QJsonObject saved = SheetImport::mappingToJson(mapping, header);
    QCOMPARE(saved.value(QStringLiteral("default_price")).toString(), QStringLiteral("Tarif TTC"));
    auto loaded = SheetImport::mappingFromJson(ImportKind::Categories, saved, header);
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, mapping);
    // Column letters and numbers, and their errors.
    auto byLetter = SheetImport::mappingFromJson(ImportKind::Categories,
        {{QStringLiteral("name"), QStringLiteral("E")}, {QStringLiteral("min_price"), 2}}, header);
    QVERIFY(byLetter.ok());
    QCOMPARE(byLetter->value(ImportField::Name), 4);
    QCOMPARE(byLetter->value(ImportField::MinPrice), 1);
    QVERIFY(!SheetImport::mappingFromJson(
        ImportKind::Categories, {{QStringLiteral("name"), QStringLiteral("Z")}}, header)
                 .ok());
    QVERIFY(!SheetImport::mappingFromJson(
        ImportKind::Categories, {{QStringLiteral("colour"), QStringLiteral("A")}}, header)
                 .ok());
    QVERIFY(!SheetImport::mappingFromJson(ImportKind::Categories,
        {{QStringLiteral("color"), QStringLiteral("A")}},
        header)
                 .ok()); // no name
}

void TestCatalogueImport::everyInvalidCellIsExplained()
{
    const QByteArray bytes = "Nom;Prix;Poids;Code EEE;Pes\xC3\xA9"
                             "e\n"
                             "Bon;2;1;;non\n" // row 2: valid
                             "N\xC3\xA9gatif;-3;1;;\n" // row 3: negative price
                             "Trop pr\xC3\xA9"
                             "cis;1,234;1;;\n" // row 4: 3 decimals
                             "Lourd;1;20000;;\n" // row 5: 20 t
                             ";5;;;\n" // row 6: no name
                             "Code;1;1;EEE-9;\n" // row 7: EEE-9
                             "Peut-\xC3\xAAtre;1;1;;peut-etre\n" // row 8: not yes/no
                             "Formule;=B2*2;1;;\n" // row 9: a formula without its value
                             "Texte;douze;1;;\n" // row 10: words
        + QByteArray(300, 'x') + ";1;;;\n"; // row 11: huge name
    auto table = SheetReader::readCsv(bytes, SheetImport::limits(ImportKind::Categories));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    auto plan = CatalogueImport(*m_shop->store)
                    .plan(*table, SheetImport::guessMapping(ImportKind::Categories, table->header));
    QVERIFY(plan.ok());
    QCOMPARE(plan->rows.size(), 10);
    QCOMPARE(plan->invalid, 9);
    QCOMPARE(plan->creates, 1);
    QVERIFY(plan->rows.at(0).errors.isEmpty());
    // Each refused row names its column.
    const QList<int> expectedColumns = {1, 1, 2, 0, 3, 4, 1, 1, 0};
    for (int i = 0; i < expectedColumns.size(); ++i) {
        const CatalogueRow &row = plan->rows.at(i + 1);
        QVERIFY2(!row.errors.isEmpty(), qPrintable(QString::number(row.sourceRow)));
        QVERIFY2(
            row.errors.first().column == expectedColumns.at(i) || row.errors.first().column == -1,
            qPrintable(QStringLiteral("row %1: %2 (column %3)")
                           .arg(row.sourceRow)
                           .arg(row.errors.first().message)
                           .arg(row.errors.first().column)));
        QVERIFY(!row.errors.first().message.isEmpty());
    }
    QCOMPARE(plan->rows.at(3).errors.first().column, 2); // 20 000 kg: the weight's own check
    const QString described = SheetImport::describeErrors(*plan, table->header, 3);
    QVERIFY2(described.startsWith(QStringLiteral("row 3, column B (Prix)")), qPrintable(described));
}

void TestCatalogueImport::allOrNothing()
{
    const QString path = write(QStringLiteral("bad.csv"),
        "Nom;Parent;Prix\nAppliques;;3\nAbat-jour;Appliques;2\nCasse;Appliques;-1\n");
    const Snapshot before = Snapshot::of(*m_shop->store);
    auto outcome = importFile(path, m_shop->admin);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, ErrorCode::InvalidInput);
    QVERIFY2(outcome.error().message.contains(QStringLiteral("row 4")),
        qPrintable(outcome.error().message));
    QCOMPARE(Snapshot::of(*m_shop->store), before);
}

void TestCatalogueImport::validRowsOnly()
{
    const QString path = write(QStringLiteral("mixed.csv"),
        "Nom;Parent;Prix\nAppliques;;3\nAbat-jour;Appliques;2\nCasse;Appliques;-1\nSous-casse;"
        "Casse;1\n");
    ImportOptions options;
    options.validRowsOnly = true;
    auto outcome = importFile(path, m_shop->admin, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QCOMPARE(outcome->created, 2);
    QCOMPARE(outcome->skipped.size(), 2); // the bad row and its child
    QCOMPARE(outcome->skipped.at(0).sourceRow, 4);
    QCOMPARE(outcome->skipped.at(1).sourceRow, 5);
    QVERIFY(CategoryCatalog(*m_shop->store).resolve(QStringLiteral("Appliques/Abat-jour")).ok());
    QVERIFY(!CategoryCatalog(*m_shop->store).resolve(QStringLiteral("Appliques/Casse")).ok());
}

void TestCatalogueImport::updatesExistingAndOrdersParents()
{
    CategoryCatalog catalog(*m_shop->store);
    const Category chairs = *catalog.resolve(QStringLiteral("Mobilier/Chaises et tabourets"));
    // A child before its new parent; an existing category's price changed, its other fields kept.
    const QString path = write(QStringLiteral("update.csv"),
        "Nom;Parent;Prix\n"
        "Lustres;Luminaires;15\n"
        "Luminaires;;\n"
        "chaises et tabourets;Mobilier;7,50\n");
    auto outcome = importFile(path, m_shop->admin);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QCOMPARE(outcome->created, 2);
    QCOMPARE(outcome->updated, 1);
    const Category updated = *catalog.find(chairs.id);
    QCOMPARE(updated.defaultPriceCents, std::optional<qint64>(750));
    QCOMPARE(updated.minPriceCents, chairs.minPriceCents);
    QCOMPARE(updated.averageWeightGrams, chairs.averageWeightGrams);
    QCOMPARE(updated.name, QStringLiteral("chaises et tabourets"));
    auto lustres = catalog.resolve(QStringLiteral("Luminaires/Lustres"));
    QVERIFY2(lustres.ok(), qPrintable(lustres.error().message));
    QCOMPARE(lustres->defaultPriceCents, std::optional<qint64>(1500));
    // Importing the same file again only updates.
    auto again = importFile(path, m_shop->admin);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 3);
}

void TestCatalogueImport::cycleInTheFile()
{
    const QString path = write(QStringLiteral("cycle.csv"), "Nom;Parent\nA;B\nB;C\nC;A\nD;\n");
    const Snapshot before = Snapshot::of(*m_shop->store);
    auto table = SheetReader::read(path, SheetImport::limits(ImportKind::Categories));
    QVERIFY(table.ok());
    auto plan = CatalogueImport(*m_shop->store)
                    .plan(*table, SheetImport::guessMapping(ImportKind::Categories, table->header));
    QVERIFY(plan.ok());
    QCOMPARE(plan->invalid, 3);
    QCOMPARE(plan->creates, 1);
    QVERIFY(!importFile(path, m_shop->admin).ok());
    QCOMPARE(Snapshot::of(*m_shop->store), before);
}

void TestCatalogueImport::rights()
{
    const QString path = write(QStringLiteral("ok.csv"), "Nom;Prix\nJouets;2\n");
    const Snapshot before = Snapshot::of(*m_shop->store);
    for (const Actor *actor : {&m_shop->cashier, &m_shop->reception, &m_shop->supervisor}) {
        auto outcome = importFile(path, *actor);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::PermissionDenied);
        ImportOptions dry;
        dry.dryRun = true;
        QCOMPARE(importFile(path, *actor, dry).error().code, ErrorCode::PermissionDenied);
    }
    QCOMPARE(Snapshot::of(*m_shop->store).categories, before.categories);
    QVERIFY(importFile(path, m_shop->admin).ok());
}

void TestCatalogueImport::dryRunWritesNothing()
{
    const QString path =
        write(QStringLiteral("dry.csv"), "Nom;Prix\nJouets anciens;2\nMobilier;\n");
    const Snapshot before = Snapshot::of(*m_shop->store);
    ImportOptions options;
    options.dryRun = true;
    auto outcome = importFile(path, m_shop->admin, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QVERIFY(outcome->dryRun);
    QCOMPARE(outcome->created, 1);
    QCOMPARE(outcome->updated, 1);
    QCOMPARE(Snapshot::of(*m_shop->store), before);
    // A cancel half-way leaves nothing either.
    ImportOptions cancelled;
    cancelled.progress = [](int done, int) { return done < 1; };
    auto stopped = importFile(path, m_shop->admin, cancelled);
    QVERIFY(!stopped.ok());
    QCOMPARE(Snapshot::of(*m_shop->store), before);
}

void TestCatalogueImport::xlsxSharedInlineFormulasMerged()
{
    // Shared strings (one with rich-text runs), an inline string, a number saved as binary
    // (0.30000000000000004), a formula with its cached value, a merged parent cell (empty below
    // its first row), a boolean, and a formula saved without its value.
    const QByteArray shared =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>Nom</t></si><si><t>Prix</t></si><si><t>Parent</t></si>"
        "<si><r><t>Jeux </t></r><r><rPr><b/></rPr><t>de soci\xC3\xA9t\xC3\xA9</t></r></si>"
        "<si><t>Mobilier</t></si><si><t>Pes\xC3\xA9"
        "e</t></si></sst>";
    const QByteArray rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>5</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\"><v>0.30000000000000004</v></c>"
        "<c r=\"D2\" t=\"b\"><v>1</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Buffets</t></is></c>"
        "<c r=\"B4\"><f>B2*100</f><v>30</v></c><c r=\"C4\" t=\"s\"><v>4</v></c></row>"
        "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>Vaisseliers</t></is></c>"
        "<c r=\"C5\" t=\"s\"><v>4</v></c></row>";
    const QString path = m_shop->dir.filePath(QStringLiteral("prix.xlsx"));
    QVERIFY(test::writeZip(path, xlsxParts(sheetXml(rows), shared)));
    auto table = SheetReader::read(path, SheetImport::limits(ImportKind::Categories));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->format, QStringLiteral("XLSX"));
    QCOMPARE(table->header.size(), 4);
    QCOMPARE(table->rowNumbers, (QList<int>{2, 4, 5}));
    QCOMPARE(table->rows.at(0).at(0), QStringLiteral("Jeux de société"));
    QCOMPARE(table->rows.at(0).at(1), QStringLiteral("0.3"));
    QCOMPARE(table->rows.at(0).at(3), QStringLiteral("1"));
    QCOMPARE(table->rows.at(1).at(1), QStringLiteral("30"));
    QCOMPARE(table->rows.at(2).at(1), QString());
    auto outcome = CatalogueImport(*m_shop->store)
                       .apply(m_shop->admin, *table,
                           SheetImport::guessMapping(ImportKind::Categories, table->header), {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QCOMPARE(outcome->created, 3);
    CategoryCatalog catalog(*m_shop->store);
    QCOMPARE(catalog.resolve(QStringLiteral("Jeux de société"))->defaultPriceCents,
        std::optional<qint64>(30));
    QVERIFY(catalog.resolve(QStringLiteral("Jeux de société"))->weightRequired);
    QCOMPARE(catalog.resolve(QStringLiteral("Mobilier/Buffets"))->defaultPriceCents,
        std::optional<qint64>(3000));

    // A formula saved without its value is explained, not imported as text.
    const QByteArray noValue = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                               "<c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                               "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Cadres</t></is>"
                               "</c><c r=\"B2\"><f>SUM(A1:A9)</f></c></row>";
    QVERIFY(test::writeZip(path, xlsxParts(sheetXml(noValue), shared)));
    auto formula = SheetReader::read(path, SheetImport::limits(ImportKind::Categories));
    QVERIFY(formula.ok());
    auto plan =
        CatalogueImport(*m_shop->store)
            .plan(*formula, SheetImport::guessMapping(ImportKind::Categories, formula->header));
    QVERIFY(plan.ok());
    QCOMPARE(plan->invalid, 1);
    QCOMPARE(plan->rows.at(0).errors.first().column, 1);
}

void TestCatalogueImport::hostileCsv()
{
    const Snapshot before = Snapshot::of(*m_shop->store);
    const SheetReader::Limits limits = SheetImport::limits(ImportKind::Categories);
    // A million rows: refused as soon as the limit is passed, quickly.
    {
        QByteArray million = "Nom;Prix\n";
        million.reserve(14'000'000);
        for (int i = 0; i < 1'000'000; ++i)
            million += "Objet " + QByteArray::number(i) + ";1\n";
        const QString path = write(QStringLiteral("million.csv"), million);
        auto outcome = importFile(path, m_shop->admin);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(
                     QString::number(SheetImport::maxRows(ImportKind::Categories)))
                || outcome.error().message.contains(QStringLiteral("2 000")),
            qPrintable(outcome.error().message));
        QFile::remove(path);
    }
    // Larger than the file limit.
    {
        const QString path = write(QStringLiteral("huge.csv"),
            "Nom\n" + QByteArray(int(limits.maxFileBytes) + 10, 'a') + "\n");
        auto outcome = importFile(path, m_shop->admin);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QStringLiteral("MB")),
            qPrintable(outcome.error().message));
        QFile::remove(path);
    }
    // One huge cell, a quote never closed, too many columns, binary bytes, nothing at all.
    const QList<QByteArray> broken = {
        "Nom;Prix\n\"" + QByteArray(limits.maxCellChars + 5, 'z') + "\";1\n",
        "Nom;Prix\n\"Chaise;1\nTable;2\n",
        "Nom" + QByteArray(100, ';') + "x\nA;1\n",
        QByteArray("Nom\n\0\x01\x02\x03", 8),
        "\n\n\r\n",
    };
    for (const QByteArray &bytes : broken) {
        auto table = SheetReader::readCsv(bytes, limits);
        QVERIFY(!table.ok());
        QVERIFY(!table.error().message.isEmpty());
    }
    QCOMPARE(Snapshot::of(*m_shop->store), before);
}

void TestCatalogueImport::hostileXlsx()
{
    const Snapshot before = Snapshot::of(*m_shop->store);
    const QByteArray shared = "<sst><si><t>Nom</t></si></sst>";
    const QString path = m_shop->dir.filePath(QStringLiteral("hostile.xlsx"));
    const auto refused = [&](const QList<test::ZipEntry> &parts, const char *expected) {
        if (!test::writeZip(path, parts))
            return QStringLiteral("cannot write the file");
        auto table = SheetReader::read(path, SheetImport::limits(ImportKind::Categories));
        if (table.ok())
            return QStringLiteral("accepted");
        if (!table.error().message.contains(QString::fromUtf8(expected)))
            return table.error().message;
        return QString();
    };
    // Broken XML (a tag never closed).
    QCOMPARE(
        refused(xlsxParts("<worksheet><sheetData><row r=\"1\"><c t=\"s\"><v>0</v></c>", shared),
            "damaged"),
        QString());
    // A shared string index past the list.
    QCOMPARE(
        refused(xlsxParts(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row>"), shared),
            "missing text"),
        QString());
    // A cell at Excel's last row and column.
    QCOMPARE(refused(xlsxParts(sheetXml("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c>"
                                        "</row>"),
                         shared),
                 "goes past"),
        QString());
    // More rows than a catalogue has.
    QByteArray many = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
    for (int r = 2; r <= SheetImport::maxRows(ImportKind::Categories) + 5; ++r)
        many += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r)
            + "\" t=\"inlineStr\"><is><t>x" + QByteArray::number(r) + "</t></is></c></row>";
    QCOMPARE(refused(xlsxParts(sheetXml(many), shared), "more than"), QString());
    // A ZIP bomb: a sheet that unpacks to far more than it weighs (limits made small here so
    // that the test stays quick; the mechanism is the same at 64 MB).
    {
        QVERIFY(
            test::writeZip(path, xlsxParts(sheetXml(QByteArray(3 * 1024 * 1024, ' ')), shared)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() < 64 * 1024);
        SheetReader::Limits small = SheetImport::limits(ImportKind::Categories);
        small.maxPartBytes = 1024 * 1024;
        small.maxTotalPartBytes = 2 * 1024 * 1024;
        auto bomb = SheetReader::readXlsx(bytes, small);
        QVERIFY(!bomb.ok());
        QVERIFY2(bomb.error().message.contains(QStringLiteral("unpacks")),
            qPrintable(bomb.error().message));
    }
    // Not a ZIP at all, and a ZIP without a sheet.
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
    garbage.write("PK\x03\x04 this is not a zip");
    garbage.close();
    QVERIFY(!SheetReader::read(path, SheetImport::limits(ImportKind::Categories)).ok());
    QCOMPARE(refused({{QStringLiteral("hello.txt"), "hi"}}, "no sheet"), QString());
    // Inline strings only, without shared strings nor a workbook part: read.
    QVERIFY(test::writeZip(path,
        {{QStringLiteral("xl/worksheets/sheet1.xml"),
            sheetXml("<row><c t=\"inlineStr\"><is><t>Nom</t></is></c></row>"
                     "<row><c t=\"inlineStr\"><is><t>Tapis</t></is></c></row>")}}));
    auto inlineOnly = SheetReader::read(path, SheetImport::limits(ImportKind::Categories));
    QVERIFY2(inlineOnly.ok(), qPrintable(inlineOnly.error().message));
    QCOMPARE(inlineOnly->rows.value(0).value(0), QStringLiteral("Tapis"));
    QCOMPARE(Snapshot::of(*m_shop->store), before);
}

void TestCatalogueImport::aDamagedOldExcelFileIsRefusedClearly()
{
    const QString path = write(QStringLiteral("prix.xls"), "\xD0\xCF\x11\xE0");
    auto table = SheetReader::read(path, SheetImport::limits(ImportKind::Categories));
    QVERIFY(!table.ok());
    // Four bytes of an OLE2 signature are not an XLS workbook (tst_sheetimports reads real ones).
    QVERIFY2(table.error().message.contains(QStringLiteral("XLS file cannot be read")),
        qPrintable(table.error().message));
}

QTEST_GUILESS_MAIN(TestCatalogueImport)
#include "tst_catalogueimport.moc"
