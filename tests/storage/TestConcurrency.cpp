// Many rolesheet-cli processes writing one workspace at once: nothing is lost, the rules hold, every refusal is
// reported, and a writer killed inside its transaction leaves the workspace whole.
#include "StoreTestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace rs;
using st::s;

namespace {

// Starts one process per argument list, all at once, and waits for every one of them.
QList<st::CliRun> runAtOnce(const QString &db, const QList<QStringList> &argLists)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &args : argLists) {
        auto p = std::make_unique<QProcess>();
        p->start(st::cliPath(), QStringList { QStringLiteral("--db"), db } + args);
        processes.push_back(std::move(p));
    }
    QList<st::CliRun> runs;
    for (auto &p : processes) {
        p->waitForFinished(120000);
        runs.append({ p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
            QString::fromUtf8(p->readAllStandardOutput()), QString::fromUtf8(p->readAllStandardError()) });
    }
    return runs;
}

// Every process either did its change (exit 0) or said in one line why not (exit 2); none crashed.
int checkOutcomes(const QList<st::CliRun> &runs)
{
    int done = 0;
    for (const st::CliRun &run : runs) {
        if (run.code == 0) {
            ++done;
            continue;
        }
        if (run.code != 2 || run.err.trimmed().isEmpty() || run.err.trimmed().contains(QLatin1Char('\n'))) {
            qWarning() << "unexpected outcome" << run.code << run.err;
            return -1;
        }
    }
    qInfo("%d accepted, %d refused", done, int(runs.size()) - done);
    return done;
}

} // namespace

// Concurrent writers through the command line.
class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void concurrentAddsAllLand();
    void concurrentGrantsOnOneRoleAllLand();
    void concurrentTransfersLeaveOneOwner();
    void concurrentWritesToOneCellLoseNothing();
    void killedWriterLeavesWorkspaceWhole();

private:
    std::unique_ptr<Store> open()
    {
        auto store = Store::open(m_location, Store::Access::ReadOnly);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        return std::move(store.value());
    }

    st::Locations m_locations;
    QString m_location;
    static constexpr int kWriters = 10;
};

void TestConcurrency::init()
{
    m_location = m_locations.next();
    Workspace ws = DefaultWorkspace::create(s("Owner"), s("Studio"));
    for (int i = 0; i < kWriters; ++i) {
        Change add = Change::addMember(QStringLiteral("Member %1").arg(i));
        QVERIFY(ws.apply(add).ok());
    }
    QVERIFY(Store::create(m_location, ws).ok());
}

void TestConcurrency::concurrentAddsAllLand()
{
    QList<QStringList> args;
    for (int i = 0; i < kWriters; ++i)
        args.append({ s("add-member"), QStringLiteral("Writer %1").arg(i) });
    const QList<st::CliRun> runs = runAtOnce(m_location, args);
    QCOMPARE(checkOutcomes(runs), kWriters);
    auto store = open();
    QSet<Id> ids;
    for (int i = 0; i < kWriters; ++i) {
        const Member *m = store->workspace().findMember(QStringLiteral("Writer %1").arg(i));
        QVERIFY2(m, qPrintable(QStringLiteral("Writer %1 was lost").arg(i)));
        ids.insert(m->id);
    }
    QCOMPARE(ids.size(), kWriters);
    QCOMPARE(store->audit().value().size(), 1 + kWriters);
    QCOMPARE(store->version(), qint64(1 + kWriters));
}

void TestConcurrency::concurrentGrantsOnOneRoleAllLand()
{
    // Different cells of one role from different processes: none waits for a reload, none is lost.
    QStringList features;
    const Workspace defaults = DefaultWorkspace::create();
    for (const Feature &f : defaults.features()) {
        if (f.categories.isEmpty() && !f.ownerOnly && features.size() < kWriters)
            features.append(f.name);
    }
    QList<QStringList> args;
    for (const QString &feature : features)
        args.append({ s("set"), s("Production"), feature, s("view,delete") });
    const QList<st::CliRun> runs = runAtOnce(m_location, args);
    QCOMPARE(checkOutcomes(runs), kWriters);
    auto store = open();
    const Role *production = store->workspace().findTemplate(s("Production"));
    for (const QString &feature : features)
        QCOMPARE(store->workspace().grant(production->id, store->workspace().findFeature(feature)->id),
            Levels(Level::View).with(Level::Delete));
}

