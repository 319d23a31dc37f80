// Access review campaigns in a workspace's database: closing revokes exactly what was decided, access that changed
// meanwhile is flagged and left alone, undecided items block closing, reviewers deciding at once keep their
// decisions, delta mode follows the last closed campaign, and an edited evidence file is caught. The review rows
// cannot be changed or removed, a row added by hand is found against the audit trail, and only a campaign's
// reviewers decide, never on their own access.
//
// The reviewer acting here is a member without access: on SQLite "Rev" (the store's actor, as --as names it), on
// PostgreSQL the member named as the fixture's database login.
#include "StoreTestSupport.h"

#include "domain/Access.h"
#include "domain/Dates.h"
#include "storage/ReviewSeal.h"
#include "storage/ReviewStore.h"
#include "storage/Schema.h"

#include <QProcess>
#include <QSqlRecord>

#include <memory>

using namespace rs;
using st::s;

class TestReviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void revokeRemovesExactlyThatAccess();
    void changedAccessIsFlaggedNotApplied();
    void undecidedItemsBlockClose();
    void endDateClosesIntoAccessEndingThatDay();
    void refusedRevokeChangesNothing();
    void reviewersDecidingAtOnceKeepBoth();
    void deltaListsExactlyWhatChanged();
    void verifyFailsOnEditedCsv();
    void reviewRowsCannotBeChanged();
    void forgedDecisionRowIsRefusedByVerify();
    void onlyReviewersDecideAndNotTheirOwnAccess();
    void changeOfMindKeepsEveryDecision();
    void ownerReassignsReviewersAudited();
    void migrationCarriesReviewsOver();
    void commentsFollowTheRuleForTexts();

private:
    static QString me() { return st::postgres() ? QUrl(st::fixtureUrl()).userName() : s("Rev"); }
    std::unique_ptr<Store> open()
    {
        auto store = Store::open(m_location, Store::Access::ReadWrite);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        store.value()->setActor(me());
        return std::move(store.value());
    }
    static Id idOf(const Store &store, const QString &member) { return store.workspace().findMember(member)->id; }
    // A studio campaign reviewed by the acting member.
    static CampaignStart studio(const Store &store, const char *name)
    {
        return { s(name), review::Scope::studio(), QDate(), { idOf(store, me()) }, false };
    }
    // Closes a campaign with every item kept.
    static void keepAndClose(ReviewStore &reviews, const Campaign &c)
    {
        decideAll(reviews, c, review::Decision::Kind::Keep);
        const Result<ClosePlan> plan = reviews.planClose(c.name);
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().message));
        const Result<Campaign> closed = reviews.close(plan.value());
        QVERIFY2(closed.ok(), qPrintable(closed ? QString() : closed.error().message));
    }
    // The stored campaign checked against the audit trail.
    static Status sealCheck(Store &store, const QString &name)
    {
        ReviewStore reviews(store);
        const Campaign c = reviews.campaign(name).value();
        return reviewseal::check(store, c, reviews.items(c).value());
    }
    // The item number of a member's seat in a production (0 for the account role).
    static int itemOf(const QList<CampaignItem> &items, const QString &member, const QString &production)
    {
        for (const CampaignItem &ci : items) {
            if (ci.item.memberName == member && ci.item.productionName == production)
                return ci.item.number;
        }
        return -1;
    }
    static void decideAll(ReviewStore &reviews, const Campaign &c, review::Decision::Kind kind)
    {
        for (int i = 1; i <= c.itemCount; ++i) {
            review::Decision d;
            d.kind = kind;
            const Status done = reviews.decide(c.name, i, d);
            QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
        }
    }

    st::Locations m_locations;
    QString m_location;
};

void TestReviews::init()
{
    m_location = m_locations.next();
    Workspace ws = DefaultWorkspace::create(s("Ann"), s("Studio"));
    const Id create = ws.builtInRole(BuiltIn::CreateProductions);
    // The acting reviewer holds no access, so every campaign's items stay those of the five below.
    Change reviewer = Change::addMember(me());
    QVERIFY(ws.apply(reviewer).ok());
    for (const char *name : { "Bram", "Cato", "Dirk", "Eva" }) {
        Change add = Change::addMember(s(name), qstrcmp(name, "Bram") == 0 ? create : 0);
        QVERIFY(ws.apply(add).ok());
    }
    Change production = Change::createProduction(s("Spring"), ws.findMember(s("Bram"))->id);
    QVERIFY(ws.apply(production).ok());
    const Id spring = ws.findProduction(s("Spring"))->id;
    for (const char *name : { "Cato", "Dirk", "Eva" }) {
        Change invite = Change::invite(spring, ws.findMember(s(name))->id);
        QVERIFY(ws.apply(invite).ok());
    }
    QVERIFY(Store::create(m_location, ws).ok());
}

