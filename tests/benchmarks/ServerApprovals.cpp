#include "ServerApprovals.h"

#include "DelayProxy.h"
#include "MainWindow.h"
#include "StallWatchdog.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace rs::bench {

namespace {

constexpr int kWaitMs = 120000;
const char kApprover[] = "rs_bench_approver";
const char kPassword[] = "rs-bench-approver-pw";

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

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

// The approver's login, created through the fixture's private socket (trusted for set-up), with the rights the
// program's own login has on the bench's database.
bool createApprover(const QString &pgState, const QUrl &server, const QString &database)
{
    const QString name = QStringLiteral("bench-approver-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(readFile(pgState + QStringLiteral("/dir")) + QStringLiteral("/socket"));
        db.setPort(server.port());
        db.setUserName(QStringLiteral("rolesheet_admin"));
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery q(db);
            const QString login = QLatin1String(kApprover);
            q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, QLatin1String(kPassword)));
            ok = q.exec(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(login, QLatin1String(kPassword)))
                && q.exec(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, login))
                && q.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(login))
                && q.exec(QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(login));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Writes straight to the server on a thread of its own, as another program would; false when refused.
bool writeDirect(const QString &address, QList<Change> changes)
{
    bool ok = false;
    QThread *other = QThread::create([&]() {
        Result<std::unique_ptr<Store>> store = Store::open(address);
        ok = store && store.value()->applyAll(changes).ok();
    });
    other->start();
    waitFor([&]() { return other->isFinished(); });
    delete other;
    return ok;
}

// Takes one approval step on `document` and waits for its answer; the step's round trips, time and stall.
struct Figure
{
    int turns = 0;
    double ms = 0;
    Stall stall;
};

} // namespace

