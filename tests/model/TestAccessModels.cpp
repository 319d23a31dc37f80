// The check-access grid and the role comparison: effective levels with the roles that grant them, and differences.
#include "domain/DefaultWorkspace.h"
#include "itemmodels/AccessGridModel.h"
#include "itemmodels/CompareModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rs;

class TestAccessModels : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const QAbstractItemModel &model, const QString &feature, int column)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, column).data().toString() == feature)
                return r;
        }
        return -1;
    }

private slots:
    void effectiveGridNamesTheGrantingRole()
    {
        Workspace ws = DefaultWorkspace::create(QStringLiteral("Ada"));
        Change mia = Change::addMember(QStringLiteral("Mia"));
        QVERIFY(ws.apply(mia));
        Change spring = Change::createProduction(QStringLiteral("Spring"), ws.owner());
        QVERIFY(ws.apply(spring));
        Change invite = Change::invite(spring.production, mia.member);
        QVERIFY(ws.apply(invite));

        AccessGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(ws, mia.member, spring.production);
        QCOMPARE(model.rowCount(), 31);
        const int images = rowOf(model, QStringLiteral("Images"), AccessGridModel::FeatureColumn);
        QVERIFY(images >= 0);
        QVERIFY(model.index(images, AccessGridModel::ViewColumn).data(AccessGridModel::GrantedRole).toBool());
        QVERIFY(model.index(images, AccessGridModel::ViewColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Production member")));
        QVERIFY(!model.index(images, AccessGridModel::DeleteColumn).data(AccessGridModel::GrantedRole).toBool());
        const int jobs = rowOf(model, QStringLiteral("Jobs"), AccessGridModel::FeatureColumn);
        QVERIFY(!model.index(jobs, AccessGridModel::ViewColumn).data(AccessGridModel::GrantedRole).toBool());

        model.setQuery(ws, ws.owner(), spring.production);
        QVERIFY(model.index(jobs, AccessGridModel::DeleteColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Admin & owner")));
    }

    void comparisonMarksDifferingRows()
    {
        const Workspace ws = DefaultWorkspace::create();
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Id admin = ws.builtInRole(BuiltIn::Admin);
        const Id owner = ws.builtInRole(BuiltIn::Owner);
        model.setRoles(ws, { owner, admin });
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.differingRows(), 2); // payouts and refunds
        const int payout = rowOf(model, QStringLiteral("Payout Management"), 1);
        QVERIFY(model.index(payout, 2).data(CompareModel::DiffersRole).toBool());
        QCOMPARE(model.index(payout, 2).data().toString(), QStringLiteral("View / Add / Edit / Delete"));
        QCOMPARE(model.index(payout, 3).data().toString(), QStringLiteral("None"));
        model.setRoles(ws, { owner, admin, ws.templates().first()->id });
        QCOMPARE(model.columnCount(), 5);
        QVERIFY(model.differingRows() > 20);
    }
};

QTEST_GUILESS_MAIN(TestAccessModels)
#include "TestAccessModels.moc"
