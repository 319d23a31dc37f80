#pragma once
// The duty rules and exceptions of a workspace document (JSON-FORMAT.md, "Duty rules and exceptions"): written as one
// compact object a line, read back and checked against the workspace read with them.
#include "JsonReader.h"
#include "domain/Duties.h"

namespace rs::formats {

QByteArray dutyRuleJson(const duties::Rule &rule);
QByteArray dutyExceptionJson(const duties::Exception &exception);

// Reads "dutyRules" and "dutyExceptions" of a workspace document when it has them; `present` says whether it did.
void readDuties(JsonReader &in, const QJsonObject &doc, duties::Book &book, bool &present);
// Checks the rules and exceptions read against the workspace read with them: rules as `duty add` takes them,
// exceptions naming a member, a rule, a reason, a granter other than the member and their times (an exception that
// has run out is kept: it is the record of one that was granted).
Status checkDuties(const Workspace &ws, const duties::Book &book);

} // namespace rs::formats
