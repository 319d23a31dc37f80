#pragma once

namespace rs::schemalinks {

// Schema migration: roles linked to their template (domain/Links.h). One row per role that is linked or is a
// template that has taken changes: the template's own version, and the link (template, the version the role was last
// in step with, follow or pinned, the template's cells at that version).
extern const char *const kStatements[];
extern const int kCount;

} // namespace rs::schemalinks
