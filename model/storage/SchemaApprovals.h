#pragma once

namespace rs::schemaapprovals {

// Schema migration: approval requests (model/domain/ApprovalRequest.h), their revisions, votes and final steps. Every
// row is inserted once; triggers refuse UPDATE and DELETE on both engines, a vote by the requester or on a hash that is
// not the request's current one, and a second final step. On PostgreSQL the server stamps each row's login.
extern const char *const kStatements[];
extern const int kCount;

} // namespace rs::schemaapprovals
