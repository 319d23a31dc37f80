// Access reviews show separation of duties and break glass, on both engines: a campaign freezes the open conflicts of
// the members it reviews (one covered by an exception, one not), their exceptions (in force and void) and the changes
// applied by break glass since the last review, into its start record; the evidence CSV and PDF show them the same
// way whenever they are exported, and decisions filled into that CSV still read back. (The PDF's text is checked by
// the command line's tests.)
#include "StoreTestSupport.h"

#include "formats/ReviewEvidence.h"
#include "review/DecisionsCsv.h"
#include "storage/ApprovalStore.h"
#include "storage/DutyStore.h"
#include "storage/ReviewDutyEvidence.h"
#include "storage/ReviewSeal.h"

#include <QUrl>

using namespace rs;
using st::s;
namespace du = rs::duties;

class TestReviewDuties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void campaignFreezesConflictsExceptionsAndBreakGlass();

private:
    // The owner acts: the fixture's login on PostgreSQL (the identity approvals and reviews take there).
    static QString owner() { return st::postgres() ? QUrl(st::fixtureUrl()).userName() : s("Morgan Avery"); }
    std::unique_ptr<Store> open()
    {
        auto store = Store::open(m_location, Store::Access::ReadWrite);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        store.value()->setActor(owner());
        return std::move(store.value());
    }
    Result<approval::Request> breakGlass(Store &store, Change change, const char *reason)
    {
        ApprovalStore approvals(store);
        approvals.actAs(owner());
        QList<Change> changes { change };
        return approvals.breakGlass(changes, s(reason));
    }
    review::DutyEvidence evidenceOf(Store &store, const QString &campaign)
    {
        const Campaign c = ReviewStore(store).campaign(campaign).value();
        return reviewDutyEvidence(store, c).value();
    }

    st::Locations m_locations;
    QString m_location;
};

void TestReviewDuties::init()
{
    m_location = m_locations.next();
    Workspace ws = DefaultWorkspace::create(owner(), s("Northlight"));
    Change clerk = Change::createRole(s("Order clerk"), rs::Scope::Account);
    QVERIFY(ws.apply(clerk).ok());
    for (const Feature &f : ws.features()) {
        Change none = Change::setGrant(clerk.role, f.id, Levels());
        if (!ws.grant(clerk.role, f.id).isNone())
            QVERIFY(ws.apply(none).ok());
    }
    Change edit = Change::setGrant(clerk.role, ws.findFeature(s("Release Orders"))->id, Level::Edit);
    QVERIFY(ws.apply(edit).ok());
    for (const char *name : { "Kim Ray", "Lee Park" }) {
        Change m = Change::addMember(s(name), clerk.role);
        QVERIFY(ws.apply(m).ok());
    }
    Change spring = Change::createProduction(s("Spring"), ws.owner());
    QVERIFY(ws.apply(spring).ok());
    Change checker = Change::createRole(s("Order checker"), rs::Scope::Production, spring.production);
    QVERIFY(ws.apply(checker).ok());
    for (const Feature &f : ws.features()) {
        Change none = Change::setGrant(checker.role, f.id, Levels());
        if (!ws.grant(checker.role, f.id).isNone())
            QVERIFY(ws.apply(none).ok());
    }
    Change studio = Change::setGrant(checker.role, ws.findFeature(s("Studio Orders"))->id, Level::Edit);
    QVERIFY(ws.apply(studio).ok());
    for (const char *name : { "Kim Ray", "Lee Park" }) {
        Change seat = Change::invite(spring.production, ws.findMember(s(name))->id, checker.role);
        QVERIFY(ws.apply(seat).ok());
    }
    QVERIFY(Store::create(m_location, ws).ok());
}

