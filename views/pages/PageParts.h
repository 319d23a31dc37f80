#pragma once

#include "domain/Workspace.h"

#include <QStringList>

class QLabel;
class QTableWidget;
class QWidget;

namespace rs::pages {

// The large bold heading of a page.
QLabel *title(QWidget *parent);
// A read-only table whose rows are picked whole, with `headers`.
QTableWidget *table(const QStringList &headers, QWidget *parent);
// A seat's first and last day as they count ("—" for none; the wrap date marked as such).
QString seatFrom(const Workspace &ws, const SeatKey &key);
QString seatUntil(const Workspace &ws, const SeatKey &key);
// Whether a seat counts at `now`, starts later or has ended, with the day.
QString seatState(const Workspace &ws, const SeatKey &key, const QDateTime &now);

} // namespace rs::pages
