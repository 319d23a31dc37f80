#include "SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <optional>
#include <vector>

namespace rs::formats {

namespace {

bool isThere(const QFileInfo &info)
{
    return info.isSymLink() || info.exists();
}

} // namespace

Status checkWritable(const QString &path, Overwrite overwrite)
{
    // QSaveFile would write to what a link points at: a link planted where an export goes must not redirect it.
    const QFileInfo info(path);
    if (info.isSymLink())
        return Error::badInput(QCoreApplication::translate("rs::formats::SafeWrite",
            "%1 is a symbolic link; Rolesheet never writes through a link, so nothing was written.")
                                   .arg(path));
    if (!info.exists())
        return {};
    if (!info.isFile())
        return Error::badInput(
            QCoreApplication::translate("rs::formats::SafeWrite", "%1 is not a regular file; nothing was written.")
                .arg(path));
    if (overwrite == Overwrite::Refuse)
        return Error::conflict(
            QCoreApplication::translate("rs::formats::SafeWrite", "%1 already exists; nothing was written.").arg(path));
    return {};
}

Status checkAllWritable(const QStringList &paths, Overwrite overwrite)
{
    // Links and other odd things first: they are refused even when replacing is allowed.
    for (const QString &path : paths) {
        if (Status s = checkWritable(path, Overwrite::Replace); !s)
            return s;
    }
    if (overwrite == Overwrite::Replace)
        return {};
    const QStringList existing = existingPaths(paths);
    if (existing.size() == 1)
        return checkWritable(existing.first(), overwrite);
    if (!existing.isEmpty())
        return Error::conflict(QCoreApplication::translate("rs::formats::SafeWrite",
            "%n of the files to write already exist, %1 among them; nothing was written.", nullptr,
            int(existing.size()))
                                   .arg(existing.first()));
    return {};
}

QStringList existingPaths(const QStringList &paths)
{
    QStringList existing;
    for (const QString &path : paths) {
        if (isThere(QFileInfo(path)))
            existing << path;
    }
    return existing;
}

bool openOwnerOnly(QSaveFile &file)
{
    const bool isNew = !QFileInfo::exists(file.fileName());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // The temporary file takes the final name on commit, with this mode: set before any data is written.
    if (isNew && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return false;
    }
    return true;
}

bool makeOwnerOnlyFolder(const QString &path)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QStringList missing;
    QString at = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo(at).exists()) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        // Another process may make it meanwhile: a folder there now is as good.
        if (!QDir().mkdir(folder, ownerOnly) && !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(path).isDir();
}

Status writeFileSafely(const QString &path, const QByteArray &data, Overwrite overwrite)
{
    return writeFileSafely(path, overwrite, [&](QIODevice &file) -> Status {
        if (file.write(data) != data.size())
            return Error::storage(QCoreApplication::translate("rs::formats::SafeWrite", "%1 cannot be written: %2.")
                                      .arg(path, file.errorString()));
        return {};
    });
}

Status writeFileSafely(const QString &path, Overwrite overwrite, const std::function<Status(QIODevice &)> &write)
{
    if (Status s = checkWritable(path, overwrite); !s)
        return s;
    const auto cannotWrite = [&path](const QString &why) {
        return Error::storage(
            QCoreApplication::translate("rs::formats::SafeWrite", "%1 cannot be written: %2.").arg(path, why));
    };
    QSaveFile file(path);
    if (!openOwnerOnly(file))
        return cannotWrite(file.errorString());
    const Status written = write(file);
    // The device's own error says best why: a full disk rather than the page that could not be finished.
    if (file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return cannotWrite(why);
    }
    if (!written) {
        file.cancelWriting();
        return written;
    }
    // Checked again: a link or a file that appeared while the data was written is not replaced either.
    if (Status s = checkWritable(path, overwrite); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {};
}

Status writeFilesTogether(const QList<std::pair<QString, QByteArray>> &files, Overwrite overwrite)
{
    QStringList paths;
    for (const auto &file : files)
        paths << file.first;
    if (Status s = checkAllWritable(paths, overwrite); !s)
        return s;
    const auto cannotWrite = [](const QString &path, const QString &why) {
        return Error::storage(
            QCoreApplication::translate("rs::formats::SafeWrite", "%1 cannot be written: %2.").arg(path, why));
    };
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (const auto &[path, data] : files) {
        pending.push_back(std::make_unique<QSaveFile>(path));
        QSaveFile &file = *pending.back();
        if (!openOwnerOnly(file) || file.write(data) != data.size())
            return cannotWrite(path, file.errorString()); // the temporary files go with `pending`
    }
    // What is there now, to put back if a later file cannot take its name.
    std::vector<std::optional<QByteArray>> before;
    for (const QString &path : std::as_const(paths)) {
        QFile old(path);
        if (!old.exists()) {
            before.push_back(std::nullopt);
            continue;
        }
        if (!old.open(QIODevice::ReadOnly))
            return cannotWrite(path, old.errorString());
        before.push_back(old.readAll());
    }
    // Checked again: a link or a file that appeared meanwhile is not replaced either.
    if (Status s = checkAllWritable(paths, overwrite); !s)
        return s;
    for (size_t i = 0; i < pending.size(); ++i) {
        if (pending[i]->commit())
            continue;
        const Error error = cannotWrite(paths.at(qsizetype(i)), pending[i]->errorString());
        for (size_t j = 0; j < i; ++j) {
            if (before[j])
                (void)writeFileSafely(paths.at(qsizetype(j)), *before[j], Overwrite::Replace);
            else
                QFile::remove(paths.at(qsizetype(j)));
        }
        return error;
    }
    return {};
}

} // namespace rs::formats
