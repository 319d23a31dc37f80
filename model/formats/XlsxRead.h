#pragma once

#include "domain/Result.h"

#include <QByteArray>

namespace rs::formats {

// Limits on an xlsx workbook read back, against zip bombs: each part read (workbook, relationships, shared strings,
// the first worksheet) unpacks to at most kMaxXlsxPartBytes, all of them together to at most kMaxXlsxTotalBytes, and
// a part of more than a mebibyte to at most kMaxXlsxRatio times its packed size. They are counted while reading, a
// piece at a time, whatever sizes the zip's directory claims.
inline constexpr qint64 kMaxXlsxPartBytes = 256 * 1024 * 1024;
inline constexpr qint64 kMaxXlsxTotalBytes = 512 * 1024 * 1024;
inline constexpr qint64 kMaxXlsxRatio = 200;
// The most shared strings a workbook may hold; their text is held to the CSV file limit (kMaxCsvImportBytes).
inline constexpr qsizetype kMaxXlsxSharedStrings = 4 * 1024 * 1024;
// A spreadsheet's columns.
inline constexpr qsizetype kMaxXlsxColumns = 16384;

// Whether `bytes` start as a zip file does (an xlsx workbook is one).
bool isZip(const QByteArray &bytes);

// The first worksheet of an xlsx workbook as the CSV the readers of CsvImport.h take (comma separated, no byte order
// mark, CRLF): one record a row from row 1 on, blank rows kept, each row as wide as the first one (or wider), so that
// every cell keeps its name ("B7") in the messages about it. Every cell is read as the text it shows: shared strings,
// inline strings, numbers and booleans as stored. Refused with one line: a file that is not a zip, a missing part, a
// zip bomb (the limits above), a cell past a spreadsheet's last row or column, more text than a CSV file of
// kMaxCsvImportBytes, a cell longer than 32,767 characters, a shared-string index out of range, a formula, cells out
// of order, a document type declaration.
Result<QByteArray> csvFromXlsx(const QByteArray &zip);

// Reads a file to import as a CSV file (readCsvFile()); an xlsx workbook (a zip file, or a name ending in .xlsx) is
// turned into CSV by csvFromXlsx(), so that both are checked alike.
Result<QByteArray> readSheetFile(const QString &path);

} // namespace rs::formats
