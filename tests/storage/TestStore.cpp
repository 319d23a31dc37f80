// The store keeps a workspace whole: round trips, upgrades from older schemas, and refusals that leave a file as it
// was. Runs against SQLite, and against PostgreSQL with ROLESHEET_TEST_BACKEND=postgresql.
#include "StoreTestSupport.h"
#include "domain/DefaultWorkspace.h"
#include "storage/ReviewStoreStatement.h"
#include "storage/StatementCache.h"
#include "storage/StoreFiles.h"
#include "testing/Generate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QUrlQuery>

using namespace rs;
using st::s;

namespace {

// Applies a change through the store and fails the test with the store's message when it is refused.
#define APPLY(store, change)                                                                                           \
    do {                                                                                                               \
        Change c_ = (change);                                                                                          \
        const auto r_ = (store).apply(c_);                                                                             \
        QVERIFY2(r_.ok(), qPrintable(r_.error().message));                                                             \
    } while (false)

// Writes a workspace into a database at schema version 1, as the first release of Rolesheet did.
bool writeVersion1(QSqlDatabase &db, const Workspace &ws)
{
    QSqlQuery q(db);
    auto run = [&](const QString &sql, const QVariantList &values) {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    };
    const auto nullable = [](Id id) { return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); };
    const auto scope = [](Scope sc) { return sc == Scope::Account ? s("account") : s("production"); };
    bool ok = db.transaction();
    ok = ok && run(s("INSERT INTO meta (key, value) VALUES ('name', ?)"), { ws.name() });
    for (int i = 0; ok && i < ws.sections().size(); ++i)
        ok = run(s("INSERT INTO sections (id, name, position) VALUES (?, ?, ?)"),
            { ws.sections().at(i).id, ws.sections().at(i).name, i });
    for (int i = 0; ok && i < ws.features().size(); ++i) {
        const Feature &f = ws.features().at(i);
        ok = run(s("INSERT INTO features (id, section_id, name, position, scope, categories, owner_only, rationale) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { f.id, f.section, f.name, i, scope(f.scope), int(f.categories.bits()), f.ownerOnly ? 1 : 0,
                f.rationale.isNull() ? s("") : f.rationale });
    }
    for (const Role &r : ws.roles()) {
        ok = ok
            && run(s("INSERT INTO roles (id, name, scope, is_template, built_in, production_id, guardrails, "
                     "invited_only, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { r.id, r.name, scope(r.scope), r.isTemplate ? 1 : 0, int(r.builtIn), nullable(r.production),
                    int(r.guardrails.bits()), r.invitedOnly ? 1 : 0, r.description.isNull() ? s("") : r.description });
        for (auto it = r.grants.cbegin(); ok && it != r.grants.cend(); ++it)
            ok = run(s("INSERT INTO grants (role_id, feature_id, levels) VALUES (?, ?, ?)"),
                { r.id, it.key(), int(it.value().bits()) });
    }
    for (const Member &m : ws.members())
        ok = ok
            && run(s("INSERT INTO members (id, name, account_role_id) VALUES (?, ?, ?)"),
                { m.id, m.name, nullable(m.accountRole) });
    for (const Production &p : ws.productions())
        ok = ok
            && run(s("INSERT INTO productions (id, name, created_by) VALUES (?, ?, ?)"),
                { p.id, p.name, nullable(p.createdBy) });
    for (auto it = ws.seats().cbegin(); ok && it != ws.seats().cend(); ++it)
        ok = run(s("INSERT INTO seats (production_id, member_id, role_id) VALUES (?, ?, ?)"),
            { it.key().production, it.key().member, it.value() });
    return ok && db.commit();
}

// A file's bytes and whether its write-ahead log exists, to compare before and after a refusal.
struct FileState
{
    QByteArray hash;
    bool exists = false;
    bool wal = false;
    QFile::Permissions permissions;

    static FileState of(const QString &path)
    {
        FileState state;
        QFile file(path);
        state.exists = file.exists();
        if (file.open(QIODevice::ReadOnly))
            state.hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        state.wal = QFileInfo::exists(path + s("-wal"));
        state.permissions = file.permissions();
        return state;
    }
    bool operator==(const FileState &) const = default;
};

} // namespace

