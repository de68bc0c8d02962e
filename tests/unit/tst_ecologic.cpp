#include "core/cashsession.h"
#include "core/categories.h"
#include "core/demoshop.h"
#include "core/deposits.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/ecologicschema.h"
#include "core/ledger.h"
#include "core/sales.h"
#include "core/store.h"
#include "core/technicalevents.h"
#include "tests/support/strictschema.h"
#include "tests/support/testshop.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <random>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

const QStringList eeeCodes = {QStringLiteral("EEE-1"), QStringLiteral("EEE-2"),
    QStringLiteral("EEE-3"), QStringLiteral("EEE-4"), QStringLiteral("EEE-5"),
    QStringLiteral("EEE-6"), QStringLiteral("EEE-7"), QStringLiteral("EEE-8")};

QString categoryOf(const QString &code)
{
    static const QHash<QString, QString> ids = {
        {QStringLiteral("EEE-1"), QStringLiteral("eee.gros-froid")},
        {QStringLiteral("EEE-2"), QStringLiteral("eee.ecran")},
        {QStringLiteral("EEE-3"), QStringLiteral("eee.lampe")},
        {QStringLiteral("EEE-4"), QStringLiteral("eee.gros-hors-froid")},
        {QStringLiteral("EEE-5"), QStringLiteral("eee.petit-menager")},
        {QStringLiteral("EEE-6"), QStringLiteral("eee.informatique")},
        {QStringLiteral("EEE-7"), QStringLiteral("eee.photovoltaique")},
        {QStringLiteral("EEE-8"), QStringLiteral("eee.melange")},
    };
    return ids.value(code, QStringLiteral("textile.vetements"));
}

// What a pull of another station's journal leaves in the tables: documents and their rows.
class PulledStation
{
public:
    PulledStation(Store &store, QString id)
        : m_store(store)
        , m_id(std::move(id))
    {
    }

    struct SaleLine
    {
        QString code; // "" for a category without EEE code
        qint64 quantity = 1;
        std::optional<qint64> grams;
        qint64 cents = 0;
    };
    qint64 sale(const QDate &day, const QList<SaleLine> &lines)
    {
        const qint64 seq = document(QStringLiteral("sale"), day);
        qint64 total = 0;
        for (const SaleLine &l : lines)
            total += l.cents;
        exec("INSERT INTO sale (station_id, seq, session_seq, total_cents, change_cents) VALUES "
             "(?, ?, 1, ?, 0)",
            {m_id, seq, total});
        int lineNo = 0;
        for (const SaleLine &l : lines) {
            exec("INSERT INTO sale_line (station_id, seq, line_no, category_id, category_name, "
                 "eee_code, quantity, unit_price_cents, weight_grams, total_cents) VALUES "
                 "(?, ?, ?, ?, 'x', ?, ?, 0, ?, ?)",
                {m_id, seq, ++lineNo, categoryOf(l.code), l.code, l.quantity,
                    l.grams ? QVariant(*l.grams) : QVariant(), l.cents});
        }
        return seq;
    }
    struct RefundLine
    {
        int saleLineNo = 1;
        qint64 quantity = 1;
        qint64 cents = 0;
    };
    void refund(const QDate &day, const QString &saleStation, qint64 saleSeq,
        const QList<RefundLine> &lines)
    {
        const qint64 seq = document(QStringLiteral("refund"), day);
        qint64 total = 0;
        for (const RefundLine &l : lines)
            total += l.cents;
        exec("INSERT INTO refund (station_id, seq, session_seq, sale_station_id, sale_seq, "
             "sale_number, total_cents, method, reason, authorized_by) VALUES "
             "(?, ?, 1, ?, ?, 'n', ?, 'cash', 'r', 'a')",
            {m_id, seq, saleStation, saleSeq, std::max<qint64>(total, 1)});
        int lineNo = 0;
        for (const RefundLine &l : lines)
            exec("INSERT INTO refund_line (station_id, seq, line_no, sale_line_no, quantity, "
                 "amount_cents) VALUES (?, ?, ?, ?, ?, ?)",
                {m_id, seq, ++lineNo, l.saleLineNo, l.quantity, l.cents});
    }
    struct DepositLine
    {
        QString code;
        qint64 quantity = 1;
        qint64 grams = 1000;
        QString destination = QStringLiteral("shop");
        QString origin = QStringLiteral("voluntary");
    };
    void deposit(const QDate &day, const QList<DepositLine> &lines)
    {
        const qint64 seq = document(QStringLiteral("deposit"), day);
        qint64 total = 0;
        for (const DepositLine &l : lines)
            total += l.grams;
        exec("INSERT INTO deposit (station_id, seq, total_weight_grams) VALUES (?, ?, ?)",
            {m_id, seq, total});
        int lineNo = 0;
        for (const DepositLine &l : lines)
            exec("INSERT INTO deposit_line (station_id, seq, line_no, category_id, category_name, "
                 "eee_code, quantity, weight_grams, destination, origin) VALUES "
                 "(?, ?, ?, ?, 'x', ?, ?, ?, ?, ?)",
                {m_id, seq, ++lineNo, categoryOf(l.code), l.code, l.quantity, l.grams,
                    l.destination, l.origin});
    }
    const QString &id() const { return m_id; }

private:
    qint64 document(const QString &kind, const QDate &day)
    {
        const qint64 seq = ++m_seq;
        exec("INSERT INTO document (station_id, seq, kind, series, series_seq, number, "
             "created_utc, business_day, actor_id, prev_hash, hash) VALUES "
             "(?, ?, ?, 'X', ?, ?, ?, ?, 'u', 'p', 'h')",
            {m_id, seq, kind, seq, QString(m_id + QLatin1Char('-') + QString::number(seq)),
                QString(day.toString(Qt::ISODate) + QStringLiteral("T10:00:00.000Z")),
                day.toString(Qt::ISODate)});
        return seq;
    }
    void exec(const char *sql, const QVariantList &values)
    {
        QSqlQuery q(m_store.db().connection());
        QVERIFY(q.prepare(QString::fromLatin1(sql)));
        for (const QVariant &v : values)
            q.addBindValue(Database::bindable(v));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    Store &m_store;
    QString m_id;
    qint64 m_seq = 0;
};

// Grams or cents from a file's "12,345" field.
qint64 units(const QString &field)
{
    QString digits = field;
    digits.remove(QLatin1Char(','));
    return digits.toLongLong();
}

// The data lines of a rendered file, split on ';' (the site name holds no separator).
QList<QStringList> dataLines(const QByteArray &file)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.mid(3)).split(QStringLiteral("\r\n"));
    for (int i = 1; i < lines.size(); ++i)
        if (!lines.at(i).isEmpty())
            rows << lines.at(i).split(QLatin1Char(';'));
    return rows;
}

