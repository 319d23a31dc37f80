#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace rs {

namespace {

QString plainText(QString text)
{
    // "&Open…" reads "Open"; a literal "&&" stays one ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts()) {
        if (!sequence.isEmpty())
            keys.append(sequence.toString(QKeySequence::NativeText));
    }
    return keys.join(QStringLiteral(", "));
}

void addFrom(const QMenu *menu, const QString &group, QSet<const QAction *> *seen, QList<ShortcutsDialog::Entry> *out)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addFrom(action->menu(), group, seen, out);
            continue;
        }
        if (action->isSeparator() || seen->contains(action))
            continue;
        seen->insert(action);
        const QString keys = keysOf(action);
        if (!keys.isEmpty())
            out->append({ group, plainText(action->text()), keys });
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    if (const auto *main = qobject_cast<const QMainWindow *>(window); main && main->menuWidget()) {
        if (const auto *bar = qobject_cast<const QMenuBar *>(main->menuWidget())) {
            for (const QAction *top : bar->actions()) {
                if (top->menu())
                    addFrom(top->menu(), plainText(top->text()), &seen, &entries);
            }
        }
    }
    // Actions that live on the window alone (toolbars, shortcuts without a menu entry).
    QList<QAction *> rest = window->actions();
    rest += window->findChildren<QAction *>();
    for (const QAction *action : std::as_const(rest)) {
        if (seen.contains(action) || action->isSeparator() || action->text().isEmpty())
            continue;
        seen.insert(action);
        const QString keys = keysOf(action);
        if (!keys.isEmpty())
            entries.append({ tr("Other"), plainText(action->text()), keys });
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    auto *model = new QStandardItemModel(0, 2, this);
    model->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    QStandardItem *group = nullptr;
    for (const Entry &entry : collect(window)) {
        if (!group || group->text() != entry.group) {
            group = new QStandardItem(entry.group);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            group->setEditable(false);
            model->appendRow({ group, new QStandardItem() });
        }
        auto *name = new QStandardItem(entry.action);
        auto *keys = new QStandardItem(entry.keys);
        name->setEditable(false);
        keys->setEditable(false);
        // Read out as one sentence: "Open, Ctrl+O".
        name->setData(tr("%1, %2").arg(entry.action, entry.keys), Qt::AccessibleTextRole);
        group->appendRow({ name, keys });
    }

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("shortcutsList"));
    m_view->setModel(proxy);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->expandAll();

    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Find an action or a key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a shortcut"));
    connect(m_filter, &QLineEdit::textChanged, this, [this, proxy](const QString &text) {
        proxy->setFilterFixedString(text);
        m_view->expandAll();
    });

    auto *grid = new QLabel(tr("In the permission grid, the arrow keys move between cells, Space sets or clears a "
                               "box, and Tab moves on to the next panel."),
        this);
    grid->setWordWrap(true);
    // Kept apart from the sentence above, so that its translations stay.
    grid->setText(grid->text() + QLatin1Char(' ')
        + tr("Shift with the arrows, a drag or Ctrl+click selects several cells: Space then sets them all, or clears "
             "them all when every one is set; Ctrl+C copies them, and Ctrl+V pastes copied cells at the selection."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(grid);
    layout->addWidget(buttons);
    // Tall enough to show the whole list without scrolling where the screen allows it.
    const int rows = proxy->rowCount() + int(collect(window).size());
    const int wanted = rows * m_view->sizeHintForRow(0) + 160;
    const int room = window && window->screen() ? window->screen()->availableGeometry().height() * 9 / 10 : 700;
    resize(540, qBound(480, wanted, room));
    m_filter->setFocus();
}

} // namespace rs
