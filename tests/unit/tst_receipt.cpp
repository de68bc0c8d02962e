#include "core/admin/sites.h"
#include "core/cashsession.h"
#include "core/demoshop.h"
#include "core/deposits.h"
#include "core/escpos.h"
#include "core/money.h"
#include "core/receipt.h"
#include "core/sales.h"
#include "core/towns.h"
#include "tests/support/testshop.h"

#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace recaisse::core;
using recaisse::test::TestShop;

namespace {

// A few of Receipt's strings in French, so that the widths are checked with the longer texts.
class FrenchReceipt : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
        int = -1) const override
    {
        if (qstrcmp(context, "Receipt") != 0)
            return {};
        static const QHash<QString, QString> french{
            {QStringLiteral("DUPLICATE"), QStringLiteral("DUPLICATA")},
            {QStringLiteral("Fingerprint: %1"), QStringLiteral("Empreinte\u00A0: %1")},
            {QStringLiteral("Change"), QStringLiteral("Rendu")},
            {QStringLiteral("Thank you for your visit!"),
                QStringLiteral("Merci de votre visite\u00A0!")},
            {QStringLiteral("Thank you for your donation!"),
                QStringLiteral("Merci pour votre don\u00A0!")},
            {QStringLiteral("Total weight"), QStringLiteral("Poids total")},
            {QStringLiteral("%1 each"), QStringLiteral("%1 l'unité")},
        };
        return french.value(QString::fromLatin1(sourceText));
    }
};

bool containsText(const QStringList &lines, const QString &text)
{
    return std::any_of(
        lines.cbegin(), lines.cend(), [&](const QString &line) { return line.contains(text); });
}

void verifyWidth(const QStringList &lines, int width)
{
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.size() <= width,
            qPrintable(QStringLiteral("%1 > %2: \"%3\"").arg(line.size()).arg(width).arg(line)));
}

} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void saleReceipt();
    void longNamesAreCut();
    void zReport();
    void depositReceipt();
    void brandingOnEveryReceipt();
    void demoShopReceiptsSaySo();
    void escposBytes();
    void escposUnknownCharacters();

private:
    std::unique_ptr<TestShop> m_shop;
    FrenchReceipt m_french;
    std::optional<Sale> m_sale;
};

void TestReceipt::initTestCase()
{
    QCoreApplication::installTranslator(&m_french);
    m_shop = TestShop::create();
    QVERIFY(m_shop);
    auto session = CashSessions(*m_shop->store).open(m_shop->cashier, 5000);
    QVERIFY2(session.ok(), qPrintable(session.error().message));
}

void TestReceipt::cleanupTestCase()
{
    m_shop.reset();
    QCoreApplication::removeTranslator(&m_french);
}

void TestReceipt::saleReceipt()
{
    Store &store = *m_shop->store;
    SaleDraft draft;
    draft.lines = {SaleLineDraft{QStringLiteral("textile.vetements"), 3, 250, std::nullopt},
        SaleLineDraft{QStringLiteral("eee.lampe"), 1, 800, 1200},
        SaleLineDraft{QStringLiteral("mobilier.table"), 2, 1200, std::nullopt}};
    draft.payments = {{PaymentMethod::Cash, 5000}};
    auto sale = Sales(store).record(m_shop->cashier, draft);
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));
    QCOMPARE(sale->totalCents, qint64(3950));
    QCOMPARE(sale->changeCents, qint64(1050));
    m_sale = *sale;

    const QStringList lines =
        Receipt::forSale(*sale, store.site(), store.station(), store.timeZone());
    verifyWidth(lines, 42);
    QVERIFY(containsText(lines, sale->stamp.number));
    QVERIFY(containsText(lines, store.site().name));
    QVERIFY(containsText(lines, store.station().code));
    // 08:00 UTC on 10 March is 09:00 in Paris.
    QVERIFY(containsText(lines, QStringLiteral("10/03/2026 09:00")));
    QVERIFY(containsText(lines, money::format(3950)));
    QVERIFY(money::format(3950).endsWith(QStringLiteral("€")));
    QVERIFY(containsText(lines, money::format(1050)));
    QVERIFY(containsText(lines, QStringLiteral("Rendu")));
    QVERIFY(containsText(lines, QStringLiteral("3 x Vêtements")));
    QVERIFY(containsText(lines, QStringLiteral("Empreinte\u00A0: ") + sale->stamp.hash.left(12)));
    QVERIFY(!containsText(lines, sale->stamp.hash.left(13)));
    QVERIFY(!containsText(lines, QStringLiteral("DUPLICATA")));
    // Amounts are right-aligned.
    for (const QString &line : lines) {
        if (line.endsWith(QStringLiteral("€")))
            QCOMPARE(line.size(), 42);
    }

    const QStringList narrow =
        Receipt::forSale(*sale, store.site(), store.station(), store.timeZone(), 32);
    verifyWidth(narrow, 32);
    QVERIFY(containsText(narrow, money::format(3950)));

    const QStringList duplicate =
        Receipt::forSale(*sale, store.site(), store.station(), store.timeZone(), 42, true);
    verifyWidth(duplicate, 42);
    QVERIFY(duplicate.first().contains(QStringLiteral("DUPLICATA")));
    QVERIFY(duplicate.last().contains(QStringLiteral("DUPLICATA")));

    qDebug().noquote() << QStringLiteral("\n") + lines.join(QLatin1Char('\n'));
    qDebug().noquote() << QStringLiteral("\n") + narrow.join(QLatin1Char('\n'));
}

