#include "Journal.h"

#include "formats/SafeWrite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>

namespace rs {

namespace {

// The keys of a change that hold ids (Change::toJson()).
const char *const kIdKeys[] = { "role", "feature", "member", "production", "section", "source" };

// The journals are larger than any staged list a person makes, and far smaller than what would exhaust memory.
constexpr qint64 kMaxJournalBytes = 64 * 1024 * 1024;

Error damaged(const QString &why)
{
    return Error::badInput(
        QCoreApplication::translate("rs::Journal", "The saved staged changes are damaged and were not restored: %1")
            .arg(why));
}

// An id as Change::toJson() writes it (decimal digits in a string) or as a JSON number; either way an integer in
// 1..Journal::kMaxId, or nothing.
std::optional<qint64> parseId(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!(d >= 1 && d <= double(Journal::kMaxId)) || std::floor(d) != d)
            return std::nullopt;
        return qint64(d);
    }
    const QString text = value.toString();
    if (!value.isString() || text.isEmpty() || text.size() > 16 || text.startsWith(QLatin1Char('0')))
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const qint64 id = text.toLongLong();
    if (id < 1 || id > Journal::kMaxId)
        return std::nullopt;
    return id;
}

// A JSON value as it was written, cut short, for a message.
QString shown(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(40);
}

} // namespace

Journal::Journal(const QString &workspaceLocation, const QString &workspaceId)
    : m_location(QFileInfo(workspaceLocation).absoluteFilePath())
    , m_workspaceId(workspaceId)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // A workspace with no identity yet keeps the name journals had before identities: its journal is found again.
    const QString key = workspaceId.isEmpty() ? m_location : m_location + QLatin1Char('\n') + workspaceId;
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    m_path = QDir(dir).filePath(QStringLiteral("journals/") + QString::fromLatin1(hash) + QStringLiteral(".json"));
}

Status Journal::write(const QList<Change> &changes, qint64 baseVersion) const
{
    if (changes.isEmpty()) {
        clear();
        return {};
    }
    // The folder of journals is its owner's alone, as the journals in it are.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!formats::makeOwnerOnlyFolder(folder))
        return Error::storage(QCoreApplication::translate("rs::Journal",
            "The folder for staged changes cannot be "
            "created."));
    QJsonArray list;
    for (const Change &c : changes)
        list.append(c.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("rolesheet-journal"));
    root.insert(QStringLiteral("version"), 2);
    root.insert(QStringLiteral("workspace"), m_location);
    root.insert(QStringLiteral("workspaceId"), m_workspaceId);
    if (baseVersion >= 0) // not known: not recorded, as in a journal from before versions were kept
        root.insert(QStringLiteral("baseVersion"), QString::number(baseVersion));
    root.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("changes"), list);
    QSaveFile file(m_path);
    if (!formats::openOwnerOnly(file))
        return Error::storage(
            QCoreApplication::translate("rs::Journal", "Staged changes cannot be saved: %1.").arg(file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error::storage(
            QCoreApplication::translate("rs::Journal", "Staged changes cannot be saved: %1.").arg(file.errorString()));
    return {};
}

Result<Journal::Saved> Journal::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return Saved { m_workspaceId, -1, {}, {} };
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(
            QCoreApplication::translate("rs::Journal", "Staged changes cannot be read: %1.").arg(file.errorString()));
    if (file.size() > kMaxJournalBytes)
        return damaged(QCoreApplication::translate("rs::Journal", "the file is too large."));
    return parse(file.readAll(), m_workspaceId);
}

Result<Journal::Saved> Journal::parse(const QByteArray &json, const QString &workspaceId)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || root.value(QStringLiteral("format")).toString() != QLatin1String("rolesheet-journal"))
        return damaged(QCoreApplication::translate("rs::Journal", "it is not a journal of staged changes."));
    Saved saved;
    saved.workspaceId = root.value(QStringLiteral("workspaceId")).toString();
    if (saved.workspaceId != workspaceId)
        return Error::notFound(
            QCoreApplication::translate("rs::Journal", "The saved staged changes belong to another workspace."));
    if (root.contains(QStringLiteral("baseVersion"))) {
        bool ok = false;
        saved.baseVersion = root.value(QStringLiteral("baseVersion")).toString().toLongLong(&ok);
        if (!ok || saved.baseVersion < 0)
            return damaged(QCoreApplication::translate("rs::Journal", "the workspace version is not a number."));
    }
    saved.saved = QDateTime::fromString(root.value(QStringLiteral("saved")).toString(), Qt::ISODate);
    const QJsonValue changes = root.value(QStringLiteral("changes"));
    if (!changes.isArray())
        return damaged(QCoreApplication::translate("rs::Journal", "the list of changes is missing."));
    int index = 0;
    for (const QJsonValue &v : changes.toArray()) {
        ++index;
        if (!v.isObject())
            return damaged(QCoreApplication::translate("rs::Journal", "change %1 is not a change.").arg(index));
        QJsonObject object = v.toObject();
        for (const char *key : kIdKeys) {
            const QLatin1String name(key);
            if (!object.contains(name))
                continue;
            const std::optional<qint64> id = parseId(object.value(name));
            if (!id)
                return damaged(QCoreApplication::translate(
                    "rs::Journal", "change %1 names the %2 id %3, which is not a whole number from 1 to 2^53 - 1.")
                                   .arg(index)
                                   .arg(name)
                                   .arg(shown(object.value(name))));
            object.insert(name, QString::number(*id));
        }
        Result<Change> c = Change::fromJson(object);
        if (!c)
            return damaged(c.error().message);
        saved.changes.append(c.value());
    }
    return saved;
}

QStringList Journal::summaries(const Workspace &ws, const QList<Change> &changes)
{
    Workspace scratch = ws;
    QStringList lines;
    for (Change c : changes) {
        lines << c.describe(scratch);
        static_cast<void>(scratch.apply(c)); // a change that no longer fits is still named; replay leaves it out
    }
    return lines;
}

bool Journal::exists() const
{
    return QFileInfo::exists(m_path);
}

void Journal::clear() const
{
    QFile::remove(m_path);
}

} // namespace rs
