#include "ReviewSeal.h"
#include "domain/FieldHasher.h"
#include "domain/Quoted.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>
#include <optional>

namespace rs::reviewseal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::ReviewSeal", text);
}

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QList<qint64> sortedIds(const QJsonArray &array)
{
    QList<qint64> ids;
    for (const QJsonValue &v : array)
        ids.append(v.toInteger());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

QString evidenceHash(const Campaign &c, const QList<CampaignItem> &items)
{
    FieldHasher rows(QByteArrayLiteral("rolesheet-review-evidence-1\n"));
    const auto field = [&](const QString &text) { rows.text(text); };
    const auto number = [&](qint64 n) { rows.number(n); };
    field(c.name);
    field(c.scope.key());
    number(c.scope.target);
    field(c.scope.targetName);
    field(date(c.due));
    number(c.delta ? 1 : 0);
    field(c.followsName);
    field(stamp(c.startedAt));
    field(c.startedBy);
    number(c.startedVersion);
    number(c.itemCount);
    field(c.itemsHash);
    number(c.reviewers.size());
    for (const Reviewer &r : c.reviewers) {
        number(r.member);
        field(r.name);
    }
    number(items.size());
    {
        // The items and decisions, the bulk of the text: a grant set shared by many items is written out once.
        QHash<const review::FeatureGrant *, QByteArray> grantKeys;
        // Decisions taken together share their time: written out once.
        QDateTime lastAt;
        QByteArray lastStamp = stamp(lastAt).toUtf8();
        for (const CampaignItem &ci : items) {
            const review::Item &i = ci.item;
            rows.number(i.number);
            rows.bytes(i.kind == review::Item::Kind::AccountRole ? QByteArrayView("account") : QByteArrayView("seat"));
            rows.number(i.member);
            rows.text(i.memberName);
            rows.number(i.production);
            rows.text(i.productionName);
            rows.number(i.role);
            rows.text(i.roleName);
            rows.bytes(i.reachesAll ? QByteArrayView("all") : QByteArrayView("invited"));
            rows.text(i.starts);
            rows.text(i.ends);
            auto key = grantKeys.find(i.grants.constData());
            if (key == grantKeys.end())
                key = grantKeys.insert(i.grants.constData(), i.grantsKey().toUtf8());
            rows.bytes(*key);
            rows.number(ci.history.size());
            for (const review::Decision &d : ci.history) {
                rows.number(d.seq);
                rows.text(review::Decision::kindKey(d.kind));
                rows.text(date(d.endDate));
                rows.text(d.comment);
                rows.text(d.decidedBy);
                rows.number(d.member);
                rows.text(d.actor);
                if (d.at != lastAt) {
                    lastAt = d.at;
                    lastStamp = stamp(d.at).toUtf8();
                }
                rows.bytes(lastStamp);
                rows.number(d.migrated ? 1 : 0);
            }
            rows.text(ci.decision.outcome);
        }
    }
    field(stamp(c.closedAt));
    field(c.closedBy);
    number(c.appliedVersion);
    return rows.hex();
}

QJsonObject decisionRecord(int item, const review::Decision &d)
{
    return QJsonObject { { QStringLiteral("item"), item }, { QStringLiteral("seq"), d.seq },
        { QStringLiteral("decision"), review::Decision::kindKey(d.kind) },
        { QStringLiteral("endDate"), date(d.endDate) }, { QStringLiteral("comment"), d.comment },
        { QStringLiteral("decidedBy"), d.decidedBy }, { QStringLiteral("member"), d.member },
        { QStringLiteral("actor"), d.actor }, { QStringLiteral("decidedAt"), stamp(d.at) } };
}

namespace {

// decisionsRecord()'s hash, fed one decision at a time in seq order.
class DecisionsHash
{
public:
    DecisionsHash()
        : m_fields(QByteArrayLiteral("rolesheet-review-decisions-1\n"))
    {
    }
    void add(int item, const review::Decision &d)
    {
        m_fields.number(item);
        m_fields.number(d.seq);
        m_fields.text(review::Decision::kindKey(d.kind));
        m_fields.text(date(d.endDate));
        m_fields.text(d.comment);
        m_fields.text(d.decidedBy);
        m_fields.number(d.member);
        m_fields.text(d.actor);
        if (d.at != m_lastAt || m_lastStamp.isEmpty()) {
            m_lastAt = d.at;
            m_lastStamp = stamp(d.at).toUtf8();
        }
        m_fields.bytes(m_lastStamp);
    }
    QString result() { return m_fields.hex(); }

private:
    FieldHasher m_fields;
    QDateTime m_lastAt;
    QByteArray m_lastStamp;
};

} // namespace

QJsonObject decisionsRecord(const QList<review::ItemDecision> &decisions)
{
    QList<const review::ItemDecision *> inOrder;
    for (const review::ItemDecision &d : decisions)
        inOrder.append(&d);
    std::sort(inOrder.begin(), inOrder.end(),
        [](const review::ItemDecision *a, const review::ItemDecision *b) { return a->decision.seq < b->decision.seq; });
    DecisionsHash hash;
    for (const review::ItemDecision *d : inOrder)
        hash.add(d->item, d->decision);
    return QJsonObject { { QStringLiteral("count"), int(decisions.size()) },
        { QStringLiteral("firstSeq"), inOrder.isEmpty() ? 0 : inOrder.first()->decision.seq },
        { QStringLiteral("lastSeq"), inOrder.isEmpty() ? 0 : inOrder.last()->decision.seq },
        { QStringLiteral("decisionsHash"), hash.result() } };
}

Status check(const Store &store, const Campaign &c, const QList<CampaignItem> &items)
{
    const QString name = quoted(c.name);
    const Result<AuditChain> chain = store.verifyAudit();
    if (!chain)
        return chain.error();
    if (!chain.value().whole())
        return Error::rule(tr("The audit trail is not whole, so access review %1 cannot be checked against it: %2")
                               .arg(name, chain.value().problem));
    const Result<QList<AuditEntry>> audit = store.audit();
    if (!audit)
        return audit.error();
    const QString subject = QStringLiteral("review:%1").arg(c.id);
    std::optional<QJsonObject> start;
    std::optional<AuditEntry> close;
    std::optional<QJsonArray> reviewers;
    QHash<qint64, QJsonObject> decided; // by seq
    QHash<int, QJsonObject> legacy; // decisions recorded before schema 8: the last one per item
    std::map<qint64, QJsonObject> many; // decisions taken at once, by their first seq
    for (const AuditEntry &e : audit.value()) {
        if (!e.subjects.contains(subject))
            continue;
        const QString kind = e.change.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("review-start")) {
            start = e.change;
            if (e.change.contains(QLatin1String("reviewers")))
                reviewers = e.change.value(QLatin1String("reviewers")).toArray();
        } else if (kind == QLatin1String("review-decide")) {
            if (e.change.contains(QLatin1String("seq")))
                decided.insert(e.change.value(QLatin1String("seq")).toInteger(), e.change);
            else
                legacy.insert(e.change.value(QLatin1String("item")).toInt(), e.change);
        } else if (kind == QLatin1String("review-decide-many")) {
            many.emplace(e.change.value(QLatin1String("firstSeq")).toInteger(), e.change);
        } else if (kind == QLatin1String("review-reviewers")) {
            reviewers = e.change.value(QLatin1String("reviewers")).toArray();
        } else if (kind == QLatin1String("review-close")) {
            close = e;
        }
    }
    if (!start)
        return Error::rule(tr("The audit trail has no record of the start of access review %1.").arg(name));
    QList<review::Item> frozen;
    for (const CampaignItem &ci : items)
        frozen.append(ci.item);
    const QString recorded = start->value(QLatin1String("itemsHash")).toString();
    if (review::itemsHash(frozen) != recorded || c.itemsHash != recorded || c.itemCount != int(items.size()))
        return Error::rule(tr("The stored items of access review %1 do not hash to %2, the SHA-256 its start "
                              "recorded in the audit trail: they were changed.")
                               .arg(name, recorded));
    qint64 bound = 0;
    // The decisions each record of many binds, gathered by its first seq and hashed in seq order after.
    std::map<qint64, QList<QPair<int, const review::Decision *>>> ofMany;
    for (const CampaignItem &ci : items) {
        for (const review::Decision &d : ci.history) {
            const auto which = [&] {
                return tr("Decision %1 on item %2 of access review %3 (%4 by %5)")
                    .arg(d.seq)
                    .arg(ci.item.number)
                    .arg(name, review::Decision::kindKey(d.kind), quoted(d.decidedBy));
            };
            if (!d.migrated && !decided.contains(d.seq)) {
                auto record = many.upper_bound(d.seq);
                if (record != many.begin()) {
                    --record;
                    if (d.seq <= record->second.value(QLatin1String("lastSeq")).toInteger()) {
                        ofMany[record->first].append({ ci.item.number, &d });
                        continue;
                    }
                }
            }
            QJsonObject expected = decisionRecord(ci.item.number, d);
            QJsonObject record;
            if (d.migrated) {
                // Carried over by schema 8: bound only by what the record of its time held.
                record = legacy.value(ci.item.number);
                for (const char *key : { "seq", "decidedBy", "member", "actor", "decidedAt" })
                    expected.remove(QLatin1String(key));
            } else {
                record = decided.value(d.seq);
                ++bound;
            }
            if (record.isEmpty())
                return Error::rule(
                    tr("%1 has no record in the audit trail: it was not made through Rolesheet.").arg(which()));
            for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
                const QJsonValue got = record.value(it.key());
                const bool same = it.value().isDouble() ? got.toInteger() == it.value().toInteger()
                                                        : got.toString() == it.value().toString();
                if (!same)
                    return Error::rule(
                        tr("%1 differs from its record in the audit trail: %2 is stored as “%3”, "
                           "recorded as “%4”.")
                            .arg(which(), it.key(), it.value().toVariant().toString(), got.toVariant().toString()));
            }
        }
    }
    qint64 recordedCount = decided.size();
    for (const auto &[first, record] : many) {
        QList<QPair<int, const review::Decision *>> rows = ofMany[first];
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second->seq < b.second->seq; });
        DecisionsHash hash;
        for (const auto &row : std::as_const(rows))
            hash.add(row.first, *row.second);
        const qint64 count = record.value(QLatin1String("count")).toInteger();
        recordedCount += count;
        bound += rows.size();
        if (rows.size() != count || hash.result() != record.value(QLatin1String("decisionsHash")).toString())
            return Error::rule(tr("The decisions %1 to %2 of access review %3, taken at once, differ from what their "
                                  "record in the audit trail binds: they were changed, added or removed.")
                                   .arg(first)
                                   .arg(record.value(QLatin1String("lastSeq")).toInteger())
                                   .arg(name));
    }
    if (bound != recordedCount)
        return Error::rule(tr("The audit trail records %1 decisions on access review %2, but %3 are stored: "
                              "decisions were removed.")
                               .arg(recordedCount)
                               .arg(name)
                               .arg(bound));
    if (reviewers) {
        QList<qint64> stored;
        for (const Reviewer &r : c.reviewers)
            stored.append(r.member);
        std::sort(stored.begin(), stored.end());
        if (stored != sortedIds(*reviewers))
            return Error::rule(
                tr("The reviewers of access review %1 differ from those the audit trail records.").arg(name));
    }
    if (close && !c.isClosed())
        return Error::rule(tr("The audit trail records the close of access review %1, but its closing is gone from "
                              "the database.")
                               .arg(name));
    if (!c.isClosed())
        return {};
    if (!close)
        return Error::rule(tr("Access review %1 is closed, but the audit trail has no record of its close.").arg(name));
    const QString sealed = close->change.value(QLatin1String("evidenceHash")).toString();
    if (sealed.isEmpty())
        return Error::rule(tr("Access review %1 was closed before its evidence was sealed in the audit trail; its "
                              "stored rows cannot be checked against it.")
                               .arg(name));
    if (evidenceHash(c, items) != sealed || c.evidenceHash != sealed)
        return Error::rule(tr("The stored rows of access review %1 do not hash to %2, the evidence SHA-256 its close "
                              "recorded in the audit trail (record %3): they were changed after it closed.")
                               .arg(name, sealed)
                               .arg(close->id));
    return {};
}

} // namespace rs::reviewseal
