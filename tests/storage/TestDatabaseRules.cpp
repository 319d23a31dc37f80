// The rules the database itself holds (schema 4), whoever writes to it: a statement written by hand on a connection
// of its own, outside any Store, is refused by the database, and the workspace still opens. Runs against SQLite, and
// against PostgreSQL with ROLESHEET_TEST_BACKEND=postgresql.
#include "StoreTestSupport.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlRecord>
#include <QTest>

#include <atomic>
#include <barrier>
#include <thread>

using namespace rs;
using st::s;

namespace {

Dialect dialect()
{
    return st::postgres() ? Dialect::PostgreSQL : Dialect::SQLite;
}

// A connection of the test's own. SQLite holds foreign keys only on connections that turn them on, as every
// Rolesheet connection does; the indexes and triggers hold on every connection.
QSqlDatabase handConnection(const QString &name, const QString &location, bool foreignKeys)
{
    if (st::postgres())
        return st::Locations::rawConnection(name, location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(location);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
    db.open();
    if (foreignKeys)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return db;
}

// Runs the statements as one transaction; the database's refusal, or an empty string when it committed.
QString runTransaction(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN")))
        return QStringLiteral("BEGIN failed: ") + q.lastError().text();
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            const QString error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return error.isEmpty() ? QStringLiteral("refused") : error;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return error.isEmpty() ? QStringLiteral("refused") : error;
    }
    return {};
}

// Every table's rows, in a stable order: what "unchanged" means on a server.
QString dump(QSqlDatabase &db)
{
    QStringList tables = db.tables();
    tables.sort();
    QString out;
    QSqlQuery q(db);
    for (const QString &table : tables) {
        out += QStringLiteral("[%1]\n").arg(table);
        q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
        rows.sort();
        out += rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return out;
}

// Writes a workspace into a database at schema version 3, as the release before the database held rules did.
bool writeVersion3(QSqlDatabase &db, const Workspace &ws)
{
    if (!Schema::migrate(db, dialect(), 3).ok())
        return false;
    QSqlQuery q(db);
    auto run = [&](const char *sql, const QVariantList &values) {
        if (!q.prepare(QString::fromLatin1(sql)))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << q.lastError().text();
        return !q.lastError().isValid();
    };
    const auto nullable = [](Id id) { return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); };
    const auto scope = [](Scope sc) { return sc == Scope::Account ? s("account") : s("production"); };
    const auto text = [](const QString &t) { return t.isNull() ? s("") : t; };
    bool ok = db.transaction();
    ok = ok && run("INSERT INTO meta (key, value) VALUES ('name', ?)", { ws.name() });
    ok = ok && run("INSERT INTO meta (key, value) VALUES ('next_id', ?)", { QString::number(ws.nextId()) });
    for (int i = 0; ok && i < ws.sections().size(); ++i)
        ok = run("INSERT INTO sections (id, name, position) VALUES (?, ?, ?)",
            { ws.sections().at(i).id, ws.sections().at(i).name, i });
    for (int i = 0; ok && i < ws.features().size(); ++i) {
        const Feature &f = ws.features().at(i);
        ok = run("INSERT INTO features (id, section_id, name, position, scope, categories, owner_only, rationale) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            { f.id, f.section, f.name, i, scope(f.scope), int(f.categories.bits()), f.ownerOnly ? 1 : 0,
                text(f.rationale) });
    }
    for (const Role &r : ws.roles()) {
        ok = ok
            && run("INSERT INTO roles (id, name, scope, is_template, built_in, production_id, guardrails, "
                   "invited_only, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                { r.id, r.name, scope(r.scope), r.isTemplate ? 1 : 0, int(r.builtIn), nullable(r.production),
                    int(r.guardrails.bits()), r.invitedOnly ? 1 : 0, text(r.description) });
        for (auto it = r.grants.cbegin(); ok && it != r.grants.cend(); ++it)
            ok = run("INSERT INTO grants (role_id, feature_id, levels) VALUES (?, ?, ?)",
                { r.id, it.key(), int(it.value().bits()) });
    }
    for (const Member &m : ws.members())
        ok = ok
            && run("INSERT INTO members (id, name, account_role_id) VALUES (?, ?, ?)",
                { m.id, m.name, nullable(m.accountRole) });
    for (const Production &p : ws.productions())
        ok = ok
            && run("INSERT INTO productions (id, name, created_by) VALUES (?, ?, ?)",
                { p.id, p.name, nullable(p.createdBy) });
    for (auto it = ws.seats().cbegin(); ok && it != ws.seats().cend(); ++it)
        ok = run("INSERT INTO seats (production_id, member_id, role_id) VALUES (?, ?, ?)",
            { it.key().production, it.key().member, it.value() });
    return ok && db.commit();
}

