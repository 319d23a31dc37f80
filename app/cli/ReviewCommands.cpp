// review start, items, decide, reviewers, close, export and verify: access review campaigns.
#include "Cli.h"
#include "formats/CsvImport.h"
#include "formats/ReviewEvidence.h"
#include "formats/XlsxExport.h"
#include "formats/XlsxRead.h"
#include "review/DecisionsCsv.h"
#include "storage/ReviewDutyEvidence.h"
#include "storage/ReviewSeal.h"
#include "storage/ReviewStore.h"

#include <QCoreApplication>
#include <QFile>

namespace rs::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("rs::cli", text, nullptr, n);
}

QString usageLine()
{
    return tr("Usage: rolesheet-cli review start NAME [--production P | --role R] [--reviewer MEMBER]… [--due DATE] "
              "[--delta] | items NAME [--undecided] | decide NAME ITEM keep|revoke|end DATE [--comment TEXT] | "
              "decide NAME --from FILE.csv|FILE.xlsx [--dry-run] | decide NAME --all-undecided keep|revoke [--production P] "
              "[--role R] [--comment TEXT] [--dry-run] | "
              "reviewers NAME [--reviewer MEMBER]… | close NAME | export NAME --format pdf|csv|xlsx -o FILE | "
              "verify NAME FILE.csv");
}

int start(Context &cx, Store &store)
{
    if (cx.args.size() != 2)
        return cx.fail(usageLine());
    const Workspace &ws = store.workspace();
    CampaignStart request;
    request.name = cx.args.at(1);
    const bool byProduction = cx.isSet(QStringLiteral("production"));
    const bool byRole = cx.isSet(QStringLiteral("role"));
    if (byProduction && byRole)
        return cx.fail(tr("A review covers the whole studio, one production (--production) or one role (--role), "
                          "not both."));
    if (byProduction) {
        const auto p = cx.production(ws, cx.value(QStringLiteral("production")));
        if (!p)
            return cx.fail(p.error());
        request.scope = review::Scope::production(*p.value());
    } else if (byRole) {
        const QString name = cx.value(QStringLiteral("role"));
        const Role *r = ws.findAccountRole(name);
        if (!r)
            r = ws.findProductionRole(0, name);
        if (!r) {
            for (const Production &p : ws.productions()) {
                if ((r = ws.findProductionRole(p.id, name)))
                    break;
            }
        }
        if (!r)
            return cx.fail(Error::notFound(tr("There is no role named %1.").arg(printable(name))));
        request.scope = review::Scope::role(*r);
    }
    for (const QString &name : cx.parser.values(QStringLiteral("reviewer"))) {
        const auto m = cx.member(ws, name);
        if (!m)
            return cx.fail(m.error());
        request.reviewers.append(m.value()->id);
    }
    if (cx.isSet(QStringLiteral("due"))) {
        request.due = QDate::fromString(cx.value(QStringLiteral("due")), Qt::ISODate);
        if (!request.due.isValid())
            return cx.fail(tr("A due date is written as YYYY-MM-DD."));
    }
    request.delta = cx.isSet(QStringLiteral("delta"));
    ReviewStore reviews(store);
    const Result<Campaign> c = reviews.start(request);
    if (!c)
        return cx.fail(c.error());
    cx.out << QCoreApplication::translate(
        "rs::cli", "Started access review %1 of %2: %n items to decide.", nullptr, c.value().itemCount)
                  .arg(printable(c.value().name), c.value().scope.describe())
           << Qt::endl;
    return Done;
}

