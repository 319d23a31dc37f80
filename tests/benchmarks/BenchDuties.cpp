// bench-duties: separation of duties on the SPEC §8 stress workspace (10,000 members, 100,000 seats) with 20 rules:
// `duty check` over everyone, and `who` for one cell across all productions, each printed beside the time of the
// equivalent `check --batch` (the same access index asked every member × production × cell the answer needs).
//
//   bench-duties [--seed N]
#include "domain/Access.h"
#include "domain/Duties.h"
#include "testing/Generate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace rs;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The suggested rules and random others up to 20: one or two cells a side, every scope, mostly block.
duties::Book twentyRules(const Workspace &ws, quint32 seed)
{
    duties::Book book;
    book.rules = duties::suggestedRules(ws);
    QRandomGenerator random(seed);
    const QList<Feature> &features = ws.features();
    const auto cell = [&] {
        return duties::Cell { features.at(int(random.bounded(int(features.size())))).id,
            kAllLevels[random.bounded(4)] };
    };
    while (book.rules.size() < 20) {
        duties::Rule r;
        r.name = QStringLiteral("Rule %1").arg(book.rules.size() + 1);
        for (int i = 0, n = 1 + int(random.bounded(2)); i < n; ++i) {
            r.left.cells.append(cell());
            r.right.cells.append(cell());
        }
        r.left.all = random.bounded(3) == 0;
        r.scope = static_cast<duties::Scope>(random.bounded(3));
        r.severity = random.bounded(4) == 0 ? duties::Severity::Warn : duties::Severity::Block;
        if (duties::checkRule(ws, book, r).ok())
            book.rules.append(r);
    }
    return book;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    quint32 seed = 1;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--seed")); i > 0 && i + 1 < args.size())
        seed = args.at(i + 1).toUInt();

    QElapsedTimer timer;
    timer.start();
    const Workspace ws = generateWorkspace(GenerateSpec::stress(), seed);
    std::printf("stress workspace: %lld members, %lld productions, %lld seats, generated in %.1f s\n",
        qlonglong(ws.members().size()), qlonglong(ws.productions().size()), qlonglong(ws.seats().size()),
        seconds(timer));
    const duties::Book book = twentyRules(ws, seed);
    const QDateTime at = QDateTime::currentDateTimeUtc();

    timer.restart();
    const AccessIndex index(ws, at);
    const double indexTime = seconds(timer);

    // duty check at a moment, and from now on (every start and end of each member's holdings).
    timer.restart();
    const QList<duties::Conflict> now = duties::conflicts(ws, index, book, at, duties::When::At);
    const double checkAt = seconds(timer);
    timer.restart();
    const QList<duties::Conflict> ahead = duties::conflicts(ws, index, book, at, duties::When::From);
    const double checkFrom = seconds(timer);

    // The check --batch equivalent: every member × production (and the account) × every cell of the rules.
    QList<duties::Cell> cells;
    for (const duties::Rule &r : book.rules) {
        for (const duties::Cell &c : r.left.cells + r.right.cells) {
            if (!cells.contains(c))
                cells.append(c);
        }
    }
    timer.restart();
    qint64 asked = 0, allowed = 0;
    const int members = int(ws.members().size()), productions = int(ws.productions().size());
    for (int m = 0; m < members; ++m) {
        for (int p = -1; p < productions; ++p) {
            for (const duties::Cell &c : cells) {
                ++asked;
                allowed += index.allowed(m, p, index.featureIndex(c.feature), c.level) ? 1 : 0;
            }
        }
    }
    const double batchAll = seconds(timer);

    // who for one cell across every production, and its check --batch equivalent.
    const Feature *orders = ws.findFeature(QStringLiteral("Studio Orders"));
    const Id feature = orders ? orders->id : ws.features().first().id;
    timer.restart();
    const QList<duties::WhoRow> rows = duties::who(ws, index, feature, Level::Edit, 0, at);
    const double whoTime = seconds(timer);
    timer.restart();
    qint64 whoAsked = 0, whoAllowed = 0;
    const int fi = index.featureIndex(feature);
    for (int m = 0; m < members; ++m) {
        for (int p = 0; p < productions; ++p) {
            ++whoAsked;
            whoAllowed += index.allowed(m, p, fi, Level::Edit) ? 1 : 0;
        }
    }
    const double whoBatch = seconds(timer);

    std::printf("rules: %lld (%lld distinct cells); access index built in %.3f s\n", qlonglong(book.rules.size()),
        qlonglong(cells.size()), indexTime);
    std::printf("| question | duties | check --batch equivalent |\n|---|---|---|\n");
    std::printf("| duty check, everyone, at now | %.3f s, %lld conflicts | %.3f s, %lld answers (%lld allowed) |\n",
        checkAt, qlonglong(now.size()), batchAll, asked, allowed);
    std::printf("| duty check, everyone, from now on | %.3f s, %lld conflicts | (no batch equivalent: one run per "
                "moment) |\n",
        checkFrom, qlonglong(ahead.size()));
    std::printf(
        "| who Studio Orders edit, all productions | %.3f s, %lld rows | %.3f s, %lld answers (%lld allowed) |\n",
        whoTime, qlonglong(rows.size()), whoBatch, whoAsked, whoAllowed);
    return 0;
}
