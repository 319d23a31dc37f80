#include "Journal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace rs {

Journal::Journal(const QString &workspaceLocation)
    : m_location(QFileInfo(workspaceLocation).absoluteFilePath())
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QByteArray key = QCryptographicHash::hash(m_location.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    m_path = QDir(dir).filePath(QStringLiteral("journals/") + QString::fromLatin1(key) + QStringLiteral(".json"));
}

Status Journal::write(const QList<Change> &changes) const
{
    if (changes.isEmpty()) {
        clear();
        return {};
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error::storage(QCoreApplication::translate("rs::Journal",
            "The folder for staged changes cannot be "
            "created."));
    QJsonArray list;
    for (const Change &c : changes)
        list.append(c.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("rolesheet-journal"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("workspace"), m_location);
    root.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("changes"), list);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(
            QCoreApplication::translate("rs::Journal", "Staged changes cannot be saved: %1.").arg(file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error::storage(
            QCoreApplication::translate("rs::Journal", "Staged changes cannot be saved: %1.").arg(file.errorString()));
    return {};
}

Result<QList<Change>> Journal::read() const
{
    QList<Change> result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(
            QCoreApplication::translate("rs::Journal", "Staged changes cannot be read: %1.").arg(file.errorString()));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("rolesheet-journal"))
        return Error::badInput(QCoreApplication::translate("rs::Journal", "The saved staged changes are damaged."));
    const QJsonArray list = root.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &v : list) {
        Result<Change> c = Change::fromJson(v.toObject());
        if (!c)
            return c.error();
        result.append(c.value());
    }
    return result;
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
