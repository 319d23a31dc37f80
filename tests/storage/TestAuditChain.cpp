// The audit trail defends itself: every row is chained to the one before by a hash, the application's own database
// role cannot change or remove rows, and on PostgreSQL the server, not the client, says when and who. A record
// changed, removed or inserted by someone who can get round all that (a superuser) is found by `audit --verify`.
// Runs against SQLite, and against PostgreSQL with ROLESHEET_TEST_BACKEND=postgresql.
#include "StoreTestSupport.h"
#include "storage/AuditState.h"

#include <QRegularExpression>
#include <QSqlRecord>
#include <QTest>

using namespace rs;
using st::s;

namespace {

// A connection that can do anything: on PostgreSQL the fixture's superuser over its private socket, on SQLite the
// file itself. The triggers that guard the trail are switched off for `sql`, as someone with full rights would.
bool tamper(const QString &location, const QStringList &sql)
{
    const QString name = s("tamper");
    bool ok = true;
    {
        QSqlDatabase db;
        if (st::postgres()) {
            QFile dirFile(qEnvironmentVariable("ROLESHEET_PG_STATE") + s("/dir"));
            if (!dirFile.open(QIODevice::ReadOnly))
                return false;
            db = QSqlDatabase::addDatabase(s("QPSQL"), name);
            db.setHostName(QString::fromUtf8(dirFile.readAll()).trimmed() + s("/socket"));
            db.setPort(QUrl(st::fixtureUrl()).port());
            db.setUserName(s("rolesheet_admin"));
            db.setDatabaseName(st::Locations::databaseOf(location));
            ok = db.open();
            if (!ok)
                qWarning() << db.lastError().text();
        } else {
            db = st::Locations::rawConnection(name, location);
        }
        QSqlQuery q(db);
        const QStringList off = st::postgres()
            ? QStringList { s("ALTER TABLE audit DISABLE TRIGGER USER") }
            : QStringList { s("DROP TRIGGER audit_no_update"), s("DROP TRIGGER audit_no_delete") };
        for (const QString &statement : off + sql) {
            if (ok && !q.exec(statement)) {
                qWarning() << statement << q.lastError().text();
                ok = false;
            }
        }
        if (ok && st::postgres())
            ok = q.exec(s("ALTER TABLE audit ENABLE TRIGGER USER"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs one statement as the application itself would connect; the error text, empty when it was carried out.
QString asApplication(const QString &location, const QString &sql)
{
    QString error;
    {
        QSqlDatabase db = st::Locations::rawConnection(s("app"), location);
        QSqlQuery q(db);
        if (!q.exec(sql))
            error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(s("app"));
    return error;
}

// Copies the rows of every table the target has, in the target's columns, from one database to another.
bool copyTables(QSqlDatabase &from, QSqlDatabase &to)
{
    QSqlQuery read(from);
    QSqlQuery write(to);
    bool ok = to.transaction() && write.exec(s("DELETE FROM workspace_version"));
    for (const char *table : { "meta", "sections", "features", "members", "productions", "roles", "grants", "seats",
             "workspace_version", "audit" }) {
        const QSqlRecord record = to.record(QLatin1String(table));
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        QStringList marks(columns.size(), s("?"));
        ok = ok && read.exec(s("SELECT %1 FROM %2").arg(columns.join(s(", ")), QLatin1String(table)))
            && write.prepare(s("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(QLatin1String(table), columns.join(s(", ")), marks.join(s(", "))));
        while (ok && read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, read.value(i));
            ok = write.exec();
        }
        if (!ok)
            qWarning() << table << read.lastError().text() << write.lastError().text();
    }
    ok = ok && write.exec(s("DELETE FROM meta WHERE key = 'audit_head'")); // what schema 5 adds
    if (ok && st::postgres())
        ok = write.exec(s("SELECT setval(pg_get_serial_sequence('audit', 'id'), (SELECT MAX(id) FROM audit))"));
    return ok && to.commit();
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanTrailIsWhole();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void applicationCannotChangeOrRemoveRecords();
    void serverSetsTimeAndLogin();
    void version3WorkspaceWithHistoryIsChained();
    void keptWorkspaceOnlyFromAWholeChain();

private:
    // The ids of the audit rows, oldest first.
    QList<qint64> ids() const
    {
        QList<qint64> list;
        auto store = Store::open(m_location, Store::Access::ReadOnly);
        const QList<AuditEntry> entries = store.value()->audit().value();
        for (const AuditEntry &e : entries)
            list.append(e.id);
        return list;
    }

    st::Locations m_locations;
    QString m_location;
};

void TestAuditChain::init()
{
    m_location = m_locations.next();
    auto store = Store::create(m_location, DefaultWorkspace::create(s("Owner"), s("Studio")));
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    for (const char *name : { "Ann", "Bob", "Cy" }) {
        Change add = Change::addMember(s(name));
        QVERIFY(store.value()->apply(add).ok());
    }
    // Two changes in one transaction: two records of one version.
    QList<Change> both { Change::addMember(s("Dee")), Change::addMember(s("Eve")) };
    QVERIFY(store.value()->applyAll(both).ok());
}

void TestAuditChain::cleanTrailIsWhole()
{
    auto store = Store::open(m_location, Store::Access::ReadOnly);
    QVERIFY(store.ok());
    const QList<AuditEntry> entries = store.value()->audit().value();
    QCOMPARE(entries.size(), 6);
    const auto chain = store.value()->verifyAudit();
    QVERIFY(chain.ok());
    QVERIFY2(chain.value().whole(), qPrintable(chain.value().problem));
    QCOMPARE(chain.value().records, 6);
    QCOMPARE(chain.value().lastHash, entries.last().hash);
    QVERIFY(QRegularExpression(s("^[0-9a-f]{64}$")).match(entries.last().hash).hasMatch());
    QCOMPARE(entries.at(4).version, entries.at(5).version);

    const st::CliRun cli = st::runCli(m_location, { s("audit"), s("--verify") });
    QCOMPARE(cli.code, 0);
    QCOMPARE(cli.out, s("Audit trail whole: 6 records, last hash %1\n").arg(entries.last().hash));
}

void TestAuditChain::tamperingIsFound_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("changed summary") << s("changed") << s("Audit record #3 (version 3) does not follow record #2:");
    QTest::newRow("changed time") << s("retimed") << s("Audit record #2 (version 2) does not follow record #1:");
    QTest::newRow("changed first") << s("first") << s("Audit record #1 (version 1) does not start the trail:");
    QTest::newRow("removed") << s("removed") << s("Audit record #4 (version 4) does not follow record #2:");
    QTest::newRow("removed last") << s("removed last")
                                  << s("The audit trail ends at record #5 (version 5), which is not the last "
                                       "record written:");
    QTest::newRow("removed write") << s("removed write")
                                   << s("The audit trail ends at record #4 (version 4), but the workspace is at "
                                        "version 5:");
    QTest::newRow("inserted with a made-up hash")
        << s("inserted") << s("Audit record #7 (version 5) does not follow record #6:");
    QTest::newRow("inserted and chained as a write")
        << s("forged") << s("The audit trail ends at record #7 (version 6), but the workspace is at version 5:");
}

void TestAuditChain::tamperingIsFound()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    const QList<qint64> id = ids();
    QCOMPARE(id.size(), 6);
    for (int i = 0; i < id.size(); ++i)
        says.replace(s("#%1").arg(i + 1), QString::number(id.at(i)));
    says.replace(s("#7"), QString::number(id.last() + 1));
    QStringList sql;
    const QString copy = s("INSERT INTO audit (id, version, at, os_user, db_user, actor, summary, subjects, change, "
                           "before_state, after_state, hash) SELECT %1, %2, at, os_user, db_user, actor, "
                           "'Added member Zed', subjects, change, before_state, after_state, '%3' FROM audit WHERE "
                           "id = %4");
    if (kind == QLatin1String("changed"))
        sql << s("UPDATE audit SET summary = 'Nothing happened' WHERE id = %1").arg(id.at(2));
    else if (kind == QLatin1String("retimed"))
        sql << s("UPDATE audit SET at = '2001-01-01T00:00:00.000Z' WHERE id = %1").arg(id.at(1));
    else if (kind == QLatin1String("first"))
        sql << s("UPDATE audit SET actor = 'Mallory' WHERE id = %1").arg(id.at(0));
    else if (kind == QLatin1String("removed"))
        sql << s("DELETE FROM audit WHERE id = %1").arg(id.at(2));
    else if (kind == QLatin1String("removed last"))
        sql << s("DELETE FROM audit WHERE id = %1").arg(id.at(5));
    else if (kind == QLatin1String("removed write"))
        sql << s("DELETE FROM audit WHERE id IN (%1, %2)").arg(id.at(4)).arg(id.at(5));
    else if (kind == QLatin1String("inserted"))
        sql << copy.arg(id.last() + 1).arg(5).arg(QString(64, QLatin1Char('f'))).arg(id.last());
    else {
        // Someone who knows how the chain is made appends a record of a write that never happened.
        auto store = Store::open(m_location, Store::Access::ReadOnly);
        const AuditEntry last = store.value()->audit().value().last();
        auditstate::StoredAuditRow forged;
        forged.id = last.id + 1;
        forged.version = 6;
        forged.summary = s("Added member Zed");
        const QString hash = auditstate::chainHash(last.hash, forged);
        sql << s("INSERT INTO audit (id, version, at, os_user, db_user, actor, summary, subjects, change, "
                 "before_state, after_state, hash) VALUES (%1, 6, '', '', '', '', 'Added member Zed', '', '', '', '', "
                 "'%2')")
                   .arg(forged.id)
                   .arg(hash);
    }
    QVERIFY(tamper(m_location, sql));

    auto store = Store::open(m_location, Store::Access::ReadOnly);
    QVERIFY(store.ok());
    const auto chain = store.value()->verifyAudit();
    QVERIFY(chain.ok());
    QVERIFY(!chain.value().whole());
    QVERIFY2(chain.value().problem.startsWith(says), qPrintable(chain.value().problem));

    const st::CliRun cli = st::runCli(m_location, { s("audit"), s("--verify") });
    QCOMPARE(cli.code, 2);
    QVERIFY(cli.out.isEmpty());
    QVERIFY2(cli.err.startsWith(s("rolesheet-cli: ") + says), qPrintable(cli.err));
    QCOMPARE(cli.err.count(QLatin1Char('\n')), 1);
}

void TestAuditChain::applicationCannotChangeOrRemoveRecords()
{
    const qint64 rows = st::scalar(m_location, s("SELECT COUNT(*) FROM audit"));
    QCOMPARE(rows, 6);
    QStringList refused { s("UPDATE audit SET summary = 'Nothing happened'"), s("DELETE FROM audit"),
        s("DELETE FROM audit WHERE id = (SELECT MAX(id) FROM audit)") };
    if (st::postgres())
        refused << s("TRUNCATE audit");
    for (const QString &sql : refused) {
        const QString error = asApplication(m_location, sql);
        QVERIFY2(!error.isEmpty(), qPrintable(sql));
        if (!st::postgres())
            QVERIFY2(error.contains(s("append-only")), qPrintable(error));
    }
    if (st::postgres()) {
        // The app role owns the table here: the privileges it gave up, it could take back; the trigger still holds.
        QVERIFY(asApplication(m_location, s("GRANT UPDATE, DELETE, TRUNCATE ON audit TO CURRENT_USER")).isEmpty());
        for (const QString &sql : refused) {
            const QString error = asApplication(m_location, sql);
            QVERIFY2(error.contains(s("append-only")), qPrintable(error));
        }
    }
    QCOMPARE(st::scalar(m_location, s("SELECT COUNT(*) FROM audit")), rows);
    auto store = Store::open(m_location);
    QVERIFY(store.value()->verifyAudit().value().whole());
    // Appending still works.
    Change add = Change::addMember(s("Fay"));
    QVERIFY(store.value()->apply(add).ok());
    QCOMPARE(store.value()->verifyAudit().value().records, 7);
    QVERIFY(store.value()->verifyAudit().value().whole());
}

void TestAuditChain::serverSetsTimeAndLogin()
{
    if (!st::postgres())
        QSKIP("The server's time and login: PostgreSQL only");
    // A client that claims another time and another login, in a time zone far from UTC.
    QSqlDatabase db = st::Locations::rawConnection(s("liar"), m_location);
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(s("SET TIME ZONE 'Pacific/Kiritimati'")));
        QVERIFY(q.exec(s("BEGIN")));
        QVERIFY(q.exec(s("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
                         "session_user")));
        QVERIFY(q.next());
        const QString serverNow = q.value(0).toString();
        const QString login = q.value(1).toString();
        QCOMPARE(login, s("rolesheet"));
        QVERIFY(q.exec(s("INSERT INTO audit (version, at, os_user, db_user, actor, summary, change, hash) VALUES "
                         "(99, '1999-12-31T23:59:59.000Z', 'root', 'postgres', 'Owner', 'Backdated', '{}', '') "
                         "RETURNING at, db_user")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), serverNow);
        QCOMPARE(q.value(1).toString(), login);
        QVERIFY(q.exec(s("ROLLBACK")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(s("liar"));

    // Through the store: the time lies between the server's clock before and after the write, in UTC, whatever
    // the client's own zone.
    const auto serverClock = [&] {
        QSqlDatabase c = st::Locations::rawConnection(s("clock"), m_location);
        QSqlQuery q(c);
        q.exec(s("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
        const QString now = q.next() ? q.value(0).toString() : QString();
        q.finish();
        c.close();
        return now;
    };
    const QString before = serverClock();
    QSqlDatabase::removeDatabase(s("clock"));
    qputenv("PGTZ", "Pacific/Kiritimati");
    auto store = Store::open(m_location);
    qunsetenv("PGTZ");
    QVERIFY(store.ok());
    store.value()->setActor(s("Owner"));
    Change add = Change::addMember(s("Fay"));
    QVERIFY(store.value()->apply(add).ok());
    const QString after = serverClock();
    QSqlDatabase::removeDatabase(s("clock"));
    QSqlDatabase raw = st::Locations::rawConnection(s("read"), m_location);
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(s("SELECT at, db_user FROM audit ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        const QString at = q.value(0).toString();
        QVERIFY2(before <= at && at <= after, qPrintable(before + s(" ") + at + s(" ") + after));
        QVERIFY(at.endsWith(QLatin1Char('Z')));
        QCOMPARE(q.value(1).toString(), s("rolesheet"));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(s("read"));
    QVERIFY(store.value()->verifyAudit().value().whole());
}

void TestAuditChain::version3WorkspaceWithHistoryIsChained()
{
    // A workspace as Rolesheet's schema 3 kept it, history and all: the rows of this test's workspace, copied into
    // a database that was brought to schema 3 only.
    const QString old = m_locations.next();
    {
        QSqlDatabase from = st::Locations::rawConnection(s("from"), m_location);
        QSqlDatabase to = st::Locations::rawConnection(s("to"), old);
        QVERIFY(Schema::migrate(to, st::postgres() ? Dialect::PostgreSQL : Dialect::SQLite, 3).ok());
        QVERIFY(copyTables(from, to));
        QVERIFY(!to.record(s("audit")).contains(s("hash")));
        from.close();
        to.close();
    }
    QSqlDatabase::removeDatabase(s("from"));
    QSqlDatabase::removeDatabase(s("to"));
    QCOMPARE(st::scalar(old, s("SELECT COUNT(*) FROM audit")), 6);

    auto store = Store::open(old);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    const auto chain = store.value()->verifyAudit();
    QVERIFY(chain.ok());
    QVERIFY2(chain.value().whole(), qPrintable(chain.value().problem));
    // The six records, and the one schema 9 appends with the digest of what was stored then.
    QCOMPARE(chain.value().records, 7);
    QCOMPARE(st::scalar(old, s("SELECT COUNT(*) FROM audit WHERE hash = ''")), 0);
    QCOMPARE(st::scalar(old, s("SELECT COUNT(*) FROM audit WHERE digest <> ''")), 1);
    QCOMPARE(store.value()->audit().value().last().summary, s("Recorded the digest of the stored workspace"));
    Change add = Change::addMember(s("Fay"));
    QVERIFY(store.value()->apply(add).ok());
    QVERIFY(store.value()->verifyAudit().value().whole());
    QCOMPARE(store.value()->verifyAudit().value().records, 8);
    // The migrated history is guarded like new records.
    QVERIFY(!asApplication(old, s("DELETE FROM audit")).isEmpty());
    const st::CliRun cli = st::runCli(old, { s("audit"), s("--verify") });
    QCOMPARE(cli.code, 0);
    QVERIFY(cli.out.startsWith(s("Audit trail whole: 8 records, last hash ")));
    // Rows written into the migrated workspace by hand are found from then on.
    QVERIFY(asApplication(old, s("UPDATE members SET name = 'Mallory' WHERE name = 'Fay'")).isEmpty());
    QCOMPARE(st::runCli(old, { s("audit"), s("--verify") }).code, 2);
}

void TestAuditChain::keptWorkspaceOnlyFromAWholeChain()
{
    // An import keeps the workspace it replaced; someone edits what it keeps to slip a member in, with the trail's
    // triggers switched off. The revert refuses to use it, naming the record, and changes nothing.
    {
        auto store = Store::open(m_location);
        QVERIFY(store.ok());
        QVERIFY(store.value()->replace(DefaultWorkspace::create(s("Owner"), s("Other studio"))).ok());
    }
    const qint64 import = 6;
    QVERIFY(tamper(m_location,
        { s("UPDATE audit SET before_state = replace(before_state, '\"Ann\"', '\"Mallory\"') WHERE version = %1")
                .arg(import) }));
    const qint64 before = st::scalar(m_location, s("SELECT version FROM workspace_version"));

    const st::CliRun cli = st::runCli(m_location, { s("revert-import"), QString::number(import) });
    QCOMPARE(cli.code, 2);
    QVERIFY2(cli.err.contains(s("fails the audit trail's hash chain")), qPrintable(cli.err));
    QCOMPARE(cli.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(st::scalar(m_location, s("SELECT version FROM workspace_version")), before);
    auto store = Store::open(m_location, Store::Access::ReadOnly);
    QVERIFY(store.ok());
    QVERIFY(!store.value()->workspace().findMember(s("Mallory")));
    QCOMPARE(store.value()->workspace().name(), s("Other studio"));
    QVERIFY(!store.value()->keptImport(import).ok());
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
