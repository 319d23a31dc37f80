// The writing half of Store: turns what a change touched into rows, inside one transaction.
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rs {

namespace {

QVariant idOrNull(Id id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString scopeKey(Scope scope)
{
    return scope == Scope::Account ? QStringLiteral("account") : QStringLiteral("production");
}

// Prepared statements for one write, each prepared once and executed with bound values.
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    Status run(const char *sql, const QVariantList &values)
    {
        QSqlQuery &q = query(sql);
        for (int i = 0; i < values.size(); ++i) {
            // A null QString binds as SQL NULL; text columns hold empty strings instead.
            const QVariant &v = values.at(i);
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
        }
        if (q.exec())
            return {};
        return Error::storage(
            QCoreApplication::translate("rs::Store", "The workspace could not be saved."), q.lastError().text());
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
    Status member(const Member &m)
    {
        return run("INSERT INTO members (id, name, account_role_id) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                   "name = excluded.name, account_role_id = excluded.account_role_id, revision = members.revision + 1",
            { m.id, m.name, idOrNull(m.accountRole) });
    }
    Status production(const Production &p)
    {
        return run("INSERT INTO productions (id, name, created_by) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                   "name = excluded.name, created_by = excluded.created_by, revision = productions.revision + 1",
            { p.id, p.name, idOrNull(p.createdBy) });
    }
    Status seat(const SeatKey &key, Id role)
    {
        if (!role)
            return run("DELETE FROM seats WHERE production_id = ? AND member_id = ?", { key.production, key.member });
        return run("INSERT INTO seats (production_id, member_id, role_id) VALUES (?, ?, ?) ON CONFLICT "
                   "(production_id, member_id) DO UPDATE SET role_id = excluded.role_id",
            { key.production, key.member, role });
    }
    Status name(const QString &name)
    {
        return run("INSERT INTO meta (key, value) VALUES ('name', ?) ON CONFLICT (key) DO UPDATE SET value = "
                   "excluded.value",
            { name });
    }

private:
    QSqlQuery &query(const char *sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            it = m_queries.emplace(sql, QSqlQuery(m_db)).first;
            it->second.prepare(QString::fromLatin1(sql));
        }
        return it->second;
    }

    QSqlDatabase m_db;
    std::map<const char *, QSqlQuery> m_queries;
};

Status writeCatalog(Writer &w, const Workspace &ws, const Touched &t)
{
    for (int i = 0; i < ws.sections().size(); ++i) {
        if (Status s = w.section(ws.sections().at(i), i); !s)
            return s;
    }
    for (int i = 0; i < ws.features().size(); ++i) {
        if (Status s = w.feature(ws.features().at(i), i); !s)
            return s;
    }
    for (const Feature &f : t.featuresBefore) {
        if (!ws.feature(f.id)) {
            if (Status s = w.run("DELETE FROM features WHERE id = ?", { f.id }); !s)
                return s;
        }
    }
    for (const Section &sec : t.sectionsBefore) {
        if (!ws.section(sec.id)) {
            if (Status s = w.run("DELETE FROM sections WHERE id = ?", { sec.id }); !s)
                return s;
        }
    }
    return {};
}

Status writeTouched(Writer &w, const Workspace &ws, const Touched &t)
{
    if (t.catalog) {
        if (Status s = writeCatalog(w, ws, t); !s)
            return s;
    }
    if (t.workspaceName) {
        if (Status s = w.name(ws.name()); !s)
            return s;
    }
    for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it) {
        const Production *p = ws.production(it.key());
        Status s = p ? w.production(*p) : w.run("DELETE FROM productions WHERE id = ?", { it.key() });
        if (!s)
            return s;
    }
    for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it) {
        const Role *r = ws.role(it.key());
        Status s = r ? w.role(*r) : w.run("DELETE FROM roles WHERE id = ?", { it.key() });
        if (s && r)
            s = w.roleGrants(*r);
        if (!s)
            return s;
    }
    QSet<Id> bumped;
    for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
        const Id role = it.key().first;
        if (t.roles.contains(role) || !ws.role(role) || !ws.feature(it.key().second))
            continue;
        if (Status s = w.grant(role, it.key().second, ws.role(role)->grants.value(it.key().second)); !s)
            return s;
        if (!bumped.contains(role)) {
            bumped.insert(role);
            if (Status s = w.touchRole(role); !s)
                return s;
        }
    }
    for (auto it = t.members.cbegin(); it != t.members.cend(); ++it) {
        const Member *m = ws.member(it.key());
        Status s = m ? w.member(*m) : w.run("DELETE FROM members WHERE id = ?", { it.key() });
        if (!s)
            return s;
    }
    for (auto it = t.seats.cbegin(); it != t.seats.cend(); ++it) {
        if (!ws.production(it.key().production) || !ws.member(it.key().member))
            continue; // removed with its production or member
        if (Status s = w.seat(it.key(), ws.seats().value(it.key(), 0)); !s)
            return s;
    }
    return {};
}

} // namespace

