#include "ReviewStore.h"

#include "AuditLog.h"
#include "Transaction.h"

#include "AuditState.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rs {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("rs::ReviewStore", text, nullptr, n);
}

QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name.left(60));
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

Error failed(const QSqlQuery &q, const QString &message)
{
    return Error::storage(message, q.lastError().text());
}

Error unreadable(const QSqlQuery &q)
{
    return failed(q, tr("The access reviews of the workspace cannot be read."));
}

Error unsaved(const QSqlQuery &q)
{
    return failed(q, tr("The access review could not be saved; nothing was changed."));
}

// Runs a prepared statement with its values bound in order.
bool run(QSqlQuery &q, const char *sql, const QVariantList &values)
{
    if (!q.prepare(QString::fromLatin1(sql)))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Status checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(tr("A campaign needs a name."));
    if (trimmed.size() > 80)
        return Error::badInput(tr("A campaign's name has 80 characters at most."));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Error::badInput(tr("A campaign's name cannot hold control or invisible characters."));
    }
    return {};
}

const char kCampaignColumns[] = "SELECT c.id, c.name, c.scope, c.scope_id, c.scope_name, c.due, c.delta, c.follows, "
                                "c.started_at, c.started_by, c.started_version, c.item_count, c.items_hash, "
                                "c.closed_at, c.closed_by, c.applied_version, f.name FROM review_campaigns c "
                                "LEFT JOIN review_campaigns f ON f.id = c.follows ";

Campaign campaignFrom(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.scope.kind = review::Scope::parseKey(q.value(2).toString()).value_or(review::Scope::Kind::Studio);
    c.scope.target = q.value(3).toLongLong();
    c.scope.targetName = q.value(4).toString();
    c.due = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.delta = q.value(6).toInt() != 0;
    c.follows = q.value(7).toLongLong();
    c.startedAt = parseStamp(q.value(8).toString());
    c.startedBy = q.value(9).toString();
    c.startedVersion = q.value(10).toLongLong();
    c.itemCount = q.value(11).toInt();
    c.itemsHash = q.value(12).toString();
    c.closedAt = parseStamp(q.value(13).toString());
    c.closedBy = q.value(14).toString();
    c.appliedVersion = q.value(15).toLongLong();
    c.followsName = q.value(16).toString();
    return c;
}

} // namespace

QString ReviewStore::who() const
{
    return m_store.dialect() == Dialect::PostgreSQL && !m_store.m_dbUser.isEmpty() ? m_store.m_dbUser
                                                                                   : auditstate::osUser();
}

Status ReviewStore::write(const std::function<Status(qint64)> &work)
{
    return m_store.watched([&]() -> Status {
        if (m_store.m_readOnly)
            return Error::badInput(
                QCoreApplication::translate("rs::Store", "%1 was opened read-only; nothing was changed.")
                    .arg(m_store.location()));
        qint64 version = 0;
        std::optional<Transaction> tx;
        if (Status s = m_store.begin(tx, Transaction::Mode::Write, &version); !s)
            return s;
        if (Status s = work(version); !s)
            return s; // the guard rolls back
        return m_store.commit(*tx);
    });
}

Status ReviewStore::audit(qint64 version, const QString &summary, Id campaign, const QJsonObject &change)
{
    const QString json = QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact));
    return AuditLog::append(m_store.statements(), m_store.dialect(),
        { 0, version, stamp(QDateTime::currentDateTimeUtc()), auditstate::osUser(), text(m_store.m_dbUser),
            text(m_store.m_actor), summary, auditstate::joinSubjects({ QStringLiteral("review:%1").arg(campaign) }),
            json, QStringLiteral("{}"), QStringLiteral("{}") });
}

Result<Campaign> ReviewStore::readCampaign(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    const QByteArray sql = QByteArray(kCampaignColumns) + where.toLatin1();
    if (!run(q, sql.constData(), { value }))
        return unreadable(q);
    if (!q.next())
        return Error::notFound(tr("There is no access review named %1.").arg(quoted(value.toString())));
    Campaign c = campaignFrom(q);
    q.finish();
    if (!run(q, "SELECT member_id, member_name FROM review_reviewers WHERE campaign_id = ? ORDER BY member_name",
            { c.id }))
        return unreadable(q);
    while (q.next())
        c.reviewers.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return c;
}

