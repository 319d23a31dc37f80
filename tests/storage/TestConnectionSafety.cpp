// The PostgreSQL connection defends itself: an address cannot smuggle in libpq keywords or secrets, TLS is required
// unless the address turns it off, and a server that holds a lock or stalls a statement gives a clear one-line error
// within its time-out, with the workspace left whole.
#include "StoreTestSupport.h"
#include "location/PgAddress.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QThread>
#include <QUrlQuery>

#include <csignal>
#include <thread>

#include <signal.h>

using namespace rs;
using st::s;

class TestConnectionSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badAddressesAreRefusedBeforeConnecting_data();
    void badAddressesAreRefusedBeforeConnecting();
    void aGoodAddressIsTried();
    void addressShownWithoutSecrets();
    void tlsIsRequiredUnlessTheAddressSaysOtherwise();
    void aLockHeldElsewhereTimesOutAndWritesNothing();
    void aStalledStatementTimesOutAndWritesNothing();
    void aStoppedServerIsGivenUpOnAndWritesNothing();
    void workThatFinishesInTimeIsNotCutShort();
    void aStoppedServerIsOneLineFromTheCommandLine();

private:
    // The role and feature a grant is set on, and the level the workspace holds for it.
    struct Cell
    {
        Id role = 0;
        Id feature = 0;
    };
    // A role of its own in the workspace at `location`, and a feature any account role may hold.
    static Cell makeCell(const QString &location)
    {
        auto store = Store::open(location);
        if (!store)
            return {};
        Change create = Change::createRole(s("Safety"), Scope::Account);
        if (!store.value()->apply(create).ok())
            return {};
        const Workspace &ws = store.value()->workspace();
        for (const Feature &f : ws.features()) {
            if (f.categories.isEmpty() && !f.ownerOnly)
                return { ws.findAccountRole(s("Safety"))->id, f.id };
        }
        return {};
    }
    static unsigned levels(const Store &store, const Cell &cell)
    {
        return store.workspace().role(cell.role)->grants.value(cell.feature).bits();
    }
    // The first write to grants in a transaction sleeps on the server for `seconds` (a slow server that answers).
    static bool slowGrants(const QString &location, double seconds)
    {
        bool ok = false;
        {
            QSqlDatabase admin = st::Locations::rawConnection(s("slower"), location);
            QSqlQuery q(admin);
            ok = q.exec(s("CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$ BEGIN IF current_setting('rs.slept', true) IS DISTINCT FROM 'yes' THEN "
                          "PERFORM set_config('rs.slept', 'yes', true); PERFORM pg_sleep(%1); END IF; "
                          "RETURN NEW; END $$")
                            .arg(seconds))
                && q.exec(s("CREATE TRIGGER slow BEFORE INSERT OR UPDATE ON grants FOR EACH ROW EXECUTE FUNCTION "
                            "slow()"));
        }
        QSqlDatabase::removeDatabase(s("slower"));
        return ok;
    }
    // The server process that serves the connections named `application` to the workspace at `location`.
    static qint64 backendOf(const QString &location, const QString &application)
    {
        qint64 pid = 0;
        {
            QSqlDatabase admin = st::Locations::rawConnection(s("finder"), location);
            QSqlQuery q(admin);
            q.prepare(
                s("SELECT pid FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()"));
            q.addBindValue(application);
            if (q.exec() && q.next()) {
                pid = q.value(0).toLongLong();
                if (q.next())
                    pid = 0; // more than one: which one is the store's is not known
            }
        }
        QSqlDatabase::removeDatabase(s("finder"));
        return pid;
    }
    // The server process of the connection named `application` while it sleeps in a trigger of slowGrants(); 0 while
    // there is none.
    static qint64 sleepingBackend(const QString &location, const QString &application)
    {
        qint64 pid = 0;
        {
            QSqlDatabase admin = st::Locations::rawConnection(s("sleeper"), location);
            QSqlQuery q(admin);
            q.prepare(s("SELECT pid FROM pg_stat_activity WHERE application_name = ? AND datname = current_database() "
                        "AND wait_event = 'PgSleep'"));
            q.addBindValue(application);
            if (q.exec() && q.next())
                pid = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(s("sleeper"));
        return pid;
    }
    static void checkOneLine(const Error &error)
    {
        QVERIFY2(!error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
        QVERIFY(!error.message.isEmpty());
    }

    st::Locations m_locations;
};

void TestConnectionSafety::badAddressesAreRefusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("address");
    // Port 1 on loopback: nothing listens there, so an address that got as far as connecting would fail with a
    // storage error, not with the address's refusal.
    const QString base = s("postgresql://ann@127.0.0.1:1/studio");
    QTest::newRow("encoded tabs add keywords")
        << base + s("?application_name=x%09host%3Devil.example%09password%3Dhunter2%09sslmode%3Ddisable");
    QTest::newRow("raw tab") << base + s("?application_name=x\thost=evil.example");
    QTest::newRow("encoded space") << base + s("?application_name=x%20password%3Dhunter2");
    QTest::newRow("newline") << base + s("?application_name=x%0Apassword%3Dhunter2");
    QTest::newRow("semicolon") << base + s("?application_name=x%3Bpassword%3Dhunter2");
    QTest::newRow("backslash") << base + s("?sslrootcert=C%3A%5Chunter2");
    QTest::newRow("single quote") << base + s("?application_name=x%27hunter2");
    QTest::newRow("double quote") << base + s("?application_name=x%22hunter2");
    QTest::newRow("password in the address") << s("postgresql://ann:hunter2@127.0.0.1:1/studio");
    QTest::newRow("password parameter") << base + s("?password=hunter2");
    QTest::newRow("another host") << base + s("?host=evil.example");
    QTest::newRow("host address") << base + s("?hostaddr=10.0.0.66");
    QTest::newRow("service file") << base + s("?service=hunter2");
    QTest::newRow("server options") << base + s("?options=-csearch_path%3Dhunter2");
    QTest::newRow("secret as a key") << base + s("?hunter2");
    QTest::newRow("sslmode prefer") << base + s("?sslmode=prefer");
    QTest::newRow("sslmode allow") << base + s("?sslmode=allow");
    QTest::newRow("sslmode unknown") << base + s("?sslmode=hunter2");
    QTest::newRow("sslmode twice") << base + s("?sslmode=require&sslmode=disable");
    QTest::newRow("connect_timeout zero") << base + s("?connect_timeout=0");
    QTest::newRow("connect_timeout text") << base + s("?connect_timeout=hunter2");
    QTest::newRow("tab in the user") << s("postgresql://ann%09hunter2@127.0.0.1:1/studio");
    QTest::newRow("quote in the database") << s("postgresql://ann@127.0.0.1:1/stu%27hunter2");
    QTest::newRow("space in the database") << s("postgresql://ann@127.0.0.1:1/stu%20hunter2");
}

