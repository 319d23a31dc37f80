// Opening a workspace file safely, at the level of the Store: a workspace that breaks a rule opens for rescue only,
// and storage errors say what happened (here: a full disk) while keeping the driver's words for the logs.
#include "StoreTestSupport.h"

#include "domain/Change.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace rs;
using st::s;

class TestOpenSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void brokenWorkspaceOpensForRescueOnly();
    void importRepairsABrokenWorkspace();
    void fullDiskIsNamed();
    void damagedFileIsRefusedUnchanged_data();
    void damagedFileIsRefusedUnchanged();
    void openingAgainKeepsTheOpenConnectionsLocks();
    void openingWhileAnotherProgramWritesIsNeverDamaged();

private:
    QString broken();
    static bool cli(const QString &path, const QStringList &args);

    QTemporaryDir m_dir;
    QString m_good;
    int m_count = 0;
};

// Found by fuzzing: a workspace in rollback-journal mode with damaged pages passed the schema check, was switched to
// WAL and only then failed to load; a damaged workspace of an older schema was upgraded and only then failed to load.
// Either way the refused file had changed.
void TestOpenSafety::damagedFileIsRefusedUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("rollback journal") << s("damaged-rollback-journal-workspace.rolesheet");
    QTest::newRow("older schema") << s("damaged-older-workspace.rolesheet");
    QTest::newRow("older schema, a page damaged that a copy would not read")
        << s("damaged-page-older-workspace.rolesheet");
}

void TestOpenSafety::damagedFileIsRefusedUnchanged()
{
    QFETCH(QString, name);
    const QString source
        = qEnvironmentVariable("ROLESHEET_SOURCE_DIR") + s("/tests/fuzz/regressions/FuzzOpenFile/") + name;
    const QString path = m_dir.filePath(name);
    QVERIFY(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    {
        auto opened = Store::open(path, Store::Access::ReadWrite);
        QVERIFY(!opened);
        QVERIFY(!opened.error().message.isEmpty());
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!QFile::exists(path + s("-wal")));
}

bool TestOpenSafety::cli(const QString &path, const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("ROLESHEET_CLI"), QStringList { s("--db"), path } + args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// The editor opening its workspace again (File › Open Recent, a rescue) read the file's header through a descriptor
// of its own and closed it, and with it every POSIX lock the process held on the file. The command line, finding
// no other user, checkpointed and deleted the log and shared memory that the open connection still used: from then
// on each side wrote a log the other did not see, and the editor's last checkpoint overwrote the command line's
// writes.
void TestOpenSafety::openingAgainKeepsTheOpenConnectionsLocks()
{
    const QString path = m_dir.filePath(s("shared.rolesheet"));
    QVERIFY(Store::create(path, DefaultWorkspace::create(s("Ann"), s("Studio"))));
    auto opened = Store::open(path, Store::Access::ReadWrite);
    QVERIFY(opened);
    std::unique_ptr<Store> editor = std::move(opened.value());
    const auto names = [](const Workspace &ws) {
        QStringList list;
        for (const Member &m : ws.members())
            list << m.name;
        return list;
    };
    QList<Change> first { Change::addMember(s("Editor One")) };
    QVERIFY(editor->applyAll(first));
    {
        auto again = Store::open(path, Store::Access::ReadWrite);
        QVERIFY2(again, qPrintable(again.error().message));
    }
    QVERIFY(cli(path, { s("add-member"), s("Cli One") }));
    QVERIFY(QFile::exists(path + s("-shm")));
    QVERIFY(editor->reload());
    QVERIFY2(names(editor->workspace()).contains(s("Cli One")), qPrintable(names(editor->workspace()).join(u',')));
    QList<Change> second { Change::addMember(s("Editor Two")) };
    QVERIFY(editor->applyAll(second));
    QVERIFY(cli(path, { s("add-member"), s("Cli Two") }));
    editor.reset();
    auto reread = Store::open(path, Store::Access::ReadOnly);
    QVERIFY(reread);
    const QStringList stored = names(reread.value()->workspace());
    for (const QString &name : { s("Editor One"), s("Cli One"), s("Editor Two"), s("Cli Two") })
        QVERIFY2(stored.contains(name), qPrintable(name + s(" is missing from ") + stored.join(u',')));
}

// Other programs open the workspace, add a member and close it, again and again: a close copies the log back into the
// file. Opening the workspace meanwhile, read-only or for writing, must read it whole each time, never half of such a
// copy (which SQLite calls damaged: "database disk image is malformed"). A race: before the fix about one run in two
// of these twelve seconds met it.
void TestOpenSafety::openingWhileAnotherProgramWritesIsNeverDamaged()
{
    const QString path = m_dir.filePath(s("busy.rolesheet"));
    const QString stop = m_dir.filePath(s("busy.stop"));
    QVERIFY(Store::create(path, DefaultWorkspace::create(s("Ann"), s("Studio"))));
    // Four writers at once, each adding members one command at a time until told to stop.
    const QString script = QStringLiteral(
        "pids=''; for j in 1 2 3 4; do ( i=0; while [ ! -e \"$2\" ]; do \"$0\" --db \"$1\" add-member \"Writer $j-$i\" "
        ">/dev/null || exit 1; i=$((i+1)); done ) & pids=\"$pids $!\"; done; for p in $pids; do wait $p || exit 1; done");
    QProcess writer;
    writer.setProgram(s("/bin/sh"));
    writer.setArguments({ s("-c"), script, st::cliPath(), path, stop });
    writer.start();
    QVERIFY(writer.waitForStarted());
    int opens = 0;
    QStringList failures;
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < 12000 || opens < 20) {
        auto store = Store::open(path, opens % 4 ? Store::Access::ReadOnly : Store::Access::ReadWrite);
        ++opens;
        if (!store)
            failures << store.error().message + s(" ") + store.error().detail;
    }
    QVERIFY(QFile(stop).open(QIODevice::WriteOnly));
    QVERIFY(writer.waitForFinished(120000));
    QCOMPARE(writer.exitCode(), 0);
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 of %2 opens failed: %3")
                                                 .arg(failures.size())
                                                 .arg(opens)
                                                 .arg(failures.value(0))));
    auto after = Store::open(path, Store::Access::ReadOnly);
    QVERIFY(after);
    int written = 0;
    for (const Member &m : after.value()->workspace().members())
        written += m.name.startsWith(s("Writer ")) ? 1 : 0;
    QVERIFY2(written >= 4, qPrintable(QString::number(written))); // the writers did write meanwhile
}

