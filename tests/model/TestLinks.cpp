// Roles that follow their template: follow and pinned links, drift cell by cell, propagation with conflicts, rules
// that win over a template, unlink and link, and links through the JSON workspace format.
#include "ModelFixture.h"

#include "domain/Links.h"
#include "domain/Rules.h"
#include "formats/Json.h"

#include <QRandomGenerator>

using namespace rs;
using namespace fx;

namespace {

// A template of account roles without guardrails, and roles made from it.
struct Linked
{
    Workspace ws = studio();
    Id templ = 0;

    Linked()
    {
        templ = must(ws, Change::createRole(s("Freelance base"), Scope::Account, 0, 0, true)).role;
        must(ws, Change::setGrant(templ, feature(ws, "Images"), levels({ Level::View, Level::Add })));
        must(ws, Change::setGrant(templ, feature(ws, "Subject Data"), levels({ Level::View })));
    }
    Id role(const char *name, bool follow)
    {
        const Id id = must(ws, Change::createRole(s(name), Scope::Account, 0, templ)).role;
        must(ws, Change::linkRole(id, templ, follow));
        return id;
    }
    Levels cell(Id role, const char *featureName) const
    {
        return ws.role(role)->grants.value(feature(ws, featureName));
    }
    links::Drift drift(Id role) const { return links::drift(ws, *ws.role(role)); }
};

bool accepted(Workspace &ws, Change c)
{
    return ws.apply(c).ok();
}

} // namespace

class TestLinks : public QObject
{
    Q_OBJECT

private slots:
    void followRoleTakesTemplateChangeKeepingOverrides();
    void pinnedRoleIsBehindByTheTemplatesChanges();
    void propagationEqualsTheTemplatesDiffByHand();
    void conflictsListedAndResolvedBothWays();
    void unlinkAndLinkKeepEveryCell();
    void ruleForbiddenCellReportedNotForced();
    void templateWithLinkedRolesIsNotDeleted();
    void jsonRoundTripKeepsLinks();
    void olderJsonReadsAsUnlinked();
};

void TestLinks::followRoleTakesTemplateChangeKeepingOverrides()
{
    Linked l;
    const Id r = l.role("Editor freelance", true);
    must(l.ws, Change::setGrant(r, feature(l.ws, "Subject Data"), levels({ Level::View, Level::Edit }))); // override
    QCOMPARE(l.drift(r).state, links::State::LocallyChanged);
    const Workspace before = l.ws;

    // One applied change on the template: the role takes the images cell and keeps its subject data.
    Change change = Change::setGrant(l.templ, feature(l.ws, "Images"), levels({ Level::View }));
    const Result<Touched> done = l.ws.apply(change);
    QVERIFY(done.ok());
    QCOMPARE(l.cell(r, "Images"), levels({ Level::View }));
    QCOMPARE(l.cell(r, "Subject Data"), levels({ Level::View, Level::Edit }));
    // Undone, the template and its follower are as they were.
    Workspace undone = l.ws;
    undone.restore(done.value());
    QVERIFY(undone == before);

    must(l.ws, Change::setGrant(l.templ, feature(l.ws, "Subject Data"), Levels()));
    QCOMPARE(l.cell(r, "Subject Data"), levels({ Level::View, Level::Edit }));
    const links::Drift d = l.drift(r);
    QCOMPARE(d.behind, 0);
    QCOMPARE(d.overrides, 1);
    QCOMPARE(d.conflicts, 0);
    QCOMPARE(l.ws.role(r)->link.version, l.ws.role(l.templ)->version);
    QVERIFY(l.ws.verify().ok());
}

void TestLinks::pinnedRoleIsBehindByTheTemplatesChanges()
{
    Linked l;
    const Id r = l.role("Colourist", false);
    const QHash<Id, Levels> cells = l.ws.role(r)->grants;
    QCOMPARE(l.drift(r).state, links::State::InStep);
    must(l.ws, Change::setGrant(l.templ, feature(l.ws, "Images"), levels({ Level::View })));
    must(l.ws, Change::setGrant(l.templ, feature(l.ws, "Jobs"), Levels()));
    must(l.ws, Change::setGrant(l.templ, feature(l.ws, "Images"), levels({ Level::View, Level::Delete })));
    must(l.ws, Change::setGrant(l.templ, feature(l.ws, "Images"), levels({ Level::View, Level::Delete }))); // no change
    const links::Drift d = l.drift(r);
    QCOMPARE(d.state, links::State::Behind);
    QCOMPARE(d.behind, 3);
    QCOMPARE(d.overrides, 0);
    QCOMPARE(d.cells.size(), 2); // Images and Jobs, both template changes
    for (const links::Cell &c : d.cells)
        QCOMPARE(c.state, links::CellState::TemplateChange);
    QCOMPARE(l.ws.role(r)->grants, cells); // the pinned role waits
    must(l.ws, Change::syncTemplate(r, false));
    QCOMPARE(l.drift(r).state, links::State::InStep);
    QCOMPARE(l.cell(r, "Images"), levels({ Level::View, Level::Delete }));
    QCOMPARE(l.cell(r, "Jobs"), Levels());
}

