#include <QTest>

class TestCashsession : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestCashsession)
#include "tst_cashsession.moc"
