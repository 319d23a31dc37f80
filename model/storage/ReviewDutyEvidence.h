#pragma once
// The duty rules' and break glass' part of an access review (review/ReviewDuties.h), read from and kept in the
// workspace's database: frozen when a campaign starts, into its start record in the audit trail (no table of its
// own), and read back from there for the evidence.
#include "ReviewStore.h"
#include "review/ReviewDuties.h"

namespace rs {

// The snapshot a campaign starting now over `items` keeps; break glass counts from the start of the latest of
// `earlier` campaigns of the same scope.
Result<review::DutyEvidence> freezeReviewDuties(Store &store, const QList<review::Item> &items,
    const review::Scope &scope, const QList<Campaign> &earlier, const QDateTime &now);

// What the campaign's start record froze; empty for a campaign started without one (before this existed).
Result<review::DutyEvidence> reviewDutyEvidence(const Store &store, const Campaign &campaign);

} // namespace rs
