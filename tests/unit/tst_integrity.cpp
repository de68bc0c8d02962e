#include <QTest>

class TestIntegrity : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
