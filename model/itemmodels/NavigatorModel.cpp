#include "NavigatorModel.h"

#include "commands/EditSession.h"
#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"

#include <QFont>

#include <algorithm>

namespace rs {

namespace {

// internalId: the low three bits say which list a row is in, the rest the production it belongs to.
constexpr quintptr kTop = 0;
constexpr quintptr kFolders = 5;
constexpr quintptr kFolderItems = 6; // + folder (0 roles, 1 team)

quintptr groupItems(int group)
{
    return quintptr(1 + group);
}

quintptr inProduction(Id production, quintptr list)
{
    return (quintptr(production) << 3) | list;
}

} // namespace

NavigatorModel::NavigatorModel(EditSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(m_session, &EditSession::workingChanged, this, &NavigatorModel::onWorkingChanged);
    connect(m_session, &EditSession::reloaded, this, [this]() {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    if (m_session->isLoaded())
        rebuild();
}

void NavigatorModel::rebuild()
{
    m_production.clear();
    m_teams.clear();
    m_teamsBuilt = false;
    for (int g = 0; g < GroupCount; ++g)
        m_groups[g] = m_session->isLoaded() ? groupIds(Group(g)) : QList<Id>();
}

QList<Id> NavigatorModel::groupIds(Group group) const
{
    const Workspace &ws = m_session->working();
    QList<Id> ids;
    switch (group) {
    case AccountRoles:
        for (const Role *r : ws.accountRoles())
            ids.append(r->id);
        break;
    case Templates:
        for (const Role *r : ws.templates())
            ids.append(r->id);
        break;
    case Productions:
        ids = ws.productions().keys();
        break;
    case Members:
        ids = ws.members().keys();
        break;
    default:
        break;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<Id> NavigatorModel::productionRoleIds(Id production) const
{
    QList<Id> ids;
    for (const Role *r : m_session->working().productionRoles(production))
        ids.append(r->id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<Id> NavigatorModel::teamIds(Id production) const
{
    if (!m_teamsBuilt) {
        const QHash<SeatKey, Id> &seats = m_session->working().seats();
        for (auto it = seats.cbegin(); it != seats.cend(); ++it)
            m_teams[it.key().production].append(it.key().member);
        for (QList<Id> &team : m_teams)
            std::sort(team.begin(), team.end());
        m_teamsBuilt = true;
    }
    return m_teams.value(production);
}

NavigatorModel::ProductionLists &NavigatorModel::lists(Id production) const
{
    ProductionLists &l = m_production[production];
    if (!l.loaded) {
        l.roles = productionRoleIds(production);
        l.team = teamIds(production);
        l.loaded = true;
    }
    return l;
}

void NavigatorModel::sync(const QModelIndex &parent, QList<Id> &rows, const QList<Id> &fresh)
{
    // Both lists are sorted by id: remove what went, then insert what came, row by row.
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (!std::binary_search(fresh.cbegin(), fresh.cend(), rows.at(i))) {
            beginRemoveRows(parent, i, i);
            rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < rows.size() && rows.at(i) == fresh.at(i))
            continue;
        beginInsertRows(parent, i, i);
        rows.insert(i, fresh.at(i));
        endInsertRows();
    }
}

void NavigatorModel::refreshRow(const QModelIndex &index)
{
    if (index.isValid())
        emit dataChanged(index, index, { Qt::DisplayRole, Qt::ToolTipRole, RoleIdRole });
}

void NavigatorModel::onWorkingChanged(const Touched &touched)
{
    if (touched.roles.isEmpty() && touched.members.isEmpty() && touched.productions.isEmpty()
        && touched.seats.isEmpty())
        return; // a grant or the catalog: nothing the navigator lists
    const Workspace &ws = m_session->working();
    if (!touched.roles.isEmpty()) {
        sync(groupIndex(AccountRoles), m_groups[AccountRoles], groupIds(AccountRoles));
        sync(groupIndex(Templates), m_groups[Templates], groupIds(Templates));
        for (auto it = m_production.begin(); it != m_production.end(); ++it) {
            if (it->loaded && ws.production(it.key()))
                sync(index(0, 0, productionIndex(it.key())), it->roles, productionRoleIds(it.key()));
        }
        for (auto it = touched.roles.cbegin(); it != touched.roles.cend(); ++it)
            refreshRow(roleIndex(it.key()));
        // Members and team seats show their role's name: a renamed role renames them too.
        const QModelIndex members = groupIndex(Members);
        if (!m_groups[Members].isEmpty())
            emit dataChanged(index(0, 0, members), index(int(m_groups[Members].size()) - 1, 0, members),
                { Qt::DisplayRole, Qt::ToolTipRole });
        for (auto it = m_production.cbegin(); it != m_production.cend(); ++it) {
            if (!it->loaded || it->team.isEmpty() || !ws.production(it.key()))
                continue;
            const QModelIndex team = index(1, 0, productionIndex(it.key()));
            emit dataChanged(
                index(0, 0, team), index(int(it->team.size()) - 1, 0, team), { Qt::DisplayRole, Qt::ToolTipRole });
        }
    }
    if (!touched.productions.isEmpty()) {
        sync(groupIndex(Productions), m_groups[Productions], groupIds(Productions));
        for (auto it = touched.productions.cbegin(); it != touched.productions.cend(); ++it)
            refreshRow(productionIndex(it.key()));
    }
    if (!touched.members.isEmpty()) {
        sync(groupIndex(Members), m_groups[Members], groupIds(Members));
        for (auto it = touched.members.cbegin(); it != touched.members.cend(); ++it)
            refreshRow(memberIndex(it.key()));
    }
    if (!touched.seats.isEmpty() && m_teamsBuilt) {
        QSet<Id> productions;
        for (auto it = touched.seats.cbegin(); it != touched.seats.cend(); ++it) {
            QList<Id> &team = m_teams[it.key().production];
            const bool seated = ws.seats().contains(it.key());
            const auto pos = std::lower_bound(team.begin(), team.end(), it.key().member);
            const bool listed = pos != team.end() && *pos == it.key().member;
            if (seated && !listed)
                team.insert(pos, it.key().member);
            else if (!seated && listed)
                team.erase(pos);
            productions.insert(it.key().production);
        }
        for (Id p : productions) {
            auto lists = m_production.find(p);
            if (lists == m_production.end() || !lists->loaded || !ws.production(p))
                continue;
            const QModelIndex teamFolder = index(1, 0, productionIndex(p));
            sync(teamFolder, lists->team, m_teams.value(p));
            refreshRow(teamFolder);
            for (int row = 0; row < lists->team.size(); ++row)
                refreshRow(index(row, 0, teamFolder));
        }
    }
    for (int g = 0; g < GroupCount; ++g)
        refreshRow(groupIndex(Group(g))); // the counts in the group titles
    for (auto it = m_production.begin(); it != m_production.end();) {
        if (!ws.production(it.key()))
            it = m_production.erase(it);
        else
            ++it;
    }
}

QModelIndex NavigatorModel::roleIndex(Id role) const
{
    const Role *r = m_session->working().role(role);
    if (!r)
        return {};
    if (r->isTemplate || r->isAccountRole()) {
        const Group g = r->isTemplate ? Templates : AccountRoles;
        const int row = int(m_groups[g].indexOf(role));
        return row < 0 ? QModelIndex() : index(row, 0, groupIndex(g));
    }
    if (r->production) {
        const int row = int(lists(r->production).roles.indexOf(role));
        return row < 0 ? QModelIndex() : index(row, 0, index(0, 0, productionIndex(r->production)));
    }
    return {}; // built-in production roles appear under every production
}

QModelIndex NavigatorModel::productionIndex(Id production) const
{
    const int row = int(m_groups[Productions].indexOf(production));
    return row < 0 ? QModelIndex() : index(row, 0, groupIndex(Productions));
}

QModelIndex NavigatorModel::memberIndex(Id member) const
{
    const auto &ids = m_groups[Members];
    const auto pos = std::lower_bound(ids.cbegin(), ids.cend(), member);
    if (pos == ids.cend() || *pos != member)
        return {};
    return index(int(pos - ids.cbegin()), 0, groupIndex(Members));
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, 0, kTop);
    switch (kindOf(parent)) {
    case GroupNode:
        return createIndex(row, 0, groupItems(parent.row()));
    case ProductionNode:
        return createIndex(row, 0, inProduction(idOf(parent), kFolders));
    case RolesFolderNode:
    case TeamFolderNode:
        return createIndex(row, 0, inProduction(productionOf(parent), kFolderItems + quintptr(parent.row())));
    default:
        return {};
    }
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    const quintptr list = id & 7;
    if (list == kTop)
        return {};
    if (list <= quintptr(GroupCount))
        return createIndex(int(list - 1), 0, kTop);
    const Id production = Id(id >> 3);
    if (list == kFolders) {
        const auto &ids = m_groups[Productions];
        const auto pos = std::lower_bound(ids.cbegin(), ids.cend(), production);
        return createIndex(int(pos - ids.cbegin()), 0, groupItems(Productions));
    }
    return createIndex(int(list - kFolderItems), 0, inProduction(production, kFolders));
}

NavigatorModel::NodeKind NavigatorModel::kindOf(const QModelIndex &index) const
{
    const quintptr list = index.internalId() & 7;
    switch (list) {
    case kTop:
        return GroupNode;
    case 1 + AccountRoles:
        return AccountRoleNode;
    case 1 + Templates:
        return TemplateNode;
    case 1 + Productions:
        return ProductionNode;
    case 1 + Members:
        return MemberNode;
    case kFolders:
        return index.row() == 0 ? RolesFolderNode : TeamFolderNode;
    case kFolderItems:
        return ProductionRoleNode;
    default:
        return SeatNode;
    }
}

Id NavigatorModel::productionOf(const QModelIndex &index) const
{
    const quintptr list = index.internalId() & 7;
    if (list == 1 + Productions)
        return m_groups[Productions].value(index.row());
    return list >= kFolders ? Id(index.internalId() >> 3) : 0;
}

Id NavigatorModel::idOf(const QModelIndex &index) const
{
    const quintptr list = index.internalId() & 7;
    if (list >= 1 && list <= quintptr(GroupCount))
        return m_groups[list - 1].value(index.row());
    if (list == kFolderItems)
        return lists(productionOf(index)).roles.value(index.row());
    if (list == kFolderItems + 1)
        return lists(productionOf(index)).team.value(index.row());
    return 0;
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (!m_session->isLoaded())
        return 0;
    if (!parent.isValid())
        return GroupCount;
    switch (kindOf(parent)) {
    case GroupNode:
        return int(m_groups[parent.row()].size());
    case ProductionNode:
        return 2;
    case RolesFolderNode:
        return int(lists(productionOf(parent)).roles.size());
    case TeamFolderNode:
        return int(lists(productionOf(parent)).team.size());
    default:
        return 0;
    }
}

bool NavigatorModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return true;
    switch (kindOf(parent)) {
    case GroupNode:
        return !m_groups[parent.row()].isEmpty();
    case ProductionNode:
    case RolesFolderNode:
    case TeamFolderNode:
        return true;
    default:
        return false;
    }
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Workspace &ws = m_session->working();
    const NodeKind kind = kindOf(index);
    if (role == KindRole)
        return int(kind);
    if (role == ProductionIdRole)
        return productionOf(index);
    const Id id = idOf(index);
    if (role == IdRole)
        return id;
    const Role *r = nullptr;
    if (kind == AccountRoleNode || kind == TemplateNode || kind == ProductionRoleNode)
        r = ws.role(id);
    else if (kind == MemberNode)
        r = ws.member(id) ? ws.role(ws.member(id)->accountRole) : nullptr;
    else if (kind == SeatNode)
        r = ws.role(ws.seatRole(productionOf(index), id));
    if (role == RoleIdRole)
        return r ? r->id : Id(0);
    if (role == Qt::FontRole && r && r->isLocked() && kind != MemberNode && kind != SeatNode) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (kind) {
    case GroupNode: {
        const QString names[] = { tr("Account roles"), tr("Templates"), tr("Productions"), tr("Members") };
        return tr("%1 (%2)").arg(names[index.row()]).arg(m_groups[index.row()].size());
    }
    case AccountRoleNode:
    case TemplateNode:
    case ProductionRoleNode:
        if (!r)
            return {};
        if (role == Qt::ToolTipRole)
            return r->isLocked() ? tr("%1: built in, locked").arg(DefaultWorkspace::displayName(*r)) : r->name;
        return DefaultWorkspace::displayName(*r);
    case ProductionNode:
        return ws.production(id) ? ws.production(id)->name : QString();
    case RolesFolderNode:
        return tr("Roles");
    case TeamFolderNode:
        return tr("Team (%1)").arg(lists(productionOf(index)).team.size());
    case SeatNode:
    case MemberNode: {
        const Member *m = ws.member(id);
        if (!m)
            return {};
        return r ? tr("%1 — %2").arg(m->name, DefaultWorkspace::displayName(*r)) : m->name;
    }
    }
    return {};
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Workspace");
    return {};
}

} // namespace rs
