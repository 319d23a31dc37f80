// Thousands of random operations, valid and invalid, against a generated workspace: after each one every rule still
// holds, and every refused one left the workspace exactly as it was. The seed is printed on failure; set
// ROLESHEET_SEED to replay it.
#include "ModelFixture.h"

#include "domain/Rules.h"
#include "testing/Generate.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace rs;
using namespace fx;

namespace {

// Picks random operations from what the workspace holds, with a share of bad ids and bad names.
class RandomOps
{
public:
    explicit RandomOps(quint32 seed) : m_random(seed) { }

    Change next(const Workspace &ws)
    {
        using K = Change::Kind;
        // Creation and grants weigh more, so the workspace does not wither away.
        static const K weighted[] = {K::SetGrant, K::SetGrant, K::SetGrant, K::CreateRole, K::CreateRole,
                                     K::AddMember, K::AddMember, K::CreateProduction, K::Invite, K::Invite,
                                     K::Invite, K::SetAccountRole, K::SetAccountRole, K::AddFeature, K::AddFeature, K::AddFeature};
        const int all = int(K::SetWorkspaceName) + 1;
        const int roll = below(all + int(std::size(weighted)));
        Change c;
        c.kind = roll < all ? K(roll) : weighted[roll - all];
        c.role = pickRole(ws);
        c.feature = pickFeature(ws);
        c.member = pickMember(ws);
        c.production = pickProduction(ws);
        c.section = pickSection(ws);
        c.source = below(3) == 0 ? pickRole(ws) : 0;
        c.levels = Levels::fromBits(m_random.bounded(16u));
        c.categories = Categories::fromBits(m_random.bounded(8u));
        c.scope = below(2) ? Scope::Production : Scope::Account;
        c.flag = below(2) == 0;
        c.position = below(8) - 1;
        c.text = name(ws);
        c.note = below(2) ? QString() : s("Agreed with the studio manager");
        if (c.kind == K::SetAccountRole && below(6) == 0)
            c.role = 0;
        if (c.kind == K::Invite && below(3) == 0)
            c.role = 0;
        if (c.kind == K::CreateRole && below(4) == 0)
            c.flag = true;
        if (c.kind == K::CreateRole && c.scope == Scope::Account && !c.flag)
            c.production = 0;
        return c;
    }

private:
    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    template <typename Map>
    Id pickFrom(const Map &map)
    {
        if (map.isEmpty() || below(12) == 0)
            return 424242 + below(3); // nothing of the kind
        auto it = map.cbegin();
        std::advance(it, below(int(map.size())));
        return it.key();
    }
    Id pickRole(const Workspace &ws) { return pickFrom(ws.roles()); }
    Id pickMember(const Workspace &ws) { return pickFrom(ws.members()); }
    Id pickProduction(const Workspace &ws) { return pickFrom(ws.productions()); }
    Id pickFeature(const Workspace &ws)
    {
        if (ws.features().isEmpty() || below(12) == 0)
            return 424242;
        return ws.features().at(below(int(ws.features().size()))).id;
    }
    Id pickSection(const Workspace &ws)
    {
        if (ws.sections().isEmpty() || below(12) == 0)
            return 424242;
        return ws.sections().at(below(int(ws.sections().size()))).id;
    }
    QString name(const Workspace &ws)
    {
        switch (below(14)) {
        case 0: return QString();
        case 1: return s("  \t ");
        case 2: return s("Night\tshift");
        case 3: return s("Line\nbreak");
        case 4: return QString(81, QLatin1Char('x'));
        case 5: return QString(10000, QLatin1Char('y'));
        case 6: return s("Bell\x07");
        case 7: { // an existing name, often a duplicate
            const QList<Role> roles = ws.roles().values();
            return roles.at(below(int(roles.size()))).name;
        }
        case 8: return ws.members().isEmpty() ? s("Nobody") : ws.members().first().name;
        case 9: return ws.productions().isEmpty() ? s("Nothing") : ws.productions().last().name;
        case 10: return ws.features().isEmpty() ? s("Jobs") : ws.features().at(below(int(ws.features().size()))).name;
        case 11: return s("  Padded %1  ").arg(below(50));
        default: return s("Name %1").arg(m_counter++);
        }
    }

    QRandomGenerator m_random;
    int m_counter = 0;
};

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
    RandomOps ops(seed);
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
