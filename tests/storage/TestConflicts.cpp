#include <QTest>
class TestConflicts : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestConflicts)
#include "TestConflicts.moc"
