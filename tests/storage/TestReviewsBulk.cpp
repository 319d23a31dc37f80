// Many decisions of an access review at once: one transaction and one audit record bind them all, the campaign
// closes and its evidence checks against the trail as with decisions taken one by one; a batch that breaks a rule
// anywhere records nothing; a decision row of a batch changed by hand is found.
#include "StoreTestSupport.h"

#include "storage/ReviewSeal.h"
#include "storage/ReviewStore.h"

#include <memory>

using namespace rs;
using st::s;

class TestReviewsBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void manyDecisionsAreOneBoundStep();
    void oneRefusedDecisionRecordsNone();

private:
    static QString me() { return st::postgres() ? QUrl(st::fixtureUrl()).userName() : s("Rev"); }
    std::unique_ptr<Store> open()
    {
        auto store = Store::open(m_location, Store::Access::ReadWrite);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        store.value()->setActor(me());
        return std::move(store.value());
    }
    static QList<review::ItemDecision> all(const Campaign &c, review::Decision::Kind kind, int from = 1)
    {
        QList<review::ItemDecision> list;
        for (int i = from; i <= c.itemCount; ++i) {
            review::ItemDecision d;
            d.item = i;
            d.decision.kind = kind;
            list.append(d);
        }
        return list;
    }
    static int auditRecords(const Store &store) { return int(store.audit().value().size()); }

    st::Locations m_locations;
    QString m_location;
};

// Ann owns the studio; Bram, Cato and Dirk hold seats in Spring; the acting reviewer holds no access.
void TestReviewsBulk::init()
{
    m_location = m_locations.next();
    Workspace ws = DefaultWorkspace::create(s("Ann"), s("Studio"));
    Change reviewer = Change::addMember(me());
    QVERIFY(ws.apply(reviewer).ok());
    for (const char *name : { "Bram", "Cato", "Dirk" }) {
        Change add
            = Change::addMember(s(name), qstrcmp(name, "Bram") == 0 ? ws.builtInRole(BuiltIn::CreateProductions) : 0);
        QVERIFY(ws.apply(add).ok());
    }
    Change production = Change::createProduction(s("Spring"), ws.findMember(s("Bram"))->id);
    QVERIFY(ws.apply(production).ok());
    const Id spring = ws.findProduction(s("Spring"))->id;
    for (const char *name : { "Cato", "Dirk" }) {
        Change invite = Change::invite(spring, ws.findMember(s(name))->id);
        QVERIFY(ws.apply(invite).ok());
    }
    QVERIFY(Store::create(m_location, ws).ok());
}

void TestReviewsBulk::manyDecisionsAreOneBoundStep()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c
        = reviews
              .start({ s("B1"), review::Scope::studio(), QDate(), { store->workspace().findMember(me())->id }, false })
              .value();
    QVERIFY(c.itemCount >= 4);
    const int records = auditRecords(*store);
    QList<review::ItemDecision> batch = all(c, review::Decision::Kind::Keep);
    batch[1].decision.kind = review::Decision::Kind::Revoke;
    batch[1].decision.comment = s("left, in May");
    const Result<int> recorded = reviews.decideMany(c.name, batch);
    QVERIFY2(recorded.ok(), qPrintable(recorded ? QString() : recorded.error().message));
    QCOMPARE(recorded.value(), c.itemCount);
    QCOMPARE(auditRecords(*store), records + 1);
    const QList<CampaignItem> items = reviews.items(c).value();
    for (const CampaignItem &ci : items) {
        QCOMPARE(ci.history.size(), 1);
        QCOMPARE(ci.decision.decidedBy, me());
        QCOMPARE(ci.decision.kind, ci.item.number == 2 ? review::Decision::Kind::Revoke : review::Decision::Kind::Keep);
    }
    QCOMPARE(items.at(1).decision.comment, s("left, in May"));
    QVERIFY(reviewseal::check(*store, c, items).ok());
    // A change of mind on one item after the batch, then the close: the evidence checks against the trail.
    review::Decision keep;
    keep.kind = review::Decision::Kind::Keep;
    QVERIFY(reviews.decide(c.name, 2, keep).ok());
    const Result<ClosePlan> plan = reviews.planClose(c.name);
    QVERIFY(plan.ok());
    QVERIFY(plan.value().changes.isEmpty());
    const Result<Campaign> closed = reviews.close(plan.value());
    QVERIFY(closed.ok());
    QVERIFY(reviewseal::check(*store, closed.value(), reviews.items(closed.value()).value()).ok());
    QVERIFY(store->verifyAudit().value().whole());
}

void TestReviewsBulk::oneRefusedDecisionRecordsNone()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c
        = reviews
              .start({ s("B2"), review::Scope::studio(), QDate(), { store->workspace().findMember(me())->id }, false })
              .value();
    const int records = auditRecords(*store);
    QList<review::ItemDecision> batch = all(c, review::Decision::Kind::Keep);
    batch.last().decision.kind = review::Decision::Kind::EndOn;
    batch.last().decision.endDate = QDate::currentDate().addDays(-1);
    const Result<int> past = reviews.decideMany(c.name, batch);
    QVERIFY(!past.ok());
    QVERIFY2(past.error().message.contains(s("in the past")), qPrintable(past.error().message));
    QList<review::ItemDecision> unknown = all(c, review::Decision::Kind::Keep);
    unknown.append({ c.itemCount + 1, unknown.first().decision });
    QVERIFY(!reviews.decideMany(c.name, unknown).ok());
    // Someone who does not review it decides nothing, not even the items that are not their own.
    store->setActor(s("Cato"));
    if (!st::postgres())
        QVERIFY(!reviews.decideMany(c.name, all(c, review::Decision::Kind::Keep)).ok());
    store->setActor(me());
    QCOMPARE(auditRecords(*store), records);
    const QList<CampaignItem> items = reviews.items(c).value();
    for (const CampaignItem &ci : items)
        QVERIFY(ci.history.isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewsBulk)
#include "TestReviewsBulk.moc"