int items(Context &cx, Store &store)
{
    if (cx.args.size() != 2)
        return cx.fail(usageLine());
    ReviewStore reviews(store);
    const Result<Campaign> c = reviews.campaign(cx.args.at(1));
    if (!c)
        return cx.fail(c.error());
    const Result<QList<CampaignItem>> list = reviews.items(c.value());
    if (!list)
        return cx.fail(list.error());
    const bool undecided = cx.isSet(QStringLiteral("undecided"));
    for (const CampaignItem &ci : list.value()) {
        if (undecided && ci.decision.kind != review::Decision::Kind::None)
            continue;
        QString decision = ci.decision.kind == review::Decision::Kind::None
            ? QStringLiteral("undecided")
            : review::Decision::kindKey(ci.decision.kind);
        if (ci.decision.kind == review::Decision::Kind::EndOn)
            decision += QLatin1Char(' ') + ci.decision.endDate.toString(Qt::ISODate);
        if (ci.changed)
            decision += QLatin1Char(' ') + tr("(access changed since the review started)");
        cx.out << ci.item.number << '\t' << ci.item.memberName << '\t' << ci.item.productionName << '\t'
               << ci.item.roleName << '\t' << ci.item.grantsSummary() << '\t' << decision << Qt::endl;
    }
    if (undecided)
        return Done;
    // What the campaign froze of the duty rules and break glass, one line each after the items, led by its kind.
    const Result<review::DutyEvidence> duties = reviewDutyEvidence(store, c.value());
    if (!duties)
        return cx.fail(duties.error());
    const auto lines = [&cx](const char *kind, const QList<QStringList> &rows) {
        for (const QStringList &row : rows)
            cx.out << kind << '\t' << row.join(QLatin1Char('\t')) << Qt::endl;
    };
    lines("conflict", duties.value().conflicts);
    lines("exception", duties.value().exceptions);
    lines("break-glass", duties.value().breakGlass);
    return Done;
}

// Many decisions at once: the filled-in rows of the campaign's CSV, or every undecided item of a filter.
int decideMany(Context &cx, Store &store)
{
    if (cx.args.size() != 2)
        return cx.fail(usageLine());
    const bool fromFile = cx.isSet(QStringLiteral("from"));
    if (fromFile == cx.isSet(QStringLiteral("all-undecided")))
        return cx.fail(tr("Decide many items either from a file (--from FILE.csv) or all undecided ones "
                          "(--all-undecided keep|revoke), not both."));
    ReviewStore reviews(store);
    const Result<Campaign> c = reviews.campaign(cx.args.at(1));
    if (!c)
        return cx.fail(c.error());
    if (c.value().isClosed())
        return cx.fail(Error::rule(
            tr("Access review %1 is closed; its decisions can no longer change.").arg(printable(c.value().name))));
    const Result<QList<CampaignItem>> list = reviews.items(c.value());
    if (!list)
        return cx.fail(list.error());
    QList<review::ItemDecision> decisions;
    if (fromFile) {
        const Result<QByteArray> bytes = formats::readSheetFile(cx.value(QStringLiteral("from")));
        if (!bytes)
            return cx.fail(bytes.error());
        review::DecisionSheet sheet;
        sheet.campaign = c.value().name;
        sheet.items.reserve(list.value().size());
        for (const CampaignItem &ci : list.value())
            sheet.items.insert(ci.item.number, { ci.item, ci.decision });
        Result<QList<review::ItemDecision>> read = review::decisionsFromCsv(sheet, bytes.value());
        if (!read)
            return cx.fail(read.error());
        decisions = std::move(read).value();
    } else {
        const auto kind = review::Decision::parseKind(cx.value(QStringLiteral("all-undecided")));
        if (!kind || *kind == review::Decision::Kind::EndOn)
            return cx.fail(tr("--all-undecided takes keep or revoke."));
        review::ItemFilter filter;
        filter.undecidedOnly = true;
        filter.production = cx.value(QStringLiteral("production"));
        filter.role = cx.value(QStringLiteral("role"));
        // The reviewer's own access is left for another reviewer.
        const Result<ReviewActor> me = reviews.actor();
        if (!me)
            return cx.fail(me.error());
        review::Decision d;
        d.kind = *kind;
        d.comment = cx.value(QStringLiteral("comment"));
        for (const CampaignItem &ci : list.value()) {
            if (filter.matches(ci.item, ci.decision) && ci.item.member != me.value().member)
                decisions.append({ ci.item.number, d });
        }
    }
    if (cx.isSet(QStringLiteral("dry-run"))) {
        for (const review::ItemDecision &d : std::as_const(decisions))
            cx.out << tr("Item %1: %2.").arg(d.item).arg(d.decision.text()) << Qt::endl;
        cx.out << QCoreApplication::translate(
            "rs::cli", "Would record %n decisions; nothing was changed.", nullptr, int(decisions.size()))
               << Qt::endl;
        return Done;
    }
    const Result<int> recorded = reviews.decideMany(c.value().name, decisions);
    if (!recorded)
        return cx.fail(recorded.error());
    cx.out << QCoreApplication::translate(
        "rs::cli", "Recorded %n decisions in access review %1.", nullptr, recorded.value())
                  .arg(printable(c.value().name))
           << Qt::endl;
    return Done;
}