void TestReviews::revokeRemovesExactlyThatAccess()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Result<Campaign> c = reviews.start(studio(*store, "Q1"));
    QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().message + QLatin1Char(' ') + c.error().detail));
    const Workspace before = store->workspace();
    const QList<review::Item> frozen = review::freezeItems(before, review::Scope::studio());
    QCOMPARE(c.value().itemCount, int(frozen.size()));
    QCOMPARE(c.value().itemsHash, review::itemsHash(frozen));
    const QList<CampaignItem> items = reviews.items(c.value()).value();
    const int cato = itemOf(items, s("Cato"), s("Spring"));
    QVERIFY(cato > 0);
    decideAll(reviews, c.value(), review::Decision::Kind::Keep);
    review::Decision revoke;
    revoke.kind = review::Decision::Kind::Revoke;
    revoke.comment = s("left the studio");
    QVERIFY(reviews.decide(s("Q1"), cato, revoke).ok());
    const qint64 versionBefore = store->version();
    const Result<ClosePlan> plan = reviews.planClose(s("Q1"));
    QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan.value().changes.size(), 1);
    const Result<Campaign> closed = reviews.close(plan.value());
    QVERIFY2(closed.ok(), qPrintable(closed ? QString() : closed.error().message));
    QVERIFY(closed.value().isClosed());
    QCOMPARE(closed.value().appliedVersion, versionBefore + 1);

    // Read back by another store: the seat is gone, every other member keeps every level they had.
    auto fresh = open();
    const Workspace &after = fresh->workspace();
    const Id spring = after.findProduction(s("Spring"))->id;
    const Id catoId = after.findMember(s("Cato"))->id;
    QVERIFY(!after.seats().contains(SeatKey { spring, catoId }));
    QCOMPARE(after.seats().size(), before.seats().size() - 1);
    for (const Member &m : after.members()) {
        for (const Feature &f : after.features()) {
            const Levels was = effectiveAccess(before, m.id, spring, f.id).levels;
            const Levels now = effectiveAccess(after, m.id, spring, f.id).levels;
            if (m.id == catoId && f.scope == Scope::Production)
                QVERIFY(now.isNone());
            else
                QCOMPARE(now, was);
        }
    }
    QList<review::Item> expected = frozen;
    expected.removeAt(cato - 1);
    QList<review::Item> remaining = review::freezeItems(after, review::Scope::studio());
    QCOMPARE(review::changedSince(remaining, expected).size(), 0);
    QCOMPARE(remaining.size(), expected.size());
    // Audited: start, every decision, the revoke itself and the close; the chain stays whole.
    const Result<AuditChain> chain = fresh->verifyAudit();
    QVERIFY(chain.ok() && chain.value().whole());
    const QList<AuditEntry> audit = fresh->audit().value();
    QVERIFY(audit.last().summary.contains(s("Closed access review")));
    QCOMPARE(audit.last().version, closed.value().appliedVersion);
    // The decision keeps its comment and who decided.
    const QList<CampaignItem> done = ReviewStore(*fresh).items(closed.value()).value();
    QCOMPARE(done.at(cato - 1).decision.comment, s("left the studio"));
    QCOMPARE(done.at(cato - 1).decision.outcome, s("applied"));
    QCOMPARE(done.at(cato - 1).decision.decidedBy, me());
    QCOMPARE(done.at(cato - 1).decision.member, idOf(*fresh, me()));
    QCOMPARE(done.at(cato - 1).history.size(), 2); // kept first, then revoked
    QVERIFY(sealCheck(*fresh, s("Q1")).ok());
    // A closed campaign takes no more decisions.
    const Status late = reviews.decide(s("Q1"), 1, revoke);
    QVERIFY(!late.ok());
    QVERIFY(late.error().message.contains(s("closed")));
}

