// Duties no one person may combine: conflicts per person through roles, seats and their dates, the gate a change
// passes, exceptions and their end, and who holds a cell through what.
#include "ModelFixture.h"

#include "domain/Access.h"
#include "domain/Duties.h"
#include "testing/Generate.h"

#include <QTimeZone>

using namespace rs;
using namespace fx;
namespace du = rs::duties;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int sec = 0, int msec = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, sec, msec), QTimeZone::utc());
}

const QDateTime kNow = utc(2026, 12, 1, 12);

// A role that holds nothing but the cells given.
Id bareRole(Workspace &ws, const char *name, rs::Scope scope, Id production,
    std::initializer_list<std::pair<const char *, Levels>> cells)
{
    const Id role = must(ws, Change::createRole(s(name), scope, production)).role;
    for (const Feature &f : ws.features()) {
        if (!ws.grant(role, f.id).isNone())
            must(ws, Change::setGrant(role, f.id, Levels()));
    }
    for (const auto &[featureName, levels] : cells)
        must(ws, Change::setGrant(role, feature(ws, featureName), levels));
    return role;
}

du::Rule rule(const Workspace &ws, const char *name, const char *left, const char *right, du::Scope scope,
    du::Severity severity = du::Severity::Block)
{
    du::Rule r;
    r.name = s(name);
    r.left.cells = du::parseCells(ws, s(left)).value();
    r.right.cells = du::parseCells(ws, s(right)).value();
    r.scope = scope;
    r.severity = severity;
    return r;
}

du::Book bookOf(std::initializer_list<du::Rule> rules)
{
    du::Book book;
    book.rules = rules;
    return book;
}

QList<du::Conflict> of(
    const Workspace &ws, const du::Book &book, Id member, const QDateTime &at, du::When when = du::When::At)
{
    const AccessIndex index(ws, at);
    const QSet<Id> one { member };
    return du::conflicts(ws, index, book, at, when, &one);
}

QStringList holdingTexts(const Workspace &ws, const QList<du::Holding> &holdings)
{
    QStringList texts;
    for (const du::Holding &h : holdings)
        texts.append(du::describeHolding(ws, h));
    texts.sort();
    return texts;
}

// The studio with a member of its own, Kim Ray, who holds nothing yet.
Workspace studioWithKim()
{
    Workspace ws = studio();
    must(ws, Change::addMember(s("Kim Ray")));
    return ws;
}

// Applies a change to a copy and gives the gate's answer on it.
Status gated(const Workspace &ws, Change change, const du::Book &book, const QDateTime &now)
{
    Workspace after = ws;
    const Result<Touched> t = after.apply(change);
    if (!t)
        qFatal("change refused: %s", qPrintable(t.error().message));
    return du::gate(ws, after, { t.value() }, book, now);
}

} // namespace

class TestDuties : public QObject
{
    Q_OBJECT

private slots:
    void cellsAndRulesAreChecked();
    void suggestedRulesNameTheCatalogsFeatures();
    void conflictThroughTwoRolesInOneProduction();
    void conflictThroughAccountRoleAndSeat();
    void studioScopeConflictsAcrossProductions();
    void seatsThatNeverOverlapDoNotConflict();
    void ownerAndAdminsAreStandingExceptions();
    void blockRuleRefusesNamingMemberRuleAndHoldings();
    void exceptionAllowsUntilItsExpiryAndLapsesTheNextSecond();
    void roleEditCountsForEveryHolder();
    void exceptionStates();
    void whoAgreesWithEffectiveAccess();
    void conflictsAgreeWithTheAccessIndexOnGeneratedWorkspaces();
};

void TestDuties::cellsAndRulesAreChecked()
{
    const Workspace ws = studio();
    QVERIFY(!du::parseCells(ws, s("Marketing")).ok());
    QVERIFY(!du::parseCells(ws, s("No Such Thing:edit")).ok());
    QVERIFY(!du::parseCells(ws, s("Marketing:approve")).ok());
    QVERIFY(!du::parseCells(ws, s(" , ")).ok());
    const auto cells = du::parseCells(ws, s("marketing:EDIT, Campaign Approval:edit"));
    QVERIFY(cells.ok());
    QCOMPARE(du::cellsText(ws, cells.value()), s("Marketing:edit,Campaign Approval:edit"));

    du::Book book;
    du::Rule r = rule(ws, "Self-approval", "Marketing:edit", "Campaign Approval:edit", du::Scope::Studio);
    QVERIFY(du::checkRule(ws, book, r).ok());
    book.rules.append(r);
    QVERIFY(!du::checkRule(ws, book, r).ok()); // the name is taken
    du::Rule same = rule(ws, "Both sides", "Marketing:edit", "Marketing:edit", du::Scope::Studio);
    QVERIFY(!du::checkRule(ws, book, same).ok());
    du::Rule unnamed = r;
    unnamed.name = s("  ");
    QVERIFY(!du::checkRule(ws, book, unnamed).ok());
    QVERIFY(!du::parseScope(s("galaxy")).ok());
    QCOMPARE(du::parseSeverity(s("WARN")).value(), du::Severity::Warn);
}

