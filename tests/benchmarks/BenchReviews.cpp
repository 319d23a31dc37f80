// bench-reviews: starts an access review over the SPEC §8 stress workspace (10,000 members, 100,000 seats) and exports
// its evidence, timing each step.
//
//   bench-reviews [--seed N] [--keep FILE]
#include "formats/ReviewEvidence.h"
#include "storage/ReviewStore.h"
#include "testing/Generate.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace rs;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

[[noreturn]] void fail(const Error &error)
{
    std::fprintf(stderr, "bench-reviews: %s\n", qPrintable(error.message));
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int seedAt = int(args.indexOf(QStringLiteral("--seed")));
    const quint32 seed = seedAt > 0 ? args.value(seedAt + 1).toUInt() : 1;
    const int keepAt = int(args.indexOf(QStringLiteral("--keep")));
    QTemporaryDir dir;
    const QString location = keepAt > 0 ? args.value(keepAt + 1) : dir.filePath(QStringLiteral("stress.rolesheet"));

    QElapsedTimer timer;
    timer.start();
    Workspace ws = generateWorkspace(GenerateSpec::stress(), seed);
    // Decisions are taken by a reviewer of the campaign: one without access, so the items stay the generated ones.
    const QString reviewer = QStringLiteral("Bench reviewer");
    Change addReviewer = Change::addMember(reviewer);
    if (const Result<Touched> added = ws.apply(addReviewer); !added)
        fail(added.error());
    if (auto created = Store::create(location, ws); !created)
        fail(created.error());
    std::printf("stress workspace: %lld members, %lld seats (generated and stored in %.1f s)\n",
        qint64(ws.members().size()), qint64(ws.seats().size()), seconds(timer));
    auto store = Store::open(location);
    if (!store)
        fail(store.error());
    store.value()->setActor(reviewer);
    ReviewStore reviews(*store.value());

    timer.restart();
    const QList<review::Item> frozen = review::freezeItems(ws, review::Scope::studio());
    const double freeze = seconds(timer);
    timer.restart();
    const Result<Campaign> campaign = reviews.start(
        { QStringLiteral("Stress"), review::Scope::studio(), {}, { ws.findMember(reviewer)->id }, false });
    if (!campaign)
        fail(campaign.error());
    const double start = seconds(timer);
    std::printf("%-48s %8.2f s  (%d items; freezing alone %.2f s)\n", "review start (freeze, store, audit)", start,
        campaign.value().itemCount, freeze);

    // Deciding goes through the reviewers' path: one transaction and one audit record per decision.
    timer.restart();
    for (int i = 1; i <= campaign.value().itemCount && i <= 200; ++i) {
        review::Decision keep;
        keep.kind = review::Decision::Kind::Keep;
        if (Status s = reviews.decide(QStringLiteral("Stress"), i, keep); !s)
            fail(s.error());
    }
    std::printf("%-48s %8.2f ms\n", "review decide (one item, mean of 200)", seconds(timer) * 1000 / 200);

    timer.restart();
    const Result<QList<CampaignItem>> items = reviews.items(campaign.value());
    if (!items)
        fail(items.error());
    std::printf("%-48s %8.2f s\n", "review items (read back, changed flags)", seconds(timer));
    const formats::ReviewEvidence evidence { ws.name(), campaign.value(), items.value() };
    timer.restart();
    const QByteArray csv = formats::reviewCsv(evidence);
    std::printf("%-48s %8.2f s  (%.1f MB)\n", "export CSV", seconds(timer), double(csv.size()) / 1e6);
    timer.restart();
    const Result<QByteArray> pdf = formats::reviewPdf(evidence);
    if (!pdf)
        fail(pdf.error());
    std::printf("%-48s %8.2f s  (%.1f MB)\n", "export PDF", seconds(timer), double(pdf.value().size()) / 1e6);
    timer.restart();
    if (Status s = formats::verifyReviewCsv(evidence, csv); !s)
        fail(s.error());
    std::printf("%-48s %8.2f s\n", "verify CSV", seconds(timer));
    return 0;
}
