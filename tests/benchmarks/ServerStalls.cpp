#include "ServerStalls.h"

#include "DelayProxy.h"
#include "StallWatchdog.h"
#include "ServerApprovals.h"
#include "MainWindow.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "storage/Store.h"
#include "testing/Generate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace rs::bench {

namespace {

constexpr int kDelayMs = 100; // each way
constexpr int kWaitMs = 120000; // the longest any step may take before the run gives up

// Turns the event loop until `done` holds; false after kWaitMs.
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > kWaitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

// Waits until `window` has painted once after this call.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window, const QElapsedTimer *clock = nullptr)
        : m_window(window)
        , m_clock(clock)
    {
        qApp->installEventFilter(this);
    }
    ~FirstPaint() override { qApp->removeEventFilter(this); }
    bool painted() const { return m_painted; }
    // When the first paint was, on the clock given (0 without one).
    qint64 paintedAtNs() const { return m_paintedAtNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window && !m_painted) {
            m_painted = true;
            m_paintedAtNs = m_clock ? m_clock->nsecsElapsed() : 0;
        }
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer *m_clock;
    bool m_painted = false;
    qint64 m_paintedAtNs = 0;
};

// --- The editor's operations, as the bench drives them through the window's public API: each starts its operation
// (the window's document does the storage work on its worker thread) and then waits, turning the event loop, until
// what it started shows in the window.
namespace steps {

// Shows `window` and opens the workspace at `address` in it; done once the window shows the workspace. The window's
// first paint, on `clock`, goes to `firstPaintNs`: the window is shown before the workspace is read.
bool openAndShow(
    MainWindow &window, const QString &address, const QElapsedTimer &clock, qint64 *firstPaintNs, QString *error)
{
    FirstPaint paint(&window, &clock);
    window.show();
    window.openInBackground(address);
    const bool done = waitFor([&]() {
        return paint.painted() && !window.document()->isBusy()
            && (window.document()->isOpen() || !window.document()->lastOutcome());
    });
    *firstPaintNs = paint.paintedAtNs();
    if (!window.document()->isOpen()) {
        const Status outcome = window.document()->lastOutcome();
        *error = outcome ? QStringLiteral("the workspace did not open in time") : outcome.error().message;
        return false;
    }
    return done;
}

// Stages `change` and applies it; done once the window shows it applied.
bool apply(MainWindow &window, const Change &change, QString *error)
{
    if (!window.session()->submit(change)) {
        *error = QStringLiteral("the change was refused");
        return false;
    }
    if (Status s = window.applyChanges(); !s) {
        *error = s.error().message;
        return false;
    }
    return waitFor([&]() { return !window.session()->hasStagedChanges(); });
}

// Waits until the window has read version `version`, which another editor wrote.
bool reloadedTo(MainWindow &window, qint64 version)
{
    return waitFor([&]() { return window.document()->isOpen() && window.document()->version() >= version; });
}

} // namespace steps

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

// A database of the bench's own on the fixture's server, dropped at the end.
class BenchDatabase
{
public:
    explicit BenchDatabase(const QUrl &server)
        : m_server(server)
        , m_name(QStringLiteral("rs_bench_%1").arg(QCoreApplication::applicationPid()))
    {
    }
    ~BenchDatabase() { run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); }
    bool create() { return run(QStringLiteral("CREATE DATABASE %1").arg(m_name)); }
    // The database's address on `port` (the server's own, or the proxy's).
    QString address(quint16 port) const
    {
        QUrl url = m_server;
        url.setPort(port);
        url.setPath(QLatin1Char('/') + m_name);
        return url.toString();
    }

