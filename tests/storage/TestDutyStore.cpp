// Duty rules kept beside the workspace on both engines: stored, read back, audited, in the digest, and a guarded
// store refusing a change that makes a block conflict with the workspace and its rows left as they were.
#include "StoreTestSupport.h"

#include "domain/Duties.h"
#include "storage/DutyStore.h"

using namespace rs;
using namespace st;
namespace du = rs::duties;

class TestDutyStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rulesAndExceptionsRoundTrip();
    void guardedStoreRefusesABlockConflictAndChangesNothing();
    void exceptionLetsTheChangeThrough();
    void rowsWrittenByHandShowInTheAuditCheck();

private:
    du::Rule orders(const Workspace &ws) const
    {
        du::Rule r;
        r.name = s("Orders both ways");
        r.left.cells = du::parseCells(ws, s("Release Orders:edit")).value();
        r.right.cells = du::parseCells(ws, s("Studio Orders:edit")).value();
        r.scope = du::Scope::Production;
        r.rationale = s("One person should not write and check the same orders.");
        return r;
    }
    std::unique_ptr<Store> open()
    {
        auto store = Store::open(m_location, Store::Access::ReadWrite);
        if (!store)
            qFatal("open failed: %s", qPrintable(store.error().message));
        return std::move(store).value();
    }

    Locations m_locations;
    QString m_location;
    Id m_kim = 0, m_checker = 0, m_spring = 0;
};

void TestDutyStore::init()
{
    m_location = m_locations.next();
    Workspace ws = DefaultWorkspace::create(s("Morgan Avery"), s("Northlight"));
    Change clerk = Change::createRole(s("Order clerk"), rs::Scope::Account);
    QVERIFY(ws.apply(clerk).ok());
    for (const Feature &f : ws.features()) {
        Change none = Change::setGrant(clerk.role, f.id, Levels());
        if (!ws.grant(clerk.role, f.id).isNone())
            QVERIFY(ws.apply(none).ok());
    }
    Change edit = Change::setGrant(clerk.role, ws.findFeature(s("Release Orders"))->id, Level::Edit);
    QVERIFY(ws.apply(edit).ok());
    Change kim = Change::addMember(s("Kim Ray"), clerk.role);
    QVERIFY(ws.apply(kim).ok());
    m_kim = kim.member;
    Change spring = Change::createProduction(s("Spring"), ws.owner());
    QVERIFY(ws.apply(spring).ok());
    m_spring = spring.production;
    Change checker = Change::createRole(s("Order checker"), rs::Scope::Production, m_spring);
    QVERIFY(ws.apply(checker).ok());
    m_checker = checker.role;
    QVERIFY(Store::create(m_location, ws).ok());
}

void TestDutyStore::rulesAndExceptionsRoundTrip()
{
    auto store = open();
    store->setActor(s("Morgan Avery"));
    DutyStore duties(*store);
    QVERIFY(duties.read().value().rules.isEmpty());
    const du::Rule rule = orders(store->workspace());
    QVERIFY(duties.addRule(rule).ok());
    QCOMPARE(duties.addRule(rule).error().code, Error::Code::Rule); // the name is taken
    du::Exception e;
    e.member = m_kim;
    e.rule = rule.name;
    e.reason = s("Launch week");
    e.until = QDateTime::currentDateTimeUtc().addDays(30);
    QVERIFY(duties.addException(e).ok());

    auto again = open();
    const du::Book book = DutyStore(*again).read().value();
    QCOMPARE(book.rules.size(), 1);
    QCOMPARE(book.rules.first(), rule);
    QCOMPARE(book.exceptions.size(), 1);
    QCOMPARE(book.exceptions.first().grantedBy, s("Morgan Avery"));
    QCOMPARE(book.exceptions.first().until, e.until);
    // Every step is in the audit trail, whose chain and digest stay whole.
    const auto trail = again->audit();
    QVERIFY(trail.ok());
    QVERIFY(trail.value().last().summary.contains(s("exception")));
    const auto chain = again->verifyAudit();
    QVERIFY2(chain.value().whole() && chain.value().drift.isEmpty(), qPrintable(chain.value().problem));

    QVERIFY(DutyStore(*again).removeRule(s("orders BOTH ways")).ok());
    QVERIFY(DutyStore(*again).read().value().rules.isEmpty());
    QVERIFY(DutyStore(*again).read().value().exceptions.isEmpty());
    QCOMPARE(DutyStore(*again).removeRule(s("Orders both ways")).error().code, Error::Code::NotFound);
}