void TestReviews::changedAccessIsFlaggedNotApplied()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c = reviews.start(studio(*store, "Q2")).value();
    const QList<CampaignItem> items = reviews.items(c).value();
    const int dirk = itemOf(items, s("Dirk"), s("Spring"));
    decideAll(reviews, c, review::Decision::Kind::Keep);
    review::Decision revoke;
    revoke.kind = review::Decision::Kind::Revoke;
    QVERIFY(reviews.decide(s("Q2"), dirk, revoke).ok());
    // Meanwhile another editor makes Dirk production administrator of Spring.
    {
        auto other = open();
        const Workspace &ws = other->workspace();
        const Id spring = ws.findProduction(s("Spring"))->id;
        Change promote = Change::invite(spring, ws.findMember(s("Dirk"))->id, ws.builtInRole(BuiltIn::ProductionAdmin));
        const Result<Touched> done = other->apply(promote);
        QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
    }
    store->reload().ok();
    const QList<CampaignItem> now = reviews.items(c).value();
    QVERIFY(now.at(dirk - 1).changed);
    QCOMPARE(std::count_if(now.begin(), now.end(), [](const CampaignItem &ci) { return ci.changed; }), 1);
    const Result<ClosePlan> plan = reviews.planClose(s("Q2"));
    QVERIFY(plan.ok());
    QVERIFY(plan.value().changes.isEmpty());
    QCOMPARE(plan.value().changedItems, QList<int> { dirk });
    const Result<Campaign> closed = reviews.close(plan.value());
    QVERIFY(closed.ok());
    auto fresh = open();
    const Workspace &ws = fresh->workspace();
    const Id spring = ws.findProduction(s("Spring"))->id;
    QCOMPARE(
        ws.seats().value(SeatKey { spring, ws.findMember(s("Dirk"))->id }), ws.builtInRole(BuiltIn::ProductionAdmin));
    QCOMPARE(ReviewStore(*fresh).items(closed.value()).value().at(dirk - 1).decision.outcome, s("changed"));
}

void TestReviews::undecidedItemsBlockClose()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c = reviews.start(studio(*store, "Q3")).value();
    review::Decision keep;
    keep.kind = review::Decision::Kind::Keep;
    QVERIFY(reviews.decide(s("Q3"), 1, keep).ok());
    const qint64 version = store->version();
    const Result<ClosePlan> plan = reviews.planClose(s("Q3"));
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(QStringLiteral("%1 items are undecided").arg(c.itemCount - 1)),
        qPrintable(plan.error().message));
    QVERIFY(!reviews.campaign(s("Q3")).value().isClosed());
    QCOMPARE(store->currentVersion().value(), version);
}

void TestReviews::endDateClosesIntoAccessEndingThatDay()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c = reviews.start(studio(*store, "Q5")).value();
    decideAll(reviews, c, review::Decision::Kind::Keep);
    const int dirk = itemOf(reviews.items(c).value(), s("Dirk"), s("Spring"));
    review::Decision end;
    end.kind = review::Decision::Kind::EndOn;
    end.endDate = QDate::currentDate().addDays(30);
    QVERIFY(reviews.decide(s("Q5"), dirk, end).ok());
    const Result<ClosePlan> plan = reviews.planClose(s("Q5"));
    QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan.value().changes.size(), 1);
    QVERIFY(reviews.close(plan.value()).ok());
    auto fresh = open();
    const Workspace &ws = fresh->workspace();
    const SeatKey seat { ws.findProduction(s("Spring"))->id, ws.findMember(s("Dirk"))->id };
    // The seat stays, and ends at the last instant of that day in the workspace's time zone; nothing else ends.
    QVERIFY(ws.seats().contains(seat));
    QCOMPARE(ws.seatTerm(seat).until, dates::endOfDay(end.endDate, ws.timeZone()));
    QCOMPARE(ws.seatTerms().size(), 1);
    // A review started now sees the end date on the item.
    const Campaign next = ReviewStore(*fresh).start(studio(*fresh, "Q6")).value();
    const QList<CampaignItem> items = ReviewStore(*fresh).items(next).value();
    QCOMPARE(items.at(itemOf(items, s("Dirk"), s("Spring")) - 1).item.ends, dates::iso(ws.seatTerm(seat).until));
}

