// The audit trail accounts for every row stored: the last record of every write carries the digest of the workspace
// it left, and `audit --verify` names the table and row of anything added, changed or removed outside the program.
// Runs against SQLite, and against PostgreSQL (as the tables' owner) with ROLESHEET_TEST_BACKEND=postgresql.
#include "StoreTestSupport.h"
#include "storage/ReviewStore.h"
#include "testing/Generate.h"
#include "testing/RandomChanges.h"

#include <QTest>

using namespace rs;
using st::s;

namespace {

// Runs statements on the workspace's database as its tables' owner, outside the program, with the engine's own
// client: sqlite3 on the file, psql as the login the workspace was created with. Stops at the first error.
bool outside(const QString &location, const QStringList &sql)
{
    QProcess p;
    if (st::postgres())
        p.start(s("psql"), { s("-X"), s("-q"), s("-v"), s("ON_ERROR_STOP=1"), location, s("-c"), sql.join(s("; ")) });
    else
        p.start(s("sqlite3"), { s("-bail"), location, sql.join(s("; ")) });
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << sql << p.readAllStandardError();
        return false;
    }
    return true;
}

// The statements that let the tables' owner change or remove rows the triggers keep append-only.
QStringList appendOnlyOff(const char *table)
{
    const QLatin1String name(table);
    if (st::postgres())
        return { s("ALTER TABLE %1 DISABLE TRIGGER USER").arg(name),
            s("GRANT UPDATE, DELETE ON %1 TO CURRENT_USER").arg(name) };
    QStringList off;
    for (const char *trigger : { "no_update", "no_delete", "frozen", "kept" })
        off.append(s("DROP TRIGGER IF EXISTS %1_%2").arg(name, QLatin1String(trigger)));
    return off;
}

} // namespace

class TestWorkspaceDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void untouchedWorkspaceIsWhole();
    void rowsWrittenOutsideAreNamed_data();
    void rowsWrittenOutsideAreNamed();
    void aLaterWriteDoesNotHideThem();
    void randomOperationsKeepItWhole();

private:
    st::Locations m_locations;
    QString m_location;
    Id m_editor = 0; // an account role with some grants
    Id m_subtitler = 0; // a production role
    Id m_ann = 0; // holds a seat
    Id m_bob = 0; // holds nothing
    Id m_gala = 0;
    Id m_jobs = 0; // a feature the editor role does not hold
    Id m_held = 0; // one it does
    Id m_campaign = 0; // an access review
    qint64 m_seq = 0; // its one decision
};

void TestWorkspaceDigest::init()
{
    m_location = m_locations.next();
    auto created = Store::create(m_location, DefaultWorkspace::create(s("Owner"), s("Studio")));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    Store &store = *created.value();
    const auto apply = [&](Change c) {
        const Result<Touched> t = store.apply(c);
        if (!t)
            qFatal("%s", qPrintable(t.error().message));
    };
    apply(Change::createRole(s("Editor"), Scope::Account));
    m_editor = store.workspace().findAccountRole(s("Editor"))->id;
    // Two account-wide features: one the role is given, one it is left without (no row).
    m_held = m_jobs = 0;
    for (const Feature &f : store.workspace().features()) {
        if (f.scope != Scope::Account || f.ownerOnly)
            continue;
        (m_held ? m_jobs : m_held) = f.id;
        if (m_jobs)
            break;
    }
    QVERIFY(m_held && m_jobs);
    apply(Change::setGrant(m_editor, m_jobs, Levels()));
    apply(Change::setGrant(m_editor, m_held, Levels::fromBits(3)));
    apply(Change::addMember(s("Ann"), m_editor));
    apply(Change::addMember(s("Bob")));
    m_ann = store.workspace().findMember(s("Ann"))->id;
    m_bob = store.workspace().findMember(s("Bob"))->id;
    apply(Change::createProduction(s("Gala"), store.workspace().owner()));
    m_gala = store.workspace().findProduction(s("Gala"))->id;
    apply(Change::createRole(s("Subtitler"), Scope::Production, m_gala));
    m_subtitler = store.workspace().findProductionRole(m_gala, s("Subtitler"))->id;
    apply(Change::invite(m_gala, m_ann, m_subtitler));

    // An access review with one decision, by a reviewer who holds no access (on PostgreSQL named as the login).
    const QString reviewer = st::postgres() ? QUrl(st::fixtureUrl()).userName() : s("Rev");
    apply(Change::addMember(reviewer));
    store.setActor(reviewer);
    ReviewStore reviews(store);
    const Result<Campaign> campaign = reviews.start(
        { s("Q1"), review::Scope::studio(), QDate(), { store.workspace().findMember(reviewer)->id }, false });
    QVERIFY2(campaign.ok(), qPrintable(campaign ? QString() : campaign.error().message));
    m_campaign = campaign.value().id;
    review::Decision keep;
    keep.kind = review::Decision::Kind::Keep;
    const Status decided = reviews.decide(s("Q1"), 1, keep);
    QVERIFY2(decided.ok(), qPrintable(decided ? QString() : decided.error().message));
    m_seq = st::scalar(m_location, s("SELECT MAX(seq) FROM review_decisions"));
}

