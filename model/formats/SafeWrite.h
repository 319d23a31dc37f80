#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <utility>

class QIODevice;
class QSaveFile;

namespace rs::formats {

// Whether a write may replace a file that is already there.
enum class Overwrite { Refuse, Replace };

// Why a path cannot be written as asked, or nothing when it can: a symbolic link (never written through, whatever
// `overwrite` says), something that is not a regular file, or an existing file that must not be replaced. An
// existing file is refused with the code Conflict, so that callers can say how to replace it.
Status checkWritable(const QString &path, Overwrite overwrite);

// checkWritable() for several files written together, checked before any of them is written: a refusal names how
// many already exist.
Status checkAllWritable(const QStringList &paths, Overwrite overwrite);

// The paths among `paths` that name something already: a file, a folder or a link (even a dangling one).
QStringList existingPaths(const QStringList &paths);

// Opens `file` for writing. A file that is new is readable and writable by its owner alone, whatever the umask: a
// studio's members and access are personal data. A file that is replaced keeps the mode it has (QSaveFile copies
// it), so a file its owner shared on purpose stays shared.
bool openOwnerOnly(QSaveFile &file);

// Makes the folder `path` and any of its parents that are missing, each new one readable, writable and searchable by
// its owner alone; folders that exist keep their mode. False when it cannot be made.
bool makeOwnerOnlyFolder(const QString &path);

// Every file Rolesheet exports goes through here: checked by checkWritable() right before it is written and again
// right before it takes its name, and written through QSaveFile, so it appears whole or not at all.
Status writeFileSafely(const QString &path, const QByteArray &data, Overwrite overwrite);
// The same for a file written in parts as it is made (a long PDF, page by page): `write` writes it to the device it
// is given, and the file takes its name only when `write` returns no error and every part was written.
Status writeFileSafely(const QString &path, Overwrite overwrite, const std::function<Status(QIODevice &)> &write);

// Files that belong together (a policy and its mapping), written all or none: all are checked first, each is written
// whole to a temporary file beside its name, and only then do they take their names. When one cannot, those that
// already did are put back as they were (a new one removed, a replaced one given its old content).
Status writeFilesTogether(const QList<std::pair<QString, QByteArray>> &files, Overwrite overwrite);

} // namespace rs::formats
