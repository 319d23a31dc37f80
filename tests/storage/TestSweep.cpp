// sweep from several processes at once, on SQLite and on PostgreSQL: every ended seat and account role is removed
// exactly once, with one audit record each, and the seats that have not ended stay.
#include "StoreTestSupport.h"

#include "domain/Dates.h"

#include <QProcess>
#include <QTest>

#include <memory>

using namespace rs;
using st::s;

namespace {

QList<st::CliRun> runAtOnce(const QString &db, const QStringList &args, int count)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < count; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(st::cliPath(), QStringList { QStringLiteral("--db"), db } + args);
        processes.push_back(std::move(p));
    }
    QList<st::CliRun> runs;
    for (auto &p : processes) {
        p->waitForFinished(120000);
        runs.append({ p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
            QString::fromUtf8(p->readAllStandardOutput()), QString::fromUtf8(p->readAllStandardError()) });
    }
    return runs;
}

} // namespace

class TestSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void racingSweepsRemoveEachSeatOnce();
    void olderWorkspaceOpensWithoutDates();
};

void TestSweep::racingSweepsRemoveEachSeatOnce()
{
    st::Locations locations;
    const QString location = locations.next();
    Workspace ws = DefaultWorkspace::create(s("Olga"), s("Studio"));
    const QTimeZone zone("Europe/Berlin");
    Change tz = Change::setTimeZone("Europe/Berlin");
    QVERIFY(ws.apply(tz).ok());
    Change editor = Change::createRole(s("Editor"), Scope::Account);
    QVERIFY(ws.apply(editor).ok());
    Change gala = Change::createProduction(s("Gala Night"), ws.owner());
    QVERIFY(ws.apply(gala).ok());
    constexpr int kEnded = 12;
    for (int i = 0; i < kEnded + 3; ++i) {
        Change add = Change::addMember(QStringLiteral("Crew %1").arg(i));
        QVERIFY(ws.apply(add).ok());
        // The first kEnded ended on 9 Nov; the rest end on 30 Nov.
        const QDateTime until = dates::endOfDay(QDate(2026, 11, i < kEnded ? 9 : 30), zone);
        Change invite = Change::invite(gala.production, add.member, 0, {}, until);
        QVERIFY(ws.apply(invite).ok());
    }
    Change hoa = Change::addMember(s("Hoa"), editor.role);
    QVERIFY(ws.apply(hoa).ok());
    Change hoaEnds = Change::setAccountRole(hoa.member, editor.role, dates::endOfDay(QDate(2026, 11, 1), zone));
    QVERIFY(ws.apply(hoaEnds).ok());
    QVERIFY(Store::create(location, ws).ok());

    const QList<st::CliRun> runs = runAtOnce(location, { s("sweep"), s("--at"), s("2026-11-10T00:00") }, 4);
    int removedBy = 0;
    for (const st::CliRun &run : runs) {
        QVERIFY2(run.code == 0, qPrintable(run.err));
        removedBy += run.out.startsWith(s("Removed")) ? 1 : 0;
    }
    QCOMPARE(removedBy, 1); // one sweep removed everything; the others found nothing left
    auto store = Store::open(location, Store::Access::ReadOnly);
    QVERIFY(store.ok());
    const Workspace &after = store.value()->workspace();
    QCOMPARE(after.seats().size(), qsizetype(1 + 3)); // the owner's and the three that have not ended
    QCOMPARE(after.findMember(s("Hoa"))->accountRole, Id(0));
    const QList<AuditEntry> audit = store.value()->audit().value();
    for (int i = 0; i < kEnded; ++i) {
        const QString summary = QStringLiteral("Take Crew %1 off the team of Gala Night").arg(i);
        const auto count
            = std::count_if(audit.cbegin(), audit.cend(), [&](const AuditEntry &e) { return e.summary == summary; });
        QCOMPARE(count, 1);
    }
    QCOMPARE(std::count_if(audit.cbegin(), audit.cend(),
                 [](const AuditEntry &e) { return e.summary == s("Take the account role from Hoa"); }),
        1);
    QVERIFY(store.value()->verifyAudit().value().whole());
}

void TestSweep::olderWorkspaceOpensWithoutDates()
{
    // A workspace at schema 5 (before dates) opens, is upgraded, and reads exactly as it was.
    st::Locations locations;
    const QString location = locations.next();
    Workspace ws = DefaultWorkspace::create(s("Olga"), s("Studio"));
    Change gala = Change::createProduction(s("Gala Night"), ws.owner());
    QVERIFY(ws.apply(gala).ok());
    Change fay = Change::addMember(s("Fay"));
    QVERIFY(ws.apply(fay).ok());
    Change invite = Change::invite(gala.production, fay.member);
    QVERIFY(ws.apply(invite).ok());
    QVERIFY(Store::create(location, ws).ok());
    {
        // Take the workspace back to schema 5: drop what versions 6 (dates), 7 and 8 (access reviews), 9 (the
        // digest) and the later ones (linked templates, duty rules, approval requests, the indexes of schema 13, the
        // cells writer's columns and functions of schema 14) added; schema 13 makes the rule on shared role names
        // again.
        QSqlDatabase db = st::Locations::rawConnection(s("downgrade"), location);
        QSqlQuery q(db);
        for (const char *sql : { "DROP TABLE role_links", "DROP TABLE duty_exceptions", "DROP TABLE duty_rules",
                 "DROP TABLE approval_votes", "DROP TABLE approval_steps", "DROP TABLE approval_revisions",
                 "DROP TABLE approval_requests", "DROP INDEX roles_production_role_name",
                 "DROP INDEX productions_created_by" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        if (db.driverName() == QLatin1String("QPSQL")) {
            for (const char *sql :
                { "DROP FUNCTION rolesheet_approval_request_login()", "DROP FUNCTION rolesheet_approval_vote()",
                    "DROP FUNCTION rolesheet_approval_step_login()", "DROP FUNCTION rolesheet_approval_append_only()",
                    "DROP FUNCTION rolesheet_append_cells", "DROP FUNCTION rolesheet_audit_hash",
                    "DROP FUNCTION rolesheet_version_kind() CASCADE",
                    "ALTER TABLE workspace_version DROP COLUMN wide_version",
                    "ALTER TABLE workspace_version DROP COLUMN quick_version" })
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
        for (const char *sql : { "DROP INDEX seats_ends_at", "ALTER TABLE seats DROP COLUMN starts_at",
                 "ALTER TABLE seats DROP COLUMN ends_at", "ALTER TABLE members DROP COLUMN account_role_until",
                 "ALTER TABLE productions DROP COLUMN wrap_at", "DROP TABLE review_decisions",
                 "DROP TABLE review_outcomes", "DROP TABLE review_closings", "DROP TABLE review_items",
                 "DROP TABLE review_reviewers", "DROP TABLE review_campaigns", "ALTER TABLE audit DROP COLUMN digest",
                 "DELETE FROM schema_migrations WHERE version >= 6" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        if (db.driverName() == QLatin1String("QPSQL"))
            QVERIFY2(q.exec(s("DROP FUNCTION rolesheet_review_items_frozen()")), qPrintable(q.lastError().text()));
        if (db.driverName() == QLatin1String("QPSQL"))
            QVERIFY2(q.exec(s("DROP FUNCTION rolesheet_review_append_only()")), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("downgrade"));
    auto store = Store::open(location, Store::Access::ReadWrite);
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
    QVERIFY(store.value()->workspace() == ws);
    QVERIFY(store.value()->workspace().seatTerms().isEmpty());
}

QTEST_GUILESS_MAIN(TestSweep)
#include "TestSweep.moc"