void TestReviews::refusedRevokeChangesNothing()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c = reviews.start(studio(*store, "Q4")).value();
    decideAll(reviews, c, review::Decision::Kind::Keep);
    // Item 1 is Ann's account role: the owner cannot lose it.
    QCOMPARE(reviews.items(c).value().first().item.memberName, s("Ann"));
    review::Decision revoke;
    revoke.kind = review::Decision::Kind::Revoke;
    QVERIFY(reviews.decide(s("Q4"), 1, revoke).ok());
    const int cato = itemOf(reviews.items(c).value(), s("Cato"), s("Spring"));
    QVERIFY(reviews.decide(s("Q4"), cato, revoke).ok());
    const qint64 version = store->currentVersion().value();
    const Result<ClosePlan> plan = reviews.planClose(s("Q4"));
    QVERIFY(plan.ok());
    const Result<Campaign> closed = reviews.close(plan.value());
    QVERIFY(!closed.ok());
    auto fresh = open();
    QCOMPARE(fresh->version(), version);
    QVERIFY(!ReviewStore(*fresh).campaign(s("Q4")).value().isClosed());
    const Workspace &ws = fresh->workspace();
    QVERIFY(ws.seats().contains(SeatKey { ws.findProduction(s("Spring"))->id, ws.findMember(s("Cato"))->id }));
}

void TestReviews::reviewersDecidingAtOnceKeepBoth()
{
    {
        auto store = open();
        QVERIFY(ReviewStore(*store).start(studio(*store, "Q5")).ok());
    }
    const int count = ReviewStore(*open()).campaign(s("Q5")).value().itemCount;
    // Every item decided by its own process, all at once.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 1; i <= count; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(st::cliPath(),
            { s("--db"), m_location, s("--as"), me(), s("review"), s("decide"), s("Q5"), QString::number(i),
                i % 2 ? s("keep") : s("revoke"), s("--comment"), QStringLiteral("reviewer %1").arg(i) });
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    auto store = open();
    ReviewStore reviews(*store);
    const QList<CampaignItem> items = reviews.items(reviews.campaign(s("Q5")).value()).value();
    QCOMPARE(items.size(), count);
    for (const CampaignItem &ci : items) {
        QCOMPARE(ci.decision.kind, ci.item.number % 2 ? review::Decision::Kind::Keep : review::Decision::Kind::Revoke);
        QCOMPARE(ci.decision.comment, QStringLiteral("reviewer %1").arg(ci.item.number));
    }
    const Result<AuditChain> chain = store->verifyAudit();
    QVERIFY(chain.ok() && chain.value().whole());
}

void TestReviews::deltaListsExactlyWhatChanged()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Result<Campaign> early
        = reviews.start({ s("D0"), review::Scope::studio(), QDate(), { idOf(*store, me()) }, true });
    QVERIFY(!early.ok()); // nothing closed to follow yet
    const Campaign c = reviews.start(studio(*store, "D1")).value();
    decideAll(reviews, c, review::Decision::Kind::Keep);
    const int eva = itemOf(reviews.items(c).value(), s("Eva"), s("Spring"));
    review::Decision revoke;
    revoke.kind = review::Decision::Kind::Revoke;
    QVERIFY(reviews.decide(s("D1"), eva, revoke).ok());
    QVERIFY(reviews.close(reviews.planClose(s("D1")).value()).ok());
    // After the close: Dirk gets an account role, Cato becomes production administrator.
    const Workspace &ws = store->workspace();
    const Id spring = ws.findProduction(s("Spring"))->id;
    QList<Change> changes { Change::setAccountRole(
                                ws.findMember(s("Dirk"))->id, ws.builtInRole(BuiltIn::CreateProductions)),
        Change::invite(spring, ws.findMember(s("Cato"))->id, ws.builtInRole(BuiltIn::ProductionAdmin)) };
    QVERIFY(store->applyAll(changes).ok());
    const Result<Campaign> delta
        = reviews.start({ s("D2"), review::Scope::studio(), QDate(), { idOf(*store, me()) }, true });
    QVERIFY2(delta.ok(), qPrintable(delta ? QString() : delta.error().message));
    QVERIFY(delta.value().delta);
    QCOMPARE(delta.value().followsName, s("D1"));
    QStringList listed;
    const QList<CampaignItem> deltaItems = reviews.items(delta.value()).value();
    for (const CampaignItem &ci : deltaItems)
        listed.append(QStringLiteral("%1 %2 %3").arg(ci.item.memberName, ci.item.productionName, ci.item.roleName));
    listed.sort();
    // Dirk's new account role and Cato's new seat role; Eva's revoked seat and everything kept are not listed.
    const QStringList expected { s("Cato Spring Production administrator"), s("Dirk  Create productions") };
    QCOMPARE(listed, expected);
}