Result<Campaign> ReviewStore::campaign(const QString &name) const
{
    return m_store.watched([&] { return readCampaign(QStringLiteral("WHERE c.name = ?"), name.trimmed()); });
}

Result<QList<Campaign>> ReviewStore::campaigns() const
{
    return m_store.watched([&]() -> Result<QList<Campaign>> {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        const QByteArray sql = QByteArray(kCampaignColumns) + "ORDER BY c.id";
        if (!q.exec(QString::fromLatin1(sql)))
            return unreadable(q);
        QList<Campaign> list;
        while (q.next())
            list.append(campaignFrom(q));
        return list;
    });
}

Result<QList<review::Item>> ReviewStore::readItems(Id campaign) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!run(q,
            "SELECT item, kind, member_id, member_name, production_id, production_name, role_id, role_name, "
            "reaches_all, starts, ends, grants, feature_names FROM review_items WHERE campaign_id = ? ORDER BY item",
            { campaign }))
        return unreadable(q);
    QList<review::Item> items;
    while (q.next()) {
        review::Item i;
        i.number = q.value(0).toInt();
        i.kind = q.value(1).toString() == QLatin1String("seat") ? review::Item::Kind::Seat
                                                                : review::Item::Kind::AccountRole;
        i.member = q.value(2).toLongLong();
        i.memberName = q.value(3).toString();
        i.production = q.value(4).toLongLong();
        i.productionName = q.value(5).toString();
        i.role = q.value(6).toLongLong();
        i.roleName = q.value(7).toString();
        i.reachesAll = q.value(8).toInt() != 0;
        i.starts = q.value(9).toString();
        i.ends = q.value(10).toString();
        i.grants = review::Item::parseGrantsKey(q.value(11).toString());
        // The feature names as they were when the campaign started, in the order of the grants.
        const QStringList names = q.value(12).toString().split(QLatin1Char('\n'));
        for (qsizetype n = 0; n < i.grants.size() && n < names.size(); ++n)
            i.grants[n].featureName = names.at(n);
        items.append(std::move(i));
    }
    return items;
}

Result<QHash<int, review::Decision>> ReviewStore::readDecisions(Id campaign) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!run(q,
            "SELECT item, decision, end_date, comment, decided_by, actor, decided_at, outcome FROM review_decisions "
            "WHERE campaign_id = ?",
            { campaign }))
        return unreadable(q);
    QHash<int, review::Decision> decisions;
    while (q.next()) {
        review::Decision d;
        d.kind = review::Decision::parseKind(q.value(1).toString()).value_or(review::Decision::Kind::None);
        d.endDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        d.comment = q.value(3).toString();
        d.decidedBy = q.value(4).toString();
        d.actor = q.value(5).toString();
        d.at = parseStamp(q.value(6).toString());
        d.outcome = q.value(7).toString();
        decisions.insert(q.value(0).toInt(), d);
    }
    return decisions;
}

Result<QList<CampaignItem>> ReviewStore::items(const Campaign &campaign) const
{
    return m_store.watched([&]() -> Result<QList<CampaignItem>> {
        Result<QList<review::Item>> items = readItems(campaign.id);
        if (!items)
            return items.error();
        Result<QHash<int, review::Decision>> decisions = readDecisions(campaign.id);
        if (!decisions)
            return decisions.error();
        // The access the workspace holds now, worked out once for every item.
        QHash<QString, review::Item> now;
        if (!campaign.isClosed()) {
            const QList<review::Item> current = review::freezeItems(m_store.workspace(), review::Scope::studio());
            now.reserve(current.size());
            for (const review::Item &i : current)
                now.insert(i.accessKey(), i);
        }
        QList<CampaignItem> list;
        list.reserve(items.value().size());
        for (review::Item &i : items.value()) {
            CampaignItem ci;
            ci.decision = decisions.value().value(i.number);
            const auto held = now.constFind(i.accessKey());
            ci.changed = !campaign.isClosed() && (held == now.cend() || !held->sameAccess(i));
            ci.item = std::move(i);
            list.append(std::move(ci));
        }
        return list;
    });
}

