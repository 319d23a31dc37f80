// Opening workspace files safely: rolesheet-cli never adopts leftovers of an earlier workspace, never changes another
// program's database, reads a workspace in a read-only folder or with an un-checkpointed log, says what went wrong
// in plain words, and rescues a workspace that breaks a rule.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The files of a folder with their sizes and times: what a person would see change.
QStringList listing(const QString &dir)
{
    QStringList result;
    const QFileInfoList entries
        = QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    for (const QFileInfo &info : entries)
        result << QStringLiteral("%1 %2 %3")
                      .arg(info.fileName())
                      .arg(info.size())
                      .arg(info.lastModified().toMSecsSinceEpoch());
    return result;
}

// Runs SQL on a file with a connection of the test's own, outside rolesheet-cli.
bool runSql(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("files-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!ok)
                break;
            ok = q.exec(sql);
            if (!ok && error)
                *error = sql + QStringLiteral(": ") + q.lastError().text();
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QVariant sqlValue(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("files-value-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// The application id SQLite keeps at offset 68 of the file's header.
quint32 headerApplicationId(const QString &path)
{
    const QByteArray h = bytes(path);
    if (h.size() < 72)
        return 0;
    return (quint32(quint8(h.at(68))) << 24) | (quint32(quint8(h.at(69))) << 16) | (quint32(quint8(h.at(70))) << 8)
        | quint32(quint8(h.at(71)));
}

} // namespace

class TestCliOpenFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void initRefusesLeftoverLog();
    void initRefusesLeftovers_data();
    void initRefusesLeftovers();
    void initRefusesDanglingLink();
    void initRefusesStalePartialFile();

    void foreignDatabaseUntouched_data();
    void foreignDatabaseUntouched();
    void workspaceCarriesApplicationId();
    void olderWorkspaceGetsApplicationIdOnlyWhenWritten();

    void readOnlyCommandsNeverWrite();
    void readsUncheckpointedLog();
    void readOnlyFolder();
    void diskFull();

    void brokenWorkspaceIsRescued();

private:
    // A workspace with members and a production, copied to `path`.
    void copyWorkspace(const QString &path)
    {
        QFile::remove(path);
        QVERIFY(QFile::copy(m_workspace, path));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    }
    // Leaves `path` (a workspace) with a -wal that holds a member "Zed" no checkpoint has copied into the file yet;
    // returns the log's bytes.
    QByteArray uncheckpointedLog(const QString &path, const QString &keepDir);

    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<QTemporaryDir> m_case;
};

void TestCliOpenFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(s("template.rolesheet"));
    for (const QStringList &args : { QStringList { s("init"), s("--owner"), s("Ann"), s("--name"), s("Old studio") },
             QStringList { s("add-member"), s("Bob") },
             QStringList { s("create-production"), s("Gala"), s("--by"), s("Ann") } }) {
        const CliRun r = runCli(m_workspace, args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
}

void TestCliOpenFiles::init()
{
    m_case = std::make_unique<QTemporaryDir>();
    QVERIFY(m_case->isValid());
}

QByteArray TestCliOpenFiles::uncheckpointedLog(const QString &path, const QString &keepDir)
{
    copyWorkspace(path);
    const QString saved = QDir(keepDir).filePath(s("saved-wal"));
    {
        // A reader of the test's own keeps the log from being checkpointed and removed when rolesheet-cli closes.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s("holder"));
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        q.exec(s("SELECT COUNT(*) FROM members"));
        q.next();
        const CliRun r = runCli(path, { s("add-member"), s("Zed") });
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        QFile::remove(saved);
        QFile::copy(path + s("-wal"), saved);
        QFile::copy(path + s("-shm"), saved + s("-shm"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(s("holder"));
    return bytes(saved);
}

void TestCliOpenFiles::initRefusesLeftoverLog()
{
    // The person deletes a workspace whose log was not checkpointed yet; its -wal stays behind.
    const QString path = m_case->filePath(s("studio.rolesheet"));
    const QByteArray log = uncheckpointedLog(path, m_dir.path());
    QVERIFY(log.size() > 32);
    QVERIFY(QFile::remove(path));
    QFile::remove(path + s("-shm"));
    QFile::remove(path + s("-wal"));
    {
        QFile f(path + s("-wal"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(log);
    }
    const QStringList before = listing(m_case->path());

    const CliRun r = runCli(path, { s("init"), s("--owner"), s("Nina") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(s("has leftover files from an earlier workspace")), qPrintable(r.err));
    QVERIFY2(r.err.contains(path + s("-wal")), qPrintable(r.err));
    QVERIFY2(r.err.contains(s("move them away first")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(listing(m_case->path()), before);
    QCOMPARE(bytes(path + s("-wal")), log);

    // The old studio never comes back under the new name.
    const CliRun members = runCli(path, { s("members") });
    QVERIFY(!members.out.contains(s("Zed")));
}

void TestCliOpenFiles::initRefusesLeftovers_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("-wal") << s("-wal");
    QTest::newRow("-shm") << s("-shm");
    QTest::newRow("-journal") << s("-journal");
}

void TestCliOpenFiles::initRefusesLeftovers()
{
    QFETCH(QString, suffix);
    const QString path = m_case->filePath(s("studio.rolesheet"));
    {
        QFile f(path + suffix);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const QStringList before = listing(m_case->path());
    const CliRun r = runCli(path, { s("init") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(s("leftover files")) && r.err.contains(path + suffix), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(listing(m_case->path()), before);
}

void TestCliOpenFiles::initRefusesDanglingLink()
{
    const QString path = m_case->filePath(s("studio.rolesheet"));
    const QString target = m_case->filePath(s("gone/elsewhere.rolesheet"));
    QVERIFY(QFile::link(target, path));
    const QStringList before = listing(m_case->path());
    const CliRun r = runCli(path, { s("init") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(s("link")) && r.err.contains(target), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(listing(m_case->path()), before);
    QVERIFY(QFileInfo(path).isSymLink());
    QVERIFY(!QFileInfo::exists(target));
}

void TestCliOpenFiles::initRefusesStalePartialFile()
{
    const QString path = m_case->filePath(s("studio.rolesheet"));
    for (const QString &stale : QStringList { path + s(".partial"), path + s(".partial-wal") }) {
        {
            QFile f(stale);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("an interrupted create, or another one under way");
        }
        const QStringList before = listing(m_case->path());
        const CliRun r = runCli(path, { s("init") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(stale), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(listing(m_case->path()), before);
        QCOMPARE(bytes(stale), QByteArray("an interrupted create, or another one under way"));
        QVERIFY(QFile::remove(stale));
    }
    // With the stale files gone, init works.
    const CliRun r = runCli(path, { s("init") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCliOpenFiles::foreignDatabaseUntouched_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("message");
    QTest::newRow("a schema_migrations table and nothing else of ours") << QStringList {
        s("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"),
        s("INSERT INTO schema_migrations VALUES (1, 'then')"), s("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    } << s("not a Rolesheet workspace");
    QTest::newRow("schema_migrations at our latest version")
        << QStringList { s("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"),
               s("INSERT INTO schema_migrations VALUES (3, 'then')"), s("CREATE TABLE meta (key TEXT, value TEXT)") }
        << s("not a Rolesheet workspace");
    QTest::newRow("another program's application id") << QStringList { s("PRAGMA application_id = 305419896"),
        s("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"),
        s("INSERT INTO schema_migrations VALUES (1, 'then')") }
                                                      << s("another program");
}

void TestCliOpenFiles::foreignDatabaseUntouched()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, message);
    const QString path = m_case->filePath(s("other.db"));
    QString error;
    QVERIFY2(runSql(path, statements, &error), qPrintable(error));
    const QByteArray before = bytes(path);
    const QStringList files = listing(m_case->path());
    for (const QStringList &args : { QStringList { s("add-member"), s("Eve") }, QStringList { s("members") },
             QStringList { s("grant"), s("Admin"), s("Images"), s("view") } }) {
        const CliRun r = runCli(path, args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(bytes(path), before); // the header too: no WAL mode, no migration, no application id
        QCOMPARE(listing(m_case->path()), files);
        QVERIFY(!QFileInfo::exists(path + s("-wal")));
        QVERIFY(!QFileInfo::exists(path + s("-shm")));
    }
}

void TestCliOpenFiles::workspaceCarriesApplicationId()
{
    const QString path = m_case->filePath(s("new.rolesheet"));
    const CliRun r = runCli(path, { s("init") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(headerApplicationId(path), quint32(0x524F4C45));
    QCOMPARE(headerApplicationId(m_workspace), quint32(0x524F4C45));
}

void TestCliOpenFiles::olderWorkspaceGetsApplicationIdOnlyWhenWritten()
{
    // A workspace written before workspaces were marked: recognised by its schema.
    const QString path = m_case->filePath(s("older.rolesheet"));
    copyWorkspace(path);
    QVERIFY(runSql(path, { s("PRAGMA application_id = 0") }));
    QCOMPARE(headerApplicationId(path), quint32(0));
    const QByteArray before = bytes(path);
    const CliRun show = runCli(path, { s("members") });
    QVERIFY2(show.code == 0, qPrintable(show.err));
    QVERIFY(show.out.contains(s("Bob")));
    QCOMPARE(bytes(path), before);
    const CliRun add = runCli(path, { s("add-member"), s("Cleo") });
    QVERIFY2(add.code == 0, qPrintable(add.err));
    QCOMPARE(sqlValue(path, s("PRAGMA application_id")).toLongLong(), qint64(0x524F4C45));
    QCOMPARE(sqlValue(path, s("SELECT COUNT(*) FROM members WHERE name = 'Cleo'")).toInt(), 1);
}

void TestCliOpenFiles::readOnlyCommandsNeverWrite()
{
    const QString path = m_case->filePath(s("studio.rolesheet"));
    copyWorkspace(path);
    const QString out = m_dir.filePath(s("out"));
    QDir(out).removeRecursively();
    QVERIFY(QDir().mkpath(out));
    const QByteArray before = bytes(path);
    const QStringList files = listing(m_case->path());
    QThread::msleep(20);
    const QDateTime folderTime = QFileInfo(m_case->path()).lastModified();
    for (const QStringList &args :
        { QStringList { s("members") }, QStringList { s("roles") }, QStringList { s("show"), s("Admin") },
            QStringList { s("productions") }, QStringList { s("check"), s("Bob"), s("Gala"), s("Images"), s("view") },
            QStringList { s("audit") }, QStringList { s("export-workspace"), s("-o"), out + s("/all.json") },
            QStringList { s("export-all"), s("--format"), s("csv"), s("--out"), out } }) {
        const CliRun r = runCli(path, args);
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(args.join(u' ') + s(": ") + r.err));
        QCOMPARE(bytes(path), before);
        QCOMPARE(listing(m_case->path()), files);
        // Not even a log that comes and goes again: the folder itself is untouched.
        QCOMPARE(QFileInfo(m_case->path()).lastModified(), folderTime);
    }
}

void TestCliOpenFiles::readsUncheckpointedLog()
{
    // A copy of a workspace taken while it was in use: the file and its log, the latest member only in the log.
    const QString live = m_dir.filePath(s("live.rolesheet"));
    const QByteArray log = uncheckpointedLog(live, m_dir.path());
    QVERIFY(log.size() > 32);
    const QString path = m_case->filePath(s("copy.rolesheet"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_workspace, path));
    {
        QFile f(path + s("-wal"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(log);
    }
    QVERIFY(QFile::copy(m_dir.filePath(s("saved-wal-shm")), path + s("-shm")));
    const QStringList files = listing(m_case->path());
    const QByteArray before = bytes(path);
    const CliRun r = runCli(path, { s("members") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(s("Zed")), qPrintable(r.out));
    QCOMPARE(bytes(path), before);
    QCOMPARE(bytes(path + s("-wal")), log);
    QCOMPARE(listing(m_case->path()).size(), files.size());
}

void TestCliOpenFiles::readOnlyFolder()
{
    // As root, permissions stop nothing: run rolesheet-cli as an unprivileged user instead, where setpriv exists.
    const bool root = ::geteuid() == 0;
    const QString setpriv = QStandardPaths::findExecutable(s("setpriv"));
    if (root && setpriv.isEmpty())
        QSKIP("Running as root without setpriv: a read-only folder cannot be made to stop this process.");
    const QString folder = m_case->filePath(s("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + s("/studio.rolesheet");
    copyWorkspace(path);
    QFile::setPermissions(m_case->path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
            | QFile::ExeGroup);
    QVERIFY(QFile::setPermissions(folder,
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    auto run = [&](const QStringList &args) {
        if (!root)
            return runCli(path, args);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("LC_ALL"), s("C.UTF-8"));
        env.insert(s("HOME"), m_case->path());
        p.setProcessEnvironment(env);
        p.start(setpriv,
            QStringList { s("--reuid=65534"), s("--regid=65534"), s("--clear-groups"),
                qEnvironmentVariable("ROLESHEET_CLI"), s("--db"), path }
                + args);
        p.waitForFinished(60000);
        return CliRun { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()), p.exitStatus() != QProcess::NormalExit };
    };
    if (root && run({ s("--version") }).code != 0)
        QSKIP("An unprivileged user cannot run rolesheet-cli from this build folder.");
    const QByteArray before = bytes(path);
    const QStringList files = listing(folder);
    const CliRun show = run({ s("members") });
    QVERIFY2(show.code == 0, qPrintable(show.err));
    QVERIFY(show.out.contains(s("Bob")));
    const CliRun add = run({ s("add-member"), s("Cleo") });
    QCOMPARE(add.code, 2);
    QVERIFY2(!add.err.contains(s("not a Rolesheet workspace")), qPrintable(add.err));
    QVERIFY2(add.err.contains(s("read-only")) || add.err.contains(s("permission")), qPrintable(add.err));
    QCOMPARE(add.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(bytes(path), before);
    QCOMPARE(listing(folder), files);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestCliOpenFiles::diskFull()
{
    // A small tmpfs of its own, in a mount namespace that vanishes with the shell: only where this may mount.
    const QString unshare = QStandardPaths::findExecutable(s("unshare"));
    if (::geteuid() != 0 || unshare.isEmpty())
        QSKIP("Needs root and unshare to mount a small file system that can be filled.");
    if (QProcess::execute(unshare, { s("-m"), s("true") }) != 0)
        QSKIP("This machine does not let a test make a mount namespace.");
    const QString mountPoint = m_case->filePath(s("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    const QString script = s("set -e\n"
                             "mount -t tmpfs -o size=2m tmpfs \"$1\" || exit 77\n"
                             "cp \"$2\" \"$1/studio.rolesheet\"\n"
                             "dd if=/dev/zero of=\"$1/filler\" bs=4096 2>/dev/null || true\n"
                             "set +e\n"
                             "\"$3\" --db \"$1/studio.rolesheet\" add-member Cleo\n"
                             "code=$?\n"
                             "cmp -s \"$2\" \"$1/studio.rolesheet\" && echo SAME-BYTES\n"
                             "\"$3\" --db \"$1/studio.rolesheet\" members\n"
                             "exit $code\n");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("LC_ALL"), s("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(unshare,
        { s("-m"), s("--propagation"), s("private"), s("sh"), s("-c"), script, s("sh"), mountPoint, m_workspace,
            qEnvironmentVariable("ROLESHEET_CLI") });
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() == 77)
        QSKIP("This machine does not let a test mount a file system.");
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(s("disk")) && err.contains(s("full")), qPrintable(err));
    QVERIFY2(!err.contains(s("not a Rolesheet workspace")), qPrintable(err));
    QVERIFY2(out.contains(s("SAME-BYTES")), qPrintable(out + err));
    QVERIFY2(out.contains(s("Bob")), qPrintable(out + err)); // reading still works on a full disk
    QVERIFY(!out.contains(s("Cleo")));
}

void TestCliOpenFiles::brokenWorkspaceIsRescued()
{
    const QString path = m_case->filePath(s("broken.rolesheet"));
    copyWorkspace(path);
    QString error;
    // A member whose account role is a production role, written behind the program's back (the database holds the
    // one-owner rule itself, not this one).
    QVERIFY2(runSql(path,
                 { s("INSERT INTO members (id, name, account_role_id) SELECT 9000, 'Usurper', id FROM roles WHERE "
                     "scope = 'production' LIMIT 1") },
                 &error),
        qPrintable(error));
    const QByteArray before = bytes(path);
    const QString rule = s("holds an account role that does not exist");

    const CliRun members = runCli(path, { s("members") });
    QVERIFY2(members.code == 0, qPrintable(members.err));
    QVERIFY(members.out.contains(s("Usurper")) && members.out.contains(s("Bob")));
    QVERIFY2(members.err.contains(rule), qPrintable(members.err));
    QCOMPARE(members.err.count(QLatin1Char('\n')), 1);

    const QString json = m_case->filePath(s("rescued.json"));
    const CliRun exported = runCli(path, { s("export-workspace"), s("-o"), json });
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QVERIFY(exported.err.contains(rule));
    QVERIFY(bytes(json).contains("Usurper"));
    QVERIFY(bytes(json).contains("Gala"));

    const CliRun add = runCli(path, { s("add-member"), s("Cleo") });
    QCOMPARE(add.code, 2);
    QVERIFY2(add.err.contains(rule), qPrintable(add.err));
    QCOMPARE(add.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(bytes(path), before);

    // Mended: the exported file without the second owner, imported over the broken workspace.
    QJsonObject doc = QJsonDocument::fromJson(bytes(json)).object();
    QJsonArray kept;
    for (const QJsonValue &m : doc.value(s("members")).toArray()) {
        if (m.toObject().value(s("name")).toString() != s("Usurper"))
            kept.append(m);
    }
    QCOMPARE(kept.size(), doc.value(s("members")).toArray().size() - 1);
    doc.insert(s("members"), kept);
    const QString mended = m_case->filePath(s("mended.json"));
    {
        QFile f(mended);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
    }
    const CliRun imported = runCli(path, { s("import-workspace"), mended });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY2(imported.err.isEmpty(), qPrintable(imported.err));
    const CliRun added = runCli(path, { s("add-member"), s("Cleo") });
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY(added.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliOpenFiles)
#include "TestCliOpenFiles.moc"