QString dataDir()
{
    return QStringLiteral(RECAISSE_TEST_DATA_DIR);
}

} // namespace

class TestEcologic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void periods_data();
    void periods();
    void schemaShippedIsValid();
    void corruptedSchemaIsRefused_data();
    void corruptedSchemaIsRefused();
    void handmadeFlows();
    void unweighedWithoutAverageIsAWarning();
    void goldenQuarterComputedIndependently();
    void randomDataAddsUp();
    void emptyPeriodIsAValidFileOfZeros();
    void reExportIsANewVersion();
    void unwritableFolderWritesNothing();
    void failedCheckWritesNothing();
    void checkFindsViolations_data();
    void checkFindsViolations();
    void permissions();

private:
    // For the cases that write nothing.
    std::unique_ptr<TestShop> m_shop;
};

void TestEcologic::initTestCase()
{
    m_shop = TestShop::create();
    QVERIFY(m_shop);
}

void TestEcologic::cleanupTestCase()
{
    m_shop.reset();
}

void TestEcologic::periods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("Q1") << "2026-Q1" << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("Q3") << "2026-Q3" << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("Q4") << "2026-q4" << QDate(2026, 10, 1) << QDate(2026, 12, 31);
    QTest::newRow("month") << "2028-02" << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("year") << "2027" << QDate(2027, 1, 1) << QDate(2027, 12, 31);
    QTest::newRow("range") << "2026-07-14..2026-08-15" << QDate(2026, 7, 14) << QDate(2026, 8, 15);
    QTest::newRow("one day") << "2026-07-14..2026-07-14" << QDate(2026, 7, 14)
                             << QDate(2026, 7, 14);
    QTest::newRow("Q5") << "2026-Q5" << QDate() << QDate();
    QTest::newRow("Q0") << "2026-Q0" << QDate() << QDate();
    QTest::newRow("month 13") << "2026-13" << QDate() << QDate();
    QTest::newRow("from after to") << "2026-09-30..2026-07-01" << QDate() << QDate();
    QTest::newRow("30 February") << "2026-02-30..2026-03-01" << QDate() << QDate();
    QTest::newRow("garbage") << "last quarter" << QDate() << QDate();
}

void TestEcologic::periods()
{
    QFETCH(QString, text);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    auto period = EcologicPeriod::parse(text);
    if (!from.isValid()) {
        QVERIFY(!period.ok());
        QVERIFY(!period.error().message.isEmpty());
        return;
    }
    QVERIFY2(period.ok(), qPrintable(period.error().message));
    QCOMPARE(period->from, from);
    QCOMPARE(period->to, to);
}

void TestEcologic::schemaShippedIsValid()
{
    auto schema = EcologicSchema::builtIn();
    QVERIFY2(schema.ok(), qPrintable(schema.error().message));
    QCOMPARE(schema->format, QStringLiteral("ecologic-v1"));
    QCOMPARE(schema->separator, QLatin1Char(';'));
    QCOMPARE(schema->decimalMark, QLatin1Char(','));
    QVERIFY(schema->bom);
    QCOMPARE(schema->header().join(QLatin1Char(';')),
        QStringLiteral("periode_debut;periode_fin;site;code_eee;libelle;entrees_nombre;"
                       "entrees_poids_kg;dont_liv_kg;dont_pre_kg;reemploi_nombre;"
                       "reemploi_poids_kg;dont_poids_estime_kg;reemploi_montant_eur;"
                       "recyclage_poids_kg;dechetterie_poids_kg;genere_le"));
    QCOMPARE(schema->codes.size(), 8);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(schema->codes.at(i).code, eeeCodes.at(i));
    QCOMPARE(schema->formatDecimal(1234567, 3), QStringLiteral("1234,567"));
    QCOMPARE(schema->formatDecimal(5, 3), QStringLiteral("0,005"));
    QCOMPARE(schema->formatDecimal(-1205, 2), QStringLiteral("-12,05"));
    QCOMPARE(schema->formatDecimal(0, 2), QStringLiteral("0,00"));

    // Every EEE category of the shipped tree has an average weight for unweighed sales.
    auto tree = CategoryCatalog::defaultTree();
    QVERIFY(tree.ok());
    int eee = 0;
    for (const Category &c : *tree) {
        if (c.eeeCode.isEmpty())
            continue;
        ++eee;
        QVERIFY2(c.averageWeightGrams && *c.averageWeightGrams > 0, qPrintable(c.id));
    }
    QCOMPARE(eee, 8);
}

void TestEcologic::corruptedSchemaIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QFile file(EcologicSchema::builtInPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not an object") << QByteArray("[1, 2]");
    QTest::newRow("unknown type") << QByteArray(good).replace(
        "\"type\": \"integer\"", "\"type\": \"entier\"");
    QTest::newRow("unknown source")
        << QByteArray(good).replace("\"source\": \"reuse_cents\"", "\"source\": \"euros\"");
    QTest::newRow("same separator and mark")
        << QByteArray(good).replace("\"separator\": \";\"", "\"separator\": \",\"");
    QTest::newRow("unknown encoding")
        << QByteArray(good).replace("\"encoding\": \"UTF-8\"", "\"encoding\": \"EBCDIC\"");
    QTest::newRow("rule on unknown column") << QByteArray(good).replace(
        "\"terms\": [\"dont_liv_kg\"", "\"terms\": [\"dont_livraison\"");
    QTest::newRow("unknown rule") << QByteArray(good).replace(
        "\"rule\": \"non_negative\"", "\"rule\": \"positive\"");
}

