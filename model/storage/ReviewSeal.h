#pragma once

#include "ReviewStore.h"

#include <QJsonObject>

namespace rs::reviewseal {

// The evidence hash of a closed campaign: SHA-256 (lower-case hex) of this canonical text, encoded as UTF-8:
//
//     "rolesheet-review-evidence-1\n", then fields, each written as its length in UTF-8 bytes as a decimal number,
//     ':', its UTF-8 bytes, '\n' (the same framing as auditstate::chainHash), in this order:
//     campaign:  name, scope key, scope target id, scope target name, due (YYYY-MM-DD or empty), delta (1 or 0),
//                the name of the campaign it follows (or empty), started_at, started_by, started_version,
//                item count, items_hash
//     reviewers: their count, then for each reviewer of the last assignment, in the order read (name, then id):
//                member id, member name
//     items:     their count, then for each item in number order: number, kind key, member id, member name,
//                production id, production name, role id, role name, reach ("all" or "invited"), starts, ends,
//                grants key; then the number of its decision rows and for each row, oldest first: seq, decision key,
//                end date (YYYY-MM-DD or empty), comment, decided_by, member id, actor, decided_at, migrated (1 or 0);
//                then the item's outcome
//     closing:   closed_at, closed_by, applied_version
//
// Ids, counts and versions are decimal integers; times are UTC as stored, 2026-01-31T12:34:56.789Z. The close records
// this hash in its closing row and in its audit record, so that a row changed, added or removed afterwards is found.
QString evidenceHash(const Campaign &campaign, const QList<CampaignItem> &items);

// What a decision's audit record carries to bind its row: item, seq, decision, endDate, comment, decidedBy, member,
// actor, decidedAt.
QJsonObject decisionRecord(int item, const review::Decision &decision);

// What the audit record of many decisions taken at once carries to bind their rows, without a record each: count,
// firstSeq, lastSeq and decisionsHash, the SHA-256 (lower-case hex) of "rolesheet-review-decisions-1\n" then, for
// each decision in seq order, the fields decisionRecord() names, framed as the evidence hash frames them: item, seq,
// decision key, end date, comment, decided_by, member id, actor, decided_at.
QJsonObject decisionsRecord(const QList<review::ItemDecision> &decisions);

// Checks a stored campaign against the audit trail, in this order: the trail is whole (Store::verifyAudit); the
// start's record names the items hash the stored items still give; every decision row has its audit record with the
// same fields, and every decision the trail records has its row; the reviewers are those the last assignment's record
// names; a closed campaign's rows give the evidence hash its close recorded. Refuses with one line naming the first
// thing that differs.
Status check(const Store &store, const Campaign &campaign, const QList<CampaignItem> &items);

} // namespace rs::reviewseal
