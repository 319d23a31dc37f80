// The reading side of the audit trail, and the conflict check that names who changed what.
#include "Store.h"

#include "AuditState.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rs {

namespace {

QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name.left(60));
}

bool sameExceptGrants(const Role &a, const Role &b)
{
    return a.name == b.name && a.scope == b.scope && a.isTemplate == b.isTemplate && a.builtIn == b.builtIn
        && a.production == b.production && a.guardrails == b.guardrails && a.invitedOnly == b.invitedOnly
        && a.description == b.description;
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

Result<QList<AuditEntry>> Store::audit(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.role) {
        where.append(QStringLiteral("subjects LIKE ?"));
        values.append(QStringLiteral("%% role:%1 %%").arg(filter.role));
    }
    if (filter.member || !filter.memberName.isEmpty()) {
        where.append(QStringLiteral("(subjects LIKE ? OR actor = ?)"));
        values.append(QStringLiteral("%% member:%1 %%").arg(filter.member));
        values.append(filter.memberName.isNull() ? QStringLiteral("") : filter.memberName);
    }
    if (filter.since.isValid()) {
        where.append(QStringLiteral("at >= ?"));
        values.append(filter.since.toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.afterVersion > 0) {
        where.append(QStringLiteral("version > ?"));
        values.append(filter.afterVersion);
    }
    QString sql = QStringLiteral("SELECT id, version, at, os_user, db_user, actor, summary, subjects, change, "
                                 "before_state, after_state FROM audit");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    ok = ok && q.exec();
    if (!ok)
        return Error::storage(
            QCoreApplication::translate("rs::Store", "The audit trail of %1 cannot be read.").arg(m_location),
            q.lastError().text());
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.version = q.value(1).toLongLong();
        e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        e.osUser = q.value(3).toString();
        e.dbUser = q.value(4).toString();
        e.actor = q.value(5).toString();
        e.summary = q.value(6).toString();
        e.subjects = auditstate::splitSubjects(q.value(7).toString());
        e.change = parseObject(q.value(8).toString());
        e.before = parseObject(q.value(9).toString());
        e.after = parseObject(q.value(10).toString());
        entries.append(e);
    }
    return entries;
}

Status Store::checkConflicts(const Loaded &fresh, const QList<Touched> &touched) const
{
    const Workspace &mine = m_workspace; // as this store read it, the staged changes undone
    const Workspace &now = fresh.workspace;
    QStringList keys;
    QStringList names;
    const auto changed = [&](Kind kind, Id id) {
        return m_revisions.value({ int(kind), id }, -1) != fresh.revisions.value({ int(kind), id }, -2);
    };
    const auto flag = [&](const QString &key, const QString &name) {
        if (!keys.contains(key)) {
            keys.append(key);
            names.append(name);
        }
    };
    const auto roleLabel = [&](Id id) {
        const Role *r = mine.role(id);
        return QCoreApplication::translate("rs::Store", "role %1").arg(quoted(r ? r->name : QString::number(id)));
    };
    for (const Touched &t : touched) {
        for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it) {
            if (it.value() && changed(Kind::Role, it.key()))
                flag(QStringLiteral("role:%1").arg(it.key()), roleLabel(it.key()));
        }
        for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
            const auto [roleId, featureId] = it.key();
            const Role *before = mine.role(roleId);
            if (t.roles.contains(roleId) || !before)
                continue;
            // Another editor's change to other cells of the same role is no conflict; one to this cell, to the
            // role's guardrails or to the feature is.
            const Role *after = now.role(roleId);
            if (changed(Kind::Role, roleId)
                && (!after || !sameExceptGrants(*before, *after)
                    || after->grants.value(featureId) != before->grants.value(featureId)))
                flag(QStringLiteral("role:%1").arg(roleId), roleLabel(roleId));
            const Feature *f = mine.feature(featureId);
            const Feature *g = now.feature(featureId);
            if (f && (!g || !(*f == *g)))
                flag(QStringLiteral("feature:%1").arg(featureId),
                    QCoreApplication::translate("rs::Store", "feature %1").arg(quoted(f->name)));
        }
        for (auto it = t.members.cbegin(); it != t.members.cend(); ++it) {
            if (it.value() && changed(Kind::Member, it.key()))
                flag(QStringLiteral("member:%1").arg(it.key()),
                    QCoreApplication::translate("rs::Store", "member %1").arg(quoted(it.value()->name)));
        }
        for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it) {
            if (it.value() && changed(Kind::Production, it.key()))
                flag(QStringLiteral("production:%1").arg(it.key()),
                    QCoreApplication::translate("rs::Store", "production %1").arg(quoted(it.value()->name)));
        }
        for (auto it = t.seats.cbegin(); it != t.seats.cend(); ++it) {
            const Production *p = mine.production(it.key().production);
            if (!p || !mine.member(it.key().member))
                continue; // created by these changes
            if (!now.production(p->id) || !now.member(it.key().member)
                || now.seats().value(it.key(), 0) != mine.seats().value(it.key(), 0))
                flag(QStringLiteral("production:%1").arg(p->id),
                    QCoreApplication::translate("rs::Store", "the team of %1").arg(quoted(p->name)));
        }
        if (t.catalog && (mine.features() != now.features() || mine.sections() != now.sections()))
            flag(QStringLiteral("catalog"), QCoreApplication::translate("rs::Store", "the catalog"));
        if (t.workspaceName && mine.name() != now.name())
            flag(QStringLiteral("workspace"), QCoreApplication::translate("rs::Store", "the workspace name"));
    }
    if (keys.isEmpty())
        return {};
    // Who changed it, from the audit rows written since this store read the workspace.
    QStringList who;
    AuditFilter since;
    since.afterVersion = m_version;
    const Result<QList<AuditEntry>> rows = audit(since);
    if (rows) {
        for (const AuditEntry &e : rows.value()) {
            bool relevant = e.subjects.contains(QLatin1String("replace"));
            for (const QString &key : keys)
                relevant = relevant || e.subjects.contains(key);
            const QString by = e.actor.isEmpty() ? e.dbUser : e.actor;
            if (relevant && who.size() < 3)
                who.append(QCoreApplication::translate("rs::Store", "%1 at %2: %3")
                               .arg(by, e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), e.summary));
        }
    }
    return Error::conflict(QCoreApplication::translate(
        "rs::Store", "Another editor changed %1 since it was read (%2). Nothing was changed; reload and apply again.")
                               .arg(names.join(QStringLiteral(", ")), who.join(QStringLiteral("; "))));
}

} // namespace rs