void TestDutyStore::guardedStoreRefusesABlockConflictAndChangesNothing()
{
    {
        auto store = open();
        QVERIFY(DutyStore(*store).addRule(orders(store->workspace())).ok());
    }
    auto store = open();
    QVERIFY(DutyStore::guard(*store).ok());
    const Workspace before = store->workspace();
    const qint64 version = store->version();
    Change give = Change::setGrant(m_checker, store->workspace().findFeature(s("Studio Orders"))->id, Level::Edit);
    QVERIFY(store->apply(give).ok()); // nobody holds the role yet
    Change seat = Change::invite(m_spring, m_kim, m_checker);
    const auto refused = store->apply(seat);
    QVERIFY(!refused.ok());
    const QString message = refused.error().message;
    QVERIFY2(message.contains(s("Kim Ray")) && message.contains(s("Orders both ways"))
            && message.contains(s("account role Order clerk")) && message.contains(s("Order checker in Spring")),
        qPrintable(message));
    QCOMPARE(store->version(), version + 1);
    QVERIFY(!store->workspace().seats().contains({ m_spring, m_kim }));
    auto reread = open();
    QCOMPARE(reread->version(), version + 1);
    QVERIFY(!reread->workspace().seats().contains({ m_spring, m_kim }));
    QCOMPARE(scalar(m_location, s("SELECT COUNT(*) FROM seats WHERE member_id = %1").arg(m_kim)), 0);
    Q_UNUSED(before);
}

void TestDutyStore::exceptionLetsTheChangeThrough()
{
    {
        auto store = open();
        store->setActor(s("Morgan Avery"));
        QVERIFY(DutyStore(*store).addRule(orders(store->workspace())).ok());
        du::Exception e { m_kim, s("Orders both ways"), s("Launch week"), {}, {},
            QDateTime::currentDateTimeUtc().addDays(7) };
        QVERIFY(DutyStore(*store).addException(e).ok());
        // The member cannot grant their own.
        store->setActor(s("Kim Ray"));
        QVERIFY(!DutyStore(*store).addException(e).ok());
    }
    auto store = open();
    QVERIFY(DutyStore::guard(*store).ok());
    Change give = Change::setGrant(m_checker, store->workspace().findFeature(s("Studio Orders"))->id, Level::Edit);
    QVERIFY(store->apply(give).ok());
    Change seat = Change::invite(m_spring, m_kim, m_checker);
    QVERIFY(store->apply(seat).ok());
}

void TestDutyStore::rowsWrittenByHandShowInTheAuditCheck()
{
    {
        auto store = open();
        QVERIFY(DutyStore(*store).addRule(orders(store->workspace())).ok());
    }
    {
        QSqlDatabase db = Locations::rawConnection(s("by-hand"), m_location);
        QSqlQuery q(db);
        QVERIFY(q.exec(s("UPDATE duty_rules SET severity = 'warn'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("by-hand"));
    auto store = open();
    const auto chain = store->verifyAudit();
    QVERIFY(chain.ok());
    QVERIFY(!chain.value().drift.isEmpty());
    QVERIFY2(chain.value().drift.join(QLatin1Char(' ')).contains(s("duty_rules")),
        qPrintable(chain.value().drift.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDutyStore)
#include "TestDutyStore.moc"
