// bench-model: generates the SPEC §8 stress workspace and measures what a studio would feel at that size: opening
// it, checking access, committing one grant change, and the memory it takes.
//
//   bench-model [--seed N]          the whole run, printed as a table
//   bench-model --open-only FILE    opens FILE and prints its peak memory (used by the whole run)
//   bench-model --keep FILE         the whole run, keeping the stress workspace in FILE
#include "domain/Access.h"
#include "storage/Store.h"
#include "testing/Generate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rs;

namespace {

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

// The peak resident size of this process image. Linux carries ru_maxrss over from the parent through fork and exec,
// so a child started by a large parent reports the parent's size there; VmHWM starts afresh with the new image.
long highWaterKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double secondsOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench-model: %s\n", qPrintable(what));
    std::exit(2);
}

int openOnly(const QString &path)
{
    const long before = highWaterKb();
    auto store = Store::open(path, Store::Access::ReadOnly);
    if (!store)
        fail(store.error().message);
    const Workspace &ws = store.value()->workspace();
    std::printf("members %lld seats %lld\n", qlonglong(ws.members().size()), qlonglong(ws.seats().size()));
    std::printf("peak_kb %ld\nbaseline_kb %ld\nru_maxrss_kb %ld\n", highWaterKb(), before, peakRssKb());
    return 0;
}

// Opens the file three times, each in a fresh Store, and returns the median.
double timeOpen(const QString &path)
{
    std::vector<double> times;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto store = Store::open(path, Store::Access::ReadOnly);
        if (!store)
            fail(store.error().message);
        times.push_back(secondsOf(t));
    }
    return median(times);
}

// The same tables read by the sqlite3 shell, to compare the store's open with a plain scan.
double timeShellScan(const QString &path)
{
    const QString sql = QStringLiteral(
        "SELECT * FROM meta; SELECT * FROM sections; SELECT * FROM features; SELECT * FROM roles; "
        "SELECT * FROM grants; SELECT * FROM members; SELECT * FROM productions; SELECT * FROM seats;");
    std::vector<double> times;
    for (int i = 0; i < 3; ++i) {
        QProcess shell;
        shell.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        shell.start(QStringLiteral("sqlite3"), {path, sql});
        if (!shell.waitForFinished(60000) || shell.exitCode() != 0)
            fail(QStringLiteral("the sqlite3 shell did not run: ") + QString::fromLocal8Bit(shell.readAllStandardError()));
        times.push_back(secondsOf(t));
    }
    return median(times);
}

struct AccessFigures
{
    double buildSeconds = 0;
    double checksPerSecond = 0;
    quint64 allowed = 0;
};

// The workspace with dates on access: half the seats end (a third of those also start), every other production
// wraps, and a third of the members' account roles end, all within two months either side of `around`.
Workspace withDates(Workspace ws, quint32 seed, const QDateTime &around)
{
    QRandomGenerator random(seed + 1);
    const auto moment = [&] { return around.addSecs(qint64(random.bounded(120 * 24)) * 3600 - 60LL * 24 * 3600); };
    const QList<SeatKey> seats = ws.seats().keys();
    for (const SeatKey &k : seats) {
        if (random.bounded(2) == 0)
            continue;
        const QDateTime until = moment();
        const QDateTime from = random.bounded(3) == 0 ? until.addDays(-30) : QDateTime();
        Change c = Change::setSeatDates(k.production, k.member, from, until);
        (void)ws.apply(c); // refused for administrators, whose access never ends
    }
    int i = 0;
    for (const Production &p : QList<Production>(ws.productions().cbegin(), ws.productions().cend())) {
        if (i++ % 2 == 0) {
            Change c = Change::setProductionEnd(p.id, moment());
            (void)ws.apply(c);
        }
    }
    i = 0;
    for (const Member &m : QList<Member>(ws.members().cbegin(), ws.members().cend())) {
        if (m.accountRole && i++ % 3 == 0) {
            Change c = Change::setAccountRole(m.id, m.accountRole, moment());
            (void)ws.apply(c);
        }
    }
    return ws;
}