int decide(Context &cx, Store &store)
{
    if (cx.isSet(QStringLiteral("from")) || cx.isSet(QStringLiteral("all-undecided")))
        return decideMany(cx, store);
    if (cx.args.size() < 4 || cx.args.size() > 5)
        return cx.fail(usageLine());
    bool ok = false;
    const int item = cx.args.at(2).toInt(&ok);
    if (!ok)
        return cx.fail(tr("An item is given by its number, as `review items` lists it."));
    const auto kind = review::Decision::parseKind(cx.args.at(3));
    if (!kind)
        return cx.fail(tr("A decision is keep, revoke or end DATE."));
    review::Decision d;
    d.kind = *kind;
    if (d.kind == review::Decision::Kind::EndOn) {
        if (cx.args.size() != 5)
            return cx.fail(tr("End needs a date: end YYYY-MM-DD."));
        d.endDate = QDate::fromString(cx.args.at(4), Qt::ISODate);
        if (!d.endDate.isValid())
            return cx.fail(tr("An end date is written as YYYY-MM-DD."));
    } else if (cx.args.size() != 4) {
        return cx.fail(usageLine());
    }
    d.comment = cx.value(QStringLiteral("comment"));
    ReviewStore reviews(store);
    if (Status s = reviews.decide(cx.args.at(1), item, d); !s)
        return cx.fail(s.error());
    cx.out << tr("Item %1: %2.").arg(item).arg(d.text()) << Qt::endl;
    return Done;
}

// Lists the reviewers; with --reviewer, the owner names them anew.
int reviewers(Context &cx, Store &store)
{
    if (cx.args.size() != 2)
        return cx.fail(usageLine());
    ReviewStore reviews(store);
    const QStringList names = cx.parser.values(QStringLiteral("reviewer"));
    if (!names.isEmpty()) {
        QList<Id> members;
        for (const QString &name : names) {
            const auto m = cx.member(store.workspace(), name);
            if (!m)
                return cx.fail(m.error());
            members.append(m.value()->id);
        }
        if (Status s = reviews.setReviewers(cx.args.at(1), members); !s)
            return cx.fail(s.error());
    }
    const Result<Campaign> c = reviews.campaign(cx.args.at(1));
    if (!c)
        return cx.fail(c.error());
    for (const Reviewer &r : c.value().reviewers)
        cx.out << r.name << Qt::endl;
    return Done;
}

int close(Context &cx, Store &store)
{
    if (cx.args.size() != 2)
        return cx.fail(usageLine());
    ReviewStore reviews(store);
    const Result<ClosePlan> plan = reviews.planClose(cx.args.at(1));
    if (!plan)
        return cx.fail(plan.error());
    for (const Change &change : plan.value().changes)
        cx.out << change.describe(store.workspace()) << Qt::endl;
    const Result<Campaign> closed = reviews.close(plan.value());
    if (!closed)
        return cx.fail(closed.error());
    cx.out << QCoreApplication::translate("rs::cli", "Closed access review %1 at workspace version %2: %n revoked",
        nullptr, int(plan.value().revoked.size()))
                  .arg(printable(closed.value().name))
                  .arg(closed.value().appliedVersion);
    if (!plan.value().changedItems.isEmpty())
        cx.out << "; "
               << QCoreApplication::translate("rs::cli",
                      "%n items not applied because their access changed after the review started", nullptr,
                      int(plan.value().changedItems.size()));
    cx.out << '.' << Qt::endl;
    return Done;
}

Result<formats::ReviewEvidence> evidence(Store &store, const QString &name, bool openToo = false)
{
    ReviewStore reviews(store);
    const Result<Campaign> c = reviews.campaign(name);
    if (!c)
        return c.error();
    Result<QList<CampaignItem>> list = reviews.items(c.value());
    if (!list)
        return list.error();
    // The stored rows must be those the audit trail bound before anything is written or compared from them.
    if (Status s = reviewseal::check(store, c.value(), list.value()); !s)
        return s.error();
    if (!c.value().isClosed() && !openToo)
        return Error::rule(tr("Access review %1 is still open; its evidence is written once it is closed.")
                               .arg(printable(c.value().name)));
    // What the campaign froze of the duty rules and break glass when it started.
    const Result<review::DutyEvidence> duties = reviewDutyEvidence(store, c.value());
    if (!duties)
        return duties.error();
    return formats::ReviewEvidence { store.workspace().name(), c.value(), std::move(list).value(),
        store.workspace().timeZone(), duties.value() };
}