// Storage round trips, migrations and refusals.
class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripEveryChange();
    void roundTripGeneratedWorkspace();
    void roundTripLinks();
    void importReplacesWorkspace();
    void createdStoreIsWhatOpeningReads();
    void aNewFileHasEveryReferenceChecked();
    void wholeWritesKeepEveryIndex();
    void textIsStoredAsTheDriverStoresIt();
    void migratesVersion1();
    void refusesFileAndLeavesItUnchanged_data();
    void refusesFileAndLeavesItUnchanged();
    void refusesToCreateOverAWorkspace();
    void refusesNewerSchema();
    void readOnlyStoreRefusesChanges();
    void postgresAddress();

private:
    st::Locations m_locations;
};

void TestStore::roundTripEveryChange()
{
    const QString location = m_locations.next();
    auto created = Store::create(location, DefaultWorkspace::create(s("Owner"), s("Studio")));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    Store &store = *created.value();
    const Workspace &ws = store.workspace();
    const Id owner = ws.findMember(s("Owner"))->id;
    const Id admin = ws.builtInRole(BuiltIn::Admin);
    const Id productionTemplate = ws.findTemplate(s("Production"))->id;
    const Id jobs = ws.findFeature(s("Jobs"))->id;
    const Id images = ws.findFeature(s("Images"))->id;

    APPLY(store, Change::addMember(s("Ann")));
    APPLY(store, Change::addMember(s("Bob"), admin));
    APPLY(store, Change::addMember(s("Cid")));
    const Id ann = ws.findMember(s("Ann"))->id;
    const Id bob = ws.findMember(s("Bob"))->id;
    APPLY(store, Change::createRole(s("Editor"), Scope::Account, 0, productionTemplate));
    const Id editor = ws.findAccountRole(s("Editor"))->id;
    APPLY(store, Change::setGrant(editor, jobs, Levels(Level::View).with(Level::Add)));
    APPLY(store, Change::renameRole(editor, s("Editors")));
    APPLY(store, Change::setGuardrails(editor, Categories(Category::Financial), s("marketing and staff allowed")));
    APPLY(store, Change::setInvitedOnly(editor, true));
    APPLY(store, Change::setDescription(editor, s("Edits the catalogue, \"quoted\", and ünïcode")));
    APPLY(store, Change::setAccountRole(ann, editor));
    APPLY(store, Change::renameMember(bob, s("Robert")));
    APPLY(store, Change::createProduction(s("Film"), owner));
    const Id film = ws.findProduction(s("Film"))->id;
    APPLY(store, Change::renameProduction(film, s("Film One")));
    APPLY(store, Change::createRole(s("Subtitler"), Scope::Production, film));
    const Id subtitler = ws.findProductionRole(film, s("Subtitler"))->id;
    APPLY(store, Change::setGrant(subtitler, images, Levels(Level::View)));
    APPLY(store, Change::invite(film, ann, subtitler));
    const Id cid = ws.findMember(s("Cid"))->id;
    APPLY(store, Change::invite(film, cid));
    APPLY(store, Change::uninvite(film, cid));
    APPLY(store, Change::createProduction(s("Short"), owner));
    APPLY(store, Change::deleteProduction(ws.findProduction(s("Short"))->id));
    APPLY(store, Change::removeMember(cid));
    APPLY(store, Change::createRole(s("Temporary"), Scope::Account));
    APPLY(store, Change::deleteRole(ws.findAccountRole(s("Temporary"))->id));
    APPLY(store, Change::addSection(s("Extras")));
    const Id extras = ws.findSection(s("Extras"))->id;
    APPLY(store, Change::renameSection(extras, s("More")));
    APPLY(store, Change::moveSection(extras, 0));
    APPLY(store, Change::addFeature(extras, s("Reels"), Scope::Production, Category::Marketing, false, s("Why")));
    const Id reels = ws.findFeature(s("Reels"))->id;
    APPLY(store, Change::renameFeature(reels, s("Show Reels")));
    APPLY(store, Change::setFeatureScope(reels, Scope::Account));
    APPLY(store, Change::setFeatureCategories(reels, Category::Personnel));
    APPLY(store, Change::setFeatureOwnerOnly(reels, true));
    APPLY(store, Change::setFeatureRationale(reels, s("Reels show the studio's best work.")));
    APPLY(store, Change::addFeature(extras, s("Trailers"), Scope::Production));
    APPLY(store, Change::moveFeature(ws.findFeature(s("Trailers"))->id, ws.sections().last().id, 0));
    APPLY(store, Change::addSection(s("Gone")));
    APPLY(store, Change::removeSection(ws.findSection(s("Gone"))->id));
    APPLY(store, Change::removeFeature(reels));
    APPLY(store, Change::setWorkspaceName(s("Studio Two")));
    APPLY(store, Change::transferOwnership(bob));
    QVERIFY(ws.verify().ok());
    QCOMPARE(ws.owner(), bob);

    auto reopened = Store::open(location);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    QVERIFY(reopened.value()->workspace() == ws);
    QCOMPARE(reopened.value()->workspace().name(), s("Studio Two"));
    QCOMPARE(reopened.value()->version(), store.version());

    // One audit row per change and one for the creation, the newest with before and after values.
    const auto audit = reopened.value()->audit();
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().size(), 40);
    QCOMPARE(audit.value().last().version, store.version());
    QVERIFY(audit.value().last().subjects.contains(QStringLiteral("member:%1").arg(bob)));
}

