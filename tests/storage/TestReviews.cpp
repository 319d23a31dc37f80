// Access review campaigns in a workspace's database: closing revokes exactly what was decided, access that changed
// meanwhile is flagged and left alone, undecided items block closing, reviewers deciding at once keep their
// decisions, delta mode follows the last closed campaign, and an edited evidence file is caught.
#include "StoreTestSupport.h"

#include "domain/Access.h"
#include "domain/Dates.h"
#include "storage/ReviewStore.h"

#include <QProcess>

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
    void commentsFollowTheRuleForTexts();

private:
    std::unique_ptr<Store> open()
    {
        auto store = Store::open(m_location, Store::Access::ReadWrite);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        return std::move(store.value());
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
            QVERIFY(reviews.decide(c.name, i, d).ok());
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
    const Result<Campaign> c = reviews.start({ s("Q1"), review::Scope::studio(), QDate(), {}, false });
    QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().message));
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
    QVERIFY(!done.at(cato - 1).decision.decidedBy.isEmpty());
    // A closed campaign takes no more decisions.
    const Status late = reviews.decide(s("Q1"), 1, revoke);
    QVERIFY(!late.ok());
    QVERIFY(late.error().message.contains(s("closed")));
}

void TestReviews::changedAccessIsFlaggedNotApplied()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c = reviews.start({ s("Q2"), review::Scope::studio(), QDate(), {}, false }).value();
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
    const Campaign c = reviews.start({ s("Q3"), review::Scope::studio(), QDate(), {}, false }).value();
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
    const Campaign c = reviews.start({ s("Q5"), review::Scope::studio(), QDate(), {}, false }).value();
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
    const Campaign next = ReviewStore(*fresh).start({ s("Q6"), review::Scope::studio(), QDate(), {}, false }).value();
    const QList<CampaignItem> items = ReviewStore(*fresh).items(next).value();
    QCOMPARE(items.at(itemOf(items, s("Dirk"), s("Spring")) - 1).item.ends, dates::iso(ws.seatTerm(seat).until));
}

void TestReviews::refusedRevokeChangesNothing()
{
    auto store = open();
    ReviewStore reviews(*store);
    const Campaign c = reviews.start({ s("Q4"), review::Scope::studio(), QDate(), {}, false }).value();
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
        QVERIFY(ReviewStore(*store).start({ s("Q5"), review::Scope::studio(), QDate(), {}, false }).ok());
    }
    const int count = ReviewStore(*open()).campaign(s("Q5")).value().itemCount;
    // Every item decided by its own process, all at once.
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 1; i <= count; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(st::cliPath(),
            { s("--db"), m_location, s("review"), s("decide"), s("Q5"), QString::number(i),
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
    const Result<Campaign> early = reviews.start({ s("D0"), review::Scope::studio(), QDate(), {}, true });
    QVERIFY(!early.ok()); // nothing closed to follow yet
    const Campaign c = reviews.start({ s("D1"), review::Scope::studio(), QDate(), {}, false }).value();
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
    const Result<Campaign> delta = reviews.start({ s("D2"), review::Scope::studio(), QDate(), {}, true });
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
    QCOMPARE(
        cli({ s("review"), s("start"), s("Q6"), s("--production"), s("Spring"), s("--reviewer"), s("Ann") }).code, 0);
    const QStringList lines
        = cli({ s("review"), s("items"), s("Q6"), s("--undecided") }).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    const st::CliRun blocked = cli({ s("review"), s("close"), s("Q6") });
    QCOMPARE(blocked.code, 2);
    QVERIFY2(blocked.err.contains(QStringLiteral("%1 items are undecided").arg(lines.size())), qPrintable(blocked.err));
    for (const QString &line : lines)
        QCOMPARE(cli({ s("review"), s("decide"), s("Q6"), line.section(QLatin1Char('\t'), 0, 0), s("keep") }).code, 0);
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

void TestReviews::commentsFollowTheRuleForTexts()
{
    const auto cli = [this](const QStringList &args) { return st::runCli(m_location, args); };
    QCOMPARE(cli({ s("review"), s("start"), s("Q7"), s("--reviewer"), s("Ann") }).code, 0);
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
