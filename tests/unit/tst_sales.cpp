#include <QTest>

class TestSales : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestSales)
#include "tst_sales.moc"
