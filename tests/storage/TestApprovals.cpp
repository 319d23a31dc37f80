// Approval requests on SQLite and on the fixture's PostgreSQL server: a gated change is refused until a second person
// approved it; self-approval is refused by the program and by the database; an approval of a changed request does not
// count; the windows end at their last instant; a conflicting request is refused naming the change; break glass is
// marked and listed; a change applied past the policy is named by unapproved() (audit --verify); and random sequences
// of steps by random members never apply a gated change with fewer approvals than the policy asks.
//
// Identities: members named as logins. On PostgreSQL the test creates the logins (apr_owner, apr_bo, apr_cy) and the
// requester is the fixture's own login; on SQLite the same names are given with --as (actAs).
#include "StoreTestSupport.h"

#include "domain/ApprovalGate.h"
#include "storage/ApprovalStore.h"
#include "storage/Schema.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <memory>

using namespace rs;
using st::s;

namespace {

const char kPassword[] = "apr-test-pw";

QString requester()
{
    return st::postgres() ? QUrl(st::fixtureUrl()).userName() : s("Req");
}

// A superuser connection through the fixture's private socket.
QSqlDatabase adminConnection(const QString &name, const QString &database)
{
    QFile dirFile(qEnvironmentVariable("ROLESHEET_PG_STATE") + s("/dir"));
    if (!dirFile.open(QIODevice::ReadOnly))
        qFatal("no fixture folder");
    QSqlDatabase db = QSqlDatabase::addDatabase(s("QPSQL"), name);
    db.setHostName(QString::fromUtf8(dirFile.readAll()).trimmed() + s("/socket"));
    db.setPort(QUrl(st::fixtureUrl()).port());
    db.setUserName(s("rolesheet_admin"));
    db.setDatabaseName(database);
    if (!db.open())
        qFatal("%s", qPrintable(db.lastError().text()));
    return db;
}

} // namespace

class TestApprovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void gatedChangeRefusedThenAppliedAfterApproval();
    void selfApprovalRefusedByProgramAndDatabase();
    void approvalOfChangedRequestDoesNotCount();
    void windowsEndAtTheirLastInstant();
    void conflictingRequestRefusedWithReason();
    void breakGlassMarkedAndListed();
    void bypassedPolicyIsNamed();
    void migrationIsTheLatest();
    void commandLineFilesApprovesAndAppliesOnce();
    void randomStepsNeverApplyUnderApproved();

private:
    struct Session
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<ApprovalStore> approvals;
    };
    Session as(const QString &who) const
    {
        Session session;
        Result<std::unique_ptr<Store>> store = [&] {
            if (!st::postgres() || who == requester())
                return Store::open(m_location, Store::Access::ReadWrite);
            QUrl url(m_location);
            url.setUserName(who);
            return Store::open(url.toString(), Store::Access::ReadWrite, Credentials(s(kPassword)));
        }();
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        session.store = std::move(store.value());
        session.store->setActor(who);
        session.approvals = std::make_unique<ApprovalStore>(*session.store);
        session.approvals->actAs(who);
        return session;
    }
    Id id(const QString &member) const { return m_ws.findMember(member)->id; }
    // The gated change the tests ask for: Dee becomes an Admin.
    Change promoteDee() const { return Change::setAccountRole(id(s("Dee")), m_ws.builtInRole(BuiltIn::Admin)); }
    void setPolicy(int approvals)
    {
        Session owner = as(s("apr_owner"));
        ApprovalPolicy p;
        p.changes = ApprovalPolicy::Changes::Sensitive;
        p.approvals = approvals;
        Change c = Change::setApprovalPolicy(p);
        QVERIFY(owner.store->apply(c).ok());
    }
    static Id file(Session &s, const Change &c, const char *reason = "needed for the show")
    {
        const Result<approval::Request> r = s.approvals->submit({ c }, QString::fromUtf8(reason));
        if (!r)
            qWarning() << r.error().message;
        return r ? r.value().id : 0;
    }

    // rolesheet-cli as a member: --as on SQLite, the member's login on PostgreSQL.
    QProcess *cli(const QString &who, const QStringList &args) const
    {
        auto *p = new QProcess();
        QString db = m_location;
        QStringList all;
        if (st::postgres()) {
            QUrl url(m_location);
            url.setUserName(who);
            db = url.toString();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(s("PGPASSFILE"), m_pgpass);
            p->setProcessEnvironment(env);
        } else {
            all << s("--as") << who;
        }
        p->start(st::cliPath(), QStringList { s("--db"), db } + all + args);
        return p;
    }
    static int finish(QProcess *p, QString *out = nullptr, QString *err = nullptr)
    {
        p->waitForFinished(60000);
        if (out)
            *out = QString::fromUtf8(p->readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p->readAllStandardError());
        const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        delete p;
        return code;
    }

    QString m_pgpass;
    QTemporaryDir m_dir;
    st::Locations m_locations;
    QString m_location;
    Workspace m_ws;
};