void TestWorkspaceDigest::untouchedWorkspaceIsWhole()
{
    const st::CliRun cli = st::runCli(m_location, { s("audit"), s("--verify") });
    QCOMPARE(cli.code, 0);
    QVERIFY2(cli.out.startsWith(s("Audit trail whole:")), qPrintable(cli.out + cli.err));
}

void TestWorkspaceDigest::rowsWrittenOutsideAreNamed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("grant added") << s("grant+") << s("Table grants, row role_id %editor, feature_id %jobs, was added");
    QTest::newRow("grant changed") << s("grant~")
                                   << s("Table grants, row role_id %editor, feature_id %held, was changed");
    QTest::newRow("grant removed") << s("grant-")
                                   << s("Table grants, row role_id %editor, feature_id %held, was removed");
    QTest::newRow("seat added") << s("seat+") << s("Table seats, row production_id %gala, member_id %bob, was added");
    QTest::newRow("seat changed") << s("seat~")
                                  << s("Table seats, row production_id %gala, member_id %ann, was changed");
    QTest::newRow("seat removed") << s("seat-")
                                  << s("Table seats, row production_id %gala, member_id %ann, was removed");
    QTest::newRow("member added") << s("member+") << s("Table members, row id 90001, was added");
    QTest::newRow("member changed") << s("member~") << s("Table members, row id %bob, was changed");
    QTest::newRow("member removed") << s("member-") << s("Table members, row id %bob, was removed");
    QTest::newRow("role added") << s("role+") << s("Table roles, row id 90002, was added");
    QTest::newRow("role changed") << s("role~") << s("Table roles, row id %editor, was changed");
    QTest::newRow("role removed") << s("role-") << s("Table roles, row id %subtitler, was removed");
    QTest::newRow("link added") << s("link+") << s("Table role_links, row role_id %editor, was added");
    QTest::newRow("workspace renamed") << s("name~") << s("Table meta, row key name, was changed");
    QTest::newRow("decision added") << s("decision+") << s("Table review_decisions, row seq %next, was added");
    QTest::newRow("decision changed") << s("decision~") << s("Table review_decisions, row seq %seq, was changed");
    QTest::newRow("decision removed") << s("decision-") << s("Table review_decisions, row seq %seq, was removed");
    QTest::newRow("campaign added") << s("campaign+") << s("Table review_campaigns, row id 90003, was added");
    QTest::newRow("campaign changed") << s("campaign~") << s("Table review_campaigns, row id %campaign, was changed");
    QTest::newRow("campaign removed") << s("campaign-") << s("Table review_campaigns, row id %campaign, was removed");
}

