// The pole display: the exact bytes of a sale, written on a pseudo-terminal.
#include "cliprocess.h"
#include "core/customerdisplay.h"
#include "tests/support/pseudoterminal.h"

#include <QSignalSpy>
#include <QTest>

using namespace recaisse::core;
using recaisse::test::PseudoTerminal;

namespace {

// FF, then the two 20-column lines at their places (US $ column row).
QByteArray screen(const QByteArray &top, const QByteArray &bottom)
{
    return QByteArray("\x0c\x1f$\x01\x01") + top + QByteArray("\x1f$\x01\x02") + bottom;
}

} // namespace

class TestCustomerDisplay : public QObject
{
    Q_OBJECT

private slots:
    void linesAreTwentyColumns();
    void asciiDisplayDropsAccents();
    void saleOnTheSerialPort();
    void missingPortIsReported();
    void cliShowsATestMessage();
};

void TestCustomerDisplay::linesAreTwentyColumns()
{
    const PoleDisplayText text;
    QCOMPARE(text.fit(QStringLiteral("Lampe de chevet en laiton doré")),
        QStringLiteral("Lampe de chevet en l"));
    QCOMPARE(
        text.fit(QStringLiteral("Un nom bien trop long pour tenir"), QStringLiteral("12,00 €")),
        QStringLiteral("Un nom bien  12,00 €"));
    QCOMPARE(text.centred(QStringLiteral("Bienvenue")), QStringLiteral("     Bienvenue      "));
    QCOMPARE(text.screen(QStringLiteral("Café"), QString()),
        screen("Caf\x82                ", QByteArray(20, ' ')));
    QCOMPARE(text.initialize(), QByteArray("\x1b@\x1bt\x13\x1f\x01"));
}

void TestCustomerDisplay::asciiDisplayDropsAccents()
{
    const PoleDisplayText text(PoleDisplayText::Charset::Ascii);
    QCOMPARE(text.initialize(), QByteArray("\x1b@\x1f\x01"));
    QCOMPARE(text.lineAdded(QStringLiteral("Vélo d’enfant à œillets"), 1, 2500),
        screen("Velo d?enfant a oeil", "           25,00 EUR"));
}

void TestCustomerDisplay::saleOnTheSerialPort()
{
    PseudoTerminal pty;
    QVERIFY(pty.isOpen());
    CustomerDisplaySettings settings;
    settings.port = pty.slavePath();
    CustomerDisplay display(settings);
    QSignalSpy problems(&display, &CustomerDisplay::problemOccurred);
    QVERIFY(display.open());
    QVERIFY(display.showWelcome(QStringLiteral("Ressourcerie du Lac")));
    QVERIFY(display.showLine(QStringLiteral("Vélo enfant"), 1, 2500));
    QVERIFY(display.showLine(QStringLiteral("Assiettes"), 3, 450));
    QVERIFY(display.showTotal(2950));
    QVERIFY(display.showPaid(3000, 50));
    QVERIFY(display.showWelcome(QStringLiteral("Ressourcerie du Lac")));

    const QByteArray welcome = screen("      Welcome       ", "Ressourcerie du Lac ");
    const QByteArray expected = QByteArray("\x1b@\x1bt\x13\x1f\x01") + welcome
        + screen("V\x82lo enfant         ", "             25,00 \xd5")
        + screen("Assiettes           ", "3 x           4,50 \xd5")
        + screen("Total to pay        ", "             29,50 \xd5")
        + screen("Paid         30,00 \xd5", "Change        0,50 \xd5") + welcome;
    QTRY_COMPARE(pty.received().size(), expected.size());
    QCOMPARE(pty.received(), expected);
    QCOMPARE(problems.count(), 0);

    // Unplugged: reported once, then every write is refused without blocking the sale.
    pty.close();
    QTRY_COMPARE(problems.count(), 1);
    QVERIFY(!display.isOpen());
    QVERIFY(!display.showTotal(100));
}

void TestCustomerDisplay::missingPortIsReported()
{
    CustomerDisplaySettings settings;
    settings.port = QStringLiteral("/nonexistent/ttyUSB9");
    CustomerDisplay display(settings);
    QSignalSpy problems(&display, &CustomerDisplay::problemOccurred);
    const auto opened = display.open();
    QVERIFY(!opened);
    QVERIFY(opened.error().message.contains(settings.port));
    QCOMPARE(problems.count(), 1);
    QVERIFY(!display.showWelcome(QStringLiteral("Ressourcerie du Lac")));
}

void TestCustomerDisplay::cliShowsATestMessage()
{
    PseudoTerminal pty;
    QVERIFY(pty.isOpen());
    const auto run = recaisse::test::runCli({},
        {QStringLiteral("device"), QStringLiteral("test"), QStringLiteral("display"),
            QStringLiteral("--device"), pty.slavePath(), QStringLiteral("--text"),
            QStringLiteral("Bonjour|Caisse n°1")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY(run.outText().contains(pty.slavePath()));
    const PoleDisplayText text;
    QTRY_COMPARE(pty.received(),
        text.initialize()
            + screen("Bonjour             ",
                "Caisse n\xf8"
                "1          "));

    const auto refused = recaisse::test::runCli({},
        {QStringLiteral("device"), QStringLiteral("test"), QStringLiteral("display"),
            QStringLiteral("--device"), QStringLiteral("/nonexistent/ttyUSB9")});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.errLines().size(), 1);
}

QTEST_GUILESS_MAIN(TestCustomerDisplay)
#include "tst_customerdisplay.moc"
