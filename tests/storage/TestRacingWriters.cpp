// Sixteen long-lived writers, each its own store on its own connection as sixteen editors would be, applying at once
// for a while: every change each one was told it made is in the workspace, the version counts each once, and the
// audit trail is one whole hash chain whose last digest matches the rows. Eight writers setting one cell at once, each
// from the same version: one wins, the others are refused as conflicts, and the trail records the one.
#include "StoreTestSupport.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace rs;
using st::s;

class TestRacingWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixteenWritersLoseNothing();
    void writersOfOneCellOneWins();
};

namespace {

constexpr int kWriters = 16;
constexpr int kApplies = 12;

QString roleName(int writer)
{
    return QStringLiteral("Racer %1").arg(writer);
}

} // namespace

void TestRacingWriters::sixteenWritersLoseNothing()
{
    st::Locations locations;
    const QString location = locations.next();
    Workspace ws = DefaultWorkspace::create(s("Owner"), s("Studio"));
    for (int i = 0; i <= kWriters; ++i) {
        Change create = Change::createRole(i < kWriters ? roleName(i) : s("Shared"), Scope::Account);
        QVERIFY(ws.apply(create).ok());
    }
    QList<Id> features;
    for (const Feature &f : ws.features()) {
        if (f.categories.isEmpty() && !f.ownerOnly)
            features.append(f.id);
    }
    QVERIFY(features.size() >= kApplies);
    QVERIFY(Store::create(location, ws).ok());
    const qint64 startVersion = Store::open(location, Store::Access::ReadOnly).value()->version();

    // Each writer sets cells of its own role, and one cell each of a role all of them share: every writer must take
    // in the others' commits before its own, and none of them touches what another touches.
    const Id shared = ws.findAccountRole(s("Shared"))->id;
    // Whether writer i's last apply is its own cell of the shared role (one a writer, while there are features).
    const auto sharesCell = [&](int i) { return i < features.size(); };
    std::atomic<int> applied { 0 };
    std::atomic<int> failed { 0 };
    QList<QThread *> threads;
    for (int i = 0; i < kWriters; ++i) {
        threads.append(QThread::create([&, i]() {
            Result<std::unique_ptr<Store>> store = Store::open(location);
            if (!store) {
                ++failed;
                return;
            }
            const Id role = store.value()->workspace().findAccountRole(roleName(i))->id;
            for (int k = 0; k < kApplies; ++k) {
                // The last apply of a writer is its cell of the shared role.
                Change change = k == kApplies - 1 && sharesCell(i)
                    ? Change::setGrant(shared, features.at(i), Levels(Level::View))
                    : Change::setGrant(role, features.at(k), Levels(Level::View).with(Level::Edit));
                if (const Result<Touched> done = store.value()->apply(change); done.ok()) {
                    ++applied;
                } else {
                    qWarning("writer %d: %s", i, qPrintable(done.error().message));
                    ++failed;
                }
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(240000));
        delete t;
    }
    QCOMPARE(failed.load(), 0);
    QCOMPARE(applied.load(), kWriters * kApplies);

    auto store = Store::open(location, Store::Access::ReadOnly);
    QVERIFY(store.ok());
    const Workspace &after = store.value()->workspace();
    for (int i = 0; i < kWriters; ++i) {
        const Id role = after.findAccountRole(roleName(i))->id;
        for (int k = 0; k < kApplies - (sharesCell(i) ? 1 : 0); ++k)
            QCOMPARE(after.grant(role, features.at(k)), Levels(Level::View).with(Level::Edit));
        if (sharesCell(i))
            QCOMPARE(after.grant(shared, features.at(i)), Levels(Level::View));
    }
    QCOMPARE(store.value()->version(), startVersion + kWriters * kApplies);
    const Result<AuditChain> chain = store.value()->verifyAudit();
    QVERIFY(chain.ok());
    QVERIFY2(chain.value().whole(), qPrintable(chain.value().problem));
    QVERIFY2(chain.value().drift.isEmpty(), qPrintable(chain.value().drift.join(QLatin1Char('\n'))));
    QCOMPARE(store.value()->audit().value().size(), 1 + kWriters * kApplies);
}

void TestRacingWriters::writersOfOneCellOneWins()
{
    constexpr int kRacers = 8;
    st::Locations locations;
    const QString location = locations.next();
    Workspace ws = DefaultWorkspace::create(s("Owner"), s("Studio"));
    Change create = Change::createRole(s("Contested"), Scope::Account);
    QVERIFY(ws.apply(create).ok());
    Id feature = 0;
    for (const Feature &f : ws.features()) {
        if (f.categories.isEmpty() && !f.ownerOnly) {
            feature = f.id;
            break;
        }
    }
    QVERIFY(feature);
    QVERIFY(Store::create(location, ws).ok());
    const qint64 startVersion = Store::open(location, Store::Access::ReadOnly).value()->version();

    // Every writer opens the workspace first, then all set the same cell, each to levels of its own.
    std::atomic<int> ready { 0 };
    std::atomic<int> applied { 0 };
    std::atomic<int> conflicts { 0 };
    std::atomic<int> other { 0 };
    std::atomic<int> winner { -1 };
    QList<QThread *> threads;
    for (int i = 0; i < kRacers; ++i) {
        threads.append(QThread::create([&, i]() {
            Result<std::unique_ptr<Store>> store = Store::open(location);
            ++ready;
            if (!store) {
                ++other;
                return;
            }
            while (ready.load() < kRacers)
                QThread::yieldCurrentThread();
            const Id role = store.value()->workspace().findAccountRole(s("Contested"))->id;
            Change change = Change::setGrant(role, feature, Levels::fromBits(unsigned(i + 1)));
            const Result<Touched> done = store.value()->apply(change);
            if (done.ok()) {
                ++applied;
                winner = i;
            } else if (done.error().code == Error::Code::Conflict) {
                ++conflicts;
            } else {
                qWarning("writer %d: %s", i, qPrintable(done.error().message));
                ++other;
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(240000));
        delete t;
    }
    QCOMPARE(other.load(), 0);
    QCOMPARE(applied.load(), 1);
    QCOMPARE(conflicts.load(), kRacers - 1);

    auto store = Store::open(location, Store::Access::ReadOnly);
    QVERIFY(store.ok());
    const Id role = store.value()->workspace().findAccountRole(s("Contested"))->id;
    QCOMPARE(store.value()->workspace().grant(role, feature), Levels::fromBits(unsigned(winner.load() + 1)));
    QCOMPARE(store.value()->version(), startVersion + 1);
    const Result<AuditChain> chain = store.value()->verifyAudit();
    QVERIFY(chain.ok());
    QVERIFY2(chain.value().whole(), qPrintable(chain.value().problem));
    QVERIFY2(chain.value().drift.isEmpty(), qPrintable(chain.value().drift.join(QLatin1Char('\n'))));
    QCOMPARE(store.value()->audit().value().size(), 2);
}

QTEST_GUILESS_MAIN(TestRacingWriters)
#include "TestRacingWriters.moc"
