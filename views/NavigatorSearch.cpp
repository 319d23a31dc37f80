// The navigator's search field: members, roles and productions found by a part of their name.
#include "NavigatorPanel.h"

#include "itemmodels/NavigatorModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>

namespace rs {

namespace {

// Rows a search may pick: the things themselves, not groups, folders or a member's seats (the member is listed).
bool searchable(const QModelIndex &index)
{
    switch (index.data(NavigatorModel::KindRole).toInt()) {
    case NavigatorModel::AccountRoleNode:
    case NavigatorModel::TemplateNode:
    case NavigatorModel::ProductionRoleNode:
    case NavigatorModel::ProductionNode:
    case NavigatorModel::MemberNode:
        return true;
    default:
        return false;
    }
}

} // namespace

void NavigatorPanel::setUpSearch()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("navigatorSearch"));
    m_search->setPlaceholderText(tr("Search members, roles, productions"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the workspace"));
    m_noMatch = new QLabel(tr("Nothing matches."), this);
    m_noMatch->setObjectName(QStringLiteral("navigatorNoMatch"));
    m_noMatch->setVisible(false);
    connect(m_search, &QLineEdit::textEdited, this,
        [this](const QString &text) { m_noMatch->setVisible(!text.trimmed().isEmpty() && !findNext(text, false)); });
    connect(m_search, &QLineEdit::returnPressed, this, [this]() {
        m_noMatch->setVisible(!m_search->text().trimmed().isEmpty() && !findNext(m_search->text(), true));
    });
    m_search->installEventFilter(this);
}

bool NavigatorPanel::findNext(const QString &text, bool afterCurrent)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    // Every searchable row in the tree's order, productions' lists too.
    QList<QModelIndex> rows;
    QList<QModelIndex> todo { QModelIndex() };
    while (!todo.isEmpty()) {
        const QModelIndex parent = todo.takeFirst();
        QList<QModelIndex> children;
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            children << m_model->index(row, 0, parent);
        for (const QModelIndex &child : std::as_const(children)) {
            if (searchable(child))
                rows << child;
        }
        todo = children + todo;
    }
    const qsizetype start = afterCurrent ? rows.indexOf(m_view->currentIndex()) + 1 : 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QModelIndex candidate = rows.at((start + i) % rows.size());
        if (candidate.data(Qt::DisplayRole).toString().contains(wanted, Qt::CaseInsensitive)) {
            select(candidate);
            return true;
        }
    }
    return false;
}

} // namespace rs
