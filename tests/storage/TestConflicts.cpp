// Two stores on one workspace, as two editors: changes that do not meet both land, changes that meet are refused as
// a conflict that names who changed what, and the rules hold across both. Also the audit trail they leave.
#include "StoreTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace rs;
using st::s;

// Optimistic concurrency between stores, and the audit trail.
class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changesThatDoNotMeetBothLand();
    void sameCellIsAConflict();
    void twoTransfersLeaveOneOwner();
    void newIdsDoNotCollide();
    void rulesHoldAcrossWriters();
    void renamingOneMemberTwiceConflicts();
    void catalogChangesConflictWithGrants();
    void auditRecordsBeforeAndAfter();
    void catchingUpMatchesReadingWhole();

private:
    std::unique_ptr<Store> open(const QString &actor)
    {
        auto store = Store::open(m_location);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        store.value()->setActor(actor);
        return std::move(store.value());
    }

    st::Locations m_locations;
    QString m_location;
    Id m_template = 0;
    Id m_jobs = 0;
    Id m_images = 0;
};

void TestConflicts::init()
{
    m_location = m_locations.next();
    Workspace ws = DefaultWorkspace::create(s("Owner"), s("Studio"));
    for (const char *name : { "Ann", "Bob" }) {
        Change add = Change::addMember(s(name));
        QVERIFY(ws.apply(add).ok());
    }
    Change role = Change::createRole(s("Freelancer"), Scope::Account);
    QVERIFY(ws.apply(role).ok());
    QVERIFY(Store::create(m_location, ws).ok());
    m_template = ws.findTemplate(s("Production"))->id;
    m_jobs = ws.findFeature(s("Jobs"))->id;
    m_images = ws.findFeature(s("Images"))->id;
}

void TestConflicts::cleanup()
{
    // Every test leaves a workspace that keeps every rule.
    auto store = Store::open(m_location, Store::Access::ReadOnly);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    QVERIFY(store.value()->workspace().verify().ok());
}

void TestConflicts::changesThatDoNotMeetBothLand()
{
    auto a = open(s("Ann"));
    auto b = open(s("Bob"));
    Change first = Change::setGrant(m_template, m_jobs, Level::View);
    QVERIFY(a->apply(first).ok());
    Change second = Change::setGrant(m_template, m_images, Level::View);
    const auto r = b->apply(second);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    // The second writer now holds the first one's change too.
    QCOMPARE(b->workspace().grant(m_template, m_jobs), Levels(Level::View));
    auto check = open(s("Check"));
    QCOMPARE(check->workspace().grant(m_template, m_jobs), Levels(Level::View));
    QCOMPARE(check->workspace().grant(m_template, m_images), Levels(Level::View));
    QCOMPARE(check->version(), b->version());
}

void TestConflicts::sameCellIsAConflict()
{
    auto a = open(s("Ann"));
    auto b = open(s("Bob"));
    const Workspace before = b->workspace();
    const qint64 versionBefore = b->version();
    Change first = Change::setGrant(m_template, m_jobs, Level::View);
    QVERIFY(a->apply(first).ok());
    Change second = Change::setGrant(m_template, m_jobs, Level::Edit);
    const auto r = b->apply(second);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), int(Error::Code::Conflict));
    QVERIFY2(r.error().message.contains(s("“Production”")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(s("Ann")), qPrintable(r.error().message));
    // The refused editor keeps what it had, so its staged changes still apply to what it shows.
    QVERIFY(b->workspace() == before);
    QCOMPARE(b->version(), versionBefore);
    // After a reload the same change goes through, on top of the other's.
    QVERIFY(b->reload().ok());
    QCOMPARE(b->workspace().grant(m_template, m_jobs), Levels(Level::View));
    Change again = Change::setGrant(m_template, m_jobs, Level::Edit);
    QVERIFY(b->apply(again).ok());
    auto check = open(s("Check"));
    QCOMPARE(check->workspace().grant(m_template, m_jobs), Levels(Level::Edit));
}