Status Store::writeAll()
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return Error::storage(
            QCoreApplication::translate("rs::Store", "The workspace could not be saved."), database.lastError().text());
    Writer w(database);
    const Workspace &ws = m_workspace;
    Status s;
    for (const char *sql : { "DELETE FROM seats", "DELETE FROM grants", "DELETE FROM members", "DELETE FROM roles",
             "DELETE FROM productions", "DELETE FROM features", "DELETE FROM sections" }) {
        if (s)
            s = w.run(sql, {});
    }
    Touched all;
    all.catalog = true;
    for (const Role &r : ws.roles())
        all.roles.insert(r.id, std::nullopt);
    for (const Member &m : ws.members())
        all.members.insert(m.id, std::nullopt);
    for (const Production &p : ws.productions())
        all.productions.insert(p.id, std::nullopt);
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it)
        all.seats.insert(it.key(), 0);
    all.workspaceName = true;
    if (s)
        s = writeTouched(w, ws, all);
    if (!s) {
        database.rollback();
        return s;
    }
    if (!database.commit()) {
        const QString detail = database.lastError().text();
        database.rollback();
        return Error::storage(QCoreApplication::translate("rs::Store", "The workspace could not be saved."), detail);
    }
    return {};
}

Result<Touched> Store::apply(Change &change)
{
    QList<Change> changes { change };
    QList<Touched> touched;
    if (Status s = applyChanges(changes, touched); !s)
        return s.error();
    change = changes.first();
    return touched.first();
}

Status Store::applyAll(QList<Change> &changes)
{
    QList<Touched> touched;
    return applyChanges(changes, touched);
}

Status Store::applyChanges(QList<Change> &changes, QList<Touched> &touched)
{
    if (m_readOnly)
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 was opened read-only; nothing was changed.").arg(m_location));
    QStringList summaries;
    auto undoAll = [&]() {
        for (auto it = touched.crbegin(); it != touched.crend(); ++it)
            m_workspace.restore(*it);
        touched.clear();
    };
    for (Change &change : changes) {
        const QString summary = change.describe(m_workspace);
        Result<Touched> t = m_workspace.apply(change);
        if (!t) {
            undoAll();
            return t.error();
        }
        summaries.append(summary);
        touched.append(std::move(t).value());
    }
    QSqlDatabase database = db();
    if (!database.transaction()) {
        const QString detail = database.lastError().text();
        undoAll();
        return Error::storage(QCoreApplication::translate(
                                  "rs::Store", "The workspace is busy or cannot be written; nothing was changed."),
            detail);
    }
    Writer w(database);
    Status s;
    for (const Touched &t : touched) {
        if (s)
            s = writeTouched(w, m_workspace, t);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int i = 0; s && i < changes.size(); ++i) {
        const QByteArray json = QJsonDocument(changes.at(i).toJson()).toJson(QJsonDocument::Compact);
        s = w.run("INSERT INTO audit (at, os_user, db_user, actor, summary, change) VALUES (?, ?, ?, ?, ?, ?)",
            { now, m_actor, database.userName(), m_actor, summaries.at(i), QString::fromUtf8(json) });
    }
    if (s && !database.commit())
        s = Error::storage(
            QCoreApplication::translate("rs::Store", "The workspace could not be saved; nothing was changed."),
            database.lastError().text());
    if (!s) {
        database.rollback();
        undoAll();
        return s;
    }
    return {};
}

Status Store::replace(const Workspace &workspace)
{
    if (m_readOnly)
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 was opened read-only; nothing was changed.").arg(m_location));
    if (Status s = workspace.verify(); !s)
        return s;
    Workspace previous = m_workspace;
    m_workspace = workspace;
    if (Status s = writeAll(); !s) {
        m_workspace = std::move(previous);
        return s;
    }
    return {};
}

} // namespace rs