void TestReviews::verifyFailsOnEditedCsv()
{
    const auto cli = [this](const QStringList &args) { return st::runCli(m_location, args); };
    QCOMPARE(cli({ s("review"), s("start"), s("Q6"), s("--production"), s("Spring"), s("--reviewer"), me() }).code, 0);
    const QStringList lines
        = cli({ s("review"), s("items"), s("Q6"), s("--undecided") }).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    const st::CliRun blocked = cli({ s("review"), s("close"), s("Q6") });
    QCOMPARE(blocked.code, 2);
    QVERIFY2(blocked.err.contains(QStringLiteral("%1 items are undecided").arg(lines.size())), qPrintable(blocked.err));
    for (const QString &line : lines)
        QCOMPARE(cli({ s("--as"), me(), s("review"), s("decide"), s("Q6"), line.section(QLatin1Char('\t'), 0, 0),
                         s("keep") })
                     .code,
            0);
    QCOMPARE(cli({ s("review"), s("items"), s("Q6"), s("--undecided") }).out, QString());
    QCOMPARE(cli({ s("review"), s("close"), s("Q6") }).code, 0);
    QTemporaryDir dir;
    const QString csv = dir.filePath(s("q6.csv"));
    QCOMPARE(cli({ s("review"), s("export"), s("Q6"), s("--format"), s("csv"), s("-o"), csv }).code, 0);
    const st::CliRun good = cli({ s("review"), s("verify"), s("Q6"), csv });
    QVERIFY2(good.code == 0, qPrintable(good.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    file.close();
    QVERIFY(data.contains(",keep,"));
    data.replace(data.lastIndexOf(",keep,"), 6, ",revoke,");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
    file.close();
    const st::CliRun bad = cli({ s("review"), s("verify"), s("Q6"), csv });
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(s("does not match")), qPrintable(bad.err));
    const QString pdf = dir.filePath(s("q6.pdf"));
    QCOMPARE(cli({ s("review"), s("export"), s("Q6"), s("--format"), s("pdf"), s("-o"), pdf }).code, 0);
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("%PDF"));
}

void TestReviews::reviewRowsCannotBeChanged()
{
    {
        auto store = open();
        ReviewStore reviews(*store);
        keepAndClose(reviews, reviews.start(studio(*store, "R1")).value());
    }
    {
        // The application's own connection (on PostgreSQL its login, which owns the tables), by hand.
        QSqlDatabase db = st::Locations::rawConnection(s("forger"), m_location);
        QSqlQuery q(db);
        QStringList statements { s("UPDATE review_decisions SET decision = 'revoke', comment = 'forged'"),
            s("DELETE FROM review_decisions"), s("UPDATE review_items SET member_name = 'Zed'"),
            s("DELETE FROM review_items"), s("UPDATE review_outcomes SET outcome = 'kept'"),
            s("DELETE FROM review_outcomes"), s("UPDATE review_closings SET closed_at = ''"),
            s("DELETE FROM review_closings"), s("UPDATE review_campaigns SET closed_at = '', items_hash = ''"),
            s("DELETE FROM review_campaigns"), s("UPDATE review_reviewers SET member_id = 1"),
            s("DELETE FROM review_reviewers") };
        if (st::postgres()) {
            for (const char *table : { "review_campaigns", "review_reviewers", "review_items", "review_decisions",
                     "review_outcomes", "review_closings" })
                statements.append(QStringLiteral("TRUNCATE %1 CASCADE").arg(QLatin1String(table)));
        }
        for (const QString &sql : statements)
            QVERIFY2(!q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("forger"));
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c = reviews.campaign(s("R1")).value();
    QVERIFY(c.isClosed());
    QCOMPARE(reviews.items(c).value().size(), c.itemCount);
    QVERIFY(sealCheck(*store, s("R1")).ok());
}

void TestReviews::forgedDecisionRowIsRefusedByVerify()
{
    int dirk = 0;
    {
        auto store = open();
        ReviewStore reviews(*store);
        const Campaign c = reviews.start(studio(*store, "R2")).value();
        dirk = itemOf(reviews.items(c).value(), s("Dirk"), s("Spring"));
        keepAndClose(reviews, c);
        QVERIFY(sealCheck(*store, s("R2")).ok());
    }
    {
        // Inserting is what the application itself does; a row inserted by hand has no record in the audit trail.
        QSqlDatabase db = st::Locations::rawConnection(s("forger"), m_location);
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO review_decisions (campaign_id, item, decision, end_date, comment, "
                                       "decided_by, member_id, actor, decided_at) SELECT campaign_id, item, 'revoke', "
                                       "'', 'forged', decided_by, member_id, actor, decided_at FROM review_decisions "
                                       "WHERE item = %1")
                            .arg(dirk)),
            qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("forger"));
    auto store = open();
    ReviewStore reviews(*store);
    // The workspace's digest in the audit trail does not account for the row either.
    const AuditChain chain = store->verifyAudit().value();
    QVERIFY(!chain.whole());
    QVERIFY2(chain.problem.startsWith(s("Table review_decisions, row seq ")), qPrintable(chain.problem));
    QVERIFY2(chain.problem.contains(s("was added outside the program")), qPrintable(chain.problem));
    const Campaign c = reviews.campaign(s("R2")).value();
    QCOMPARE(reviews.items(c).value().at(dirk - 1).decision.comment, s("forged"));
    const Status checked = sealCheck(*store, s("R2"));
    QVERIFY(!checked.ok());
    // Refused first because the workspace's digest does not account for the row.
    QVERIFY2(
        checked.error().message.contains(s("Table review_decisions, row seq ")), qPrintable(checked.error().message));
    QVERIFY(!checked.error().message.contains(QLatin1Char('\n')));
    // rolesheet-cli refuses to verify, and to export, the forged campaign.
    QTemporaryDir dir;
    const st::CliRun verify = st::runCli(m_location, { s("review"), s("verify"), s("R2"), dir.filePath(s("any.csv")) });
    QCOMPARE(verify.code, 2);
    QVERIFY2(verify.err.contains(s("audit trail")), qPrintable(verify.err));
    const st::CliRun exported = st::runCli(
        m_location, { s("review"), s("export"), s("R2"), s("--format"), s("csv"), s("-o"), dir.filePath(s("r2.csv")) });
    QCOMPARE(exported.code, 2);
}

