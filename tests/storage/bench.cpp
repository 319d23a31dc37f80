// Storage benchmark: applies per second from 1, 4 and 16 concurrent writer processes, and the delay from an apply in
// one process to the refresh announced in another. A measurement, not a test.
//   bench --db postgresql://USER@127.0.0.1:PORT/DB [--seconds 5] [--writers 1,4,16] [--samples 40]
// tests/storage/bench-vs-pgbench.sh runs it beside PostgreSQL's own pgbench -N on one server.
// The database must be empty or hold a Rolesheet workspace. Each writer is its own process with one long-lived Store,
// as an editor would be, setting cells of a role of its own (no conflicts; every writer takes in the others' commits
// with its own, after its commit).
#include "domain/DefaultWorkspace.h"
#include "storage/Store.h"
#include "storage/StoreWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace rs;

namespace {

qint64 nowMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::unique_ptr<Store> openOrCreate(const QString &db)
{
    auto store = Store::open(db);
    if (!store && store.error().code == Error::Code::NotFound)
        store = Store::create(db, DefaultWorkspace::create());
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    return std::move(store.value());
}

// The role a writer works on, created when missing.
Id ensureRole(Store &store, const QString &name)
{
    if (const Role *r = store.workspace().findAccountRole(name))
        return r->id;
    Change create = Change::createRole(name, Scope::Account);
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (store.apply(create).ok())
            break;
        if (!store.reload().ok())
            break; // the role lookup below reports it
    }
    const Role *r = store.workspace().findAccountRole(name);
    if (!r)
        qFatal("cannot create role %s", qPrintable(name));
    return r->id;
}

// Features any account role may hold at any level.
QList<Id> plainFeatures(const Workspace &ws)
{
    QList<Id> ids;
    for (const Feature &f : ws.features()) {
        if (f.categories.isEmpty() && !f.ownerOnly)
            ids.append(f.id);
    }
    return ids;
}

// One writer process: applies until the time is up, then prints "applies refused".
int worker(const QString &db, const QString &roleName, int milliseconds, int pauseMs, bool announce)
{
    auto store = openOrCreate(db);
    const Id role = ensureRole(*store, roleName);
    const QList<Id> features = plainFeatures(store->workspace());
    QTextStream out(stdout);
    out << "ready" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    int applies = 0;
    int refused = 0;
    for (int i = 0; timer.elapsed() < milliseconds; ++i) {
        Change change = Change::setGrant(role, features.at(i % features.size()), Levels::fromBits(1 + (i % 15)));
        // Stamped before the apply starts, so before its commit: the notification a watcher gets is sent at commit,
        // and a stamp taken after apply() returned could come later than the refresh it is compared with.
        const qint64 started = nowMicros();
        if (store->apply(change).ok()) {
            ++applies;
            if (announce)
                out << "applied " << store->version() << ' ' << started << Qt::endl;
        } else {
            ++refused;
            // A reload that fails shows up as the next refused apply.
            static_cast<void>(store->reload());
        }
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
    out << "done " << applies << ' ' << refused << Qt::endl;
    return 0;
}

struct Round
{
    int writers = 0;
    int applies = 0;
    int refused = 0;
    double seconds = 0;
};

Round throughput(const QString &db, int writers, int seconds)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < writers; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--worker"), QStringLiteral("--db"), db, QStringLiteral("--role"),
                QStringLiteral("Bench writer %1").arg(i), QStringLiteral("--seconds"), QString::number(seconds) });
        processes.push_back(std::move(p));
    }
    Round round;
    round.writers = writers;
    round.seconds = seconds;
    for (auto &p : processes) {
        p->waitForFinished(seconds * 1000 + 120000);
        const QStringList lines = QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() == 3 && parts.first() == QLatin1String("done")) {
                round.applies += parts.at(1).toInt();
                round.refused += parts.at(2).toInt();
            }
        }
        if (p->exitCode() != 0)
            qWarning("a writer failed: %s", p->readAllStandardError().constData());
    }
    return round;
}