void TestEcologic::corruptedSchemaIsRefused()
{
    QFETCH(QByteArray, json);
    auto schema = EcologicSchema::parse(json);
    QVERIFY(!schema.ok());
    QVERIFY(!schema.error().message.isEmpty());

    // Loaded from a file, the message names the file.
    const QString path = m_shop->dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    auto loaded = EcologicSchema::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
}

void TestEcologic::handmadeFlows()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    // A small appliance sold without weighing counts its category's average weight.
    CategoryCatalog catalog(store);
    auto smallAppliance = catalog.find(QStringLiteral("eee.petit-menager"));
    QVERIFY(smallAppliance.ok());
    smallAppliance->weightRequired = false;
    smallAppliance->averageWeightGrams = 2500;
    QVERIFY(catalog.save(shop->admin, *smallAppliance).ok());

    // Local deposits (10 March 2026).
    Deposits deposits(store);
    DepositDraft d1;
    d1.lines = {
        DepositLineDraft{QStringLiteral("eee.gros-froid"), 1, 45000, Destination::Shop,
            Origin::VoluntaryDropOff},
        DepositLineDraft{QStringLiteral("eee.gros-froid"), 1, 50500, Destination::Recycling,
            Origin::PartnerWasteCentre},
        DepositLineDraft{
            QStringLiteral("eee.lampe"), 3, 3001, Destination::WasteCentre, Origin::HomeCollection},
        DepositLineDraft{QStringLiteral("textile.vetements"), 10, 4000, Destination::Shop,
            Origin::VoluntaryDropOff},
    };
    QVERIFY(deposits.record(shop->reception, d1).ok());

    // Local sales: one weighed fridge, three unweighed toasters of which one is refunded.
    QVERIFY(CashSessions(store).open(shop->cashier, 0).ok());
    Sales sales(store);
    SaleDraft s1;
    s1.lines = {SaleLineDraft{QStringLiteral("eee.gros-froid"), 1, 6000, 44000},
        SaleLineDraft{QStringLiteral("eee.petit-menager"), 3, 500, std::nullopt},
        SaleLineDraft{QStringLiteral("textile.vetements"), 2, 200, std::nullopt}};
    s1.payments = {PaymentDraft{PaymentMethod::Cash, 7900}};
    auto sale = sales.record(shop->cashier, s1);
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));
    auto refund = sales.refund(shop->admin,
        RefundDraft{sale->stamp.number, {RefundLineDraft{2, 1}}, PaymentMethod::Cash,
            QStringLiteral("En panne")});
    QVERIFY2(refund.ok(), qPrintable(refund.error().message));

    // Another station's pulled data: a screen sold and half of a pair of lamps refunded by the
    // other station for a local sale; a deposit at the other station outside the period.
    PulledStation other(store, QStringLiteral("station-2"));
    const qint64 otherSale = other.sale(QDate(2026, 2, 2),
        {{QStringLiteral("EEE-2"), 1, 9500, 1500}, {QStringLiteral("EEE-3"), 2, 2000, 600}});
    other.refund(QDate(2026, 2, 3), other.id(), otherSale, {{2, 1, 300}});
    other.deposit(QDate(2026, 2, 2),
        {{QStringLiteral("EEE-2"), 2, 18000, QStringLiteral("shop"),
             QStringLiteral("professional")},
            {QStringLiteral("EEE-6"), 1, 2500, QStringLiteral("recycling"),
                QStringLiteral("partner-waste-centre")}});
    other.deposit(QDate(2026, 4, 1), {{QStringLiteral("EEE-2"), 1, 7000}});
    other.refund(QDate(2026, 3, 10), store.station().id, sale->stamp.seq, {{1, 1, 6000}});

    EcologicExport exporter(store);
    auto declaration = exporter.prepare(shop->admin, *EcologicPeriod::quarter(2026, 1));
    QVERIFY2(declaration.ok(), qPrintable(declaration.error().message));
    QCOMPARE(declaration->rows.size(), 8);
    const auto row = [&declaration](int i) { return declaration->rows.at(i - 1); };

    QCOMPARE(row(1).depositCount, qint64(2));
    QCOMPARE(row(1).depositGrams, qint64(95500));
    QCOMPARE(row(1).depositPartnerGrams, qint64(50500));
    QCOMPARE(row(1).depositBroughtGrams, qint64(45000));
    QCOMPARE(row(1).recyclingGrams, qint64(50500));
    QCOMPARE(row(1).reuseCount, qint64(0)); // sold, then fully refunded by the other station
    QCOMPARE(row(1).reuseGrams, qint64(0));
    QCOMPARE(row(1).reuseCents, qint64(0));

    QCOMPARE(row(2).depositCount, qint64(2));
    QCOMPARE(row(2).depositGrams, qint64(18000));
    QCOMPARE(row(2).depositBroughtGrams, qint64(18000));
    QCOMPARE(row(2).reuseCount, qint64(1));
    QCOMPARE(row(2).reuseGrams, qint64(9500));
    QCOMPARE(row(2).reuseCents, qint64(1500));

    QCOMPARE(row(3).depositCount, qint64(3));
    QCOMPARE(row(3).depositGrams, qint64(3001));
    QCOMPARE(row(3).wasteCentreGrams, qint64(3001));
    QCOMPARE(row(3).reuseCount, qint64(1)); // 2 sold, 1 refunded: half the keyed weight
    QCOMPARE(row(3).reuseGrams, qint64(1000));
    QCOMPARE(row(3).reuseCents, qint64(300));

    QCOMPARE(row(5).reuseCount, qint64(2)); // 3 sold, 1 refunded, average weight 2,5 kg
    QCOMPARE(row(5).reuseGrams, qint64(5000));
    QCOMPARE(row(5).reuseEstimatedGrams, qint64(5000));
    QCOMPARE(row(5).reuseCents, qint64(1000));

    QCOMPARE(row(6).depositGrams, qint64(2500));
    QCOMPARE(row(6).depositPartnerGrams, qint64(2500));
    QCOMPARE(row(6).recyclingGrams, qint64(2500));
    for (int i : {4, 7, 8}) {
        QCOMPARE(row(i).depositCount, qint64(0));
        QCOMPARE(row(i).reuseCount, qint64(0));
    }

    // The rendered lines.
    auto bytes = exporter.render(*declaration);
    QVERIFY(bytes.ok());
    QVERIFY(bytes->startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> lines = dataLines(*bytes);
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.at(0).mid(0, 15).join(QLatin1Char(';')),
        QStringLiteral("2026-01-01;2026-03-31;Ressourcerie des Tests;EEE-1;"
                       "Équipements d'échange thermique;2;95,500;45,000;50,500;0;0,000;0,000;"
                       "0,00;50,500;0,000"));
    QCOMPARE(lines.at(4).mid(9, 4).join(QLatin1Char(';')), QStringLiteral("2;5,000;5,000;10,00"));
    QCOMPARE(lines.at(0).at(15), QStringLiteral("2026-03-10T08:00:00Z"));
    const EcologicCheck checked = exporter.check(*declaration);
    QVERIFY2(checked.ok(), qPrintable(checked.errors.join(QLatin1Char('\n'))));
    // EEE-5: toasters sold but none received in the period: a warning (weight and count), not
    // an error.
    QCOMPARE(checked.warnings.size(), 2);
    QVERIFY(checked.warnings.first().startsWith(QStringLiteral("EEE-5")));
}

