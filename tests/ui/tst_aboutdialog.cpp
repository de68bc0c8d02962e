// "About ReCaisse": the fields support asks for, the text the copy button puts on the clipboard,
// and the status bar button that opens it from every screen.

#include "core/buildinfo.h"
#include "tests/support/testshop.h"
#include "ui/common/aboutdialog.h"
#include "ui/common/homescreen.h"
#include "ui/common/loginscreen.h"
#include "ui/common/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSysInfo>
#include <QTest>
#include <QToolButton>

using namespace recaisse;
using recaisse::test::TestShop;

namespace {

const QString dataFolder = QStringLiteral("/home/benevole/.local/share/ReCaisse/ReCaisse");
const QString databasePath = dataFolder + QStringLiteral("/station.sqlite");

QString fieldText(const QWidget &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

QString qtText()
{
    const QString runtime = core::buildinfo::qtRuntimeVersion();
    if (runtime == core::buildinfo::qtCompiledVersion())
        return runtime;
    return QStringLiteral("%1 (compiled with %2)")
        .arg(runtime, core::buildinfo::qtCompiledVersion());
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheBuildAndTheData();
    void copiesTheSupportInformation();
    void statusBarOpensItOnEveryScreen();
};

void TestAboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qApp->setStyleSheet(ui::MainWindow::styleSheet());
}

void TestAboutDialog::showsTheBuildAndTheData()
{
    ui::AboutDialog dialog(dataFolder, databasePath);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(fieldText(dialog, "aboutVersion"), core::buildinfo::version());
    QVERIFY(!core::buildinfo::version().isEmpty());
    QCOMPARE(fieldText(dialog, "aboutCommit"), core::buildinfo::commit());
    QVERIFY(!core::buildinfo::commit().isEmpty());
    QCOMPARE(fieldText(dialog, "aboutQt"), qtText());
    QVERIFY(fieldText(dialog, "aboutQt").startsWith(QString::fromLatin1(qVersion())));
    QCOMPARE(fieldText(dialog, "aboutLicence"), QStringLiteral("GPL-3.0-or-later"));
    QCOMPARE(fieldText(dialog, "aboutDataFolder"), dataFolder);
    QCOMPARE(fieldText(dialog, "aboutDatabase"), databasePath);
    QCOMPARE(fieldText(dialog, "aboutSystem"), QSysInfo::prettyProductName());
    QVERIFY(fieldText(dialog, "aboutLicenceText").contains(QLatin1String("GNU General Public")));
    // The values can be selected with the mouse, as support sometimes asks for one of them.
    const auto *path = dialog.findChild<QLabel *>(QStringLiteral("aboutDatabase"));
    QVERIFY(path->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QCOMPARE(path->textFormat(), Qt::PlainText);
}

void TestAboutDialog::copiesTheSupportInformation()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    ui::AboutDialog dialog(dataFolder, databasePath);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *copied = dialog.findChild<QLabel *>(QStringLiteral("aboutCopied"));
    QVERIFY(copied);
    QVERIFY(copied->text().isEmpty());

    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copySupportButton"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);

    const QString expected =
        QStringLiteral("ReCaisse support information\n"
                       "Version: %1\n"
                       "Commit: %2\n"
                       "Qt: %3\n"
                       "Licence: GPL-3.0-or-later\n"
                       "Data folder: %4\n"
                       "Database: %5\n"
                       "System: %6\n")
            .arg(core::buildinfo::version(), core::buildinfo::commit(), qtText(), dataFolder,
                databasePath, QSysInfo::prettyProductName());
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(dialog.supportText(), expected);
    QVERIFY(!copied->text().isEmpty());
    QVERIFY(dialog.isVisible()); // copying does not close it
}

void TestAboutDialog::statusBarOpensItOnEveryScreen()
{
    const auto shop = TestShop::create();
    QVERIFY(shop);
    ui::MainWindow window(*shop->store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *about = window.statusBar()->findChild<QToolButton *>(QStringLiteral("aboutButton"));
    QVERIFY(about);
    QCOMPARE(window.currentScreen(), window.loginScreen());
    QVERIFY(about->isVisible());
    window.enter(shop->admin);
    QCOMPARE(window.currentScreen(), window.homeScreen());
    QVERIFY(about->isVisible());

    QTest::mouseClick(about, Qt::LeftButton);
    QPointer<ui::AboutDialog> dialog = window.findChild<ui::AboutDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(fieldText(*dialog, "aboutDatabase"), shop->path());
    QCOMPARE(fieldText(*dialog, "aboutDataFolder"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull()); // deleted once closed
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
