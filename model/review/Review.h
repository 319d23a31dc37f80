#pragma once

#include "domain/Change.h"
#include "domain/Workspace.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace rs::review {

// Whether a campaign may take this name: the one rule for names (Rules::checkName), as every name in the workspace.
Status checkCampaignName(const QString &name);

// What a campaign reviews: the whole studio, the access in one production, or the holdings of one role.
struct Scope
{
    enum class Kind { Studio, Production, Role };
    Kind kind = Kind::Studio;
    Id target = 0; // the production or the role; 0 for the studio
    QString targetName; // as it was named when the campaign started

    static Scope studio() { return {}; }
    static Scope production(const Production &p) { return { Kind::Production, p.id, p.name }; }
    static Scope role(const Role &r) { return { Kind::Role, r.id, r.name }; }
    // Stable key for storage: "studio", "production", "role".
    QString key() const;
    static std::optional<Kind> parseKey(const QString &key);
    // As people read it, translated: "the whole studio", "production “Spring”".
    QString describe() const;
    bool sameAs(const Scope &other) const { return kind == other.kind && target == other.target; }
};

// One feature and the levels an item grants on it.
struct FeatureGrant
{
    Id feature = 0;
    QString featureName;
    Levels levels;
    bool operator==(const FeatureGrant &) const = default;
};

// One piece of a member's access, frozen when the campaign starts: the account role, or one seat on a production's
// team. It says what it grants and where that comes from.
struct Item
{
    enum class Kind { AccountRole, Seat };
    int number = 0; // 1 … n within the campaign, in a stable order
    Kind kind = Kind::AccountRole;
    Id member = 0;
    QString memberName;
    Id production = 0; // the seat's production; 0 for an account role
    QString productionName;
    Id role = 0;
    QString roleName;
    // Account roles: whether the role reaches every production or only those the member is on the team of.
    bool reachesAll = false;
    // Dates of expiring access; empty while the workspace has no dated access.
    QString starts;
    QString ends;
    // What the item grants: for an account role the role's own grants (and, for the Admin & owner and Admin, the
    // production administration they hold everywhere); for a seat the grants of the role it gives in effect.
    QList<FeatureGrant> grants;

    // "account" or "seat".
    QString kindKey() const;
    // Translated: "Account role" / "Seat".
    QString kindText() const;
    // A short summary, translated: "12 features: view 12, add 5, edit 5, delete 1", or "nothing".
    QString grantsSummary() const;
    // Every feature with its levels: "Subject Data: View / Edit; Capture: View", or "nothing".
    QString grantsDetail() const;
    // Where the access comes from, translated: "account role “Admin”, every production".
    QString provenance() const;
    // The machine form of the grants, "12:5;14:1", and back.
    QString grantsKey() const;
    static QList<FeatureGrant> parseGrantsKey(const QString &key, const Workspace *names = nullptr);
    // The item's key: the same piece of access in another campaign or after a change.
    QString accessKey() const;
    // Whether two items give the same access (same role, same grants, same reach and dates).
    bool sameAccess(const Item &other) const;
};

// Every piece of access in scope, in a stable order (member name, account role first, then productions by name),
// numbered from 1.
QList<Item> freezeItems(const Workspace &ws, const Scope &scope);

// The SHA-256 (lower-case hex) of the frozen items: their numbers, members, productions, roles, dates and grants.
QString itemsHash(const QList<Item> &items);

// Delta mode: the items of `current` whose access is new or differs from what `previous` (the items of the last
// closed campaign of the same scope, with the access its revokes removed) held. Numbered anew from 1.
QList<Item> changedSince(const QList<Item> &current, const QList<Item> &previous);

// A reviewer's decision on an item.
struct Decision
{
    enum class Kind { None, Keep, Revoke, EndOn };
    Kind kind = Kind::None;
    QDate endDate; // EndOn only
    QString comment;
    QString decidedBy; // the member who decided (before schema 8: the database login or operating-system user)
    Id member = 0; // that member's id; 0 for a decision carried over from before schema 8
    QString actor; // the member the audit record names as acting
    QDateTime at;
    qint64 seq = 0; // the decision's row: a change of mind is a row of its own, the last one counts
    bool migrated = false; // carried over from before decisions were bound to the audit trail
    // After closing: whether the decision was carried out, or why not.
    QString outcome;

    static QString kindKey(Kind kind); // "keep", "revoke", "end", "" for none
    static std::optional<Kind> parseKind(const QString &key);
    QString text() const; // translated: "Keep", "Revoke", "End on 2026-03-31", "Undecided"
};

// One decision of many taken at once (review decide --from, --all-undecided; the editor's selection).
struct ItemDecision
{
    int item = 0;
    Decision decision;
};

// Which items a list shows or a bulk decision takes: empty fields do not filter. The production and role are
// matched by name as the items froze them, exactly; the member by a part of the name, in any case.
struct ItemFilter
{
    bool undecidedOnly = false;
    QString production;
    QString role;
    QString member;
    bool matches(const Item &item, const Decision &decision) const;
};

// Whether a decision may be recorded as it is: keep, revoke or end on a date (today or later), and a comment
// checkComment() takes. One line saying why not. An end date is dropped from a decision that is not EndOn.
Status checkDecision(Decision &decision, const QDate &today);

// The longest comment a decision takes, in UTF-16 code units.
inline constexpr int kMaxCommentLength = 2000;

// Whether a decision's comment may be stored: at most kMaxCommentLength long, and the rule for longer texts
// (Rules::checkText: line breaks and tabs the only control characters, nothing invisible or direction-changing), so
// the evidence files show what the reviewer typed. One line saying why not.
Status checkComment(const QString &comment);

// What the current workspace holds for an item's access now; nullopt when the access is gone.
std::optional<Item> currentAccess(const Workspace &ws, const Item &item);

// The change that revokes an item's access: the member's account role taken away, or the seat given up.
Change revokeChange(const Item &item);

// The change that ends an item's access on a date. The workspace cannot hold dated access yet, so this refuses with
// a message naming the item; it is the one place where an end date becomes a change.
Result<Change> endOnDateChange(const Workspace &ws, const Item &item, const QDate &date);

} // namespace rs::review