void TestApprovals::initTestCase()
{
    if (!st::postgres())
        return;
    // A password file that knows the test's logins as well as the fixture's.
    m_pgpass = m_dir.filePath(s("pgpass"));
    {
        QFile fixture(qEnvironmentVariable("PGPASSFILE"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QFile file(m_pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(fixture.readAll());
        for (const char *login : { "apr_owner", "apr_bo", "apr_cy" })
            file.write(QByteArray("\n*:*:*:") + login + ":" + kPassword + "\n");
    }
    QSqlDatabase admin = adminConnection(s("apr-roles"), s("postgres"));
    QSqlQuery q(admin);
    for (const char *login : { "apr_owner", "apr_bo", "apr_cy" }) {
        q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(QLatin1String(login), s(kPassword)));
        q.exec(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(QLatin1String(login), s(kPassword)));
    }
}

void TestApprovals::init()
{
    m_location = m_locations.next();
    Workspace ws = DefaultWorkspace::create(s("apr_owner"), s("Studio"));
    const Id admin = ws.builtInRole(BuiltIn::Admin);
    for (const auto &[name, role] : { std::pair { "apr_bo", admin }, std::pair { "apr_cy", admin },
             std::pair { "Dee", Id(0) }, std::pair { "Eli", Id(0) } }) {
        Change add = Change::addMember(s(name), role);
        QVERIFY(ws.apply(add).ok());
    }
    Change req = Change::addMember(requester());
    QVERIFY(ws.apply(req).ok());
    QVERIFY(Store::create(m_location, ws).ok());
    m_ws = ws;
    if (st::postgres()) {
        QSqlDatabase admin = adminConnection(s("apr-grant"), st::Locations::databaseOf(m_location));
        QSqlQuery q(admin);
        for (const char *login : { "apr_owner", "apr_bo", "apr_cy" }) {
            QVERIFY(q.exec(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                               .arg(st::Locations::databaseOf(m_location), QLatin1String(login))));
            QVERIFY(q.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(QLatin1String(login))));
            QVERIFY(
                q.exec(QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(QLatin1String(login))));
        }
    }
    QSqlDatabase::removeDatabase(s("apr-grant"));
}

void TestApprovals::gatedChangeRefusedThenAppliedAfterApproval()
{
    setPolicy(1);
    Session me = as(requester());
    Change c = promoteDee();
    const Result<Touched> refused = me.store->apply(c);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(s("approval policy")), qPrintable(refused.error().message));
    QCOMPARE(me.store->workspace().member(id(s("Dee")))->accountRole, Id(0));

    const Id request = file(me, promoteDee());
    QVERIFY(request > 0);
    QVERIFY(!me.approvals->apply(request).ok()); // pending: nothing applied
    Session bo = as(s("apr_bo"));
    QVERIFY(bo.approvals->approve(request, s("fine")).ok());
    QCOMPARE(bo.approvals->state(bo.approvals->request(request).value()), approval::State::Approved);
    const Status applied = me.approvals->apply(request);
    QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().message));
    QCOMPARE(me.store->workspace().member(id(s("Dee")))->accountRole, m_ws.builtInRole(BuiltIn::Admin));
    // The audit record names the request, its hash and the approval.
    const QList<AuditEntry> trail = me.store->audit().value();
    const AuditEntry *record = nullptr;
    for (const AuditEntry &e : trail) {
        if (e.change.value(s("kind")).toString() == s("set-account-role"))
            record = &e;
    }
    QVERIFY(record);
    const QJsonObject a = record->change.value(s("approval")).toObject();
    QCOMPARE(a.value(s("request")).toInteger(), request);
    QCOMPARE(a.value(s("hash")).toString(), me.approvals->request(request).value().current().hash);
    QCOMPARE(a.value(s("approvals")).toArray().size(), 1);
    QCOMPARE(me.approvals->state(me.approvals->request(request).value()), approval::State::Applied);
    QVERIFY(!me.approvals->apply(request).ok()); // once only
    QVERIFY(me.approvals->unapproved().value().isEmpty());
    QVERIFY(me.store->verifyAudit().value().whole());
}

