// Bad input of every kind: rolesheet-cli answers with one line and exit 2, never crashes, and leaves the workspace
// file byte for byte as it was.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

class TestCliBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedLeavesFileUnchanged_data();
    void refusedLeavesFileUnchanged();
    void damagedFiles_data();
    void damagedFiles();
    void damagedPagesShowTheEnginesTextWhenDebugging_data();
    void damagedPagesShowTheEnginesTextWhenDebugging();
    void unknownCommandAndOptions();
    void auditVerifyNamesTheBrokenRecord();
    void importedRoleWithLoneSurrogates();
    void initStoresTheNamesAsChecked();
    void echoedNamesCannotTurnTheTerminal();
    void randomArgumentsNeverCrash();

private:
    QByteArray bytes(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QTemporaryDir m_dir;
    QString m_workspace; // a valid workspace with a production and members, copied per test
};

void TestCliBadInput::initTestCase()
{
    m_workspace = m_dir.filePath(QStringLiteral("template.rolesheet"));
    auto ok = [&](const QStringList &args) {
        const CliRun r = runCli(m_workspace, args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    };
    ok({ QStringLiteral("init"), QStringLiteral("--owner"), QStringLiteral("Ann") });
    ok({ QStringLiteral("add-member"), QStringLiteral("Bob") });
    ok({ QStringLiteral("create-production"), QStringLiteral("Gala"), QStringLiteral("--by"), QStringLiteral("Ann") });
    ok({ QStringLiteral("create-role"), QStringLiteral("Retoucher"), QStringLiteral("--account") });
}

void TestCliBadInput::refusedLeavesFileUnchanged_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString control = QStringLiteral("Bad\tname");
    const QString huge(10000, QLatin1Char('x'));
    auto row = [](const char *name, QStringList args, const char *message) {
        QTest::newRow(name) << args << QString::fromUtf8(message);
    };
    row("unknown role",
        { QStringLiteral("grant"), QStringLiteral("Nobody"), QStringLiteral("Images"), QStringLiteral("view") },
        "no account role or template named");
    row("unknown feature",
        { QStringLiteral("grant"), QStringLiteral("Retoucher"), QStringLiteral("Teleport"), QStringLiteral("view") },
        "no feature named");
    row("unknown member", { QStringLiteral("transfer-ownership"), QStringLiteral("Zed") }, "no member named");
    row("unknown production", { QStringLiteral("invite"), QStringLiteral("Bob"), QStringLiteral("Nowhere") },
        "no production named");
    row("malformed levels",
        { QStringLiteral("set"), QStringLiteral("Retoucher"), QStringLiteral("Images"), QStringLiteral("view;edit") },
        "Malformed levels");
    row("empty levels", { QStringLiteral("set"), QStringLiteral("Retoucher"), QStringLiteral("Images"), QString() },
        "No levels given");
    row("unknown level",
        { QStringLiteral("grant"), QStringLiteral("Retoucher"), QStringLiteral("Images"), QStringLiteral("fly") },
        "Malformed levels");
    row("control characters in role", { QStringLiteral("create-role"), control, QStringLiteral("--account") },
        "control characters");
    row("control characters in member", { QStringLiteral("add-member"), QStringLiteral("Line\nbreak") },
        "control characters");
    row("10000 characters in role", { QStringLiteral("create-role"), huge, QStringLiteral("--account") },
        "at most 80 characters");
    row("10000 characters in production",
        { QStringLiteral("create-production"), huge, QStringLiteral("--by"), QStringLiteral("Ann") },
        "at most 80 characters");
    row("10000 characters as a name to find", { QStringLiteral("show"), huge }, "no account role or template named");
    row("blank name", { QStringLiteral("add-member"), QStringLiteral("   ") }, "needs a name");
    row("duplicate member", { QStringLiteral("add-member"), QStringLiteral("Bob") }, "already a member named");
    row("owner demoted", { QStringLiteral("set-account-role"), QStringLiteral("Ann"), QStringLiteral("Admin") },
        "cannot be demoted");
    row("owner by assignment",
        { QStringLiteral("set-account-role"), QStringLiteral("Bob"), QStringLiteral("Admin & owner") },
        "only by a transfer");
    row("locked role",
        { QStringLiteral("set"), QStringLiteral("Production member"), QStringLiteral("Images"), QStringLiteral("none"),
            QStringLiteral("--production"), QStringLiteral("Gala") },
        "built-in role");
    row("owner-only feature",
        { QStringLiteral("grant"), QStringLiteral("Retoucher"), QStringLiteral("Refund Management"),
            QStringLiteral("view") },
        "reserved for the Admin & owner");
    row("missing --by", { QStringLiteral("create-production"), QStringLiteral("Solo") }, "--by");
    row("role scope missing", { QStringLiteral("create-role"), QStringLiteral("Floating") },
        "--account or --production");
    row("too few arguments", { QStringLiteral("grant"), QStringLiteral("Retoucher") }, "Usage");
    row("zero-width space after a member's name", { QStringLiteral("add-member"), QStringLiteral("Bob\u200B") },
        "U+200B");
    row("right-to-left override in a role name",
        { QStringLiteral("create-role"), QStringLiteral("Re\u202Etoucher"), QStringLiteral("--account") }, "U+202E");
    row("byte order mark in a production name",
        { QStringLiteral("create-production"), QStringLiteral("Ga\uFEFFla"), QStringLiteral("--by"),
            QStringLiteral("Ann") },
        "U+FEFF");
    row("escape in a member name", { QStringLiteral("add-member"), QStringLiteral("Eve\x1B[2J") },
        "control characters");
    row("admin downgraded in a production", { QStringLiteral("invite"), QStringLiteral("Ann"), QStringLiteral("Gala") },
        "cannot be given a lesser role");
}