void TestConnectionSafety::badAddressesAreRefusedBeforeConnecting()
{
    QFETCH(QString, address);
    auto opened = Store::open(address);
    QVERIFY(!opened.ok());
    // The address's own refusal (bad input), not a failed connection (a storage error).
    QCOMPARE(int(opened.error().code), int(Error::Code::BadInput));
    checkOneLine(opened.error());
    for (const QString &secret : { s("hunter2"), s("evil.example"), s("10.0.0.66") }) {
        QVERIFY2(!opened.error().message.contains(secret), qPrintable(opened.error().message));
        QVERIFY2(!opened.error().detail.contains(secret), qPrintable(opened.error().detail));
    }
    auto created = Store::create(address, DefaultWorkspace::create());
    QVERIFY(!created.ok());
    QCOMPARE(int(created.error().code), int(Error::Code::BadInput));
}

void TestConnectionSafety::aGoodAddressIsTried()
{
    // The same closed port with a sound address: this one is tried, and fails as a connection.
    const QString address
        = s("postgresql://ann@127.0.0.1:1/studio?sslmode=disable&connect_timeout=5&application_name=ed");
    QVERIFY(PgAddress::parse(address).ok());
    auto opened = Store::open(address);
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().code), int(Error::Code::Storage));
    checkOneLine(opened.error());
}

