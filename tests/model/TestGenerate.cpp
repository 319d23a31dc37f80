// The generated workspaces the tests and the benchmark stand on have the sizes SPEC §8 gives, obey every rule and
// come out the same for the same seed.
#include "testing/Generate.h"

#include <QTest>

using namespace rs;

Q_DECLARE_METATYPE(rs::GenerateSpec)

// Sizes, rules and determinism of generateWorkspace().
class TestGenerate : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data();
    void sizes();
    void sameSeedSameWorkspace();
    void otherSeedOtherWorkspace();
};

void TestGenerate::sizes_data()
{
    QTest::addColumn<GenerateSpec>("spec");
    QTest::addColumn<int>("features");
    QTest::addColumn<int>("productionFeatures");
    QTest::addColumn<int>("accountRoles");
    QTest::addColumn<int>("productionRoles");
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("productions");
    QTest::addColumn<int>("seats");
    QTest::newRow("small") << GenerateSpec::small() << 36 << 17 << 7 << 8 << 12 << 4 << 20;
    // SPEC §8: studio 31 features, 30 roles, 200 members, 500 productions, 5,000 seats.
    QTest::newRow("studio") << GenerateSpec::studio() << 31 << 14 << 12 << 18 << 200 << 500 << 5000;
    // SPEC §8: stress 500 features (250 production-scoped), 20 account + 5,000 production roles, 10,000 members,
    // 1,000 productions, 100,000 seats.
    QTest::newRow("stress") << GenerateSpec::stress() << 500 << 250 << 20 << 5000 << 10000 << 1000 << 100000;
}

void TestGenerate::sizes()
{
    QFETCH(GenerateSpec, spec);
    QFETCH(int, features);
    QFETCH(int, productionFeatures);
    QFETCH(int, accountRoles);
    QFETCH(int, productionRoles);
    QFETCH(int, members);
    QFETCH(int, productions);
    QFETCH(int, seats);
    const Workspace ws = generateWorkspace(spec, 3);
    const Status valid = ws.verify();
    QVERIFY2(valid.ok(), qPrintable(valid.error().message));
    int production = 0;
    for (const Feature &f : ws.features())
        production += f.scope == Scope::Production ? 1 : 0;
    int account = 0, productionRole = 0, invitedOnly = 0, guarded = 0;
    for (const Role &r : ws.roles()) {
        account += r.isAccountRole() ? 1 : 0;
        productionRole += r.isProductionRole() ? 1 : 0;
        invitedOnly += r.isAccountRole() && !r.isLocked() && r.invitedOnly ? 1 : 0;
        guarded += r.isAccountRole() && !r.guardrails.isEmpty() ? 1 : 0;
    }
    QCOMPARE(int(ws.features().size()), features);
    QCOMPARE(production, productionFeatures);
    QCOMPARE(account, accountRoles);
    QCOMPARE(productionRole, productionRoles);
    QCOMPARE(int(ws.members().size()), members);
    QCOMPARE(int(ws.productions().size()), productions);
    QCOMPARE(int(ws.seats().size()), seats);
    QVERIFY(invitedOnly > 0);
    QVERIFY(guarded > 0);
    QVERIFY(ws.findProduction(QStringLiteral("Spring Portraits 0001")));
}

void TestGenerate::sameSeedSameWorkspace()
{
    QVERIFY(generateWorkspace(GenerateSpec::studio(), 5) == generateWorkspace(GenerateSpec::studio(), 5));
}

void TestGenerate::otherSeedOtherWorkspace()
{
    QVERIFY(!(generateWorkspace(GenerateSpec::studio(), 5) == generateWorkspace(GenerateSpec::studio(), 6)));
}

QTEST_GUILESS_MAIN(TestGenerate)
#include "TestGenerate.moc"
