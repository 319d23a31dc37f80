#include "ReviewStore.h"

#include "AuditLog.h"
#include "Transaction.h"

#include "AuditState.h"
#include "ReviewDutyEvidence.h"
#include "ReviewSeal.h"
#include "ReviewStoreSql.h"
#include "ReviewStoreStatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rs {

namespace {

using namespace reviewsql;

// The reviewers' ids as the start's audit record keeps them: each once, in ascending order.
QJsonArray reviewerIds(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QJsonArray array;
    for (Id id : ids)
        array.append(id);
    return array;
}

// The closing is a row of its own (schema 8): a campaign is closed when it has one.
const char kCampaignColumns[] = "SELECT c.id, c.name, c.scope, c.scope_id, c.scope_name, c.due, c.delta, c.follows, "
                                "c.started_at, c.started_by, c.started_version, c.item_count, c.items_hash, "
                                "k.closed_at, k.closed_by, k.applied_version, f.name, k.evidence_hash "
                                "FROM review_campaigns c LEFT JOIN review_campaigns f ON f.id = c.follows "
                                "LEFT JOIN review_closings k ON k.campaign_id = c.id ";

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
    c.evidenceHash = q.value(17).toString();
    return c;
}

} // namespace

QString ReviewStore::who() const
{
    return m_store.dialect() == Dialect::PostgreSQL && !m_store.dbUser().isEmpty() ? m_store.dbUser()
                                                                                   : auditstate::osUser();
}

QString ReviewStore::actorName() const
{
    return m_as.isEmpty() ? m_store.actor() : m_as;
}

Result<ReviewActor> ReviewStore::actor() const
{
    const Workspace &ws = m_store.workspace();
    if (m_store.dialect() == Dialect::PostgreSQL) {
        // The login is the identity the server vouches for; --as cannot change it.
        const QString login = m_store.dbUser();
        const Member *found = ws.findMember(login);
        if (!found) {
            // Logins are usually lower case: a member whose name differs only in case, when exactly one does.
            int matches = 0;
            for (const Member &m : ws.members()) {
                if (m.name.compare(login, Qt::CaseInsensitive) == 0) {
                    found = &m;
                    ++matches;
                }
            }
            if (matches != 1)
                found = nullptr;
        }
        if (!found)
            return Error::rule(tr("The database login %1 is not the name of a member of the workspace; on PostgreSQL "
                                  "access reviews are decided by the member named as the login.")
                                   .arg(quoted(login)));
        return ReviewActor { found->id, found->name };
    }
    const QString name = actorName();
    if (const Member *m = ws.findMember(name))
        return ReviewActor { m->id, m->name };
    return Error::rule(
        tr("%1 is not a member of the workspace; name the member you act as (--as MEMBER).").arg(quoted(name)));
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
    Result<QList<Reviewer>> reviewers = readReviewers(c.id, &c.assignment);
    if (!reviewers)
        return reviewers.error();
    c.reviewers = std::move(reviewers).value();
    return c;
}

Result<QList<Reviewer>> ReviewStore::readReviewers(Id campaign, int *assignment) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // The last assignment counts; the ones before stay, as the audit trail says who changed them.
    if (!run(q,
            "SELECT member_id, member_name, assignment FROM review_reviewers WHERE campaign_id = ? AND assignment = "
            "(SELECT MAX(assignment) FROM review_reviewers WHERE campaign_id = ?) ORDER BY member_name, member_id",
            { campaign, campaign }))
        return unreadable(q);
    QList<Reviewer> reviewers;
    while (q.next()) {
        reviewers.append({ q.value(0).toLongLong(), q.value(1).toString() });
        if (assignment)
            *assignment = q.value(2).toInt();
    }
    return reviewers;
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
        q.finish();
        // Each with its reviewers, as campaign() reads it: the evidence hash covers them.
        for (Campaign &c : list) {
            Result<QList<Reviewer>> reviewers = readReviewers(c.id, &c.assignment);
            if (!reviewers)
                return reviewers.error();
            c.reviewers = std::move(reviewers).value();
        }
        return list;
    });
}

