#include "NavigatorPanel.h"

#include "commands/EditSession.h"
#include "itemmodels/NavigatorModel.h"

#include <QHeaderView>
#include <QInputEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace rs {

NavigatorPanel::NavigatorPanel(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NavigatorModel(session, this))
    , m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("navigator"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Several roles at once, for Edit › Apply Cells to Selected Roles.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setUpSearch();
    layout->addWidget(m_search);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_view);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &NavigatorPanel::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NavigatorPanel::restoreState);
    restoreState();
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    // A double-click opens what the row stands for, even when it is already the current row.
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const int kind = index.data(NavigatorModel::KindRole).toInt();
        if (index != m_view->currentIndex() || kind == NavigatorModel::GroupNode
            || kind == NavigatorModel::RolesFolderNode || kind == NavigatorModel::TeamFolderNode)
            return; // a group or folder opens and closes, as trees do
        onCurrentChanged(index);
        emit opened();
    });
}

NavigatorPanel::NodeKey NavigatorPanel::keyOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int kind = index.data(NavigatorModel::KindRole).toInt();
    // A group is known by its row; every other row by what it stands for.
    const Id id = kind == NavigatorModel::GroupNode ? Id(index.row()) : index.data(NavigatorModel::IdRole).value<Id>();
    return { kind, id, index.data(NavigatorModel::ProductionIdRole).value<Id>() };
}

void NavigatorPanel::rememberState()
{
    m_expanded.clear();
    m_selected.clear();
    // Only open branches are walked: a closed production's lists are not even loaded.
    QList<QModelIndex> open { QModelIndex() };
    while (!open.isEmpty()) {
        const QModelIndex parent = open.takeFirst();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (m_view->isExpanded(child)) {
                m_expanded.append(keyOf(child));
                open.append(child);
            }
        }
    }
    m_current = keyOf(m_view->currentIndex());
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        m_selected.append(keyOf(index));
    m_remembered = true;
}

void NavigatorPanel::restoreState()
{
    if (!m_remembered) {
        // A workspace seen for the first time: its roles and templates open.
        m_view->expand(m_model->groupIndex(NavigatorModel::AccountRoles));
        m_view->expand(m_model->groupIndex(NavigatorModel::Templates));
        return;
    }
    m_remembered = false;
    QModelIndex current;
    QItemSelection selection;
    QList<QModelIndex> open { QModelIndex() };
    while (!open.isEmpty()) {
        const QModelIndex parent = open.takeFirst();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            const NodeKey key = keyOf(child);
            if (key == m_current)
                current = child;
            if (m_selected.contains(key))
                selection.select(child, child);
            if (m_expanded.contains(key)) {
                m_view->expand(child);
                open.append(child);
            }
        }
    }
    if (!current.isValid())
        return;
    // The same row again: the grid shows the role it showed.
    m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

bool NavigatorPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search field goes to the next match, as Enter does.
    if (watched == m_search) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
            emit m_search->returnPressed();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
        m_extending = static_cast<QInputEvent *>(event)->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
        break;
    case QEvent::MouseButtonRelease:
    case QEvent::KeyRelease:
        m_extending = false;
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void NavigatorPanel::onCurrentChanged(const QModelIndex &current)
{
    if (m_extending) {
        emit selectionChanged();
        return;
    }
    const int kind = current.data(NavigatorModel::KindRole).toInt();
    if (kind == NavigatorModel::AccountRoleNode || kind == NavigatorModel::TemplateNode
        || kind == NavigatorModel::ProductionRoleNode)
        emit roleChosen(current.data(NavigatorModel::IdRole).value<Id>());
    else if (kind == NavigatorModel::MemberNode || kind == NavigatorModel::SeatNode)
        emit memberChosen(current.data(NavigatorModel::IdRole).value<Id>());
    else if (kind == NavigatorModel::ProductionNode)
        emit productionChosen(current.data(NavigatorModel::IdRole).value<Id>());
    emit selectionChanged();
}

Id NavigatorPanel::currentRole() const
{
    const QModelIndex current = m_view->currentIndex();
    const int kind = current.data(NavigatorModel::KindRole).toInt();
    if (kind == NavigatorModel::AccountRoleNode || kind == NavigatorModel::TemplateNode
        || kind == NavigatorModel::ProductionRoleNode)
        return current.data(NavigatorModel::IdRole).value<Id>();
    return current.data(NavigatorModel::RoleIdRole).value<Id>();
}

QList<Id> NavigatorPanel::selectedRoles() const
{
    QList<Id> roles;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes()) {
        const int kind = index.data(NavigatorModel::KindRole).toInt();
        const Id role = kind == NavigatorModel::AccountRoleNode || kind == NavigatorModel::TemplateNode
                || kind == NavigatorModel::ProductionRoleNode
            ? index.data(NavigatorModel::IdRole).value<Id>()
            : Id(0);
        if (role && !roles.contains(role))
            roles.append(role);
    }
    return roles;
}

Id NavigatorPanel::currentProduction() const
{
    return m_view->currentIndex().data(NavigatorModel::ProductionIdRole).value<Id>();
}

Id NavigatorPanel::currentMember() const
{
    const QModelIndex current = m_view->currentIndex();
    const int kind = current.data(NavigatorModel::KindRole).toInt();
    if (kind == NavigatorModel::MemberNode || kind == NavigatorModel::SeatNode)
        return current.data(NavigatorModel::IdRole).value<Id>();
    return 0;
}

void NavigatorPanel::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_extending = false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    // Only this row, whatever keys are held: the view would read Ctrl and Shift as adding to the selection.
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void NavigatorPanel::selectRole(Id role)
{
    QModelIndex index = m_model->roleIndex(role);
    if (!index.isValid()) {
        // Built-in production roles are listed under every production; show them where the selection is.
        const Id production = currentProduction();
        const QModelIndex folder = m_model->index(0, 0, m_model->productionIndex(production));
        for (int row = 0; row < m_model->rowCount(folder); ++row) {
            const QModelIndex candidate = m_model->index(row, 0, folder);
            if (candidate.data(NavigatorModel::IdRole).value<Id>() == role)
                index = candidate;
        }
    }
    if (index.isValid())
        select(index);
    else
        emit roleChosen(role);
}

void NavigatorPanel::selectMember(Id member)
{
    select(m_model->memberIndex(member));
}

void NavigatorPanel::selectProduction(Id production)
{
    select(m_model->productionIndex(production));
}

} // namespace rs