// The owner's name, or an empty string when the workspace did not open.
QString ownerName(const Workspace &ws)
{
    const Member *owner = ws.member(ws.owner());
    return owner ? owner->name : QString();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDatabaseRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void handWrittenBreachIsRefused_data();
    void handWrittenBreachIsRefused();
    void handWrittenTransferInOrderIsAccepted();
    void editsTheRulesAllowStillLand();
    void racingTransfersNeverLeaveTwoOwners();
    void migratesVersion3AndKeepsData();
    void refusesVersion3ThatBreaksARule_data();
    void refusesVersion3ThatBreaksARule();

private:
    Workspace sample() const;
    Workspace openWorkspace(const QString &location = {}) const
    {
        auto store = Store::open(location.isEmpty() ? m_location : location, Store::Access::ReadOnly);
        if (!store)
            qWarning() << store.error().message;
        return store ? store.value()->workspace() : Workspace();
    }

    st::Locations m_locations;
    QString m_location;
    Workspace m_created;
};

// A studio with an owner, members, a custom account role held by one of them, and two productions with their own
// roles and a team seat.
Workspace TestDatabaseRules::sample() const
{
    Workspace ws = DefaultWorkspace::create(s("Owner"), s("Studio"));
    const auto apply = [&ws](Change c) {
        const auto r = ws.apply(c);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return c;
    };
    const Id owner = ws.owner();
    const Id ana = apply(Change::addMember(s("Ana"))).member;
    const Id ben = apply(Change::addMember(s("Ben"))).member;
    apply(Change::addMember(s("Cleo")));
    const Id editor = apply(Change::createRole(s("Editor"), Scope::Account)).role;
    apply(Change::setAccountRole(ana, editor));
    const Id spring = apply(Change::createProduction(s("Spring shoot"), owner)).production;
    apply(Change::createProduction(s("Autumn shoot"), owner));
    const Id grader = apply(Change::createRole(s("Grader"), Scope::Production, spring)).role;
    apply(Change::createRole(s("Colorist"), Scope::Production, spring));
    apply(Change::invite(spring, ben, grader));
    return ws;
}

void TestDatabaseRules::init()
{
    m_location = m_locations.next();
    auto store = Store::create(m_location, sample());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    m_created = store.value()->workspace();
}

void TestDatabaseRules::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("hand-")))
            QSqlDatabase::removeDatabase(name);
    }
}