void TestDuties::suggestedRulesNameTheCatalogsFeatures()
{
    const Workspace ws = studio();
    const QList<du::Rule> suggested = du::suggestedRules(ws);
    QCOMPARE(suggested.size(), 3);
    QCOMPARE(du::cellsText(ws, suggested.at(0).left.cells), s("Marketing:edit"));
    QCOMPARE(du::cellsText(ws, suggested.at(0).right.cells), s("Campaign Approval:edit"));
    QCOMPARE(du::cellsText(ws, suggested.at(1).left.cells), s("Discount Codes:add"));
    QCOMPARE(du::cellsText(ws, suggested.at(2).right.cells), s("Release Orders:edit"));
    du::Book book;
    for (const du::Rule &r : suggested) {
        QVERIFY(du::checkRule(ws, book, r).ok());
        book.rules.append(r);
    }
}

void TestDuties::conflictThroughTwoRolesInOneProduction()
{
    Workspace ws = studioWithKim();
    const Id kim = member(ws, "Kim Ray");
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id clerk = bareRole(ws, "Order clerk", rs::Scope::Account, 0, { { "Release Orders", Level::Edit } });
    const Id checker
        = bareRole(ws, "Order checker", rs::Scope::Production, spring, { { "Studio Orders", Level::Edit } });
    const du::Book book
        = bookOf({ rule(ws, "Orders both ways", "Release Orders:edit", "Studio Orders:edit", du::Scope::Production) });
    QVERIFY(of(ws, book, kim, kNow).isEmpty());
    must(ws, Change::setAccountRole(kim, clerk));
    QVERIFY(of(ws, book, kim, kNow).isEmpty()); // one side only
    must(ws, Change::invite(spring, kim, checker));
    const QList<du::Conflict> found = of(ws, book, kim, kNow);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().production, spring);
    QCOMPARE(holdingTexts(ws, found.first().left), QStringList { s("account role Order clerk") });
    QCOMPARE(holdingTexts(ws, found.first().right), QStringList { s("Order checker in Spring Portraits 0042") });
    QVERIFY(du::describeConflict(ws, book, found.first()).startsWith(s("Kim Ray: Orders both ways (block)")));
}

void TestDuties::conflictThroughAccountRoleAndSeat()
{
    Workspace ws = studioWithKim();
    const Id kim = member(ws, "Kim Ray");
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id discounter = bareRole(ws, "Discounter", rs::Scope::Account, 0, { { "Discount Codes", Level::Add } });
    const Id checker
        = bareRole(ws, "Order checker", rs::Scope::Production, spring, { { "Studio Orders", Level::Edit } });
    must(ws, Change::setAccountRole(kim, discounter));
    const du::Book book
        = bookOf({ rule(ws, "Discounts", "Discount Codes:add", "Studio Orders:edit", du::Scope::Studio) });
    QVERIFY(of(ws, book, kim, kNow).isEmpty());
    must(ws, Change::invite(spring, kim, checker));
    const QList<du::Conflict> found = of(ws, book, kim, kNow);
    QCOMPARE(found.size(), 1);
    QCOMPARE(holdingTexts(ws, found.first().left), QStringList { s("account role Discounter") });
    QCOMPARE(holdingTexts(ws, found.first().right), QStringList { s("Order checker in Spring Portraits 0042") });
    // The account scope counts the account role alone: the seat does not take part.
    QVERIFY(of(ws, bookOf({ rule(ws, "Discounts", "Discount Codes:add", "Studio Orders:edit", du::Scope::Account) }),
        kim, kNow)
                .isEmpty());
}