void TestWorkspaceDigest::rowsWrittenOutsideAreNamed()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    says.replace(s("%editor"), QString::number(m_editor))
        .replace(s("%subtitler"), QString::number(m_subtitler))
        .replace(s("%jobs"), QString::number(m_jobs))
        .replace(s("%held"), QString::number(m_held))
        .replace(s("%gala"), QString::number(m_gala))
        .replace(s("%ann"), QString::number(m_ann))
        .replace(s("%bob"), QString::number(m_bob))
        .replace(s("%next"), QString::number(m_seq + 1))
        .replace(s("%seq"), QString::number(m_seq))
        .replace(s("%campaign"), QString::number(m_campaign));
    QString sql;
    if (kind == QLatin1String("grant+"))
        sql = s("INSERT INTO grants (role_id, feature_id, levels) VALUES (%1, %2, 15)").arg(m_editor).arg(m_jobs);
    else if (kind == QLatin1String("grant~"))
        sql = s("UPDATE grants SET levels = 15 WHERE role_id = %1 AND feature_id = %2").arg(m_editor).arg(m_held);
    else if (kind == QLatin1String("grant-"))
        sql = s("DELETE FROM grants WHERE role_id = %1 AND feature_id = %2").arg(m_editor).arg(m_held);
    else if (kind == QLatin1String("seat+"))
        sql = s("INSERT INTO seats (production_id, member_id, role_id) VALUES (%1, %2, %3)")
                  .arg(m_gala)
                  .arg(m_bob)
                  .arg(m_subtitler);
    else if (kind == QLatin1String("seat~"))
        sql = s("UPDATE seats SET ends_at = 4102444800000 WHERE production_id = %1 AND member_id = %2")
                  .arg(m_gala)
                  .arg(m_ann);
    else if (kind == QLatin1String("seat-"))
        sql = s("DELETE FROM seats WHERE production_id = %1 AND member_id = %2").arg(m_gala).arg(m_ann);
    else if (kind == QLatin1String("member+"))
        sql = s("INSERT INTO members (id, name, account_role_id, is_owner) VALUES (90001, 'Mallory', %1, 0)")
                  .arg(m_editor);
    else if (kind == QLatin1String("member~"))
        sql = s("UPDATE members SET name = 'Mallory' WHERE id = %1").arg(m_bob);
    else if (kind == QLatin1String("member-"))
        sql = s("DELETE FROM members WHERE id = %1").arg(m_bob);
    else if (kind == QLatin1String("role+"))
        sql = s("INSERT INTO roles (id, name, scope, is_template, built_in, production_id, guardrails, invited_only, "
                "description) VALUES (90002, 'Shadow', 'account', 0, 0, NULL, 0, 0, '')");
    else if (kind == QLatin1String("role~"))
        sql = s("UPDATE roles SET description = 'Can do anything' WHERE id = %1").arg(m_editor);
    else if (kind == QLatin1String("role-"))
        sql = s("DELETE FROM roles WHERE id = %1").arg(m_subtitler);
    else if (kind == QLatin1String("link+"))
        sql = s("INSERT INTO role_links (role_id, version, template_id, template_version, follow, base) "
                "SELECT %1, 0, id, 0, 1, '' FROM roles WHERE is_template = 1")
                  .arg(m_editor);
    else if (kind == QLatin1String("name~"))
        sql = s("UPDATE meta SET value = 'Elsewhere' WHERE key = 'name'");
    else if (kind == QLatin1String("decision+"))
        sql = s("INSERT INTO review_decisions (campaign_id, item, decision, end_date, comment, decided_by, member_id, "
                "actor, decided_at) SELECT campaign_id, item, 'revoke', '', 'forged', decided_by, member_id, actor, "
                "decided_at FROM review_decisions WHERE seq = %1")
                  .arg(m_seq);
    else if (kind == QLatin1String("decision~"))
        sql = s("UPDATE review_decisions SET decision = 'revoke' WHERE seq = %1").arg(m_seq);
    else if (kind == QLatin1String("decision-"))
        sql = s("DELETE FROM review_decisions WHERE seq = %1").arg(m_seq);
    else if (kind == QLatin1String("campaign+"))
        sql = s("INSERT INTO review_campaigns (id, name, scope, scope_id, scope_name, due, delta, started_at, "
                "started_by, started_version, item_count, items_hash) SELECT 90003, 'Forged', scope, scope_id, "
                "scope_name, due, delta, started_at, started_by, started_version, 0, items_hash FROM "
                "review_campaigns WHERE id = %1")
                  .arg(m_campaign);
    else if (kind == QLatin1String("campaign~"))
        sql = s("UPDATE review_campaigns SET due = '2099-01-01' WHERE id = %1").arg(m_campaign);
    QStringList statements { sql };
    if (kind == QLatin1String("decision~") || kind == QLatin1String("decision-"))
        statements = appendOnlyOff("review_decisions") + statements;
    if (kind == QLatin1String("campaign~"))
        statements = appendOnlyOff("review_campaigns") + statements;
    if (kind == QLatin1String("campaign-")) {
        // The campaign and everything that refers to it, as someone covering its tracks would.
        statements.clear();
        for (const char *table : { "review_decisions", "review_outcomes", "review_closings", "review_items",
                 "review_reviewers", "review_campaigns" })
            statements += appendOnlyOff(table);
        for (const char *table : { "review_decisions", "review_items", "review_reviewers" })
            statements += s("DELETE FROM %1 WHERE campaign_id = %2").arg(QLatin1String(table)).arg(m_campaign);
        statements += s("DELETE FROM review_campaigns WHERE id = %1").arg(m_campaign);
    }
    if (kind == QLatin1String("role-"))
        statements = QStringList { s("DELETE FROM seats WHERE role_id = %1").arg(m_subtitler),
            s("DELETE FROM grants WHERE role_id = %1").arg(m_subtitler) }
            + statements;
    QVERIFY(outside(m_location, statements));

    auto store = Store::open(m_location, Store::Access::ReadOnly, Store::Broken::OpenForRescue);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
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