void TestEcologic::unweighedWithoutAverageIsAWarning()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    CategoryCatalog catalog(*shop->store);
    auto toaster = catalog.find(QStringLiteral("eee.petit-menager"));
    QVERIFY(toaster.ok());
    toaster->weightRequired = false;
    toaster->averageWeightGrams = std::nullopt;
    QVERIFY(catalog.save(shop->admin, *toaster).ok());
    QVERIFY(CashSessions(*shop->store).open(shop->cashier, 0).ok());
    SaleDraft sale;
    sale.lines = {SaleLineDraft{toaster->id, 2, 500, std::nullopt}};
    sale.payments = {PaymentDraft{PaymentMethod::Cash, 1000}};
    QVERIFY(Sales(*shop->store).record(shop->cashier, sale).ok());

    EcologicExport exporter(*shop->store);
    auto declaration = exporter.aggregate(*EcologicPeriod::quarter(2026, 1));
    QVERIFY(declaration.ok());
    QCOMPARE(declaration->rows.at(4).reuseCount, qint64(2));
    QCOMPARE(declaration->rows.at(4).reuseGrams, qint64(0));
    QCOMPARE(declaration->warnings.size(), 1);
    QVERIFY(declaration->warnings.first().startsWith(QStringLiteral("EEE-5: 2 item(s)")));
    // Shown with the check's warnings, and kept in the run log.
    QVERIFY(exporter.check(*declaration).warnings.contains(declaration->warnings.first()));
    auto run = exporter.run(shop->admin, *EcologicPeriod::quarter(2026, 1));
    QVERIFY(run.ok());
    QVERIFY(exporter.history().first().warnings.contains(declaration->warnings.first()));
}

namespace {

// The Ecologic rules, written again here from the declaration's definition (DESIGN.md, the
// ecologic-v1 format) with plain integers, so that the expected file owes nothing to the export's
// SQL or formatting code.
struct Expected
{
    qint64 depositCount = 0, depositGrams = 0, partnerGrams = 0, recyclingGrams = 0, wasteGrams = 0,
           reuseCount = 0, reuseGrams = 0, estimatedGrams = 0, reuseCents = 0;
};

// "1182150" grams -> "1182,150"; "18000" cents -> "180,00".
QString decimal(qint64 units, int scale)
{
    qint64 unit = 1;
    for (int i = 0; i < scale; ++i)
        unit *= 10;
    return QString::number(units / unit) + QLatin1Char(',')
        + QString::number(units % unit).rightJustified(scale, QLatin1Char('0'));
}

// w * kept / q rounded to the nearest gram, halves up, by long division.
qint64 prorated(qint64 w, qint64 kept, qint64 q)
{
    const qint64 whole = (w * kept) / q;
    const qint64 rest = (w * kept) % q;
    return rest * 2 >= q ? whole + 1 : whole;
}

} // namespace