void TestDuties::studioScopeConflictsAcrossProductions()
{
    Workspace ws = studioWithKim();
    const Id kim = member(ws, "Kim Ray");
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id autumn = production(ws, "Autumn Headshots 0007");
    const Id releaser
        = bareRole(ws, "Release editor", rs::Scope::Production, spring, { { "Release Orders", Level::Edit } });
    const Id checker
        = bareRole(ws, "Order checker", rs::Scope::Production, autumn, { { "Studio Orders", Level::Edit } });
    must(ws, Change::invite(spring, kim, releaser));
    must(ws, Change::invite(autumn, kim, checker));
    const du::Rule inOne = rule(ws, "Orders", "Release Orders:edit", "Studio Orders:edit", du::Scope::Production);
    du::Rule across = inOne;
    across.scope = du::Scope::Studio;
    QVERIFY(of(ws, bookOf({ inOne }), kim, kNow).isEmpty());
    const QList<du::Conflict> found = of(ws, bookOf({ across }), kim, kNow);
    QCOMPARE(found.size(), 1);
    QCOMPARE(holdingTexts(ws, found.first().left), QStringList { s("Release editor in Spring Portraits 0042") });
    QCOMPARE(holdingTexts(ws, found.first().right), QStringList { s("Order checker in Autumn Headshots 0007") });
    // "all of" needs every cell of the side.
    du::Rule all = across;
    all.left.cells += du::parseCells(ws, s("Price Sheets:edit")).value();
    all.left.all = true;
    QVERIFY(of(ws, bookOf({ all }), kim, kNow).isEmpty());
    all.left.all = false;
    QCOMPARE(of(ws, bookOf({ all }), kim, kNow).size(), 1);
}

void TestDuties::seatsThatNeverOverlapDoNotConflict()
{
    Workspace ws = studioWithKim();
    const Id kim = member(ws, "Kim Ray");
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id autumn = production(ws, "Autumn Headshots 0007");
    const Id releaser
        = bareRole(ws, "Release editor", rs::Scope::Production, spring, { { "Release Orders", Level::Edit } });
    const Id checker
        = bareRole(ws, "Order checker", rs::Scope::Production, autumn, { { "Studio Orders", Level::Edit } });
    must(ws, Change::invite(spring, kim, releaser, utc(2027, 1, 1), utc(2027, 2, 28, 23, 59, 59, 999)));
    must(ws, Change::invite(autumn, kim, checker, utc(2027, 3, 1), utc(2027, 4, 30, 23, 59, 59, 999)));
    const du::Book book
        = bookOf({ rule(ws, "Orders", "Release Orders:edit", "Studio Orders:edit", du::Scope::Studio) });
    QVERIFY(of(ws, book, kim, kNow, du::When::From).isEmpty());
    QVERIFY(of(ws, book, kim, utc(2027, 2, 28, 23, 59, 59, 999)).isEmpty());
    QVERIFY(of(ws, book, kim, utc(2027, 3, 1)).isEmpty());
    // The Autumn seat now starts before the Spring one ends: they overlap from 15 February.
    must(ws, Change::setSeatDates(autumn, kim, utc(2027, 2, 15), utc(2027, 4, 30, 23, 59, 59, 999)));
    const QList<du::Conflict> found = of(ws, book, kim, kNow, du::When::From);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().at, utc(2027, 2, 15));
    QCOMPARE(of(ws, book, kim, utc(2027, 2, 20)).size(), 1);
    QVERIFY(of(ws, book, kim, utc(2027, 3, 1)).isEmpty());
}

void TestDuties::ownerAndAdminsAreStandingExceptions()
{
    const Workspace ws = studio();
    const QList<Id> standing = du::standingExceptions(ws);
    QCOMPARE(standing, (QList<Id> { member(ws, "Morgan Avery"), member(ws, "Ann Lee") }));
    const du::Book book
        = bookOf({ rule(ws, "Self-approval", "Marketing:edit", "Campaign Approval:edit", du::Scope::Studio) });
    const AccessIndex index(ws, kNow);
    for (const du::Conflict &c : du::conflicts(ws, index, book, kNow, du::When::From))
        QVERIFY(!standing.contains(c.member));
    // They do hold both sides.
    QVERIFY(
        effectiveAccess(ws, member(ws, "Ann Lee"), 0, feature(ws, "Campaign Approval"), kNow).levels.has(Level::Edit));
}