void TestCliBadInput::refusedLeavesFileUnchanged()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString db = m_dir.filePath(
        QStringLiteral("%1.rolesheet").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QFile::remove(db);
    QVERIFY(QFile::copy(m_workspace, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = bytes(db);
    const CliRun r = runCli(db, args);
    QVERIFY(!r.crashed);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.err.size() < 400);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(bytes(db), before);
}

void TestCliBadInput::damagedFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("not sqlite") << QStringLiteral("text") << QStringLiteral("not a Rolesheet workspace");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("is empty");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer Rolesheet");
    QTest::newRow("read-only") << QStringLiteral("readonly") << QStringLiteral("read-only");
    QTest::newRow("other sqlite database") << QStringLiteral("foreign") << QStringLiteral("not a Rolesheet workspace");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("folder");
    QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("no workspace at");
}

void TestCliBadInput::damagedFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString db = m_dir.filePath(kind + QStringLiteral(".rolesheet"));
    if (kind == QLatin1String("text")) {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Section,Feature\nSetup,Jobs\n");
    } else if (kind == QLatin1String("empty")) {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("truncated")) {
        const QByteArray whole = bytes(m_workspace);
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(whole.left(whole.size() / 2));
    } else if (kind == QLatin1String("newer") || kind == QLatin1String("foreign")) {
        if (kind == QLatin1String("newer"))
            QVERIFY(QFile::copy(m_workspace, db));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(kind == QLatin1String("newer")
                    ? q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'later')"))
                    : q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            sql.close();
        }
        QSqlDatabase::removeDatabase(kind);
    } else if (kind == QLatin1String("readonly")) {
        QVERIFY(QFile::copy(m_workspace, db));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(db));
    }
    const QByteArray before = bytes(db);
    const QStringList entries = QDir(m_dir.path()).entryList(QDir::Files);
    const CliRun r = runCli(
        db, { QStringLiteral("grant"), QStringLiteral("Retoucher"), QStringLiteral("Images"), QStringLiteral("view") });
    QVERIFY(!r.crashed);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(bytes(db), before);
    QCOMPARE(QFileInfo::exists(db), kind != QLatin1String("missing"));
    // Reading a read-only workspace still works.
    if (kind == QLatin1String("readonly")) {
        const CliRun show = runCli(db, { QStringLiteral("show"), QStringLiteral("Production") });
        QCOMPARE(show.code, 0);
        QCOMPARE(bytes(db), before);
    }
    Q_UNUSED(entries);
}

