// Staged edits: their order, the journal that keeps them through a crash, discard, apply through the store, and the
// review's difference with its impact on members.
#include "commands/EditSession.h"
#include "commands/Journal.h"
#include "commands/StagedDiff.h"
#include "domain/DefaultWorkspace.h"
#include "storage/Store.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stagedChangesKeepTheirOrderThroughUndoAndRedo()
    {
        const Workspace stored = DefaultWorkspace::create();
        EditSession session;
        session.load(stored);
        const Id tpl = stored.templates().first()->id;
        const Id jobs = stored.findFeature(QStringLiteral("Jobs"))->id;
        QVERIFY(session.submit(Change::setGrant(tpl, jobs, Levels::all())));
        QVERIFY(session.stageAll(QStringLiteral("two"),
            { Change::renameRole(tpl, QStringLiteral("Producer")), Change::setGrant(tpl, jobs, Level::View) }));
        QCOMPARE(session.undoStack()->count(), 2);
        QList<Change> staged = session.stagedChanges();
        QCOMPARE(staged.size(), 3);
        QCOMPARE(staged.at(1).kind, Change::Kind::RenameRole);
        QCOMPARE(session.working().role(tpl)->name, QStringLiteral("Producer"));
        session.undoStack()->undo();
        QCOMPARE(session.stagedChanges().size(), 1);
        QCOMPARE(session.working().role(tpl)->name, QStringLiteral("Production"));
        QCOMPARE(session.working().grant(tpl, jobs), Levels::all());
        session.undoStack()->redo();
        QCOMPARE(session.working().grant(tpl, jobs), Levels(Level::View));
        session.discard();
        QCOMPARE(session.working(), stored);
        QVERIFY(!session.hasStagedChanges());
    }

    void replayFollowsIdsTakenMeanwhile()
    {
        const Workspace before = DefaultWorkspace::create();
        EditSession first;
        first.load(before);
        Change made;
        QVERIFY(first.submit(Change::createRole(QStringLiteral("Retoucher"), Scope::Account), &made));
        const Id jobs = before.findFeature(QStringLiteral("Jobs"))->id;
        QVERIFY(first.submit(Change::setGrant(made.role, jobs, Level::View)));
        QVERIFY(first.submit(Change::addMember(QStringLiteral("Mia"), made.role)));
        const QList<Change> staged = first.stagedChanges();

        // Meanwhile another writer took the id the new role had.
        Workspace elsewhere = before;
        Change other = Change::addMember(QStringLiteral("Zed"));
        QVERIFY(elsewhere.apply(other));
        QCOMPARE(other.member, made.role);

        EditSession second;
        second.load(elsewhere);
        QCOMPARE(second.replay(staged), 0);
        const Role *role = second.working().findAccountRole(QStringLiteral("Retoucher"));
        QVERIFY(role);
        QVERIFY(role->id != made.role);
        QCOMPARE(second.working().grant(role->id, jobs), Levels(Level::View));
        QCOMPARE(second.working().findMember(QStringLiteral("Mia"))->accountRole, role->id);
        QVERIFY(second.working().findMember(QStringLiteral("Zed")));
    }

    // Replayed as one step, the changes follow ids taken meanwhile just the same, and one undo takes them all back;
    // changes that no longer fit are left out, and when none fits no empty step is left on the stack.
    void replayAsOneStepIsOneUndo()
    {
        const Workspace before = DefaultWorkspace::create();
        EditSession first;
        first.load(before);
        Change made;
        QVERIFY(first.submit(Change::createRole(QStringLiteral("Retoucher"), Scope::Account), &made));
        const Id jobs = before.findFeature(QStringLiteral("Jobs"))->id;
        QVERIFY(first.submit(Change::setGrant(made.role, jobs, Level::View)));
        const QList<Change> staged = first.stagedChanges();

        Workspace elsewhere = before;
        Change other = Change::addMember(QStringLiteral("Zed"));
        QVERIFY(elsewhere.apply(other));
        EditSession second;
        second.load(elsewhere);
        QCOMPARE(second.replayAsOneStep(QStringLiteral("Restore"), staged), 0);
        QCOMPARE(second.undoStack()->count(), 1);
        QCOMPARE(second.stagedChanges().size(), 2);
        const Role *role = second.working().findAccountRole(QStringLiteral("Retoucher"));
        QVERIFY(role && role->id != made.role);
        QCOMPARE(second.working().grant(role->id, jobs), Levels(Level::View));
        second.undoStack()->undo();
        QCOMPARE(second.working(), elsewhere);
        QVERIFY(!second.hasStagedChanges());
        second.undoStack()->redo();
        QCOMPARE(second.stagedChanges().size(), 2);

        EditSession third;
        third.load(before);
        const Id admin = before.builtInRole(BuiltIn::Admin);
        QCOMPARE(third.replayAsOneStep(QStringLiteral("Restore"), { Change::setGrant(admin, jobs, Levels()) }), 1);
        QCOMPARE(third.undoStack()->count(), 0);
        QCOMPARE(third.working(), before);
    }

    void aRefusedStepChangesNothing()
    {
        const Workspace stored = DefaultWorkspace::create();
        EditSession session;
        session.load(stored);
        const Id tpl = stored.templates().first()->id;
        QSignalSpy refused(&session, &EditSession::refused);
        const Status s = session.stageAll(QStringLiteral("bad"),
            { Change::renameRole(tpl, QStringLiteral("Producer")),
                Change::setGrant(tpl, stored.findFeature(QStringLiteral("Refund Management"))->id, Level::View) });
        QVERIFY(!s);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(session.working(), stored);
        QCOMPARE(session.undoStack()->count(), 0);
    }

    void journalKeepsStagedChangesAcrossSessions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.rolesheet"));
        const Workspace stored = DefaultWorkspace::create();
        const Id tpl = stored.templates().first()->id;
        Journal journal(path, QStringLiteral("ws-1"));
        QVERIFY(!journal.exists());
        QList<Change> changes { Change::createRole(QStringLiteral("Retoucher"), Scope::Account, 0, tpl),
            Change::setGrant(tpl, stored.findFeature(QStringLiteral("Jobs"))->id, Level::View) };
        QVERIFY(journal.write(changes, 1));
        QVERIFY(journal.exists());
        Result<Journal::Saved> back = Journal(path, QStringLiteral("ws-1")).read();
        QVERIFY(back);
        QCOMPARE(back->changes, changes);
        QVERIFY(
            Journal(dir.filePath(QStringLiteral("other.rolesheet")), QStringLiteral("ws-1")).read()->changes.isEmpty());
        QVERIFY(journal.write({}, 1));
        QVERIFY(!journal.exists());
    }

    void applyAllWritesTheStagedListInOneStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.rolesheet"));
        Result<std::unique_ptr<Store>> store = Store::create(path, DefaultWorkspace::create());
        QVERIFY(store);
        EditSession session;
        session.load(store.value()->workspace());
        Change made;
        QVERIFY(session.submit(Change::createRole(QStringLiteral("Retoucher"), Scope::Account), &made));
        QVERIFY(session.submit(
            Change::setGrant(made.role, store.value()->workspace().findFeature(QStringLiteral("Jobs"))->id, {})));
        QList<Change> staged = session.stagedChanges();
        QVERIFY(store.value()->applyAll(staged));
        QCOMPARE(store.value()->workspace(), session.working());
        Result<std::unique_ptr<Store>> reopened = Store::open(path);
        QVERIFY(reopened);
        QVERIFY(reopened.value()->workspace().findAccountRole(QStringLiteral("Retoucher")));
    }

    void reviewShowsCellsAndWhoGainsOrLoses()
    {
        Workspace stored = DefaultWorkspace::create(QStringLiteral("Ada"));
        const Id tpl = stored.templates().first()->id;
        Change role = Change::createRole(QStringLiteral("Retoucher"), Scope::Account, 0, tpl);
        QVERIFY(stored.apply(role));
        Change mia = Change::addMember(QStringLiteral("Mia"), role.role);
        QVERIFY(stored.apply(mia));
        EditSession session;
        session.load(stored);
        const Id orgs = stored.findFeature(QStringLiteral("Organizations"))->id;
        const Id jobs = stored.findFeature(QStringLiteral("Jobs"))->id;
        QVERIFY(session.submit(Change::setGrant(role.role, orgs, Level::View)));
        QVERIFY(session.submit(Change::setGrant(role.role, jobs, {})));
        const StagedDiff diff = diffStaged(stored, session.working(), session.stagedChanges());
        QCOMPARE(diff.roles.size(), 1);
        QCOMPARE(diff.roles.first().kind, RoleChange::Kind::Changed);
        QCOMPARE(diff.roles.first().cells.size(), 2);
        QCOMPARE(diff.access.size(), 2);
        for (const AccessChange &a : diff.access) {
            QCOMPARE(a.member, mia.member);
            if (a.feature == orgs)
                QCOMPARE(a.after, Levels(Level::View));
            else
                QCOMPARE(a.before, Levels(Level::Add));
        }
    }

    void reviewShowsOwnershipTransfer()
    {
        Workspace stored = DefaultWorkspace::create(QStringLiteral("Ada"));
        Change bob = Change::addMember(QStringLiteral("Bob"));
        QVERIFY(stored.apply(bob));
        EditSession session;
        session.load(stored);
        QVERIFY(session.submit(Change::transferOwnership(bob.member)));
        const StagedDiff diff = diffStaged(stored, session.working(), session.stagedChanges());
        QCOMPARE(diff.others.size(), 1);
        QCOMPARE(diff.membersAffected, 2);
        bool adaLosesRefunds = false;
        for (const AccessChange &a : diff.access) {
            if (a.member == stored.owner() && a.feature == stored.findFeature(QStringLiteral("Refund Management"))->id)
                adaLosesRefunds = a.after.isNone() && a.before == Levels::all();
        }
        QVERIFY(adaLosesRefunds);
    }
};

QTEST_GUILESS_MAIN(TestEditSession)
#include "TestEditSession.moc"
