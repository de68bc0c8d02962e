#include <QTest>

class TestClosings : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestClosings)
#include "tst_closings.moc"