private:
    bool run(const QString &statement) const
    {
        const QString name = QStringLiteral("bench-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_server.host());
            db.setPort(m_server.port());
            db.setUserName(m_server.userName());
            db.setDatabaseName(QStringLiteral("postgres"));
            ok = db.open() && QSqlQuery(db).exec(statement);
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QUrl m_server;
    QString m_name;
};

// Another editor: opens the workspace on a thread of its own, straight to the server, and adds a member. Its
// version once committed, or -1.
qint64 writeAsAnotherEditor(const QString &address)
{
    qint64 version = -1;
    QThread *other = QThread::create([&]() {
        Result<std::unique_ptr<Store>> store = Store::open(address);
        if (!store)
            return;
        Change change = Change::addMember(QStringLiteral("Member added by another editor"));
        if (store.value()->apply(change))
            version = store.value()->version();
    });
    other->start();
    waitFor([&]() { return other->isFinished(); });
    delete other;
    return version;
}

// Turns the event loop until the proxy has carried nothing new for a second.
void waitForQuiet(const DelayProxy &proxy)
{
    QElapsedTimer quiet;
    quiet.start();
    int turns = proxy.turns();
    waitFor([&]() {
        if (proxy.turns() != turns) {
            turns = proxy.turns();
            quiet.restart();
        }
        return quiet.elapsed() > 1000;
    });
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

} // namespace

int runServerStalls(const QString &pgState)
{
    QTextStream out(stdout);
    const QUrl server(readFile(pgState + QStringLiteral("/url")));
    const QString pgpass = readFile(pgState + QStringLiteral("/pgpass"));
    if (!server.isValid() || server.port() <= 0 || pgpass.isEmpty()) {
        out << "no PostgreSQL fixture in " << pgState << " (start one with tests/storage/postgres-fixture.sh)"
            << Qt::endl;
        return 2;
    }
    DelayProxy proxy(server.host(), quint16(server.port()), kDelayMs);
    if (!proxy.listen()) {
        out << "the delaying proxy cannot listen on loopback" << Qt::endl;
        return 2;
    }
    // libpq finds the password by host and port: the proxy's port gets the server's line too.
    QTemporaryDir dir;
    QFile passFile(dir.filePath(QStringLiteral("pgpass")));
    if (!passFile.open(QIODevice::WriteOnly))
        return 2;
    const QString proxied
        = QString(pgpass).replace(QStringLiteral(":%1:").arg(server.port()), QStringLiteral(":%1:").arg(proxy.port()));
    passFile.write((pgpass + QLatin1Char('\n') + proxied + QLatin1Char('\n')).toUtf8());
    passFile.close();
    passFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    qputenv("PGPASSFILE", passFile.fileName().toLocal8Bit());

    BenchDatabase database(server);
    if (!database.create()) {
        out << "cannot create a database on " << server.toString() << Qt::endl;
        return 2;
    }
    const QString direct = database.address(quint16(server.port()));
    const QString slow = database.address(proxy.port());
    QElapsedTimer t;
    t.start();
    {
        const Workspace studio = generateWorkspace(GenerateSpec::studio(), 1);
        Result<std::unique_ptr<Store>> created = Store::create(direct, studio);
        if (!created) {
            out << "cannot create the studio workspace: " << created.error().message << Qt::endl;
            return 2;
        }
        const Workspace &ws = created.value()->workspace();
        out << "Studio workspace on the fixture's server: " << ws.features().size() << " features, "
            << ws.roles().size() << " roles, " << ws.members().size() << " members, " << ws.seats().size()
            << " team seats (written in " << t.elapsed() << " ms)" << Qt::endl;
    }
    out << "Through a loopback proxy that delays everything " << kDelayMs << " ms each way:" << Qt::endl;

    // A bare window of the same size first: the toolkit's own time to a painted window on this machine, now.
    const QSize size(1200, 760);
    {
        QWidget warmUp; // the first window of a process pays for fonts and the display connection
        warmUp.resize(size);
        FirstPaint paint(&warmUp);
        warmUp.show();
        waitFor([&]() { return paint.painted(); });
    }
    t.start();
    qint64 bareNs = 0;
    {
        QMainWindow bare;
        bare.resize(size);
        FirstPaint paint(&bare);
        bare.show();
        waitFor([&]() { return paint.painted(); });
        bareNs = t.nsecsElapsed();
    }

    StallWatchdog watchdog;
    QString error;
    watchdog.start();
    t.start();
    MainWindow window;
    window.resize(size);
    qint64 paintedNs = 0;
    if (!steps::openAndShow(window, slow, t, &paintedNs, &error)) {
        out << "the editor did not open the workspace: " << error << Qt::endl;
        return 2;
    }
    const qint64 openedNs = t.nsecsElapsed();
    const Stall openStall = watchdog.stop();
    const int openTurns = proxy.turns();
    const int openConnections = proxy.connections();
    out << QStringLiteral("  bare Qt window, created to painted: %1 ms").arg(ms(bareNs), 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("  editor, created to painted (the workspace still being read): %1 ms = %2 × the bare "
                          "window (goal ≤ 3 ×)")
               .arg(ms(paintedNs), 0, 'f', 1)
               .arg(double(paintedNs) / double(std::max<qint64>(bareNs, 1)), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  editor, created to the studio workspace shown: %1 ms").arg(ms(openedNs), 0, 'f', 0)
        << Qt::endl;
    out << "  longest UI-thread stall while opening: " << describe(openStall) << " (goal ≤ 50 ms)" << Qt::endl;
    out << QStringLiteral("  open: %1 round trips over %2 connections, %3 ms (goals ≤ 4 round trips, ≤ 1000 ms)")
               .arg(openTurns)
               .arg(openConnections)
               .arg(ms(openedNs), 0, 'f', 0)
        << Qt::endl;
    // The store's connection is the first; the watcher's comes up once the workspace is shown.
    out << QStringLiteral("  open: %1 of them on the store's connection (the password exchange included), %2 on the "
                          "watcher's by then")
               .arg(proxy.turnsOf(0))
               .arg(openConnections > 1 ? proxy.turnsOf(1) : 0)
        << Qt::endl;

    // What the window does on its own once open (its watcher connecting) is not the apply's: the link goes quiet for
    // a second first.
    waitForQuiet(proxy);
    watchdog.start();
    int turnsBefore = proxy.turns();
    t.start();
    if (!steps::apply(window, Change::addMember(QStringLiteral("Member added in the editor")), &error)) {
        out << "the editor did not apply the change: " << error << Qt::endl;
        return 2;
    }
    const qint64 applyNs = t.nsecsElapsed();
    const Stall applyStall = watchdog.stop();
    const int applyTurns = proxy.turns() - turnsBefore;
    out << QStringLiteral("  longest UI-thread stall while applying one change: %1 (goal ≤ 50 ms; the apply "
                          "took "
                          "%2 ms)")
               .arg(describe(applyStall))
               .arg(ms(applyNs), 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("  apply (a member added): %1 round trips, %2 ms (goals ≤ 3 round trips, ≤ 700 ms)")
               .arg(applyTurns)
               .arg(ms(applyNs), 0, 'f', 0)
        << Qt::endl;

    // The watcher hears of the window's own apply too: let that settle before the other editor writes.
    turnsBefore = proxy.turns();
    waitForQuiet(proxy);
    out << "  after the apply, the window's own notification heard: " << proxy.turns() - turnsBefore << " round trips"
        << Qt::endl;

    // One cell of a role set, the editor's most frequent change, which takes the writers' lock last.
    const Workspace &shown = window.document()->stored();
    Id cellRole = 0;
    for (const Role &r : shown.roles()) {
        if (!r.isLocked() && !r.isTemplate) {
            cellRole = r.id;
            break;
        }
    }
    Id cellFeature = 0;
    for (const Feature &f : shown.features()) {
        if (f.categories.isEmpty() && !f.ownerOnly) {
            cellFeature = f.id;
            break;
        }
    }
    const Levels cellLevels = shown.grant(cellRole, cellFeature).isNone() ? Levels(Level::View) : Levels();
    watchdog.start();
    turnsBefore = proxy.turns();
    t.start();
    if (!steps::apply(window, Change::setGrant(cellRole, cellFeature, cellLevels), &error)) {
        out << "the editor did not apply the cell: " << error << Qt::endl;
        return 2;
    }
    const qint64 cellNs = t.nsecsElapsed();
    const Stall cellStall = watchdog.stop();
    const int cellTurns = proxy.turns() - turnsBefore;
    out << QStringLiteral("  apply one cell: %1 round trips, %2 ms, longest UI-thread stall %3 (goals ≤ 3 "
                          "round trips, ≤ 700 ms, ≤ 50 ms)")
               .arg(cellTurns)
               .arg(ms(cellNs), 0, 'f', 0)
               .arg(describe(cellStall))
        << Qt::endl;
    waitForQuiet(proxy);
    watchdog.start();
    turnsBefore = proxy.turns();
    const qint64 version = writeAsAnotherEditor(direct);
    if (version < 0) {
        out << "the other editor could not write" << Qt::endl;
        return 2;
    }
    t.start();
    if (!steps::reloadedTo(window, version)) {
        out << "the editor did not read the other editor's change within " << kWaitMs / 1000 << " s" << Qt::endl;
        return 2;
    }
    const qint64 reloadNs = t.nsecsElapsed();
    const Stall reloadStall = watchdog.stop();
    const int reloadTurns = proxy.turns() - turnsBefore;
    out << QStringLiteral("  longest UI-thread stall while reloading after another editor's change: %1 (goal ≤ "
                          "50 ms; from the other's commit to the window reloaded: %2 ms)")
               .arg(describe(reloadStall))
               .arg(ms(reloadNs), 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("  reload after another editor's change: %1 round trips, %2 ms (goals ≤ 2 round trips, "
                          "≤ 500 ms)")
               .arg(reloadTurns)
               .arg(ms(reloadNs), 0, 'f', 0)
        << Qt::endl;
    const int approvals = runApprovalFigures(window, proxy, direct, slow, pgState);
    window.close();
    return approvals;
}

} // namespace rs::bench