void TestReceipt::longNamesAreCut()
{
    QVERIFY(m_sale);
    Sale sale = *m_sale;
    sale.lines[0].categoryName = QString(80, u'x');
    sale.lines[0].quantity = 999;
    sale.lines[0].totalCents = money::maxCents;
    SiteInfo site = m_shop->store->site();
    site.name = QString(100, u'R');
    site.address = QStringLiteral("12 rue des Réemplois\n75000 Paris");
    for (int width : {24, 32, 42, 48}) {
        const QStringList lines = Receipt::forSale(
            sale, site, m_shop->store->station(), m_shop->store->timeZone(), width, true);
        verifyWidth(lines, width);
        QVERIFY(containsText(lines, money::format(money::maxCents)));
    }
}

void TestReceipt::zReport()
{
    Store &store = *m_shop->store;
    QVERIFY(m_sale);
    // Float 50,00 € + 39,50 € cash: 89,50 €.
    const DenominationCount counted{{5000, 1}, {2000, 1}, {1000, 1}, {500, 1}, {200, 2}, {50, 1}};
    auto z = CashSessions(store).close(m_shop->cashier, CloseRequest{counted, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));
    QCOMPARE(z->varianceCents, qint64(0));

    for (int width : {32, 42}) {
        const QStringList lines =
            Receipt::forZReport(*z, store.site(), store.station(), store.timeZone(), width);
        verifyWidth(lines, width);
        QVERIFY(containsText(lines, z->stamp.number));
        QVERIFY(containsText(lines, money::format(8950)));
        QVERIFY(containsText(lines, money::format(3950)));
        QVERIFY(containsText(lines, QStringLiteral("Empreinte")));
        // The count, largest denomination first: 50 € x 1 … 2 € x 2.
        const auto countLine = [&lines](qint64 cents, int pieces) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString &l = lines.at(i);
                if (l.startsWith(QStringLiteral("  %1 x %2 ").arg(money::format(cents)).arg(pieces))
                    && l.endsWith(money::format(cents * pieces)))
                    return i;
            }
            return qsizetype(-1);
        };
        const qsizetype fifty = countLine(5000, 1);
        const qsizetype coins = countLine(200, 2);
        QVERIFY2(fifty > 0 && coins > fifty, qPrintable(lines.join(QLatin1Char('\n'))));
        if (width == 42)
            qDebug().noquote() << QStringLiteral("\n") + lines.join(QLatin1Char('\n'));
    }
}

