#include "SqliteAnchor.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <ctime>

#include <vector>

namespace rs::bench {

namespace {

struct Table
{
    QString name;
    int columns = 0;
    std::vector<sqlite3_value *> values; // row after row
};

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

bool readRows(sqlite3 *db, Table &t, const QString &where, qint64 &bytes, QString *error)
{
    const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\"%2")
                               .arg(t.name, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
                               .toUtf8();
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    t.columns = sqlite3_column_count(st);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < t.columns; ++c) {
            sqlite3_value *v = sqlite3_column_value(st, c);
            const int type = sqlite3_value_type(v);
            bytes += type == SQLITE_TEXT || type == SQLITE_BLOB ? sqlite3_value_bytes(v) : 8;
            t.values.push_back(sqlite3_value_dup(v));
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace

double processorSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

Anchor measureAnchor(
    const QString &source, const QStringList &tables, const QString &where, const QString &scratch, QString *error)
{
    Anchor anchor;
    std::vector<Table> copies;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(source.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return anchor;
    }
    for (const QString &name : tables) {
        Table t;
        t.name = name;
        if (!readRows(db, t, where, anchor.bytes, error)) {
            sqlite3_close(db);
            return anchor;
        }
        copies.push_back(std::move(t));
    }
    sqlite3_close(db);
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(scratch + QLatin1String(suffix));
    const auto release = [&] {
        for (Table &t : copies) {
            for (sqlite3_value *v : t.values)
                sqlite3_value_free(v);
        }
    };
    db = nullptr;
    if (sqlite3_open(scratch.toUtf8().constData(), &db) != SQLITE_OK
        || !exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", error)) {
        if (error->isEmpty())
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        release();
        return anchor;
    }
    for (const Table &t : copies) {
        QStringList columns;
        for (int c = 0; c < t.columns; ++c)
            columns.append(QStringLiteral("c%1").arg(c));
        const QByteArray create
            = QStringLiteral("CREATE TABLE \"%1\" (%2)").arg(t.name, columns.join(QLatin1String(", "))).toUtf8();
        if (!exec(db, create.constData(), error)) {
            sqlite3_close(db);
            release();
            return anchor;
        }
    }
    bool ok = true;
    QElapsedTimer timer;
    const double processorBefore = processorSeconds();
    timer.start();
    ok = exec(db, "BEGIN", error);
    for (const Table &t : copies) {
        if (!ok || t.columns == 0)
            continue;
        QStringList marks;
        for (int c = 0; c < t.columns; ++c)
            marks.append(QStringLiteral("?"));
        const QByteArray sql
            = QStringLiteral("INSERT INTO \"%1\" VALUES (%2)").arg(t.name, marks.join(QLatin1String(", "))).toUtf8();
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            ok = false;
            break;
        }
        for (size_t at = 0; ok && at < t.values.size(); at += size_t(t.columns)) {
            for (int c = 0; c < t.columns; ++c)
                sqlite3_bind_value(st, c + 1, t.values[at + size_t(c)]);
            if (sqlite3_step(st) != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(db));
                ok = false;
            }
            sqlite3_reset(st);
            ++anchor.rows;
        }
        sqlite3_finalize(st);
    }
    ok = ok && exec(db, "COMMIT", error);
    anchor.insertSeconds = double(timer.nsecsElapsed()) / 1e9;
    anchor.insertProcessorSeconds = processorSeconds() - processorBefore;
    release();
    // Read back in one transaction, every column as an application would take it: numbers as numbers, text as text.
    timer.restart();
    ok = ok && exec(db, "BEGIN", error);
    qint64 seen = 0;
    for (const Table &t : copies) {
        if (!ok)
            break;
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\"").arg(t.name).toUtf8();
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            ok = false;
            break;
        }
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < t.columns; ++c) {
                if (sqlite3_column_type(st, c) == SQLITE_INTEGER)
                    seen += sqlite3_column_int64(st, c);
                else
                    seen += sqlite3_column_bytes(st, c) + (sqlite3_column_text(st, c) ? 1 : 0);
            }
        }
        sqlite3_finalize(st);
    }
    ok = ok && exec(db, "COMMIT", error);
    anchor.readSeconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    if (seen == 0 && anchor.rows > 0 && error->isEmpty())
        *error = QStringLiteral("nothing was read back");
    return anchor;
}

} // namespace rs::bench
