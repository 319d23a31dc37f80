// The navigator's tree: its groups, lazily loaded production lists, and rows that come and go with staged edits.
#include "commands/EditSession.h"
#include "domain/DefaultWorkspace.h"
#include "itemmodels/NavigatorModel.h"
#include "testing/Generate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rs;

class TestNavigatorModel : public QObject
{
    Q_OBJECT

private:
    static QModelIndex find(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            if (model->index(r, 0, parent).data().toString().startsWith(text))
                return model->index(r, 0, parent);
        }
        return {};
    }

private slots:
    void listsTheDefaultWorkspace()
    {
        const Workspace stored = DefaultWorkspace::create(QStringLiteral("Ada"));
        EditSession session;
        session.load(stored);
        NavigatorModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::AccountRoles)), 3);
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::Templates)), 1);
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::Productions)), 0);
        const QModelIndex owner = model.index(0, 0, model.groupIndex(NavigatorModel::Members));
        QCOMPARE(owner.data().toString(), QStringLiteral("Ada — Admin & owner"));
        QCOMPARE(owner.data(NavigatorModel::KindRole).toInt(), int(NavigatorModel::MemberNode));
        const QModelIndex production = model.index(0, 0, model.groupIndex(NavigatorModel::Templates));
        QCOMPARE(production.data().toString(), QStringLiteral("Production"));
        QCOMPARE(model.roleIndex(production.data(NavigatorModel::IdRole).value<Id>()), production);
    }

    void rowsFollowStagedEditsAndUndo()
    {
        const Workspace stored = DefaultWorkspace::create(QStringLiteral("Ada"));
        EditSession session;
        session.load(stored);
        NavigatorModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Change made;
        QVERIFY(session.submit(Change::createProduction(QStringLiteral("Spring Catalog"), stored.owner()), &made));
        const Id spring = made.production;
        const QModelIndex production = model.productionIndex(spring);
        QVERIFY(production.isValid());
        QCOMPARE(production.data().toString(), QStringLiteral("Spring Catalog"));
        const QModelIndex roles = model.index(0, 0, production);
        const QModelIndex team = model.index(1, 0, production);
        QCOMPARE(model.rowCount(roles), 2); // Production administrator and member
        QCOMPARE(model.rowCount(team), 1); // the creator
        QVERIFY(session.submit(Change::addMember(QStringLiteral("Mia")), &made));
        const Id mia = made.member;
        QVERIFY(session.submit(Change::invite(spring, mia)));
        QCOMPARE(model.rowCount(team), 2);
        QVERIFY(find(&model, team, QStringLiteral("Mia — Production member")).isValid());
        QVERIFY(session.submit(Change::createRole(QStringLiteral("Subtitler"), Scope::Production, spring), &made));
        QCOMPARE(model.rowCount(roles), 3);
        QCOMPARE(model.roleIndex(made.role).parent(), roles);
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::Members)), 2);
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(reset.size(), 0);

        QVERIFY(session.submit(Change::invite(spring, mia, made.role)));
        QVERIFY(session.submit(Change::renameRole(made.role, QStringLiteral("Freelance subtitler"))));
        QCOMPARE(model.roleIndex(made.role).data().toString(), QStringLiteral("Freelance subtitler"));
        QVERIFY(find(&model, team, QStringLiteral("Mia — Freelance subtitler")).isValid());
        QCOMPARE(model.groupIndex(NavigatorModel::Members).data().toString(), QStringLiteral("Members (2)"));

        while (session.undoStack()->canUndo())
            session.undoStack()->undo();
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::Productions)), 0);
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::Members)), 1);
        session.undoStack()->redo();
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::Productions)), 1);
    }

    void opensAGeneratedStudioLazily()
    {
        const Workspace stored = generateWorkspace(GenerateSpec::small(), 7);
        EditSession session;
        session.load(stored);
        NavigatorModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::Members)), int(stored.members().size()));
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::Productions)), int(stored.productions().size()));
        int seats = 0;
        for (int p = 0; p < model.rowCount(model.groupIndex(NavigatorModel::Productions)); ++p)
            seats
                += model.rowCount(model.index(1, 0, model.index(p, 0, model.groupIndex(NavigatorModel::Productions))));
        QCOMPARE(seats, int(stored.seats().size()));
    }
};

QTEST_GUILESS_MAIN(TestNavigatorModel)
#include "TestNavigatorModel.moc"
