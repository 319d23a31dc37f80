#pragma once
// Roles linked to a template: the three-way view of their cells (the template when the role was last in step, the
// template now, the role now), their drift, and the merge a propagation carries out. Read-only: the changes that set
// links and bring roles in step are kinds of change (LinkRole, UnlinkRole, SyncTemplate).
#include "Workspace.h"

namespace rs::links {

// How one cell of a linked role stands against its template.
enum class CellState : std::uint8_t {
    Same, // the template did not change it and the role holds it as the template did
    TemplateChange, // the template changed it since the role was last in step; the role did not
    Override, // the role changed it; the template did not (or came to the same levels)
    Conflict, // both changed it, differently
};

struct Cell
{
    Id feature = 0;
    Levels base; // the template's levels when the role was last in step, as the role may hold them
    Levels templ; // the template's levels now
    Levels reachable; // the template's levels now, as the role may hold them
    Levels role; // the role's levels now
    CellState state = CellState::Same;
    // Why a rule keeps the template's change out of this role (production scope, owner-only, guardrails); empty
    // when the template did not change the cell or the role may hold it.
    QString forbidden; // why a rule keeps the template's levels out of this role; empty when none does
};

// Where a linked role stands.
enum class State : std::uint8_t { InStep, Behind, LocallyChanged };

struct Drift
{
    Id role = 0;
    Id templ = 0;
    State state = State::InStep;
    bool follow = false;
    int behind = 0; // template changes since the role was last in step
    int overrides = 0; // cells the role changed locally
    int conflicts = 0;
    int forbidden = 0; // cells where a rule keeps the template's change out of the role
    QList<Cell> cells; // the cells that differ or are forbidden, in catalog order
};

// The roles linked to a template, in id order.
QList<const Role *> linkedRoles(const Workspace &ws, Id templ);
// The three-way cells of a linked role, every feature in catalog order (Same ones included); one cell.
QList<Cell> cells(const Workspace &ws, const Role &role);
Cell cell(const Workspace &ws, const Role &role, const Role &templ, const Feature &feature);
Drift drift(const Workspace &ws, const Role &role);
// The number of cells where a linked role differs from the template it was last in step with (its overrides).
int localChanges(const Workspace &ws, const Role &role);
// The levels a propagation gives a cell: the template's change where the role kept the template's levels, the role's
// own where only the role changed, and on a conflict the side preferred; never levels a rule forbids.
Levels merged(const Cell &cell, bool preferTemplate);
// The template's cells as a link keeps them.
QHash<Id, Levels> templateCells(const Workspace &ws, const Role &templ);
// A state's name as `template status` prints it: "in step", "behind", "locally changed".
QString stateKey(State state);
QString stateText(State state);
// Every link is to an existing template of the role's scope, from a role that is neither a template nor built in.
Status verify(const Workspace &ws);

} // namespace rs::links
