// Effective access with provenance (SPEC §5) across account and production roles, and the fast AccessIndex giving
// the same answers as the direct computation.
#include "ModelFixture.h"

#include "domain/Access.h"
#include "testing/Generate.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rs;
using namespace fx;

Q_DECLARE_METATYPE(rs::Levels)

// One question: who, where, which feature; the answer's levels and the roles it comes from.
class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void effective_data();
    void effective();
    void reach();
    void grantedByNamesEachLevel();
    void unknownThingsHoldNothing();
    void indexAgreesOnHandBuiltStudio();
    void indexAgreesOnGeneratedWorkspace_data();
    void indexAgreesOnGeneratedWorkspace();
    void indexAgreesOnStudioSample();
    void indexFollowsAChange();

private:
    static void compareIndex(const Workspace &ws);
};

void TestAccess::effective_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("production");
    QTest::addColumn<QString>("feature");
    QTest::addColumn<Levels>("levels");
    // "role@production" for a seat, "role" for the account role, in the order they are reported.
    QTest::addColumn<QStringList>("sources");

    const Levels all = Levels::all();
    const Levels addEdit = levels({Level::View, Level::Add, Level::Edit});
    const QString spring = s("Spring Portraits 0042");
    const QString autumn = s("Autumn Headshots 0007");
    const QString none;
    auto row = [](const char *name, const char *m, const QString &p, const char *f, Levels l, QStringList src) {
        QTest::newRow(name) << s(m) << p << s(f) << l << src;
    };
    row("owner holds billing", "Morgan Avery", none, "Payout Management", all, {s("Admin & owner")});
    row("owner in her production", "Morgan Avery", spring, "Images", all,
        {s("Admin & owner"), s("Production administrator@") + spring});
    row("owner in a production she never joined", "Morgan Avery", autumn, "Job Settings", all,
        {s("Admin & owner"), s("Production administrator@") + autumn});
    row("Admin holds no billing", "Ann Lee", none, "Refund Management", Levels(), {});
    row("Admin holds the rest", "Ann Lee", none, "User Management", all, {s("Admin")});
    row("Admin administers every production", "Ann Lee", autumn, "Images", all,
        {s("Admin"), s("Production administrator@") + autumn});
    row("Create productions: Jobs", "Ben Cho", none, "Jobs", Levels(Level::Add), {s("Create productions")});
    row("Create productions: importer", "Ben Cho", none, "Import & Create Jobs", levels({Level::Add, Level::Edit}),
        {s("Create productions")});
    row("Create productions: its own production", "Ben Cho", autumn, "Job Settings", all,
        {s("Production administrator@") + autumn});
    row("Create productions: not someone else's", "Ben Cho", spring, "Images", Levels(), {});
    row("Create productions: no organizations", "Ben Cho", none, "Organizations", Levels(), {});
    row("custom role reaches every production", "Hal Berg", autumn, "Images", all, {s("Studio manager")});
    row("custom role and a seat together", "Cat Diaz", spring, "Images", all,
        {s("Studio manager"), s("Freelance subtitler@") + spring});
    row("custom role where the seat gives nothing", "Cat Diaz", spring, "Job Status", all, {s("Studio manager")});
    row("invited-only role outside its productions", "Gus Ortiz", autumn, "Images", Levels(), {});
    row("invited-only role where invited", "Gus Ortiz", spring, "Job Status", all, {s("Location crew")});
    row("invited-only role with a member seat", "Gus Ortiz", spring, "Images", all,
        {s("Location crew"), s("Production member@") + spring});
    row("invited-only role on an account feature", "Gus Ortiz", none, "Jobs", all, {s("Location crew")});
    row("guardrail keeps marketing away", "Gus Ortiz", none, "Marketing", Levels(), {});
    row("template copy on Jobs", "Eve Moss", none, "Jobs", Levels(Level::Add), {s("Production lead")});
    row("template copy, Job Status anywhere", "Eve Moss", autumn, "Job Status", Levels(Level::Edit),
        {s("Production lead")});
    row("production member: Images", "Dev Patel", spring, "Images", addEdit, {s("Production member@") + spring});
    row("production member: Tools — Capture", "Dev Patel", spring, "Tools — Capture",
        levels({Level::View, Level::Delete}), {s("Production member@") + spring});
    row("production member: no Job Settings", "Dev Patel", spring, "Job Settings", Levels(), {});
    row("production member: Print Jobs", "Dev Patel", spring, "Print Jobs", Levels(Level::View),
        {s("Production member@") + spring});
    row("production member elsewhere", "Dev Patel", autumn, "Images", Levels(), {});
    row("no account role, no account feature", "Dev Patel", none, "Jobs", Levels(), {});
    row("custom production role", "Ivy Chen", spring, "Subject Data", all, {s("Freelance subtitler@") + spring});
    row("custom production role switched off", "Ivy Chen", spring, "Job Settings", Levels(), {});
    row("production role gives no account feature", "Ivy Chen", spring, "Jobs", Levels(), {});
}

void TestAccess::effective()
{
    QFETCH(QString, member);
    QFETCH(QString, production);
    QFETCH(QString, feature);
    QFETCH(Levels, levels);
    QFETCH(QStringList, sources);
    const Workspace ws = studio();
    const Member *m = ws.findMember(member);
    const Feature *f = ws.findFeature(feature);
    QVERIFY(m && f);
    const Production *p = production.isEmpty() ? nullptr : ws.findProduction(production);
    QVERIFY(production.isEmpty() || p);
    const EffectiveAccess access = effectiveAccess(ws, m->id, p ? p->id : 0, f->id);
    QCOMPARE(access.levels.toText(), levels.toText());
    QStringList got;
    for (const Provenance &source : access.sources) {
        QString label = ws.role(source.role)->name;
        if (source.production)
            label += s("@") + ws.production(source.production)->name;
        got << label;
        QVERIFY(!source.levels.isNone());
        QCOMPARE(source.levels.common(levels), source.levels); // every source is part of the union
    }
    QCOMPARE(got, sources);
}