int runApprovalFigures(
    MainWindow &window, DelayProxy &proxy, const QString &direct, const QString &slow, const QString &pgState)
{
    QTextStream out(stdout);
    Document *document = window.document();
    const QUrl server(direct);
    const QString login = server.userName();
    if (!createApprover(pgState, server, server.path().mid(1))) {
        out << "approvals: the approver's login cannot be created through the fixture's socket" << Qt::endl;
        return 2;
    }
    // Its password where libpq looks, for the proxy's port too.
    const QString passFile = qEnvironmentVariable("PGPASSFILE");
    {
        QFile file(passFile);
        if (!file.open(QIODevice::Append))
            return 2;
        file.write(QByteArray("\n*:*:*:") + kApprover + ":" + kPassword + "\n");
    }

    // The requester is the member named as the program's login, the approver an Admin named as the other login;
    // then a sensitive policy that asks for one approval. Written by another program: the window reads them.
    const Workspace &ws = document->stored();
    QList<Change> setUp;
    if (!ws.findMember(login))
        setUp.append(Change::addMember(login));
    setUp.append(Change::addMember(QLatin1String(kApprover), ws.builtInRole(BuiltIn::Admin)));
    ApprovalPolicy policy;
    policy.changes = ApprovalPolicy::Changes::Sensitive;
    setUp.append(Change::setApprovalPolicy(policy));
    const qint64 before = document->version();
    if (!writeDirect(direct, setUp)
        || !waitFor([&]() { return document->version() > before && !document->isBusy(); })) {
        out << "approvals: the policy and members could not be set up" << Qt::endl;
        return 2;
    }
    // The gated change: a member who is neither of the two becomes an Admin.
    Id promoted = 0;
    for (const Member &m : document->stored().members()) {
        if (m.name != login && m.name != QLatin1String(kApprover) && m.id != document->stored().owner()
            && m.accountRole != document->stored().builtInRole(BuiltIn::Admin)) {
            promoted = m.id;
            break;
        }
    }
    const Change gated = Change::setAccountRole(promoted, document->stored().builtInRole(BuiltIn::Admin));

    // The approver's own document, through the same proxy, as another editor.
    Document approver;
    QUrl approverUrl(slow);
    approverUrl.setUserName(QLatin1String(kApprover));
    approver.open(approverUrl.toString());
    if (Status opened = approver.waitForFinished(); !opened || !approver.isOpen()) {
        out << "approvals: the approver's editor did not open: "
            << (opened ? QStringLiteral("not open") : opened.error().message) << Qt::endl;
        return 2;
    }

    StallWatchdog watchdog;
    QElapsedTimer t;
    const auto step
        = [&](Document &on, const ApprovalAsk &ask, const std::function<bool()> &shown, Figure &figure) -> Status {
        waitForQuiet(proxy);
        const int turns = proxy.turns();
        watchdog.start();
        t.start();
        std::optional<ApprovalAnswer> answer;
        quint64 ticket = 0;
        const QMetaObject::Connection c
            = QObject::connect(&on, &Document::approvalStepped, &on, [&](const ApprovalAnswer &a) {
                  if (a.ticket == ticket)
                      answer = a;
              });
        ticket = on.approvalStep(ask);
        const bool done = waitFor([&]() { return answer.has_value() && (!answer->status || shown()); });
        figure.ms = double(t.nsecsElapsed()) / 1e6;
        figure.stall = watchdog.stop();
        figure.turns = proxy.turns() - turns;
        QObject::disconnect(c);
        if (!done)
            return Error::badInput(QStringLiteral("no answer within %1 s").arg(kWaitMs / 1000));
        return answer->status;
    };

    Figure submit;
    Figure approve;
    Figure apply;
    ApprovalAsk ask;
    ask.step = ApprovalStep::Submit;
    ask.text = QStringLiteral("season start");
    ask.changes = { gated };
    Id request = 0;
    if (Status s = step(
            *document, ask, [] { return true; }, submit);
        !s) {
        out << "approvals: submitting failed: " << s.error().message << Qt::endl;
        return 2;
    }
    // The request's number: the newest the approver's document lists.
    std::optional<ApprovalListing> listing;
    const quint64 read = approver.readApprovals();
    QObject::connect(&approver, &Document::approvalsRead, &approver, [&](quint64 ticket, const ApprovalListing &l) {
        if (ticket == read)
            listing = l;
    });
    if (!waitFor([&]() { return listing.has_value(); }) || listing->requests.isEmpty()) {
        out << "approvals: the approver's editor lists no request" << Qt::endl;
        return 2;
    }
    request = listing->requests.constLast().id;
    ApprovalAsk vote;
    vote.step = ApprovalStep::Approve;
    vote.request = request;
    vote.text = QStringLiteral("agreed");
    vote.hash = listing->requests.constLast().current().hash;
    if (Status s = step(
            approver, vote, [] { return true; }, approve);
        !s) {
        out << "approvals: approving failed: " << s.error().message << Qt::endl;
        return 2;
    }
    ApprovalAsk applyAsk;
    applyAsk.step = ApprovalStep::Apply;
    applyAsk.request = request;
    const Id admin = document->stored().builtInRole(BuiltIn::Admin);
    const auto applied = [&]() {
        return !document->isBusy() && document->stored().member(promoted)
            && document->stored().member(promoted)->accountRole == admin;
    };
    if (Status s = step(*document, applyAsk, applied, apply); !s) {
        out << "approvals: applying failed: " << s.error().message << Qt::endl;
        return 2;
    }
    out << "Approval requests through the same proxy (the window files and applies, a second editor as another "
           "login approves):"
        << Qt::endl;
    const auto print = [&](const char *what, const Figure &f, const char *until) {
        out << QStringLiteral("  %1: %2 round trips, %3 ms %4; longest UI-thread stall %5 (goal ≤ 50 ms)")
                   .arg(QLatin1String(what))
                   .arg(f.turns)
                   .arg(f.ms, 0, 'f', 0)
                   .arg(QLatin1String(until))
                   .arg(describe(f.stall))
            << Qt::endl;
    };
    print("submit a request", submit, "(ask to answer)");
    print("approve it as another login", approve, "(ask to answer)");
    print("apply it", apply, "(ask to the workspace read again with the change)");
    return 0;
}

} // namespace rs::bench
