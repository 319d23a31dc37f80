// The grid's bulk edits: Space on a selection, copy and paste of cells, and a selection copied to other roles.
#include "GridPanel.h"

#include "commands/BulkEdit.h"
#include "commands/EditSession.h"
#include "itemmodels/PermissionGridModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>

namespace rs {

namespace {

bool isFeatureRow(const QModelIndex &index)
{
    return index.data(PermissionGridModel::FeatureIdRole).value<Id>() != 0;
}

Id featureOf(const QModelIndex &index)
{
    return index.data(PermissionGridModel::FeatureIdRole).value<Id>();
}

bool isGranted(const QModelIndex &index)
{
    return index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

} // namespace

void GridPanel::createEditActions()
{
    const auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        // In the menu for everyone; the key only in the grid, so that a text field keeps its own copy and paste.
        a->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        m_editActions.append(a);
    };
    add(QStringLiteral("copyCells"), tr("&Copy Cells"), QKeySequence::Copy, &GridPanel::copySelection);
    add(QStringLiteral("pasteCells"), tr("&Paste Cells"), QKeySequence::Paste, &GridPanel::paste);
    // Space itself stays with the grid: on one cell it is the cell's own toggle.
    add(QStringLiteral("toggleCells"), tr("&Set or Clear Selected Cells"), QKeySequence(), &GridPanel::toggleSelection);
    m_editActions.at(0)->setToolTip(tr("Copy the selected cells, as text a spreadsheet takes (%1)")
                                        .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    m_editActions.at(1)->setToolTip(tr("Paste copied cells onto the shown role from the current cell (%1)")
                                        .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    m_editActions.at(2)->setToolTip(tr("Grant every selected cell, or clear them all when all are granted (Space)"));
}

bool GridPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            paste();
            return true;
        }
        // One cell keeps the delegate's toggle; several are set or cleared together.
        if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Select) && key->modifiers() == Qt::NoModifier
            && selectedCells().size() > 1) {
            toggleSelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QModelIndexList GridPanel::selectedCells() const
{
    QModelIndexList cells;
    if (!m_view->selectionModel())
        return cells;
    auto add = [&](const QModelIndex &cell) {
        if (!cells.contains(cell))
            cells.append(cell);
    };
    // The ranges, not selectedIndexes(): those leave out the disabled cells a rule closes, which are told about.
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            for (int column = std::max(range.left(), int(PermissionGridModel::ViewColumn));
                 column <= std::min(range.right(), int(PermissionGridModel::DeleteColumn)); ++column) {
                const QModelIndex cell = m_proxy->index(row, column, range.parent());
                if (isFeatureRow(cell)) {
                    add(cell);
                    continue;
                }
                const QModelIndex section = cell.siblingAtColumn(0);
                for (int child = 0; child < m_proxy->rowCount(section); ++child)
                    add(m_proxy->index(child, column, section));
            }
        }
    }
    // View order: down the rows as they are shown, then across.
    auto position = [this](const QModelIndex &cell) {
        const QModelIndex parent = cell.parent();
        return std::make_tuple(
            parent.isValid() ? parent.row() : cell.row(), parent.isValid() ? cell.row() + 1 : 0, cell.column());
    };
    std::sort(cells.begin(), cells.end(),
        [&](const QModelIndex &a, const QModelIndex &b) { return position(a) < position(b); });
    return cells;
}

void GridPanel::showStatus(const QString &text)
{
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(text, 8000);
}

void GridPanel::toggleSelection()
{
    const Id role = m_model->role();
    const QModelIndexList cells = selectedCells();
    if (!role || cells.isEmpty())
        return;
    // The usual rule for a set of boxes: one open box not granted grants them all, else all are cleared.
    bool grant = false;
    for (const QModelIndex &cell : cells) {
        if (!cell.data(PermissionGridModel::ClosedRole).toBool() && !isGranted(cell))
            grant = true;
    }
    QList<CellValue> values;
    for (const QModelIndex &cell : cells) {
        if (cell.data(PermissionGridModel::ClosedRole).toBool() && !isGranted(cell))
            continue; // closed and empty: nothing to clear, and granting it is not asked for
        values.append({ role, featureOf(cell), PermissionGridModel::levelOf(cell.column()), grant });
    }
    const QString name = m_session->working().role(role)->name;
    const BulkOutcome outcome = BulkEdit::stage(
        m_session,
        [&](int n) {
            return grant ? tr("Grant %n cell(s) to %1", nullptr, n).arg(name)
                         : tr("Clear %n cell(s) of %1", nullptr, n).arg(name);
        },
        values);
    // Closed cells that stay empty are skipped too, for the same reason a click on one is refused.
    int skipped = outcome.refused;
    QStringList reasons = outcome.reasons;
    if (grant) {
        for (const QModelIndex &cell : cells) {
            if (!cell.data(PermissionGridModel::ClosedRole).toBool() || isGranted(cell))
                continue;
            ++skipped;
            const QString why = cell.data(Qt::ToolTipRole).toString();
            if (!reasons.contains(why))
                reasons.append(why);
        }
    }
    if (skipped)
        emit message(tr("%n cell(s) were left as they were: %1", nullptr, skipped).arg(reasons.join(QLatin1Char(' '))));
    // The rule that chose, in the status line (after the message, which shows there too).
    showStatus(grant ? tr("Granted %n selected cell(s): some open cells were not granted.", nullptr, outcome.staged)
                     : tr("Cleared %n selected cell(s): every open cell was granted.", nullptr, outcome.staged));
}