void TestReceipt::depositReceipt()
{
    Store &store = *m_shop->store;
    DepositDraft draft;
    draft.lines = {DepositLineDraft{QStringLiteral("textile.vetements"), 12, 6250,
                       Destination::Shop, Origin::VoluntaryDropOff},
        DepositLineDraft{QStringLiteral("mobilier.chaise"), 2, 9000, Destination::Shop,
            Origin::VoluntaryDropOff}};
    draft.note = QStringLiteral("Mme Durand");
    auto deposit = Deposits(store).record(m_shop->reception, draft);
    QVERIFY2(deposit.ok(), qPrintable(deposit.error().message));

    const QHash<QString, QString> names{
        {QStringLiteral("textile.vetements"), QStringLiteral("Vêtements")}};
    for (int width : {32, 42}) {
        const QStringList lines = Receipt::forDeposit(
            *deposit, draft, store.site(), store.station(), store.timeZone(), width, false, names);
        verifyWidth(lines, width);
        QVERIFY(containsText(lines, deposit->stamp.number));
        QVERIFY(containsText(lines, QStringLiteral("12 x Vêtements")));
        QVERIFY(containsText(lines, QStringLiteral("2 x mobilier.chaise")));
        QVERIFY(containsText(lines, weight::format(6250)));
        QVERIFY(containsText(lines, QStringLiteral("Poids total")));
        QVERIFY(containsText(lines, weight::format(15250)));
        QVERIFY(containsText(lines, QStringLiteral("Merci pour votre don\u00A0!")));
        QVERIFY(containsText(lines, QStringLiteral("Mme Durand")));
        // No town asked: no town line.
        QVERIFY(!containsText(lines, QStringLiteral("Town:")));
        if (width == 42)
            qDebug().noquote() << QStringLiteral("\n") + lines.join(QLatin1Char('\n'));
    }

    // A donor from Montreuil: the receipt gives the town and its postcode.
    QVERIFY(Towns(store).add(m_shop->admin, QStringLiteral("Montreuil"), QStringLiteral("93100")));
    draft.town = QStringLiteral("Montreuil");
    auto fromTown = Deposits(store).record(m_shop->reception, draft);
    QVERIFY2(fromTown.ok(), qPrintable(fromTown.error().message));
    for (int width : {32, 42}) {
        const QStringList lines = Receipt::forDeposit(
            *fromTown, draft, store.site(), store.station(), store.timeZone(), width, false, names);
        verifyWidth(lines, width);
        QVERIFY2(containsText(lines, QStringLiteral("Town: Montreuil (93100)")),
            qPrintable(lines.join(QLatin1Char('\n'))));
    }
}

// The admin's header and footer, saved through Sites, come out on the sale, donation and Z
// receipts, wrapped to the paper width, with the branding's name and address.
void TestReceipt::demoShopReceiptsSaySo()
{
    // A demo shop's invented tickets carry the mark at the top and the bottom, at every width;
    // a real shop's never.
    QVERIFY(m_sale);
    SiteInfo site = m_shop->store->site();
    QVERIFY(!site.demo);
    const auto marks = [&](const SiteInfo &s, int width) {
        const QStringList lines = Receipt::forSale(
            *m_sale, s, m_shop->store->station(), m_shop->store->timeZone(), width);
        verifyWidth(lines, width);
        return lines.filter(QStringLiteral("DEMONSTRATION")).size();
    };
    QCOMPARE(marks(site, 42), 0);
    site.demo = true;
    for (int width : {32, 42, 48}) {
        QCOMPARE(marks(site, width), 2);
        const QStringList lines = Receipt::forSale(
            *m_sale, site, m_shop->store->station(), m_shop->store->timeZone(), width);
        QVERIFY(lines.first().contains(DemoShop::mark()));
        QVERIFY(lines.last().contains(DemoShop::mark()));
    }
}

