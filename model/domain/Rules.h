#pragma once

#include "Change.h"
#include "Entities.h"

namespace rs {

class Workspace;

// The rules of the model (SPEC §4), in one place. Workspace::apply() asks check() before it changes anything, and
// verify() checks the whole state; both use the same predicates, so a rule is written once.
class Rules
{
public:
    static constexpr int kMaxNameLength = 80;

    // Rule 9: trimmed, 1–80 characters (code points: an emoji is one), well-formed Unicode (no lone UTF-16
    // surrogate), no control characters and no invisible or direction-changing characters (U+200B–U+200F,
    // U+202A–U+202E, U+2066–U+2069, U+FEFF and the like). `what` names the thing ("role", "member"). A plain function
    // of its text, so that it can be called on any raw UTF-16.
    static Status checkName(const QString &name, const QString &what);
    // A longer text (a description, a rationale, the reason a guardrail comes off): well-formed Unicode, line breaks
    // and tabs the only control characters, no invisible or direction-changing characters. `what` names it.
    static Status checkText(const QString &text, const QString &what);
    static QString normalizedName(const QString &name) { return name.trimmed(); }

    // Rules 4, 5 and 6 for one cell: may this role hold these levels on this feature?
    static Status checkGrant(const Workspace &ws, const Role &role, const Feature &feature, Levels levels);
    // The levels a role may hold at most on a feature, by rules 4–6.
    static Levels allowedLevels(const Workspace &ws, const Role &role, const Feature &feature);
    // Why a cell is closed to a role, or an empty string when it is open (for tooltips).
    static QString whyClosed(const Workspace &ws, const Role &role, const Feature &feature);

    // Every rule a change must pass, checked before it is applied: its instants here, the rest by its kind
    // (kinds/<Name>.cpp).
    static Status check(const Workspace &ws, const Change &change);
    // Every invariant over the whole state.
    static Status verify(const Workspace &ws);

    // "Ann, Bob and 3 more"
    static QString nameList(const QStringList &names, int limit = 3);
    static QString memberNames(const Workspace &ws, const QList<Id> &members);
    static QString roleLabel(const Workspace &ws, const Role &role);

    // Shared by the kinds' checks (kinds/) and verify().
    static bool isAdminRole(const Workspace &ws, Id role); // the Admin & owner's or an Admin's
    static Status checkRoleName(
        const Workspace &ws, const QString &name, Scope scope, bool isTemplate, Id production, Id except);
    // Every instant a change or the workspace holds lies in the span files can write (dates::checkRange()).
    static Status checkInstants(const QDateTime &from, const QDateTime &until = {});
    // A seat's dates: ends after starts, and none at all for the owner or an Admin.
    static Status checkSeatTerm(
        const Workspace &ws, const Member &member, const QDateTime &from, const QDateTime &until);
    // No role but a locked one holds `changed` against the rules once it is changed; `why` takes its name and theirs.
    static Status checkFeatureHolders(const Workspace &ws, const Feature &changed, const QString &why);

private:
    // The characters of a one-line name, whatever its length (a file's workspace name may be longer than 80).
    static Status checkLineCharacters(const QString &text, const QString &what);
};

} // namespace rs
