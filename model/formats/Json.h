#pragma once

#include "domain/Duties.h"
#include "domain/Workspace.h"

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

namespace rs::formats {

// The versioned JSON documents of a role and of a whole workspace (see JSON-FORMAT.md).
// Workspace documents are version 2 (dates on access); role documents carry no dates and stay version 1. A reader
// takes either version of either kind.
inline constexpr int kJsonVersion = 2;
inline constexpr int kRoleJsonVersion = 1;
// Imports larger than this are refused before they are parsed.
inline constexpr qsizetype kMaxJsonBytes = 256 * 1024 * 1024;

// One role: its name, scope, guardrails and the levels it holds on every feature, named by feature name so that it
// can be imported into another workspace.
// A role taking part in duty rules lists them under "duties" (for people; an import leaves them aside).
QByteArray roleJson(const Workspace &ws, const Role &role, const duties::Book &duties = {});
// The whole workspace with its ids; importing it gives an equal workspace. The duty rules and exceptions, kept beside
// the workspace, are written when there are any.
QByteArray workspaceJson(const Workspace &ws, const duties::Book &duties = {});

// Reads a document to import from an open file or stdin, in one bounded read: more than kMaxJsonBytes is refused
// before anything is read, or as soon as a stream passes it.
Result<QByteArray> readJson(QIODevice &device);

// The top object of a document of the format's shape, to look at its header before importing it; an empty object for
// anything else (malformed, another shape), which costs little memory to find out.
QJsonObject jsonObject(const QByteArray &json);

// Reads a workspace document and checks every field and every rule before returning it; the error names the field
// at fault ("roles[3].grants[0].feature: …") or the line and column of malformed JSON.
Result<Workspace> workspaceFromJson(const QByteArray &json);

// A workspace document with the duty rules and exceptions it carries; `hasDuties` is false for a document without
// them (an older one), whose import leaves the rules of the workspace it replaces as they were.
struct WorkspaceDocument
{
    Workspace workspace;
    duties::Book duties;
    bool hasDuties = false;
};
// As workspaceFromJson(), with the duty rules and exceptions checked against the workspace read with them.
Result<WorkspaceDocument> workspaceDocumentFromJson(const QByteArray &json);

// The changes that create the role of a role document in `ws`: a new role, one grant per feature, its guardrails and
// options. They are tried on a copy of `ws` first, so a rule the role breaks is reported with the field at fault.
// `production` makes it a production role of that production (0: an account role or template, as the file says).
Result<QList<Change>> roleChangesFromJson(const Workspace &ws, const QByteArray &json, Id production = 0);

// Names in files: "account"/"production", "owner", "admin", … and back.
QString scopeKey(Scope scope);
QString builtInKey(BuiltIn builtIn);

} // namespace rs::formats
