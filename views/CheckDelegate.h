#pragma once

#include <QStyledItemDelegate>

namespace rs {

// Draws check boxes centred in their cells and toggles them on a click anywhere in the cell or on Space; marks
// features that hold levels without View with a warning sign, and locked cells with a padlock.
class CheckDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `warningRole`: a bool data role that asks for the warning sign; 0 for none.
    explicit CheckDelegate(int warningRole, QObject *parent = nullptr);
    // `role`: a bool data role marking cells that read but cannot change (a built-in role's): drawn greyed with a
    // padlock beside the box, unlike cells a rule closes, which are greyed without one.
    void setLockedRole(int role) { m_lockedRole = role; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_warningRole;
    int m_lockedRole = 0;
};

} // namespace rs