void TestOpenSafety::initTestCase()
{
    m_good = m_dir.filePath(s("good.rolesheet"));
    auto created = Store::create(m_good, DefaultWorkspace::create(s("Ann"), s("Studio")));
    QVERIFY2(created, qPrintable(created.error().message));
}

// A copy of the good workspace with a member whose account role is a production role, written behind the
// program's back.
QString TestOpenSafety::broken()
{
    const QString path = m_dir.filePath(s("broken%1.rolesheet").arg(++m_count));
    QFile::copy(m_good, path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("raw"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (!q.exec(s("INSERT INTO members (id, name, account_role_id) SELECT 9000, 'Usurper', id FROM roles WHERE "
                      "scope = 'production' LIMIT 1")))
            qWarning("%s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("raw"));
    return path;
}

void TestOpenSafety::brokenWorkspaceOpensForRescueOnly()
{
    const QString path = broken();
    const QString rule = s("holds an account role that does not exist");
    // Opened as usual, it is refused, and the refusal names the rule.
    auto refused = Store::open(path, Store::Access::ReadWrite);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(rule), qPrintable(refused.error().message));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    auto rescued = Store::open(path, Store::Access::ReadOnly, Store::Broken::OpenForRescue);
    QVERIFY2(rescued, qPrintable(rescued.error().message));
    Store &store = *rescued.value();
    QVERIFY2(store.brokenRule().contains(rule), qPrintable(store.brokenRule()));
    QVERIFY(store.workspace().findMember(s("Usurper")));
    QCOMPARE(store.workspace().members().size(), 2);

    Change change = Change::addMember(s("Cleo"), store.workspace().builtInRole(BuiltIn::Admin));
    auto applied = store.apply(change);
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(rule), qPrintable(applied.error().message));
    QVERIFY(!store.workspace().findMember(s("Cleo")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestOpenSafety::importRepairsABrokenWorkspace()
{
    const QString path = broken();
    auto rescued = Store::open(path, Store::Access::ReadWrite, Store::Broken::OpenForRescue);
    QVERIFY2(rescued, qPrintable(rescued.error().message));
    Store &store = *rescued.value();
    QVERIFY(!store.brokenRule().isEmpty());
    Change change = Change::addMember(s("Cleo"), store.workspace().builtInRole(BuiltIn::Admin));
    QVERIFY(!store.apply(change));
    // A whole workspace that keeps every rule replaces the broken one.
    QVERIFY(store.replace(DefaultWorkspace::create(s("Ann"), s("Mended"))));
    QVERIFY(store.brokenRule().isEmpty());
    auto reopened = Store::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error().message));
    QCOMPARE(reopened.value()->workspace().name(), s("Mended"));
}

void TestOpenSafety::fullDiskIsNamed()
{
    const QString path = m_dir.filePath(s("full.rolesheet"));
    QFile::copy(m_good, path);
    auto opened = Store::open(path);
    QVERIFY2(opened, qPrintable(opened.error().message));
    Store &store = *opened.value();
    // The store's own connection may not grow the file by a single page: SQLite answers SQLITE_FULL, as it does when
    // the disk is full.
    bool limited = false;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.databaseName() != path && !db.databaseName().contains(s("full.rolesheet")))
            continue;
        QSqlQuery q(db);
        QVERIFY(q.exec(s("PRAGMA page_count")) && q.next());
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        QVERIFY(q.exec(s("PRAGMA max_page_count = %1").arg(pages)));
        limited = true;
    }
    QVERIFY(limited);
    QList<Change> changes;
    for (int i = 0; i < 400; ++i) {
        const Id admin = store.workspace().builtInRole(BuiltIn::Admin);
        changes.append(Change::addMember(s("Member number %1 with a long name to fill pages").arg(i), admin));
    }
    const Status applied = store.applyAll(changes);
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(s("disk is full")), qPrintable(applied.error().message));
    QVERIFY2(applied.error().detail.contains(s("13")), qPrintable(applied.error().detail));
    QVERIFY(!store.workspace().findMember(s("Member number 0 with a long name to fill pages")));
}

QTEST_GUILESS_MAIN(TestOpenSafety)
#include "TestOpenSafety.moc"
