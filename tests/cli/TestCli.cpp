// rolesheet-cli end to end: every command of SPEC §6 run as a separate process on a real workspace file.
#include "CliRunner.h"

#include <QTemporaryDir>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initCreatesDefaultWorkspace();
    void initRefusesExistingFile();
    void grantRevokeSet();
    void lockedRoleRefused();
    void customRoleLifecycle();
    void productionRoles();
    void membersAndOwnership();
    void checkWithProvenance();
    void checkBatch();
    void exportCsvGivesSourceMatrix();
    void exportToFile();
    void auditNamesTheActingMember();
    void speaksTheManagersLanguage();

private:
    CliRun cli(const QStringList &args, const QByteArray &input = {}) { return runCli(m_db, args, input); }
    void ok(const QStringList &args)
    {
        const CliRun r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("studio.rolesheet"));
    const CliRun r = cli({QStringLiteral("init"), QStringLiteral("--owner"), QStringLiteral("Ann")});
    QCOMPARE(r.code, 0);
}

void TestCli::initCreatesDefaultWorkspace()
{
    const CliRun roles = cli({QStringLiteral("roles")});
    QCOMPARE(roles.code, 0);
    for (const char *name : {"Admin & owner", "Admin", "Create productions", "Production", "Production administrator",
                             "Production member"})
        QVERIFY2(roles.out.contains(QLatin1String(name) + QLatin1Char('\t')), name);
    const CliRun members = cli({QStringLiteral("members")});
    QCOMPARE(members.out, QStringLiteral("Ann\tAdmin & owner\n"));
    const CliRun productions = cli({QStringLiteral("productions")});
    QCOMPARE(productions.code, 0);
    QVERIFY(productions.out.isEmpty());
}

