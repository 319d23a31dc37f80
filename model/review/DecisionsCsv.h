#pragma once
// Decisions filled into a campaign's own CSV (formats::reviewCsv(), as exported or as a spreadsheet saved it again).
#include "Review.h"

#include <QByteArray>
#include <QHash>

namespace rs::review {

// What a file is read against: the campaign's name and its items with their current decisions, by number.
struct DecisionSheet
{
    QString campaign;
    QHash<int, QPair<Item, Decision>> items;
};

// Reads the file with the matrix import's reader (comma or semicolon, UTF-8 with or without a byte order mark, any
// line ends, the columns found by their headers). A row whose decision cell holds keep, revoke or end (with its
// end_date), and whose decision, end date or comment differs from the item's current one, is a decision to record;
// a row left undecided, or as it was, is not. Every row must be an item of this campaign as it froze (its member,
// production and role). A file with any problem gives no decisions: the error names every problem, one a line, each
// starting with its cell ("J14: …").
Result<QList<ItemDecision>> decisionsFromCsv(const DecisionSheet &sheet, const QByteArray &bytes);

} // namespace rs::review
