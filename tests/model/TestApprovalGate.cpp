// Which changes the approval policy gates: nothing under `none`, everything under `all`, and under `sensitive` what
// reaches account roles, their holders, guarded features, the catalog, the policy and client-controlled productions,
// judged change by change on the workspace the changes before leave.
#include "ModelFixture.h"

#include "domain/ApprovalGate.h"

#include <QTest>

using namespace rs;
using namespace fx;

class TestApprovalGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noneGatesNothing();
    void sensitiveGatesWhatReachesPeople();
    void clientControlledProductionsAreSensitive();
    void allGatesEverything();
    void changesAreJudgedInSequence();
    void approversAndOwnAccess();
};

namespace {

Workspace withPolicy(ApprovalPolicy::Changes changes)
{
    Workspace ws = studio();
    ApprovalPolicy p;
    p.changes = changes;
    must(ws, Change::setApprovalPolicy(p));
    return ws;
}

bool gated(const Workspace &ws, const Change &c)
{
    return approval::gate(ws, c) == approval::Gate::Gated;
}

} // namespace

void TestApprovalGate::noneGatesNothing()
{
    const Workspace ws = studio();
    QVERIFY(!gated(ws, Change::transferOwnership(member(ws, "Ann Lee"))));
    QVERIFY(approval::gated(ws, { Change::setAccountRole(member(ws, "Dev Patel"), builtIn(ws, BuiltIn::Admin)) })
                .isEmpty());
}

void TestApprovalGate::sensitiveGatesWhatReachesPeople()
{
    const Workspace ws = withPolicy(ApprovalPolicy::Changes::Sensitive);
    QVERIFY(gated(ws, Change::setAccountRole(member(ws, "Dev Patel"), builtIn(ws, BuiltIn::Admin))));
    QVERIFY(gated(ws, Change::transferOwnership(member(ws, "Ann Lee"))));
    QVERIFY(gated(ws, Change::setGrant(accountRole(ws, "Location crew"), feature(ws, "Jobs"), Levels())));
    QVERIFY(gated(ws, Change::renameFeature(feature(ws, "Jobs"), s("Work"))));
    QVERIFY(gated(ws, Change::setApprovalPolicy(ApprovalPolicy())));
    QVERIFY(gated(ws, Change::addMember(s("Zed"), accountRole(ws, "Location crew"))));
    // What reaches nobody's access is not.
    QVERIFY(!gated(ws, Change::renameMember(member(ws, "Dev Patel"), s("Devi Patel"))));
    QVERIFY(!gated(ws, Change::addMember(s("Zed"))));
    QVERIFY(!gated(ws, Change::setGrant(templ(ws, "Production"), feature(ws, "Jobs"), Levels())));
    QVERIFY(!gated(ws, Change::setWorkspaceName(s("Elsewhere"))));
    QVERIFY(!gated(ws, Change::invite(production(ws, "Spring Portraits 0042"), member(ws, "Ann Lee"))));
}

void TestApprovalGate::clientControlledProductionsAreSensitive()
{
    Workspace ws = withPolicy(ApprovalPolicy::Changes::Sensitive);
    const Id spring = production(ws, "Spring Portraits 0042");
    const Change invite = Change::invite(spring, member(ws, "Ben Cho"));
    QVERIFY(!gated(ws, invite));
    QVERIFY(gated(ws, Change::setClientControlled(spring, true)));
    must(ws, Change::setClientControlled(spring, true));
    QVERIFY(ws.approvalPolicy().isClientControlled(spring));
    QVERIFY(gated(ws, invite));
    QVERIFY(gated(ws, Change::uninvite(spring, member(ws, "Dev Patel"))));
    QVERIFY(!gated(ws, Change::invite(production(ws, "Autumn Headshots 0007"), member(ws, "Ben Cho"))));
}

void TestApprovalGate::allGatesEverything()
{
    const Workspace ws = withPolicy(ApprovalPolicy::Changes::All);
    QVERIFY(gated(ws, Change::renameMember(member(ws, "Dev Patel"), s("Devi Patel"))));
    QVERIFY(gated(ws, Change::setWorkspaceName(s("Elsewhere"))));
}

void TestApprovalGate::changesAreJudgedInSequence()
{
    const Workspace ws = withPolicy(ApprovalPolicy::Changes::Sensitive);
    // A new account role holds nobody, but a grant on it reaches studio-wide access.
    const Id next = ws.nextId();
    Change create = Change::createRole(s("Auditors"), Scope::Account);
    Change grant = Change::setGrant(next, feature(ws, "Jobs"), levels({ Level::View }));
    QCOMPARE(approval::gated(ws, { create, grant }), QList<int>({ 1 }));
    // Setting the policy back to none is gated, and what follows it is judged under none.
    QCOMPARE(approval::gated(ws,
                 { Change::setApprovalPolicy(ApprovalPolicy()),
                     Change::setAccountRole(member(ws, "Dev Patel"), builtIn(ws, BuiltIn::Admin)) }),
        QList<int>({ 0 }));
}

void TestApprovalGate::approversAndOwnAccess()
{
    Workspace ws = withPolicy(ApprovalPolicy::Changes::Sensitive);
    QVERIFY(approval::mayApprove(ws, ws.owner()));
    QVERIFY(approval::mayApprove(ws, member(ws, "Ann Lee"))); // an Admin
    QVERIFY(!approval::mayApprove(ws, member(ws, "Dev Patel")));
    ApprovalPolicy p = ws.approvalPolicy();
    p.approvers = { member(ws, "Dev Patel") };
    must(ws, Change::setApprovalPolicy(p));
    QVERIFY(approval::mayApprove(ws, member(ws, "Dev Patel")));
    const Change promote = Change::setAccountRole(member(ws, "Dev Patel"), builtIn(ws, BuiltIn::Admin));
    QVERIFY(approval::touchesAccessOf(ws, { promote }, member(ws, "Dev Patel")));
    QVERIFY(!approval::touchesAccessOf(ws, { promote }, member(ws, "Ann Lee")));
    // A grant on the role Gus holds changes Gus's access.
    const Change grant = Change::setGrant(accountRole(ws, "Location crew"), feature(ws, "Jobs"), Levels());
    QVERIFY(approval::touchesAccessOf(ws, { grant }, member(ws, "Gus Ortiz")));
    QVERIFY(!approval::touchesAccessOf(ws, { grant }, member(ws, "Dev Patel")));
}

QTEST_GUILESS_MAIN(TestApprovalGate)
#include "TestApprovalGate.moc"
