#pragma once

#include "RoleSheet.h"

class QPagedPaintDevice;

namespace rs::formats {

// Lays role sheets out on pages and paints them on any paged device — QPdfWriter for PDF, QPrinter for printing and
// print preview. A table row is never split across pages, a section heading stays with its first rows, the table
// header is repeated on a continued page, and every page carries a header naming workspace, role and date and a
// page number. Needs a QGuiApplication (fonts).
class SheetPrinter
{
public:
    explicit SheetPrinter(QList<RoleSheet> sheets);

    // Paints every sheet, each starting on a new page, and returns the number of pages painted.
    Result<int> print(QPagedPaintDevice &device) const;

private:
    QList<RoleSheet> m_sheets;
};

// One sheet as an A4 PDF document.
Result<QByteArray> roleSheetPdf(const RoleSheet &sheet);

} // namespace rs::formats