void TestApprovals::selfApprovalRefusedByProgramAndDatabase()
{
    setPolicy(1);
    Session me = as(requester());
    const Id request = file(me, promoteDee());
    const Status own = me.approvals->approve(request, {});
    QVERIFY(!own.ok());
    QVERIFY2(own.error().message.contains(s("own request")), qPrintable(own.error().message));
    // Dee may not approve a change to Dee's own access, even as an approver the policy names.
    {
        Session owner = as(s("apr_owner"));
        ApprovalPolicy p = owner.store->workspace().approvalPolicy();
        p.approvers = { id(s("Dee")) };
        QList<Change> policy { Change::setApprovalPolicy(p) };
        QVERIFY(owner.approvals->breakGlass(policy, s("test")).ok());
    }
    if (!st::postgres()) {
        Session dee = as(s("Dee"));
        const Status mine = dee.approvals->approve(request, {});
        QVERIFY(!mine.ok());
        QVERIFY2(mine.error().message.contains(s("your own access")), qPrintable(mine.error().message));
    }
    QVERIFY(approval::touchesAccessOf(m_ws, { promoteDee() }, id(s("Dee"))));
    QVERIFY(!approval::touchesAccessOf(m_ws, { promoteDee() }, id(s("apr_bo"))));

    // The database refuses the requester's own vote when it is written by hand.
    const QString hash = me.approvals->request(request).value().current().hash;
    const QString insert = QStringLiteral("INSERT INTO approval_votes (request_id, member_id, member_name, login, verdict, "
                                          "comment, at, hash) VALUES (%1, %2, 'x', 'x', 'approve', '', 'now', '%3')");
    if (st::postgres()) {
        // As the requester's login, with psql, claiming to be another member: the server stamps the login.
        QProcess psql;
        psql.start(s("/usr/lib/postgresql/15/bin/psql"),
            { s("-X"), s("-v"), s("ON_ERROR_STOP=1"), m_location, s("-c"),
                insert.arg(request).arg(id(s("apr_bo"))).arg(hash) });
        QVERIFY(psql.waitForFinished(30000));
        QVERIFY(psql.exitCode() != 0);
        QVERIFY2(psql.readAllStandardError().contains("own request"), "not refused for being the requester's own");
        // Another login with the wrong hash: refused too.
        QProcess wrong;
        QUrl url(m_location);
        url.setUserName(s("apr_bo"));
        url.setPassword(s(kPassword));
        wrong.start(s("/usr/lib/postgresql/15/bin/psql"),
            { s("-X"), s("-v"), s("ON_ERROR_STOP=1"), url.toString(), s("-c"),
                insert.arg(request).arg(id(s("apr_bo"))).arg(QString(64, QLatin1Char('0'))) });
        QVERIFY(wrong.waitForFinished(30000));
        QVERIFY(wrong.exitCode() != 0);
        QVERIFY(wrong.readAllStandardError().contains("current change set"));
    } else {
        QSqlDatabase db = st::Locations::rawConnection(s("apr-raw"), m_location);
        QSqlQuery q(db);
        QVERIFY(!q.exec(insert.arg(request).arg(id(requester())).arg(hash)));
        QVERIFY(q.lastError().text().contains(s("own request")));
        QVERIFY(!q.exec(insert.arg(request).arg(id(s("apr_bo"))).arg(QString(64, QLatin1Char('0')))));
        QVERIFY(q.lastError().text().contains(s("current change set")));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("apr-raw"));
    QCOMPARE(me.approvals->request(request).value().votes.size(), 0);
}