void TestDatabaseRules::handWrittenBreachIsRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<bool>("needsForeignKeys");
    const QString ownerRole = s("(SELECT id FROM roles WHERE built_in = 1)");
    const QString adminRole = s("(SELECT id FROM roles WHERE built_in = 2)");
    QTest::newRow("second owner by account role")
        << QStringList { s("UPDATE members SET account_role_id = %1 WHERE name = 'Ana'").arg(ownerRole) }
        << s("rolesheet rule") << false;
    QTest::newRow("second owner by role and flag")
        << QStringList { s("UPDATE members SET account_role_id = %1, is_owner = 1 WHERE name = 'Ana'").arg(ownerRole) }
        << s("unique") << false;
    QTest::newRow("owner flag without the role")
        << QStringList { s("UPDATE members SET is_owner = 1 WHERE name = 'Ana'") } << s("rolesheet rule") << false;
    QTest::newRow("new member as owner") << QStringList {
        s("INSERT INTO members (id, name, account_role_id, is_owner) VALUES (900001, 'Intruder', %1, 1)").arg(ownerRole)
    } << s("unique") << false;
    QTest::newRow("owner demoted") << QStringList {
        s("UPDATE members SET account_role_id = %1, is_owner = 0 WHERE is_owner = 1").arg(adminRole)
    } << s("foreign key") << true;
    QTest::newRow("owner deleted") << QStringList { s("DELETE FROM members WHERE is_owner = 1") } << s("foreign key")
                                   << true;
    QTest::newRow("owner row deleted") << QStringList { s("DELETE FROM workspace_owner") } << s("rolesheet rule")
                                       << false;
    QTest::newRow("transfer that skips the owner row")
        << QStringList { s("UPDATE members SET account_role_id = %1, is_owner = 0 WHERE is_owner = 1").arg(adminRole),
               s("UPDATE members SET account_role_id = %1, is_owner = 1 WHERE name = 'Cleo'").arg(ownerRole) }
        << s("foreign key") << true;
    QTest::newRow("owner role made ordinary")
        << QStringList { s("UPDATE roles SET built_in = 0 WHERE built_in = 1") } << s("rolesheet rule") << false;
    QTest::newRow("second owner role") << QStringList {
        s("UPDATE roles SET built_in = 1 WHERE name = 'Production' AND is_template = 1")
    } << s("unique") << false;
    QTest::newRow("two account roles with one name")
        << QStringList { s("UPDATE roles SET name = 'Admin' WHERE name = 'Editor'") } << s("unique") << false;
    QTest::newRow("two roles with one name in a production")
        << QStringList { s("UPDATE roles SET name = 'Grader' WHERE name = 'Colorist'") } << s("unique") << false;
    QTest::newRow("production role named like a shared one") << QStringList {
        s("UPDATE roles SET name = (SELECT name FROM roles WHERE built_in = 5) WHERE name = 'Grader'")
    } << s("rolesheet rule") << false;
    QTest::newRow("shared role named like a production's")
        << QStringList { s("UPDATE roles SET name = 'Grader' WHERE built_in = 5") } << s("rolesheet rule") << false;
    QTest::newRow("production role added under a shared one's name") << QStringList {
        s("INSERT INTO roles (id, name, scope, is_template, built_in, production_id, guardrails, invited_only, "
          "description) VALUES (900003, (SELECT name FROM roles WHERE built_in = 5), 'production', 0, 0, "
          "(SELECT MIN(id) FROM productions), 0, 0, '')")
    } << s("rolesheet rule") << false;
    QTest::newRow("two templates with one name") << QStringList {
        s("INSERT INTO roles (id, name, scope, is_template, built_in, production_id, guardrails, "
          "invited_only, description) VALUES (900002, 'Production', 'account', 1, 0, NULL, 0, 0, '')")
    } << s("unique") << false;
    QTest::newRow("duplicate member name")
        << QStringList { s("UPDATE members SET name = 'Ben' WHERE name = 'Ana'") } << s("unique") << false;
    QTest::newRow("duplicate production name")
        << QStringList { s("UPDATE productions SET name = 'Spring shoot' WHERE name = 'Autumn shoot'") } << s("unique")
        << false;
    QTest::newRow("duplicate feature name")
        << QStringList { s("UPDATE features SET name = 'Jobs' WHERE name = 'Images'") } << s("unique") << false;
    QTest::newRow("duplicate section name")
        << QStringList { s("UPDATE sections SET name = 'Setup' WHERE name = 'Capture'") } << s("unique") << false;
    QTest::newRow("dangling seat role") << QStringList { s("UPDATE seats SET role_id = 987654") } << s("foreign key")
                                        << true;
    QTest::newRow("dangling grant") << QStringList {
        s("INSERT INTO grants (role_id, feature_id, levels) VALUES (987654, (SELECT MIN(id) FROM features), 1)")
    } << s("foreign key") << true;
    QTest::newRow("dangling account role")
        << QStringList { s("UPDATE members SET account_role_id = 987654 WHERE name = 'Ben'") } << s("foreign key")
        << true;
    QTest::newRow("held role deleted") << QStringList { s("DELETE FROM roles WHERE name = 'Editor'") }
                                       << s("foreign key") << true;
    QTest::newRow("role held on a team deleted")
        << QStringList { s("DELETE FROM roles WHERE name = 'Grader'") } << s("foreign key") << true;
}

void TestDatabaseRules::handWrittenBreachIsRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, refusal);
    QFETCH(bool, needsForeignKeys);
    const Workspace before = openWorkspace();
    QVERIFY(before == m_created);
    {
        QSqlDatabase db = handConnection(s("hand-breach"), m_location, needsForeignKeys);
        QVERIFY(db.isOpen());
        const QString error = runTransaction(db, statements);
        QVERIFY2(!error.isEmpty(), "the database took a write that breaks a rule");
        QVERIFY2(error.contains(refusal, Qt::CaseInsensitive), qPrintable(error));
    }
    // The workspace opens, as it was.
    auto store = Store::open(m_location);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    QVERIFY(store.value()->workspace() == before);
    QCOMPARE(store.value()->workspace().holders(store.value()->workspace().builtInRole(BuiltIn::Owner)).size(), 1);
}