void TestDuties::blockRuleRefusesNamingMemberRuleAndHoldings()
{
    Workspace ws = studioWithKim();
    const Id kim = member(ws, "Kim Ray");
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id clerk = bareRole(ws, "Order clerk", rs::Scope::Account, 0, { { "Release Orders", Level::Edit } });
    const Id checker
        = bareRole(ws, "Order checker", rs::Scope::Production, spring, { { "Studio Orders", Level::Edit } });
    must(ws, Change::setAccountRole(kim, clerk));
    const du::Rule block
        = rule(ws, "Orders both ways", "Release Orders:edit", "Studio Orders:edit", du::Scope::Production);
    const Status refused = gated(ws, Change::invite(spring, kim, checker), bookOf({ block }), kNow);
    QVERIFY(!refused.ok());
    const QString message = refused.error().message;
    QVERIFY2(message.contains(s("Kim Ray")) && message.contains(s("Orders both ways"))
            && message.contains(s("account role Order clerk"))
            && message.contains(s("Order checker in Spring Portraits 0042"))
            && message.contains(s("Nothing was changed.")),
        qPrintable(message));
    du::Rule warn = block;
    warn.severity = du::Severity::Warn;
    QVERIFY(gated(ws, Change::invite(spring, kim, checker), bookOf({ warn }), kNow).ok());
    // A seat that starts later conflicts from its start: refused now, because it would come.
    QVERIFY(!gated(ws, Change::invite(spring, kim, checker, utc(2027, 6, 1), {}), bookOf({ block }), kNow).ok());
    // A seat that ended before the account role began... the account role has no start, so only a seat that has
    // already ended does not conflict.
    QVERIFY(gated(ws, Change::invite(spring, kim, checker, utc(2026, 1, 1), utc(2026, 2, 1)), bookOf({ block }), kNow)
                .ok());
}

void TestDuties::exceptionAllowsUntilItsExpiryAndLapsesTheNextSecond()
{
    Workspace ws = studioWithKim();
    const Id kim = member(ws, "Kim Ray");
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id clerk = bareRole(ws, "Order clerk", rs::Scope::Account, 0, { { "Release Orders", Level::Edit } });
    const Id checker
        = bareRole(ws, "Order checker", rs::Scope::Production, spring, { { "Studio Orders", Level::Edit } });
    must(ws, Change::setAccountRole(kim, clerk));
    du::Book book
        = bookOf({ rule(ws, "Orders both ways", "Release Orders:edit", "Studio Orders:edit", du::Scope::Production) });
    du::Exception e;
    e.member = kim;
    e.rule = s("orders both ways");
    e.reason = s("Covering for Hal during the launch");
    e.grantedBy = s("Morgan Avery");
    e.grantedAt = kNow;
    e.until = utc(2026, 12, 31, 23, 59, 59);
    QVERIFY(du::checkException(ws, book, e, kNow).ok());
    book.exceptions.append(e);
    const Change seat = Change::invite(spring, kim, checker);
    QVERIFY(gated(ws, seat, book, kNow).ok());
    QVERIFY(gated(ws, seat, book, e.until).ok());
    const Status lapsed = gated(ws, seat, book, e.until.addSecs(1));
    QVERIFY(!lapsed.ok());
    QVERIFY(lapsed.error().message.contains(s("Kim Ray")));

    must(ws, Change(seat));
    QVERIFY(of(ws, book, kim, e.until).first().exception != nullptr);
    QVERIFY(of(ws, book, kim, e.until.addSecs(1)).first().exception == nullptr);

    // Granted by the member themselves, or by someone who is no Admin: refused.
    du::Exception own = e;
    own.grantedBy = s("Kim Ray");
    QVERIFY(!du::checkException(ws, book, own, kNow).ok());
    own.grantedBy = s("Cat Diaz");
    QVERIFY(!du::checkException(ws, book, own, kNow).ok());
    own.grantedBy = s("Ann Lee");
    own.until = kNow.addSecs(-1);
    QVERIFY(!du::checkException(ws, book, own, kNow).ok());
}

void TestDuties::roleEditCountsForEveryHolder()
{
    Workspace ws = studioWithKim();
    const Id approver = bareRole(ws, "Approver", rs::Scope::Account, 0, { { "Campaign Approval", Level::Edit } });
    must(ws, Change::addMember(s("Lou Park"), approver));
    must(ws, Change::addMember(s("Mia Ng"), approver));
    must(ws, Change::setAccountRole(member(ws, "Kim Ray"), approver));
    const du::Book book
        = bookOf({ rule(ws, "Self-approval", "Marketing:edit", "Campaign Approval:edit", du::Scope::Studio) });
    const Status refused = gated(
        ws, Change::setGrant(approver, feature(ws, "Marketing"), levels({ Level::View, Level::Edit })), book, kNow);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(s("Approver")) && refused.error().message.contains(s("2 more")),
        qPrintable(refused.error().message));
    QVERIFY(gated(ws, Change::setGrant(approver, feature(ws, "Marketing"), Levels(Level::View)), book, kNow).ok());
}

