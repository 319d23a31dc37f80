#pragma once

#include "Levels.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <cstdint>

namespace rs {

using Id = qint64;

// Where a feature lives: once for the studio, or inside each production.
enum class Scope : std::uint8_t { Account, Production };

// Feature categories that guardrails refer to.
enum class Category : std::uint8_t { Financial = 1, Personnel = 2, Marketing = 4 };

// A set of categories held as a bit mask.
class Categories
{
public:
    constexpr Categories() = default;
    constexpr Categories(Category c)
        : m_bits(static_cast<std::uint8_t>(c))
    {
    }
    static constexpr Categories fromBits(unsigned bits) { return Categories(static_cast<std::uint8_t>(bits & 7u)); }
    constexpr std::uint8_t bits() const { return m_bits; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr bool has(Category c) const { return (m_bits & static_cast<std::uint8_t>(c)) != 0; }
    constexpr bool intersects(Categories other) const { return (m_bits & other.m_bits) != 0; }
    constexpr Categories with(Categories other) const { return Categories(m_bits | other.m_bits); }
    constexpr Categories without(Categories other) const { return Categories(m_bits & ~other.m_bits & 7); }
    constexpr Categories common(Categories other) const { return Categories(m_bits & other.m_bits); }
    constexpr bool operator==(const Categories &) const = default;

    // Stable keys, "financial,personnel"; empty for none.
    QString toKeys() const;
    static Result<Categories> parseKeys(const QString &text);
    // Names as people read them, translated ("financial, personnel").
    QString toText() const;

private:
    constexpr explicit Categories(std::uint8_t bits)
        : m_bits(bits)
    {
    }
    std::uint8_t m_bits = 0;
};

inline constexpr Category kAllCategories[] = { Category::Financial, Category::Personnel, Category::Marketing };
QString categoryKey(Category c);
QString categoryName(Category c);

// The five roles every workspace has; they are locked.
enum class BuiltIn : std::uint8_t { None, Owner, Admin, CreateProductions, ProductionAdmin, ProductionMember };

// A group of features, one heading of the grid.
struct Section
{
    Id id = 0;
    QString name;
    bool operator==(const Section &) const = default;
};

// One row of the grid.
struct Feature
{
    Id id = 0;
    Id section = 0;
    QString name;
    Scope scope = Scope::Account;
    Categories categories;
    bool ownerOnly = false;
    QString rationale;
    bool operator==(const Feature &) const = default;
};

// What ties a role to the template it was made from: its cells are the template's cells as they were at `version`
// (`base`) plus its local overrides, the cells where the role differs from `base` (SPEC: roles that follow their
// template). Following, a template's change flows into the role as it is applied; pinned, the role waits.
struct RoleLink
{
    Id templ = 0; // 0: not linked
    int version = 0; // the template's version the role was last in step with
    bool follow = false;
    QHash<Id, Levels> base; // the template's cells at that version; features not listed hold None

    bool isLinked() const { return templ != 0; }
    bool operator==(const RoleLink &) const = default;
};

// A named grant for every feature, with guardrails; account role, production role or template.
struct Role
{
    Id id = 0;
    QString name;
    Scope scope = Scope::Account;
    bool isTemplate = false;
    BuiltIn builtIn = BuiltIn::None;
    Id production = 0; // custom production roles belong to one production; 0 otherwise
    Categories guardrails;
    bool invitedOnly = false; // account roles: reach only the productions the member was invited to
    QString description;
    QHash<Id, Levels> grants; // stored grants; features not listed hold None
    int version = 0; // templates: how many changes their cells have taken
    RoleLink link; // roles made from a template and kept linked to it

    bool isLocked() const { return builtIn != BuiltIn::None; }
    bool isProductionRole() const { return scope == Scope::Production && !isTemplate; }
    bool isAccountRole() const { return scope == Scope::Account && !isTemplate; }
    bool operator==(const Role &) const = default;
};

// A person of the workspace.
struct Member
{
    Id id = 0;
    QString name;
    Id accountRole = 0; // 0: no account role
    QDateTime accountRoleUntil; // the last instant the account role counts; invalid: it does not end
    bool operator==(const Member &) const = default;
};

// One job or production of the studio.
struct Production
{
    Id id = 0;
    QString name;
    Id createdBy = 0;
    QDateTime wrap; // seats without an end of their own end here; invalid: no wrap date
    bool operator==(const Production &) const = default;
};

// A member's place in a production's team.
struct SeatKey
{
    Id production = 0;
    Id member = 0;
    bool operator==(const SeatKey &) const = default;
};

// When a seat counts: from its first to its last instant, both included; an invalid end point is open.
struct SeatTerm
{
    QDateTime from;
    QDateTime until;
    bool isEmpty() const { return !from.isValid() && !until.isValid(); }
    bool operator==(const SeatTerm &) const = default;
};

inline size_t qHash(const SeatKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.production, key.member);
}

} // namespace rs
