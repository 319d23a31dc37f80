// The three-way view of roles linked to a template and the merge a propagation carries out (Links.h).
#include "Links.h"

#include "Quoted.h"
#include "Rules.h"

#include <QCoreApplication>

namespace rs::links {

QList<const Role *> linkedRoles(const Workspace &ws, Id templ)
{
    QList<const Role *> out;
    for (const Role &r : ws.roles()) {
        if (r.link.templ == templ && templ)
            out.append(&r);
    }
    return out;
}

QHash<Id, Levels> templateCells(const Workspace &ws, const Role &templ)
{
    QHash<Id, Levels> out;
    for (const Feature &f : ws.features()) {
        const Levels l = ws.grant(templ, f);
        if (!l.isNone())
            out.insert(f.id, l);
    }
    return out;
}

Cell cell(const Workspace &ws, const Role &role, const Role &templ, const Feature &f)
{
    // The template's cells as this role may hold them: a production role made from a template of account roles
    // never holds the account features, and that is no local change.
    const Levels allowed = Rules::allowedLevels(ws, role, f);
    const Levels baseRaw = role.link.base.value(f.id);
    Cell c;
    c.feature = f.id;
    c.base = baseRaw.common(allowed);
    c.templ = ws.grant(templ, f);
    c.role = ws.grant(role, f);
    const Levels templNow = c.templ.common(allowed);
    c.reachable = templNow;
    const bool templateChanged = templNow != c.base;
    const bool roleChanged = c.role != c.base;
    if (templateChanged && !roleChanged)
        c.state = CellState::TemplateChange;
    else if (roleChanged && (!templateChanged || c.role == templNow))
        c.state = CellState::Override;
    else if (roleChanged)
        c.state = CellState::Conflict;
    // A change of the template that a rule keeps out of this role, in part or whole.
    if (c.templ != baseRaw && templNow != c.templ)
        c.forbidden = Rules::whyClosed(ws, role, f);
    if (c.templ != baseRaw && templNow != c.templ && c.forbidden.isEmpty())
        c.forbidden = QCoreApplication::translate("rs::Links", "A rule keeps %1 out of %2.")
                          .arg(c.templ.without(templNow).toText(), quoted(role.name));
    return c;
}

QList<Cell> cells(const Workspace &ws, const Role &role)
{
    QList<Cell> out;
    const Role *templ = ws.role(role.link.templ);
    if (!templ)
        return out;
    out.reserve(ws.features().size());
    for (const Feature &f : ws.features())
        out.append(cell(ws, role, *templ, f));
    return out;
}

Drift drift(const Workspace &ws, const Role &role)
{
    Drift d;
    d.role = role.id;
    d.templ = role.link.templ;
    d.follow = role.link.follow;
    const Role *templ = ws.role(role.link.templ);
    d.behind = templ ? std::max(0, templ->version - role.link.version) : 0;
    for (const Cell &c : cells(ws, role)) {
        if (c.state == CellState::Same && c.forbidden.isEmpty())
            continue;
        d.overrides += c.state == CellState::Override || c.state == CellState::Conflict ? 1 : 0;
        d.conflicts += c.state == CellState::Conflict ? 1 : 0;
        d.forbidden += c.forbidden.isEmpty() ? 0 : 1;
        d.cells.append(c);
    }
    d.state = d.behind > 0 ? State::Behind : d.overrides > 0 ? State::LocallyChanged : State::InStep;
    return d;
}

int localChanges(const Workspace &ws, const Role &role)
{
    if (!role.link.isLinked())
        return 0;
    return drift(ws, role).overrides;
}

Levels merged(const Cell &c, bool preferTemplate)
{
    const bool takeTemplate
        = c.state == CellState::TemplateChange || (c.state == CellState::Conflict && preferTemplate);
    // The template's levels as the role may hold them: what the rules keep out stays out.
    return takeTemplate ? c.reachable : c.role;
}

QString stateKey(State state)
{
    switch (state) {
    case State::InStep:
        return QStringLiteral("in step");
    case State::Behind:
        return QStringLiteral("behind");
    case State::LocallyChanged:
        return QStringLiteral("locally changed");
    }
    return {};
}

QString stateText(State state)
{
    switch (state) {
    case State::InStep:
        return QCoreApplication::translate("rs::Links", "in step");
    case State::Behind:
        return QCoreApplication::translate("rs::Links", "behind");
    case State::LocallyChanged:
        return QCoreApplication::translate("rs::Links", "locally changed");
    }
    return {};
}

Status verify(const Workspace &ws)
{
    for (const Role &r : ws.roles()) {
        if (!r.link.isLinked())
            continue;
        const Role *t = ws.role(r.link.templ);
        if (!t || !t->isTemplate || r.isTemplate || r.isLocked() || r.link.version < 0 || r.link.version > t->version)
            return Error::rule(QCoreApplication::translate("rs::Links", "%1 is linked to a template it cannot follow.")
                                   .arg(quoted(r.name)));
        for (auto it = r.link.base.cbegin(); it != r.link.base.cend(); ++it) {
            if (it.key() <= 0)
                return Error::rule(
                    QCoreApplication::translate("rs::Links", "%1 is linked to a template it cannot follow.")
                        .arg(quoted(r.name)));
        }
    }
    return {};
}

} // namespace rs::links