void TestConnectionSafety::addressShownWithoutSecrets()
{
    auto parsed = PgAddress::parse(
        s("postgres://ann@db.studio.example:5433/roles?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().sslMode(), s("verify-full"));
    QCOMPARE(parsed.value().display,
        s("postgres://ann@db.studio.example:5433/roles?sslmode=verify-full&sslrootcert=/etc/ca.pem"));
    QVERIFY(parsed.value().connectOptions().contains(s("sslmode=verify-full")));
    QVERIFY(!parsed.value().connectOptions().contains(s("sslmode=require")));
    // Without sslmode: TLS required, keepalives on.
    auto plain = PgAddress::parse(s("postgresql://ann@db.studio.example/roles"));
    QVERIFY(plain.ok());
    QCOMPARE(plain.value().sslMode(), s("require"));
    QCOMPARE(plain.value().display, s("postgresql://ann@db.studio.example/roles"));
    QVERIFY(plain.value().connectOptions().contains(s("sslmode=require")));
    QVERIFY(plain.value().connectOptions().contains(s("keepalives=1")));
}

void TestConnectionSafety::tlsIsRequiredUnlessTheAddressSaysOtherwise()
{
    if (!st::postgres())
        QSKIP("Needs the fixture's PostgreSQL server, which has no TLS");
    const QString location = m_locations.next();
    QVERIFY(location.contains(s("sslmode=disable")));
    QVERIFY(Store::create(location, DefaultWorkspace::create()).ok());
    QUrl url(location);
    url.setQuery(QString());
    auto opened = Store::open(url.toString());
    QVERIFY(!opened.ok());
    QCOMPARE(int(opened.error().code), int(Error::Code::Storage));
    checkOneLine(opened.error());
    QVERIFY2(opened.error().message.contains(s("TLS")), qPrintable(opened.error().message));
    QVERIFY(Store::open(location).ok());
}

void TestConnectionSafety::aLockHeldElsewhereTimesOutAndWritesNothing()
{
    if (!st::postgres())
        QSKIP("Lock time-outs are the PostgreSQL server's");
    const QString location = m_locations.next();
    QVERIFY(Store::create(location, DefaultWorkspace::create()).ok());
    const Cell cell = makeCell(location);
    QVERIFY(cell.role);
    qputenv("ROLESHEET_PG_LOCK_TIMEOUT_MS", "400");
    auto store = Store::open(location);
    qunsetenv("ROLESHEET_PG_LOCK_TIMEOUT_MS");
    QVERIFY(store.ok());
    const qint64 version = store.value()->version();
    const unsigned before = levels(*store.value(), cell);
    {
        QSqlDatabase other = st::Locations::rawConnection(s("lock-holder"), location);
        QSqlQuery q(other);
        QVERIFY(q.exec(s("BEGIN")));
        QVERIFY(q.exec(s("LOCK TABLE grants IN ACCESS EXCLUSIVE MODE")));
        Change change = Change::setGrant(cell.role, cell.feature, Levels::fromBits(before ? 0 : 1));
        QElapsedTimer clock;
        clock.start();
        auto applied = store.value()->apply(change);
        QVERIFY(!applied.ok());
        QVERIFY2(clock.elapsed() < 5000, "the lock wait outlived its time-out");
        checkOneLine(applied.error());
        QVERIFY2(applied.error().message.contains(s("lock time-out")), qPrintable(applied.error().message));
        QVERIFY(q.exec(s("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(s("lock-holder"));
    // Nothing was written, and the store still shows what is stored.
    QCOMPARE(levels(*store.value(), cell), before);
    auto fresh = Store::open(location);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh.value()->version(), version);
    QCOMPARE(levels(*fresh.value(), cell), before);
    // Once the lock is gone the same store writes again.
    Change change = Change::setGrant(cell.role, cell.feature, Levels::fromBits(before ? 0 : 1));
    QVERIFY(store.value()->apply(change).ok());
}

void TestConnectionSafety::aStalledStatementTimesOutAndWritesNothing()
{
    if (!st::postgres())
        QSKIP("Statement time-outs are the PostgreSQL server's");
    const QString location = m_locations.next();
    QVERIFY(Store::create(location, DefaultWorkspace::create()).ok());
    const Cell cell = makeCell(location);
    QVERIFY(cell.role);
    {
        // A server that stops answering in the middle of an apply: every write to grants sleeps for a minute.
        QSqlDatabase admin = st::Locations::rawConnection(s("staller"), location);
        QSqlQuery q(admin);
        QVERIFY2(q.exec(s("CREATE FUNCTION stall() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$ BEGIN PERFORM pg_sleep(60); RETURN NEW; END $$")),
            qPrintable(q.lastError().text()));
        QVERIFY(
            q.exec(s("CREATE TRIGGER stall BEFORE INSERT OR UPDATE ON grants FOR EACH ROW EXECUTE FUNCTION stall()")));
    }
    QSqlDatabase::removeDatabase(s("staller"));
    qputenv("ROLESHEET_PG_STATEMENT_TIMEOUT_MS", "500");
    auto store = Store::open(location);
    qunsetenv("ROLESHEET_PG_STATEMENT_TIMEOUT_MS");
    QVERIFY(store.ok());
    const qint64 version = store.value()->version();
    const unsigned before = levels(*store.value(), cell);
    Change change = Change::setGrant(cell.role, cell.feature, Levels::fromBits(before == 3 ? 1 : 3));
    QElapsedTimer clock;
    clock.start();
    auto applied = store.value()->apply(change);
    QVERIFY(!applied.ok());
    QVERIFY2(clock.elapsed() < 10000, "the statement outlived its time-out");
    checkOneLine(applied.error());
    QVERIFY2(applied.error().message.contains(s("statement time-out")), qPrintable(applied.error().message));
    auto fresh = Store::open(location);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh.value()->version(), version);
    QCOMPARE(levels(*fresh.value(), cell), before);
    QCOMPARE(levels(*store.value(), cell), before);
}

void TestConnectionSafety::aStoppedServerIsGivenUpOnAndWritesNothing()
{
    if (!st::postgres())
        QSKIP("The client-side deadline watches PostgreSQL connections");
    const QString location = m_locations.next();
    QVERIFY(Store::create(location, DefaultWorkspace::create()).ok());
    const Cell cell = makeCell(location);
    QVERIFY(cell.role);
    // The apply is caught in the middle: inside its transaction, holding the writers' lock, in a write to grants.
    QVERIFY(slowGrants(location, 1));
    QVERIFY(location.contains(QLatin1Char('?')));
    const QString watchedLocation = location + s("&application_name=rs_stopped");
    qputenv("ROLESHEET_PG_CLIENT_TIMEOUT_MS", "2000");
    auto store = Store::open(watchedLocation);
    qunsetenv("ROLESHEET_PG_CLIENT_TIMEOUT_MS");
    QVERIFY(store.ok());
    const qint64 version = store.value()->version();
    const unsigned before = levels(*store.value(), cell);
    const auto records = store.value()->audit();
    QVERIFY(records.ok());
    const pid_t backend = pid_t(backendOf(location, s("rs_stopped")));
    QVERIFY(backend > 0);
    if (::kill(backend, 0) != 0)
        QSKIP("No permission to signal the server's processes (run the tests as root or as the server's user)");

    // A server that stops answering: the store's backend is stopped while it works on the apply.
    std::thread stopper([backend] {
        QThread::msleep(300);
        ::kill(backend, SIGSTOP);
    });
    auto resume = qScopeGuard([&] {
        if (stopper.joinable())
            stopper.join();
        ::kill(backend, SIGCONT); // also when a check fails, or the fixture could not stop its server
    });
    Change change = Change::setGrant(cell.role, cell.feature, Levels::fromBits(before == 3 ? 1 : 3));
    QElapsedTimer clock;
    clock.start();
    auto applied = store.value()->apply(change);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!applied.ok());
    QVERIFY2(elapsed >= 1500 && elapsed < 6000, qPrintable(QString::number(elapsed)));
    checkOneLine(applied.error());
    QVERIFY2(applied.error().message.contains(s("stopped answering")), qPrintable(applied.error().message));
    QCOMPARE(int(applied.error().code), int(Error::Code::Storage));
    // The store shows what is stored, and refuses at once until the workspace is opened again.
    QCOMPARE(levels(*store.value(), cell), before);
    QCOMPARE(store.value()->version(), version);
    clock.restart();
    Change again = change;
    auto refused = store.value()->apply(again);
    QVERIFY(!refused.ok());
    QVERIFY(clock.elapsed() < 1000);
    checkOneLine(refused.error());
    QVERIFY2(refused.error().message.contains(s("open the workspace again")), qPrintable(refused.error().message));
    resume.dismiss();
    stopper.join();
    QCOMPARE(::kill(backend, SIGCONT), 0);

    // The server rolled the transaction back when it found the connection closed: the workspace is whole.
    auto fresh = Store::open(location);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh.value()->version(), version);
    QCOMPARE(levels(*fresh.value(), cell), before);
    const auto chain = fresh.value()->verifyAudit();
    QVERIFY(chain.ok());
    QVERIFY2(chain.value().whole(), qPrintable(chain.value().problem));
    QCOMPARE(chain.value().records, qint64(records.value().size()));
    // And it takes the change from a store that reaches the server.
    Change retry = change;
    QVERIFY(fresh.value()->apply(retry).ok());
    QCOMPARE(fresh.value()->version(), version + 1);
}

void TestConnectionSafety::workThatFinishesInTimeIsNotCutShort()
{
    if (!st::postgres())
        QSKIP("The client-side deadline watches PostgreSQL connections");
    const QString location = m_locations.next();
    QVERIFY(Store::create(location, DefaultWorkspace::create()).ok());
    const Cell cell = makeCell(location);
    QVERIFY(cell.role);
    // Slow but within the deadline: each apply takes most of it.
    QVERIFY(slowGrants(location, 1.2));
    qputenv("ROLESHEET_PG_CLIENT_TIMEOUT_MS", "2000");
    auto store = Store::open(location);
    qunsetenv("ROLESHEET_PG_CLIENT_TIMEOUT_MS");
    QVERIFY(store.ok());
    const qint64 version = store.value()->version();
    Change first = Change::setGrant(cell.role, cell.feature, Levels::fromBits(1));
    auto applied = store.value()->apply(first);
    QVERIFY2(applied.ok(), qPrintable(applied.error().message));
    // Idle for longer than the deadline: no clock runs between operations.
    QThread::msleep(2500);
    Change second = Change::setGrant(cell.role, cell.feature, Levels::fromBits(3));
    applied = store.value()->apply(second);
    QVERIFY2(applied.ok(), qPrintable(applied.error().message));
    QVERIFY(store.value()->reload().ok());
    auto fresh = Store::open(location);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh.value()->version(), version + 2);
    QCOMPARE(levels(*fresh.value(), cell), 3u);
}

void TestConnectionSafety::aStoppedServerIsOneLineFromTheCommandLine()
{
    if (!st::postgres())
        QSKIP("The client-side deadline watches PostgreSQL connections");
    const QString location = m_locations.next();
    QVERIFY(Store::create(location, DefaultWorkspace::create()).ok());
    const Cell cell = makeCell(location);
    QVERIFY(cell.role);
    QString feature;
    {
        auto store = Store::open(location);
        QVERIFY(store.ok());
        feature = store.value()->workspace().feature(cell.feature)->name;
    }
    // The command is caught in the middle of its apply, asleep on the server in a write to grants.
    QVERIFY(slowGrants(location, 3));
    const QString application = s("rs_cli_stopped");
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("ROLESHEET_PG_CLIENT_TIMEOUT_MS"), s("2000"));
    env.insert(s("LC_ALL"), s("C.UTF-8"));
    cli.setProcessEnvironment(env);
    cli.start(st::cliPath(),
        { s("--db"), location + s("&application_name=") + application, s("grant"), s("Safety"), feature, s("view") });
    QVERIFY(cli.waitForStarted());
    qint64 backend = 0;
    QElapsedTimer clock;
    clock.start();
    while (!backend && clock.elapsed() < 20000) {
        QThread::msleep(50);
        backend = sleepingBackend(location, application);
    }
    QVERIFY2(backend > 0, "the command never reached its write");
    if (::kill(pid_t(backend), 0) != 0) {
        cli.kill();
        cli.waitForFinished();
        QSKIP("No permission to signal the server's processes (run the tests as root or as the server's user)");
    }
    // A server that stops answering: its process is stopped while it works for the command.
    ::kill(pid_t(backend), SIGSTOP);
    auto resume = qScopeGuard([&] { ::kill(pid_t(backend), SIGCONT); });
    QVERIFY(cli.waitForFinished(20000));
    resume.dismiss();
    QCOMPARE(::kill(pid_t(backend), SIGCONT), 0);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 2);
    // Exactly one line: the refusal, and nothing of the driver's about the connection it lost.
    QVERIFY2(err.count(QLatin1Char('\n')) == 1 && err.endsWith(QLatin1Char('\n')), qPrintable(err));
    QVERIFY2(err.contains(s("stopped answering")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestConnectionSafety)
#include "TestConnectionSafety.moc"