// Links, template versions and what flows through them are stored as the model holds them, and the audit trail's
// digest accounts for every link row.
void TestStore::roundTripLinks()
{
    const QString location = m_locations.next();
    auto created = Store::create(location, DefaultWorkspace::create(s("Owner"), s("Studio")));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    Store &store = *created.value();
    const Workspace &ws = store.workspace();
    const Id templ = ws.findTemplate(s("Production"))->id;
    const Id images = ws.findFeature(s("Images"))->id;
    const Id jobs = ws.findFeature(s("Job Orders"))->id;
    APPLY(store, Change::createProduction(s("Film"), ws.owner()));
    const Id film = ws.findProduction(s("Film"))->id;
    APPLY(store, Change::createRole(s("Freelancer"), Scope::Production, film, templ));
    APPLY(store, Change::createRole(s("Runner"), Scope::Production, film, templ));
    APPLY(store, Change::createRole(s("Dropped"), Scope::Production, film, templ));
    const Id freelancer = ws.findProductionRole(film, s("Freelancer"))->id;
    const Id runner = ws.findProductionRole(film, s("Runner"))->id;
    const Id dropped = ws.findProductionRole(film, s("Dropped"))->id;
    APPLY(store, Change::linkRole(freelancer, templ, true));
    APPLY(store, Change::linkRole(runner, templ, false));
    APPLY(store, Change::linkRole(dropped, templ, false));
    APPLY(store, Change::setGrant(runner, jobs, Levels(Level::View)));
    APPLY(store, Change::setGrant(templ, images, Levels(Level::View)));
    APPLY(store, Change::setGrant(templ, jobs, Levels()));
    APPLY(store, Change::syncTemplate(runner, true));
    APPLY(store, Change::unlinkRole(dropped));
    APPLY(store, Change::createProduction(s("Short"), ws.owner()));
    const Id shortFilm = ws.findProduction(s("Short"))->id;
    APPLY(store, Change::createRole(s("Gone"), Scope::Production, shortFilm, templ));
    APPLY(store, Change::linkRole(ws.findProductionRole(shortFilm, s("Gone"))->id, templ, true));
    APPLY(store, Change::deleteProduction(shortFilm)); // its linked role goes with it
    QCOMPARE(ws.role(templ)->version, 2);
    QCOMPARE(ws.role(freelancer)->grants.value(images), Levels(Level::View));
    QVERIFY(ws.role(runner)->link.isLinked() && !ws.role(dropped)->link.isLinked());

    auto reopened = Store::open(location);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    QVERIFY(reopened.value()->workspace() == ws);
    QCOMPARE(reopened.value()->workspace().role(runner)->link, ws.role(runner)->link);
    QCOMPARE(reopened.value()->workspace().role(templ)->version, 2);
    QCOMPARE(st::scalar(location, s("SELECT COUNT(*) FROM role_links")), 3); // the template, freelancer, runner
    const auto chain = reopened.value()->verifyAudit();
    QVERIFY(chain.ok());
    QVERIFY2(chain.value().whole() && chain.value().drift.isEmpty(), qPrintable(chain.value().drift.join(s("; "))));
}

void TestStore::roundTripGeneratedWorkspace()
{
    const Workspace generated = generateWorkspace(GenerateSpec::small(), 7);
    const QString location = m_locations.next();
    auto created = Store::create(location, generated);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    created.value().reset();
    auto reopened = Store::open(location, Store::Access::ReadOnly);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    QVERIFY(reopened.value()->workspace() == generated);
}