// Over random templates, overrides and template edits: a pinned role brought in step ends with the cells of a plain
// copy edited by hand with each of the template's edits except on the cells it overrode. A following role takes each
// edit as it comes, so an override the template comes to agree with is no longer one: by hand, a second plain copy
// stops keeping a cell once the template reached its levels.
void TestLinks::propagationEqualsTheTemplatesDiffByHand()
{
    QRandomGenerator random(2606);
    for (int round = 0; round < 80; ++round) {
        Linked l;
        const QList<Feature> features = l.ws.features();
        auto pick = [&]() -> const Feature & { return features.at(random.bounded(int(features.size()))); };
        auto randomLevels = [&](Id role, const Feature &f) {
            return Levels::fromBits(random.bounded(16)).common(Rules::allowedLevels(l.ws, *l.ws.role(role), f));
        };
        for (int i = 0; i < 8; ++i) {
            const Feature &f = pick();
            accepted(l.ws, Change::setGrant(l.templ, f.id, randomLevels(l.templ, f)));
        }
        const Id pinned = l.role("Pinned", false);
        const Id follower = l.role("Follower", true);
        const Id byHand = must(l.ws, Change::createRole(s("By hand"), Scope::Account, 0, l.templ)).role;
        const Id byHandFollowing
            = must(l.ws, Change::createRole(s("By hand, following"), Scope::Account, 0, l.templ)).role;
        QHash<Id, Levels> overridden;
        for (int i = 0; i < 5; ++i) {
            const Feature &f = pick();
            const Levels now = l.ws.role(pinned)->grants.value(f.id);
            const Levels mine = randomLevels(pinned, f);
            if (mine == now || overridden.contains(f.id) || !Rules::checkGrant(l.ws, *l.ws.role(pinned), f, mine).ok())
                continue;
            overridden.insert(f.id, mine);
            for (const Id r : { pinned, follower, byHand, byHandFollowing })
                must(l.ws, Change::setGrant(r, f.id, mine));
        }
        QHash<Id, Levels> followerOverrides = overridden;
        const int versionBefore = l.ws.role(l.templ)->version;
        for (int i = 0; i < 12; ++i) {
            const Feature &f = pick();
            const Levels next = randomLevels(l.templ, f);
            if (!accepted(l.ws, Change::setGrant(l.templ, f.id, next)))
                continue;
            if (!overridden.contains(f.id))
                accepted(l.ws, Change::setGrant(byHand, f.id, next));
            if (!followerOverrides.contains(f.id))
                accepted(l.ws, Change::setGrant(byHandFollowing, f.id, next));
            else if (followerOverrides.value(f.id) == next)
                followerOverrides.remove(f.id);
        }
        const links::Drift d = l.drift(pinned);
        QCOMPARE(d.behind, l.ws.role(l.templ)->version - versionBefore);
        QCOMPARE(d.overrides, int(overridden.size()));
        must(l.ws, Change::syncTemplate(pinned, false));
        QCOMPARE(l.ws.role(pinned)->grants, l.ws.role(byHand)->grants);
        QCOMPARE(l.ws.role(follower)->grants, l.ws.role(byHandFollowing)->grants);
        QCOMPARE(l.drift(pinned).behind, 0);
        QCOMPARE(l.drift(follower).behind, 0);
        QCOMPARE(l.drift(follower).overrides, int(followerOverrides.size()));
        QVERIFY(l.ws.verify().ok());
    }
}

void TestLinks::conflictsListedAndResolvedBothWays()
{
    Linked l;
    const Id r = l.role("Grader", false);
    const Id images = feature(l.ws, "Images");
    must(l.ws, Change::setGrant(r, images, levels({ Level::View, Level::Edit })));
    must(l.ws, Change::setGrant(l.templ, images, levels({ Level::View, Level::Delete })));
    const links::Drift d = l.drift(r);
    QCOMPARE(d.conflicts, 1);
    QCOMPARE(d.cells.size(), 1);
    QCOMPARE(d.cells.first().feature, images);
    QCOMPARE(d.cells.first().state, links::CellState::Conflict);
    QCOMPARE(d.cells.first().base, levels({ Level::View, Level::Add }));

    Workspace local = l.ws;
    must(local, Change::syncTemplate(r, false));
    QCOMPARE(local.role(r)->grants.value(images), levels({ Level::View, Level::Edit }));
    QCOMPARE(links::drift(local, *local.role(r)).state, links::State::LocallyChanged);
    must(l.ws, Change::syncTemplate(r, true));
    QCOMPARE(l.cell(r, "Images"), levels({ Level::View, Level::Delete }));
    QCOMPARE(l.drift(r).state, links::State::InStep);
}