void TestReviews::onlyReviewersDecideAndNotTheirOwnAccess()
{
    auto store = open();
    {
        // The acting member gets a seat, so that the campaigns below hold an item of their own access.
        const Workspace &ws = store->workspace();
        Change invite = Change::invite(ws.findProduction(s("Spring"))->id, idOf(*store, me()));
        QVERIFY(store->apply(invite).ok());
    }
    ReviewStore reviews(*store);
    review::Decision keep;
    keep.kind = review::Decision::Kind::Keep;
    const Campaign other
        = reviews.start({ s("R3"), review::Scope::studio(), QDate(), { idOf(*store, s("Bram")) }, false }).value();
    const QList<CampaignItem> otherItems = reviews.items(other).value();
    const Status stranger = reviews.decide(s("R3"), itemOf(otherItems, s("Cato"), s("Spring")), keep);
    QVERIFY(!stranger.ok());
    QVERIFY2(stranger.error().message.contains(s("is not a reviewer")), qPrintable(stranger.error().message));
    const Campaign mine = reviews.start(studio(*store, "R4")).value();
    const QList<CampaignItem> items = reviews.items(mine).value();
    const int own = itemOf(items, me(), s("Spring"));
    QVERIFY(own > 0);
    const Status self = reviews.decide(s("R4"), own, keep);
    QVERIFY(!self.ok());
    QVERIFY2(self.error().message.contains(s("their own access")), qPrintable(self.error().message));
    const int cato = itemOf(items, s("Cato"), s("Spring"));
    QVERIFY(reviews.decide(s("R4"), cato, keep).ok());
    const QList<CampaignItem> after = reviews.items(mine).value();
    QCOMPARE(after.at(own - 1).decision.kind, review::Decision::Kind::None);
    QCOMPARE(after.at(cato - 1).decision.decidedBy, me());
    QCOMPARE(std::count_if(after.begin(), after.end(),
                 [](const CampaignItem &ci) { return ci.decision.kind != review::Decision::Kind::None; }),
        1);
    QVERIFY(reviews.items(other).value().at(itemOf(otherItems, s("Cato"), s("Spring")) - 1).history.isEmpty());
}

