#include "StoreFiles.h"

#include "Schema.h"

#include <algorithm>
#include <optional>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <sys/stat.h>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace rs::storefiles {

namespace {

QString hex(quint32 value)
{
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

quint32 bigEndian(const QByteArray &bytes, int at)
{
    const auto byte = [&](int i) { return quint32(quint8(bytes.at(at + i))); };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

// A file as the kernel knows it: device and inode, whatever the path it was reached by.
struct FileKey
{
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const FileKey &other) const = default;
};

std::optional<FileKey> fileKey(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileKey { quint64(info.st_dev), quint64(info.st_ino) };
}

QMutex &heldLock()
{
    static QMutex lock;
    return lock;
}

QHash<QString, FileKey> &held()
{
    static QHash<QString, FileKey> files; // connection -> file
    return files;
}

bool folderWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

// Tables and their columns, as PRAGMA table_info reports them.
using Columns = QMap<QString, QStringList>;

Columns columnsOf(QSqlDatabase &db)
{
    Columns result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList tables;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &table : tables) {
        QStringList columns;
        if (q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
            while (q.next())
                columns << q.value(1).toString();
        }
        result.insert(table, columns);
    }
    return result;
}

// The tables and columns a workspace of schema `version` has: the migrations run on an empty database in memory,
// once a version for the life of the process (every open asks).
Columns expectedColumns(int version)
{
    static QMutex mutex;
    static QHash<int, Columns> known;
    const QMutexLocker lock(&mutex);
    if (const auto it = known.constFind(version); it != known.cend())
        return it.value();
    static QAtomicInt counter;
    const QString name = QStringLiteral("rolesheet-reference-%1").arg(counter.fetchAndAddRelaxed(1));
    Columns result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && Schema::migrate(db, Dialect::SQLite, version))
            result = columnsOf(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!result.isEmpty())
        known.insert(version, result);
    return result;
}

// The first table or column of the schema that the database lacks, or an empty string when it has them all.
QString missingFromSchema(QSqlDatabase &db, int version)
{
    const Columns expected = expectedColumns(version);
    if (expected.isEmpty())
        return QStringLiteral("?");
    const Columns actual = columnsOf(db);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            return it.key();
        for (const QString &column : it.value()) {
            if (!actual.value(it.key()).contains(column))
                return it.key() + QLatin1Char('.') + column;
        }
    }
    return {};
}

Error notAWorkspace(const QString &path)
{
    return Error::badInput(
        QCoreApplication::translate("rs::Store", "%1 is a database but not a Rolesheet workspace; nothing was changed.")
            .arg(path));
}

} // namespace

QString errorDetail(const QSqlError &error)
{
    return QStringLiteral("%1 %2: %3")
        .arg(error.driverText().isEmpty() ? QStringLiteral("SQL error") : error.driverText(), error.nativeErrorCode(),
            error.databaseText());
}

