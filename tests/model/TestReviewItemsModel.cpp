// The Reviews view's item model under QAbstractItemModelTester: filters by production, role, member, who decided and
// undecided; rows found by item number; the next undecided item wrapping around; every column headed; dates shown.
#include "domain/Dates.h"
#include "itemmodels/ReviewItemsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rs;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

CampaignItem item(int number, const char *member, const char *production, const char *role,
    review::Decision::Kind decided = review::Decision::Kind::None, const char *by = "")
{
    CampaignItem ci;
    ci.item.number = number;
    ci.item.memberName = s(member);
    ci.item.kind = *production ? review::Item::Kind::Seat : review::Item::Kind::AccountRole;
    ci.item.productionName = s(production);
    ci.item.roleName = s(role);
    ci.decision.kind = decided;
    ci.decision.decidedBy = s(by);
    return ci;
}

} // namespace

class TestReviewItemsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersAndFinds();
};

void TestReviewItemsModel::filtersAndFinds()
{
    ReviewItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CampaignItem> items { item(1, "Ann Peeters", "", "Admin & owner", review::Decision::Kind::Keep, "Fien"),
        item(2, "Bram Claes", "Spring", "Production", review::Decision::Kind::Revoke, "Ann"),
        item(3, "Cato Jacobs", "Spring", "Runner"), item(4, "Dirk Maes", "Gala", "Runner"),
        item(5, "Eva Wouters", "Gala", "Production", review::Decision::Kind::Keep, "Ann") };
    const QTimeZone zone("Europe/Berlin");
    items[4].item.starts = dates::iso(dates::startOfDay(QDate(2027, 1, 1), zone));
    items[4].item.ends = dates::iso(dates::endOfDay(QDate(2027, 1, 20), zone));
    model.setItems(items, zone);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.decidedCount(), 3);
    QCOMPARE(model.productions(), QStringList({ s("Gala"), s("Spring") }));
    QCOMPARE(model.deciders(), QStringList({ s("Fien"), s("Ann") }));
    for (int column = 0; column < ReviewItemsModel::Count; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    // Days in the workspace's zone: the first instant of 1 Jan in Berlin is still 31 Dec in UTC.
    QCOMPARE(model.index(4, ReviewItemsModel::From).data().toString(),
        dates::date(dates::startOfDay(QDate(2027, 1, 1), zone), zone));
    QVERIFY(model.index(4, ReviewItemsModel::From).data().toString().contains(s("2027")));
    QCOMPARE(model.index(0, ReviewItemsModel::Until).data().toString(), s("no end"));

    review::ItemFilter filter;
    filter.production = s("Gala");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.numberAt(0), 4);
    QCOMPARE(model.rowOf(5), 1);
    QCOMPARE(model.rowOf(2), -1);
    filter = {};
    filter.role = s("Runner");
    filter.member = s("MAES");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.numberAt(0), 4);
    filter = {};
    filter.undecidedOnly = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    model.setFilter({}, s("Ann"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.numberAt(1), 5);

    // The next undecided item after a row, wrapping around; none when all shown are decided.
    model.setFilter({});
    QCOMPARE(model.nextUndecided(-1), 2);
    QCOMPARE(model.nextUndecided(2), 3);
    QCOMPARE(model.nextUndecided(3), 2);
    model.setFilter({}, s("Ann"));
    QCOMPARE(model.nextUndecided(0), -1);
}

QTEST_GUILESS_MAIN(TestReviewItemsModel)
#include "TestReviewItemsModel.moc"
