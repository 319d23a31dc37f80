#include "PermissionGridModel.h"

#include "Colours.h"
#include "commands/EditSession.h"
#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"

#include <QBrush>

namespace rs {

namespace {

constexpr quintptr kSectionRow = 0; // internalId of section rows; feature rows carry their section row + 1

} // namespace

PermissionGridModel::PermissionGridModel(EditSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(m_session, &EditSession::workingChanged, this, &PermissionGridModel::onWorkingChanged);
    connect(m_session, &EditSession::reloaded, this, [this]() {
        beginResetModel();
        if (!m_session->working().role(m_role))
            m_role = 0;
        rebuild();
        endResetModel();
    });
    if (m_session->isLoaded())
        rebuild();
}

void PermissionGridModel::setRole(Id role)
{
    if (role == m_role)
        return;
    if (m_role == 0 || role == 0) {
        beginResetModel();
        m_role = role;
        endResetModel();
        return;
    }
    m_role = role;
    refreshAll();
}

void PermissionGridModel::refreshAll()
{
    // The catalog is the same for every role: repaint the cells, keep the rows and what is expanded.
    for (int s = 0; s < m_rows.size(); ++s) {
        emit dataChanged(index(s, 0), index(s, ColumnCount - 1));
        const QModelIndex parent = index(s, 0);
        if (!m_rows.at(s).features.isEmpty())
            emit dataChanged(
                index(0, 0, parent), index(int(m_rows.at(s).features.size()) - 1, ColumnCount - 1, parent));
    }
}

void PermissionGridModel::rebuild()
{
    m_rows.clear();
    m_featureRow.clear();
    if (!m_session->isLoaded())
        return;
    const Workspace &ws = m_session->working();
    QHash<Id, int> sectionRow;
    for (const Section &s : ws.sections()) {
        sectionRow.insert(s.id, int(m_rows.size()));
        m_rows.append(SectionRow { s.id, {} });
    }
    const QList<Feature> &features = ws.features();
    for (int i = 0; i < features.size(); ++i) {
        const int s = sectionRow.value(features.at(i).section, -1);
        if (s < 0)
            continue;
        m_featureRow.insert(features.at(i).id, { s, int(m_rows[s].features.size()) });
        m_rows[s].features.append(i);
    }
}

void PermissionGridModel::onWorkingChanged(const Touched &touched)
{
    if (touched.catalog) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    if (touched.roles.contains(m_role)) {
        // The role itself came, went or changed wholesale (guardrails): every cell may differ.
        if (!m_session->working().role(m_role)) {
            beginResetModel();
            m_role = 0;
            endResetModel();
            return;
        }
        refreshAll();
        return;
    }
    const Role *r = currentRole();
    for (auto it = touched.grants.cbegin(); it != touched.grants.cend(); ++it) {
        if (it.key().first != m_role || !r)
            continue;
        const auto pos = m_featureRow.constFind(it.key().second);
        if (pos == m_featureRow.cend())
            continue;
        const Feature *f = m_session->working().feature(it.key().second);
        const Levels now = m_session->working().grant(*r, *f);
        const Levels before = it.value();
        const QModelIndex section = index(pos->first, 0);
        for (int c = ViewColumn; c <= DeleteColumn; ++c) {
            if (now.has(levelOf(c)) == before.has(levelOf(c)))
                continue;
            const QModelIndex cell = index(pos->second, c, section);
            emit dataChanged(cell, cell,
                { Qt::CheckStateRole, Qt::BackgroundRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                    Qt::AccessibleDescriptionRole });
            const QModelIndex head = index(pos->first, c);
            emit dataChanged(head, head, { Qt::CheckStateRole, Qt::BackgroundRole, Qt::AccessibleTextRole });
        }
        if (now.lacksView() != before.lacksView()) {
            const QModelIndex name = index(pos->second, FeatureColumn, section);
            emit dataChanged(name, name, { LacksViewRole, Qt::ToolTipRole, Qt::DecorationRole });
        }
    }
}

const Role *PermissionGridModel::currentRole() const
{
    return m_session->isLoaded() ? m_session->working().role(m_role) : nullptr;
}

const Feature *PermissionGridModel::featureAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionRow)
        return nullptr;
    const SectionRow &row = m_rows.at(int(index.internalId() - 1));
    return &m_session->working().features().at(row.features.at(index.row()));
}

QModelIndex PermissionGridModel::featureIndex(Id feature, int column) const
{
    const auto pos = m_featureRow.constFind(feature);
    if (pos == m_featureRow.cend())
        return {};
    return index(pos->second, column, index(pos->first, 0));
}

QModelIndex PermissionGridModel::sectionIndex(Id section, int column) const
{
    for (int s = 0; s < m_rows.size(); ++s) {
        if (m_rows.at(s).section == section)
            return index(s, column);
    }
    return {};
}

QModelIndex PermissionGridModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, kSectionRow) : QModelIndex();
    if (parent.internalId() != kSectionRow || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows.at(parent.row()).features.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PermissionGridModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionRow);
}

int PermissionGridModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_role ? int(m_rows.size()) : 0;
    if (parent.column() != 0 || parent.internalId() != kSectionRow)
        return 0;
    return int(m_rows.at(parent.row()).features.size());
}

int PermissionGridModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool PermissionGridModel::isOpen(const Role &role, const Feature &feature) const
{
    // Painting asks this for every cell and section box; the answer only changes with the role or the catalog.
    if (m_openFor != role.id || m_openGeneration != m_session->working().generation()) {
        const QList<Feature> &features = m_session->working().features();
        m_open.resize(features.size());
        for (int i = 0; i < features.size(); ++i)
            m_open[i] = Rules::whyClosed(m_session->working(), role, features.at(i)).isEmpty();
        m_openFor = role.id;
        m_openGeneration = m_session->working().generation();
    }
    const int i = m_session->working().featureIndex(feature.id);
    return i >= 0 && i < m_open.size() ? m_open.at(i) : false;
}

bool PermissionGridModel::cellChanged(const Feature &feature, Level level) const
{
    const Role *stored = m_session->stored().role(m_role);
    if (!stored)
        return false; // a new role: every cell is new, and marking them all would hide nothing
    const Feature *storedFeature = m_session->stored().feature(feature.id);
    const Levels before = storedFeature ? m_session->stored().grant(*stored, *storedFeature) : Levels();
    return before.has(level) != m_session->working().grant(*currentRole(), feature).has(level);
}

Qt::CheckState PermissionGridModel::sectionState(const SectionRow &row, Level level) const
{
    const Role *r = currentRole();
    int on = 0;
    int open = 0;
    for (int i : row.features) {
        const Feature &f = m_session->working().features().at(i);
        const bool has = m_session->working().grant(*r, f).has(level);
        on += has ? 1 : 0;
        open += has || isOpen(*r, f) ? 1 : 0;
    }
    if (on == 0)
        return Qt::Unchecked;
    return on == open ? Qt::Checked : Qt::PartiallyChecked;
}

QString PermissionGridModel::lockedReason()
{
    return tr("Built-in roles are locked: duplicate the role to change it.");
}

QVariant PermissionGridModel::data(const QModelIndex &index, int role) const
{
    const Role *r = currentRole();
    if (!index.isValid() || !r)
        return {};
    if (index.internalId() == kSectionRow)
        return sectionData(m_rows.at(index.row()), index.column(), role);
    return featureData(*featureAt(index), index.column(), role);
}

QVariant PermissionGridModel::sectionData(const SectionRow &row, int column, int role) const
{
    const Workspace &ws = m_session->working();
    const Section *section = ws.section(row.section);
    if (role == SectionIdRole)
        return row.section;
    if (role == FeatureIdRole)
        return Id(0);
    if (column == FeatureColumn && (role == Qt::DisplayRole || role == Qt::EditRole))
        return section ? DefaultWorkspace::displayName(section->name) : QString();
    if (!isLevelColumn(column))
        return {};
    const Level level = levelOf(column);
    const bool locked = currentRole()->isLocked();
    switch (role) {
    case Qt::CheckStateRole:
        return sectionState(row, level);
    case LockedRole:
        return locked;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (locked)
            return lockedReason();
        return tr("Set or clear %1 on every feature of %2")
            .arg(levelName(level), section ? DefaultWorkspace::displayName(section->name) : QString());
    case Qt::AccessibleTextRole: {
        const QString name = section ? DefaultWorkspace::displayName(section->name) : QString();
        if (locked) {
            switch (sectionState(row, level)) {
            case Qt::Checked:
                return tr("%1 section, %2, granted wherever allowed, locked").arg(name, levelName(level));
            case Qt::PartiallyChecked:
                return tr("%1 section, %2, granted on some features, locked").arg(name, levelName(level));
            default:
                return tr("%1 section, %2, not granted, locked").arg(name, levelName(level));
            }
        }
        switch (sectionState(row, level)) {
        case Qt::Checked:
            return tr("%1 section, %2, granted wherever allowed").arg(name, levelName(level));
        case Qt::PartiallyChecked:
            return tr("%1 section, %2, granted on some features").arg(name, levelName(level));
        default:
            return tr("%1 section, %2, not granted").arg(name, levelName(level));
        }
    }
    case ChangedRole:
    case Qt::BackgroundRole: {
        bool changed = false;
        for (int i : row.features)
            changed = changed || cellChanged(ws.features().at(i), level);
        if (role == ChangedRole)
            return changed;
        return changed ? QVariant(QBrush(Colours::changed())) : QVariant();
    }
    default:
        return {};
    }
}