void TestCliBadInput::damagedPagesShowTheEnginesTextWhenDebugging_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");
    // Reading the trail fails on the damaged page: the engine's code (SQLITE_CORRUPT, 11) and text are kept.
    QTest::newRow("audit read") << QStringList { QStringLiteral("audit") } << QStringLiteral("audit trail of")
                                << QStringLiteral("11: database disk image is malformed");
    // Opened for a change, the file's pages are checked first: SQLite's report is kept.
    QTest::newRow("page check before a change") << QStringList { QStringLiteral("add-member"), QStringLiteral("Cy") }
                                                << QStringLiteral("is damaged") << QStringLiteral("quick_check: ");
}

void TestCliBadInput::damagedPagesShowTheEnginesTextWhenDebugging()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    // A workspace whose audit table's page is overwritten: the workspace itself reads, its trail does not.
    const QString db = m_dir.filePath(
        QStringLiteral("damaged-page-%1.rolesheet")
            .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    QFile::remove(db);
    QVERIFY(QFile::copy(m_workspace, db));
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    qint64 offset = 0;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'audit'")) && q.next());
        const qint64 page = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        offset = (page - 1) * q.value(0).toLongLong();
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        QCOMPARE(f.write(QByteArray(12, '\xff')), qint64(12));
    }
    const QByteArray before = bytes(db);

    qunsetenv("ROLESHEET_DEBUG");
    const CliRun plain = runCli(db, args);
    QVERIFY(!plain.crashed);
    QCOMPARE(plain.code, 2);
    QVERIFY2(plain.err.contains(message), qPrintable(plain.err));
    QCOMPARE(plain.err.count(QLatin1Char('\n')), 1); // the message alone
    QVERIFY2(!plain.err.contains(detail), qPrintable(plain.err));

    qputenv("ROLESHEET_DEBUG", "1");
    const CliRun debugging = runCli(db, args);
    qunsetenv("ROLESHEET_DEBUG");
    QVERIFY(!debugging.crashed);
    QCOMPARE(debugging.code, 2);
    QVERIFY2(debugging.err.startsWith(plain.err), qPrintable(debugging.err));
    QVERIFY2(debugging.err.contains(detail), qPrintable(debugging.err));
    QCOMPARE(bytes(db), before);
}

void TestCliBadInput::unknownCommandAndOptions()
{
    const QString db = m_dir.filePath(QStringLiteral("unknown.rolesheet"));
    QVERIFY(QFile::copy(m_workspace, db));
    const QByteArray before = bytes(db);
    for (const QStringList &args :
        { QStringList { QStringLiteral("fly") }, QStringList { QStringLiteral("--frobnicate") }, QStringList {} }) {
        const CliRun r = runCli(db, args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.crashed);
    }
    QCOMPARE(bytes(db), before);
}

