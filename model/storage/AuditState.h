#pragma once

#include "domain/Workspace.h"

#include <QJsonObject>
#include <QStringList>

namespace rs::auditstate {

// The operating-system user running this process.
QString osUser();

// The entities a change touched, as audit subjects: "role:12", "feature:40", "member:3", "production:8",
// "workspace". Stored space-separated with a space at either end so that one LIKE finds a subject.
QStringList subjects(const Workspace &after, const Touched &touched);
QString joinSubjects(const QStringList &subjects);
QStringList splitSubjects(const QString &stored);

// What the touched roles, grants, members, productions, seats and catalog entries looked like before the change
// (from the memento) or after it (from the workspace), with names rather than ids where people read them.
QJsonObject before(const Workspace &after, const Touched &touched);
QJsonObject after(const Workspace &after, const Touched &touched);

} // namespace rs::auditstate
