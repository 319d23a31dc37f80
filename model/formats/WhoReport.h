#pragma once

#include "domain/Duties.h"

#include <QByteArray>
#include <QStringList>

namespace rs::formats {

// "Who holds this cell, through what": a header, then one row per member and production: Member, Production (every
// production, or none for a feature of the account), Through (the holdings), Standing (yes for the Admin & owner and
// Admins).
QList<QStringList> whoTable(const Workspace &ws, const QList<duties::WhoRow> &rows);
// As CSV, UTF-8 with a byte order mark.
QByteArray whoCsv(const Workspace &ws, const QList<duties::WhoRow> &rows);
// As an A4 PDF with `title` on top. Needs a QGuiApplication (fonts).
Result<QByteArray> whoPdf(const Workspace &ws, const QList<duties::WhoRow> &rows, const QString &title);

} // namespace rs::formats