void GridPanel::copySelection()
{
    const QModelIndexList cells = selectedCells();
    if (cells.isEmpty())
        return;
    // The rectangle around the selection: its features in view order, its levels left to right.
    QList<Id> features;
    QStringList names;
    int left = PermissionGridModel::DeleteColumn;
    int right = PermissionGridModel::ViewColumn;
    for (const QModelIndex &cell : cells) {
        if (!features.contains(featureOf(cell))) {
            features.append(featureOf(cell));
            names.append(cell.siblingAtColumn(PermissionGridModel::FeatureColumn).data().toString());
        }
        left = std::min(left, cell.column());
        right = std::max(right, cell.column());
    }
    QList<QList<bool>> rows;
    QList<Level> levels;
    for (int c = left; c <= right; ++c)
        levels.append(PermissionGridModel::levelOf(c));
    for (Id feature : std::as_const(features)) {
        QList<bool> row;
        for (int c = left; c <= right; ++c)
            row.append(isGranted(cellIndex(feature, c)));
        rows.append(row);
    }
    auto *mime = new QMimeData;
    mime->setData(BulkEdit::mimeType(), BulkEdit::toText(rows).toUtf8());
    mime->setText(BulkEdit::toText(rows, names, levels));
    QGuiApplication::clipboard()->setMimeData(mime);
    showStatus(tr("Copied %n cell(s).", nullptr, int(rows.size() * levels.size())));
}

void GridPanel::paste()
{
    const Id role = m_model->role();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!role || !mime)
        return;
    const QString text
        = mime->hasFormat(BulkEdit::mimeType()) ? QString::fromUtf8(mime->data(BulkEdit::mimeType())) : mime->text();
    const Result<QList<QList<bool>>> rows = BulkEdit::parse(text);
    if (!rows) {
        emit message(rows.error().message);
        return;
    }
    // From the selection's first cell, or the current cell (its row's View cell when it is a feature's name),
    // rightwards and down the shown rows.
    const QModelIndexList selected = selectedCells();
    const QModelIndex anchor = selected.isEmpty() ? m_view->currentIndex() : selected.first();
    if (!anchor.isValid())
        return;
    const int firstColumn
        = PermissionGridModel::isLevelColumn(anchor.column()) ? anchor.column() : int(PermissionGridModel::ViewColumn);
    QModelIndex row = anchor.siblingAtColumn(0);
    QList<CellValue> values;
    int outside = 0;
    for (const QList<bool> &line : rows.value()) {
        while (row.isValid() && !isFeatureRow(row))
            row = m_view->indexBelow(row);
        for (int i = 0; i < line.size(); ++i) {
            const int column = firstColumn + i;
            if (!row.isValid() || column > PermissionGridModel::DeleteColumn) {
                ++outside;
                continue;
            }
            values.append({ role, featureOf(row), PermissionGridModel::levelOf(column), line.at(i) });
        }
        if (row.isValid())
            row = m_view->indexBelow(row);
    }
    const QString name = m_session->working().role(role)->name;
    const BulkOutcome outcome = BulkEdit::stage(
        m_session, [&](int n) { return tr("Paste %n cell(s) onto %1", nullptr, n).arg(name); }, values);
    QStringList reasons = outcome.reasons;
    if (outside)
        reasons.append(tr("%n cell(s) fell outside the grid.", nullptr, outside));
    showStatus(tr("Pasted %n cell(s).", nullptr, outcome.staged));
    if (outcome.refused + outside)
        emit message(tr("%n cell(s) were not pasted: %1", nullptr, outcome.refused + outside)
                         .arg(reasons.join(QLatin1Char(' '))));
}

void GridPanel::applySelectionToRoles(const QList<Id> &roles)
{
    const Id source = m_model->role();
    const QModelIndexList cells = selectedCells();
    QList<Id> targets;
    for (Id r : roles) {
        if (r != source && !targets.contains(r) && m_session->working().role(r))
            targets.append(r);
    }
    if (!source || cells.isEmpty() || targets.isEmpty()) {
        emit message(tr("Select cells in the grid and one or more other roles in the navigator (Ctrl+click), then "
                        "apply the cells to them."));
        return;
    }
    QList<CellValue> values;
    for (Id target : std::as_const(targets)) {
        for (const QModelIndex &cell : cells)
            values.append({ target, featureOf(cell), PermissionGridModel::levelOf(cell.column()), isGranted(cell) });
    }
    const QString name = m_session->working().role(source)->name;
    const BulkOutcome outcome = BulkEdit::stage(
        m_session, [&](int n) { return tr("Copy %n cell(s) of %1 to the selected roles", nullptr, n).arg(name); },
        values);
    showStatus(tr("Copied %n cell(s) to the selected roles.", nullptr, outcome.staged));
    if (outcome.refused)
        emit message(
            tr("%n cell(s) were not copied: %1", nullptr, outcome.refused).arg(outcome.reasons.join(QLatin1Char(' '))));
}

} // namespace rs