void TestDatabaseRules::handWrittenTransferInOrderIsAccepted()
{
    // The rules refuse breaches, not hand-written work: a transfer written in full is taken.
    {
        QSqlDatabase db = handConnection(s("hand-transfer"), m_location, true);
        const QString error = runTransaction(db,
            { s("UPDATE members SET account_role_id = (SELECT id FROM roles WHERE built_in = 2), is_owner = 0 "
                "WHERE is_owner = 1"),
                s("UPDATE workspace_owner SET member_id = (SELECT id FROM members WHERE name = 'Cleo')"),
                s("UPDATE members SET account_role_id = (SELECT id FROM roles WHERE built_in = 1), is_owner = 1 "
                  "WHERE name = 'Cleo'") });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const Workspace after = openWorkspace();
    QVERIFY(after.verify().ok());
    QCOMPARE(ownerName(after), s("Cleo"));
}

void TestDatabaseRules::editsTheRulesAllowStillLand()
{
    // The database is no stricter than the model: what the rules allow, in one change or in a batch, is written.
    auto store = Store::open(m_location);
    QVERIFY(store.ok());
    Store &st = *store.value();
    const Workspace &ws = st.workspace();
    const Id cleo = ws.findMember(s("Cleo"))->id;
    const Id ana = ws.findMember(s("Ana"))->id;
    const Id owner = ws.owner();
    const Id ben = ws.findMember(s("Ben"))->id;
    QList<Change> batch { Change::transferOwnership(cleo), Change::transferOwnership(ana),
        Change::transferOwnership(owner) };
    QVERIFY2(st.applyAll(batch).ok(), "transfers in a batch");
    // A member added and made owner in one batch: the new owner comes before the change that demotes the old one.
    {
        Workspace staging = st.workspace();
        Change add = Change::addMember(s("Eve"));
        QVERIFY(staging.apply(add).ok());
        QList<Change> batch { add, Change::transferOwnership(add.member) };
        const auto r = st.applyAll(batch);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + r.error().detail));
    }
    // Single transfers back and forth: the members of each are written in no particular order.
    for (Id to : { ana, owner, cleo, owner, ana, cleo }) {
        Change transfer = Change::transferOwnership(to);
        const auto r = st.apply(transfer);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + r.error().detail));
    }
    // A name given up and taken in the same batch; a feature removed and another added under its name.
    const Id images = ws.findFeature(s("Images"))->id;
    const Id capture = ws.findSection(s("Capture"))->id;
    QList<Change> names { Change::renameMember(ana, s("Ana Lopez")), Change::addMember(s("Ana")),
        Change::removeFeature(images), Change::addFeature(capture, s("Images"), Scope::Production) };
    auto renamed = st.applyAll(names);
    QVERIFY2(renamed.ok(), qPrintable(renamed.ok() ? QString() : renamed.error().message));
    // Names swapped through a spare name, in one batch: each step keeps names unique, and so must the writing.
    const auto swap = [&](auto rename, Id a, Id b, const QString &nameA, const QString &nameB) {
        return QList<Change> { rename(a, s("Spare name")), rename(b, nameA), rename(a, nameB) };
    };
    const Id spring = ws.findProduction(s("Spring shoot"))->id;
    const Id autumnShoot = ws.findProduction(s("Autumn shoot"))->id;
    const Id grader = ws.findProductionRole(spring, s("Grader"))->id;
    const Id colorist = ws.findProductionRole(spring, s("Colorist"))->id;
    const Id jobs = ws.findFeature(s("Jobs"))->id;
    const Id orders = ws.findFeature(s("Job Orders"))->id;
    const Id setup = ws.findSection(s("Setup"))->id;
    QList<Change> swaps = swap(&Change::renameMember, ana, cleo, s("Ana Lopez"), s("Cleo"))
        + swap(&Change::renameProduction, spring, autumnShoot, s("Spring shoot"), s("Autumn shoot"))
        + swap(&Change::renameRole, grader, colorist, s("Grader"), s("Colorist"))
        + swap(&Change::renameFeature, jobs, orders, s("Jobs"), s("Job Orders"))
        + swap(&Change::renameSection, setup, capture, s("Setup"), s("Capture"));
    // A name taken, in one batch, from a member removed after the taker was first touched.
    {
        Workspace staging = st.workspace();
        Change add = Change::addMember(s("Fay"));
        QVERIFY(staging.apply(add).ok());
        swaps += { add, Change::removeMember(ben), Change::renameMember(add.member, s("Ben")) };
    }
    auto swapped = st.applyAll(swaps);
    QVERIFY2(swapped.ok(), qPrintable(swapped.ok() ? QString() : swapped.error().message + swapped.error().detail));
    QCOMPARE(st.workspace().feature(jobs)->name, s("Job Orders"));
    QCOMPARE(st.workspace().member(cleo)->name, s("Ana Lopez"));
    QVERIFY(openWorkspace() == st.workspace());
    // One name in different scopes: a production role per production, an account role, a template.
    for (Change c : { Change::createRole(s("Grader"), Scope::Production, autumnShoot),
             Change::createRole(s("Grader"), Scope::Account),
             Change::createRole(s("Grader"), Scope::Account, 0, 0, true) }) {
        const auto r = st.apply(c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    }
    const Workspace written = st.workspace();
    const Workspace reopened = openWorkspace();
    QVERIFY(reopened == written);
    QCOMPARE(reopened.owner(), cleo);
    // A whole workspace replaced, with an owner of another id.
    Workspace other = DefaultWorkspace::create(s("Someone else"), s("Other studio"));
    QVERIFY(st.replace(other).ok());
    QCOMPARE(ownerName(openWorkspace()), s("Someone else"));
}

