#include <QTest>
class TestWatcher : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestWatcher)
#include "TestWatcher.moc"