Result<QList<review::Item>> ReviewStore::readItems(Id campaign) const
{
    Statement q(m_store.db(),
        "SELECT item, kind, member_id, member_name, production_id, production_name, role_id, role_name, "
        "reaches_all, starts, ends, grants, feature_names FROM review_items WHERE campaign_id = ? ORDER BY item");
    q.bind(0, campaign);
    if (!q.select())
        return Error::storage(tr("The access reviews of the workspace cannot be read."), q.error());
    // Many items grant the same: each distinct grant set is parsed once and shared. Its features' names come with
    // the first item that holds it (every item, in campaigns started before rows were kept narrow).
    QHash<QString, QList<review::FeatureGrant>> parsed;
    QList<review::Item> items;
    while (q.next()) {
        review::Item i;
        i.number = int(q.integer(0));
        i.kind = q.text(1) == QLatin1String("seat") ? review::Item::Kind::Seat : review::Item::Kind::AccountRole;
        i.member = q.integer(2);
        i.memberName = q.text(3);
        i.production = q.integer(4);
        i.productionName = q.text(5);
        i.role = q.integer(6);
        i.roleName = q.text(7);
        i.reachesAll = q.integer(8) != 0;
        i.starts = q.text(9);
        i.ends = q.text(10);
        const QString grants = q.text(11);
        auto it = parsed.find(grants);
        if (it == parsed.end()) {
            QList<review::FeatureGrant> list = review::Item::parseGrantsKey(grants);
            // The feature names as they were when the campaign started, in the order of the grants.
            const QStringList names = q.text(12).split(QLatin1Char('\n'));
            for (qsizetype n = 0; n < list.size() && n < names.size(); ++n)
                list[n].featureName = names.at(n);
            it = parsed.insert(grants, list);
        }
        i.grants = it.value();
        items.append(std::move(i));
    }
    if (q.failed())
        return Error::storage(tr("The access reviews of the workspace cannot be read."), q.error());
    return items;
}

Result<QHash<int, QList<review::Decision>>> ReviewStore::readDecisions(Id campaign) const
{
    Statement q(m_store.db(),
        "SELECT seq, item, decision, end_date, comment, decided_by, member_id, actor, decided_at, migrated "
        "FROM review_decisions WHERE campaign_id = ? ORDER BY seq");
    q.bind(0, campaign);
    if (!q.select())
        return Error::storage(tr("The access reviews of the workspace cannot be read."), q.error());
    QHash<int, QList<review::Decision>> decisions;
    // A bulk decision gives many rows the same time, member and comment: parsed once, shared after.
    QString lastStamp;
    QDateTime lastAt;
    while (q.next()) {
        review::Decision d;
        d.seq = q.integer(0);
        d.kind = review::Decision::parseKind(q.text(2)).value_or(review::Decision::Kind::None);
        const QString endDate = q.text(3);
        if (!endDate.isEmpty())
            d.endDate = QDate::fromString(endDate, Qt::ISODate);
        d.comment = q.text(4);
        d.decidedBy = q.text(5);
        d.member = q.integer(6);
        d.actor = q.text(7);
        const QString at = q.text(8);
        if (at != lastStamp) {
            lastStamp = at;
            lastAt = parseStamp(at);
        }
        d.at = lastAt;
        d.migrated = q.integer(9) != 0;
        decisions[int(q.integer(1))].append(d);
    }
    if (q.failed())
        return Error::storage(tr("The access reviews of the workspace cannot be read."), q.error());
    Statement outcomes(m_store.db(), "SELECT item, outcome FROM review_outcomes WHERE campaign_id = ?");
    outcomes.bind(0, campaign);
    if (!outcomes.select())
        return Error::storage(tr("The access reviews of the workspace cannot be read."), outcomes.error());
    while (outcomes.next()) {
        auto it = decisions.find(int(outcomes.integer(0)));
        if (it != decisions.end() && !it->isEmpty())
            it->last().outcome = outcomes.text(1);
    }
    if (outcomes.failed())
        return Error::storage(tr("The access reviews of the workspace cannot be read."), outcomes.error());
    return decisions;
}

namespace {

review::Decision lastOf(const QList<review::Decision> &history)
{
    return history.isEmpty() ? review::Decision() : history.last();
}

} // namespace

