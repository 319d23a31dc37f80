// The one place that says which changes are sensitive. Each kind has its own overload of decide(); gate() calls the
// one of a change's kind through a switch made from KindList.h, so a kind added without a decision is a compile error
// (no overload matches), whatever the warning flags.
#include "ApprovalGate.h"

#include "kinds/Kinds.h"

namespace rs::approval {

namespace {

using namespace kinds;

Gate yes(bool gated)
{
    return gated ? Gate::Gated : Gate::Open;
}

// A role whose change reaches people or studio-wide access: an account role, a built-in role, a production role of a
// client-controlled production, or any role someone holds.
Gate roleSensitive(const Workspace &ws, Id id)
{
    const Role *r = ws.role(id);
    if (!r)
        return Gate::Unknown;
    if (r->isAccountRole() || r->isLocked())
        return Gate::Gated;
    if (r->production && ws.approvalPolicy().isClientControlled(r->production))
        return Gate::Gated;
    return yes(!r->isTemplate && !ws.holders(id).isEmpty());
}

Gate productionSensitive(const Workspace &ws, Id id)
{
    if (!ws.production(id))
        return Gate::Unknown;
    return yes(ws.approvalPolicy().isClientControlled(id));
}

Gate memberSensitive(const Workspace &ws, Id id)
{
    const Member *m = ws.member(id);
    if (!m)
        return Gate::Unknown;
    if (m->accountRole || id == ws.owner())
        return Gate::Gated;
    for (Id p : ws.approvalPolicy().clientControlled) {
        if (ws.seats().contains({ p, id }))
            return Gate::Gated;
    }
    return Gate::Open;
}

// A template's change reaches every role that follows it in the same apply: it is as sensitive as they are.
Gate followersSensitive(const Workspace &ws, Id templ)
{
    for (const Role &r : ws.roles()) {
        if (r.link.templ == templ && r.link.follow && roleSensitive(ws, r.id) != Gate::Open)
            return Gate::Gated;
    }
    return Gate::Open;
}

Gate decide(const Workspace &ws, const Change &c, SetGrant)
{
    const Feature *f = ws.feature(c.feature);
    if (!f)
        return Gate::Unknown;
    if (f->ownerOnly || !f->categories.isEmpty())
        return Gate::Gated;
    const Gate own = roleSensitive(ws, c.role);
    if (own != Gate::Open)
        return own;
    return followersSensitive(ws, c.role);
}
Gate decide(const Workspace &ws, const Change &c, CreateRole)
{
    // A new role holds nobody; only a production's the client controls is theirs to see first.
    return c.scope == Scope::Production && c.production && !c.flag ? productionSensitive(ws, c.production) : Gate::Open;
}
Gate decide(const Workspace &ws, const Change &c, DeleteRole)
{
    return roleSensitive(ws, c.role);
}
Gate decide(const Workspace &, const Change &, RenameRole)
{
    return Gate::Open;
}
Gate decide(const Workspace &ws, const Change &c, SetGuardrails)
{
    // Guardrails guard features: removing one from a template is as sensitive as from a role.
    const Role *r = ws.role(c.role);
    if (!r)
        return Gate::Unknown;
    if (r->isTemplate)
        return yes(!r->guardrails.without(c.categories).isEmpty());
    return Gate::Gated;
}
Gate decide(const Workspace &ws, const Change &c, SetInvitedOnly)
{
    return roleSensitive(ws, c.role);
}
Gate decide(const Workspace &, const Change &, SetDescription)
{
    return Gate::Open;
}
Gate decide(const Workspace &, const Change &c, AddMember)
{
    return yes(c.role != 0);
}
Gate decide(const Workspace &ws, const Change &c, RemoveMember)
{
    return memberSensitive(ws, c.member);
}
Gate decide(const Workspace &, const Change &, RenameMember)
{
    return Gate::Open;
}
Gate decide(const Workspace &, const Change &, SetAccountRole)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, TransferOwnership)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, CreateProduction)
{
    return Gate::Open;
}
Gate decide(const Workspace &, const Change &, RenameProduction)
{
    return Gate::Open;
}
Gate decide(const Workspace &ws, const Change &c, DeleteProduction)
{
    return productionSensitive(ws, c.production);
}
Gate decide(const Workspace &ws, const Change &c, Invite)
{
    return productionSensitive(ws, c.production);
}
Gate decide(const Workspace &ws, const Change &c, Uninvite)
{
    return productionSensitive(ws, c.production);
}
Gate decide(const Workspace &, const Change &, AddSection)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, RenameSection)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, MoveSection)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, RemoveSection)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, AddFeature)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, RenameFeature)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, MoveFeature)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, RemoveFeature)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, SetFeatureScope)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, SetFeatureCategories)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, SetFeatureOwnerOnly)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, SetFeatureRationale)
{
    return Gate::Gated;
}
Gate decide(const Workspace &, const Change &, SetWorkspaceName)
{
    return Gate::Open;
}
Gate decide(const Workspace &ws, const Change &c, SetSeatDates)
{
    return productionSensitive(ws, c.production);
}
Gate decide(const Workspace &ws, const Change &c, SetProductionEnd)
{
    return productionSensitive(ws, c.production);
}
Gate decide(const Workspace &, const Change &, SetTimeZone)
{
    return Gate::Open;
}
Gate decide(const Workspace &, const Change &, SetApprovalPolicy)
{
    return Gate::Gated; // the policy itself, once set
}
Gate decide(const Workspace &, const Change &, SetClientControlled)
{
    return Gate::Gated;
}
Gate decide(const Workspace &ws, const Change &c, LinkRole)
{
    // Following a template lets its changes reach the role's holders from now on.
    return roleSensitive(ws, c.role);
}
Gate decide(const Workspace &, const Change &, UnlinkRole)
{
    return Gate::Open; // every cell stays as it is
}
Gate decide(const Workspace &ws, const Change &c, SyncTemplate)
{
    return roleSensitive(ws, c.role);
}

} // namespace