void TestWorkspaceDigest::aLaterWriteDoesNotHideThem()
{
    // A grant written outside, then a change made through the program: the trail still does not account for it.
    QVERIFY(outside(m_location,
        { s("INSERT INTO grants (role_id, feature_id, levels) VALUES (%1, %2, 15)").arg(m_editor).arg(m_jobs) }));
    {
        auto store = Store::open(m_location);
        QVERIFY(store.ok());
        Change add = Change::addMember(s("Cy"));
        QVERIFY(store.value()->apply(add).ok());
        Change rename = Change::renameRole(m_editor, s("Senior editor"));
        QVERIFY(store.value()->apply(rename).ok());
    }
    const st::CliRun cli = st::runCli(m_location, { s("audit"), s("--verify") });
    QCOMPARE(cli.code, 2);
    QVERIFY2(cli.err.contains(s("Table grants, row role_id %1, feature_id %2, was added").arg(m_editor).arg(m_jobs)),
        qPrintable(cli.err));
}

void TestWorkspaceDigest::randomOperationsKeepItWhole()
{
    // Two writers on one workspace, so that applies also go through catching up with the other's changes; now and
    // then a batch, and once a whole-workspace replacement.
    const int operations = 10000;
    const quint32 seed = quint32(qEnvironmentVariableIntValue("ROLESHEET_SEED"));
    const QString location = m_locations.next();
    GenerateSpec spec;
    spec.accountRoles = 6;
    spec.productionRoles = 4;
    spec.members = 30;
    spec.productions = 5;
    spec.seats = 30;
    QVERIFY(Store::create(location, generateWorkspace(spec, 7)).ok());
    auto first = Store::open(location);
    auto second = Store::open(location);
    QVERIFY(first.ok() && second.ok());
    testing::RandomChanges random(seed ? seed : 20261205);
    int applied = 0;
    for (int i = 0; i < operations; ++i) {
        Store &store = *(i % 7 == 0 ? second : first).value();
        if (i == operations / 2) {
            QVERIFY(store.replace(generateWorkspace(spec, 8)).ok());
            continue;
        }
        if (i % 50 == 0) {
            QList<Change> batch { random.next(store.workspace()), random.next(store.workspace()) };
            applied += store.applyAll(batch).ok() ? 2 : 0;
            continue;
        }
        Change c = random.next(store.workspace());
        applied += store.apply(c).ok() ? 1 : 0;
    }
    qInfo("%d of %d random operations applied", applied, operations);
    QVERIFY(applied > operations / 10);
    const auto chain = first.value()->verifyAudit();
    QVERIFY(chain.ok());
    QVERIFY2(chain.value().whole(), qPrintable(chain.value().problem));
    const st::CliRun cli = st::runCli(location, { s("audit"), s("--verify") });
    QCOMPARE(cli.code, 0);
}

QTEST_GUILESS_MAIN(TestWorkspaceDigest)
#include "TestWorkspaceDigest.moc"