void TestDuties::exceptionStates()
{
    Workspace ws = studioWithKim();
    const Id kim = member(ws, "Kim Ray");
    const Id both = bareRole(
        ws, "Both", rs::Scope::Account, 0, { { "Marketing", Level::Edit }, { "Campaign Approval", Level::Edit } });
    du::Book book
        = bookOf({ rule(ws, "Self-approval", "Marketing:edit", "Campaign Approval:edit", du::Scope::Studio) });
    du::Exception e { kim, s("Self-approval"), s("launch"), s("Morgan Avery"), kNow, utc(2027, 1, 31, 23, 59, 59) };
    book.exceptions.append(e);
    const AccessIndex before(ws, kNow);
    QCOMPARE(du::exceptionState(ws, before, book, e, kNow), du::ExceptionState::Void);
    must(ws, Change::setAccountRole(kim, both));
    const AccessIndex after(ws, kNow);
    QCOMPARE(du::exceptionState(ws, after, book, e, kNow), du::ExceptionState::InForce);
    QCOMPARE(du::exceptionState(ws, after, book, e, e.until.addSecs(1)), du::ExceptionState::Lapsed);
}

void TestDuties::whoAgreesWithEffectiveAccess()
{
    Workspace ws = studio();
    const QDateTime at = kNow;
    const AccessIndex index(ws, at);
    for (const Feature &f : ws.features()) {
        for (Level level : kAllLevels) {
            // Every production at once, then each production on its own.
            QSet<QPair<Id, Id>> listed;
            QSet<Id> everywhere;
            for (const du::WhoRow &row : du::who(ws, index, f.id, level, 0, at)) {
                QVERIFY(!row.holdings.isEmpty());
                if (row.production == 0 && f.scope == rs::Scope::Production)
                    everywhere.insert(row.member);
                else
                    listed.insert({ row.member, row.production });
            }
            for (const Member &m : ws.members()) {
                if (f.scope == rs::Scope::Account) {
                    const bool has = effectiveAccess(ws, m.id, 0, f.id, at).levels.has(level);
                    QCOMPARE(listed.contains({ m.id, 0 }), has);
                    continue;
                }
                for (const Production &p : ws.productions()) {
                    const bool has = effectiveAccess(ws, m.id, p.id, f.id, at).levels.has(level);
                    QCOMPARE(everywhere.contains(m.id) || listed.contains({ m.id, p.id }), has);
                    bool inOne = false;
                    for (const du::WhoRow &row : du::who(ws, index, f.id, level, p.id, at))
                        inOne = inOne || row.member == m.id;
                    QCOMPARE(inOne, has);
                }
            }
        }
    }
}

void TestDuties::conflictsAgreeWithTheAccessIndexOnGeneratedWorkspaces()
{
    // Each member's conflicts at a moment, against a plain reading of allowed() over every production.
    for (quint32 seed : { 3u, 17u }) {
        const Workspace ws = generateWorkspace(GenerateSpec::small(), seed);
        const QList<du::Rule> suggested = du::suggestedRules(ws);
        QVERIFY(!suggested.isEmpty());
        du::Book book;
        book.rules = suggested;
        book.rules.last().scope = du::Scope::Production;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const AccessIndex index(ws, at);
        QSet<QPair<Id, QString>> found;
        for (const du::Conflict &c : du::conflicts(ws, index, book, at, du::When::At))
            found.insert({ c.member, c.rule });
        QVERIFY2(found.size() >= 2, "the generated workspace has conflicts to compare");
        const auto allowed = [&](Id m, Id p, const du::Cell &c) {
            return index.allowed(
                index.memberIndex(m), p ? index.productionIndex(p) : -1, index.featureIndex(c.feature), c.level);
        };
        for (const Member &m : ws.members()) {
            for (const du::Rule &r : book.rules) {
                bool expected = false;
                if (!du::standingExceptions(ws).contains(m.id)) {
                    QList<Id> where { 0 };
                    for (const Production &p : ws.productions())
                        where.append(p.id);
                    const auto side = [&](const du::Side &sd, const QList<Id> &places) {
                        for (const du::Cell &c : sd.cells) {
                            for (Id p : places) {
                                if (allowed(m.id, p, c))
                                    return true;
                            }
                        }
                        return false;
                    };
                    if (r.scope == du::Scope::Studio) {
                        expected = side(r.left, where) && side(r.right, where);
                    } else {
                        for (Id p : where)
                            expected = expected || (side(r.left, { p }) && side(r.right, { p }));
                    }
                }
                QCOMPARE(found.contains({ m.id, r.name }), expected);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestDuties)
#include "TestDuties.moc"
