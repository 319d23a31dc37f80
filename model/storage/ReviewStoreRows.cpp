// The rows of access reviews, each kind inserted in one place, and the audit record of each step: what a writer
// that adds to every row or record (a digest, a check) hooks into. No review row is ever updated or deleted.
#include "ReviewStore.h"

#include "AuditLog.h"
#include "AuditState.h"
#include "Digest.h"
#include "ReviewStoreSql.h"
#include "ReviewStoreStatement.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSet>

namespace rs {

using namespace reviewsql;

Status ReviewStore::write(const std::function<Status(qint64)> &work, QList<Change> *changes, const QJsonObject &approval)
{
    m_newRows.clear();
    return m_store.writeBeside(
        [&](SideWrite &side) {
            m_side = &side;
            const Status s = work(side.version);
            m_side = nullptr;
            return s;
        },
        { {}, changes, approval });
}

Status ReviewStore::audit(qint64, const QString &summary, Id campaign, const QJsonObject &change)
{
    m_side->inserted = std::exchange(m_newRows, {});
    m_side->summary = summary;
    m_side->subject = QStringLiteral("review:%1").arg(campaign);
    m_side->change = change;
    m_side->actor = text(actorName());
    return {};
}

Result<Id> ReviewStore::insertCampaign(const Campaign &c)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!run(q,
            "INSERT INTO review_campaigns (name, scope, scope_id, scope_name, due, delta, follows, started_at, "
            "started_by, started_version, item_count, items_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            { c.name, c.scope.key(), c.scope.target, text(c.scope.targetName),
                c.due.isValid() ? c.due.toString(Qt::ISODate) : QStringLiteral(""), c.delta ? 1 : 0,
                c.follows ? QVariant(c.follows) : QVariant(QMetaType(QMetaType::LongLong)), stamp(c.startedAt),
                text(c.startedBy), c.startedVersion, c.itemCount, c.itemsHash })
        || !q.next())
        return unsaved(q);
    const Id id = q.value(0).toLongLong();
    m_newRows.append({ "review_campaigns", QStringLiteral("id = %1").arg(id) });
    return id;
}

Status ReviewStore::insertItems(Id campaign, const QList<review::Item> &items)
{
    Statement q(m_store.db(),
        "INSERT INTO review_items (campaign_id, item, kind, member_id, member_name, production_id, production_name, "
        "role_id, role_name, reaches_all, starts, ends, grants, feature_names) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.prepared())
        return Error::storage(tr("The access review could not be saved; nothing was changed."), q.error());
    // Items of one role share their grants: the grants are written out once per distinct set. The features' names
    // are the same for every item of a campaign, so only the first item with a grant set carries them, in the order
    // of its grants (readItems() gives them to the items after it); a campaign's rows stay narrow.
    // Each distinct set once: its text as bound (UTF-8, made once per set rather than once per item) and whether an
    // item carried its names yet. Items share a set's list, so a set is found by its address first, by its text
    // only the first time that address is met.
    struct GrantSet
    {
        QByteArray text;
        bool named = false;
    };
    std::vector<GrantSet> sets;
    QHash<QString, qsizetype> byText;
    QHash<const review::FeatureGrant *, qsizetype> byList;
    const QString account = QStringLiteral("account");
    const QString seat = QStringLiteral("seat");
    q.bind(0, campaign);
    for (const review::Item &i : items) {
        auto found = byList.constFind(i.grants.constData());
        if (found == byList.cend()) {
            const QString key = i.grantsKey();
            auto same = byText.constFind(key);
            if (same == byText.cend()) {
                same = byText.insert(key, qsizetype(sets.size()));
                sets.push_back({ key.toUtf8(), false });
            }
            found = byList.insert(i.grants.constData(), same.value());
        }
        GrantSet &set = sets[size_t(found.value())];
        QString names;
        if (!set.named) {
            set.named = true;
            QStringList list;
            for (const review::FeatureGrant &g : i.grants)
                list.append(g.featureName);
            names = list.join(QLatin1Char('\n'));
        }
        q.bind(1, i.number);
        q.bind(2, i.kind == review::Item::Kind::Seat ? seat : account);
        q.bind(3, i.member);
        q.bind(4, i.memberName);
        q.bind(5, i.production);
        q.bind(6, i.productionName);
        q.bind(7, i.role);
        q.bind(8, i.roleName);
        q.bind(9, i.reachesAll ? 1 : 0);
        q.bind(10, i.starts);
        q.bind(11, i.ends);
        q.bindUtf8(12, set.text);
        q.bind(13, names);
        if (!q.run())
            return Error::storage(tr("The access review could not be saved; nothing was changed."), q.error());
    }
    m_newRows.append({ "review_items", QStringLiteral("campaign_id = %1").arg(campaign) });
    return {};
}

Status ReviewStore::insertReviewers(Id campaign, int assignment, const QList<Id> &members)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    for (Id member : members) {
        const Member *m = m_store.workspace().member(member);
        if (!run(q,
                "INSERT INTO review_reviewers (campaign_id, assignment, member_id, member_name) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                { campaign, assignment, member, m ? m->name : QStringLiteral("") }))
            return unsaved(q);
    }
    m_newRows.append(
        { "review_reviewers", QStringLiteral("campaign_id = %1 AND assignment = %2").arg(campaign).arg(assignment) });
    return {};
}

Result<qint64> ReviewStore::insertDecision(Id campaign, int item, const review::Decision &d)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!run(q,
            "INSERT INTO review_decisions (campaign_id, item, decision, end_date, comment, decided_by, member_id, "
            "actor, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
            { campaign, item, review::Decision::kindKey(d.kind),
                d.endDate.isValid() ? d.endDate.toString(Qt::ISODate) : QStringLiteral(""), text(d.comment),
                text(d.decidedBy), d.member, text(d.actor), stamp(d.at) })
        || !q.next())
        return unsaved(q);
    const qint64 seq = q.value(0).toLongLong();
    m_newRows.append({ "review_decisions", QStringLiteral("seq = %1").arg(seq) });
    return seq;
}

