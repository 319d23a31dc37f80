#pragma once

namespace rs::schemareviews {

// Schema migration: access review campaigns, their frozen items, reviewers and decisions (model/review/Review.h).
extern const char *const kStatements[];
extern const int kCount;

// Schema migration 8: review records that cannot be rewritten. Decisions become a log (a change of mind is a row of
// its own, the last one counts), outcomes and the closing are rows inserted once, reviewers are assigned in rounds,
// and every review table refuses UPDATE, DELETE and TRUNCATE.
extern const char *const kAppendOnly[];
extern const int kAppendOnlyCount;

} // namespace rs::schemareviews