int exportReview(Context &cx, Store &store)
{
    if (cx.args.size() != 2)
        return cx.fail(usageLine());
    const QString format = cx.value(QStringLiteral("format")).toLower();
    const QString file = cx.value(QStringLiteral("o"));
    if ((format != QLatin1String("pdf") && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        || file.isEmpty())
        return cx.fail(tr("Export an access review with --format pdf, csv or xlsx and -o FILE."));
    // An open campaign's CSV is the reviewers' sheet to decide in (review decide --from); its evidence is written
    // once it is closed.
    const Result<formats::ReviewEvidence> e = evidence(store, cx.args.at(1), format == QLatin1String("csv"));
    if (!e)
        return cx.fail(e.error());
    if (format == QLatin1String("pdf")) {
        // Written page by page into the file: a review of any size costs a page of memory.
        if (Status s = formats::saveReviewPdf(e.value(), file, cx.overwrite()); !s)
            return cx.fail(Context::withForceHint(s.error()));
    } else {
        QByteArray data;
        if (format == QLatin1String("csv")) {
            data = formats::reviewCsv(e.value());
        } else {
            Result<QByteArray> book = formats::reviewXlsx(e.value());
            if (!book)
                return cx.fail(book.error());
            data = std::move(book).value();
        }
        if (Status s = cx.writeFile(file, data); !s)
            return cx.fail(s.error());
    }
    cx.out << tr("Wrote %1.").arg(file) << Qt::endl;
    return Done;
}

int verify(Context &cx, Store &store)
{
    if (cx.args.size() != 3)
        return cx.fail(usageLine());
    const Result<formats::ReviewEvidence> e = evidence(store, cx.args.at(1));
    if (!e)
        return cx.fail(e.error());
    QFile file(cx.args.at(2));
    if (!file.open(QIODevice::ReadOnly))
        return cx.fail(tr("%1 cannot be read.").arg(printable(cx.args.at(2))));
    if (Status s = formats::verifyReviewCsvFile(e.value(), file); !s)
        return cx.fail(s.error());
    cx.out << tr("%1 matches access review %2, whose stored records agree with the audit trail (evidence SHA-256 %3).")
                  .arg(printable(cx.args.at(2)), printable(e.value().campaign.name), e.value().campaign.evidenceHash)
           << Qt::endl;
    return Done;
}

int reviewCommand(Context &cx)
{
    const QString action = cx.args.at(0);
    const bool writes
        = action == QLatin1String("start") || action == QLatin1String("decide") || action == QLatin1String("close");
    const bool reads = action == QLatin1String("items") || action == QLatin1String("export")
        || action == QLatin1String("verify") || action == QLatin1String("reviewers");
    if (!writes && !reads)
        return cx.fail(usageLine());
    const bool assigns = action == QLatin1String("reviewers") && cx.isSet(QStringLiteral("reviewer"));
    const bool dryRun = action == QLatin1String("decide") && cx.isSet(QStringLiteral("dry-run"));
    auto store = cx.open((writes && !dryRun) || assigns ? Store::Access::ReadWrite : Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    Store &s = *store.value();
    if (action == QLatin1String("start"))
        return start(cx, s);
    if (action == QLatin1String("items"))
        return items(cx, s);
    if (action == QLatin1String("decide"))
        return decide(cx, s);
    if (action == QLatin1String("reviewers"))
        return reviewers(cx, s);
    if (action == QLatin1String("close"))
        return close(cx, s);
    if (action == QLatin1String("export"))
        return exportReview(cx, s);
    return verify(cx, s);
}

} // namespace

void registerReviewCommands(QList<Command> &commands)
{
    commands += {
        { QStringLiteral("review"),
            QStringLiteral("review start|items|decide|reviewers|close|export|verify NAME … (see review --help)"), 1, 5,
            &reviewCommand },
    };
}

} // namespace rs::cli
