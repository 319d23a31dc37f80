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