void TestEcologic::goldenQuarterComputedIndependently()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    shop->clock.set(QDateTime(QDate(2026, 4, 1), QTime(4, 0), QTimeZone::utc()));

    // The average weights are inputs of the declaration: set here, known to the expectation.
    QHash<QString, qint64> average;
    for (int i = 0; i < 8; ++i) {
        average.insert(eeeCodes.at(i), 1000 * (i + 1) + 250 * i);
        QSqlQuery q(store.db().connection());
        QVERIFY(
            q.prepare(QStringLiteral("UPDATE category SET average_weight_grams = ? WHERE id = ?")));
        q.addBindValue(average.value(eeeCodes.at(i)));
        q.addBindValue(categoryOf(eeeCodes.at(i)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    // A fixed seed and the raw Mersenne Twister (fully specified by the standard, unlike the
    // library's distributions), so that every platform makes the same data.
    std::mt19937 rng(20260401);
    const auto pick = [&rng](quint32 n) { return qint64(rng() % n); };
    const QDate first(2026, 1, 1), last(2026, 3, 31);
    const auto inPeriod = [&](const QDate &d) { return d >= first && d <= last; };
    const QStringList destinations = {
        QStringLiteral("shop"), QStringLiteral("recycling"), QStringLiteral("waste-centre")};
    const QStringList origins = {QStringLiteral("voluntary"), QStringLiteral("home-collection"),
        QStringLiteral("partner-waste-centre"), QStringLiteral("professional")};

    QHash<QString, Expected> expected;
    std::vector<PulledStation> stations = {
        PulledStation(store, QStringLiteral("s2")), PulledStation(store, QStringLiteral("s3"))};
    struct Sold
    {
        int station;
        qint64 seq;
        int lineNo;
        QString code;
        qint64 quantity;
        std::optional<qint64> grams;
        qint64 cents;
        bool counted; // sold inside the period
        qint64 refunded = 0;
        qint64 refundedCents = 0;
    };
    QList<Sold> sold;
    for (int i = 0; i < 250; ++i) {
        PulledStation &station = stations[std::size_t(pick(2))];
        const QDate day = first.addDays(int(pick(110)) - 10); // around the period's edges
        QList<PulledStation::DepositLine> deposit;
        for (qint64 n = 1 + pick(3); n > 0; --n) {
            const qint64 k = pick(10);
            const PulledStation::DepositLine line{k < 8 ? eeeCodes.at(int(k)) : QString(),
                1 + pick(5), 1 + pick(90000), destinations.at(int(pick(3))),
                origins.at(int(pick(4)))};
            deposit << line;
            if (line.code.isEmpty() || !inPeriod(day))
                continue;
            Expected &e = expected[line.code];
            e.depositCount += line.quantity;
            e.depositGrams += line.grams;
            if (line.origin == QLatin1String("partner-waste-centre"))
                e.partnerGrams += line.grams;
            if (line.destination == QLatin1String("recycling"))
                e.recyclingGrams += line.grams;
            if (line.destination == QLatin1String("waste-centre"))
                e.wasteGrams += line.grams;
        }
        station.deposit(day, deposit);

        QList<PulledStation::SaleLine> lines;
        for (qint64 n = 1 + pick(3); n > 0; --n) {
            const qint64 k = pick(10);
            lines << PulledStation::SaleLine{k < 8 ? eeeCodes.at(int(k)) : QString(), 1 + pick(4),
                pick(3) == 0 ? std::nullopt : std::optional<qint64>(1 + pick(40000)), pick(9000)};
        }
        const qint64 seq = station.sale(day, lines);
        for (int n = 0; n < lines.size(); ++n)
            sold << Sold{int(&station - stations.data()), seq, n + 1, lines.at(n).code,
                lines.at(n).quantity, lines.at(n).grams, lines.at(n).cents, inPeriod(day)};
    }
    // Refunds, by either station, on any day (even after the period: a sold line counts net of
    // every refund of it), at most what is left on the line.
    for (Sold &line : sold) {
        if (pick(3) != 0 || line.refunded == line.quantity)
            continue;
        const qint64 back = 1 + pick(quint32(line.quantity - line.refunded));
        const qint64 cents = std::min(line.cents - line.refundedCents, pick(600));
        const QDate day = first.addDays(int(pick(120)));
        stations[std::size_t(pick(2))].refund(day, stations.at(std::size_t(line.station)).id(),
            line.seq, {{line.lineNo, back, cents}});
        line.refunded += back;
        line.refundedCents += cents;
    }
    for (const Sold &line : std::as_const(sold)) {
        if (!line.counted || line.code.isEmpty())
            continue;
        Expected &e = expected[line.code];
        const qint64 kept = line.quantity - line.refunded;
        e.reuseCount += kept;
        if (line.grams) {
            e.reuseGrams += prorated(*line.grams, kept, line.quantity);
        } else {
            e.reuseGrams += average.value(line.code) * kept;
            e.estimatedGrams += average.value(line.code) * kept;
        }
        e.reuseCents += line.cents - line.refundedCents;
    }

    // The file, written from the format's definition.
    const QStringList labels = {QStringLiteral("Équipements d'échange thermique"),
        QStringLiteral("Écrans et moniteurs"), QStringLiteral("Lampes"),
        QStringLiteral("Gros équipements"), QStringLiteral("Petits équipements"),
        QStringLiteral("Petits équipements informatiques et de télécommunications"),
        QStringLiteral("Panneaux photovoltaïques"), QStringLiteral("Équipements en mélange")};
    QString text = QStringLiteral(
        "periode_debut;periode_fin;site;code_eee;libelle;entrees_nombre;entrees_poids_kg;"
        "dont_liv_kg;dont_pre_kg;reemploi_nombre;reemploi_poids_kg;dont_poids_estime_kg;"
        "reemploi_montant_eur;recyclage_poids_kg;dechetterie_poids_kg;genere_le\r\n");
    for (int i = 0; i < 8; ++i) {
        const Expected e = expected.value(eeeCodes.at(i));
        text += QStringList{QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31"),
                    QStringLiteral("Ressourcerie des Tests"), eeeCodes.at(i), labels.at(i),
                    QString::number(e.depositCount), decimal(e.depositGrams, 3),
                    decimal(e.depositGrams - e.partnerGrams, 3), decimal(e.partnerGrams, 3),
                    QString::number(e.reuseCount), decimal(e.reuseGrams, 3),
                    decimal(e.estimatedGrams, 3), decimal(e.reuseCents, 2),
                    decimal(e.recyclingGrams, 3), decimal(e.wasteGrams, 3),
                    QStringLiteral("2026-04-01T04:00:00Z")}
                    .join(QLatin1Char(';'))
            + QStringLiteral("\r\n");
    }
    const QByteArray model = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();

    // The committed file is this model's output (RECAISSE_UPDATE_GOLDEN rewrites it from the
    // model, never from the export), so a change of the model shows in review.
    const QString golden =
        QDir(dataDir()).filePath(QStringLiteral("ecologic_independent_2026-Q1.csv"));
    if (qEnvironmentVariableIsSet("RECAISSE_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(model);
    }
    QFile file(golden);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden));
    QCOMPARE(QString::fromUtf8(model), QString::fromUtf8(file.readAll()));

    EcologicExport exporter(store);
    auto declaration = exporter.aggregate(*EcologicPeriod::quarter(2026, 1));
    QVERIFY2(declaration.ok(), qPrintable(declaration.error().message));
    auto bytes = exporter.render(*declaration);
    QVERIFY(bytes.ok());
    QCOMPARE(QString::fromUtf8(*bytes), QString::fromUtf8(model));
    // The data exercises every rule: estimated weights, partner collections, recycling, waste.
    const Expected all = [&] {
        Expected sum;
        for (const Expected &e : std::as_const(expected)) {
            sum.partnerGrams += e.partnerGrams;
            sum.estimatedGrams += e.estimatedGrams;
            sum.recyclingGrams += e.recyclingGrams;
            sum.wasteGrams += e.wasteGrams;
            sum.reuseGrams += e.reuseGrams;
        }
        return sum;
    }();
    QVERIFY(all.partnerGrams > 0 && all.estimatedGrams > 0 && all.recyclingGrams > 0
        && all.wasteGrams > 0 && all.reuseGrams > 0);
    QVERIFY(exporter.schema()->check(model).ok());
}

void TestEcologic::randomDataAddsUp()
{
    auto shop = TestShop::create(StationKind::Register, TestShop::DemoShop);
    QVERIFY(shop);
    Store &store = *shop->store;
    QVERIFY(DemoShop(store, shop->clock).generate(20, 3).ok());

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    const QDate first(2026, 1, 1);
    const QDate last(2026, 3, 31);
    const QStringList destinations = {
        QStringLiteral("shop"), QStringLiteral("recycling"), QStringLiteral("waste-centre")};
    const QStringList origins = {QStringLiteral("voluntary"), QStringLiteral("home-collection"),
        QStringLiteral("partner-waste-centre"), QStringLiteral("professional")};
    const auto anyCode = [&rng]() {
        const int i = int(rng.bounded(10));
        return i < 8 ? eeeCodes.at(i) : QString();
    };
    // Days around the period, so that the edges are exercised.
    const auto anyDay = [&rng, &first]() { return first.addDays(int(rng.bounded(110)) - 10); };
    std::vector<PulledStation> stations = {
        PulledStation(store, QStringLiteral("s2")), PulledStation(store, QStringLiteral("s3"))};
    QList<std::tuple<int, qint64, int, qint64>> sold; // station, seq, line, quantity
    for (int i = 0; i < 300; ++i) {
        PulledStation &station = stations[int(rng.bounded(2))];
        QList<PulledStation::DepositLine> dl;
        for (int n = 1 + int(rng.bounded(4)); n > 0; --n)
            dl << PulledStation::DepositLine{anyCode(), 1 + rng.bounded(5), 1 + rng.bounded(80000),
                destinations.at(int(rng.bounded(3))), origins.at(int(rng.bounded(4)))};
        station.deposit(anyDay(), dl);
        QList<PulledStation::SaleLine> sl;
        for (int n = 1 + int(rng.bounded(3)); n > 0; --n) {
            const qint64 quantity = 1 + rng.bounded(4);
            sl << PulledStation::SaleLine{anyCode(), quantity,
                rng.bounded(3) == 0 ? std::nullopt : std::optional<qint64>(1 + rng.bounded(30000)),
                rng.bounded(20000)};
        }
        const qint64 seq = station.sale(anyDay(), sl);
        for (int n = 0; n < sl.size(); ++n)
            sold.append({int(&station - stations.data()), seq, n + 1, sl.at(n).quantity});
    }
    // Refunds by any station (a refund never exceeds what was sold on the line).
    for (const auto &[stationIndex, seq, lineNo, quantity] : std::as_const(sold)) {
        if (rng.bounded(4) != 0)
            continue;
        const qint64 back = 1 + rng.bounded(quantity);
        stations[int(rng.bounded(2))].refund(
            anyDay(), stations.at(stationIndex).id(), seq, {{lineNo, back, rng.bounded(500)}});
    }

    EcologicExport exporter(store);
    const EcologicPeriod period = *EcologicPeriod::range(first, last);
    auto declaration = exporter.aggregate(period);
    QVERIFY2(declaration.ok(), qPrintable(declaration.error().message));
    auto bytes = exporter.render(*declaration);
    QVERIFY(bytes.ok());
    const QList<QStringList> lines = dataLines(*bytes);
    QCOMPARE(lines.size(), 8);

    // The same figures computed another way: line by line, refunds summed per sale line.
    QSqlQuery q(store.db().connection());
    for (int i = 0; i < 8; ++i) {
        const QString code = eeeCodes.at(i);
        const QStringList &line = lines.at(i);
        QCOMPARE(line.at(3), code);
        QVERIFY(q.prepare(QStringLiteral(
            "SELECT dl.quantity, dl.weight_grams, dl.origin, dl.destination FROM deposit_line dl "
            "WHERE dl.eee_code = ? AND (SELECT business_day FROM document d WHERE "
            "d.station_id = dl.station_id AND d.seq = dl.seq) BETWEEN ? AND ?")));
        q.addBindValue(code);
        q.addBindValue(first.toString(Qt::ISODate));
        q.addBindValue(last.toString(Qt::ISODate));
        QVERIFY(q.exec());
        qint64 count = 0, grams = 0, partner = 0, recycling = 0, wasteCentre = 0;
        while (q.next()) {
            count += q.value(0).toLongLong();
            const qint64 w = q.value(1).toLongLong();
            grams += w;
            if (q.value(2).toString() == QLatin1String("partner-waste-centre"))
                partner += w;
            if (q.value(3).toString() == QLatin1String("recycling"))
                recycling += w;
            if (q.value(3).toString() == QLatin1String("waste-centre"))
                wasteCentre += w;
        }
        QCOMPARE(line.at(5).toLongLong(), count);
        QCOMPARE(units(line.at(6)), grams);
        QCOMPARE(units(line.at(7)), grams - partner);
        QCOMPARE(units(line.at(8)), partner);
        QCOMPARE(units(line.at(13)), recycling);
        QCOMPARE(units(line.at(14)), wasteCentre);

        QVERIFY(q.prepare(QStringLiteral(
            "SELECT sl.quantity, sl.weight_grams, sl.total_cents, "
            "(SELECT average_weight_grams FROM category WHERE id = sl.category_id), "
            "(SELECT coalesce(sum(rl.quantity), 0) FROM refund_line rl JOIN refund r ON "
            "r.station_id = rl.station_id AND r.seq = rl.seq WHERE r.sale_station_id = "
            "sl.station_id AND r.sale_seq = sl.seq AND rl.sale_line_no = sl.line_no), "
            "(SELECT coalesce(sum(rl.amount_cents), 0) FROM refund_line rl JOIN refund r ON "
            "r.station_id = rl.station_id AND r.seq = rl.seq WHERE r.sale_station_id = "
            "sl.station_id AND r.sale_seq = sl.seq AND rl.sale_line_no = sl.line_no) "
            "FROM sale_line sl WHERE sl.eee_code = ? AND (SELECT business_day FROM document d "
            "WHERE d.station_id = sl.station_id AND d.seq = sl.seq) BETWEEN ? AND ?")));
        q.addBindValue(code);
        q.addBindValue(first.toString(Qt::ISODate));
        q.addBindValue(last.toString(Qt::ISODate));
        QVERIFY(q.exec());
        qint64 reuseCount = 0, reuseGrams = 0, estimated = 0, cents = 0;
        while (q.next()) {
            const qint64 quantity = q.value(0).toLongLong();
            const qint64 net = quantity - q.value(4).toLongLong();
            QVERIFY(net >= 0);
            reuseCount += net;
            cents += q.value(2).toLongLong() - q.value(5).toLongLong();
            if (q.value(1).isNull()) {
                estimated += q.value(3).toLongLong() * net;
            } else {
                // Prorated, rounded half up.
                const qint64 w = q.value(1).toLongLong();
                reuseGrams += (w * net * 2 + quantity) / (2 * quantity);
            }
        }
        reuseGrams += estimated;
        QCOMPARE(line.at(9).toLongLong(), reuseCount);
        QCOMPARE(units(line.at(10)), reuseGrams);
        QCOMPARE(units(line.at(11)), estimated);
        QCOMPARE(units(line.at(12)), cents);
    }
    const EcologicCheck checked = exporter.schema()->check(*bytes);
    QVERIFY2(checked.ok(), qPrintable(checked.errors.join(QLatin1Char('\n'))));
}

void TestEcologic::emptyPeriodIsAValidFileOfZeros()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    EcologicExport exporter(*shop->store);
    auto run = exporter.run(shop->admin, *EcologicPeriod::quarter(2031, 2));
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    QFile file(run->filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(exporter.schema()->check(bytes).ok());
    const QList<QStringList> lines = dataLines(bytes);
    QCOMPARE(lines.size(), 8);
    for (const QStringList &line : lines)
        QCOMPARE(line.mid(5, 10).join(QLatin1Char(';')),
            QStringLiteral("0;0,000;0,000;0,000;0;0,000;0,000;0,00;0,000;0,000"));
    QCOMPARE(QFileInfo(run->filePath).fileName(),
        QStringLiteral("ecologic_ressourcerie-des-tests_2031-04-01_2031-06-30_v1.csv"));
}

void TestEcologic::reExportIsANewVersion()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    EcologicExport exporter(*shop->store);
    QStringList published;
    exporter.setPublisher([&published](const QString &local, const QString &remote) {
        QVERIFY(QFile::exists(local));
        published << remote;
    });
    const QString folder = shop->dir.filePath(QStringLiteral("archive"));
    const EcologicPeriod q1 = *EcologicPeriod::quarter(2026, 1);
    const int audited = recaisse::test::auditCount(*shop->store, QStringLiteral("export.ecologic"));
    QStringList files;
    for (int i = 1; i <= 3; ++i) {
        auto run = exporter.run(shop->admin, q1, folder);
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        QCOMPARE(run->version, i);
        files << run->filePath;
    }
    for (const QString &f : std::as_const(files))
        QVERIFY(QFile::exists(f));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 3);
    QVERIFY(files.at(2).endsWith(QStringLiteral("_2026-01-01_2026-03-31_v3.csv")));
    QCOMPARE(published.size(), 3);
    QCOMPARE(published.at(0),
        QStringLiteral("exports/ecologic_ressourcerie-des-tests_2026-01-01_2026-03-31_v1.csv"));
    QCOMPARE(
        recaisse::test::auditCount(*shop->store, QStringLiteral("export.ecologic")), audited + 3);
    // Each export is also a technical event of the chain, naming its file.
    const auto events = TechnicalEvents(*shop->store).recent(10).value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.first().kind, TechnicalEventKind::Export);
    QCOMPARE(events.first().details.value(QStringLiteral("file")).toString(),
        QFileInfo(files.at(2)).fileName());
    const auto history = exporter.history();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.first().status, QStringLiteral("ok"));
    QCOMPARE(history.first().file, files.at(2));
    QCOMPARE(history.first().from, q1.from);

    // The default archive is next to the database.
    auto defaultRun = exporter.run(shop->admin, q1);
    QVERIFY(defaultRun.ok());
    QCOMPARE(QFileInfo(defaultRun->filePath).absolutePath(),
        QFileInfo(shop->dir.filePath(QStringLiteral("exports"))).absoluteFilePath());
}

