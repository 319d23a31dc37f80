// bench-links: roles that follow their template on the SPEC §8 stress workspace (500 features, 10,000 members,
// 100,000 seats), with 1,000 production roles (one in each production) made from the Production template and linked
// to it. Times, each beside one plain grant's apply measured in the same run on the same store:
//   - `template status`: the drift of every linked role (the figures the command prints, without opening the store);
//   - a template change applied while all 1,000 roles follow it (the change and every follower's row, one transaction);
//   - a propagation to all 1,000 pinned roles after one template change: staged (applied to a working copy, as the
//     editor's session does) and applied (written through the store in one transaction).
//
//   bench-links [--seed N] [--rounds N] [--db LOCATION]
#include "domain/Links.h"
#include "storage/Store.h"
#include "testing/Generate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace rs;

namespace {

constexpr int kLinked = 1000;

[[noreturn]] void fail(const Error &error)
{
    std::fprintf(stderr, "bench-links: %s\n", qPrintable(error.message));
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

// Applies a change that must be accepted, writing back the ids it creates.
void must(Workspace &ws, Change &change)
{
    if (Result<Touched> done = ws.apply(change); !done)
        fail(done.error());
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
    const int rounds = std::max(3, option("--rounds", QStringLiteral("11")).toInt());
    QTemporaryDir dir;
    const QString location = option("--db", dir.filePath(QStringLiteral("stress.rolesheet")));

    QElapsedTimer timer;
    timer.start();
    Workspace ws = generateWorkspace(GenerateSpec::stress(), seed);
    const Id templ = ws.findTemplate(QStringLiteral("Production"))->id;
    QList<Id> linked;
    for (const Production &p : ws.productions()) {
        if (linked.size() == kLinked)
            break;
        Change create = Change::createRole(QStringLiteral("Linked freelancer"), Scope::Production, p.id, templ);
        must(ws, create);
        Change link = Change::linkRole(create.role, templ, true);
        must(ws, link);
        linked.append(create.role);
    }
    if (linked.size() != kLinked)
        fail(Error::notFound(QStringLiteral("The stress workspace has fewer than 1,000 productions.")));
    if (auto created = Store::create(location, ws); !created)
        fail(created.error());
    std::printf("stress workspace: %lld features, %lld members, %lld seats, %d roles linked to the Production "
                "template, stored in %.1f s\n",
        qint64(ws.features().size()), qint64(ws.members().size()), qint64(ws.seats().size()), kLinked,
        double(timer.nsecsElapsed()) / 1e9);
    auto opened = Store::open(location);
    if (!opened)
        fail(opened.error());
    Store &store = *opened.value();

    // The plain grant: a custom account role's cell set and cleared in turn, as a person ticking one checkbox.
    Id plainRole = 0;
    for (const Role &r : store.workspace().roles()) {
        if (r.builtIn == BuiltIn::None && r.scope == Scope::Account && !r.isTemplate && !r.link.isLinked())
            plainRole = r.id;
    }
    const Id plainFeature = store.workspace().features().first().id;
    // The template's cell: a production feature the template holds, so that every follower takes it.
    Id cell = 0;
    for (const Feature &f : store.workspace().features()) {
        if (f.scope == Scope::Production && !store.workspace().role(templ)->grants.value(f.id).isNone()
            && f.categories.isEmpty() && !f.ownerOnly) {
            cell = f.id;
            break;
        }
    }
    if (!plainRole || !cell)
        fail(Error::notFound(QStringLiteral("The stress workspace lacks a custom account role or a template cell.")));
    const Levels held = store.workspace().role(templ)->grants.value(cell);
    const auto plainGrant = [&](int i) {
        Change grant = Change::setGrant(plainRole, plainFeature, Levels::fromBits(i % 2 ? 0 : 3));
        timer.restart();
        if (Result<Touched> done = store.apply(grant); !done)
            fail(done.error());
        return ms(timer);
    };

    // template status
    QList<double> statuses, plain;
    for (int i = 0; i < rounds; ++i) {
        timer.restart();
        int behind = 0;
        for (const Role *r : links::linkedRoles(store.workspace(), templ))
            behind += links::drift(store.workspace(), *r).behind > 0 ? 1 : 0;
        statuses.append(ms(timer));
        if (behind != 0)
            fail(Error::rule(QStringLiteral("A following role is behind.")));
        plain.append(plainGrant(i));
    }
    std::printf("template status, %d roles (median of %d): %.1f ms; one plain grant's apply %.2f ms\n", kLinked, rounds,
        median(statuses), median(plain));

    // A template change while all 1,000 follow.
    QList<double> follows;
    plain.clear();
    for (int i = 0; i < rounds; ++i) {
        Change change = Change::setGrant(templ, cell, i % 2 ? held : held.without(Level::Edit).with(Level::View));
        timer.restart();
        if (Result<Touched> done = store.apply(change); !done)
            fail(done.error());
        follows.append(ms(timer));
        plain.append(plainGrant(i));
    }
    std::printf("template change applied, %d roles following (median of %d): %.1f ms; one plain grant's apply %.2f "
                "ms\n",
        kLinked, rounds, median(follows), median(plain));

    // Pinned: one template change, then the propagation to every role, staged and applied.
    {
        QList<Change> pin;
        for (const Id id : std::as_const(linked))
            pin.append(Change::linkRole(id, templ, false));
        if (Status s = store.applyAll(pin); !s)
            fail(s.error());
    }
    QList<double> staged, applied;
    plain.clear();
    for (int i = 0; i < rounds; ++i) {
        // Always a real change, whatever the cell holds after the follow rounds.
        const Levels now = store.workspace().role(templ)->grants.value(cell);
        Change change = Change::setGrant(templ, cell, now == held ? held.without(Level::Edit).with(Level::View) : held);
        if (Result<Touched> done = store.apply(change); !done)
            fail(done.error());
        Workspace working = store.workspace(); // the session's working copy, there before the propagation
        timer.restart();
        QList<Change> changes;
        for (const Role *r : links::linkedRoles(working, templ)) {
            if (links::drift(working, *r).behind > 0)
                changes.append(Change::syncTemplate(r->id, false));
        }
        for (Change &c : changes)
            must(working, c);
        staged.append(ms(timer));
        if (changes.size() != kLinked)
            fail(Error::rule(QStringLiteral("Not every pinned role was behind.")));
        timer.restart();
        if (Status s = store.applyAll(changes); !s)
            fail(s.error());
        applied.append(ms(timer));
        plain.append(plainGrant(i));
    }
    std::printf("propagation to %d pinned roles (median of %d): staged %.1f ms, applied %.1f ms; one plain grant's "
                "apply %.2f ms\n",
        kLinked, rounds, median(staged), median(applied), median(plain));
    return 0;
}
