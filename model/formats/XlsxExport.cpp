#include "XlsxExport.h"

#include "AuditCsv.h"
#include "Csv.h"
#include "Export.h"
#include "XlsxWrite.h"

#include <QCoreApplication>

namespace rs::formats {

namespace {

CellMark markOf(const Role &role, const Feature &f)
{
    if (f.ownerOnly)
        return CellMark::OwnerOnly;
    if (role.guardrails.intersects(f.categories))
        return CellMark::Guarded;
    return CellMark::None;
}

Result<QByteArray> rowsXlsx(const QString &name, const QList<QStringList> &rows, int frozenRows)
{
    XlsxTable table;
    table.sheetName = name;
    table.rowCount = int(rows.size());
    table.frozenRows = frozenRows;
    table.row = [&rows](int row, QStringList &cells, QList<CellMark> &) { cells = rows.at(row); };
    return xlsxWorkbook(table);
}

} // namespace

Result<QByteArray> workspaceMatrixXlsx(const Workspace &ws)
{
    const QList<const Role *> roles = rolesToExport(ws);
    const QStringList header = matrixHeader(ws, roles);
    const qsizetype fixed = header.size() - roles.size();
    QString texts[16];
    for (unsigned bits = 0; bits < 16; ++bits)
        texts[bits] = Levels::fromBits(bits).toText();
    const QList<Feature> &features = ws.features();
    XlsxTable table;
    table.sheetName = QCoreApplication::translate("rs::formats::Xlsx", "Matrix");
    table.rowCount = int(features.size()) + 1;
    table.frozenColumns = 2; // Section and Feature
    table.legend = { CellMark::OwnerOnly, CellMark::Guarded };
    table.row = [&](int row, QStringList &cells, QList<CellMark> &marks) {
        if (row == 0) {
            cells = header;
            return;
        }
        const Feature &f = features.at(row - 1);
        cells = matrixFeatureCells(ws, f);
        marks.resize(fixed, CellMark::None);
        for (const Role *r : roles) {
            cells << texts[ws.grant(*r, f).bits()];
            marks << markOf(*r, f);
        }
    };
    return xlsxWorkbook(table);
}

Result<QByteArray> roleSheetXlsx(const Workspace &ws, const Role &role, const duties::Book &duties)
{
    const QList<QStringList> rows = roleSheetRows(ws, role, duties);
    const QList<Feature> &features = ws.features();
    XlsxTable table;
    table.sheetName = role.name;
    table.rowCount = int(rows.size());
    table.frozenColumns = 2;
    table.legend = { CellMark::OwnerOnly, CellMark::Guarded };
    table.row = [&](int row, QStringList &cells, QList<CellMark> &marks) {
        cells = rows.at(row);
        if (row == 0)
            return;
        // Section and Feature unmarked; View, Add, Edit, Delete and Levels carry the feature's mark.
        const CellMark mark = markOf(role, features.at(row - 1));
        marks = { CellMark::None, CellMark::None, mark, mark, mark, mark, mark };
    };
    return xlsxWorkbook(table);
}

Result<QByteArray> auditXlsx(const QList<AuditEntry> &entries)
{
    return rowsXlsx(QCoreApplication::translate("rs::formats::Xlsx", "Audit trail"), auditRows(entries), 1);
}

Result<QByteArray> reviewXlsx(const ReviewEvidence &evidence)
{
    return rowsXlsx(evidence.campaign.name, reviewRows(evidence), 4);
}

} // namespace rs::formats