void TestEcologic::unwritableFolderWritesNothing()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    EcologicExport exporter(*shop->store);
    bool published = false;
    exporter.setPublisher([&published](const QString &, const QString &) { published = true; });
    const QString folder = shop->dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    // root ignores permission bits: then only the second case below applies.
    if (!QFileInfo(folder).isWritable()) {
        auto run = exporter.run(shop->admin, *EcologicPeriod::quarter(2026, 1), folder);
        QVERIFY(!run.ok());
        QVERIFY2(run.error().message.contains(folder), qPrintable(run.error().message));
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QCOMPARE(exporter.history().first().status, QStringLiteral("failed"));
    }
    QFile::setPermissions(
        folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // A folder that cannot be created (its parent is a file).
    const QString file = shop->dir.filePath(QStringLiteral("plain"));
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    auto second = exporter.run(
        shop->admin, *EcologicPeriod::quarter(2026, 1), file + QStringLiteral("/exports"));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::StorageFailure);
    QVERIFY2(second.error().message.contains(file), qPrintable(second.error().message));
    QVERIFY(!published);
    QCOMPARE(exporter.history().first().status, QStringLiteral("failed"));
    QCOMPARE(recaisse::test::auditCount(*shop->store, QStringLiteral("export.ecologic")), 0);
    QVERIFY(
        recaisse::test::auditCount(*shop->store, QStringLiteral("export.ecologic-failed")) >= 1);
}