void TestCliBadInput::auditVerifyNamesTheBrokenRecord()
{
    const QString db = m_dir.filePath(QStringLiteral("tampered.rolesheet"));
    QVERIFY(QFile::copy(m_workspace, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const CliRun whole = runCli(db, { QStringLiteral("audit"), QStringLiteral("--verify") });
    QCOMPARE(whole.code, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^Audit trail whole: 4 records, last hash [0-9a-f]{64}\n$"))
                 .match(whole.out)
                 .hasMatch(),
        qPrintable(whole.out));
    // Someone with the file in hand removes the guard and rewrites what the second change said.
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET summary = 'Nothing' WHERE id = 2")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit SET summary = 'Nothing' WHERE id = 2")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const QByteArray before = bytes(db);
    const CliRun broken = runCli(db, { QStringLiteral("audit"), QStringLiteral("--verify") });
    QVERIFY(!broken.crashed);
    QCOMPARE(broken.code, 2);
    QVERIFY(broken.out.isEmpty());
    QCOMPARE(broken.err,
        QStringLiteral("rolesheet-cli: Audit record 2 (version 2) does not follow record 1: changed, "
                       "inserted or the record before it removed.\n"));
    QCOMPARE(bytes(db), before);
}

// A role file naming the role "X" and 400 lone UTF-16 surrogates (valid JSON escapes) is refused before anything is
// written: the workspace keeps every byte, and every later command still opens it.
void TestCliBadInput::importedRoleWithLoneSurrogates()
{
    const QString db = m_dir.filePath(QStringLiteral("surrogates.rolesheet"));
    QVERIFY(QFile::copy(m_workspace, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QString exported = m_dir.filePath(QStringLiteral("retoucher.json"));
    CliRun r = runCli(db,
        { QStringLiteral("export"), QStringLiteral("Retoucher"), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("-o"), exported });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray role = bytes(exported);
    QVERIFY(role.contains("\"Retoucher\""));
    const QByteArray before = bytes(db);
    for (const char *unit : { "\\udc00", "\\udc01", "\\ud800" }) {
        QByteArray name = "\"X";
        for (int i = 0; i < 400; ++i)
            name += unit;
        name += '"';
        QByteArray crafted = role;
        crafted.replace("\"Retoucher\"", name);
        const QString file = m_dir.filePath(QStringLiteral("crafted.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(crafted);
        f.close();
        r = runCli(db, { QStringLiteral("import-role"), file });
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unpaired UTF-16 surrogate")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(bytes(db), before);
    }
    r = runCli(db, { QStringLiteral("roles") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Retoucher")));
    r = runCli(db, { QStringLiteral("add-member"), QStringLiteral("Zed") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runCli(db, { QStringLiteral("show"), QStringLiteral("Retoucher") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

// `init` checks the trimmed names, so the trimmed names are what it stores.
void TestCliBadInput::initStoresTheNamesAsChecked()
{
    const QString db = m_dir.filePath(QStringLiteral("trimmed.rolesheet"));
    CliRun r = runCli(db,
        { QStringLiteral("init"), QStringLiteral("--owner"), QStringLiteral("  Ann  "), QStringLiteral("--name"),
            QStringLiteral("  North Studio \t") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString json = m_dir.filePath(QStringLiteral("trimmed.json"));
    r = runCli(db, { QStringLiteral("export-workspace"), QStringLiteral("-o"), json });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject doc = QJsonDocument::fromJson(bytes(json)).object();
    QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("North Studio"));
    QCOMPARE(doc.value(QStringLiteral("members")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Ann"));
}

// A refusal that quotes what was typed does not pass a direction override or an escape on to the terminal.
void TestCliBadInput::echoedNamesCannotTurnTheTerminal()
{
    const QString db = m_dir.filePath(QStringLiteral("echo.rolesheet"));
    QVERIFY(QFile::copy(m_workspace, db));
    const CliRun r = runCli(db, { QStringLiteral("show"), QStringLiteral("Re\u202Etoucher\x1B[2J") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no account role or template named")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Re?toucher?[2J")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QChar(0x202E)));
    QVERIFY(!r.err.contains(QChar(0x1B)));
}

void TestCliBadInput::randomArgumentsNeverCrash()
{
    // Commands, names and levels thrown together at random: every run ends with 0, 1 or 2, and a refused run
    // leaves the file as it was.
    const QStringList words = { QStringLiteral("grant"), QStringLiteral("revoke"), QStringLiteral("set"),
        QStringLiteral("show"), QStringLiteral("check"), QStringLiteral("invite"), QStringLiteral("delete-role"),
        QStringLiteral("create-role"), QStringLiteral("Retoucher"), QStringLiteral("Admin"), QStringLiteral("Gala"),
        QStringLiteral("Bob"), QStringLiteral("Images"), QStringLiteral("view,add"), QStringLiteral("none"),
        QStringLiteral("--production"), QStringLiteral("--account"), QStringLiteral(""), QStringLiteral("\x01"),
        QStringLiteral("--format"), QStringLiteral("Refund Management"), QString(300, QLatin1Char('z')),
        QStringLiteral("edit,,view"), QStringLiteral("-o") };
    const QString db = m_dir.filePath(QStringLiteral("random.rolesheet"));
    QVERIFY(QFile::copy(m_workspace, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    QRandomGenerator random(20261125);
    for (int run = 0; run < 40; ++run) {
        QStringList args;
        const int count = 1 + int(random.bounded(5));
        for (int i = 0; i < count; ++i)
            args << words.at(int(random.bounded(qsizetype(words.size()))));
        if (args.contains(QLatin1String("-o")))
            continue; // would write files beside the test
        const QByteArray before = bytes(db);
        const CliRun r = runCli(db, args);
        QVERIFY2(!r.crashed, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(r.code >= 0 && r.code <= 2, qPrintable(args.join(QLatin1Char(' '))));
        if (r.code == 2) {
            QVERIFY2(bytes(db) == before, qPrintable(args.join(QLatin1Char(' '))));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "TestCliBadInput.moc"
