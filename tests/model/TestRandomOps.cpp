// Thousands of random operations, valid and invalid, against a generated workspace: after each one every rule still
// holds, and every refused one left the workspace exactly as it was. The seed is printed on failure; set
// ROLESHEET_SEED to replay it.
#include "ModelFixture.h"

#include "domain/Rules.h"
#include "testing/Generate.h"
#include "testing/RandomChanges.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace rs;
using namespace fx;

namespace {

// Checks the SPEC §4 rules from the outside, without trusting verify() alone.
QString ruleProblems(const Workspace &ws)
{
    if (Status valid = ws.verify(); !valid)
        return s("verify: ") + valid.error().message;
    int owners = 0;
    for (const Member &m : ws.members())
        owners += m.accountRole && m.accountRole == ws.builtInRole(BuiltIn::Owner) ? 1 : 0;
    if (owners != 1)
        return s("rule 1: %1 owners").arg(owners);
    const Id adminRole = ws.builtInRole(BuiltIn::Admin);
    const Id productionAdmin = ws.builtInRole(BuiltIn::ProductionAdmin);
    for (const Role &r : ws.roles()) {
        if (r.isLocked() && r.name != DefaultWorkspace::builtInName(r.builtIn))
            return s("rule 3: a built-in role was renamed to ") + r.name;
        const QString name = r.name;
        if (name != name.trimmed() || name.isEmpty() || name.size() > Rules::kMaxNameLength)
            return s("rule 9: role name ") + name.left(90);
        for (const Feature &f : ws.features()) {
            const Levels held = ws.grant(r, f);
            if (held.isNone())
                continue;
            if (f.ownerOnly && r.builtIn != BuiltIn::Owner)
                return s("rule 4: %1 holds %2").arg(r.name, f.name);
            if (r.guardrails.intersects(f.categories))
                return s("rule 5: %1 holds %2 past its guardrail").arg(r.name, f.name);
            if (r.scope == Scope::Production && f.scope == Scope::Account)
                return s("rule 6: %1 holds account-wide %2").arg(r.name, f.name);
        }
    }
    for (const Member &m : ws.members()) {
        if (m.accountRole != adminRole && m.accountRole != ws.builtInRole(BuiltIn::Owner))
            continue;
        for (const Production &p : ws.productions()) {
            if (ws.seatRole(p.id, m.id) != productionAdmin)
                return s("rule 10: %1 does not administer %2").arg(m.name, p.name);
        }
    }
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
        const Role *r = ws.role(it.value());
        if (!r || !r->isProductionRole())
            return s("rule 6: a seat holds no production role");
    }
    return {};
}

} // namespace

// Random operations with the rules checked after each.
class TestRandomOps : public QObject
{
    Q_OBJECT

private slots:
    void randomOperations_data();
    void randomOperations();
};

void TestRandomOps::randomOperations_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    bool fromEnvironment = false;
    const quint32 chosen = qEnvironmentVariableIntValue("ROLESHEET_SEED", &fromEnvironment);
    if (fromEnvironment) {
        QTest::addRow("seed %u", chosen) << chosen << 5000;
        return;
    }
    for (quint32 seed : {20261125u, 7u, 99u})
        QTest::addRow("seed %u", seed) << seed << 5000;
}

void TestRandomOps::randomOperations()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    Workspace ws = generateWorkspace(GenerateSpec::small(), seed);
    QVERIFY(ruleProblems(ws).isEmpty());
    testing::RandomChanges ops(seed);
    int accepted = 0;
    int undone = 0;
    for (int i = 0; i < count; ++i) {
        Change change = ops.next(ws);
        const Change asked = change;
        const Workspace before = ws;
        const Id nextIdBefore = ws.nextId();
        const Result<Touched> result = ws.apply(change);
        auto where = [&](const QString &what) {
            return qPrintable(s("seed %1 (ROLESHEET_SEED=%1 to replay), operation %2: %3\n  change: %4")
                                  .arg(seed)
                                  .arg(i)
                                  .arg(what, QString::fromUtf8(QJsonDocument(asked.toJson())
                                                                   .toJson(QJsonDocument::Compact)
                                                                   .left(400))));
        };
        // Every change, valid or not, describes itself and survives the JSON the audit trail keeps.
        QVERIFY2(!asked.describe(before).isEmpty(), where(s("no description")));
        const Result<Change> back = Change::fromJson(asked.toJson());
        QVERIFY2(back.ok() && back.value() == asked, where(s("the JSON round trip changed the change")));
        if (!result.ok()) {
            QVERIFY2(ws == before, where(s("a refused change altered the workspace")));
            QVERIFY2(ws.nextId() == nextIdBefore, where(s("a refused change used up an id")));
            const QString message = result.error().message;
            QVERIFY2(!message.isEmpty() && !message.contains(QLatin1Char('\n')), where(s("refusal: ") + message));
            continue;
        }
        ++accepted;
        const QString problem = ruleProblems(ws);
        QVERIFY2(problem.isEmpty(), where(problem));
        // Now and then, undo and redo the change.
        if (i % 7 == 0) {
            const Workspace after = ws;
            ws.restore(result.value());
            QVERIFY2(ws == before, where(s("undo did not give back the workspace")));
            QVERIFY2(ws.nextId() == nextIdBefore, where(s("undo did not give back the id counter")));
            Change again = change;
            const Result<Touched> redone = ws.apply(again);
            QVERIFY2(redone.ok(), where(s("redo refused: ") + (redone.ok() ? QString() : redone.error().message)));
            QVERIFY2(ws == after, where(s("redo gave a different workspace")));
            ++undone;
        }
    }
    qInfo("seed %u: %d of %d operations accepted, %d undone and redone", seed, accepted, count, undone);
    // The mix has to exercise both sides to mean anything.
    QVERIFY(accepted > count / 10);
    QVERIFY(accepted < count);
}

QTEST_GUILESS_MAIN(TestRandomOps)
#include "TestRandomOps.moc"