Error sqlError(const QSqlError &error, const QString &fallback, const QString &location)
{
    const QString native = error.nativeErrorCode();
    const QString detail = errorDetail(error);
    const QString where = location.isEmpty() ? QCoreApplication::translate("rs::Store", "The workspace") : location;
    bool numeric = false;
    const int code = native.toInt(&numeric) & 0xff; // SQLite's primary code; extended codes keep it in the low byte
    auto storage = [&](const QString &message) { return Error::storage(message, detail); };
    // PostgreSQL reports SQLSTATE codes.
    if (native == QLatin1String("53100"))
        return storage(
            QCoreApplication::translate("rs::Store", "The disk is full: %1 cannot be written; nothing was changed.")
                .arg(where));
    if (native == QLatin1String("42501"))
        return storage(
            QCoreApplication::translate("rs::Store", "%1: no permission for this; nothing was changed.").arg(where));
    if (native == QLatin1String("55P03") || native == QLatin1String("40P01"))
        return storage(QCoreApplication::translate(
            "rs::Store", "%1 is busy: another program holds a lock on it; try again. Nothing was changed.")
                           .arg(where));
    if (!numeric)
        return storage(fallback);
    switch (code) {
    case 13: // SQLITE_FULL
        return storage(
            QCoreApplication::translate("rs::Store", "The disk is full: %1 cannot be written; nothing was changed.")
                .arg(where));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return storage(QCoreApplication::translate(
            "rs::Store", "%1 is busy: another program holds a lock on it; try again. Nothing was changed.")
                           .arg(where));
    case 3: // SQLITE_PERM
    case 8: // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return storage(QCoreApplication::translate(
            "rs::Store", "%1 cannot be changed: no permission to write the file or its folder. Nothing was changed.")
                           .arg(where));
    case 14: // SQLITE_CANTOPEN
        if (!location.isEmpty() && QFileInfo::exists(location) && !QFileInfo(location).isReadable())
            return storage(
                QCoreApplication::translate("rs::Store", "%1 cannot be opened: no permission to read it.").arg(where));
        if (!location.isEmpty() && !folderWritable(location))
            return storage(QCoreApplication::translate("rs::Store",
                "%1 cannot be opened: its folder is read-only and SQLite needs to create a file "
                "beside it (the workspace has changes still in %1-wal). Open it once where its folder "
                "can be written.")
                               .arg(where));
        return storage(QCoreApplication::translate("rs::Store", "%1 cannot be opened.").arg(where));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return storage(
            QCoreApplication::translate("rs::Store", "%1 is damaged or not a Rolesheet workspace.").arg(where));
    case 10: { // SQLITE_IOERR: a full disk often shows as a failed write
        const QStorageInfo volume(location.isEmpty() ? QDir::currentPath() : QFileInfo(location).absolutePath());
        if (volume.isValid() && volume.bytesAvailable() < 1024 * 1024)
            return storage(
                QCoreApplication::translate("rs::Store", "The disk is full: %1 cannot be written; nothing was changed.")
                    .arg(where));
        return storage(
            QCoreApplication::translate("rs::Store", "%1 could not be read or written: the disk reported an error.")
                .arg(where));
    }
    default:
        return storage(fallback);
    }
}

void holdOpen(const QString &connection, const QString &path)
{
    const std::optional<FileKey> key = fileKey(path);
    if (!key)
        return;
    QMutexLocker lock(&heldLock());
    held().insert(connection, *key);
}

void letGo(const QString &connection)
{
    QMutexLocker lock(&heldLock());
    held().remove(connection);
}

bool heldOpen(const QString &path)
{
    const std::optional<FileKey> key = fileKey(path);
    if (!key)
        return false;
    QMutexLocker lock(&heldLock());
    const QHash<QString, FileKey> &files = held();
    return std::any_of(files.cbegin(), files.cend(), [&](const FileKey &k) { return k == *key; });
}

