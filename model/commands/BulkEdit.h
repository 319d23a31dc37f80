#pragma once

#include "domain/Workspace.h"

#include <QCoreApplication>

#include <functional>

namespace rs {

class EditSession;

// One cell of a role's grid as a bulk edit wants it.
struct CellValue
{
    Id role = 0;
    Id feature = 0;
    Level level = Level::View;
    bool on = false;
};

// What a bulk edit did: how many cells it changed, how many a rule kept as they were, and the rules' reasons (each
// once).
struct BulkOutcome
{
    int staged = 0;
    int refused = 0;
    QStringList reasons;
};

// Edits of many cells at once (a selection set or cleared, cells pasted, a column copied to other roles), and the
// clipboard's text for grid cells.
class BulkEdit
{
    Q_DECLARE_TR_FUNCTIONS(rs::BulkEdit)

public:
    // Stages every cell that differs from the working copy as ONE undoable step, named by `text` from the number of
    // cells it changes. Cells a rule forbids are left as they are and counted, with the rule's reason; the rest are
    // staged.
    static BulkOutcome stage(
        EditSession *session, const std::function<QString(int)> &text, const QList<CellValue> &cells);

    // The cells as tab-separated lines, one per feature, "x" for granted and nothing for not granted. With
    // `features` and `levels`, a header row of level names and a header column of feature names come first, for a
    // spreadsheet.
    static QString toText(
        const QList<QList<bool>> &rows, const QStringList &features = {}, const QList<Level> &levels = {});
    // Reads toText()'s forms back, with or without headers; a cell may also hold a level's name ("View") for granted.
    // Refuses text that is not a grid of cells, saying why.
    static Result<QList<QList<bool>>> parse(const QString &text);
    // The clipboard's own format for grid cells (toText() without headers).
    static QString mimeType() { return QStringLiteral("application/x-rolesheet-cells"); }
};

} // namespace rs
