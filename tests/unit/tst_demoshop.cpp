#include <QTest>

class TestDemoshop : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestDemoshop)
#include "tst_demoshop.moc"