void TestAccess::reach()
{
    const Workspace ws = studio();
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id autumn = production(ws, "Autumn Headshots 0007");
    auto reaches = [&](const char *name, Id p) {
        const Member *m = ws.member(member(ws, name));
        return accountRoleReaches(ws, *m, *ws.role(m->accountRole), p);
    };
    QVERIFY(reaches("Morgan Avery", autumn));
    QVERIFY(reaches("Ann Lee", spring));
    QVERIFY(reaches("Ben Cho", autumn));
    QVERIFY(!reaches("Ben Cho", spring));
    QVERIFY(reaches("Cat Diaz", autumn));
    QVERIFY(reaches("Gus Ortiz", spring));
    QVERIFY(!reaches("Gus Ortiz", autumn));
}

void TestAccess::grantedByNamesEachLevel()
{
    const Workspace ws = studio();
    const Id spring = production(ws, "Spring Portraits 0042");
    const EffectiveAccess access = effectiveAccess(ws, member(ws, "Gus Ortiz"), spring, feature(ws, "Tools — Capture"));
    const Id crew = accountRole(ws, "Location crew");
    const Id memberRole = builtIn(ws, BuiltIn::ProductionMember);
    QCOMPARE(access.grantedBy(Level::Delete), (QList<Id>{crew, memberRole}));
    QCOMPARE(access.grantedBy(Level::Add), QList<Id>{crew});
}

void TestAccess::unknownThingsHoldNothing()
{
    const Workspace ws = studio();
    QVERIFY(effectiveAccess(ws, 424242, 0, feature(ws, "Jobs")).levels.isNone());
    QVERIFY(effectiveAccess(ws, member(ws, "Ann Lee"), 0, 424242).levels.isNone());
    QVERIFY(effectiveAccess(ws, member(ws, "Ann Lee"), 424242, feature(ws, "Images")).levels.isNone());
    const AccessIndex index(ws);
    QCOMPARE(index.memberIndex(424242), -1);
    QVERIFY(index.levels(-1, 0, 0).isNone());
    QVERIFY(index.levels(0, 0, -1).isNone());
    QVERIFY(index.levels(index.memberIndex(member(ws, "Ann Lee")), -1, index.featureIndex(feature(ws, "Images"))).isNone());
}

void TestAccess::compareIndex(const Workspace &ws)
{
    const AccessIndex index(ws);
    for (const Member &m : ws.members()) {
        for (const Production &p : ws.productions()) {
            for (const Feature &f : ws.features()) {
                const Levels direct = effectiveAccess(ws, m.id, p.id, f.id).levels;
                const int mi = index.memberIndex(m.id);
                const int pi = index.productionIndex(p.id);
                const int fi = index.featureIndex(f.id);
                for (Level level : kAllLevels) {
                    if (index.allowed(mi, pi, fi, level) != direct.has(level))
                        QFAIL(qPrintable(QStringLiteral("index and direct access disagree for %1 in %2 on %3, %4")
                                             .arg(m.name, p.name, f.name, levelKey(level))));
                }
            }
        }
    }
}

void TestAccess::indexAgreesOnHandBuiltStudio()
{
    compareIndex(studio());
}

void TestAccess::indexAgreesOnGeneratedWorkspace_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 2026u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestAccess::indexAgreesOnGeneratedWorkspace()
{
    QFETCH(quint32, seed);
    const Workspace ws = generateWorkspace(GenerateSpec::small(), seed);
    QVERIFY(ws.verify().ok());
    compareIndex(ws);
}

void TestAccess::indexAgreesOnStudioSample()
{
    const Workspace ws = generateWorkspace(GenerateSpec::studio(), 11);
    const AccessIndex index(ws);
    const QList<Member> members = ws.members().values();
    const QList<Production> productions = ws.productions().values();
    QRandomGenerator random(11);
    for (int i = 0; i < 50000; ++i) {
        const Member &m = members.at(random.bounded(int(members.size())));
        const Production &p = productions.at(random.bounded(int(productions.size())));
        const Feature &f = ws.features().at(random.bounded(int(ws.features().size())));
        const Levels direct = effectiveAccess(ws, m.id, p.id, f.id).levels;
        const Levels fast = index.levels(index.memberIndex(m.id), index.productionIndex(p.id), index.featureIndex(f.id));
        if (direct != fast)
            QFAIL(qPrintable(QStringLiteral("index and direct access disagree for %1 in %2 on %3: %4 against %5")
                                 .arg(m.name, p.name, f.name, fast.toText(), direct.toText())));
    }
}

void TestAccess::indexFollowsAChange()
{
    Workspace ws = studio();
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id images = feature(ws, "Images");
    const Id ivy = member(ws, "Ivy Chen");
    QVERIFY(AccessIndex(ws).allowed(AccessIndex(ws).memberIndex(ivy), AccessIndex(ws).productionIndex(spring),
                                    AccessIndex(ws).featureIndex(images), Level::Delete));
    must(ws, Change::setGrant(productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"), images, Level::View));
    const AccessIndex index(ws);
    QVERIFY(!index.allowed(index.memberIndex(ivy), index.productionIndex(spring), index.featureIndex(images),
                           Level::Delete));
    QVERIFY(index.allowed(index.memberIndex(ivy), index.productionIndex(spring), index.featureIndex(images),
                          Level::View));
    compareIndex(ws);
}

QTEST_GUILESS_MAIN(TestAccess)
#include "TestAccess.moc"