void TestApprovals::approvalOfChangedRequestDoesNotCount()
{
    setPolicy(1);
    Session me = as(requester());
    const Id request = file(me, promoteDee());
    Session bo = as(s("apr_bo"));
    const QString seen = bo.approvals->request(request).value().current().hash;
    QVERIFY(bo.approvals->approve(request, {}, seen).ok());
    // The requester changes what is asked for: the approval was of the other change set.
    QVERIFY(me.approvals->revise(request, { Change::setAccountRole(id(s("Eli")), m_ws.builtInRole(BuiltIn::Admin)) })
                .ok());
    const approval::Request now = me.approvals->request(request).value();
    QVERIFY(now.current().hash != seen);
    QCOMPARE(approval::counted(now, me.store->workspace()).size(), 0);
    QCOMPARE(me.approvals->state(now), approval::State::Pending);
    QVERIFY(!me.approvals->apply(request).ok());
    // An approval of the hash shown before the change is refused.
    const Status stale = bo.approvals->approve(request, {}, seen);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    // A rebase onto a newer workspace loses approvals too.
    QVERIFY(bo.approvals->approve(request, {}).ok());
    Change rename = Change::renameMember(id(s("Dee")), s("Dee Two"));
    QVERIFY(me.store->apply(rename).ok());
    QVERIFY(me.approvals->rebase(request).ok());
    QCOMPARE(me.approvals->state(me.approvals->request(request).value()), approval::State::Pending);
    // Approvals from one person count once.
    QVERIFY(bo.approvals->approve(request, {}).ok());
    QVERIFY(bo.approvals->approve(request, {}).ok() == false); // no longer pending at a threshold of 1
    QCOMPARE(approval::counted(me.approvals->request(request).value(), me.store->workspace()).size(), 1);
}

void TestApprovals::windowsEndAtTheirLastInstant()
{
    setPolicy(1);
    Session me = as(requester());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-10);
    QDateTime clock = start;
    me.approvals->setClock([&] { return clock; });
    const Id request = file(me, promoteDee());
    const QDateTime filed = me.approvals->request(request).value().current().at;
    const QDateTime last = filed.addDays(7);
    Session bo = as(s("apr_bo"));
    bo.approvals->setClock([&] { return clock; });
    clock = last.addSecs(1);
    QCOMPARE(me.approvals->state(me.approvals->request(request).value()), approval::State::Expired);
    QVERIFY(!bo.approvals->approve(request, {}).ok());
    clock = last;
    QCOMPARE(me.approvals->state(me.approvals->request(request).value()), approval::State::Pending);
    QVERIFY(bo.approvals->approve(request, {}).ok());
    // Approved at `last`: the apply window ends two days later.
    const QDateTime approvedAt = bo.approvals->request(request).value().votes.constLast().at;
    clock = approvedAt.addDays(2).addSecs(1);
    QCOMPARE(me.approvals->state(me.approvals->request(request).value()), approval::State::Expired);
    QVERIFY(!me.approvals->apply(request).ok());
    clock = approvedAt.addDays(2);
    QCOMPARE(me.approvals->state(me.approvals->request(request).value()), approval::State::Approved);
    QVERIFY(me.approvals->apply(request).ok());
}

void TestApprovals::conflictingRequestRefusedWithReason()
{
    setPolicy(1);
    Session me = as(requester());
    const Id request = file(me, promoteDee());
    Session bo = as(s("apr_bo"));
    QVERIFY(bo.approvals->approve(request, {}).ok());
    // Someone else changes Dee meanwhile (a rename is not gated).
    Change rename = Change::renameMember(id(s("Dee")), s("Dee Two"));
    QVERIFY(bo.store->apply(rename).ok());
    const Status refused = me.approvals->apply(request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(s("Dee Two")), qPrintable(refused.error().message));
    QCOMPARE(me.store->workspace().member(id(s("Dee")))->accountRole, Id(0));
    // Rebased, it needs approval again, and then applies.
    QVERIFY(me.approvals->rebase(request).ok());
    QVERIFY(!me.approvals->apply(request).ok());
    QVERIFY(bo.approvals->approve(request, {}).ok());
    QVERIFY(me.approvals->apply(request).ok());
    QCOMPARE(me.store->workspace().member(id(s("Dee")))->accountRole, m_ws.builtInRole(BuiltIn::Admin));
}

