// rolesheet-cli end to end: every command of SPEC §6 run as a separate process on a real workspace file.
#include "CliRunner.h"

#include <QRegularExpression>
#include <QStandardPaths>
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
    void reviewDecidersAreReviewers();
    void reviewVerifyCatchesForgedDecision();

private:
    // Ann owns the workspace and a seat in Spring; Pat holds a seat in Spring; review Q5 of the studio, reviewed by
    // Ann. Returns Q5's item numbers by "member production".
    QHash<QString, int> startReview();
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
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBFSection,Feature,"));
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

QHash<QString, int> TestCli::startReview()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    ok({ s("add-member"), s("Pat") });
    ok({ s("create-production"), s("Spring"), s("--by"), s("Ann") });
    ok({ s("invite"), s("Pat"), s("Spring") });
    ok({ s("review"), s("start"), s("Q5"), s("--reviewer"), s("Ann") });
    QHash<QString, int> items;
    const CliRun list = cli({ s("review"), s("items"), s("Q5") });
    for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        items.insert(cells.at(1) + QLatin1Char(' ') + cells.at(2), cells.at(0).toInt());
    }
    return items;
}

void TestCli::reviewDecidersAreReviewers()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const QHash<QString, int> items = startReview();
    const QString pat = QString::number(items.value(s("Pat Spring")));
    const QString ann = QString::number(items.value(s("Ann ")));
    QVERIFY(pat != s("0") && ann != s("0"));
    // Pat is no reviewer of Q5, and the item is Pat's own seat.
    const CliRun own = cli({ s("--as"), s("Pat"), s("review"), s("decide"), s("Q5"), pat, s("keep") });
    QCOMPARE(own.code, 2);
    QCOMPARE(own.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(own.err.contains(s("not a reviewer")), qPrintable(own.err));
    // Ann reviews, but not her own account role.
    const CliRun self = cli({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), ann, s("keep") });
    QCOMPARE(self.code, 2);
    QVERIFY2(self.err.contains(s("their own access")), qPrintable(self.err));
    ok({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), pat, s("revoke") });
    // Only the owner names reviewers; Pat then decides Ann's items and still not Pat's own.
    const CliRun grab = cli({ s("--as"), s("Pat"), s("review"), s("reviewers"), s("Q5"), s("--reviewer"), s("Pat") });
    QCOMPARE(grab.code, 2);
    QVERIFY2(grab.err.contains(s("owner")), qPrintable(grab.err));
    ok({ s("--as"), s("Ann"), s("review"), s("reviewers"), s("Q5"), s("--reviewer"), s("Ann"), s("--reviewer"),
        s("Pat") });
    QCOMPARE(cli({ s("review"), s("reviewers"), s("Q5") }).out, s("Ann\nPat\n"));
    ok({ s("--as"), s("Pat"), s("review"), s("decide"), s("Q5"), ann, s("keep") });
    QCOMPARE(cli({ s("--as"), s("Pat"), s("review"), s("decide"), s("Q5"), pat, s("keep") }).code, 2);
    const CliRun audit = cli({ s("audit") });
    QVERIFY2(audit.out.contains(s("reviewers Ann, Pat (were Ann)")), qPrintable(audit.out));
}

void TestCli::reviewVerifyCatchesForgedDecision()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    if (QStandardPaths::findExecutable(s("sqlite3")).isEmpty())
        QSKIP("needs the sqlite3 shell");
    const QHash<QString, int> items = startReview();
    ok({ s("--as"), s("Ann"), s("review"), s("reviewers"), s("Q5"), s("--reviewer"), s("Ann"), s("--reviewer"),
        s("Pat") });
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        ok({ s("--as"), it.key().startsWith(s("Ann")) ? s("Pat") : s("Ann"), s("review"), s("decide"), s("Q5"),
            QString::number(it.value()), s("keep") });
    ok({ s("review"), s("close"), s("Q5") });
    const QString csv = m_dir->filePath(s("q5.csv"));
    ok({ s("review"), s("export"), s("Q5"), s("--format"), s("csv"), s("-o"), csv });
    ok({ s("review"), s("verify"), s("Q5"), csv });
    const auto sqlite = [this](const QString &sql) {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), { m_db, sql });
        p.waitForFinished(30000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    const QString pat = QString::number(items.value(s("Pat Spring")));
    // The rows refuse to change, and the campaign to reopen.
    QVERIFY(sqlite(s("UPDATE review_decisions SET decision='revoke', comment='forged' WHERE item=%1").arg(pat)) != 0);
    QVERIFY(sqlite(s("DELETE FROM review_closings")) != 0);
    QVERIFY(sqlite(s("UPDATE review_campaigns SET closed_at=''")) != 0);
    ok({ s("review"), s("verify"), s("Q5"), csv });
    // A change of mind appended by hand, as a decision would be: the audit trail has no record of it.
    QCOMPARE(sqlite(s("INSERT INTO review_decisions (campaign_id, item, decision, end_date, comment, decided_by, "
                      "member_id, actor, decided_at) SELECT campaign_id, item, 'revoke', '', 'forged', decided_by, "
                      "member_id, actor, decided_at FROM review_decisions WHERE item=%1")
                     .arg(pat)),
        0);
    const CliRun drift = cli({ s("audit"), s("--verify") });
    QCOMPARE(drift.code, 2);
    QVERIFY2(drift.err.contains(s("Table review_decisions, row seq ")), qPrintable(drift.err));
    const CliRun verify = cli({ s("review"), s("verify"), s("Q5"), csv });
    QCOMPARE(verify.code, 2);
    QCOMPARE(verify.err.count(QLatin1Char('\n')), 1);
    // Refused first because the workspace's digest does not account for the row.
    QVERIFY2(verify.err.contains(s("Table review_decisions, row seq ")), qPrintable(verify.err));
    const CliRun forged = cli({ s("review"), s("export"), s("Q5"), s("--format"), s("csv"), s("-o"),
        m_dir->filePath(s("forged.csv")) });
    QCOMPARE(forged.code, 2);
    // With the triggers dropped, as the file's owner can: the changed row differs from its audit record.
    QCOMPARE(sqlite(s("DROP TRIGGER review_decisions_no_delete; DELETE FROM review_decisions WHERE comment='forged'; "
                      "DROP TRIGGER review_decisions_no_update; UPDATE review_decisions SET decision='revoke' "
                      "WHERE item=%1")
                     .arg(pat)),
        0);
    const CliRun rewritten = cli({ s("review"), s("verify"), s("Q5"), csv });
    QCOMPARE(rewritten.code, 2);
    QVERIFY2(rewritten.err.contains(s("Table review_decisions, row seq ")), qPrintable(rewritten.err));
    QVERIFY2(rewritten.err.contains(s("was changed outside the program")), qPrintable(rewritten.err));
    QCOMPARE(rewritten.err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