void TestReviews::changeOfMindKeepsEveryDecision()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c = reviews.start(studio(*store, "R5")).value();
    const int eva = itemOf(reviews.items(c).value(), s("Eva"), s("Spring"));
    review::Decision revoke;
    revoke.kind = review::Decision::Kind::Revoke;
    revoke.comment = s("first thought");
    QVERIFY(reviews.decide(s("R5"), eva, revoke).ok());
    review::Decision keep;
    keep.kind = review::Decision::Kind::Keep;
    keep.comment = s("she stays");
    QVERIFY(reviews.decide(s("R5"), eva, keep).ok());
    const CampaignItem item = reviews.items(c).value().at(eva - 1);
    QCOMPARE(item.history.size(), 2);
    QCOMPARE(item.history.first().kind, review::Decision::Kind::Revoke);
    QCOMPARE(item.history.first().comment, s("first thought"));
    QVERIFY(item.history.first().seq < item.history.last().seq);
    QCOMPARE(item.decision.kind, review::Decision::Kind::Keep); // the last one counts
    keepAndClose(reviews, c);
    // Kept means kept: closing did not revoke Eva's seat, and both rows are in the evidence.
    const Workspace &ws = store->workspace();
    QVERIFY(ws.seats().contains(SeatKey { ws.findProduction(s("Spring"))->id, idOf(*store, s("Eva")) }));
    const Campaign closed = reviews.campaign(s("R5")).value();
    const CampaignItem sealed = reviews.items(closed).value().at(eva - 1);
    QCOMPARE(sealed.history.size(), 3); // keepAndClose kept it once more
    QCOMPARE(sealed.decision.outcome, s("kept"));
    QVERIFY(!closed.evidenceHash.isEmpty());
    QVERIFY(sealCheck(*store, s("R5")).ok());
}

void TestReviews::ownerReassignsReviewersAudited()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c = reviews.start(studio(*store, "R6")).value();
    const Id bram = idOf(*store, s("Bram"));
    const Id cato = idOf(*store, s("Cato"));
    // The acting member reviews, but does not own the workspace.
    const Status refused = reviews.setReviewers(s("R6"), { bram });
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(s("owner")), qPrintable(refused.error().message));
    Change transfer = Change::transferOwnership(idOf(*store, me()));
    QVERIFY(store->apply(transfer).ok());
    const qint64 before = store->audit().value().size();
    const Status set = reviews.setReviewers(s("R6"), { bram, cato });
    QVERIFY2(set.ok(), qPrintable(set ? QString() : set.error().message));
    const Campaign now = reviews.campaign(s("R6")).value();
    QCOMPARE(now.assignment, 1);
    QCOMPARE(now.reviewers.size(), 2);
    QCOMPARE(now.reviewers.at(0).name, s("Bram"));
    QCOMPARE(now.reviewers.at(1).name, s("Cato"));
    const QList<AuditEntry> audit = store->audit().value();
    QCOMPARE(audit.size(), before + 1);
    QCOMPARE(audit.last().change.value(QLatin1String("kind")).toString(), s("review-reviewers"));
    QCOMPARE(audit.last().actor, me());
    QVERIFY2(audit.last().summary.contains(s("reviewers Bram, Cato")), qPrintable(audit.last().summary));
    // The owner is no reviewer any more.
    review::Decision keep;
    keep.kind = review::Decision::Kind::Keep;
    QVERIFY(!reviews.decide(s("R6"), 1, keep).ok());
    QVERIFY(sealCheck(*store, s("R6")).ok());
    // The assignment before is kept, not overwritten.
    QSqlDatabase db = st::Locations::rawConnection(s("reader"), m_location);
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM review_reviewers WHERE campaign_id = %1").arg(c.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(s("reader"));
}