void TestCli::initRefusesExistingFile()
{
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const CliRun r = cli({QStringLiteral("init")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("already exists")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestCli::grantRevokeSet()
{
    ok({QStringLiteral("create-role"), QStringLiteral("Retoucher"), QStringLiteral("--account")});
    ok({QStringLiteral("set"), QStringLiteral("Retoucher"), QStringLiteral("Images"), QStringLiteral("none")});
    ok({QStringLiteral("grant"), QStringLiteral("Retoucher"), QStringLiteral("Images"), QStringLiteral("view,edit")});
    CliRun show = cli({QStringLiteral("show"), QStringLiteral("Retoucher")});
    QVERIFY(show.out.contains(QRegularExpression(QStringLiteral("Images\\s+x\\s+\\.\\s+x\\s+\\.\\s+View / Edit"))));
    ok({QStringLiteral("revoke"), QStringLiteral("Retoucher"), QStringLiteral("Images"), QStringLiteral("view")});
    show = cli({QStringLiteral("show"), QStringLiteral("Retoucher")});
    QVERIFY(show.out.contains(QRegularExpression(QStringLiteral("Images\\s+\\.\\s+\\.\\s+x\\s+\\.\\s+Edit \\(without View\\)"))));
    ok({QStringLiteral("set"), QStringLiteral("Retoucher"), QStringLiteral("Images"), QStringLiteral("none")});
    show = cli({QStringLiteral("show"), QStringLiteral("Retoucher")});
    QVERIFY(show.out.contains(QRegularExpression(QStringLiteral("Images\\s+\\.\\s+\\.\\s+\\.\\s+\\.\\s+None"))));
}

void TestCli::lockedRoleRefused()
{
    const CliRun r = cli({QStringLiteral("revoke"), QStringLiteral("Admin"), QStringLiteral("Images"),
                          QStringLiteral("view")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("built-in role")));
    const CliRun d = cli({QStringLiteral("delete-role"), QStringLiteral("Admin")});
    QCOMPARE(d.code, 2);
    const CliRun g = cli({QStringLiteral("grant"), QStringLiteral("Production"), QStringLiteral("Marketing"),
                          QStringLiteral("view")});
    QCOMPARE(g.code, 2);
    QVERIFY(g.err.contains(QLatin1String("guardrail")));
}

void TestCli::customRoleLifecycle()
{
    ok({QStringLiteral("create-role"), QStringLiteral("Line producer"), QStringLiteral("--account"),
        QStringLiteral("--template"), QStringLiteral("Production")});
    // A role created from the template keeps its guardrails.
    const CliRun g = cli({QStringLiteral("grant"), QStringLiteral("Line producer"), QStringLiteral("Refund Management"),
                          QStringLiteral("view")});
    QCOMPARE(g.code, 2);
    ok({QStringLiteral("add-member"), QStringLiteral("Bea"), QStringLiteral("--account-role"),
        QStringLiteral("Line producer")});
    const CliRun held = cli({QStringLiteral("delete-role"), QStringLiteral("Line producer")});
    QCOMPARE(held.code, 2);
    QVERIFY2(held.err.contains(QLatin1String("Bea")), qPrintable(held.err));
    ok({QStringLiteral("set-account-role"), QStringLiteral("Bea"), QStringLiteral("Admin")});
    ok({QStringLiteral("delete-role"), QStringLiteral("Line producer")});
    QVERIFY(!cli({QStringLiteral("roles")}).out.contains(QLatin1String("Line producer")));
    const CliRun dup = cli({QStringLiteral("create-role"), QStringLiteral("Admin"), QStringLiteral("--account")});
    QCOMPARE(dup.code, 2);
}

void TestCli::productionRoles()
{
    ok({QStringLiteral("create-production"), QStringLiteral("Spring Portraits"), QStringLiteral("--by"),
        QStringLiteral("Ann")});
    ok({QStringLiteral("create-role"), QStringLiteral("Freelance subtitler"), QStringLiteral("--production"),
        QStringLiteral("Spring Portraits")});
    // Created with every production-scoped level on, nothing account-wide.
    const CliRun show = cli({QStringLiteral("show"), QStringLiteral("Freelance subtitler"), QStringLiteral("--production"),
                             QStringLiteral("Spring Portraits")});
    QCOMPARE(show.code, 0);
    QVERIFY(show.out.contains(QRegularExpression(QStringLiteral("Subject Data\\s+x\\s+x\\s+x\\s+x"))));
    QVERIFY(show.out.contains(QRegularExpression(QStringLiteral("Jobs\\s+\\.\\s+\\.\\s+\\.\\s+\\."))));
    const CliRun account = cli({QStringLiteral("grant"), QStringLiteral("Freelance subtitler"), QStringLiteral("Jobs"),
                                QStringLiteral("view"), QStringLiteral("--production"),
                                QStringLiteral("Spring Portraits")});
    QCOMPARE(account.code, 2);
    QVERIFY(account.err.contains(QLatin1String("production features only")));
    const CliRun roles = cli({QStringLiteral("roles"), QStringLiteral("--production"), QStringLiteral("Spring Portraits")});
    QVERIFY(roles.out.contains(QLatin1String("Freelance subtitler\t")));
    QVERIFY(roles.out.contains(QLatin1String("Production member\t")));
    const CliRun missing = cli({QStringLiteral("show"), QStringLiteral("Freelance subtitler")});
    QCOMPARE(missing.code, 2);
}

void TestCli::membersAndOwnership()
{
    ok({QStringLiteral("add-member"), QStringLiteral("Bob")});
    const CliRun owner = cli({QStringLiteral("set-account-role"), QStringLiteral("Bob"), QStringLiteral("Admin & owner")});
    QCOMPARE(owner.code, 2);
    const CliRun demote = cli({QStringLiteral("set-account-role"), QStringLiteral("Ann"), QStringLiteral("Admin")});
    QCOMPARE(demote.code, 2);
    ok({QStringLiteral("transfer-ownership"), QStringLiteral("Bob")});
    const CliRun members = cli({QStringLiteral("members")});
    QVERIFY(members.out.contains(QLatin1String("Ann\tAdmin\n")));
    QVERIFY(members.out.contains(QLatin1String("Bob\tAdmin & owner\n")));
    const CliRun again = cli({QStringLiteral("transfer-ownership"), QStringLiteral("Bob")});
    QCOMPARE(again.code, 2);
}

void TestCli::checkWithProvenance()
{
    ok({QStringLiteral("add-member"), QStringLiteral("Cleo"), QStringLiteral("--account-role"),
        QStringLiteral("Create productions")});
    ok({QStringLiteral("create-production"), QStringLiteral("Gala"), QStringLiteral("--by"), QStringLiteral("Ann")});
    ok({QStringLiteral("create-production"), QStringLiteral("Own"), QStringLiteral("--by"), QStringLiteral("Cleo")});
    ok({QStringLiteral("add-member"), QStringLiteral("Dan")});
    ok({QStringLiteral("invite"), QStringLiteral("Dan"), QStringLiteral("Gala")});
    // Cleo administers the production she created and sees nothing of the other.
    CliRun r = cli({QStringLiteral("check"), QStringLiteral("Cleo"), QStringLiteral("Own"), QStringLiteral("Job Settings"),
                    QStringLiteral("edit")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("Production administrator")), qPrintable(r.out));
    r = cli({QStringLiteral("check"), QStringLiteral("Cleo"), QStringLiteral("Gala"), QStringLiteral("Images"),
             QStringLiteral("view")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.startsWith(QLatin1String("denied")));
    // Dan was invited without a role: a production member.
    r = cli({QStringLiteral("check"), QStringLiteral("Dan"), QStringLiteral("Gala"), QStringLiteral("Subject Data"),
             QStringLiteral("edit")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("Production member")));
    r = cli({QStringLiteral("check"), QStringLiteral("Dan"), QStringLiteral("Gala"), QStringLiteral("Job Status"),
             QStringLiteral("view")});
    QCOMPARE(r.code, 1);
    // The owner reaches billing; an admin does not.
    r = cli({QStringLiteral("check"), QStringLiteral("Ann"), QStringLiteral("Gala"), QStringLiteral("Payout Management"),
             QStringLiteral("delete")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("Admin & owner (account role)")));
    r = cli({QStringLiteral("check"), QStringLiteral("Nobody"), QStringLiteral("Gala"), QStringLiteral("Images"),
             QStringLiteral("view")});
    QCOMPARE(r.code, 2);
}

void TestCli::checkBatch()
{
    ok({QStringLiteral("add-member"), QStringLiteral("Dan")});
    ok({QStringLiteral("create-production"), QStringLiteral("Gala"), QStringLiteral("--by"), QStringLiteral("Ann")});
    ok({QStringLiteral("invite"), QStringLiteral("Dan"), QStringLiteral("Gala")});
    const QByteArray input = "Dan\tGala\tImages\tedit\nDan\tGala\tJob Status\tview\nAnn\tGala\tRefund Management\tdelete\n";
    const CliRun r = cli({QStringLiteral("check"), QStringLiteral("--batch"), QStringLiteral("-")}, input);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("Dan\tGala\tImages\tedit\tallowed\nDan\tGala\tJob Status\tview\tdenied\n"
                                   "Ann\tGala\tRefund Management\tdelete\tallowed\n"));
    const CliRun bad = cli({QStringLiteral("check"), QStringLiteral("--batch"), QStringLiteral("-")},
                           "Dan\tGala\tImages\tedit\nDan\tGala\tNo such feature\tview\n");
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QLatin1String("Line 2")));
}

void TestCli::exportCsvGivesSourceMatrix()
{
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("Production"), QStringLiteral("--format"),
                          QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 32);
    QCOMPARE(lines.at(0), QStringLiteral("Section,Feature,View,Add,Edit,Delete,Levels,Why this matters"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Setup,Jobs,,yes,,,Add,")));
    QVERIFY(lines.at(18).startsWith(QStringLiteral("Capture,Tools — Capture,yes,,,yes,View / Delete,")));
    QVERIFY(lines.at(20).startsWith(QStringLiteral("Launch,Release Orders,,yes,yes,yes,Add / Edit / Delete,")));
    QVERIFY(lines.at(25).startsWith(QStringLiteral("Admin,Payout Management,,,,,None,")));
}

void TestCli::exportToFile()
{
    const QString out = m_dir->filePath(QStringLiteral("sheet.csv"));
    ok({QStringLiteral("export"), QStringLiteral("Production"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("-o"), out});
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("Section,Feature,"));
    const CliRun bad = cli({QStringLiteral("export"), QStringLiteral("Production"), QStringLiteral("--format"),
                            QStringLiteral("docx")});
    QCOMPARE(bad.code, 2);
}

void TestCli::auditNamesTheActingMember()
{
    ok({ QStringLiteral("add-member"), QStringLiteral("Bob"), QStringLiteral("--as"), QStringLiteral("Ann") });
    const CliRun stranger = cli({ QStringLiteral("add-member"), QStringLiteral("Cy"), QStringLiteral("--as"),
        QStringLiteral("Zed") });
    QCOMPARE(stranger.code, 2);
    const CliRun audit = cli({ QStringLiteral("audit") });
    QCOMPARE(audit.code, 0);
    const QStringList lines = audit.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.last().contains(QLatin1String("Ann")) && lines.last().contains(QLatin1String("Add member Bob")),
        qPrintable(lines.last()));
    QVERIFY(!audit.out.contains(QLatin1String("Cy")));
}

void TestCli::speaksTheManagersLanguage()
{
    const QString german = QStringLiteral("de_DE.UTF-8");
    const CliRun refused = runCli(m_db, { QStringLiteral("grant"), QStringLiteral("Nobody"), QStringLiteral("Images"),
        QStringLiteral("view") }, {}, german);
    QCOMPARE(refused.code, 2);
    const CliRun english = cli({ QStringLiteral("grant"), QStringLiteral("Nobody"), QStringLiteral("Images"),
        QStringLiteral("view") });
    QVERIFY2(refused.err != english.err, qPrintable(refused.err));
    // The CSV is data: its header and level notation stay as the source documents write them.
    const CliRun csv = runCli(m_db, { QStringLiteral("export"), QStringLiteral("Production"), QStringLiteral("--format"),
        QStringLiteral("csv") }, {}, german);
    QCOMPARE(csv.code, 0);
    QVERIFY(csv.out.startsWith(QLatin1String("Section,Feature,View,Add,Edit,Delete,Levels,Why this matters")));
    QVERIFY(csv.out.contains(QLatin1String(",Add / Edit,")));
    QVERIFY(csv.out.contains(QLatin1String(",None,")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
