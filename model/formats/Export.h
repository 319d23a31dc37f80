#pragma once

#include "SafeWrite.h"
#include "domain/Duties.h"
#include "domain/Workspace.h"

#include <QByteArray>
#include <QDate>

#include <functional>

namespace rs::formats {

// The formats a role sheet is written in.
enum class SheetFormat { Csv, Json, Markdown, Html, Pdf, Xlsx };

// Reads "csv", "json", "md" (or "markdown"), "html", "pdf", "xlsx".
Result<SheetFormat> parseSheetFormat(const QString &text);
// The file suffix without the dot: "csv", "json", "md", "html", "pdf", "xlsx".
QString formatSuffix(SheetFormat format);

// One role's sheet in one format, dated `date`, saying which of `duties`' rules the role takes part in. PDF needs a
// QGuiApplication (fonts).
Result<QByteArray> exportRole(
    const Workspace &ws, const Role &role, SheetFormat format, const QDate &date, const duties::Book &duties = {});

// Every role and template of a workspace, in the order sheets are exported: account roles, templates, built-in
// production roles, then each production's own roles.
QList<const Role *> rolesToExport(const Workspace &ws);
// A label telling roles of the same name apart: "Editor [Feature film]" for a production's own role.
QString roleLabel(const Workspace &ws, const Role &role);
// A file name made safe from a role's label: no path separators, control or reserved characters, no leading dot,
// at most 100 characters; names already in `taken` get " (2)", " (3)", … Adds the name to `taken`.
QString safeFileName(const QString &label, const QString &suffix, QSet<QString> &taken);

// The files exportAll() writes into the folder `dir`, in the order it writes them.
QStringList exportAllPaths(const Workspace &ws, SheetFormat format, const QString &dir);

// Writes the sheet of every role of rolesToExport() into the folder `dir`, one file each, named by safeFileName().
// Every file is checked first (checkAllWritable()): a link, or an existing file unless `overwrite` allows it, and
// nothing is written. `progress(done, total)` is called before each file; when it returns false the export stops,
// leaving only whole files. Returns the paths written. PDF needs a QGuiApplication.
Result<QStringList> exportAll(const Workspace &ws, SheetFormat format, const QString &dir, const QDate &date,
    Overwrite overwrite, const std::function<bool(int done, int total)> &progress = {},
    const duties::Book &duties = {});

// The auditors' matrix: one row a feature (Section, Feature, Scope, Categories, Owner-only), one column a role, the
// cell the role's levels in the source notation; CSV as in SPEC §7.
QByteArray workspaceMatrixCsv(const Workspace &ws);
// The matrix's header row for `roles` (rolesToExport()), and the cells of a feature's row before its role cells.
QStringList matrixHeader(const Workspace &ws, const QList<const Role *> &roles);
QStringList matrixFeatureCells(const Workspace &ws, const Feature &f);

} // namespace rs::formats
