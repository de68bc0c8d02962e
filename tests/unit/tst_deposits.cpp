#include <QTest>

class TestDeposits : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestDeposits)
#include "tst_deposits.moc"