Gate gate(const Workspace &ws, const Change &change)
{
    switch (ws.approvalPolicy().changes) {
    case ApprovalPolicy::Changes::None:
        return Gate::Open;
    case ApprovalPolicy::Changes::All:
        return Gate::Gated;
    case ApprovalPolicy::Changes::Sensitive:
        break;
    }
    switch (change.kind) {
#define RS_CHANGE_KIND(Name)                                                                                           \
    case Change::Kind::Name:                                                                                           \
        return decide(ws, change, Name {});
#include "kinds/KindList.h"
#undef RS_CHANGE_KIND
    }
    return Gate::Gated;
}

QList<int> gated(const Workspace &ws, const QList<Change> &changes)
{
    QList<int> result;
    if (ws.approvalPolicy().changes == ApprovalPolicy::Changes::None || changes.isEmpty())
        return result;
    Workspace copy = ws;
    for (int i = 0; i < changes.size(); ++i) {
        if (copy.approvalPolicy().changes != ApprovalPolicy::Changes::None && gate(copy, changes.at(i)) != Gate::Open)
            result.append(i);
        Change c = changes.at(i);
        if (!copy.apply(c)) {
            for (int j = i + 1; j < changes.size(); ++j)
                result.append(j); // what follows a refused change cannot be judged: the rules refuse it anyway
            break;
        }
    }
    return result;
}

bool mayApprove(const Workspace &ws, Id member)
{
    const Member *m = ws.member(member);
    if (!m)
        return false;
    if (member == ws.owner() || ws.approvalPolicy().approvers.contains(member))
        return true;
    return m->accountRole && m->accountRole == ws.builtInRole(BuiltIn::Admin);
}

bool touchesAccessOf(const Workspace &ws, const QList<Change> &changes, Id member)
{
    const Member *m = ws.member(member);
    if (!m)
        return false;
    QSet<Id> held;
    Workspace copy = ws;
    const auto collect = [&](const Workspace &w) {
        if (const Member *now = w.member(member); now && now->accountRole)
            held.insert(now->accountRole);
        for (auto it = w.seats().cbegin(); it != w.seats().cend(); ++it) {
            if (it.key().member == member)
                held.insert(it.value());
        }
    };
    collect(ws);
    for (const Change &original : changes) {
        Change c = original;
        Result<Touched> t = copy.apply(c);
        if (!t)
            return true; // cannot be judged: treat as one's own
        collect(copy);
        const Touched &touched = t.value();
        if (touched.members.contains(member))
            return true;
        for (auto it = touched.seats.cbegin(); it != touched.seats.cend(); ++it) {
            if (it.key().member == member)
                return true;
        }
        for (auto it = touched.roles.cbegin(); it != touched.roles.cend(); ++it) {
            if (held.contains(it.key()))
                return true;
        }
        for (auto it = touched.grants.cbegin(); it != touched.grants.cend(); ++it) {
            if (held.contains(it.key().first))
                return true;
        }
    }
    return false;
}

} // namespace rs::approval