void TestReviews::migrationCarriesReviewsOver()
{
    // A database at schema 7 with a closed campaign, its reviewer and decisions, upgraded.
    const QString location = m_locations.next();
    {
        QSqlDatabase db = st::Locations::rawConnection(s("upgrade"), location);
        const Dialect dialect = st::postgres() ? Dialect::PostgreSQL : Dialect::SQLite;
        QVERIFY(Schema::migrate(db, dialect, 7).ok());
        QSqlQuery q(db);
        for (const char *sql :
            { "INSERT INTO review_campaigns (id, name, scope, scope_id, scope_name, due, delta, started_at, "
              "started_by, started_version, item_count, items_hash, closed_at, closed_by, applied_version) VALUES "
              "(1, 'Old', 'studio', 0, '', '', 0, '2026-01-01T00:00:00.000Z', 'ann', 3, 2, 'h', "
              "'2026-01-02T00:00:00.000Z', 'ann', 4)",
                "INSERT INTO review_reviewers (campaign_id, member_id, member_name) VALUES (1, 7, 'Bram')",
                "INSERT INTO review_items (campaign_id, item, kind, member_id, member_name, production_id, "
                "production_name, role_id, role_name, reaches_all, starts, ends, grants, feature_names) VALUES "
                "(1, 1, 'account', 8, 'Cato', 0, '', 2, 'Admin', 1, '', '', '', ''), "
                "(1, 2, 'account', 9, 'Dirk', 0, '', 2, 'Admin', 1, '', '', '', '')",
                "INSERT INTO review_decisions (campaign_id, item, decision, end_date, comment, decided_by, actor, "
                "decided_at, outcome) VALUES (1, 1, 'keep', '', 'fine', 'ann', 'Bram', "
                "'2026-01-01T10:00:00.000Z', 'kept'), (1, 2, 'revoke', '', 'gone', 'ann', 'Bram', "
                "'2026-01-01T11:00:00.000Z', 'applied')" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        QVERIFY(Schema::migrate(db, dialect).ok());
        QCOMPARE(Schema::currentVersion(db).value(), Schema::latestVersion());
        const auto rows = [&q](const char *sql) {
            QStringList out;
            if (!q.exec(QString::fromLatin1(sql)))
                return QStringList { q.lastError().text() };
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells.append(q.value(i).toString());
                out.append(cells.join(QLatin1Char('|')));
            }
            return out;
        };
        QCOMPARE(rows("SELECT item, decision, comment, decided_by, actor, decided_at, migrated FROM review_decisions "
                      "ORDER BY seq"),
            (QStringList { s("1|keep|fine|ann|Bram|2026-01-01T10:00:00.000Z|1"),
                s("2|revoke|gone|ann|Bram|2026-01-01T11:00:00.000Z|1") }));
        QCOMPARE(rows("SELECT item, outcome FROM review_outcomes ORDER BY item"),
            (QStringList { s("1|kept"), s("2|applied") }));
        QCOMPARE(rows("SELECT campaign_id, closed_at, closed_by, applied_version, evidence_hash FROM review_closings"),
            QStringList { s("1|2026-01-02T00:00:00.000Z|ann|4|") });
        QCOMPARE(rows("SELECT campaign_id, assignment, member_id, member_name FROM review_reviewers"),
            QStringList { s("1|0|7|Bram") });
        QVERIFY(!q.exec(s("UPDATE review_decisions SET decision = 'keep'")));
        QVERIFY(!q.exec(s("DELETE FROM review_closings")));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("upgrade"));
}

void TestReviews::commentsFollowTheRuleForTexts()
{
    // Decided by the campaign's reviewer (on PostgreSQL the login decides, whatever --as says).
    const auto cli = [this](const QStringList &args) {
        return st::runCli(m_location, QStringList { s("--as"), me() } + args);
    };
    QCOMPARE(cli({ s("review"), s("start"), s("Q7"), s("--reviewer"), me() }).code, 0);
    const qint64 version = open()->version();
    // A terminal escape, a bell and a right-to-left override: each would reach the evidence files as it is.
    const QList<std::pair<QString, QString>> refused {
        { s("left the studio \x1b[2J\x1b[1;1H"), s("U+001B") },
        { s("ring\x07"), s("U+0007") },
        { s("invoice_\u202Efdp.exe"), s("U+202E") },
    };
    for (const auto &[comment, character] : refused) {
        const st::CliRun r = cli({ s("review"), s("decide"), s("Q7"), s("1"), s("revoke"), s("--comment"), comment });
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(character), qPrintable(r.err));
    }
    auto store = open();
    QCOMPARE(store->version(), version);
    ReviewStore reviews(*store);
    const Result<Campaign> c = reviews.campaign(s("Q7"));
    QVERIFY(c.ok());
    QCOMPARE(reviews.items(c.value()).value().first().decision.kind, review::Decision::Kind::None);
    // Line breaks and tabs are text.
    const st::CliRun kept
        = cli({ s("review"), s("decide"), s("Q7"), s("1"), s("keep"), s("--comment"), s("checked\nwith\tBram") });
    QVERIFY2(kept.code == 0, qPrintable(kept.err));
    auto after = open();
    QCOMPARE(ReviewStore(*after).items(c.value()).value().first().decision.comment, s("checked\nwith\tBram"));
}

QTEST_GUILESS_MAIN(TestReviews)
#include "TestReviews.moc"
