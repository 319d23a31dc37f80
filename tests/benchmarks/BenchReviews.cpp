// bench-reviews: starts an access review over the SPEC §8 stress workspace (10,000 members, 100,000 seats), decides
// it, closes it and exports and verifies its evidence, timing each step beside its anchor measured in the same run:
// the same rows, of the same width, inserted and read back with the SQLite C API in one transaction (SqliteAnchor.h).
//
//   bench-reviews [--seed N] [--keep FILE] [--no-pdf | --pdf-only]
//
// --keep FILE keeps the stored workspace in FILE; with --pdf-only, which writes the PDF of the same items held in
// memory and nothing else, it keeps the PDF.
#include "SqliteAnchor.h"
#include "formats/ReviewEvidence.h"
#include "storage/ReviewSeal.h"
#include "storage/ReviewStore.h"
#include "testing/Generate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

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

bench::Anchor anchor(const QString &location, const QStringList &tables, const QString &where, const QString &scratch)
{
    QString error;
    const bench::Anchor a = bench::measureAnchor(location, tables, where, scratch, &error);
    if (!error.isEmpty())
        fail(Error::storage(QStringLiteral("the anchor: %1").arg(error)));
    return a;
}

// The tables of the stored workspace, as SQLite lists them.
QStringList tablesOf(const QString &location)
{
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-tables"));
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' ORDER BY name"),
                db);
            while (q.next())
                tables.append(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-tables"));
    return tables;
}

