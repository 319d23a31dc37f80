#pragma once

#include "domain/Workspace.h"

#include <QByteArray>

namespace rs::formats {

// The largest CSV file read back: a matrix of the largest workspace the product is built for is well below it.
inline constexpr qint64 kMaxCsvImportBytes = 64 * 1024 * 1024;
// At most this many problems are listed one by one; the rest are counted.
inline constexpr int kMaxListedCsvProblems = 1000;
// The most cells one import may change: the changes of a file are reviewed, applied and audited as one step.
inline constexpr int kMaxCsvImportChanges = 100000;

// Reads back the auditors' matrix (workspaceMatrixCsv()) as a spreadsheet saves it again: comma or semicolon
// separated, UTF-8 with or without a byte order mark, any line ends, the level words in English, German, Spanish,
// French or Dutch, the columns in any order (found by their headers). Only the role cells are read; Section, Scope,
// Categories and Owner-only are there for people. Every role cell that differs from the workspace becomes one
// Change::setGrant, checked against the rules by staging the changes one by one on a copy of the workspace; nothing is
// applied. A file with any problem yields no changes: the error's message names every problem, one a line, each
// starting with its cell ("E14: …") or row.
Result<QList<Change>> stagedFromMatrixCsv(const Workspace &ws, const QByteArray &bytes);

// Reads back one role's CSV sheet (roleSheetCsv()) the same way: a changed Levels cell, or changed View, Add, Edit or
// Delete cells ("yes" or empty), become that feature's new grant.
Result<QList<Change>> stagedFromSheetCsv(const Workspace &ws, const Role &role, const QByteArray &bytes);
// The role by name: a production's own or built-in production role when `production` is set, otherwise an account
// role, a template or a built-in production role.
Result<QList<Change>> stagedFromSheetCsv(
    const Workspace &ws, const QString &role, Id production, const QByteArray &bytes);

// Whether a CSV file's first row heads a role sheet (a Levels column, or View, Add, Edit and Delete columns, in any
// language) rather than the auditors' matrix (Scope and Owner-only columns beside one column a role).
bool isRoleSheetCsv(const QByteArray &bytes);

// Reads a CSV file to import, refusing one larger than kMaxCsvImportBytes without reading further.
Result<QByteArray> readCsvFile(const QString &path);

} // namespace rs::formats
