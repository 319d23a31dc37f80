#pragma once
// Rows of a workspace written from what a change touched: the statements one write runs, shared by Store's apply,
// batch and whole-workspace writes.
#include "PgAddress.h"
#include "StatementCache.h"
#include "domain/Result.h"
#include "domain/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rs::rows {

inline QVariant idOrNull(Id id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// An instant as a column holds it: milliseconds since the epoch, or NULL when open.
inline QVariant instant(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime instantFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

inline QString scopeKey(Scope scope)
{
    return scope == Scope::Account ? QStringLiteral("account") : QStringLiteral("production");
}

// Runs the cached statements of one write with bound values.
class Writer
{
public:
    explicit Writer(StatementCache &statements)
        : m_statements(statements)
    {
    }

    Status run(const char *sql, const QVariantList &values)
    {
        QSqlError error;
        QSqlQuery *q = m_statements.query(sql, &error);
        if (q) {
            for (int i = 0; i < values.size(); ++i) {
                // A null QString binds as SQL NULL; text columns hold empty strings instead.
                const QVariant &v = values.at(i);
                const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
                q->bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
            }
            if (q->exec())
                return {};
            error = q->lastError();
        }
        return pgsession::storageError(
            QCoreApplication::translate("rs::Store", "The workspace could not be saved."), error);
    }

    Status section(const Section &s, int position)
    {
        return run("INSERT INTO sections (id, name, position) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                   "name = excluded.name, position = excluded.position",
            { s.id, s.name, position });
    }
    Status feature(const Feature &f, int position)
    {
        return run(
            "INSERT INTO features (id, section_id, name, position, scope, categories, owner_only, rationale) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET section_id = excluded.section_id, "
            "name = excluded.name, position = excluded.position, scope = excluded.scope, "
            "categories = excluded.categories, owner_only = excluded.owner_only, rationale = excluded.rationale, "
            "revision = features.revision + 1",
            { f.id, f.section, f.name, position, scopeKey(f.scope), int(f.categories.bits()), f.ownerOnly ? 1 : 0,
                f.rationale });
    }
    Status role(const Role &r)
    {
        return run("INSERT INTO roles (id, name, scope, is_template, built_in, production_id, guardrails, "
                   "invited_only, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                   "name = excluded.name, scope = excluded.scope, is_template = excluded.is_template, "
                   "built_in = excluded.built_in, production_id = excluded.production_id, "
                   "guardrails = excluded.guardrails, invited_only = excluded.invited_only, "
                   "description = excluded.description, revision = roles.revision + 1",
            { r.id, r.name, scopeKey(r.scope), r.isTemplate ? 1 : 0, int(r.builtIn), idOrNull(r.production),
                int(r.guardrails.bits()), r.invitedOnly ? 1 : 0, r.description });
    }
    Status grant(Id role, Id feature, Levels levels)
    {
        if (levels.isNone())
            return run("DELETE FROM grants WHERE role_id = ? AND feature_id = ?", { role, feature });
        return run(
            "INSERT INTO grants (role_id, feature_id, levels) VALUES (?, ?, ?) ON CONFLICT (role_id, feature_id) "
            "DO UPDATE SET levels = excluded.levels",
            { role, feature, int(levels.bits()) });
    }
    Status roleGrants(const Role &r)
    {
        if (Status s = run("DELETE FROM grants WHERE role_id = ?", { r.id }); !s)
            return s;
        for (auto it = r.grants.cbegin(); it != r.grants.cend(); ++it) {
            if (Status s = run("INSERT INTO grants (role_id, feature_id, levels) VALUES (?, ?, ?)",
                    { r.id, it.key(), int(it.value().bits()) });
                !s)
                return s;
        }
        return {};
    }
    Status touchRole(Id role) { return run("UPDATE roles SET revision = revision + 1 WHERE id = ?", { role }); }
    // is_owner is written with the account role it must agree with (schema 4 checks that it does).
    Status member(const Member &m, bool isOwner)
    {
        return run("INSERT INTO members (id, name, account_role_id, is_owner, account_role_until) VALUES (?, ?, ?, ?, "
                   "?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, account_role_id = "
                   "excluded.account_role_id, is_owner = excluded.is_owner, account_role_until = "
                   "excluded.account_role_until, revision = members.revision + 1",
            { m.id, m.name, idOrNull(m.accountRole), isOwner ? 1 : 0, instant(m.accountRoleUntil) });
    }
    // The one row that names the owner; checked against members.is_owner when the transaction commits.
    Status owner(Id member)
    {
        return run("INSERT INTO workspace_owner (id, member_id) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET "
                   "member_id = excluded.member_id",
            { member });
    }
    Status production(const Production &p)
    {
        return run("INSERT INTO productions (id, name, created_by, wrap_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO "
                   "UPDATE SET name = excluded.name, created_by = excluded.created_by, wrap_at = excluded.wrap_at, "
                   "revision = productions.revision + 1",
            { p.id, p.name, idOrNull(p.createdBy), instant(p.wrap) });
    }
    Status seat(const SeatKey &key, Id role, const SeatTerm &term)
    {
        if (!role)
            return run("DELETE FROM seats WHERE production_id = ? AND member_id = ?", { key.production, key.member });
        return run("INSERT INTO seats (production_id, member_id, role_id, starts_at, ends_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (production_id, member_id) DO UPDATE SET role_id = excluded.role_id, "
                   "starts_at = excluded.starts_at, ends_at = excluded.ends_at",
            { key.production, key.member, role, instant(term.from), instant(term.until) });
    }
    Status timeZone(const QByteArray &id)
    {
        return run("INSERT INTO meta (key, value) VALUES ('time_zone', ?) ON CONFLICT (key) DO UPDATE SET value = "
                   "excluded.value",
            { QString::fromLatin1(id) });
    }
    Status name(const QString &name)
    {
        return run("INSERT INTO meta (key, value) VALUES ('name', ?) ON CONFLICT (key) DO UPDATE SET value = "
                   "excluded.value",
            { name });
    }

    const QSqlDatabase &database() const { return m_statements.database(); }
    StatementCache &statements() const { return m_statements; }

private:
    StatementCache &m_statements;
};

// Writes every row `t` touched, in its state in `ws`.
Status writeTouched(Writer &w, const Workspace &ws, const Touched &t);
// Sets every name a batch will write aside under a placeholder first (names are unique row by row).
Status setNamesAside(Writer &w, const QList<Touched> &touched);
// Demotes the owner a batch replaces before the batch writes its new owner (one owner flag at a time).
Status demoteReplacedOwner(Writer &w, const QSqlDatabase &db, const Workspace &ws, const QList<Touched> &touched);

} // namespace rs::rows
