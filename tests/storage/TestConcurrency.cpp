#include <QTest>
class TestConcurrency : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestConcurrency)
#include "TestConcurrency.moc"
