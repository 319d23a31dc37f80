#pragma once

// The table-driven test of SPEC §4's rules, shared by its two files: TestRules.cpp (the runner, the owner, roles and
// guardrails) and TestRulesTeams.cpp (production scope, teams, deletions, names and admins).
#include "ModelFixture.h"

#include "domain/Rules.h"

#include <QTest>

namespace rules {

using namespace rs;
using namespace fx;

#define OP []([[maybe_unused]] Workspace & ws) -> Change
#define EFFECT []([[maybe_unused]] const Workspace &ws, [[maybe_unused]] const Change &c) -> QString

inline void refused(const char *name, Op op, const QStringList &mentions)
{
    QTest::newRow(name) << op << false << mentions << Effect();
}

inline void allowed(const char *name, Op op, Effect effect)
{
    QTest::newRow(name) << op << true << QStringList() << effect;
}

inline QString expect(bool condition, const char *what)
{
    return condition ? QString() : s(what);
}

inline const Role &roleOf(const Workspace &ws, Id id)
{
    static const Role none;
    const Role *r = ws.role(id);
    return r ? *r : none;
}

} // namespace rules

// The SPEC §4 rules as tables of operations.
class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void rule1_oneOwner_data();
    void rule1_oneOwner() { run(); }
    void rule2_transfer_data();
    void rule2_transfer() { run(); }
    void rule3_locked_data();
    void rule3_locked() { run(); }
    void rule4_ownerOnly_data();
    void rule4_ownerOnly() { run(); }
    void rule5_guardrails_data();
    void rule5_guardrails() { run(); }
    void rule6_productionScope_data();
    void rule6_productionScope() { run(); }
    void rule7_inviteDefault_data();
    void rule7_inviteDefault() { run(); }
    void rule8_deleteHeld_data();
    void rule8_deleteHeld() { run(); }
    void rule9_names_data();
    void rule9_names() { run(); }
    void rule10_admins_data();
    void rule10_admins() { run(); }
    void productions_data();
    void productions() { run(); }

    void defaultWorkspaceObeysEveryRule();
    void whyClosedExplainsClosedCells();

private:
    void addColumns();
    void run();
};