// allowed() over random (member, production, feature, level) tuples from one thread; with `around` valid, each
// tuple also asks about a random moment within two months of it.
AccessFigures timeAccess(const Workspace &ws, quint32 seed, const QDateTime &around = {})
{
    AccessFigures figures;
    QElapsedTimer t;
    t.start();
    const AccessIndex index(ws);
    figures.buildSeconds = secondsOf(t);
    struct Tuple
    {
        int member, production, feature;
        Level level;
        qint64 at;
    };
    QRandomGenerator random(seed);
    std::vector<Tuple> tuples(1 << 20);
    const int members = int(ws.members().size());
    const int productions = int(ws.productions().size());
    const int features = int(ws.features().size());
    const qint64 base = around.isValid() ? around.toMSecsSinceEpoch() : index.moment();
    const qint64 spread = around.isValid() ? 60LL * 24 * 3600 * 1000 : 0;
    for (Tuple &tuple : tuples)
        tuple = Tuple { int(random.bounded(members)), int(random.bounded(productions)), int(random.bounded(features)),
            kAllLevels[random.bounded(4)], base + (spread ? qint64(random.bounded(quint64(2 * spread))) - spread : 0) };
    const size_t mask = tuples.size() - 1;
    const size_t checks = 50'000'000;
    quint64 allowed = 0;
    t.restart();
    for (size_t i = 0; i < checks; ++i) {
        const Tuple &q = tuples[i & mask];
        allowed += index.allowed(q.member, q.production, q.feature, q.level, q.at) ? 1 : 0;
    }
    const double seconds = secondsOf(t);
    // The count is printed, so the loop's work is used and cannot be optimised away.
    figures.allowed = allowed;
    figures.checksPerSecond = double(checks) / seconds;
    return figures;
}

// One grant change through the store: rules checked, row written, audit row, commit. Median of 200.
double timeStoreApply(const QString &path)
{
    auto opened = Store::open(path, Store::Access::ReadWrite);
    if (!opened)
        fail(opened.error().message);
    Store &store = *opened.value();
    const Workspace &ws = store.workspace();
    const Role *role = nullptr;
    for (const Role *r : ws.accountRoles()) {
        if (!r->isLocked()) {
            role = r;
            break;
        }
    }
    const Feature *feature = ws.findFeature(QStringLiteral("Jobs"));
    if (!role || !feature)
        fail(QStringLiteral("the stress workspace has no custom account role"));
    std::vector<double> times;
    for (int i = 0; i < 200; ++i) {
        Change change = Change::setGrant(role->id, feature->id, i % 2 ? Levels(Level::View) : Levels::all());
        QElapsedTimer t;
        t.start();
        const Result<Touched> done = store.apply(change);
        times.push_back(secondsOf(t));
        if (!done)
            fail(done.error().message);
    }
    return median(times);
}

// A bare one-row commit on a scratch file with the store's pragmas: the floor a grant change stands on.
double timeBareCommit(const QString &path)
{
    std::vector<double> times;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-bare"));
        db.setDatabaseName(path);
        if (!db.open())
            fail(db.lastError().text());
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("CREATE TABLE cells (role_id INTEGER, feature_id INTEGER, levels INTEGER)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO cells (role_id, feature_id, levels) VALUES (?, ?, ?)"));
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer t;
            t.start();
            db.transaction();
            insert.bindValue(0, i);
            insert.bindValue(1, i * 7);
            insert.bindValue(2, i % 16);
            if (!insert.exec())
                fail(insert.lastError().text());
            db.commit();
            times.push_back(secondsOf(t));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-bare"));
    return median(times);
}

long openOnlyPeakKb(const QString &self, const QString &path, long *baselineKb)
{
    QProcess child;
    child.start(self, {QStringLiteral("--open-only"), path});
    if (!child.waitForFinished(120000) || child.exitCode() != 0)
        fail(QStringLiteral("--open-only failed: ") + QString::fromLocal8Bit(child.readAllStandardError()));
    long peak = -1;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith("peak_kb "))
            peak = line.mid(8).toLong();
        if (line.startsWith("baseline_kb "))
            *baselineKb = line.mid(12).toLong();
    }
    return peak;
}

