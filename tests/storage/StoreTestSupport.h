#pragma once

#include "domain/DefaultWorkspace.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// Where the storage tests keep their workspaces: files in a temporary folder, or new databases on the PostgreSQL
// server the CTest fixture started (ROLESHEET_TEST_BACKEND=postgresql).
namespace st {

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline bool postgres()
{
    return qEnvironmentVariable("ROLESHEET_TEST_BACKEND") == QLatin1String("postgresql");
}

// The address the fixture wrote: postgresql://rolesheet@127.0.0.1:PORT/rolesheet_test?sslmode=disable.
inline QString fixtureUrl()
{
    QFile file(qEnvironmentVariable("ROLESHEET_PG_STATE") + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The PostgreSQL fixture wrote no address; is ROLESHEET_PG_STATE set and the fixture started?");
    return QString::fromUtf8(file.readAll()).trimmed();
}

// A connection of the test's own to a database of the fixture's server, outside any Store.
inline QSqlDatabase pgConnection(const QString &name, const QString &database)
{
    const QUrl url(fixtureUrl());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(database);
    if (!db.open())
        qFatal("Cannot reach the fixture's server: %s", qPrintable(db.lastError().text()));
    return db;
}

// Hands out fresh workspace locations and removes them at the end.
class Locations
{
public:
    Locations() = default;
    ~Locations()
    {
        if (m_databases.isEmpty())
            return;
        {
            QSqlDatabase admin = pgConnection(QStringLiteral("st-admin-drop"), QStringLiteral("postgres"));
            QSqlQuery q(admin);
            for (const QString &name : m_databases)
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("st-admin-drop"));
    }

    QString folder() const { return m_dir.path(); }

    // A location that holds nothing yet.
    QString next()
    {
        ++m_count;
        if (!postgres())
            return m_dir.filePath(QStringLiteral("w%1.rolesheet").arg(m_count));
        const QString name = QStringLiteral("rs_%1_%2").arg(QCoreApplication::applicationPid()).arg(m_count);
        {
            QSqlDatabase admin = pgConnection(QStringLiteral("st-admin"), QStringLiteral("postgres"));
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                qFatal("CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("st-admin"));
        m_databases.append(name);
        QUrl url(fixtureUrl());
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }

    // The database name of a PostgreSQL location, or the file of a SQLite one.
    static QString databaseOf(const QString &location) { return postgres() ? QUrl(location).path().mid(1) : location; }

    // A connection of the test's own to the workspace at `location`.
    static QSqlDatabase rawConnection(const QString &name, const QString &location)
    {
        if (postgres())
            return pgConnection(name, databaseOf(location));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.open();
        return db;
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QStringList m_databases;
};

// The first column of the first row a query gives on the workspace's database, read outside any Store; -1 when
// there is none.
inline qint64 scalar(const QString &location, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = Locations::rawConnection(QStringLiteral("st-scalar"), location);
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("st-scalar"));
    return value;
}

// Runs rolesheet-cli with the arguments; the exit code, standard output and standard error.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline QString cliPath()
{
    return qEnvironmentVariable("ROLESHEET_CLI");
}

inline CliRun runCli(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(cliPath(), QStringList { QStringLiteral("--db"), db } + args);
    p.waitForFinished(60000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace st