void TestReceipt::brandingOnEveryReceipt()
{
    auto shop = TestShop::create();
    QVERIFY(shop);
    Store &store = *shop->store;
    auto session = CashSessions(store).open(shop->cashier, 5000);
    QVERIFY2(session.ok(), qPrintable(session.error().message));
    SaleDraft saleDraft;
    saleDraft.lines = {SaleLineDraft{QStringLiteral("textile.vetements"), 1, 250, std::nullopt}};
    saleDraft.payments = {{PaymentMethod::Cash, 250}};
    auto sale = Sales(store).record(shop->cashier, saleDraft);
    QVERIFY2(sale.ok(), qPrintable(sale.error().message));
    DepositDraft depositDraft;
    depositDraft.lines = {DepositLineDraft{
        QStringLiteral("textile.vetements"), 1, 500, Destination::Shop, Origin::VoluntaryDropOff}};
    auto deposit = Deposits(store).record(shop->reception, depositDraft);
    QVERIFY2(deposit.ok(), qPrintable(deposit.error().message));
    auto z = CashSessions(store).close(
        shop->cashier, CloseRequest{{{5000, 1}, {200, 1}, {50, 1}}, {}, {}});
    QVERIFY2(z.ok(), qPrintable(z.error().message));

    Sites sites(store);
    auto settings = sites.find(shop->admin, store.site().id);
    QVERIFY2(settings.ok(), qPrintable(settings.error().message));
    settings->name = QStringLiteral("Ressourcerie du Canal");
    settings->address = QStringLiteral("3 quai de l'Ourcq\n75019 Paris");
    settings->receiptHeader = QStringLiteral("Ouvert du mardi au samedi\nSIRET 123 456 789");
    settings->receiptFooter = QStringLiteral(
        "Les objets vendus ne sont ni repris ni échangés, sauf défaut caché signalé sous huit "
        "jours.\nÀ bientôt");
    auto saved = sites.save(shop->admin, *settings);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    auto site = sites.receiptSite();
    QVERIFY2(site.ok(), qPrintable(site.error().message));
    QCOMPARE(site->id, store.site().id);

    for (int width : {32, 42}) {
        const QList<QStringList> receipts{
            Receipt::forSale(*sale, *site, store.station(), store.timeZone(), width),
            Receipt::forDeposit(
                *deposit, depositDraft, *site, store.station(), store.timeZone(), width),
            Receipt::forZReport(*z, *site, store.station(), store.timeZone(), width, true)};
        for (const QStringList &lines : receipts) {
            verifyWidth(lines, width);
            QVERIFY(containsText(lines, QStringLiteral("Ressourcerie du Canal")));
            QVERIFY(containsText(lines, QStringLiteral("75019 Paris")));
            const auto at = [&](const QString &text) {
                return int(std::find_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
                    return line.contains(text);
                }) - lines.cbegin());
            };
            // The header under the address, before the station; the footer at the bottom.
            QVERIFY(at(QStringLiteral("75019 Paris")) < at(QStringLiteral("Ouvert du mardi")));
            QVERIFY(at(QStringLiteral("SIRET 123 456 789")) < at(store.station().code));
            QVERIFY(at(QStringLiteral("Les objets vendus")) > at(QStringLiteral("Empreinte")));
            QVERIFY(at(QStringLiteral("À bientôt")) < int(lines.size()));
            QVERIFY(at(QStringLiteral("huit")) < int(lines.size()));
            // Wrapped between words: no word of the footer is cut.
            QVERIFY(containsText(lines, QStringLiteral("échangés")));
            QVERIFY(containsText(lines, QStringLiteral("signalé")));
        }
        if (width == 32)
            qDebug().noquote() << QStringLiteral("\n") + receipts.first().join(QLatin1Char('\n'));
    }

    // A word longer than the paper is cut, never overflowing.
    SiteInfo longWord = *site;
    longWord.receiptFooter = QString(70, u'W');
    const QStringList lines =
        Receipt::forSale(*sale, longWord, store.station(), store.timeZone(), 24);
    verifyWidth(lines, 24);
    QVERIFY(containsText(lines, QString(24, u'W')));
}

void TestReceipt::escposBytes()
{
    const QStringList lines{QStringLiteral("Café 2,50\u00A0€"), QStringLiteral("Ça va")};
    const QByteArray text("\x1B\x40\x1B\x74\x13"
                          "Caf\x82 2,50 \xD5\n"
                          "\x80"
                          "a va\n");
    QCOMPARE(escpos::encode(lines, false, false), text);
    QCOMPARE(escpos::encode(lines, true, false), text + QByteArray("\x1D\x56\x42\x00", 4));
    QCOMPARE(escpos::encode(lines, false, true), text + QByteArray("\x1B\x70\x00\x19\xFA", 5));
    const QByteArray both = escpos::encode(lines);
    QVERIFY(both.endsWith(QByteArray("\x1D\x56\x42\x00", 4)));
    QVERIFY(!both.contains(QByteArray("\x1B\x70", 2)));
    QCOMPARE(escpos::encode({}, false, false), QByteArray("\x1B\x40\x1B\x74\x13"));
}

void TestReceipt::escposUnknownCharacters()
{
    const QString accents = QStringLiteral("éèêàçùôîûâëïÉÈÀÇ€");
    const QByteArray expected(
        "\x82\x8A\x88\x85\x87\x97\x93\x8C\x96\x83\x89\x8B\x90\xD4\xB7\x80\xD5");
    QCOMPARE(escpos::encode({accents}, false).mid(5).chopped(1), expected);
    // Outside PC858: one '?' per character (a surrogate pair gives two).
    QCOMPARE(escpos::encode({QStringLiteral("a\u0153b\u4E2D\tc")}, false).mid(5),
        QByteArray("a?b??c\n"));
}

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_receipt.moc"
