// Writers of cells on PostgreSQL, whose records the server chains under the writers' lock (SchemaCellWrites.h): the
// server's hash of a record is the client's to the byte, for texts of every kind; records that hold what a write
// changed of the digest still give the digest of what is stored, and a row changed behind the program's back; two
// editors setting cells of different roles each take in the other's change and leave one whole chain; after another
// kind of write the server refuses the quick way and the change is still made, the other way, with nothing lost.
#include "StoreTestSupport.h"

#include "storage/AuditState.h"
#include "storage/Digest.h"

#include <QTest>

using namespace rs;
using st::s;

class TestCellWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theTrailKeepsTheDigestAcrossChanges();
    void theServerHashesRecordsAsTheClientDoes();
    void cellWritersTakeInEachOther();
    void anotherKindOfWriteFirstTakesTheLongWay();
};

namespace {

QString serverText(QSqlDatabase &db, const char *sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(QString::fromLatin1(sql)))
        return QStringLiteral("prepare: ") + q.lastError().text();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QStringLiteral("exec: ") + q.lastError().text();
    return q.value(0).toString();
}

Id firstPlainFeature(const Workspace &ws, int skip = 0)
{
    for (const Feature &f : ws.features()) {
        if (f.categories.isEmpty() && !f.ownerOnly && skip-- == 0)
            return f.id;
    }
    return 0;
}

// A change made by a store or on a workspace (which may rewrite the change they are given).
template <typename Target> Result<Touched> put(Target &target, Change change)
{
    return target.apply(change);
}

// Runs one statement on the workspace's database outside any store.
bool runSql(const QString &location, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = st::Locations::rawConnection(s("run"), location);
        QSqlQuery q(db);
        ok = q.exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(s("run"));
    return ok;
}

// Whether the write that made the workspace's version was a cells write the server chained.
bool chainedByServer(const QString &location)
{
    return st::scalar(location, s("SELECT CASE WHEN quick_version = version THEN 1 ELSE 0 END FROM workspace_version"))
        == 1;
}

void verifyWhole(Store &store)
{
    const Result<AuditChain> chain = store.verifyAudit();
    QVERIFY(chain.ok());
    QVERIFY2(chain.value().whole(), qPrintable(chain.value().problem));
    QVERIFY2(chain.value().drift.isEmpty(), qPrintable(chain.value().drift.join(QLatin1Char('\n'))));
}

} // namespace

void TestCellWrites::init()
{
    if (!st::postgres())
        QSKIP("PostgreSQL only: on SQLite one writer works at a time and the client chains every record.");
}

void TestCellWrites::theTrailKeepsTheDigestAcrossChanges()
{
    st::Locations locations;
    const QString location = locations.next();
    Workspace ws = DefaultWorkspace::create(s("Owner"), s("Studio"));
    QVERIFY(put(ws, Change::createRole(s("Editor"), Scope::Account)).ok());
    QVERIFY(Store::create(location, ws).ok());
    auto store = Store::open(location);
    QVERIFY(store.ok());
    const Id editor = ws.findAccountRole(s("Editor"))->id;
    // Cells written three times: each record holds what its write changed of the digest, and the trail still gives
    // the digest of what is stored.
    for (int i = 0; i < 3; ++i)
        QVERIFY(put(*store.value(), Change::setGrant(editor, firstPlainFeature(ws, i), Levels(Level::View))).ok());
    QVERIFY(chainedByServer(location));
    QCOMPARE(st::scalar(location, s("SELECT COUNT(*) FROM audit WHERE digest LIKE 'rolesheet-digest-change-1%'")), 3);
    verifyWhole(*store.value());
    {
        QSqlDatabase db = st::Locations::rawConnection(s("digest"), location);
        const Result<std::optional<digest::State>> recorded = digest::recorded(db);
        const Result<digest::State> stored = digest::compute(db);
        QVERIFY(recorded.ok() && recorded.value() && stored.ok());
        QVERIFY(*recorded.value() == stored.value());
        db.close();
    }
    QSqlDatabase::removeDatabase(s("digest"));
    // A grant changed behind the program's back is found, and named.
    const QString setLevels = QStringLiteral("UPDATE grants SET levels = %1 WHERE role_id = %2 AND feature_id = %3");
    QVERIFY(runSql(location, setLevels.arg(15).arg(editor).arg(firstPlainFeature(ws, 1))));
    const Result<AuditChain> tampered = store.value()->verifyAudit();
    QVERIFY(tampered.ok());
    QCOMPARE(tampered.value().drift.size(), 1);
    QVERIFY2(tampered.value().drift.first().contains(QString::number(firstPlainFeature(ws, 1))),
        qPrintable(tampered.value().drift.first()));
    // Put back as the program wrote it, the trail accounts for every row again.
    QVERIFY(runSql(location, setLevels.arg(1).arg(editor).arg(firstPlainFeature(ws, 1))));
    verifyWhole(*store.value());
    // The next write of another kind records the digest whole again, summed from the changes.
    QVERIFY(put(*store.value(), Change::renameRole(editor, s("Senior editor"))).ok());
    QVERIFY(!chainedByServer(location));
    QCOMPARE(st::scalar(location,
                 s("SELECT CASE WHEN digest LIKE 'rolesheet-digest-1%' THEN 1 ELSE 0 END FROM audit ORDER BY id DESC "
                   "LIMIT 1")),
        1);
    verifyWhole(*store.value());
    QVERIFY(!digest::State::parseChange(digest::State().text()));
    QVERIFY(!digest::State::parse(digest::State().changeText()));
}