void TestStore::importReplacesWorkspace()
{
    const QString location = m_locations.next();
    auto store = Store::create(location, DefaultWorkspace::create());
    QVERIFY(store.ok());
    const Workspace generated = generateWorkspace(GenerateSpec::small(), 3);
    const Status s = store.value()->replace(generated);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QVERIFY(store.value()->workspace() == generated);
    // Ids issued after an import never reuse an imported one.
    Change add = Change::addMember(st::s("New member"));
    QVERIFY(store.value()->apply(add).ok());
    store.value().reset();
    auto reopened = Store::open(location);
    QVERIFY(reopened.ok());
    const Member *added = reopened.value()->workspace().findMember(st::s("New member"));
    QVERIFY(added);
    QVERIFY(added->id >= generated.nextId());
}

void TestStore::createdStoreIsWhatOpeningReads()
{
    // The store create() gives back is not read back from the file: it must hold what opening the file reads, down to
    // the revisions that tell another writer's changes apart from this one's.
    Workspace ws = generateWorkspace(GenerateSpec::small(), 5);
    Change zoned = Change::setTimeZone(QByteArrayLiteral("Europe/Amsterdam"));
    QVERIFY(ws.apply(zoned).ok());
    const QString location = m_locations.next();
    auto created = Store::create(location, ws);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    Store &mine = *created.value();
    auto opened = Store::open(location);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Store &other = *opened.value();
    QVERIFY(mine.workspace() == other.workspace());
    QVERIFY(mine.workspace() == ws);
    QCOMPARE(mine.workspace().nextId(), other.workspace().nextId());
    QCOMPARE(mine.version(), other.version());
    QCOMPARE(mine.identity(), other.identity());

    // Another writer renames a role and a member. This store, which has not seen either, renames the same role
    // (refused: it changed since this store read it), then another role (kept: the revisions tell it apart).
    QList<Id> roles;
    for (const Role &r : ws.roles()) {
        if (!r.isLocked() && !r.isTemplate)
            roles.append(r.id);
    }
    QVERIFY(roles.size() >= 2);
    const Id member = ws.members().firstKey();
    APPLY(other, Change::renameRole(roles.at(0), s("Renamed elsewhere")));
    APPLY(other, Change::renameMember(member, s("Renamed member")));
    Change clash = Change::renameRole(roles.at(0), s("Renamed here"));
    const Result<Touched> refused = mine.apply(clash);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    APPLY(mine, Change::renameRole(roles.at(1), s("Renamed here")));
    QCOMPARE(mine.workspace().role(roles.at(0))->name, s("Renamed elsewhere"));
    QCOMPARE(mine.workspace().member(member)->name, s("Renamed member"));
}