void TestEcologic::failedCheckWritesNothing()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    // A schema with a stricter rule: more reused than received becomes an error.
    auto schema = recaisse::test::strictEcologicSchema();
    QVERIFY2(schema.ok(), qPrintable(schema.error().message));

    QVERIFY(CashSessions(*shop->store).open(shop->cashier, 0).ok());
    SaleDraft sale;
    sale.lines = {SaleLineDraft{QStringLiteral("eee.ecran"), 1, 1500, 9000},
        SaleLineDraft{QStringLiteral("eee.lampe"), 1, 500, 1200}};
    sale.payments = {PaymentDraft{PaymentMethod::Cash, 2000}};
    QVERIFY(Sales(*shop->store).record(shop->cashier, sale).ok());

    const QString folder = shop->dir.filePath(QStringLiteral("strict"));
    EcologicExport strict(*shop->store, *schema);
    auto run = strict.run(shop->admin, *EcologicPeriod::quarter(2026, 1), folder);
    QVERIFY(!run.ok());
    QVERIFY(run.error().message.contains(QStringLiteral("EEE-2")));
    QVERIFY(run.error().message.contains(QStringLiteral("EEE-3")));
    QVERIFY(!QDir(folder).exists() || QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // With the shipped schema the same data is a warning, kept in the run log.
    EcologicExport normal(*shop->store);
    auto ok = normal.run(shop->admin, *EcologicPeriod::quarter(2026, 1), folder);
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    QCOMPARE(ok->warnings.size(), 4); // weight and count, for EEE-2 and EEE-3
    QCOMPARE(normal.history().first().warnings, ok->warnings);
}

