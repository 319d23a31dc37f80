// rolesheet-cli with dates: invite until a day, check at a moment, expiring, set-seat-dates, set-production-end and
// sweep, each as a separate process on a workspace file in the Europe/Berlin time zone.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

class TestCliExpiry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void inviteUntilADayEndsAtItsLastMinute();
    void checkBatchAnswersAtTheMoment();
    void expiringListsTheWindowSoonestFirst();
    void setSeatDatesAndProductionEnd();
    void refusalsChangeNothing();
    void sweepIsIdempotentAndAudited();
    void datesAtTheEdgeOfTheCalendarKeepBackupsWhole();
    void anAliasOfAListedZoneIsAccepted();

private:
    CliRun cli(const QStringList &args, const QByteArray &input = {}) { return runCli(m_db, args, input); }
    void ok(const QStringList &args)
    {
        const CliRun r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    QByteArray fileHash() const
    {
        QFile f(m_db);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    static QString s(const char *text) { return QString::fromUtf8(text); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliExpiry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(s("studio.rolesheet"));
    ok({ s("init"), s("--owner"), s("Olga") });
    ok({ s("set-time-zone"), s("Europe/Berlin") });
    for (const char *name : { "Fay", "Gil", "Hoa", "Ida" })
        ok({ s("add-member"), s(name) });
    ok({ s("create-production"), s("Gala Night"), s("--by"), s("Olga") });
    ok({ s("create-production"), s("Spring Shoot"), s("--by"), s("Olga") });
}

void TestCliExpiry::inviteUntilADayEndsAtItsLastMinute()
{
    // 25 Oct 2026: summer time ends in Berlin that night.
    ok({ s("invite"), s("Fay"), s("Gala Night"), s("--until"), s("2026-10-25") });
    const QStringList ask { s("check"), s("Fay"), s("Gala Night"), s("Images"), s("view"), s("--at") };
    const CliRun before = cli(ask + QStringList { s("2026-10-25T23:59") });
    QCOMPARE(before.code, 0);
    QVERIFY(before.out.startsWith(s("allowed:")));
    const CliRun after = cli(ask + QStringList { s("2026-10-26T00:00") });
    QCOMPARE(after.code, 1);
    QCOMPARE(after.out,
        s("denied: Fay may not view Images in Gala Night; Fay's seat in Gala Night ended on 25 Oct 2026.\n"));
    // A date-time with its own offset is that instant: 23:00 UTC is midnight in Berlin after the change.
    QCOMPARE(cli(ask + QStringList { s("2026-10-25T22:59:00Z") }).code, 0);
    QCOMPARE(cli(ask + QStringList { s("2026-10-25T23:00:00Z") }).code, 1);
}

void TestCliExpiry::checkBatchAnswersAtTheMoment()
{
    ok({ s("invite"), s("Fay"), s("Gala Night"), s("--from"), s("2026-11-01"), s("--until"), s("2026-11-30") });
    const QByteArray request = "Fay\tGala Night\tImages\tview\n";
    const auto at = [&](const char *moment) {
        return cli({ s("check"), s("--batch"), s("-"), s("--at"), s(moment) }, request).out;
    };
    QCOMPARE(at("2026-10-31T23:59"), s("Fay\tGala Night\tImages\tview\tdenied\n"));
    QCOMPARE(at("2026-11-01T00:00"), s("Fay\tGala Night\tImages\tview\tallowed\n"));
    QCOMPARE(at("2026-11-30T23:59"), s("Fay\tGala Night\tImages\tview\tallowed\n"));
    QCOMPARE(at("2026-12-01T00:00"), s("Fay\tGala Night\tImages\tview\tdenied\n"));
}

void TestCliExpiry::expiringListsTheWindowSoonestFirst()
{
    ok({ s("invite"), s("Fay"), s("Gala Night"), s("--until"), s("2026-11-20") });
    ok({ s("invite"), s("Gil"), s("Gala Night"), s("--until"), s("2026-11-12") });
    ok({ s("invite"), s("Hoa"), s("Gala Night"), s("--until"), s("2026-11-09") }); // ended before the window
    ok({ s("invite"), s("Ida"), s("Spring Shoot"), s("--until"), s("2026-11-26") }); // after it
    ok({ s("invite"), s("Ida"), s("Gala Night") }); // no end
    ok({ s("create-role"), s("Editor"), s("--account") });
    ok({ s("set-account-role"), s("Hoa"), s("Editor"), s("--until"), s("2026-11-15") });
    const CliRun r = cli({ s("expiring"), s("--at"), s("2026-11-10T09:00"), s("--within"), s("14") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out,
        s("Gil\tGala Night\tProduction member\t2026-11-12T23:59:59+01:00\n"
          "Hoa\t(account role)\tEditor\t2026-11-15T23:59:59+01:00\n"
          "Fay\tGala Night\tProduction member\t2026-11-20T23:59:59+01:00\n"));
    const CliRun wider = cli({ s("expiring"), s("--at"), s("2026-11-10T09:00"), s("--within"), s("20") });
    QVERIFY(wider.out.endsWith(s("Ida\tSpring Shoot\tProduction member\t2026-11-26T23:59:59+01:00\n")));
}

void TestCliExpiry::setSeatDatesAndProductionEnd()
{
    ok({ s("invite"), s("Fay"), s("Gala Night") });
    ok({ s("invite"), s("Gil"), s("Gala Night"), s("--until"), s("2026-12-20") });
    ok({ s("set-production-end"), s("Gala Night"), s("2026-11-30") });
    const QStringList ask { s("check"), s("--batch"), s("-"), s("--at"), s("2026-12-01T00:00") };
    QCOMPARE(cli(ask, "Fay\tGala Night\tImages\tview\nGil\tGala Night\tImages\tview\n").out,
        s("Fay\tGala Night\tImages\tview\tdenied\nGil\tGala Night\tImages\tview\tallowed\n"));
    ok({ s("set-seat-dates"), s("Fay"), s("Gala Night"), s("--until"), s("2026-12-31") });
    QCOMPARE(cli(ask, "Fay\tGala Night\tImages\tview\n").out, s("Fay\tGala Night\tImages\tview\tallowed\n"));
    ok({ s("set-seat-dates"), s("Fay"), s("Gala Night"), s("--until"), s("none") });
    ok({ s("set-production-end"), s("Gala Night"), s("none") });
    QCOMPARE(cli(ask, "Fay\tGala Night\tImages\tview\n").out, s("Fay\tGala Night\tImages\tview\tallowed\n"));
}

void TestCliExpiry::refusalsChangeNothing()
{
    ok({ s("invite"), s("Fay"), s("Gala Night") });
    ok({ s("set-account-role"), s("Gil"), s("Admin") });
    const QByteArray before = fileHash();
    const QList<QStringList> refused {
        { s("invite"), s("Olga"), s("Spring Shoot"), s("--role"), s("Production administrator"), s("--until"),
            s("2026-12-01") },
        { s("set-account-role"), s("Gil"), s("Admin"), s("--until"), s("2026-12-01") },
        { s("set-account-role"), s("Olga"), s("Admin & owner"), s("--until"), s("2026-12-01") },
        { s("set-seat-dates"), s("Fay"), s("Gala Night"), s("--from"), s("2026-12-02"), s("--until"), s("2026-12-01") },
        { s("set-seat-dates"), s("Fay"), s("Gala Night"), s("--until"), s("30/11/2026") },
        { s("set-production-end"), s("Gala Night"), s("tomorrow") },
        { s("set-time-zone"), s("Mars/Olympus") },
        { s("check"), s("Fay"), s("Gala Night"), s("Images"), s("view"), s("--at"), s("noon") },
    };
    for (const QStringList &args : refused) {
        const CliRun r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(fileHash(), before);
    }
    QVERIFY(cli(refused.at(1)).err.contains(s("never expires")));
    QVERIFY(cli(refused.at(3)).err.contains(s("The end comes after the start.")));
}

void TestCliExpiry::sweepIsIdempotentAndAudited()
{
    ok({ s("invite"), s("Fay"), s("Gala Night"), s("--until"), s("2026-11-09") });
    ok({ s("invite"), s("Gil"), s("Gala Night"), s("--until"), s("2026-11-30") });
    ok({ s("create-role"), s("Editor"), s("--account") });
    ok({ s("set-account-role"), s("Hoa"), s("Editor"), s("--until"), s("2026-11-01") });
    const CliRun first = cli({ s("sweep"), s("--at"), s("2026-11-10T00:00") });
    QCOMPARE(first.code, 0);
    QCOMPARE(first.out, s("Removed 1 ended seat and 1 ended account role.\n"));
    const QByteArray after = fileHash();
    const CliRun second = cli({ s("sweep"), s("--at"), s("2026-11-10T00:00") });
    QCOMPARE(second.code, 0);
    QCOMPARE(second.out, s("Nothing has ended; nothing was removed.\n"));
    QCOMPARE(fileHash(), after);
    const QString audit = cli({ s("audit") }).out;
    QCOMPARE(audit.count(s("Take Fay off the team of Gala Night")), 1);
    QCOMPARE(audit.count(s("Take the account role from Hoa")), 1);
    QVERIFY(!audit.contains(s("Take Gil off")));
    QCOMPARE(cli({ s("members") }).out.contains(s("Hoa\tno account role")), true);
}

void TestCliExpiry::datesAtTheEdgeOfTheCalendarKeepBackupsWhole()
{
    // 0001-01-01 begins at 00:53:28 local mean time in Berlin, in year 0 UTC: no file could write that instant.
    ok({ s("invite"), s("Gil"), s("Spring Shoot") });
    const QByteArray before = fileHash();
    const QList<QStringList> refused {
        { s("invite"), s("Fay"), s("Gala Night"), s("--from"), s("0001-01-01") },
        { s("set-seat-dates"), s("Gil"), s("Spring Shoot"), s("--from"), s("0001-01-01T00:30") },
        { s("set-production-end"), s("Gala Night"), s("9999-12-31T23:30:00-01:00") },
        { s("casbin"), s("--out"), m_dir->filePath(s("policy")), s("--at"), s("0001-01-01") },
        { s("check"), s("Gil"), s("Spring Shoot"), s("Images"), s("view"), s("--at"), s("0001-01-01") },
    };
    for (const QStringList &args : refused) {
        const CliRun r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.out));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(s("0001-01-01T00:00Z")), qPrintable(r.err));
        QCOMPARE(fileHash(), before);
    }
    QVERIFY(!QFile::exists(m_dir->filePath(s("policy"))));

    // The first instant a workspace holds, and the last, go out in a backup and come back as they were.
    ok({ s("invite"), s("Fay"), s("Gala Night"), s("--from"), s("0001-01-01T00:00:00Z"), s("--until"),
        s("9999-12-31T23:59:59.999Z") });
    ok({ s("set-seat-dates"), s("Gil"), s("Spring Shoot"), s("--from"), s("0001-01-02") });
    const QString backup = m_dir->filePath(s("backup.json"));
    ok({ s("export-workspace"), s("-o"), backup });
    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY2(json.contains("\"from\":\"0001-01-01T00:00:00.000Z\""), json.constData());
    QVERIFY(json.contains("\"until\":\"9999-12-31T23:59:59.999Z\""));
    QVERIFY(json.contains("\"from\":\"0001-01-01T23:06:32.000Z\""));
    for (const char *empty : { "\"from\":\"\"", "\"until\":\"\"", "\"wrap\":\"\"" })
        QVERIFY(!json.contains(empty));
    // Imported over the workspace, and the import reverted: the replaced workspace is read back whole.
    ok({ s("set-seat-dates"), s("Fay"), s("Gala Night"), s("--until"), s("none") });
    ok({ s("import-workspace"), backup });
    const QString exported = m_dir->filePath(s("again.json"));
    ok({ s("export-workspace"), s("-o"), exported });
    QFile again(exported);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), json);
    // The import's version: the second field of the trail's last CSV record.
    const QString version = cli({ s("audit"), s("--format"), s("csv") })
                                .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                .last()
                                .section(QLatin1Char(','), 1, 1);
    const CliRun revert = cli({ s("revert-import"), version });
    QVERIFY2(revert.code == 0, qPrintable(version + QStringLiteral(": ") + revert.err));

    // The policy as of the first instant says so, in full.
    const QString policy = m_dir->filePath(s("policy"));
    ok({ s("casbin"), s("--out"), policy, s("--at"), s("0001-01-01T00:00:00Z") });
    QFile mapping(QDir(policy).filePath(s("mapping.csv")));
    QVERIFY(mapping.open(QIODevice::ReadOnly));
    QVERIFY(mapping.readAll().contains("moment,as_of,0001-01-01T00:00:00.000Z"));
}

// Debian's system zone is "Etc/UTC", which Qt's zone list leaves out: it is taken as the listed zone it stands for,
// as the welcome takes the system's zone.
void TestCliExpiry::anAliasOfAListedZoneIsAccepted()
{
    const CliRun set = cli({ s("set-time-zone"), s("Etc/UTC") });
    QCOMPARE(set.code, 0);
    QCOMPARE(set.out, s("Use the time zone UTC.\n"));
    ok({ s("invite"), s("Fay"), s("Gala Night"), s("--until"), s("2026-10-25") });
    const QStringList ask { s("check"), s("Fay"), s("Gala Night"), s("Images"), s("view"), s("--at") };
    QCOMPARE(cli(ask + QStringList { s("2026-10-25T23:59:00Z") }).code, 0);
    QCOMPARE(cli(ask + QStringList { s("2026-10-26T00:00:00Z") }).code, 1);
}

QTEST_GUILESS_MAIN(TestCliExpiry)
#include "TestCliExpiry.moc"