void TestApprovals::breakGlassMarkedAndListed()
{
    setPolicy(1);
    Session me = as(requester());
    QList<Change> changes { promoteDee() };
    QVERIFY(!me.approvals->breakGlass(changes, s("fire")).ok()); // owner only
    Session owner = as(s("apr_owner"));
    const Result<approval::Request> r = owner.approvals->breakGlass(changes, s("client on the phone"));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QVERIFY(r.value().breakGlass);
    QCOMPARE(owner.approvals->state(r.value()), approval::State::Applied);
    QCOMPARE(owner.store->workspace().member(id(s("Dee")))->accountRole, m_ws.builtInRole(BuiltIn::Admin));
    const QList<approval::Request> listed = me.approvals->requests().value();
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().breakGlass);
    QCOMPARE(listed.first().reason, s("client on the phone"));
    // Listed for approval after the fact: an Admin approves it.
    Session bo = as(s("apr_bo"));
    QVERIFY(bo.approvals->approve(r.value().id, s("ok after the fact")).ok());
    QCOMPARE(approval::counted(bo.approvals->request(r.value().id).value(), bo.store->workspace()).size(), 1);
    const QList<AuditEntry> trail = owner.store->audit().value();
    bool marked = false;
    for (const AuditEntry &e : trail)
        marked = marked
            || e.change.value(s("approval")).toObject().value(s("breakGlass")).toString() == s("client on the phone");
    QVERIFY(marked);
    QVERIFY(owner.approvals->unapproved().value().isEmpty());
}

void TestApprovals::bypassedPolicyIsNamed()
{
    setPolicy(1);
    Session me = as(requester());
    me.store->skipApprovalCheckForTesting(true);
    Change c = promoteDee();
    QVERIFY(me.store->apply(c).ok());
    const QStringList found = me.approvals->unapproved().value();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QStringLiteral("version %1").arg(me.store->version())), qPrintable(found.first()));
    // The command line says the same and exits 2.
    if (!st::cliPath().isEmpty()) {
        const st::CliRun run = st::runCli(m_location, { s("audit"), s("--verify") });
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("version %1").arg(me.store->version())), qPrintable(run.err));
    }
}

void TestApprovals::migrationIsTheLatest()
{
    QVERIFY(st::scalar(m_location, s("SELECT COUNT(*) FROM approval_requests")) == 0);
    QCOMPARE(st::scalar(m_location, s("SELECT MAX(version) FROM schema_migrations")), qint64(Schema::latestVersion()));
}