// One process applies every 100 ms and says when each apply began (before its commit); this one watches and notes
// when each is announced. The delay thus spans the whole apply, commit included, and the refresh.
QList<double> refreshDelays(const QString &db, int samples)
{
    auto store = openOrCreate(db);
    ensureRole(*store, QStringLiteral("Bench latency"));
    static_cast<void>(store->reload()); // a stale view only delays the first measurement
    StoreWatcher watcher(*store);
    QHash<qint64, qint64> announced;
    QObject context;
    QObject::connect(&watcher, &StoreWatcher::changedElsewhere, &context, [&](qint64 version) {
        announced.insert(version, nowMicros());
        static_cast<void>(store->reload());
    });
    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--worker"), QStringLiteral("--announce"), QStringLiteral("--db"), db,
            QStringLiteral("--role"), QStringLiteral("Bench latency"), QStringLiteral("--seconds"),
            QString::number(samples / 10 + 1), QStringLiteral("--pause"), QStringLiteral("100") });
    QEventLoop loop;
    QObject::connect(&writer, &QProcess::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QTimer::singleShot(1500, &loop, &QEventLoop::quit); // the last announcements
    loop.exec();
    QList<double> delays;
    for (const QString &line : QString::fromUtf8(writer.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() != 3 || parts.first() != QLatin1String("applied"))
            continue;
        const qint64 version = parts.at(1).toLongLong();
        // Announcements may fold several versions into one: the first announcement at or after this version.
        qint64 seen = -1;
        for (auto it = announced.cbegin(); it != announced.cend(); ++it) {
            if (it.key() >= version && (seen < 0 || it.value() < seen))
                seen = it.value();
        }
        if (seen >= 0)
            delays.append(double(seen - parts.at(2).toLongLong()) / 1000.0);
    }
    std::sort(delays.begin(), delays.end());
    return delays;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("db"), QStringLiteral("The workspace database."), QStringLiteral("URL") },
        { QStringLiteral("seconds"), QStringLiteral("Seconds per round."), QStringLiteral("N"), QStringLiteral("5") },
        { QStringLiteral("writers"), QStringLiteral("Writer counts."), QStringLiteral("LIST"),
            QStringLiteral("1,4,16") },
        { QStringLiteral("samples"), QStringLiteral("Refresh samples."), QStringLiteral("N"), QStringLiteral("40") },
        { QStringLiteral("worker"), QStringLiteral("Run as one writer.") },
        { QStringLiteral("announce"), QStringLiteral("Writer: print each commit.") },
        { QStringLiteral("role"), QStringLiteral("Writer: the role to work on."), QStringLiteral("NAME") },
        { QStringLiteral("pause"), QStringLiteral("Writer: milliseconds between applies."), QStringLiteral("MS"),
            QStringLiteral("0") },
    });
    parser.process(app);
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty()) {
        QTextStream(stderr) << "bench: --db is required\n";
        return 2;
    }
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    if (parser.isSet(QStringLiteral("worker")))
        return worker(db, parser.value(QStringLiteral("role")), seconds * 1000,
            parser.value(QStringLiteral("pause")).toInt(), parser.isSet(QStringLiteral("announce")));

    QTextStream out(stdout);
    {
        auto store = openOrCreate(db);
        out << "workspace: " << store->location() << Qt::endl;
        for (int i = 0; i < 16; ++i)
            ensureRole(*store, QStringLiteral("Bench writer %1").arg(i));
    }
    out << "writers\tapplies\tseconds\tapplies/s\trefused" << Qt::endl;
    for (const QString &count : parser.value(QStringLiteral("writers")).split(QLatin1Char(','))) {
        const Round r = throughput(db, count.toInt(), seconds);
        out << r.writers << '\t' << r.applies << '\t' << r.seconds << '\t'
            << QString::number(r.applies / r.seconds, 'f', 1) << '\t' << r.refused << Qt::endl;
    }
    const QList<double> delays = refreshDelays(db, parser.value(QStringLiteral("samples")).toInt());
    // Every writer's records on one hash chain, whole, with the rows the last record's digest describes.
    {
        auto store = openOrCreate(db);
        const Result<AuditChain> chain = store->verifyAudit();
        if (!chain || !chain.value().whole() || !chain.value().drift.isEmpty()) {
            out << "audit chain after the run: NOT whole: "
                << (chain ? chain.value().problem + chain.value().drift.join(QLatin1Char(' ')) : chain.error().message)
                << Qt::endl;
            return 1;
        }
        out << "audit chain after the run: whole, " << chain.value().records << " records, at version "
            << store->version() << Qt::endl;
    }
    if (delays.isEmpty()) {
        out << "apply to refresh: no samples" << Qt::endl;
        return 1;
    }
    const auto at
        = [&](double q) { return delays.at(std::min<qsizetype>(delays.size() - 1, qsizetype(q * delays.size()))); };
    out << "apply start to refresh in another process (ms): median " << QString::number(at(0.5), 'f', 2) << ", p95 "
        << QString::number(at(0.95), 'f', 2) << ", max " << QString::number(delays.last(), 'f', 2) << " ("
        << delays.size() << " samples)" << Qt::endl;
    return 0;
}
