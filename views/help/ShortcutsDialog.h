#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QTreeView;

namespace rs {

// Help › Keyboard Shortcuts: every action of a window that has a shortcut, read from the actions themselves and
// grouped by the menu that holds them, with a filter box.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // One line of the list: the menu, the action as its menu shows it, and its keys as the desktop writes them.
    struct Entry
    {
        QString group;
        QString action;
        QString keys;
    };

    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);

    // Reads the actions: the menu bar's menus in their order first, then actions that sit in no menu.
    static QList<Entry> collect(const QWidget *window);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    QTreeView *m_view;
    QLineEdit *m_filter;
};

} // namespace rs
