#include "AuditModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <functional>

namespace rs {

namespace {

const QString kArrow = QStringLiteral(" → ");

QString none()
{
    return AuditModel::tr("(none)");
}

QString text(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? AuditModel::tr("yes") : AuditModel::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(text(v));
        return parts.join(QStringLiteral(", "));
    }
    const QString s = value.toString();
    return s.isEmpty() ? none() : s;
}

// One entity's before and after (either may be null: created or removed): its name, then what differs.
QString describeObject(const QJsonValue &before, const QJsonValue &after)
{
    const QJsonObject b = before.toObject();
    const QJsonObject a = after.toObject();
    const QString name = (a.isEmpty() ? b : a).value(QStringLiteral("name")).toString();
    if (b.isEmpty() && a.isEmpty())
        return {};
    if (b.isEmpty())
        return AuditModel::tr("%1 added").arg(name);
    if (a.isEmpty())
        return AuditModel::tr("%1 removed").arg(name);
    QStringList diffs;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (key == QLatin1String("id") || a.value(key) == b.value(key))
            continue;
        const QString change = text(b.value(key)) + kArrow + text(a.value(key));
        diffs.append(key == QLatin1String("name") ? change : key + QLatin1String(": ") + change);
    }
    // A rename names the entity already.
    if (diffs.isEmpty() || a.value(QStringLiteral("name")) != b.value(QStringLiteral("name")))
        return diffs.isEmpty() ? name : diffs.join(QStringLiteral(", "));
    return name + QStringLiteral(" — ") + diffs.join(QStringLiteral(", "));
}

// A cell or a seat: the fields that say which, then the one that changed.
QString describePair(const QJsonObject &b, const QJsonObject &a, const QStringList &which, const QString &valueKey)
{
    const QJsonObject &any = a.isEmpty() ? b : a;
    QStringList names;
    for (const QString &key : which)
        names.append(any.value(key).toString());
    return names.join(QStringLiteral(" · ")) + QLatin1String(": ") + text(b.value(valueKey)) + kArrow
        + text(a.value(valueKey));
}

} // namespace

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_described.clear();
    m_described.reserve(entries.size());
    for (const AuditEntry &e : entries)
        m_described.append(describe(e.before, e.after));
    endResetModel();
}

QString AuditModel::describe(const QJsonObject &before, const QJsonObject &after)
{
    QStringList parts;
    const auto array = [](const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toArray(); };
    const auto pairs = [&](const char *key, const std::function<QString(const QJsonValue &, const QJsonValue &)> &f) {
        const QJsonArray b = array(before, key);
        const QJsonArray a = array(after, key);
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QString part = f(b.at(i), a.at(i));
            if (!part.isEmpty())
                parts.append(part);
        }
    };
    pairs("grants", [](const QJsonValue &b, const QJsonValue &a) {
        return describePair(b.toObject(), a.toObject(), { QStringLiteral("role"), QStringLiteral("feature") },
            QStringLiteral("levels"));
    });
    pairs("seats", [](const QJsonValue &b, const QJsonValue &a) {
        return describePair(b.toObject(), a.toObject(), { QStringLiteral("production"), QStringLiteral("member") },
            QStringLiteral("role"));
    });
    for (const char *key : { "roles", "members", "productions", "features" })
        pairs(key, describeObject);
    const QString name = QStringLiteral("workspaceName");
    if (before.contains(name) || after.contains(name))
        parts.append(tr("workspace name: %1").arg(text(before.value(name)) + kArrow + text(after.value(name))));
    return parts.join(QStringLiteral("; "));
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case OsUserColumn:
            return e.osUser;
        case DbUserColumn:
            return e.dbUser;
        case ActorColumn:
            return e.actor;
        case WhatColumn:
            return e.summary;
        case ChangeColumn:
            return m_described.at(index.row());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn || index.column() == WhatColumn) {
            const auto pretty = [](const QJsonObject &o) {
                return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).toHtmlEscaped();
            };
            // A replaced workspace is kept whole in the record: far too long to show; its size says what it was.
            if (e.keepsReplacedWorkspace()) {
                const QJsonObject ws = e.before.value(QLatin1String("workspace")).toObject();
                return tr("<p>The whole workspace was replaced. The one before, %1 with %n roles, is kept in this "
                          "record: Revert Import puts it back.</p>",
                    nullptr, int(ws.value(QLatin1String("roles")).toArray().size()))
                    .arg(ws.value(QLatin1String("name")).toString().toHtmlEscaped());
            }
            return tr("<p><b>Before</b></p><pre>%1</pre><p><b>After</b></p><pre>%2</pre>")
                .arg(pretty(e.before), pretty(e.after));
        }
        if (index.column() == WhenColumn)
            return tr("Workspace version %1").arg(e.version);
        return {};
    case SortRole:
        // Changes within one second keep the order they were applied in.
        return index.column() == WhenColumn ? QVariant(e.id) : data(index, Qt::DisplayRole);
    case AtRole:
        return e.at;
    case SubjectsRole:
        return e.subjects;
    case ActorRole:
        return e.actor;
    case EntryIdRole:
        return e.id;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case OsUserColumn:
        return tr("OS user");
    case DbUserColumn:
        return tr("Database user");
    case ActorColumn:
        return tr("Acting member");
    case WhatColumn:
        return tr("What");
    case ChangeColumn:
        return tr("Before → after");
    }
    return {};
}

AuditFilterModel::AuditFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void AuditFilterModel::setRoles(const std::optional<QSet<Id>> &roles)
{
    m_roles = roles;
    invalidateFilter();
}

void AuditFilterModel::setMembers(const std::optional<QSet<Id>> &members, const QString &actorText)
{
    m_members = members;
    m_actorText = actorText;
    invalidateFilter();
}

void AuditFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QStringList subjects = index.data(AuditModel::SubjectsRole).toStringList();
    const auto touches = [&](const char *kind, const QSet<Id> &ids) {
        for (const QString &s : subjects) {
            const qsizetype colon = s.indexOf(QLatin1Char(':'));
            if (colon > 0 && QStringView(s).left(colon) == QLatin1String(kind)
                && ids.contains(QStringView(s).mid(colon + 1).toLongLong()))
                return true;
        }
        return false;
    };
    if (m_roles && !touches("role", *m_roles))
        return false;
    if (m_members) {
        const QString actor = index.data(AuditModel::ActorRole).toString();
        const bool acted = !m_actorText.isEmpty() && actor.contains(m_actorText, Qt::CaseInsensitive);
        if (!acted && !touches("member", *m_members))
            return false;
    }
    const QDateTime at = index.data(AuditModel::AtRole).toDateTime().toLocalTime();
    if (m_from.isValid() && at < m_from.startOfDay())
        return false;
    if (m_to.isValid() && at >= m_to.addDays(1).startOfDay())
        return false;
    return true;
}

} // namespace rs
