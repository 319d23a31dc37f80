#include "ReviewDutyEvidence.h"

#include "ApprovalStore.h"
#include "DutyStore.h"

namespace rs {

Result<review::DutyEvidence> freezeReviewDuties(Store &store, const QList<review::Item> &items,
    const review::Scope &scope, const QList<Campaign> &earlier, const QDateTime &now)
{
    const Result<duties::Book> book = DutyStore(store).read();
    if (!book)
        return book.error();
    const Result<QList<approval::Request>> requests = ApprovalStore(store).requests();
    if (!requests)
        return requests.error();
    QDateTime since;
    for (const Campaign &c : earlier) {
        if (c.scope.sameAs(scope) && c.startedAt < now && (!since.isValid() || c.startedAt > since))
            since = c.startedAt;
    }
    return review::freezeDuties(store.workspace(), book.value(), requests.value(), items,
        scope.kind == review::Scope::Kind::Studio, since, now);
}

Result<review::DutyEvidence> reviewDutyEvidence(const Store &store, const Campaign &campaign)
{
    AuditFilter filter;
    filter.afterVersion = campaign.startedVersion - 1;
    const Result<QList<AuditEntry>> entries = store.audit(filter);
    if (!entries)
        return entries.error();
    const QString subject = QStringLiteral("review:%1").arg(campaign.id);
    for (const AuditEntry &e : entries.value()) {
        if (e.subjects.contains(subject)
            && e.change.value(QLatin1String("kind")).toString() == QLatin1String("review-start"))
            return review::dutyEvidenceFromJson(e.change.value(QLatin1String("duties")).toObject());
    }
    return review::DutyEvidence();
}

} // namespace rs