void TestDatabaseRules::racingTransfersNeverLeaveTwoOwners()
{
    // Two connections transfer ownership to different members at the same moment, written by hand without the
    // writers' lock that Rolesheet takes: only the database stands between them and a second owner.
    const QStringList targets { s("Owner"), s("Ana"), s("Cleo") };
    constexpr int kRounds = 40;
    std::barrier sync(3);
    std::atomic<int> committed { 0 };
    const auto worker = [&](int which) {
        const QString name = s("hand-race-%1").arg(which);
        {
            QSqlDatabase db = handConnection(name, m_location, true);
            for (int round = 0; round < kRounds; ++round) {
                sync.arrive_and_wait();
                const QString target = targets.at((round + which) % targets.size());
                const QString member = s("(SELECT id FROM members WHERE name = '%1')").arg(target);
                const QString error = runTransaction(db,
                    { s("UPDATE members SET account_role_id = (SELECT id FROM roles WHERE built_in = 2), "
                        "is_owner = 0 WHERE is_owner = 1"),
                        s("UPDATE workspace_owner SET member_id = %1").arg(member),
                        s("UPDATE members SET account_role_id = (SELECT id FROM roles WHERE built_in = 1), "
                          "is_owner = 1 WHERE id = %1")
                            .arg(member) });
                if (error.isEmpty())
                    ++committed;
                sync.arrive_and_wait();
            }
        }
        QSqlDatabase::removeDatabase(name);
    };
    std::thread a(worker, 0);
    std::thread b(worker, 1);
    QStringList bad;
    {
        QSqlDatabase db = handConnection(s("hand-check"), m_location, true);
        QSqlQuery q(db);
        for (int round = 0; round < kRounds; ++round) {
            sync.arrive_and_wait();
            sync.arrive_and_wait();
            const bool read = q.exec(s("SELECT COUNT(*), MIN(m.id), (SELECT member_id FROM workspace_owner) "
                                       "FROM members m JOIN roles r ON r.id = m.account_role_id WHERE r.built_in = 1"))
                && q.next();
            if (!read || q.value(0).toInt() != 1 || q.value(1).toLongLong() != q.value(2).toLongLong())
                bad << s("round %1: %2 owners").arg(round).arg(read ? q.value(0).toInt() : -1);
            q.finish();
        }
    }
    a.join();
    b.join();
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(s("; "))));
    QVERIFY(committed.load() >= kRounds);
    qInfo("%d of %d racing transfers committed", committed.load(), 2 * kRounds);
    const Workspace after = openWorkspace();
    QVERIFY(after.verify().ok());
}

