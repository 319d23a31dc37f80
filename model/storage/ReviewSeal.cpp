#include "ReviewSeal.h"
#include "domain/FieldHash.h"
#include "domain/Quoted.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>
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
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("rolesheet-review-evidence-1\n"));
    const auto field = [&](const QString &text) { addField(hash, text); };
    const auto number = [&](qint64 n) { field(QString::number(n)); };
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
    for (const CampaignItem &ci : items) {
        const review::Item &i = ci.item;
        number(i.number);
        field(i.kindKey());
        number(i.member);
        field(i.memberName);
        number(i.production);
        field(i.productionName);
        number(i.role);
        field(i.roleName);
        field(i.reachesAll ? QStringLiteral("all") : QStringLiteral("invited"));
        field(i.starts);
        field(i.ends);
        field(i.grantsKey());
        number(ci.history.size());
        for (const review::Decision &d : ci.history) {
            number(d.seq);
            field(review::Decision::kindKey(d.kind));
            field(date(d.endDate));
            field(d.comment);
            field(d.decidedBy);
            number(d.member);
            field(d.actor);
            field(stamp(d.at));
            number(d.migrated ? 1 : 0);
        }
        field(ci.decision.outcome);
    }
    field(stamp(c.closedAt));
    field(c.closedBy);
    number(c.appliedVersion);
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject decisionRecord(int item, const review::Decision &d)
{
    return QJsonObject { { QStringLiteral("item"), item }, { QStringLiteral("seq"), d.seq },
        { QStringLiteral("decision"), review::Decision::kindKey(d.kind) },
        { QStringLiteral("endDate"), date(d.endDate) }, { QStringLiteral("comment"), d.comment },
        { QStringLiteral("decidedBy"), d.decidedBy }, { QStringLiteral("member"), d.member },
        { QStringLiteral("actor"), d.actor }, { QStringLiteral("decidedAt"), stamp(d.at) } };
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
    for (const CampaignItem &ci : items) {
        for (const review::Decision &d : ci.history) {
            const QString which = tr("Decision %1 on item %2 of access review %3 (%4 by %5)")
                                      .arg(d.seq)
                                      .arg(ci.item.number)
                                      .arg(name, review::Decision::kindKey(d.kind), quoted(d.decidedBy));
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
                    tr("%1 has no record in the audit trail: it was not made through Rolesheet.").arg(which));
            for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
                const QJsonValue got = record.value(it.key());
                const bool same = it.value().isDouble() ? got.toInteger() == it.value().toInteger()
                                                        : got.toString() == it.value().toString();
                if (!same)
                    return Error::rule(
                        tr("%1 differs from its record in the audit trail: %2 is stored as “%3”, "
                           "recorded as “%4”.")
                            .arg(which, it.key(), it.value().toVariant().toString(), got.toVariant().toString()));
            }
        }
    }
    if (bound != decided.size())
        return Error::rule(tr("The audit trail records %1 decisions on access review %2, but %3 are stored: "
                              "decisions were removed.")
                               .arg(decided.size())
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