Result<Campaign> ReviewStore::start(const CampaignStart &request)
{
    if (Status s = checkName(request.name); !s)
        return s.error();
    const QString name = request.name.trimmed();
    if (Result<Campaign> existing = campaign(name); existing)
        return Error::badInput(tr("There is already an access review named %1.").arg(quoted(name)));
    else if (existing.error().code != Error::Code::NotFound)
        return existing.error();
    if (request.due.isValid() && request.due < QDate::currentDate())
        return Error::badInput(tr("The due date %1 is in the past.").arg(request.due.toString(Qt::ISODate)));
    // The items are frozen from the workspace at the version the campaign records: read it again first, and again if
    // another writer commits before the writers' lock is taken.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (Status s = m_store.reload(); !s)
            return s.error();
        const Workspace &ws = m_store.workspace();
        for (Id reviewer : request.reviewers) {
            if (!ws.member(reviewer))
                return Error::notFound(tr("A reviewer is not a member of the workspace."));
        }
        QList<review::Item> items = review::freezeItems(ws, request.scope);
        Id follows = 0;
        if (request.delta) {
            Result<QList<Campaign>> all = campaigns();
            if (!all)
                return all.error();
            for (const Campaign &c : all.value()) {
                if (c.isClosed() && c.scope.sameAs(request.scope))
                    follows = c.id;
            }
            if (!follows)
                return Error::badInput(tr("There is no closed access review of %1 to follow; start one without "
                                          "delta mode first.")
                                           .arg(request.scope.describe()));
            Result<QList<review::Item>> previous = readItems(follows);
            Result<QHash<int, review::Decision>> decisions = readDecisions(follows);
            if (!previous || !decisions)
                return previous ? decisions.error() : previous.error();
            // What the last campaign left: its items, less the access its revokes removed.
            QList<review::Item> left;
            for (const review::Item &i : previous.value()) {
                const review::Decision d = decisions.value().value(i.number);
                if (!(d.kind == review::Decision::Kind::Revoke && d.outcome == QLatin1String("applied")))
                    left.append(i);
            }
            items = review::changedSince(items, left);
        }
        const QString hash = review::itemsHash(items);
        const qint64 readAt = m_store.version();
        bool moved = false;
        Id id = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Status s = write([&](qint64 version) -> Status {
            if (version != readAt) {
                moved = true;
                return Error::conflict(QString());
            }
            QSqlQuery q(m_store.db());
            q.setForwardOnly(true);
            if (!run(q,
                    "INSERT INTO review_campaigns (name, scope, scope_id, scope_name, due, delta, follows, "
                    "started_at, started_by, started_version, item_count, items_hash) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    { name, request.scope.key(), request.scope.target, text(request.scope.targetName),
                        request.due.isValid() ? request.due.toString(Qt::ISODate) : QStringLiteral(""),
                        request.delta ? 1 : 0, follows ? QVariant(follows) : QVariant(QMetaType(QMetaType::LongLong)),
                        stamp(now), text(who()), version, int(items.size()), hash })
                || !q.next())
                return unsaved(q);
            id = q.value(0).toLongLong();
            q.finish();
            for (Id reviewer : request.reviewers) {
                if (!run(q,
                        "INSERT INTO review_reviewers (campaign_id, member_id, member_name) VALUES (?, ?, ?) "
                        "ON CONFLICT DO NOTHING",
                        { id, reviewer, m_store.workspace().member(reviewer)->name }))
                    return unsaved(q);
            }
            if (!q.prepare(QStringLiteral(
                    "INSERT INTO review_items (campaign_id, item, kind, member_id, member_name, production_id, "
                    "production_name, role_id, role_name, reaches_all, starts, ends, grants, feature_names) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
                return unsaved(q);
            for (const review::Item &i : items) {
                QStringList names;
                for (const review::FeatureGrant &g : i.grants)
                    names.append(g.featureName);
                const QVariantList values { id, i.number, i.kindKey(), i.member, text(i.memberName), i.production,
                    text(i.productionName), i.role, text(i.roleName), i.reachesAll ? 1 : 0, text(i.starts),
                    text(i.ends), text(i.grantsKey()), text(names.join(QLatin1Char('\n'))) };
                for (int v = 0; v < values.size(); ++v)
                    q.bindValue(v, values.at(v));
                if (!q.exec())
                    return unsaved(q);
            }
            return audit(version,
                QCoreApplication::translate(
                    "rs::ReviewStore", "Started access review %1 of %2 with %n items", nullptr, int(items.size()))
                    .arg(quoted(name), request.scope.describe()),
                id,
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("review-start") },
                    { QStringLiteral("campaign"), name }, { QStringLiteral("scope"), request.scope.key() },
                    { QStringLiteral("items"), int(items.size()) }, { QStringLiteral("itemsHash"), hash } });
        });
        if (moved)
            continue;
        if (!s)
            return s.error();
        return campaign(name);
    }
    return Error::conflict(tr("The workspace kept changing while the access review started; start it again."));
}

