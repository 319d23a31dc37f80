// approval-policy, set-production-client-controlled, requests and request: changes that need a second person.
#include "Cli.h"

#include "domain/ApprovalGate.h"
#include "formats/Csv.h"
#include "formats/RequestPdf.h"
#include "storage/ApprovalStore.h"

#include <QCoreApplication>

namespace rs::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("rs::cli", text, nullptr, n);
}

QString memberList(const Workspace &ws, const QList<Id> &ids)
{
    QStringList names;
    for (Id id : ids) {
        const Member *m = ws.member(id);
        names.append(m ? m->name : QStringLiteral("#%1").arg(id));
    }
    return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
}

int policyShow(Context &cx, const Workspace &ws)
{
    const ApprovalPolicy &p = ws.approvalPolicy();
    QStringList client;
    for (Id id : p.clientControlled) {
        if (const Production *production = ws.production(id))
            client.append(production->name);
    }
    cx.out << tr("Changes that need approval: %1").arg(ApprovalPolicy::changesKey(p.changes)) << Qt::endl
           << tr("Approvals needed: %1").arg(p.approvals) << Qt::endl
           << (p.approvers.isEmpty() ? tr("Approvers: the owner and Admins")
                                     : tr("Approvers: the owner, Admins and %1").arg(memberList(ws, p.approvers)))
           << Qt::endl
           << tr("Approval window: %1 days; apply window: %2 days").arg(p.approvalDays).arg(p.applyDays) << Qt::endl
           << tr("Client-controlled productions: %1")
                  .arg(client.isEmpty() ? tr("none") : client.join(QStringLiteral(", ")))
           << Qt::endl;
    return Done;
}

Result<int> number(const Context &cx, const QString &option, int low, int high)
{
    bool ok = false;
    const int n = cx.value(option).toInt(&ok);
    if (!ok || n < low || n > high)
        return Error::badInput(tr("--%1 takes a number from %2 to %3.").arg(option).arg(low).arg(high));
    return n;
}