Status checkHeader(const QString &path)
{
    // Checked when it was first opened, and SQLite reads it now: a second descriptor would cost the open
    // connections their locks (see StoreFiles.h).
    if (heldOpen(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(file.error() == QFileDevice::PermissionsError
                ? QCoreApplication::translate("rs::Store", "%1 cannot be read: no permission to read it.").arg(path)
                : QCoreApplication::translate("rs::Store", "%1 cannot be read: %2.").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (file.size() == 0)
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 is empty, not a Rolesheet workspace.").arg(path));
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")) || header.size() < 100)
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 is not a Rolesheet workspace (not an SQLite database).")
                .arg(path));
    const quint32 applicationId = bigEndian(header, 68);
    if (applicationId != 0 && applicationId != kApplicationId)
        return Error::badInput(QCoreApplication::translate("rs::Store",
            "%1 is another program's database (application id %2), not a Rolesheet workspace; "
            "nothing was changed.")
                                   .arg(path, hex(applicationId)));
    quint32 pageSize = (quint32(quint8(header.at(16))) << 8) | quint32(quint8(header.at(17)));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(header, 28);
    const quint32 changeCounter = bigEndian(header, 24);
    const quint32 validFor = bigEndian(header, 92);
    const bool walPending = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (!walPending && validFor == changeCounter && quint64(pages) * pageSize > quint64(file.size()))
        return Error::badInput(QCoreApplication::translate("rs::Store",
            "%1 is damaged: the file is shorter than its own header says; it may have been cut "
            "off while copying.")
                                   .arg(path));
    return {};
}

Status checkCreatable(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return Error::badInput(QCoreApplication::translate("rs::Store",
            "%1 is a link to %2, which does not exist; nothing was created. Remove the link or "
            "choose another name.")
                                   .arg(path, info.symLinkTarget()));
    QStringList leftovers;
    for (const char *suffix : { "-wal", "-shm", "-journal" }) {
        const QFileInfo leftover(path + QLatin1String(suffix));
        if (leftover.exists() || leftover.isSymLink())
            leftovers << leftover.filePath();
    }
    if (!leftovers.isEmpty())
        return Error::badInput(QCoreApplication::translate(
            "rs::Store", "%1 has leftover files from an earlier workspace: %2; move them away first.")
                                   .arg(path, leftovers.join(QStringLiteral(", "))));
    const QDir folder = info.absoluteDir();
    const QStringList partial = folder.entryList({ info.fileName() + QStringLiteral(".partial*") },
        QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    if (!partial.isEmpty())
        return Error::badInput(QCoreApplication::translate("rs::Store",
            "%1 cannot be created: %2 is left from an interrupted attempt, or another is under "
            "way; move it away first.")
                                   .arg(path, QDir(info.path()).filePath(partial.first())));
    return {};
}

Status checkReferences(const QSqlDatabase &db, const QString &location)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(q.lastError(),
            QCoreApplication::translate("rs::Store", "%1 cannot be written.").arg(location), location);
    if (!q.next())
        return {};
    // table, rowid, the table it names, the key's number among the table's references
    return Error::storage(QCoreApplication::translate("rs::Store", "The workspace could not be saved."),
        QStringLiteral("a row of %1 (rowid %2) names a row of %3 that is not there")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
}

bool syncToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true; // SQLite's own sync is the only one there
#endif
}

void configureReadOnly(QSqlDatabase &db, const QString &path)
{
    // Without a log or journal the file alone is the whole workspace: immutable keeps SQLite from creating the -wal
    // and -shm files it cannot remove from a read-only connection. With a log, SQLite must read it (and its -shm).
    // A writer that starts during the read seldom touches the file itself: it appends to its log, and copies the log
    // back only when its last connection closes or the log grows past a thousand pages.
    // An empty log holds nothing to read (a write that failed on a full disk may leave one behind).
    const auto holdsData = [&](const char *suffix) {
        const QFileInfo file(path + QLatin1String(suffix));
        return file.exists() && file.size() > 0;
    };
    const bool pending = holdsData("-wal") || holdsData("-journal");
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(pending ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
}

Result<int> recognise(const QString &path)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("rolesheet-look-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        configureReadOnly(db, path);
        result = [&]() -> Result<int> {
            if (!db.open())
                return sqlError(
                    db.lastError(), QCoreApplication::translate("rs::Store", "%1 cannot be opened.").arg(path), path);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
                return sqlError(
                    q.lastError(), QCoreApplication::translate("rs::Store", "%1 cannot be read.").arg(path), path);
            const quint32 applicationId = quint32(q.value(0).toLongLong());
            if (applicationId != 0 && applicationId != kApplicationId)
                return Error::badInput(QCoreApplication::translate("rs::Store",
                    "%1 is another program's database (application id %2), not a Rolesheet "
                    "workspace; nothing was changed.")
                                           .arg(path, hex(applicationId)));
            const bool marked = applicationId == kApplicationId;
            if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                       "'schema_migrations'"))
                || !q.next())
                return sqlError(
                    q.lastError(), QCoreApplication::translate("rs::Store", "%1 cannot be read.").arg(path), path);
            if (q.value(0).toInt() == 0) {
                if (marked)
                    return Error::badInput(
                        QCoreApplication::translate("rs::Store", "%1 is damaged: it has no schema version.").arg(path));
                return notAWorkspace(path);
            }
            if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
                return marked ? sqlError(q.lastError(),
                           QCoreApplication::translate("rs::Store", "%1 cannot be read.").arg(path), path)
                              : notAWorkspace(path);
            const int version = q.value(0).toInt();
            q.finish();
            const int latest = Schema::latestVersion();
            if (version < 1)
                return marked
                    ? Error::badInput(
                        QCoreApplication::translate("rs::Store", "%1 is damaged: it has no schema version.").arg(path))
                    : notAWorkspace(path);
            const QString missing = missingFromSchema(db, std::min(version, latest));
            if (!missing.isEmpty())
                return marked ? Error::badInput(
                           QCoreApplication::translate("rs::Store", "%1 is damaged: it lacks %2.").arg(path, missing))
                              : notAWorkspace(path);
            if (version > latest)
                return Error::badInput(QCoreApplication::translate(
                    "rs::Store", "%1 was written by a newer Rolesheet (schema %2); this version reads up to schema %3.")
                                           .arg(path)
                                           .arg(version)
                                           .arg(latest));
            return version;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace rs::storefiles