QVariant PermissionGridModel::featureData(const Feature &feature, int column, int role) const
{
    const Workspace &ws = m_session->working();
    const Role &r = *currentRole();
    const Levels levels = ws.grant(r, feature);
    if (role == FeatureIdRole)
        return feature.id;
    if (role == SectionIdRole)
        return feature.section;
    if (role == LacksViewRole)
        return column == FeatureColumn && levels.lacksView();
    if (column == FeatureColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return DefaultWorkspace::displayName(feature.name);
        if (role == Qt::ToolTipRole && levels.lacksView())
            return tr("%1 holds %2 without View: people could change what they cannot see.")
                .arg(Rules::roleLabel(ws, r), levels.toText());
        if (role == Qt::ToolTipRole)
            return feature.scope == Scope::Account ? tr("Account-wide feature") : tr("Feature of each production");
        return {};
    }
    if (column == WhyColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return DefaultWorkspace::displayName(feature.rationale);
        return {};
    }
    const Level level = levelOf(column);
    switch (role) {
    case Qt::CheckStateRole:
        return levels.has(level) ? Qt::Checked : Qt::Unchecked;
    case ClosedRole:
        return !isOpen(r, feature);
    case LockedRole:
        return r.isLocked() && isOpen(r, feature);
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the cell: "Subject Data, Edit, granted".
        const QString name = DefaultWorkspace::displayName(feature.name);
        const QString why = Rules::whyClosed(ws, r, feature);
        if (!why.isEmpty() && !levels.has(level))
            return tr("%1, %2, not allowed: %3").arg(name, levelName(level), why);
        if (r.isLocked())
            return levels.has(level) ? tr("%1, %2, granted, locked").arg(name, levelName(level))
                                     : tr("%1, %2, not granted, locked").arg(name, levelName(level));
        return levels.has(level) ? tr("%1, %2, granted").arg(name, levelName(level))
                                 : tr("%1, %2, not granted").arg(name, levelName(level));
    }
    case Qt::AccessibleDescriptionRole:
        return featureData(feature, column, Qt::ToolTipRole);
    case ChangedRole:
        return cellChanged(feature, level);
    case Qt::BackgroundRole:
        return cellChanged(feature, level) ? QVariant(QBrush(Colours::changed())) : QVariant();
    case Qt::ToolTipRole: {
        const QString why = Rules::whyClosed(ws, r, feature);
        if (!why.isEmpty())
            return why;
        QString tip = levels.has(level) ? tr("%1 may %2 %3").arg(r.name, levelName(level), feature.name)
                                        : tr("%1 may not %2 %3").arg(r.name, levelName(level), feature.name);
        if (r.isLocked())
            return QString(tip + QLatin1Char('\n') + lockedReason());
        if (cellChanged(feature, level))
            tip += QLatin1Char('\n') + tr("Changed, not applied yet");
        return tip;
    }
    default:
        return {};
    }
}

Qt::ItemFlags PermissionGridModel::flags(const QModelIndex &index) const
{
    const Role *r = currentRole();
    if (!index.isValid() || !r)
        return Qt::NoItemFlags;
    if (!isLevelColumn(index.column()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == kSectionRow) {
        const SectionRow &row = m_rows.at(index.row());
        for (int i : row.features) {
            if (isOpen(*r, m_session->working().features().at(i)))
                return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        }
        return Qt::ItemIsSelectable;
    }
    // Cells a rule closes are disabled; a locked role's open cells stay clickable so that a click says why not.
    if (!isOpen(*r, *featureAt(index)))
        return Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool PermissionGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Role *r = currentRole();
    if (!index.isValid() || !r || role != Qt::CheckStateRole || !isLevelColumn(index.column()))
        return false;
    const bool on = value.toInt() != Qt::Unchecked;
    const Level level = levelOf(index.column());
    if (index.internalId() == kSectionRow)
        return setSection(m_rows.at(index.row()), level, on);
    const Feature *f = featureAt(index);
    const Levels now = m_session->working().grant(*r, *f);
    const Levels wanted = on ? now.with(level) : now.without(level);
    if (wanted == now)
        return true;
    return m_session->stage(Change::setGrant(r->id, f->id, wanted)).ok();
}

bool PermissionGridModel::setSection(const SectionRow &row, Level level, bool on)
{
    const Role &r = *currentRole();
    const Workspace &ws = m_session->working();
    QList<Change> changes;
    for (int i : row.features) {
        const Feature &f = ws.features().at(i);
        const Levels now = ws.grant(r, f);
        if (now.has(level) == on || (on && !isOpen(r, f)))
            continue;
        changes.append(Change::setGrant(r.id, f.id, on ? now.with(level) : now.without(level)));
    }
    if (changes.isEmpty())
        return true;
    const QString section = ws.section(row.section) ? ws.section(row.section)->name : QString();
    const QString text = on ? tr("Grant %1 on every feature of %2 to %3").arg(levelName(level), section, r.name)
                            : tr("Remove %1 on every feature of %2 from %3").arg(levelName(level), section, r.name);
    return m_session->stageAll(text, changes).ok();
}

QVariant PermissionGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FeatureColumn:
        return tr("Feature");
    case WhyColumn:
        return tr("Why this matters");
    default:
        return isLevelColumn(section) ? levelName(levelOf(section)) : QVariant();
    }
}

} // namespace rs
