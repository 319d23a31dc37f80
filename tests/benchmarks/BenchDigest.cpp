// bench-digest: what the workspace digest costs on the SPEC §8 stress workspace (10,000 members, 100,000 seats).
// Times a grant's apply and `audit --verify`, each beside its part that the digest adds, measured in the same run: for
// the apply the digest's reads before and after the write (the same sets the apply tracks, in a transaction of
// their own), for the verify the sum over every stored row. Without the digest, an apply and a verify cost the
// figure minus that part.
//
//   bench-digest [--seed N] [--rounds N] [--db LOCATION]
#include "storage/Digest.h"
#include "storage/Store.h"
#include "testing/Generate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace rs;

namespace {

[[noreturn]] void fail(const Error &error)
{
    std::fprintf(stderr, "bench-digest: %s\n", qPrintable(error.message));
    std::exit(2);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, const QString &fallback) {
        const int at = int(args.indexOf(QLatin1String(name)));
        return at > 0 ? args.value(at + 1) : fallback;
    };
    const quint32 seed = option("--seed", QStringLiteral("1")).toUInt();
    const int rounds = std::max(3, option("--rounds", QStringLiteral("41")).toInt());
    QTemporaryDir dir;
    const QString location = option("--db", dir.filePath(QStringLiteral("stress.rolesheet")));

    QElapsedTimer timer;
    timer.start();
    const Workspace ws = generateWorkspace(GenerateSpec::stress(), seed);
    if (auto created = Store::create(location, ws); !created)
        fail(created.error());
    std::printf("stress workspace: %lld members, %lld seats, stored in %.1f s\n", qint64(ws.members().size()),
        qint64(ws.seats().size()), double(timer.nsecsElapsed()) / 1e9);
    auto opened = Store::open(location);
    if (!opened)
        fail(opened.error());
    Store &store = *opened.value();

    // A custom role's cell set and cleared in turn, as a person ticking one checkbox.
    Id role = 0;
    for (const Role &r : store.workspace().roles()) {
        if (r.builtIn == BuiltIn::None && r.scope == Scope::Account && !r.isTemplate)
            role = r.id;
    }
    if (!role)
        fail(Error::notFound(QStringLiteral("The stress workspace has no custom account role.")));
    const Id feature = store.workspace().features().first().id;

    // The digest's part on its own connection, in a transaction of its own: the same sets the apply tracks.
    const QString connection = QStringLiteral("bench-digest");
    QList<double> applies, digestParts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(location);
        if (!db.open())
            fail(Error::storage(QStringLiteral("Cannot open %1.").arg(location)));
        for (int i = 0; i < rounds; ++i) {
            const Levels levels = Levels::fromBits(i % 2 ? 0 : 3);
            Change grant = Change::setGrant(role, feature, levels);
            timer.restart();
            const Result<Touched> touched = store.apply(grant);
            applies.append(ms(timer));
            if (!touched)
                fail(touched.error());

            timer.restart();
            db.transaction();
            digest::Tracker tracker(db);
            digest::trackTouched(tracker, store.workspace(), { touched.value() }, false);
            const Status before = tracker.before();
            const Result<std::optional<digest::State>> previous = digest::recorded(db);
            const Result<digest::State> after
                = before && previous && previous.value() ? tracker.after(*previous.value()) : digest::State();
            db.rollback();
            digestParts.append(ms(timer));
            if (!before || !previous || !after)
                fail(Error::storage(QStringLiteral("The digest's part could not be read.")));
        }
        db.close();
    }

    QList<double> verifies, sums;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const Result<AuditChain> chain = store.verifyAudit();
        verifies.append(ms(timer));
        if (!chain)
            fail(chain.error());
        if (!chain.value().whole())
            fail(Error::rule(chain.value().problem));
        {
            QSqlDatabase db = QSqlDatabase::database(connection);
            db.open();
            timer.restart();
            const Result<digest::State> state = digest::compute(db);
            sums.append(ms(timer));
            if (!state)
                fail(state.error());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);

    const double apply = median(applies), part = median(digestParts);
    std::printf("grant apply (median of %d): %.2f ms; the digest's part %.2f ms; without it %.2f ms (%.2f x)\n", rounds,
        apply, part, apply - part, apply / std::max(0.001, apply - part));
    // The verify's two parts are timed apart, so on a busy machine compare the least of each.
    const double verify = *std::min_element(verifies.begin(), verifies.end());
    const double sum = *std::min_element(sums.begin(), sums.end());
    std::printf("audit --verify (least of 5): %.0f ms; summing every stored row (least of 5) %.0f ms; the chain and "
                "the rest %.0f ms\n",
        verify, sum, std::max(0.0, verify - sum));
    return 0;
}
