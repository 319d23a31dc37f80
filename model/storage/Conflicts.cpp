// The conflict check of a write that finds another writer's commits since its store read the workspace.
#include "Conflicts.h"
#include "domain/Quoted.h"

#include "Store.h"

#include <QCoreApplication>

namespace rs {

namespace {

bool sameExceptGrants(const Role &a, const Role &b)
{
    return a.name == b.name && a.scope == b.scope && a.isTemplate == b.isTemplate && a.builtIn == b.builtIn
        && a.production == b.production && a.guardrails == b.guardrails && a.invitedOnly == b.invitedOnly
        && a.description == b.description;
}

} // namespace

ConflictCheck::ConflictCheck(
    const Workspace &mine, const Revisions &mineRevisions, const Workspace &now, const Revisions &nowRevisions)
    : m_mine(mine)
    , m_mineRevisions(mineRevisions)
    , m_now(now)
    , m_nowRevisions(nowRevisions)
{
}

bool ConflictCheck::changed(RevisionKind kind, Id id) const
{
    return m_mineRevisions.value({ int(kind), id }, -1) != m_nowRevisions.value({ int(kind), id }, -2);
}

void ConflictCheck::flag(const QString &key, const QString &name)
{
    if (!m_keys.contains(key)) {
        m_keys.append(key);
        m_names.append(name);
    }
}

QString ConflictCheck::roleLabel(Id id) const
{
    const Role *r = m_mine.role(id);
    return QCoreApplication::translate("rs::Store", "role %1").arg(quoted(r ? r->name : QString::number(id)));
}

void ConflictCheck::compare(const Touched &t)
{
    for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it) {
        if (it.value() && changed(RevisionKind::Role, it.key()))
            flag(QStringLiteral("role:%1").arg(it.key()), roleLabel(it.key()));
    }
    for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
        const auto [roleId, featureId] = it.key();
        const Role *before = m_mine.role(roleId);
        if (t.roles.contains(roleId) || !before)
            continue;
        // Another editor's change to other cells of the same role is no conflict; one to this cell, to the
        // role's guardrails or to the feature is.
        const Role *after = m_now.role(roleId);
        if (changed(RevisionKind::Role, roleId)
            && (!after || !sameExceptGrants(*before, *after)
                || after->grants.value(featureId) != before->grants.value(featureId)))
            flag(QStringLiteral("role:%1").arg(roleId), roleLabel(roleId));
        const Feature *f = m_mine.feature(featureId);
        const Feature *g = m_now.feature(featureId);
        if (f && (!g || !(*f == *g)))
            flag(QStringLiteral("feature:%1").arg(featureId),
                QCoreApplication::translate("rs::Store", "feature %1").arg(quoted(f->name)));
    }
    for (auto it = t.members.cbegin(); it != t.members.cend(); ++it) {
        if (it.value() && changed(RevisionKind::Member, it.key()))
            flag(QStringLiteral("member:%1").arg(it.key()),
                QCoreApplication::translate("rs::Store", "member %1").arg(quoted(it.value()->name)));
    }
    for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it) {
        if (it.value() && changed(RevisionKind::Production, it.key()))
            flag(QStringLiteral("production:%1").arg(it.key()),
                QCoreApplication::translate("rs::Store", "production %1").arg(quoted(it.value()->name)));
    }
    for (auto it = t.seats.cbegin(); it != t.seats.cend(); ++it) {
        const Production *p = m_mine.production(it.key().production);
        if (!p || !m_mine.member(it.key().member))
            continue; // created by these changes
        if (!m_now.production(p->id) || !m_now.member(it.key().member)
            || m_now.seats().value(it.key(), 0) != m_mine.seats().value(it.key(), 0)
            || !(m_now.seatTerm(it.key()) == m_mine.seatTerm(it.key())))
            flag(QStringLiteral("production:%1").arg(p->id),
                QCoreApplication::translate("rs::Store", "the team of %1").arg(quoted(p->name)));
    }
    if (t.catalog && (m_mine.features() != m_now.features() || m_mine.sections() != m_now.sections()))
        flag(QStringLiteral("catalog"), QCoreApplication::translate("rs::Store", "the catalog"));
    if (t.workspaceName && m_mine.name() != m_now.name())
        flag(QStringLiteral("workspace"), QCoreApplication::translate("rs::Store", "the workspace name"));
}

Error ConflictCheck::error(const QList<AuditEntry> &since) const
{
    QStringList who;
    for (const AuditEntry &e : since) {
        bool relevant = e.subjects.contains(QLatin1String("replace"));
        for (const QString &key : m_keys)
            relevant = relevant || e.subjects.contains(key);
        const QString by = e.actor.isEmpty() ? e.dbUser : e.actor;
        if (relevant && who.size() < 3)
            who.append(QCoreApplication::translate("rs::Store", "%1 at %2: %3")
                           .arg(by, e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), e.summary));
    }
    return Error::conflict(QCoreApplication::translate(
        "rs::Store", "Another editor changed %1 since it was read (%2). Nothing was changed; reload and apply again.")
                               .arg(m_names.join(QStringLiteral(", ")), who.join(QStringLiteral("; "))));
}

} // namespace rs
