#pragma once

#include <QStyledItemDelegate>

namespace rs {

// Draws check boxes centred in their cells and toggles them on a click anywhere in the cell or on Space; marks
// features that hold levels without View with a warning sign.
class CheckDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `warningRole`: a bool data role that asks for the warning sign; 0 for none.
    explicit CheckDelegate(int warningRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_warningRole;
};

} // namespace rs
