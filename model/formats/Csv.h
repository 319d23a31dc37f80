#pragma once

#include "domain/Duties.h"
#include "domain/Workspace.h"

#include <QByteArray>
#include <QStringList>

namespace rs::formats {

// One CSV field: RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a formula
// (=, +, -, @, tab or carriage return first).
QString csvField(const QString &text);
// One CSV record, ended by CRLF.
QString csvRecord(const QStringList &fields);

// The UTF-8 byte order mark that every CSV meant for a spreadsheet starts with: without it Excel, and LibreOffice by
// default, read the file in the system's legacy code page and mangle every dash and accent. Readers take a file with
// or without it.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";
// `data` without a leading byte order mark.
QByteArrayView withoutBom(QByteArrayView data);

// The role sheet of SPEC §7 as CSV: Section,Feature,View,Add,Edit,Delete,Levels,Why this matters; UTF-8 with a byte
// order mark.
QByteArray roleSheetCsv(const Workspace &ws, const Role &role, const duties::Book &duties = {});
// Its rows, the header first, one a feature in the workspace's order.
// A role taking part in duty rules gets a last column "Duty rules" naming, per feature, the rule and the side.
QList<QStringList> roleSheetRows(const Workspace &ws, const Role &role, const duties::Book &duties = {});

} // namespace rs::formats

namespace rs::formats {

// The most characters a cell is read with: what a spreadsheet cell holds. A longer cell stops the reading before it
// is held whole, so that a hostile file cannot make the reader, or what parses the cell, hold many times its size.
inline constexpr qsizetype kMaxCsvCellChars = 32767;
// The most records a file is read with: the rows of a spreadsheet, blank ones included.
inline constexpr qsizetype kMaxCsvRows = 1048576;

// Reads CSV records one at a time from the bytes of a file as spreadsheets save it: comma or semicolon separated
// (chosen by the first record), UTF-8 with or without a byte order mark, CRLF, LF or CR line ends, RFC 4180 quoting.
// Fields stay raw bytes, so that the caller can say which cell holds a NUL byte or is not UTF-8. A record holds at
// most `maxFields` fields of at most kMaxCsvCellChars characters each, and a file at most kMaxCsvRows records: the
// reading stops at the first that breaks a limit, so memory stays bounded by the limits, not by the file.
class CsvReader
{
public:
    enum class Stop { End, Unclosed, TooManyFields, CellTooLong, TooManyRows };

    // Records of more than `maxFields` fields stop the reading.
    CsvReader(QByteArrayView data, qsizetype maxFields);

    // Reads the next record into `fields`; false at the end of the data or when the reading stops (stop()).
    bool next(QList<QByteArray> &fields);
    // The spreadsheet row of the record last read (1 for the first).
    qsizetype row() const { return m_row; }
    // Why next() returned false; for Unclosed and CellTooLong, stopColumn() is the cell whose quotation mark is never
    // closed or that is too long.
    Stop stop() const { return m_stop; }
    qsizetype stopColumn() const { return m_stopColumn; }
    char separator() const { return m_separator; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_row = 0;
    qsizetype m_maxFields = 0;
    qsizetype m_stopColumn = 0;
    Stop m_stop = Stop::End;
    char m_separator = ',';
};

// A spreadsheet's name for a cell: column letters and row number, "A1", "E14", "AB7". `column` counts from 0.
QString cellName(qsizetype column, qsizetype row);

} // namespace rs::formats