void TestConflicts::twoTransfersLeaveOneOwner()
{
    auto a = open(s("Ann"));
    auto b = open(s("Bob"));
    Change toAnn = Change::transferOwnership(a->workspace().findMember(s("Ann"))->id);
    Change toBob = Change::transferOwnership(b->workspace().findMember(s("Bob"))->id);
    QVERIFY(a->apply(toAnn).ok());
    const auto r = b->apply(toBob);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), int(Error::Code::Conflict));
    auto check = open(s("Check"));
    const Workspace &ws = check->workspace();
    QCOMPARE(ws.owner(), ws.findMember(s("Ann"))->id);
    QCOMPARE(ws.holders(ws.builtInRole(BuiltIn::Owner)).size(), 1);
}

void TestConflicts::newIdsDoNotCollide()
{
    auto a = open(s("Ann"));
    auto b = open(s("Bob"));
    Change cid = Change::addMember(s("Cid"));
    Change dee = Change::addMember(s("Dee"));
    Change role = Change::createRole(s("Colourist"), Scope::Account);
    QVERIFY(a->apply(cid).ok());
    QVERIFY(b->apply(dee).ok());
    QVERIFY(a->apply(role).ok());
    auto check = open(s("Check"));
    const Workspace &ws = check->workspace();
    QVERIFY(ws.findMember(s("Cid")) && ws.findMember(s("Dee")) && ws.findAccountRole(s("Colourist")));
    QVERIFY(ws.findMember(s("Cid"))->id != ws.findMember(s("Dee"))->id);
    QVERIFY(ws.findMember(s("Dee"))->id != ws.findAccountRole(s("Colourist"))->id);
}

void TestConflicts::rulesHoldAcrossWriters()
{
    // One editor deletes a role nobody holds while another gives it to a member: each change is fine alone, and
    // the second must not leave a member holding a deleted role.
    auto a = open(s("Ann"));
    auto b = open(s("Bob"));
    const Id freelancer = a->workspace().findAccountRole(s("Freelancer"))->id;
    Change remove = Change::deleteRole(freelancer);
    QVERIFY(a->apply(remove).ok());
    Change give = Change::setAccountRole(b->workspace().findMember(s("Bob"))->id, freelancer);
    const auto r = b->apply(give);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), int(Error::Code::Conflict));
    QVERIFY2(r.error().message.contains(s("no longer holds")), qPrintable(r.error().message));
    auto check = open(s("Check"));
    QVERIFY(!check->workspace().findAccountRole(s("Freelancer")));
    QCOMPARE(check->workspace().findMember(s("Bob"))->accountRole, Id(0));
}

void TestConflicts::renamingOneMemberTwiceConflicts()
{
    auto a = open(s("Ann"));
    auto b = open(s("Bob"));
    const Id bob = a->workspace().findMember(s("Bob"))->id;
    Change first = Change::renameMember(bob, s("Robert"));
    Change second = Change::renameMember(bob, s("Bobby"));
    QVERIFY(a->apply(first).ok());
    const auto r = b->apply(second);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), int(Error::Code::Conflict));
    QVERIFY2(r.error().message.contains(s("member “Bob”")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(s("Rename")) || r.error().message.contains(s("Robert")),
        qPrintable(r.error().message));
}

void TestConflicts::catalogChangesConflictWithGrants()
{
    auto a = open(s("Ann"));
    auto b = open(s("Bob"));
    Change renamed = Change::renameFeature(m_images, s("Stills"));
    QVERIFY(a->apply(renamed).ok());
    Change grant = Change::setGrant(m_template, m_images, Level::View);
    const auto r = b->apply(grant);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), int(Error::Code::Conflict));
    QVERIFY2(r.error().message.contains(s("“Images”")), qPrintable(r.error().message));
}

