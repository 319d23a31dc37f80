#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace rs::formats {

// How a cell of a table written as xlsx is marked for the people who read it: each mark has a fill colour and a line
// of the workbook's Legend sheet.
enum class CellMark : quint8 { None, OwnerOnly, Guarded };

// One table as the first worksheet of an xlsx workbook: the first `frozenRows` rows (and `frozenColumns` columns) stay
// in view while scrolling, each column is as wide as its widest cell (within 6 and 60 characters), the first row is
// bold, marked cells are filled, and a second worksheet, Legend, says what each fill means. Every cell is text, so that
// nothing a spreadsheet reads as a number or a date changes when the file is saved again.
struct XlsxTable
{
    QString sheetName;
    int rowCount = 0;
    // Fills row `row` (from 0; the header is row 0): its cells and, for marked cells, their marks (shorter or empty
    // when the rest are unmarked). Called twice for each row: once to measure, once to write.
    std::function<void(int row, QStringList &cells, QList<CellMark> &marks)> row;
    int frozenRows = 1;
    int frozenColumns = 0;
    // The Legend sheet's lines for the marks this table uses; none, and there is no Legend.
    QList<CellMark> legend;
};

// The workbook's bytes. Written by libxlsxwriter into a private temporary folder (readable by its owner alone) that is
// removed before this returns; the caller writes the bytes with writeFileSafely(). A cell longer than a spreadsheet
// holds (32,767 characters) is refused by its name.
Result<QByteArray> xlsxWorkbook(const XlsxTable &table);

// Each mark's name and what it means, as the Legend sheet says them.
QString cellMarkName(CellMark mark);
QString cellMarkMeaning(CellMark mark);

} // namespace rs::formats
