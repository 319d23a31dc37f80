#pragma once
// Separation of duties: rules naming two sets of feature × level cells that no one person may hold together, the
// conflicts a person's effective access (account role and seats, with their dates) makes with them, the exceptions
// that allow a conflict for a while, and the reverse question "who holds this cell, through what?".
#include "Access.h"
#include "Workspace.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace rs::duties {

// Where both sides of a rule must be held to conflict: in one production (features of the account count in every
// production), anywhere in the studio (each side in any production), or through the account role alone.
enum class Scope : std::uint8_t { Production, Studio, Account };
// A block rule refuses a change that makes a new conflict; a warn rule reports it.
enum class Severity : std::uint8_t { Block, Warn };

struct Cell
{
    Id feature = 0;
    Level level = Level::View;
    bool operator==(const Cell &) const = default;
};

struct Side
{
    QList<Cell> cells;
    bool all = false; // every cell must be held; otherwise any one of them
    bool operator==(const Side &) const = default;
};

struct Rule
{
    QString name;
    Side left;
    Side right;
    Scope scope = Scope::Production;
    Severity severity = Severity::Block;
    QString rationale;
    bool operator==(const Rule &) const = default;
};

// Allows one member's conflict with one rule until `until` (its last instant, included).
struct Exception
{
    Id member = 0;
    QString rule;
    QString reason;
    QString grantedBy; // a member's name; never the member excepted
    QDateTime grantedAt;
    QDateTime until;
    bool operator==(const Exception &) const = default;
};

// The rules a workspace has switched on and the exceptions granted.
struct Book
{
    QList<Rule> rules;
    QList<Exception> exceptions;
    const Rule *rule(const QString &name) const; // case-insensitive
    bool operator==(const Book &) const = default;
};

QString scopeKey(Scope scope);
Result<Scope> parseScope(const QString &text);
QString severityKey(Severity severity);
Result<Severity> parseSeverity(const QString &text);
// "Marketing:edit,Campaign Approval:edit": features by name (any case), one level each.
Result<QList<Cell>> parseCells(const Workspace &ws, const QString &text);
QString cellsText(const Workspace &ws, const QList<Cell> &cells);
// "any of Marketing:edit" / "all of A:add, B:edit"
QString sideText(const Workspace &ws, const Side &side);

// A rule the book may take: a valid name not in use, two non-empty sides of known features that share no cell, a
// rationale of valid text.
Status checkRule(const Workspace &ws, const Book &book, const Rule &rule);
// An exception the book may take: a known rule, a member who is not the one granting it, a reason, an end after
// `now`, and a granter who is the Admin & owner or an Admin.
Status checkException(const Workspace &ws, const Book &book, const Exception &exception, const QDateTime &now);

// The studio rules a new workspace offers, switched off: those whose features its catalog has.
QList<Rule> suggestedRules(const Workspace &ws);

// The members who hold every cell by design (the Admin & owner and the Admins): listed, never in conflict.
QList<Id> standingExceptions(const Workspace &ws);

// What gives a member a cell: the account role (production 0) or a seat, with the dates it counts between.
struct Holding
{
    Id role = 0;
    Id production = 0;
    QDateTime from; // invalid: open
    QDateTime until; // invalid: open
    bool operator==(const Holding &) const = default;
};
// "account role Marketer (until 30 Jun 2027)", "Editor in Gala Night (1 Mar 2027 – 30 Jun 2027)"
QString describeHolding(const Workspace &ws, const Holding &holding);

struct Conflict
{
    Id member = 0;
    QString rule;
    Severity severity = Severity::Block;
    QDateTime at; // the first moment asked about at which the member holds both sides
    Id production = 0; // production scope: where; 0 otherwise
    QList<Holding> left;
    QList<Holding> right;
    const Exception *exception = nullptr; // the exception that covers it at `at`, in the book asked with
};

// Which moments a conflict search looks at: one instant, or every instant from it on.
enum class When : std::uint8_t { At, From };

// The conflicts of the book's rules, per member (all members, or those given), in member order then rule order.
// `index` must be built from `ws`.
QList<Conflict> conflicts(const Workspace &ws, const AccessIndex &index, const Book &book, const QDateTime &moment,
    When when, const QSet<Id> *members = nullptr);

// What an exception is now: in force, run out, or void because the conflict it covered is gone.
enum class ExceptionState : std::uint8_t { InForce, Lapsed, Void };
ExceptionState exceptionState(
    const Workspace &ws, const AccessIndex &index, const Book &book, const Exception &exception, const QDateTime &now);
QString exceptionStateText(ExceptionState state);

// A conflict in one line: "Ann: Self-approval (block): Marketing:edit through account role …; Campaign Approval:edit
// through …"
QString describeConflict(const Workspace &ws, const Book &book, const Conflict &conflict);

// The members a change may have given new access to: those touched, the holders of the roles touched, everyone for
// a change of the catalog.
QSet<Id> affectedMembers(const Workspace &after, const QList<Touched> &touched, bool *everyone);

// Checks the workspace a change leads to: a block rule's conflict that `before` did not have, that no exception
// covers, refuses the change, naming member, rule and holdings. Conflicts are looked for from `now` on.
Status gate(const Workspace &before, const Workspace &after, const QList<Touched> &touched, const Book &book,
    const QDateTime &now);

// The conflicts of warn rules the change makes that `before` did not have and no exception covers, one line each
// (describeConflict()): the change goes through, and these are reported with it.
QStringList warnings(const Workspace &before, const Workspace &after, const QList<Touched> &touched, const Book &book,
    const QDateTime &now);

// Who holds a cell, and through what: one row per member and production (production 0 for features of the account).
struct WhoRow
{
    Id member = 0;
    Id production = 0;
    QList<Holding> holdings;
    bool standing = false; // the Admin & owner or an Admin
};
// `production` 0: every production. `index` must be built from `ws`.
QList<WhoRow> who(
    const Workspace &ws, const AccessIndex &index, Id feature, Level level, Id production, const QDateTime &at);

// The part a role takes in a rule: the cells of each side that the role grants (DutyParts.cpp).
struct RolePart
{
    const Rule *rule = nullptr; // in the book asked with
    QList<Cell> left;
    QList<Cell> right;
};
// The rules a role takes part in, in the book's order: those with a cell of either side that the role grants.
QList<RolePart> roleParts(const Workspace &ws, const Book &book, const Role &role);
// "Orders (block, within one production): this role grants Release Orders:edit on the left side; the right side is
// any of Studio Orders:edit."
QString describeRolePart(const Workspace &ws, const RolePart &part);
// What one feature's cells of a role take part in, for a sheet's row: "Orders: left side (edit)"; empty for none.
QString featurePart(const Feature &feature, const QList<RolePart> &parts);

} // namespace rs::duties