void TestStore::aNewFileHasEveryReferenceChecked()
{
    // A new file is built with SQLite's foreign keys off and its references checked once, whole: what it holds names
    // nothing that is not there, and a row that does is found and named.
    if (st::postgres())
        QSKIP("SQLite's way of building a new file");
    const QString location = m_locations.next();
    QVERIFY(Store::create(location, generateWorkspace(GenerateSpec::small(), 9)).ok());
    {
        QSqlDatabase db = st::Locations::rawConnection(s("references"), location);
        QSqlQuery q(db);
        QVERIFY(q.exec(s("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), "a created file holds a reference to a row that is not there");
        q.finish();
        QVERIFY(storefiles::checkReferences(db, location).ok());
        QVERIFY(q.exec(s("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(s("INSERT INTO grants (role_id, feature_id, levels) SELECT MAX(id) + 1000, "
                         "(SELECT MIN(id) FROM features), 1 FROM roles")));
        const Status checked = storefiles::checkReferences(db, location);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, Error::Code::Storage);
        QVERIFY2(checked.error().detail.contains(s("grants")) && checked.error().detail.contains(s("roles")),
            qPrintable(checked.error().detail));
        QVERIFY(q.exec(s("DELETE FROM grants WHERE role_id NOT IN (SELECT id FROM roles)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("references"));
    // Every connection of the program's own still checks each write: the file opened again refuses a dangling row.
    auto opened = Store::open(location);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    const Id role = opened.value()->workspace().roles().firstKey();
    QSqlQuery q(opened.value()->db());
    QVERIFY(!q.exec(s("INSERT INTO seats (production_id, member_id, role_id) VALUES (987654, 987655, %1)").arg(role)));
}

namespace {

// The indexes of a file as its schema made them: name, table and definition.
QStringList indexesOf(const QString &location)
{
    QStringList indexes;
    {
        QSqlDatabase db = st::Locations::rawConnection(s("indexes"), location);
        QSqlQuery q(s("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"), db);
        while (q.next())
            indexes.append(q.value(0).toString() + s(" ") + q.value(1).toString() + s(" ") + q.value(2).toString());
    }
    QSqlDatabase::removeDatabase(s("indexes"));
    return indexes;
}

} // namespace

void TestStore::wholeWritesKeepEveryIndex()
{
    if (st::postgres())
        QSKIP("SQLite builds a whole write's indexes after its rows; PostgreSQL keeps them as it writes");
    // A file with the schema alone: the indexes every workspace has.
    const QString empty = m_locations.next();
    {
        QSqlDatabase db = st::Locations::rawConnection(s("schema"), empty);
        QVERIFY(Schema::migrate(db, Dialect::SQLite).ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(s("schema"));
    const QStringList expected = indexesOf(empty);
    QVERIFY(expected.contains(s("grants_feature grants CREATE INDEX grants_feature ON grants(feature_id)")));

    // Created, and replaced whole by an import: the same indexes, each with every row, and the file intact.
    const QString location = m_locations.next();
    auto created = Store::create(location, generateWorkspace(GenerateSpec::small(), 3));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QCOMPARE(indexesOf(location), expected);
    QVERIFY(created.value()->replace(generateWorkspace(GenerateSpec::small(), 4)).ok());
    QCOMPARE(indexesOf(location), expected);
    QCOMPARE(st::scalar(location, s("SELECT COUNT(*) FROM grants INDEXED BY grants_feature WHERE feature_id > 0")),
        st::scalar(location, s("SELECT COUNT(*) FROM grants")));
    QCOMPARE(st::scalar(location, s("SELECT COUNT(*) FROM seats INDEXED BY seats_role WHERE role_id > 0")),
        st::scalar(location, s("SELECT COUNT(*) FROM seats")));
    QCOMPARE(st::scalar(location, s("SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), 0);
}

void TestStore::textIsStoredAsTheDriverStoresIt()
{
    if (st::postgres())
        QSKIP("SQLite's C API binds text on SQLite only");
    // Text bound through the C API (the writer's statements, the review rows) is stored byte for byte as Qt's SQLite
    // driver stores it: UTF-8 of valid text, and SQLite's own rendering of text that is not (a lone surrogate).
    const QList<QString> texts { QString(), s(""), s("Ann"), s("Zoë Ångström"), s("日本語の名前"), s("Emoji 🎬 cut"),
        QString(QChar(0xD83C)) + s("lone high"), s("lone low ") + QChar(0xDFAC), QString(QChar(0xDC00)) };
    const QString location = m_locations.next();
    QStringList driver, cached, review;
    {
        QSqlDatabase db = st::Locations::rawConnection(s("text"), location);
        QSqlQuery q(db);
        QVERIFY(q.exec(s("CREATE TABLE t (way TEXT, n INTEGER, v TEXT)")));
        StatementCache statements(db);
        reviewsql::Statement insert(db, "INSERT INTO t (way, n, v) VALUES ('review', ?, ?)");
        QVERIFY(statements.isSqlite() && insert.prepared());
        for (int i = 0; i < texts.size(); ++i) {
            QVERIFY(q.prepare(s("INSERT INTO t (way, n, v) VALUES ('driver', ?, ?)")));
            q.addBindValue(i);
            q.addBindValue(texts.at(i).isNull() ? s("") : texts.at(i));
            QVERIFY(q.exec());
            QSqlError error;
            QVERIFY(statements.runSqlite(
                "INSERT INTO t (way, n, v) VALUES ('cached', ?, ?)", { i, texts.at(i) }, &error));
            insert.bind(0, i);
            insert.bind(1, texts.at(i));
            QVERIFY(insert.run());
        }
        QVERIFY(q.exec(s("SELECT way, hex(v), typeof(v) FROM t ORDER BY n, way")));
        while (q.next()) {
            const QString stored = q.value(1).toString() + s(" ") + q.value(2).toString();
            (q.value(0).toString() == s("driver") ? driver : q.value(0).toString() == s("cached") ? cached : review)
                .append(stored);
        }
    }
    QSqlDatabase::removeDatabase(s("text"));
    QCOMPARE(driver.size(), texts.size());
    QCOMPARE(cached, driver);
    QCOMPARE(review, driver);
    QCOMPARE(driver.at(3), s(QByteArray("Zoë Ångström").toHex().toUpper()) + s(" text"));
}

void TestStore::migratesVersion1()
{
    const QString location = m_locations.next();
    const Workspace original = generateWorkspace(GenerateSpec::small(), 11);
    {
        QSqlDatabase db = st::Locations::rawConnection(s("v1"), location);
        QVERIFY(db.isOpen());
        QVERIFY(Schema::migrate(db, st::postgres() ? Dialect::PostgreSQL : Dialect::SQLite, 1).ok());
        QCOMPARE(Schema::currentVersion(db).value(), 1);
        QVERIFY(writeVersion1(db, original));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("v1"));

    // Read-only access does not upgrade, and says why.
    auto readOnly = Store::open(location, Store::Access::ReadOnly);
    QVERIFY(!readOnly.ok());
    QVERIFY(readOnly.error().message.contains(s("older")));

    auto store = Store::open(location);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    QVERIFY(store.value()->workspace() == original);
    QSqlDatabase db = st::Locations::rawConnection(s("v1-check"), location);
    QCOMPARE(Schema::currentVersion(db).value(), Schema::latestVersion());
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(s("v1-check"));
    // The upgraded workspace takes changes, with revisions and audit rows.
    Change add = Change::addMember(s("After the upgrade"));
    QVERIFY(store.value()->apply(add).ok());
    QCOMPARE(store.value()->audit().value().size(), 1);
}

void TestStore::refusesFileAndLeavesItUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("not sqlite") << s("text") << int(Error::Code::BadInput) << s("not an SQLite database");
    QTest::newRow("empty") << s("empty") << int(Error::Code::BadInput) << s("empty");
    QTest::newRow("truncated") << s("truncated") << int(Error::Code::BadInput) << s("damaged");
    QTest::newRow("newer schema") << s("newer") << int(Error::Code::BadInput) << s("newer Rolesheet");
    QTest::newRow("read-only") << s("readonly") << int(Error::Code::BadInput) << s("read-only");
    QTest::newRow("folder") << s("folder") << int(Error::Code::BadInput) << s("folder");
    QTest::newRow("missing") << s("missing") << int(Error::Code::NotFound) << s("no workspace");
    QTest::newRow("other database") << s("foreign") << int(Error::Code::BadInput) << s("not a Rolesheet");
}

void TestStore::refusesFileAndLeavesItUnchanged()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, says);
    // Files are SQLite's business; the PostgreSQL run checks them too, since the command line takes both.
    QTemporaryDir dir;
    const QString path = dir.filePath(s("w.rolesheet"));
    const auto makeReal = [&]() {
        auto store = Store::create(path, generateWorkspace(GenerateSpec::small(), 5));
        QVERIFY(store.ok());
    };
    if (kind == s("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("Section,Feature\nSetup,Jobs\n").repeated(40));
    } else if (kind == s("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == s("truncated")) {
        makeReal();
        QFile f(path);
        QVERIFY(f.size() > 8192);
        QVERIFY(f.resize(f.size() / 2));
    } else if (kind == s("newer")) {
        makeReal();
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(s("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'later')")));
        q.finish();
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(s("newer"));
    } else if (kind == s("readonly")) {
        makeReal();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (kind == s("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == s("foreign")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(s("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(s("foreign"));
    }
    const FileState before = FileState::of(path);
    QVERIFY(!before.wal);
    for (Store::Access access : { Store::Access::ReadWrite, Store::Access::ReadOnly }) {
        if (kind == s("readonly") && access == Store::Access::ReadOnly)
            continue; // reading a read-only workspace is allowed
        auto store = Store::open(path, access);
        QVERIFY(!store.ok());
        QCOMPARE(int(store.error().code), code);
        QVERIFY2(store.error().message.contains(says), qPrintable(store.error().message));
        const FileState after = FileState::of(path);
        QCOMPARE(after.wal, before.wal);
        QCOMPARE(after.exists, before.exists);
        QCOMPARE(after.permissions, before.permissions);
        QCOMPARE(after.hash.toHex(), before.hash.toHex());
    }
    if (kind == s("missing")) {
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
    }
    if (kind == s("folder"))
        QCOMPARE(QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
}

void TestStore::refusesToCreateOverAWorkspace()
{
    const QString location = m_locations.next();
    auto first = Store::create(location, DefaultWorkspace::create(s("First")));
    QVERIFY(first.ok());
    const qint64 version = first.value()->version();
    const QByteArray bytes = st::postgres() ? QByteArray() : [&]() {
        QFile f(location);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto second = Store::create(location, DefaultWorkspace::create(s("Second")));
    QVERIFY(!second.ok());
    QVERIFY2(second.error().message.contains(s("already")), qPrintable(second.error().message));
    QCOMPARE(first.value()->currentVersion().value(), version);
    first.value().reset();
    auto reopened = Store::open(location);
    QVERIFY(reopened.ok());
    QVERIFY(reopened.value()->workspace().findMember(s("First")));
    if (!st::postgres()) {
        reopened.value().reset();
        QFile f(location);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }
}

void TestStore::refusesNewerSchema()
{
    const QString location = m_locations.next();
    QVERIFY(Store::create(location, DefaultWorkspace::create()).ok());
    {
        QSqlDatabase db = st::Locations::rawConnection(s("newer-schema"), location);
        QSqlQuery q(db);
        QVERIFY(q.exec(s("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'later')")));
    }
    QSqlDatabase::removeDatabase(s("newer-schema"));
    auto store = Store::open(location);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().message.contains(s("schema 99")), qPrintable(store.error().message));
}

void TestStore::readOnlyStoreRefusesChanges()
{
    const QString location = m_locations.next();
    QVERIFY(Store::create(location, DefaultWorkspace::create()).ok());
    auto store = Store::open(location, Store::Access::ReadOnly);
    QVERIFY(store.ok());
    const qint64 version = store.value()->version();
    Change add = Change::addMember(s("Nobody"));
    QVERIFY(!store.value()->apply(add).ok());
    QVERIFY(!store.value()->workspace().findMember(s("Nobody")));
    QCOMPARE(store.value()->currentVersion().value(), version);
}

void TestStore::postgresAddress()
{
    // The address is parsed and checked before any connection, on either backend's run.
    auto withPassword = Store::open(s("postgresql://ann:hunter2secret@127.0.0.1:5999/studio"));
    QVERIFY(!withPassword.ok());
    QVERIFY(withPassword.error().message.contains(s(".pgpass")));
    QVERIFY(!withPassword.error().message.contains(s("hunter2secret")));
    QVERIFY(!withPassword.error().detail.contains(s("hunter2secret")));
    auto noDatabase = Store::open(s("postgresql://ann@127.0.0.1:5999/"));
    QVERIFY(!noDatabase.ok());
    QVERIFY(noDatabase.error().message.contains(s("no database")));
    auto unknownParameter = Store::open(s("postgresql://ann@127.0.0.1:5999/studio?password=x"));
    QVERIFY(!unknownParameter.ok());
    QVERIFY(!unknownParameter.error().message.contains(s("=x")));
    if (!st::postgres())
        return;
    // Against the fixture's server: the password comes from PGPASSFILE, sslmode is passed to libpq (the server has
    // no TLS, so require must fail and disable must work), and a database without a workspace says so.
    const QString location = m_locations.next();
    QUrl url(location);
    QUrlQuery query;
    query.addQueryItem(s("sslmode"), s("require"));
    url.setQuery(query);
    auto tls = Store::open(url.toString());
    QVERIFY(!tls.ok());
    QCOMPARE(int(tls.error().code), int(Error::Code::Storage));
    QVERIFY2(tls.error().detail.contains(s("SSL"), Qt::CaseInsensitive), qPrintable(tls.error().detail));
    auto empty = Store::open(location);
    QVERIFY(!empty.ok());
    QCOMPARE(int(empty.error().code), int(Error::Code::NotFound));
    auto created = Store::create(location, DefaultWorkspace::create());
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QCOMPARE(created.value()->dialect(), Dialect::PostgreSQL);
    QVERIFY(!created.value()->location().contains(s("@127.0.0.1:1/")));
    const auto audit = created.value()->audit();
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().first().dbUser, s("rolesheet"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
