#pragma once

#include "domain/Duties.h"
#include "domain/Workspace.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace rs::formats {

// One feature's line of a role sheet.
struct SheetRow
{
    QString feature;
    Levels levels;
    QString why;
};

// One section's table of a role sheet.
struct SheetSection
{
    QString name;
    QList<SheetRow> rows;
};

// A role sheet as people read it, derived from the model and never kept by hand: every text format, the PDF and
// printing render this one structure.
struct RoleSheet
{
    QString workspace;
    QString role;
    QString scope; // "Account role, across the whole workspace", …
    QString date; // ISO 8601, injectable so that golden files stay stable
    QString guardrails; // "financial, personnel" or "None"
    QString description;
    // A linked role's template: "Based on Production (version 3); 2 local changes"; empty for other roles.
    QString basedOn;
    QList<SheetSection> sections;
    QStringList provides;
    QStringList excludes;
    // Who holds the role, with when that ends: "Fay — Gala Night — until 30 Nov 2026", in the workspace's time zone.
    QStringList holders;
    // The duty rules the role takes part in, one line each (duties::describeRolePart()); empty for none.
    QStringList duties;

    static RoleSheet build(const Workspace &ws, const Role &role, const QDate &date, const duties::Book &duties = {});
    // The title line: "Studio — Production — 2026-11-25".
    QString header() const;
};

// The sentence above a sheet's duty rules.
QString dutiesIntro();

// The sheet as Markdown (GitHub tables); every name is escaped so that it cannot start markup or raw HTML.
QByteArray roleSheetMarkdown(const RoleSheet &sheet);
// The sheet as a standalone HTML page, UTF-8; every name and text is escaped.
QByteArray roleSheetHtml(const RoleSheet &sheet);
// The sheet as a rich-text document, e.g. for a QTextEdit preview.
std::unique_ptr<QTextDocument> roleSheetDocument(const RoleSheet &sheet);

// The date to stamp on sheets: SOURCE_DATE_EPOCH when set (reproducible output), otherwise today.
QDate sheetDate();

} // namespace rs::formats
