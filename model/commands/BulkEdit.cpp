#include "BulkEdit.h"

#include "EditSession.h"
#include "domain/Rules.h"

#include <QHash>

namespace rs {

namespace {

// 1 granted, 0 not granted, -1 not a cell value.
int cellValue(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty() || text == QLatin1String("-"))
        return 0;
    if (text.compare(QLatin1String("x"), Qt::CaseInsensitive) == 0 || text == QStringLiteral("\u2713")
        || text == QStringLiteral("\u2714"))
        return 1;
    for (Level level : kAllLevels) {
        if (text.compare(levelName(level), Qt::CaseInsensitive) == 0)
            return 1;
    }
    static const char *const english[] = { "view", "add", "edit", "delete" };
    for (const char *word : english) {
        if (text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return 1;
    }
    return -1;
}

} // namespace

BulkOutcome BulkEdit::stage(
    EditSession *session, const std::function<QString(int)> &text, const QList<CellValue> &cells)
{
    BulkOutcome outcome;
    if (!session->isLoaded())
        return outcome;
    const Workspace &ws = session->working();
    // One change per role and feature, holding every level asked for there; in the order the cells came.
    QList<QPair<Id, Id>> order;
    QHash<QPair<Id, Id>, QPair<Levels, Levels>> wanted; // (role, feature) -> (levels to set, levels to clear)
    for (const CellValue &cell : cells) {
        const QPair<Id, Id> key(cell.role, cell.feature);
        auto it = wanted.find(key);
        if (it == wanted.end()) {
            it = wanted.insert(key, {});
            order.append(key);
        }
        // The last word on a cell counts.
        if (cell.on) {
            it->first = it->first.with(cell.level);
            it->second = it->second.without(cell.level);
        } else {
            it->second = it->second.with(cell.level);
            it->first = it->first.without(cell.level);
        }
    }
    QList<Change> changes;
    for (const QPair<Id, Id> &key : std::as_const(order)) {
        const Role *role = ws.role(key.first);
        const Feature *feature = ws.feature(key.second);
        if (!role || !feature)
            continue;
        const Levels now = ws.grant(*role, *feature);
        const Levels next = now.with(wanted.value(key).first).without(wanted.value(key).second);
        if (next == now)
            continue;
        int cellsChanged = 0;
        for (Level level : kAllLevels)
            cellsChanged += now.has(level) != next.has(level) ? 1 : 0;
        Change change = Change::setGrant(role->id, feature->id, next);
        if (Status s = Rules::check(ws, change); !s) {
            outcome.refused += cellsChanged;
            if (!outcome.reasons.contains(s.error().message))
                outcome.reasons.append(s.error().message);
            continue;
        }
        outcome.staged += cellsChanged;
        changes.append(change);
    }
    if (changes.isEmpty())
        return outcome;
    // Grants of different cells do not depend on one another: each passed on its own, so all of them pass.
    if (Status s = session->stageAll(text(outcome.staged), changes); !s) {
        outcome.refused += outcome.staged;
        outcome.staged = 0;
        if (!outcome.reasons.contains(s.error().message))
            outcome.reasons.append(s.error().message);
    }
    return outcome;
}

QString BulkEdit::toText(const QList<QList<bool>> &rows, const QStringList &features, const QList<Level> &levels)
{
    const bool headers = !features.isEmpty() && features.size() == rows.size();
    QStringList lines;
    if (headers) {
        QStringList head { tr("Feature") };
        for (Level level : levels)
            head << levelName(level);
        lines << head.join(QLatin1Char('\t'));
    }
    for (int r = 0; r < rows.size(); ++r) {
        QStringList line;
        if (headers)
            line << QString(features.at(r)).replace(QLatin1Char('\t'), QLatin1Char(' '));
        for (bool on : rows.at(r))
            line << (on ? QStringLiteral("x") : QString());
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<QList<QList<bool>>> BulkEdit::parse(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Error::badInput(tr("The clipboard holds no grid cells."));
    QList<QStringList> table;
    for (const QString &line : std::as_const(lines))
        table.append(line.split(QLatin1Char('\t')));
    // A header row starts with the label of the names below it ("Feature"), or, without a header column, holds the
    // levels' names while the rows below hold marks; a header column holds feature names, which are not cell values.
    const QString corner = table.first().first().trimmed();
    bool headerRow = table.size() > 1
        && (corner.compare(QLatin1String("Feature"), Qt::CaseInsensitive) == 0
            || corner.compare(tr("Feature"), Qt::CaseInsensitive) == 0);
    if (!headerRow && table.size() > 1) {
        QStringList names;
        for (Level level : kAllLevels)
            names << levelName(level);
        bool allNames = true;
        for (const QString &cell : table.first())
            allNames = allNames && names.contains(cell.trimmed(), Qt::CaseInsensitive);
        bool marks = false;
        for (int r = 1; r < table.size(); ++r) {
            for (const QString &cell : table.at(r))
                marks = marks || cell.trimmed().isEmpty()
                    || cell.trimmed().compare(QLatin1String("x"), Qt::CaseInsensitive) == 0;
        }
        headerRow = allNames && marks;
    }
    bool headerColumn = table.at(headerRow ? 1 : 0).size() > 1;
    for (int r = headerRow ? 1 : 0; r < table.size(); ++r)
        headerColumn = headerColumn && cellValue(table.at(r).first()) < 0;
    QList<QList<bool>> rows;
    for (int r = headerRow ? 1 : 0; r < table.size(); ++r) {
        QList<bool> row;
        for (int c = headerColumn ? 1 : 0; c < table.at(r).size(); ++c) {
            const int value = cellValue(table.at(r).at(c));
            if (value < 0)
                return Error::badInput(tr("The clipboard holds “%1” where a grid cell holds x or nothing.")
                                           .arg(table.at(r).at(c).trimmed()));
            row.append(value == 1);
        }
        rows.append(row);
    }
    if (rows.isEmpty())
        return Error::badInput(tr("The clipboard holds no grid cells."));
    return rows;
}

} // namespace rs