Result<QPair<qint64, qint64>> ReviewStore::insertDecisions(Id campaign, QList<review::ItemDecision> &decisions)
{
    // The seq is the table's row id on both engines: read back once, after the rows, in their order.
    Statement q(m_store.db(),
        "INSERT INTO review_decisions (campaign_id, item, decision, end_date, comment, decided_by, member_id, actor, "
        "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.prepared())
        return Error::storage(tr("The access review could not be saved; nothing was changed."), q.error());
    q.bind(0, campaign);
    QDateTime lastAt;
    QString lastStamp;
    for (const review::ItemDecision &d : std::as_const(decisions)) {
        if (d.decision.at != lastAt || lastStamp.isEmpty()) {
            lastAt = d.decision.at;
            lastStamp = stamp(d.decision.at);
        }
        q.bind(1, d.item);
        q.bind(2, review::Decision::kindKey(d.decision.kind));
        q.bind(3, d.decision.endDate.isValid() ? d.decision.endDate.toString(Qt::ISODate) : QString());
        q.bind(4, d.decision.comment);
        q.bind(5, d.decision.decidedBy);
        q.bind(6, d.decision.member);
        q.bind(7, d.decision.actor);
        q.bind(8, lastStamp);
        if (!q.run())
            return Error::storage(tr("The access review could not be saved; nothing was changed."), q.error());
    }
    // Under the writers' lock nobody else inserts: the new rows are the campaign's last ones.
    Statement seqs(m_store.db(), "SELECT seq FROM review_decisions WHERE campaign_id = ? ORDER BY seq DESC LIMIT ?");
    seqs.bind(0, campaign);
    seqs.bind(1, qint64(decisions.size()));
    if (!seqs.select())
        return Error::storage(tr("The access review could not be saved; nothing was changed."), seqs.error());
    QList<qint64> got;
    got.reserve(decisions.size());
    while (seqs.next())
        got.append(seqs.integer(0));
    if (seqs.failed() || got.size() != decisions.size())
        return Error::storage(tr("The access review could not be saved; nothing was changed."), seqs.error());
    std::reverse(got.begin(), got.end());
    for (qsizetype n = 0; n < decisions.size(); ++n)
        decisions[n].decision.seq = got.at(n);
    m_newRows.append({ "review_decisions",
        QStringLiteral("campaign_id = %1 AND seq BETWEEN %2 AND %3").arg(campaign).arg(got.first()).arg(got.last()) });
    return QPair<qint64, qint64> { got.first(), got.last() };
}

Status ReviewStore::insertOutcome(Id campaign, int item, const QString &outcome)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!run(q, "INSERT INTO review_outcomes (campaign_id, item, outcome) VALUES (?, ?, ?)",
            { campaign, item, outcome }))
        return unsaved(q);
    // A close inserts the outcome of every item: read back together.
    const QPair<const char *, QString> rows { "review_outcomes", QStringLiteral("campaign_id = %1").arg(campaign) };
    if (!m_newRows.contains(rows))
        m_newRows.append(rows);
    return {};
}

Status ReviewStore::insertClosing(const Campaign &closed)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // The primary key refuses a second closing: a campaign closes once.
    if (!run(q,
            "INSERT INTO review_closings (campaign_id, closed_at, closed_by, applied_version, evidence_hash) "
            "VALUES (?, ?, ?, ?, ?)",
            { closed.id, stamp(closed.closedAt), text(closed.closedBy), closed.appliedVersion, closed.evidenceHash }))
        return unsaved(q);
    m_newRows.append({ "review_closings", QStringLiteral("campaign_id = %1").arg(closed.id) });
    return {};
}

} // namespace rs