void TestCellWrites::theServerHashesRecordsAsTheClientDoes()
{
    st::Locations locations;
    const QString location = locations.next();
    QVERIFY(Store::create(location, DefaultWorkspace::create(s("Owner"), s("Studio"))).ok());
    {
        QSqlDatabase db = st::Locations::rawConnection(s("hashes"), location);
        const QStringList texts { QString(), s("plain"), s("quote \" back\\slash {brace,comma}"), s("line\nfeed"),
            s("Ünïcödé ✂ 役割 🎬"), s("{\"kind\":\"set-grant\",\"levels\":[\"View\"]}"),
            QString(300, QLatin1Char('x')) };
        int round = 0;
        for (const QString &text : texts) {
            for (const bool withDigest : { false, true }) {
                auditstate::StoredAuditRow row { 40 + round, 7 + round, s("2026-12-07T01:02:03.456Z"), text, text, text,
                    text, s(" role:12 feature:40 "), text, text, text,
                    withDigest ? digest::State().text() + s("\n") + text : QString() };
                const QString previous
                    = round == 0 ? auditstate::firstPrevious() : QString(64, QLatin1Char('a' + round % 6));
                QCOMPARE(serverText(db, "SELECT rolesheet_audit_hash(?, ?, ?, ?, ?, ?, ?, ?)",
                             { previous, row.id, row.version, row.at, row.osUser, row.dbUser, auditstate::hashTail(row),
                                 row.digest }),
                    auditstate::chainHash(previous, row));
                ++round;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(s("hashes"));
}

void TestCellWrites::cellWritersTakeInEachOther()
{
    st::Locations locations;
    const QString location = locations.next();
    Workspace ws = DefaultWorkspace::create(s("Owner"), s("Studio"));
    // Names with what a PostgreSQL array literal must escape, and more.
    const QString left = s("Left \"quoted\" \\ {x,y} ✂");
    const QString right = s("Right 役割 🎬");
    QVERIFY(put(ws, Change::createRole(left, Scope::Account)).ok());
    QVERIFY(put(ws, Change::createRole(right, Scope::Account)).ok());
    QVERIFY(Store::create(location, ws).ok());
    auto a = Store::open(location);
    auto b = Store::open(location);
    QVERIFY(a.ok() && b.ok());
    const qint64 start = a.value()->version();
    const Id leftRole = ws.findAccountRole(left)->id;
    const Id rightRole = ws.findAccountRole(right)->id;
    const Id f1 = firstPlainFeature(ws, 0);
    const Id f2 = firstPlainFeature(ws, 1);
    QVERIFY(f1 && f2);

    // b sets a cell of its role; a, still at the version it read, one of another: the server chains both.
    QVERIFY(put(*b.value(), Change::setGrant(rightRole, f1, Levels(Level::View))).ok());
    QVERIFY(chainedByServer(location));
    QVERIFY(put(*a.value(), Change::setGrant(leftRole, f1, Levels(Level::View).with(Level::Add))).ok());
    QVERIFY(chainedByServer(location));
    // a has taken in b's change around its own, and its version counts both.
    QCOMPARE(a.value()->version(), start + 2);
    QCOMPARE(a.value()->workspace().grant(rightRole, f1), Levels(Level::View));
    QCOMPARE(a.value()->workspace().grant(leftRole, f1), Levels(Level::View).with(Level::Add));
    // So a can change b's role next without a conflict, the quick way: it knows that role as it is now, its
    // revision included (read by the id b's record names).
    QVERIFY(put(*a.value(), Change::setGrant(rightRole, f2, Levels(Level::View))).ok());
    QVERIFY(chainedByServer(location));
    QCOMPARE(a.value()->version(), start + 3);
    // And b, behind on its own role now, is not given a stale view: its change is made and it sees a's.
    const Result<Touched> late
        = put(*b.value(), Change::setGrant(rightRole, f1, Levels(Level::View).with(Level::Edit)));
    QVERIFY2(late.ok() || late.error().code == Error::Code::Conflict, qPrintable(late.error().message));
    QVERIFY(b.value()->reload().ok());
    QCOMPARE(b.value()->workspace().grant(rightRole, f2), Levels(Level::View));
    // The reload brought the role's revision too: b's next cell of it goes the quick way.
    QVERIFY(put(*b.value(), Change::setGrant(rightRole, f2, Levels(Level::View).with(Level::Delete))).ok());
    QVERIFY(chainedByServer(location));

    auto reader = Store::open(location, Store::Access::ReadOnly);
    QVERIFY(reader.ok());
    QCOMPARE(reader.value()->workspace().grant(leftRole, f1), Levels(Level::View).with(Level::Add));
    QCOMPARE(reader.value()->workspace().grant(rightRole, f2), Levels(Level::View).with(Level::Delete));
    verifyWhole(*reader.value());
    // The summaries the server stored are the client's words, quotes, backslashes and all.
    const Result<QList<AuditEntry>> trail = reader.value()->audit();
    QVERIFY(trail.ok());
    bool named = false;
    for (const AuditEntry &e : trail.value())
        named = named || e.summary.contains(left);
    QVERIFY(named);
}

void TestCellWrites::anotherKindOfWriteFirstTakesTheLongWay()
{
    st::Locations locations;
    const QString location = locations.next();
    Workspace ws = DefaultWorkspace::create(s("Owner"), s("Studio"));
    QVERIFY(put(ws, Change::createRole(s("Editor"), Scope::Account)).ok());
    QVERIFY(put(ws, Change::createRole(s("Colorist"), Scope::Account)).ok());
    QVERIFY(Store::create(location, ws).ok());
    auto a = Store::open(location);
    auto b = Store::open(location);
    QVERIFY(a.ok() && b.ok());
    const qint64 start = a.value()->version();
    const Id editor = ws.findAccountRole(s("Editor"))->id;
    const Id colorist = ws.findAccountRole(s("Colorist"))->id;
    const Id feature = firstPlainFeature(ws);

    // b renames a role: a wide write, which a does not hold yet.
    QVERIFY(put(*b.value(), Change::renameRole(colorist, s("Grader"))).ok());
    // The server will not chain a cells write made on top of a version older than that...
    {
        QSqlDatabase db = st::Locations::rawConnection(s("refused"), location);
        QSqlQuery q(db);
        QVERIFY(q.exec(s("BEGIN")));
        QVERIFY(!q.exec(QStringLiteral("SELECT rolesheet_append_cells(%1, 'rolesheet-digest-1', 'me', 'me', "
                                       "'{x}', '{x}', '{x}', '{x}', '{x}', '{x}')")
                            .arg(start)));
        QCOMPARE(q.lastError().nativeErrorCode(), s("40001"));
        q.exec(s("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("refused"));
    QCOMPARE(st::scalar(location, s("SELECT version FROM workspace_version")), start + 1);
    // ...so a's change goes the long way: made, with b's rename taken in.
    QVERIFY(put(*a.value(), Change::setGrant(editor, feature, Levels(Level::View))).ok());
    QVERIFY(!chainedByServer(location));
    QCOMPARE(a.value()->version(), start + 2);
    QVERIFY(a.value()->workspace().findAccountRole(s("Grader")));
    // Once a holds the latest version, its next cells write is the server's again.
    QVERIFY(put(*a.value(), Change::setGrant(editor, feature, Levels(Level::View).with(Level::Edit))).ok());
    QVERIFY(chainedByServer(location));
    QCOMPARE(a.value()->version(), start + 3);

    auto reader = Store::open(location, Store::Access::ReadOnly);
    QVERIFY(reader.ok());
    QCOMPARE(reader.value()->workspace().grant(editor, feature), Levels(Level::View).with(Level::Edit));
    verifyWhole(*reader.value());
    QCOMPARE(reader.value()->audit().value().size(), 4);
}

QTEST_GUILESS_MAIN(TestCellWrites)
#include "TestCellWrites.moc"