void TestDatabaseRules::migratesVersion3AndKeepsData()
{
    const QString location = m_locations.next();
    {
        QSqlDatabase db = handConnection(s("hand-v3"), location, false);
        QVERIFY(writeVersion3(db, m_created));
        QCOMPARE(Schema::currentVersion(db).value(), 3);
    }
    QSqlDatabase::removeDatabase(s("hand-v3"));
    auto store = Store::open(location);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    QVERIFY(store.value()->workspace() == m_created);
    // The upgraded workspace takes a transfer, and holds its rules against a hand-written second owner.
    Change transfer = Change::transferOwnership(m_created.findMember(s("Cleo"))->id);
    QVERIFY(store.value()->apply(transfer).ok());
    store.value().reset();
    {
        QSqlDatabase db = handConnection(s("hand-v4"), location, false);
        QCOMPARE(Schema::currentVersion(db).value(), Schema::latestVersion());
        QVERIFY(!runTransaction(db,
            { s("UPDATE members SET account_role_id = (SELECT id FROM roles WHERE built_in = 1) WHERE name = 'Ana'") })
                     .isEmpty());
    }
    const Workspace after = openWorkspace(location);
    QCOMPARE(ownerName(after), s("Cleo"));
    QCOMPARE(after.members().size(), m_created.members().size());
}

void TestDatabaseRules::refusesVersion3ThatBreaksARule_data()
{
    QTest::addColumn<QString>("breach");
    QTest::addColumn<QString>("says");
    QTest::newRow("two owners") << s(
        "UPDATE members SET account_role_id = (SELECT id FROM roles WHERE built_in = 1) WHERE name = 'Ana'")
                                << s("exactly one Admin & owner; this one has 2.");
    QTest::newRow("no owner") << s("UPDATE members SET account_role_id = (SELECT id FROM roles WHERE built_in = 2) "
                                   "WHERE account_role_id = (SELECT id FROM roles WHERE built_in = 1)")
                              << s("exactly one Admin & owner; this one has 0.");
    QTest::newRow("two features with one name")
        << s("UPDATE features SET name = 'Jobs' WHERE name = 'Images'") << s("Two features are named “Jobs”.");
    QTest::newRow("two sections with one name")
        << s("UPDATE sections SET name = 'Setup' WHERE name = 'Capture'") << s("Two sections are named “Setup”.");
    QTest::newRow("two roles with one name in a production")
        << s("UPDATE roles SET name = 'Grader' WHERE name = 'Colorist'")
        << s("A production has two roles named “Grader”.");
    QTest::newRow("two account roles with one name")
        << s("UPDATE roles SET name = 'Admin' WHERE name = 'Editor'") << s("Two account roles are named “Admin”.");
    if (!st::postgres())
        QTest::newRow("dangling reference")
            << s("UPDATE seats SET role_id = 987654") << s("A row of seats refers to something that does not exist.");
}

void TestDatabaseRules::refusesVersion3ThatBreaksARule()
{
    QFETCH(QString, breach);
    QFETCH(QString, says);
    const QString location = m_locations.next();
    QString before;
    {
        QSqlDatabase db = handConnection(s("hand-v3"), location, false);
        QVERIFY(writeVersion3(db, m_created));
        QVERIFY2(runTransaction(db, { breach }).isEmpty(), "schema 3 took the breach");
        before = dump(db);
    }
    QSqlDatabase::removeDatabase(s("hand-v3"));
    const QByteArray hash = st::postgres() ? QByteArray() : fileHash(location);

    auto store = Store::open(location);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.contains(says), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(s("Nothing was changed")), qPrintable(store.error().message));
    QVERIFY(!store.error().message.contains(QLatin1Char('\n')));

    if (!st::postgres()) {
        QCOMPARE(fileHash(location), hash);
        QVERIFY(!QFileInfo::exists(location + s("-wal")));
        QVERIFY(!QFileInfo::exists(location + s("-journal")));
    }
    {
        QSqlDatabase db = handConnection(s("hand-v3-after"), location, false);
        QCOMPARE(Schema::currentVersion(db).value(), 3);
        QCOMPARE(dump(db), before);
    }
}

QTEST_GUILESS_MAIN(TestDatabaseRules)
#include "TestDatabaseRules.moc"