void TestReviewDuties::campaignFreezesConflictsExceptionsAndBreakGlass()
{
    auto store = open();
    const Workspace &ws = store->workspace();
    const Id kim = ws.findMember(s("Kim Ray"))->id;
    {
        DutyStore duties(*store);
        du::Rule orders;
        orders.name = s("Orders both ways");
        orders.left.cells = du::parseCells(ws, s("Release Orders:edit")).value();
        orders.right.cells = du::parseCells(ws, s("Studio Orders:edit")).value();
        orders.severity = du::Severity::Warn;
        QVERIFY(duties.addRule(orders).ok());
        du::Rule prices = orders;
        prices.name = s("Prices");
        prices.right.cells = du::parseCells(ws, s("Price Sheets:edit")).value();
        QVERIFY(duties.addRule(prices).ok());
        const QDateTime until = QDateTime::currentDateTimeUtc().addDays(30);
        QVERIFY(duties.addException({ kim, orders.name, s("Launch week"), {}, {}, until }).ok());
        QVERIFY(duties.addException({ kim, prices.name, s("Just in case"), {}, {}, until }).ok());
    }
    // Break glass before the first review and after it: the second review shows only the later one.
    const Id clerk = ws.findAccountRole(s("Order clerk"))->id;
    const Result<approval::Request> early
        = breakGlass(*store, Change::setDescription(clerk, s("Writes orders")), "Auditor on site");
    QVERIFY2(early.ok(), qPrintable(early ? QString() : early.error().message));

    ReviewStore reviews(*store);
    const Result<Campaign> q1 = reviews.start({ s("Q1"), review::Scope::studio(), QDate(), { ws.owner() }, false });
    QVERIFY2(q1.ok(), qPrintable(q1 ? QString() : q1.error().message));
    const review::DutyEvidence first = evidenceOf(*store, s("Q1"));
    QCOMPARE(first.conflicts.size(), 2);
    QCOMPARE(first.conflicts.at(0).mid(0, 3), (QStringList { s("Kim Ray"), s("Orders both ways"), s("warn") }));
    QVERIFY(first.conflicts.at(0).at(3).startsWith(s("account role Order clerk")));
    QCOMPARE(first.conflicts.at(0).at(4), s("Order checker in Spring"));
    QVERIFY2(
        first.conflicts.at(0).at(5).endsWith(s(", granted by ") + owner()), qPrintable(first.conflicts.at(0).at(5)));
    QCOMPARE(first.conflicts.at(1).mid(0, 2), (QStringList { s("Lee Park"), s("Orders both ways") }));
    QVERIFY(first.conflicts.at(1).at(5).isEmpty()); // open: no exception covers it
    QCOMPARE(first.exceptions.size(), 2);
    QCOMPARE(first.exceptions.at(0).mid(0, 4),
        (QStringList { s("Kim Ray"), s("Orders both ways"), s("Launch week"), owner() }));
    QCOMPARE(first.exceptions.at(0).at(6), s("in-force"));
    QCOMPARE(first.exceptions.at(1).at(1), s("Prices"));
    QCOMPARE(first.exceptions.at(1).at(6), s("void")); // nobody edits price sheets: nothing to cover
    QCOMPARE(first.breakGlass.size(), 1);
    QCOMPARE(first.breakGlass.at(0).at(0), QString::number(early.value().id));
    QVERIFY2(first.breakGlass.at(0).at(1).contains(s("Order clerk")), qPrintable(first.breakGlass.at(0).at(1)));
    QCOMPARE(first.breakGlass.at(0).at(2), owner());
    QCOMPARE(first.breakGlass.at(0).at(4), s("Auditor on site"));

    // The evidence CSV carries the sections after the items, and a decision filled into it still reads back.
    Result<QList<CampaignItem>> items = reviews.items(q1.value());
    const formats::ReviewEvidence evidence { ws.name(), q1.value(), items.value(), QTimeZone::utc(), first };
    const QByteArray csv = formats::reviewCsv(evidence);
    QVERIFY(csv.contains("\r\nduty_conflict_member,rule,severity,one_side_through,other_side_through,exception\r\n"));
    QVERIFY(csv.contains("\r\nLee Park,Orders both ways,warn,account role Order clerk,Order checker in Spring,\r\n"));
    QVERIFY(csv.contains("\r\nduty_exception_member,rule,reason,granted_by,granted_at,until,state\r\n"));
    QVERIFY(csv.contains(",void\r\n"));
    QVERIFY(csv.contains("\r\nbreak_glass_request,changes,by,at,reason\r\n"));
    QVERIFY(csv.contains(",Auditor on site\r\n"));
    review::DecisionSheet sheet { s("Q1"), {} };
    for (const CampaignItem &ci : items.value())
        sheet.items.insert(ci.item.number, { ci.item, ci.decision });
    QByteArray filled = csv;
    const QByteArray firstItem = "\r\n1,";
    const qsizetype at = filled.indexOf(firstItem);
    QVERIFY(at > 0);
    // The decision column is the tenth: after item, member, production, role, access, reach, starts, ends, grants.
    const qsizetype lineEnd = filled.indexOf("\r\n", at + 2);
    QList<QByteArray> cells = filled.mid(at + 2, lineEnd - at - 2).split(',');
    QVERIFY(cells.size() >= 10);
    cells[9] = "keep";
    filled.replace(at + 2, lineEnd - at - 2, cells.join(','));
    const Result<QList<review::ItemDecision>> decided = review::decisionsFromCsv(sheet, filled);
    QVERIFY2(decided.ok(), qPrintable(decided ? QString() : decided.error().message));
    QCOMPARE(decided.value().size(), 1);

    // The rules change afterwards; what Q1 froze does not, and its evidence exports the same bytes.
    QVERIFY(DutyStore(*store).removeRule(s("Prices")).ok());
    QVERIFY(evidenceOf(*store, s("Q1")).conflicts == first.conflicts);
    QVERIFY(evidenceOf(*store, s("Q1")).exceptions == first.exceptions);
    const formats::ReviewEvidence again { ws.name(), q1.value(), reviews.items(q1.value()).value(), QTimeZone::utc(),
        evidenceOf(*store, s("Q1")) };
    QCOMPARE(formats::reviewCsv(again), csv);

    // Break glass after Q1 shows in the next review, and the earlier one no more.
    const Result<approval::Request> later
        = breakGlass(*store, Change::setDescription(clerk, s("Writes and sends orders")), "Client deadline");
    QVERIFY(later.ok());
    QVERIFY(reviews.start({ s("Q2"), review::Scope::studio(), QDate(), { ws.owner() }, false }).ok());
    const review::DutyEvidence second = evidenceOf(*store, s("Q2"));
    QCOMPARE(second.breakGlass.size(), 1);
    QCOMPARE(second.breakGlass.at(0).at(0), QString::number(later.value().id));
    QCOMPARE(second.breakGlass.at(0).at(4), s("Client deadline"));
    QCOMPARE(second.exceptions.size(), 1); // Prices and its exception are gone
    // The audit trail stays whole with the records the duties ride in.
    const auto chain = store->verifyAudit();
    QVERIFY2(chain.value().whole(), qPrintable(chain.value().problem));
    QVERIFY(reviewseal::check(*store, q1.value(), reviews.items(q1.value()).value()).ok());
}

QTEST_GUILESS_MAIN(TestReviewDuties)
#include "TestReviewDuties.moc"