int approvalPolicy(Context &cx)
{
    const QString action = cx.args.at(0);
    if (action != QLatin1String("show") && action != QLatin1String("set"))
        return cx.fail(tr("Usage: rolesheet-cli approval-policy show | approval-policy set [--changes "
                          "none|sensitive|all] [--approvals N] [--approver MEMBER]… [--approval-days D] "
                          "[--apply-days D]"));
    auto store = cx.open(action == QLatin1String("show") ? Store::Access::ReadOnly : Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    if (action == QLatin1String("show"))
        return policyShow(cx, ws);
    ApprovalPolicy p = ws.approvalPolicy();
    if (cx.isSet(QStringLiteral("changes"))) {
        const Result<ApprovalPolicy::Changes> c = ApprovalPolicy::parseChanges(cx.value(QStringLiteral("changes")));
        if (!c)
            return cx.fail(c.error());
        p.changes = c.value();
    }
    const std::pair<const char *, int *> numbers[]
        = { { "approvals", &p.approvals }, { "approval-days", &p.approvalDays }, { "apply-days", &p.applyDays } };
    for (const auto &[option, field] : numbers) {
        const QString name = QLatin1String(option);
        if (!cx.isSet(name))
            continue;
        const Result<int> n = number(cx, name, 1, name == QLatin1String("approvals") ? 3 : 365);
        if (!n)
            return cx.fail(n.error());
        *field = n.value();
    }
    if (cx.isSet(QStringLiteral("approver"))) {
        p.approvers.clear();
        for (const QString &name : cx.parser.values(QStringLiteral("approver"))) {
            const auto m = cx.member(ws, name);
            if (!m)
                return cx.fail(m.error());
            if (!p.approvers.contains(m.value()->id))
                p.approvers.append(m.value()->id);
        }
        std::sort(p.approvers.begin(), p.approvers.end());
    }
    Change change = Change::setApprovalPolicy(p);
    if (auto r = store.value()->apply(change); !r)
        return cx.fail(r.error());
    return policyShow(cx, store.value()->workspace());
}

int setClientControlled(Context &cx)
{
    const QString answer = cx.args.at(1).toLower();
    if (answer != QLatin1String("yes") && answer != QLatin1String("no"))
        return cx.fail(tr("Say yes or no: set-production-client-controlled PRODUCTION yes|no"));
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const auto p = cx.production(store.value()->workspace(), cx.args.at(0));
    if (!p)
        return cx.fail(p.error());
    Change change = Change::setClientControlled(p.value()->id, answer == QLatin1String("yes"));
    const QString done = change.describe(store.value()->workspace());
    if (auto r = store.value()->apply(change); !r)
        return cx.fail(r.error());
    cx.out << done << Qt::endl;
    return Done;
}

// "3	Bram	pending	1/2	needed for the show"
QString line(const ApprovalStore &approvals, const Workspace &ws, const approval::Request &r)
{
    const approval::State state = approvals.state(r);
    return QStringLiteral("%1\t%2\t%3%4\t%5/%6\t%7")
        .arg(r.id)
        .arg(r.requesterName, approval::stateKey(state), r.breakGlass ? tr(" (break glass)") : QString())
        .arg(approval::counted(r, ws).size())
        .arg(ws.approvalPolicy().approvals)
        .arg(r.reason);
}

int requests(Context &cx)
{
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    std::optional<approval::State> only;
    if (cx.isSet(QStringLiteral("state"))) {
        const Result<approval::State> s = approval::parseState(cx.value(QStringLiteral("state")));
        if (!s)
            return cx.fail(s.error());
        only = s.value();
    }
    ApprovalStore approvals(*store.value());
    const Result<QList<approval::Request>> all = approvals.requests();
    if (!all)
        return cx.fail(all.error());
    for (const approval::Request &r : all.value()) {
        if (!only || approvals.state(r) == *only)
            cx.out << line(approvals, store.value()->workspace(), r) << Qt::endl;
    }
    return Done;
}

// The members whose own access the request changes.
QList<Id> affected(const Workspace &ws, const approval::Request &r)
{
    QList<Id> ids;
    for (const Member &m : ws.members()) {
        if (approval::touchesAccessOf(ws, r.current().changes, m.id))
            ids.append(m.id);
    }
    return ids;
}

int show(Context &cx, const ApprovalStore &approvals, const Workspace &ws, const approval::Request &r)
{
    const QList<approval::Vote> counted = approval::counted(r, ws);
    cx.out << tr("Request %1: %2, %3 of %4 approvals")
                  .arg(r.id)
                  .arg(approval::stateName(approvals.state(r)))
                  .arg(counted.size())
                  .arg(ws.approvalPolicy().approvals)
           << (r.breakGlass ? tr(" (break glass)") : QString()) << Qt::endl
           << tr("Filed by %1 at %2: %3").arg(r.requesterName, r.filedAt.toString(Qt::ISODate), r.reason) << Qt::endl
           << tr("Made on workspace version %1; SHA-256 %2").arg(r.current().baseVersion).arg(r.current().hash)
           << Qt::endl
           << tr("Changes:") << Qt::endl;
    for (const Change &c : r.current().changes)
        cx.out << "  " << c.describe(ws) << Qt::endl;
    cx.out << tr("Members whose access changes: %1").arg(memberList(ws, affected(ws, r))) << Qt::endl;
    for (const approval::Vote &v : r.votes) {
        bool counts = false;
        for (const approval::Vote &c : counted)
            counts = counts || c.seq == v.seq;
        cx.out << "  "
               << (v.approve ? tr("approved by %1 at %2") : tr("denied by %1 at %2"))
                      .arg(v.name, v.at.toString(Qt::ISODate))
               << (v.approve ? (counts ? tr(" (counts)") : tr(" (does not count)")) : QString())
               << (v.comment.isEmpty() ? QString() : QStringLiteral(": ") + v.comment) << Qt::endl;
    }
    return Done;
}

// The request's evidence as CSV: its facts, changes, members whose access changes, and every vote.
QByteArray evidenceCsv(const formats::RequestEvidence &e, const Workspace &ws)
{
    const approval::Request &r = e.request;
    QList<QStringList> rows;
    rows.append({ QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("by"), QStringLiteral("at"),
        QStringLiteral("counts") });
    rows.append({ QStringLiteral("request"), QString::number(r.id), r.requesterName, r.filedAt.toString(Qt::ISODate),
        QString() });
    rows.append({ QStringLiteral("state"), approval::stateKey(e.state), {}, {}, {} });
    rows.append({ QStringLiteral("reason"), r.reason, {}, {}, {} });
    rows.append(
        { QStringLiteral("break_glass"), r.breakGlass ? QStringLiteral("yes") : QStringLiteral("no"), {}, {}, {} });
    rows.append({ QStringLiteral("base_version"), QString::number(r.current().baseVersion), {}, {}, {} });
    rows.append({ QStringLiteral("sha256"), r.current().hash, {}, {}, {} });
    rows.append({ QStringLiteral("approvals_needed"), QString::number(ws.approvalPolicy().approvals), {}, {}, {} });
    for (const Change &c : r.current().changes)
        rows.append({ QStringLiteral("change"), c.describe(ws), {}, {}, {} });
    for (Id id : affected(ws, r))
        rows.append({ QStringLiteral("member_impact"), memberList(ws, { id }), {}, {}, {} });
    if (e.state != approval::State::Applied || e.appliedImpact) {
        for (const QString &line : formats::requestImpactLines(ws, r, e.state, e.appliedImpact))
            rows.append({ QStringLiteral("access_change"), line, {}, {}, {} });
    }
    const QList<approval::Vote> counted = approval::counted(r, ws);
    for (const approval::Vote &v : r.votes) {
        bool counts = false;
        for (const approval::Vote &c : counted)
            counts = counts || c.seq == v.seq;
        rows.append({ v.approve ? QStringLiteral("approval") : QStringLiteral("denial"), v.comment, v.name,
            v.at.toString(Qt::ISODateWithMs), counts ? QStringLiteral("yes") : QStringLiteral("no") });
    }
    if (r.appliedAt.isValid())
        rows.append({ QStringLiteral("applied"), QString::number(r.appliedVersion), r.appliedBy,
            r.appliedAt.toString(Qt::ISODateWithMs), {} });
    QString text;
    for (const QStringList &row : rows)
        text += formats::csvRecord(row);
    return QByteArray(formats::kUtf8Bom) + text.toUtf8();
}

int requestCommand(Context &cx)
{
    const QString action = cx.args.at(0);
    static const QStringList writes { QStringLiteral("approve"), QStringLiteral("deny"), QStringLiteral("withdraw"),
        QStringLiteral("apply"), QStringLiteral("rebase") };
    const bool reads = action == QLatin1String("show") || action == QLatin1String("export");
    if ((!reads && !writes.contains(action)) || cx.args.size() < 2)
        return cx.fail(tr("Usage: rolesheet-cli request show|approve|deny|withdraw|apply|rebase|export N"));
    bool ok = false;
    const Id id = cx.args.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return cx.fail(tr("%1 is not a request number.").arg(printable(cx.args.at(1))));
    auto store = cx.open(reads ? Store::Access::ReadOnly : Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    ApprovalStore approvals(*store.value());
    const QString comment = cx.value(QStringLiteral("comment"));
    Status s;
    QString done;
    if (action == QLatin1String("approve")) {
        s = approvals.approve(id, comment);
        done = tr("Approved request %1.").arg(id);
    } else if (action == QLatin1String("deny")) {
        s = approvals.deny(id, comment);
        done = tr("Denied request %1.").arg(id);
    } else if (action == QLatin1String("withdraw")) {
        s = approvals.withdraw(id);
        done = tr("Withdrew request %1.").arg(id);
    } else if (action == QLatin1String("apply")) {
        s = approvals.apply(id);
        done = tr("Applied request %1.").arg(id);
    } else if (action == QLatin1String("rebase")) {
        s = approvals.rebase(id);
        done = tr("Request %1 is made again on the workspace as it is now and needs its approvals again.").arg(id);
    } else {
        const Result<approval::Request> r = approvals.request(id);
        if (!r)
            return cx.fail(r.error());
        if (action == QLatin1String("show"))
            return show(cx, approvals, store.value()->workspace(), r.value());
        const QString format = cx.value(QStringLiteral("format"));
        const QString path = cx.isSet(QStringLiteral("o")) ? cx.value(QStringLiteral("o")) : QString();
        if ((format != QLatin1String("csv") && format != QLatin1String("pdf")) || path.isEmpty())
            return cx.fail(tr("Usage: rolesheet-cli request export N --format pdf|csv -o FILE"));
        const Workspace &ws = store.value()->workspace();
        const Result<std::optional<QJsonArray>> impact = approvals.appliedImpact(r.value());
        if (!impact)
            return cx.fail(impact.error());
        const formats::RequestEvidence evidence { ws.name(), r.value(), approvals.state(r.value()), impact.value() };
        if (format == QLatin1String("pdf")) {
            if (Status w = formats::saveRequestPdf(evidence, ws, path, cx.overwrite()); !w)
                return cx.fail(Context::withForceHint(w.error()));
        } else if (Status w = cx.writeFile(path, evidenceCsv(evidence, ws)); !w) {
            return cx.fail(w.error());
        }
        cx.out << tr("Wrote the evidence of request %1 to %2.").arg(id).arg(path) << Qt::endl;
        return Done;
    }
    if (!s)
        return cx.fail(s.error());
    cx.out << done << Qt::endl;
    return Done;
}

} // namespace

void registerApprovalCommands(QList<Command> &commands)
{
    commands += {
        { QStringLiteral("approval-policy"),
            QStringLiteral("approval-policy show | approval-policy set [--changes none|sensitive|all] [--approvals N] "
                           "[--approver MEMBER]… [--approval-days D] [--apply-days D]"),
            1, 1, &approvalPolicy },
        { QStringLiteral("set-production-client-controlled"),
            QStringLiteral("set-production-client-controlled PRODUCTION yes|no"), 2, 2, &setClientControlled },
        { QStringLiteral("requests"), QStringLiteral("requests [--state STATE]"), 0, 0, &requests },
        { QStringLiteral("request"),
            QStringLiteral("request show|approve|deny|withdraw|apply|rebase N [--comment TEXT] | request export N "
                           "--format pdf|csv -o FILE"),
            2, 2, &requestCommand },
    };
}

} // namespace rs::cli