void TestLinks::unlinkAndLinkKeepEveryCell()
{
    Linked l;
    const Id r = l.role("Grip", false);
    must(l.ws, Change::setGrant(r, feature(l.ws, "Images"), Levels()));
    must(l.ws, Change::setGrant(r, feature(l.ws, "Jobs"), levels({ Level::View })));
    must(l.ws, Change::setGrant(l.templ, feature(l.ws, "Subject Data"), Levels()));
    const QHash<Id, Levels> cells = l.ws.role(r)->grants;
    must(l.ws, Change::unlinkRole(r));
    QVERIFY(!l.ws.role(r)->link.isLinked());
    QCOMPARE(l.ws.role(r)->grants, cells);
    QVERIFY(!accepted(l.ws, Change::unlinkRole(r))); // not linked any more
    must(l.ws, Change::linkRole(r, l.templ, true));
    QCOMPARE(l.ws.role(r)->grants, cells);
    // Linked anew, its overrides are its cells that differ from the template now: Images, Jobs and Subject Data.
    QCOMPARE(links::localChanges(l.ws, *l.ws.role(r)), 3);
    QCOMPARE(l.drift(r).overrides, 3);
    QCOMPARE(l.drift(r).behind, 0);
    QVERIFY(l.ws.role(r)->link.follow);
}

void TestLinks::ruleForbiddenCellReportedNotForced()
{
    Linked l;
    const Id pinned = l.role("Runner", false);
    const Id follower = l.role("Driver", true);
    for (const Id r : { pinned, follower })
        must(l.ws, Change::setGuardrails(r, Categories(Category::Personnel)));
    const Id users = feature(l.ws, "User Management");
    must(l.ws, Change::setGrant(l.templ, users, levels({ Level::View })));
    QCOMPARE(l.cell(follower, "User Management"), Levels());
    const links::Drift d = l.drift(pinned);
    QCOMPARE(d.forbidden, 1);
    bool reported = false;
    for (const links::Cell &c : d.cells)
        reported = reported || (c.feature == users && !c.forbidden.isEmpty());
    QVERIFY(reported);
    must(l.ws, Change::syncTemplate(pinned, true));
    QCOMPARE(l.cell(pinned, "User Management"), Levels());
    QVERIFY(l.ws.verify().ok());
}

void TestLinks::templateWithLinkedRolesIsNotDeleted()
{
    Linked l;
    const Id r = l.role("Logger", false);
    Change del = Change::deleteRole(l.templ);
    const Result<Touched> refused = l.ws.apply(del);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(s("Logger")));
    must(l.ws, Change::unlinkRole(r));
    must(l.ws, Change::deleteRole(l.templ));
}

void TestLinks::jsonRoundTripKeepsLinks()
{
    Linked l;
    const Id pinned = l.role("Pinned", false);
    l.role("Follower", true);
    must(l.ws, Change::setGrant(pinned, feature(l.ws, "Jobs"), Levels()));
    must(l.ws, Change::setGrant(l.templ, feature(l.ws, "Images"), Levels()));
    const Result<Workspace> back = formats::workspaceFromJson(formats::workspaceJson(l.ws));
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QVERIFY(back.value() == l.ws);
    QCOMPARE(back.value().role(pinned)->link, l.ws.role(pinned)->link);
    QCOMPARE(back.value().role(l.templ)->version, 1); // one change since roles were linked to it
    QCOMPARE(links::drift(back.value(), *back.value().role(pinned)).behind, 1);
}

void TestLinks::olderJsonReadsAsUnlinked()
{
    Workspace ws = studio();
    const QByteArray json = formats::workspaceJson(ws);
    QVERIFY(!json.contains("\"link\""));
    const Result<Workspace> back = formats::workspaceFromJson(json);
    QVERIFY(back.ok());
    for (const Role &r : back.value().roles())
        QVERIFY(!r.link.isLinked() && r.version == 0);
}

QTEST_GUILESS_MAIN(TestLinks)
#include "TestLinks.moc"