void TestApprovals::commandLineFilesApprovesAndAppliesOnce()
{
    if (st::cliPath().isEmpty())
        QSKIP("rolesheet-cli is not built");
    setPolicy(2);
    const QString dee = s("Dee");
    QString out, err;
    // Refused without a request: exit 2, one line, nothing changed.
    QCOMPARE(finish(cli(requester(), { s("set-account-role"), dee, s("Admin") }), &out, &err), 2);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.contains(s("--request")), qPrintable(err));
    QCOMPARE(finish(cli(requester(), { s("set-account-role"), dee, s("Admin"), s("--request"), s("season start") }),
                 &out, &err),
        0);
    QVERIFY2(out.contains(s("Request 1 waits for 2 approvals.")), qPrintable(out + err));
    QCOMPARE(finish(cli(requester(), { s("requests") }), &out), 0);
    QVERIFY2(out.contains(s("pending\t0/2\tseason start")), qPrintable(out));
    QCOMPARE(finish(cli(requester(), { s("request"), s("approve"), s("1") }), &out, &err), 2);
    QCOMPARE(finish(cli(s("apr_bo"), { s("request"), s("deny"), s("1") }), &out, &err), 2); // a denial needs a comment
    // Two approvers each approve and then apply, at the same time: exactly one apply goes through.
    QList<QProcess *> approving { cli(s("apr_bo"), { s("request"), s("approve"), s("1") }),
        cli(s("apr_cy"), { s("request"), s("approve"), s("1") }) };
    for (QProcess *p : approving)
        QCOMPARE(finish(p, &out, &err), 0);
    QList<QProcess *> applying { cli(s("apr_bo"), { s("request"), s("apply"), s("1") }),
        cli(s("apr_cy"), { s("request"), s("apply"), s("1") }) };
    int applied = 0;
    for (QProcess *p : applying)
        applied += finish(p, &out, &err) == 0 ? 1 : 0;
    QCOMPARE(applied, 1);
    QCOMPARE(st::scalar(m_location, s("SELECT COUNT(*) FROM approval_steps")), qint64(1));
    QCOMPARE(st::scalar(m_location, s("SELECT COUNT(*) FROM audit WHERE change LIKE '%approval-apply%'")), qint64(1));
    Session me = as(requester());
    QCOMPARE(me.store->workspace().findMember(dee)->accountRole, m_ws.builtInRole(BuiltIn::Admin));
    QCOMPARE(finish(cli(requester(), { s("request"), s("show"), s("1") }), &out), 0);
    QVERIFY2(out.contains(s("2 of 2 approvals")), qPrintable(out));
    QCOMPARE(finish(cli(requester(), { s("request"), s("export"), s("1"), s("--format"), s("csv"), s("-o"),
                            m_dir.filePath(s("r1.csv")) })),
        0);
    QFile csv(m_dir.filePath(s("r1.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray evidence = csv.readAll();
    QVERIFY(evidence.contains(me.approvals->request(1).value().current().hash.toLatin1()));
    QCOMPARE(evidence.count("approval,"), 2);
    QCOMPARE(finish(cli(requester(), { s("audit"), s("--verify") }), &out, &err), 0);
}

void TestApprovals::randomStepsNeverApplyUnderApproved()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    setPolicy(2);
    // Dee, whose access the changes touch, has no login on the server.
    QStringList people { requester(), s("apr_owner"), s("apr_bo"), s("apr_cy") };
    if (!st::postgres())
        people.append(s("Dee"));
    std::vector<Session> sessions;
    for (const QString &p : people)
        sessions.push_back(as(p));
    const Id admin = m_ws.builtInRole(BuiltIn::Admin);
    const Id create = m_ws.builtInRole(BuiltIn::CreateProductions);
    const auto someChange = [&] {
        const Id who = id(random.bounded(2) ? s("Dee") : s("Eli"));
        return Change::setAccountRole(who, random.bounded(2) ? admin : create);
    };
    QList<Id> requests;
    int applied = 0;
    const int steps = st::postgres() ? 80 : 200;
    for (int step = 0; step < steps; ++step) {
        Session &s = sessions[random.bounded(int(sessions.size()))];
        if (!s.approvals)
            continue;
        QVERIFY(s.store->reload().ok());
        const Id request = requests.isEmpty() ? 0 : requests.at(random.bounded(int(requests.size())));
        // Weighted so that requests often gather approvals and get applied: submit, approve, deny, edit, rebase,
        // withdraw, apply.
        static const int weights[] = { 10, 40, 4, 8, 6, 4, 28 };
        int pick = random.bounded(100);
        int op = 0;
        while (pick >= weights[op]) {
            pick -= weights[op];
            ++op;
        }
        if (!request)
            op = 0;
        switch (op) {
        case 0:
            if (const Result<approval::Request> r = s.approvals->submit({ someChange() }, st::s("random")); r)
                requests.append(r.value().id);
            break;
        case 1:
            (void)s.approvals->approve(request, {});
            break;
        case 2:
            (void)s.approvals->deny(request, st::s("no"));
            break;
        case 3:
            (void)s.approvals->revise(request, { someChange() });
            break;
        case 4:
            (void)s.approvals->rebase(request);
            break;
        case 5:
            (void)s.approvals->withdraw(request);
            break;
        case 6: {
            if (!s.approvals->apply(request).ok())
                break;
            ++applied;
            // Independently of the program's counting: the distinct members, not the requester, who may approve
            // (owner or Admin as the workspace stood), who approved the hash that was applied.
            const approval::Request r = s.approvals->request(request).value();
            QSet<Id> approvers;
            const Workspace &ws = s.store->workspace();
            for (const approval::Vote &v : r.votes) {
                const Member *m = ws.member(v.member);
                const bool eligible = v.member == ws.owner() || (m && m->accountRole == admin);
                if (v.approve && v.hash == r.current().hash && v.member != r.requester && eligible)
                    approvers.insert(v.member);
            }
            QVERIFY2(approvers.size() >= 2, qPrintable(QStringLiteral("request %1, seed %2").arg(request).arg(seed)));
            break;
        }
        }
    }
    qInfo("%d requests, %d applied", int(requests.size()), applied);
    QVERIFY(sessions.front().approvals->unapproved().value().isEmpty());
}

QTEST_GUILESS_MAIN(TestApprovals)
#include "TestApprovals.moc"