void TestEcologic::checkFindsViolations_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("header") << QByteArray("periode_debut;") << QByteArray("debut;")
                            << QStringLiteral("header");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF") << QByteArray()
                         << QStringLiteral("byte order mark");
    QTest::newRow("negative") << QByteArray(";EEE-4;Gros équipements;0;0,000;0,000;0,000;0;")
                              << QByteArray(";EEE-4;Gros équipements;-1;0,000;0,000;0,000;0;")
                              << QStringLiteral("negative");
    QTest::newRow("sum") << QByteArray(";EEE-4;Gros équipements;0;0,000;0,000;0,000;0;")
                         << QByteArray(";EEE-4;Gros équipements;0;0,000;1,000;0,000;0;")
                         << QStringLiteral("add up");
    QTest::newRow("type") << QByteArray(";EEE-4;Gros équipements;0;0,000;")
                          << QByteArray(";EEE-4;Gros équipements;0;0.000;")
                          << QStringLiteral("decimal mark");
    QTest::newRow("code") << QByteArray(";EEE-4;") << QByteArray(";EEE-9;")
                          << QStringLiteral("allowed code");
    QTest::newRow("missing field")
        << QByteArray(";EEE-4;Gros équipements;0;") << QByteArray(";EEE-4;Gros équipements;")
        << QStringLiteral("fields");
    QTest::newRow("date") << QByteArray("2026-03-31;Ressourcerie des Tests;EEE-4")
                          << QByteArray("2026-02-31;Ressourcerie des Tests;EEE-4")
                          << QStringLiteral("date");
}

void TestEcologic::checkFindsViolations()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    EcologicExport exporter(*m_shop->store);
    auto declaration = exporter.aggregate(*EcologicPeriod::quarter(2026, 1));
    QVERIFY(declaration.ok());
    QByteArray bytes = *exporter.render(*declaration);
    QVERIFY(exporter.schema()->check(bytes).ok());
    QVERIFY(bytes.contains(from));
    bytes.replace(bytes.indexOf(from), from.size(), to);
    const EcologicCheck checked = exporter.schema()->check(bytes);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.errors.join(QLatin1Char('\n')).contains(expected),
        qPrintable(checked.errors.join(QLatin1Char('\n'))));

    // Two overlapping periods in one file.
    auto other = exporter.aggregate(*EcologicPeriod::month(2026, 3));
    QVERIFY(other.ok());
    const QByteArray first = *exporter.render(*declaration);
    QByteArray second = *exporter.render(*other);
    second = second.mid(second.indexOf('\n') + 1);
    const EcologicCheck overlap = exporter.schema()->check(first + second);
    QVERIFY(overlap.errors.join(QLatin1Char('\n')).contains(QStringLiteral("overlap")));
}

void TestEcologic::permissions()
{
    TestShop *shop = m_shop.get();
    EcologicExport exporter(*shop->store);
    const EcologicPeriod q1 = *EcologicPeriod::quarter(2026, 1);
    QCOMPARE(exporter.prepare(shop->cashier, q1).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(exporter.run(shop->cashier, q1).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(exporter.run(shop->supervisor, q1).error().code, ErrorCode::PermissionDenied);
    QVERIFY(exporter.prepare(shop->supervisor, q1).ok());
    QVERIFY(!QDir(exporter.defaultFolder()).exists());
}

QTEST_GUILESS_MAIN(TestEcologic)
#include "tst_ecologic.moc"
