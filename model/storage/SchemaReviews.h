#pragma once

namespace rs::schemareviews {

// Schema migration: access review campaigns, their frozen items, reviewers and decisions (model/review/Review.h).
extern const char *const kStatements[];
extern const int kCount;

} // namespace rs::schemareviews