Status ReviewStore::decide(const QString &campaignName, int item, review::Decision decision)
{
    Result<Campaign> c = campaign(campaignName);
    if (!c)
        return c.error();
    if (decision.kind == review::Decision::Kind::None)
        return Error::badInput(tr("A decision is keep, revoke or end on a date."));
    if (decision.kind == review::Decision::Kind::EndOn) {
        if (!decision.endDate.isValid())
            return Error::badInput(tr("An end date is written as YYYY-MM-DD."));
        if (decision.endDate < QDate::currentDate())
            return Error::badInput(tr("The end date %1 is in the past.").arg(decision.endDate.toString(Qt::ISODate)));
    } else {
        decision.endDate = QDate();
    }
    if (Status s = review::checkComment(decision.comment); !s)
        return s;
    if (item < 1 || item > c.value().itemCount)
        return Error::notFound(tr("Access review %1 has no item %2; its items are numbered 1 to %3.")
                                   .arg(quoted(c.value().name))
                                   .arg(item)
                                   .arg(c.value().itemCount));
    const Id id = c.value().id;
    return write([&](qint64 version) -> Status {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        // Under the writers' lock: a close that committed before this is seen.
        if (!run(q, "SELECT closed_at FROM review_campaigns WHERE id = ?", { id }) || !q.next())
            return unsaved(q);
        if (!q.value(0).toString().isEmpty())
            return Error::rule(
                tr("Access review %1 is closed; its decisions can no longer change.").arg(quoted(c.value().name)));
        q.finish();
        const QString key = review::Decision::kindKey(decision.kind);
        const QString date = decision.endDate.isValid() ? decision.endDate.toString(Qt::ISODate) : QStringLiteral("");
        if (!run(q,
                "INSERT INTO review_decisions (campaign_id, item, decision, end_date, comment, decided_by, actor, "
                "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, item) DO UPDATE SET "
                "decision = excluded.decision, end_date = excluded.end_date, comment = excluded.comment, "
                "decided_by = excluded.decided_by, actor = excluded.actor, decided_at = excluded.decided_at",
                { id, item, key, date, text(decision.comment), text(who()), text(m_store.m_actor),
                    stamp(QDateTime::currentDateTimeUtc()) }))
            return unsaved(q);
        return audit(version,
            tr("Access review %1, item %2: %3").arg(quoted(c.value().name)).arg(item).arg(decision.text()), id,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("review-decide") },
                { QStringLiteral("campaign"), c.value().name }, { QStringLiteral("item"), item },
                { QStringLiteral("decision"), key }, { QStringLiteral("endDate"), date },
                { QStringLiteral("comment"), text(decision.comment) } });
    });
}