void TestConcurrency::concurrentTransfersLeaveOneOwner()
{
    QList<QStringList> args;
    for (int i = 0; i < kWriters; ++i)
        args.append({ s("transfer-ownership"), QStringLiteral("Member %1").arg(i) });
    const QList<st::CliRun> runs = runAtOnce(m_location, args);
    const int done = checkOutcomes(runs);
    QVERIFY(done >= 1);
    auto store = open();
    const Workspace &ws = store->workspace();
    QVERIFY(ws.verify().ok());
    QCOMPARE(ws.holders(ws.builtInRole(BuiltIn::Owner)).size(), 1);
    // Each accepted transfer is in the audit trail, and the owner is the one the last of them named.
    const QList<AuditEntry> audit = store->audit().value();
    QCOMPARE(audit.size(), 1 + done);
    const QJsonArray members = audit.last().after.value(s("members")).toArray();
    bool lastNamedOwner = false;
    for (const QJsonValue &m : members)
        lastNamedOwner = lastNamedOwner || m.toObject().value(s("id")).toInteger() == ws.owner();
    QVERIFY(lastNamedOwner);
    for (const st::CliRun &run : runs) {
        if (run.code == 2)
            QVERIFY2(run.err.contains(s("Another editor")) || run.err.contains(s("already")), qPrintable(run.err));
    }
}

void TestConcurrency::concurrentWritesToOneCellLoseNothing()
{
    const QStringList levels = { s("view"), s("add"), s("edit"), s("delete"), s("view,add"), s("view,edit"),
        s("add,edit"), s("view,delete"), s("add,delete"), s("edit,delete") };
    QList<QStringList> args;
    for (const QString &l : levels)
        args.append({ s("set"), s("Production"), s("Jobs"), l });
    const QList<st::CliRun> runs = runAtOnce(m_location, args);
    const int done = checkOutcomes(runs);
    QVERIFY(done >= 1);
    // What the workspace holds is what the last accepted write said, and every accepted write is recorded.
    auto store = open();
    const QList<AuditEntry> audit = store->audit().value();
    QCOMPARE(audit.size(), 1 + done);
    const QString last
        = audit.last().after.value(s("grants")).toArray().first().toObject().value(s("levels")).toString();
    const Workspace &ws = store->workspace();
    QCOMPARE(ws.grant(ws.findTemplate(s("Production"))->id, ws.findFeature(s("Jobs"))->id).toText(), last);
    // Each accepted write started from what the one before it left: no write was made over one it did not see.
    for (int i = 2; i < audit.size(); ++i) {
        const QString before
            = audit.at(i).before.value(s("grants")).toArray().first().toObject().value(s("levels")).toString();
        const QString previous
            = audit.at(i - 1).after.value(s("grants")).toArray().first().toObject().value(s("levels")).toString();
        QCOMPARE(before, previous);
    }
}

void TestConcurrency::killedWriterLeavesWorkspaceWhole()
{
    const auto before = open();
    const qint64 version = before->version();
    const Workspace workspace = before->workspace();
    QTemporaryDir dir;
    const QString marker = dir.filePath(s("holding"));
    QProcess writer;
    writer.start(s(ROLESHEET_STALLING_WRITER), { m_location, marker, s("Ghost") });
    QVERIFY(writer.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(marker), 30000);
    // The writer holds its transaction open, its rows written but not committed. Kill it there.
    writer.kill();
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    auto after = Store::open(m_location);
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
    QVERIFY(after.value()->workspace().verify().ok());
    QVERIFY(after.value()->workspace() == workspace);
    QVERIFY(!after.value()->workspace().findMember(s("Ghost")));
    QCOMPARE(after.value()->version(), version);
    QCOMPARE(after.value()->audit().value().size(), 1);
    after.value().reset();
    // Its lock went with it: the next writer gets through at once.
    QElapsedTimer timer;
    timer.start();
    const st::CliRun next = st::runCli(m_location, { s("add-member"), s("Next") });
    QCOMPARE(next.code, 0);
    QVERIFY(timer.elapsed() < 8000);
    QVERIFY(open()->workspace().findMember(s("Next")));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "TestConcurrency.moc"