void TestConflicts::auditRecordsBeforeAndAfter()
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto a = open(s("Ann"));
    Change grant = Change::setGrant(m_template, m_jobs, Levels(Level::View).with(Level::Edit));
    QVERIFY(a->apply(grant).ok());
    Change rename = Change::renameMember(a->workspace().findMember(s("Bob"))->id, s("Robert"));
    QVERIFY(a->apply(rename).ok());

    const auto all = a->audit();
    QVERIFY(all.ok());
    const AuditEntry &g = all.value().at(all.value().size() - 2);
    QCOMPARE(g.actor, s("Ann"));
    QVERIFY(!g.osUser.isEmpty());
    QVERIFY(g.at.isValid());
    QCOMPARE(g.version, a->version() - 1);
    const QJsonObject cellBefore = g.before.value(s("grants")).toArray().first().toObject();
    const QJsonObject cellAfter = g.after.value(s("grants")).toArray().first().toObject();
    QCOMPARE(cellBefore.value(s("role")).toString(), s("Production"));
    QCOMPARE(cellBefore.value(s("feature")).toString(), s("Jobs"));
    QCOMPARE(cellBefore.value(s("levels")).toString(), s("Add"));
    QCOMPARE(cellAfter.value(s("levels")).toString(), s("View / Edit"));
    QCOMPARE(g.change.value(s("kind")).toString(), grant.toJson().value(s("kind")).toString());

    const AuditEntry &r = all.value().last();
    QCOMPARE(r.before.value(s("members")).toArray().first().toObject().value(s("name")).toString(), s("Bob"));
    QCOMPARE(r.after.value(s("members")).toArray().first().toObject().value(s("name")).toString(), s("Robert"));

    AuditFilter byRole;
    byRole.role = m_template;
    QCOMPARE(a->audit(byRole).value().size(), 1);
    AuditFilter byMember;
    byMember.member = a->workspace().findMember(s("Robert"))->id;
    QCOMPARE(a->audit(byMember).value().size(), 1);
    AuditFilter since;
    since.since = start;
    QCOMPARE(a->audit(since).value().size(), 3); // with the creation of the workspace
    since.since = QDateTime::currentDateTimeUtc().addSecs(60);
    QCOMPARE(a->audit(since).value().size(), 0);
}

void TestConflicts::catchingUpMatchesReadingWhole()
{
    // A writer that finds others committed since it read takes their changes in before its own; whatever way it
    // does so, it must end up holding exactly what the database holds, revisions included.
    auto a = open(s("Ann"));
    auto b = open(s("Bob"));
    QList<Change> several = { Change::addMember(s("Cleo")), Change::createRole(s("Colorist"), Scope::Account),
        Change::setGrant(m_template, m_jobs, Level::View), Change::addSection(s("Review")),
        Change::setWorkspaceName(s("Studio two")) };
    QVERIFY(a->applyAll(several).ok());
    const Id colorist = a->workspace().findAccountRole(s("Colorist"))->id;
    const Id cleo = a->workspace().findMember(s("Cleo"))->id;
    Change production = Change::createProduction(s("Short film"), a->workspace().findMember(s("Owner"))->id);
    QVERIFY(a->apply(production).ok());
    Change rename = Change::renameMember(cleo, s("Cleo B."));
    QVERIFY(a->apply(rename).ok());
    Change mine = Change::setGrant(m_template, m_images, Level::View);
    const auto r = b->apply(mine);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto check = open(s("Check"));
    QVERIFY(b->workspace() == check->workspace());
    QCOMPARE(b->version(), check->version());
    // Its revisions are current: its own change to what the other created is no conflict...
    Change onColorist = Change::setGrant(colorist, m_jobs, Level::View);
    const auto own = b->apply(onColorist);
    QVERIFY2(own.ok(), qPrintable(own.error().message));
    // ...and a later change by the other to the same member still is one.
    QVERIFY(a->reload().ok());
    Change again = Change::renameMember(cleo, s("Cleo C."));
    QVERIFY(a->apply(again).ok());
    Change clash = Change::renameMember(cleo, s("Cleo D."));
    const auto refused = b->apply(clash);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), int(Error::Code::Conflict));
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "TestConflicts.moc"