void row(const char *what, const QString &value, const char *target)
{
    std::printf("| %-46s | %14s | %-22s |\n", what, qPrintable(value), target);
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--open-only"))
        return openOnly(args.at(2));
    quint32 seed = 2026;
    QString keep;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--seed"))
            seed = args.at(i + 1).toUInt();
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
        else
            fail(QStringLiteral("usage: bench-model [--seed N] [--keep FILE] | --open-only FILE"));
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("no temporary folder"));
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("stress.rolesheet")) : keep;

    QElapsedTimer t;
    t.start();
    Workspace generated = generateWorkspace(GenerateSpec::stress(), seed);
    const double generateSeconds = secondsOf(t);
    if (Status s = generated.verify(); !s)
        fail(QStringLiteral("the generated workspace breaks a rule: ") + s.error().message);
    std::printf("stress workspace (seed %u): %lld features, %lld roles, %lld members, %lld productions, %lld seats\n",
                seed, qlonglong(generated.features().size()), qlonglong(generated.roles().size()),
                qlonglong(generated.members().size()), qlonglong(generated.productions().size()),
                qlonglong(generated.seats().size()));
    t.restart();
    {
        auto created = Store::create(path, generated);
        if (!created)
            fail(created.error().message);
    }
    const double createSeconds = secondsOf(t);
    generated = Workspace();

    const double openSeconds = timeOpen(path);
    const double scanSeconds = timeShellScan(path);
    auto opened = Store::open(path, Store::Access::ReadOnly);
    if (!opened)
        fail(opened.error().message);
    const AccessFigures access = timeAccess(opened.value()->workspace(), seed);
    const QDateTime around = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
    t.restart();
    const Workspace dated = withDates(opened.value()->workspace(), seed, around);
    const double datingSeconds = secondsOf(t);
    const AccessFigures datedAccess = timeAccess(dated, seed, around);
    std::printf("dated: %lld seats with dates of their own, %llu of 50,000,000 checks at random moments allowed "
                "(dates set in %.2f s)\n",
        qlonglong(dated.seatTerms().size()), static_cast<unsigned long long>(datedAccess.allowed), datingSeconds);
    opened = Error::badInput(QString()); // closes the store
    const double applySeconds = timeStoreApply(path);
    const double bareSeconds = timeBareCommit(dir.filePath(QStringLiteral("bare.sqlite")));
    long baselineKb = 0;
    const long peakKb = openOnlyPeakKb(app.applicationFilePath(), path, &baselineKb);

    std::printf("file %.1f MB; %llu of 50,000,000 random checks allowed\n\n",
                double(QFileInfo(path).size()) / 1048576.0, static_cast<unsigned long long>(access.allowed));
    std::printf("| %-46s | %14s | %-22s |\n", "measure", "value", "target");
    std::printf("|%s|%s|%s|\n", QByteArray(48, '-').constData(), QByteArray(16, '-').constData(),
                QByteArray(24, '-').constData());
    row("generate the stress workspace", fixed(generateSeconds, 2) + QStringLiteral(" s"), "well under 10 s");
    row("write it (Store::create)", fixed(createSeconds, 2) + QStringLiteral(" s"), "");
    row("open (Store::open, median of 3)", fixed(openSeconds, 3) + QStringLiteral(" s"), "<= 1.5 s");
    row("plain scan, sqlite3 shell (median of 3)", fixed(scanSeconds, 3) + QStringLiteral(" s"), "");
    row("open / scan", fixed(openSeconds / scanSeconds, 2) + QStringLiteral(" x"), "<= 3 x");
    row("build AccessIndex", fixed(access.buildSeconds, 3) + QStringLiteral(" s"), "");
    row("access checks, one thread", fixed(access.checksPerSecond / 1e6, 1) + QStringLiteral(" M/s"),
        ">= 10 M/s");
    row("build AccessIndex, with dates", fixed(datedAccess.buildSeconds, 3) + QStringLiteral(" s"), "");
    row("access checks at a moment, with dates", fixed(datedAccess.checksPerSecond / 1e6, 1) + QStringLiteral(" M/s"),
        ">= 10 M/s");
    row("grant change via Store::apply (median of 200)", fixed(applySeconds * 1000, 3) + QStringLiteral(" ms"),
        "<= 1 ms");
    row("bare one-row SQLite commit (median of 200)", fixed(bareSeconds * 1000, 3) + QStringLiteral(" ms"), "");
    row("peak memory, stress workspace open", fixed(double(peakKb) / 1024.0, 1) + QStringLiteral(" MB"),
        "<= 200 MB");
    row("  of which the process before opening", fixed(double(baselineKb) / 1024.0, 1) + QStringLiteral(" MB"), "");
    return 0;
}