Result<QList<CampaignItem>> ReviewStore::items(const Campaign &campaign) const
{
    return m_store.watched([&]() -> Result<QList<CampaignItem>> {
        Result<QList<review::Item>> items = readItems(campaign.id);
        if (!items)
            return items.error();
        Result<QHash<int, QList<review::Decision>>> decisions = readDecisions(campaign.id);
        if (!decisions)
            return decisions.error();
        // The access the workspace holds now, worked out once for every item.
        // Keyed by member and production: an account role's production is 0, a seat's never is.
        QList<review::Item> current;
        QHash<QPair<Id, Id>, qsizetype> now;
        if (!campaign.isClosed()) {
            current = review::freezeItems(m_store.workspace(), review::Scope::studio());
            now.reserve(current.size());
            for (qsizetype n = 0; n < current.size(); ++n)
                now.insert({ current.at(n).member, current.at(n).production }, n);
        }
        QList<CampaignItem> list;
        list.reserve(items.value().size());
        for (review::Item &i : items.value()) {
            CampaignItem ci;
            ci.history = decisions.value().value(i.number);
            ci.decision = lastOf(ci.history);
            const auto held = now.constFind({ i.member, i.production });
            ci.changed = !campaign.isClosed() && (held == now.cend() || !current.at(*held).sameAccess(i));
            ci.item = std::move(i);
            list.append(std::move(ci));
        }
        return list;
    });
}

Result<Campaign> ReviewStore::start(const CampaignStart &request)
{
    if (Status s = review::checkCampaignName(request.name); !s)
        return s.error();
    const QString name = request.name.trimmed();
    if (Result<Campaign> existing = campaign(name); existing)
        return Error::badInput(tr("There is already an access review named %1.").arg(quoted(name)));
    else if (existing.error().code != Error::Code::NotFound)
        return existing.error();
    if (request.due.isValid() && request.due < QDate::currentDate())
        return Error::badInput(tr("The due date %1 is in the past.").arg(request.due.toString(Qt::ISODate)));
    // Started by the acting member, as a close is closed by one; else as before members acted (who()).
    const Result<ReviewActor> me = actor();
    const QString startedBy = me ? me.value().name : who();
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
            Result<QHash<int, QList<review::Decision>>> decisions = readDecisions(follows);
            if (!previous || !decisions)
                return previous ? decisions.error() : previous.error();
            // What the last campaign left: its items, less the access its revokes removed.
            QList<review::Item> left;
            for (const review::Item &i : previous.value()) {
                const review::Decision d = lastOf(decisions.value().value(i.number));
                if (!(d.kind == review::Decision::Kind::Revoke && d.outcome == QLatin1String("applied")))
                    left.append(i);
            }
            items = review::changedSince(items, left);
        }
        const QString hash = review::itemsHash(items);
        const QDateTime frozenAt = QDateTime::currentDateTimeUtc();
        Result<QList<Campaign>> earlier = campaigns();
        if (!earlier)
            return earlier.error();
        const Result<review::DutyEvidence> duties
            = freezeReviewDuties(m_store, items, request.scope, earlier.value(), frozenAt);
        if (!duties)
            return duties.error();
        QJsonObject startRecord { { QStringLiteral("kind"), QStringLiteral("review-start") },
            { QStringLiteral("campaign"), name }, { QStringLiteral("scope"), request.scope.key() },
            { QStringLiteral("items"), int(items.size()) }, { QStringLiteral("itemsHash"), hash },
            { QStringLiteral("reviewers"), reviewerIds(request.reviewers) } };
        // The duty conflicts, exceptions and break glass it shows, frozen (ReviewDutyEvidence.h).
        if (!duties->isEmpty())
            startRecord.insert(QStringLiteral("duties"), review::dutyEvidenceJson(duties.value()));
        const qint64 readAt = m_store.version();
        bool moved = false;
        Id id = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Status s = write([&](qint64 version) -> Status {
            if (version != readAt) {
                moved = true;
                return Error::conflict(QString());
            }
            Campaign row;
            row.name = name;
            row.scope = request.scope;
            row.due = request.due;
            row.delta = request.delta;
            row.follows = follows;
            row.startedAt = now;
            row.startedBy = startedBy;
            row.startedVersion = version;
            row.itemCount = int(items.size());
            row.itemsHash = hash;
            Result<Id> inserted = insertCampaign(row);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
            if (Status r = insertReviewers(id, 0, request.reviewers); !r)
                return r;
            if (Status r = insertItems(id, items); !r)
                return r;
            return audit(version,
                QCoreApplication::translate(
                    "rs::ReviewStore", "Started access review %1 of %2 with %n items", nullptr, int(items.size()))
                    .arg(quoted(name), request.scope.describe()),
                id, startRecord);
        });
        if (moved)
            continue;
        if (!s)
            return s.error();
        return campaign(name);
    }
    return Error::conflict(tr("The workspace kept changing while the access review started; start it again."));
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

} // namespace rs