// A figure of /proc/self/status, in kB; 0 when there is none.
qint64 memoryKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &row : status.readAll().split('\n')) {
        if (row.startsWith(key))
            return row.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Starts the peak of resident memory (VmHWM) again from what is resident now.
void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

void header()
{
    std::printf("%-52s %10s %10s %7s\n", "step", "measured", "anchor", "ratio");
}

void line(const char *step, double measured, double anchorSeconds, const QString &note = QString())
{
    if (anchorSeconds > 0)
        std::printf("%-52s %8.3f s %8.3f s %6.1f×  %s\n", step, measured, anchorSeconds, measured / anchorSeconds,
            qPrintable(note));
    else
        std::printf("%-52s %8.3f s %10s %7s  %s\n", step, measured, "", "", qPrintable(note));
    std::fflush(stdout);
}

// Writes the evidence's PDF into `path`, printing its time, its size and the memory it took at most.
void pdfStep(const formats::ReviewEvidence &evidence, const QString &path)
{
    const qint64 before = memoryKb("VmRSS:");
    resetPeakMemory();
    // The processor's time beside the clock's: on a busy machine the clock counts the other processes' turns too.
    const auto cpu = [] {
        timespec t {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    };
    const double cpuBefore = cpu();
    QElapsedTimer timer;
    timer.start();
    if (Status s = formats::saveReviewPdf(evidence, path, formats::Overwrite::Replace); !s)
        fail(s.error());
    const double took = seconds(timer);
    const double cpuTook = cpu() - cpuBefore;
    const qint64 peak = memoryKb("VmHWM:");
    line("export PDF (goal: 10 s, 20 MB)", took, 0,
        QStringLiteral("%1 MB file; %4 s of processor; memory at most %2 MB above the %3 MB before")
            .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
            .arg(peak > 0 && before > 0 ? double(peak - before) / 1e3 : -1.0, 0, 'f', 1)
            .arg(double(before) / 1e3, 0, 'f', 0)
            .arg(cpuTook, 0, 'f', 2));
}

// --pdf-only: the PDF step alone, of the same items decided the same way, held in memory rather than stored.
int pdfOnly(Workspace ws, const QString &reviewer, const QString &path)
{
    const QList<review::Item> frozen = review::freezeItems(ws, review::Scope::studio());
    formats::ReviewEvidence evidence;
    evidence.workspace = ws.name();
    evidence.campaign.name = QStringLiteral("Stress");
    evidence.campaign.itemCount = int(frozen.size());
    evidence.campaign.itemsHash = review::itemsHash(frozen);
    evidence.campaign.startedAt = QDateTime::currentDateTimeUtc();
    evidence.campaign.startedBy = reviewer;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (const review::Item &item : frozen) {
        CampaignItem ci;
        ci.item = item;
        ci.decision.kind = item.number % 50 == 0 ? review::Decision::Kind::Revoke : review::Decision::Kind::Keep;
        ci.decision.decidedBy = reviewer;
        ci.decision.actor = reviewer;
        ci.decision.at = at;
        ci.history.append(ci.decision);
        evidence.items.append(ci);
    }
    std::printf("%lld items\n", qint64(evidence.items.size()));
    header();
    pdfStep(evidence, path);
    return 0;
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
    const QString scratch = dir.filePath(QStringLiteral("anchor.sqlite"));

    QElapsedTimer timer;
    Workspace ws = generateWorkspace(GenerateSpec::stress(), seed);
    // Decisions are taken by a reviewer of the campaign: one without access, so the items stay the generated ones.
    const QString reviewer = QStringLiteral("Bench reviewer");
    Change addReviewer = Change::addMember(reviewer);
    if (const Result<Touched> added = ws.apply(addReviewer); !added)
        fail(added.error());
    std::printf("stress workspace: %lld members, %lld seats\n", qint64(ws.members().size()), qint64(ws.seats().size()));
    if (args.contains(QStringLiteral("--pdf-only")))
        return pdfOnly(std::move(ws), reviewer,
            keepAt > 0 ? args.value(keepAt + 1) : dir.filePath(QStringLiteral("evidence.pdf")));
    header();
    // Beside the clock, the processor's time of a step and of its anchor's insert: on a busy machine the clock counts
    // the other processes' turns too, and each of the two differently.
    const auto processor = [](double step, const bench::Anchor &a) {
        return QStringLiteral("; processor %1 s against %2 s, %3×")
            .arg(step, 0, 'f', 3)
            .arg(a.insertProcessorSeconds, 0, 'f', 3)
            .arg(a.insertProcessorSeconds > 0 ? step / a.insertProcessorSeconds : 0.0, 0, 'f', 1);
    };
    double processorBefore = bench::processorSeconds();
    timer.start();
    if (auto created = Store::create(location, ws); !created)
        fail(created.error());
    const double create = seconds(timer);
    const double createProcessor = bench::processorSeconds() - processorBefore;
    const bench::Anchor workspaceRows = anchor(location, tablesOf(location), QString(), scratch);
    line("write the workspace (Store::create)", create, workspaceRows.insertSeconds,
        QStringLiteral("%1 rows, %2 MB").arg(workspaceRows.rows).arg(double(workspaceRows.bytes) / 1e6, 0, 'f', 1)
            + processor(createProcessor, workspaceRows));

    auto store = Store::open(location);
    if (!store)
        fail(store.error());
    store.value()->setActor(reviewer);
    ReviewStore reviews(*store.value());

    timer.restart();
    const QList<review::Item> frozen = review::freezeItems(ws, review::Scope::studio());
    const double freeze = seconds(timer);
    processorBefore = bench::processorSeconds();
    timer.restart();
    const Result<Campaign> campaign = reviews.start(
        { QStringLiteral("Stress"), review::Scope::studio(), {}, { ws.findMember(reviewer)->id }, false });
    if (!campaign)
        fail(campaign.error());
    const double start = seconds(timer);
    const double startProcessor = bench::processorSeconds() - processorBefore;
    const bench::Anchor itemRows = anchor(location, { QStringLiteral("review_items") },
        QStringLiteral("campaign_id = %1").arg(campaign.value().id), scratch);
    line("review start (freeze, store, audit)", start, itemRows.insertSeconds,
        QStringLiteral("%1 items, %2 MB; freezing alone %3 s")
                .arg(campaign.value().itemCount)
                .arg(double(itemRows.bytes) / 1e6, 0, 'f', 1)
                .arg(freeze, 0, 'f', 2)
            + processor(startProcessor, itemRows));

    // One decision as a reviewer takes it: its own transaction and audit record.
    timer.restart();
    const int single = 200;
    for (int i = 1; i <= campaign.value().itemCount && i <= single; ++i) {
        review::Decision keep;
        keep.kind = review::Decision::Kind::Keep;
        if (Status s = reviews.decide(QStringLiteral("Stress"), i, keep); !s)
            fail(s.error());
    }
    const double one = seconds(timer) / single;
    line("review decide (one item, mean of 200)", one, 0, QStringLiteral("%1 ms").arg(one * 1000, 0, 'f', 2));

    // The rest at once, as review decide --all-undecided keep records them: one transaction, one audit record.
    QList<review::ItemDecision> rest;
    for (int i = single + 1; i <= campaign.value().itemCount; ++i) {
        review::ItemDecision d;
        d.item = i;
        d.decision.kind = i % 50 == 0 ? review::Decision::Kind::Revoke : review::Decision::Kind::Keep;
        rest.append(d);
    }
    timer.restart();
    const Result<int> decided = reviews.decideMany(QStringLiteral("Stress"), rest);
    if (!decided)
        fail(decided.error());
    const double many = seconds(timer);
    const bench::Anchor decisionRows = anchor(location, { QStringLiteral("review_decisions") },
        QStringLiteral("campaign_id = %1").arg(campaign.value().id), scratch);
    line("review decide the rest at once", many, decisionRows.insertSeconds,
        QStringLiteral("%1 decisions").arg(decided.value()));

    timer.restart();
    const Result<QList<CampaignItem>> items = reviews.items(campaign.value());
    if (!items)
        fail(items.error());
    line("review items (read back, changed flags)", seconds(timer), itemRows.readSeconds + decisionRows.readSeconds,
        QStringLiteral("anchor: the items and decisions read back"));
    const formats::ReviewEvidence evidence { ws.name(), campaign.value(), items.value(), ws.timeZone(), {} };
    timer.restart();
    const QByteArray csv = formats::reviewCsv(evidence);
    line("export CSV", seconds(timer), 0, QStringLiteral("%1 MB").arg(double(csv.size()) / 1e6, 0, 'f', 1));
    if (!args.contains(QStringLiteral("--no-pdf")))
        pdfStep(evidence, dir.filePath(QStringLiteral("evidence.pdf")));
    timer.restart();
    if (Status s = formats::verifyReviewCsv(evidence, csv); !s)
        fail(s.error());
    line("verify CSV (items hash, export, compare)", seconds(timer), itemRows.readSeconds + decisionRows.readSeconds);
    return 0;
}
