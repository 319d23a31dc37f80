#pragma once

#include "domain/Workspace.h"

#include <QByteArray>
#include <QStringList>

namespace rs::formats {

// One CSV field: RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a formula
// (=, +, -, @, tab or carriage return first).
QString csvField(const QString &text);
// One CSV record, ended by CRLF.
QString csvRecord(const QStringList &fields);

// The role sheet of SPEC §7 as CSV: Section,Feature,View,Add,Edit,Delete,Levels,Why this matters; UTF-8.
QByteArray roleSheetCsv(const Workspace &ws, const Role &role);

} // namespace rs::formats

namespace rs::formats {

// Reads CSV records one at a time from the bytes of a file as spreadsheets save it: comma or semicolon separated
// (chosen by the first record), UTF-8 with or without a byte order mark, CRLF, LF or CR line ends, RFC 4180 quoting.
// Fields stay raw bytes, so that the caller can say which cell holds a NUL byte or is not UTF-8.
class CsvReader
{
public:
    enum class Stop { End, Unclosed, TooManyFields };

    // Records of more than `maxFields` fields stop the reading.
    CsvReader(QByteArrayView data, qsizetype maxFields);

    // Reads the next record into `fields`; false at the end of the data or when the reading stops (stop()).
    bool next(QList<QByteArray> &fields);
    // The spreadsheet row of the record last read (1 for the first).
    qsizetype row() const { return m_row; }
    // Why next() returned false; for Unclosed, stopColumn() is the cell whose quotation mark is never closed.
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
