#pragma once

namespace rs::schemaduties {

// Schema migration: duty rules (separation of duties) and the exceptions granted to them (domain/Duties.h).
extern const char *const kStatements[];
extern const int kCount;

} // namespace rs::schemaduties