Result<ClosePlan> ReviewStore::planClose(const QString &campaignName)
{
    if (Status s = m_store.reload(); !s)
        return s.error();
    Result<Campaign> c = campaign(campaignName);
    if (!c)
        return c.error();
    if (c.value().isClosed())
        return Error::rule(tr("Access review %1 is closed already.").arg(quoted(c.value().name)));
    Result<QList<CampaignItem>> list = items(c.value());
    if (!list)
        return list.error();
    int undecided = 0;
    for (const CampaignItem &ci : list.value())
        undecided += ci.decision.kind == review::Decision::Kind::None ? 1 : 0;
    if (undecided > 0)
        return Error::rule(QCoreApplication::translate(
            "rs::ReviewStore", "Access review %1 cannot be closed: %n items are undecided.", nullptr, undecided)
                               .arg(quoted(c.value().name)));
    ClosePlan plan;
    plan.campaign = c.value();
    for (const CampaignItem &ci : list.value()) {
        if (ci.changed) {
            plan.changedItems.append(ci.item.number);
            continue;
        }
        switch (ci.decision.kind) {
        case review::Decision::Kind::None:
        case review::Decision::Kind::Keep:
            ++plan.kept;
            break;
        case review::Decision::Kind::Revoke:
            plan.changes.append(review::revokeChange(ci.item));
            plan.revoked.append(ci.item.number);
            break;
        case review::Decision::Kind::EndOn: {
            Result<Change> change = review::endOnDateChange(m_store.workspace(), ci.item, ci.decision.endDate);
            if (!change)
                return change.error();
            plan.changes.append(change.value());
            plan.revoked.append(ci.item.number);
            break;
        }
        }
    }
    return plan;
}

Result<Campaign> ReviewStore::close(const ClosePlan &plan)
{
    const Campaign &c = plan.campaign;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Inside the transaction that applies the changes: the decisions must still be those the plan was made from,
    // every item decided, and the campaign still open.
    Result<QHash<int, review::Decision>> planned = m_store.watched([&] { return readDecisions(c.id); });
    if (!planned)
        return planned.error();
    const auto finish = [&](qint64 version) -> Status {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        if (!run(q, "SELECT closed_at FROM review_campaigns WHERE id = ?", { c.id }) || !q.next())
            return unsaved(q);
        if (!q.value(0).toString().isEmpty())
            return Error::rule(tr("Access review %1 is closed already.").arg(quoted(c.name)));
        q.finish();
        Result<QHash<int, review::Decision>> decisions = readDecisions(c.id);
        if (!decisions)
            return decisions.error();
        bool same = decisions.value().size() == planned.value().size() && decisions.value().size() == c.itemCount;
        for (auto it = decisions.value().cbegin(); same && it != decisions.value().cend(); ++it) {
            const review::Decision &p = planned.value().value(it.key());
            same = p.kind == it.value().kind && p.endDate == it.value().endDate && p.at == it.value().at;
        }
        if (!same)
            return Error::conflict(tr("Another reviewer changed a decision of access review %1 while it was being "
                                      "closed. Nothing was changed; close it again.")
                                       .arg(quoted(c.name)));
        for (auto it = decisions.value().cbegin(); it != decisions.value().cend(); ++it) {
            QString outcome;
            if (plan.changedItems.contains(it.key()))
                outcome = QStringLiteral("changed");
            else if (plan.revoked.contains(it.key()))
                outcome = QStringLiteral("applied");
            else
                outcome = QStringLiteral("kept");
            if (!run(q, "UPDATE review_decisions SET outcome = ? WHERE campaign_id = ? AND item = ?",
                    { outcome, c.id, it.key() }))
                return unsaved(q);
        }
        if (!run(q, "UPDATE review_campaigns SET closed_at = ?, closed_by = ?, applied_version = ? WHERE id = ?",
                { stamp(now), text(who()), version, c.id }))
            return unsaved(q);
        return audit(version,
            QCoreApplication::translate(
                "rs::ReviewStore", "Closed access review %1: %n revoked", nullptr, int(plan.revoked.size()))
                .arg(quoted(c.name)),
            c.id,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("review-close") },
                { QStringLiteral("campaign"), c.name }, { QStringLiteral("revoked"), int(plan.revoked.size()) },
                { QStringLiteral("changed"), int(plan.changedItems.size()) } });
    };
    Status s;
    if (plan.changes.isEmpty()) {
        s = write(finish);
    } else {
        QList<Change> changes = plan.changes;
        m_store.m_alsoWrite = finish;
        s = m_store.applyAll(changes);
        m_store.m_alsoWrite = nullptr;
    }
    if (!s)
        return s.error();
    return campaign(c.name);
}

} // namespace rs
