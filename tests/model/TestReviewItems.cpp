// The items an access review freezes: together they are exactly the members' effective access, and delta mode lists
// exactly the access that changed.
#include "domain/Access.h"
#include "review/Review.h"
#include "testing/Generate.h"

#include <QTest>

using namespace rs;

namespace {

// The levels the items say a member holds on a feature in a production, worked out from the items alone, the way
// effective access is defined: the account role everywhere it reaches, the seat in its production.
Levels levelsFromItems(const Workspace &ws, const QList<review::Item> &items, Id member, Id production, Id feature)
{
    const Feature *f = ws.feature(feature);
    const bool inProduction = f->scope == Scope::Production;
    bool seated = false;
    for (const review::Item &i : items)
        seated = seated || (i.member == member && i.kind == review::Item::Kind::Seat && i.production == production);
    Levels levels;
    for (const review::Item &i : items) {
        if (i.member != member)
            continue;
        const bool counts = i.kind == review::Item::Kind::AccountRole ? (!inProduction || i.reachesAll || seated)
                                                                      : (inProduction && i.production == production);
        if (!counts)
            continue;
        for (const review::FeatureGrant &g : i.grants) {
            if (g.feature == feature)
                levels = levels.with(g.levels);
        }
    }
    return levels;
}

} // namespace

class TestReviewItems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsEqualEffectiveAccess_data();
    void itemsEqualEffectiveAccess();
    void scopesPickTheirItems();
    void deltaListsExactlyWhatChanged();
    void hashCoversEveryItem();
};

void TestReviewItems::itemsEqualEffectiveAccess_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 1u, 7u, 42u })
        QTest::addRow("seed %u", seed) << seed;
}

void TestReviewItems::itemsEqualEffectiveAccess()
{
    QFETCH(quint32, seed);
    GenerateSpec spec = GenerateSpec::small();
    spec.members = 24;
    spec.productions = 6;
    spec.seats = 40;
    const Workspace ws = generateWorkspace(spec, seed);
    const QList<review::Item> items = review::freezeItems(ws, review::Scope::studio());
    const AccessIndex index(ws); // what `rolesheet-cli check` answers from
    int checked = 0;
    for (const Member &m : ws.members()) {
        for (const Production &p : ws.productions()) {
            for (const Feature &f : ws.features()) {
                const Levels fromItems = levelsFromItems(ws, items, m.id, p.id, f.id);
                const Levels effective = effectiveAccess(ws, m.id, p.id, f.id).levels;
                for (Level level : kAllLevels) {
                    const bool allowed = index.allowed(
                        index.memberIndex(m.id), index.productionIndex(p.id), index.featureIndex(f.id), level);
                    QCOMPARE(effective.has(level), allowed);
                    if (fromItems.has(level) != allowed)
                        QFAIL(qPrintable(QStringLiteral("%1 in %2, %3 %4: items say %5, check says %6")
                                             .arg(m.name, p.name, f.name, levelKey(level))
                                             .arg(fromItems.has(level))
                                             .arg(allowed)));
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 10000);
    // One item per account role and per seat, numbered 1 … n.
    int accounts = 0;
    for (const Member &m : ws.members())
        accounts += m.accountRole ? 1 : 0;
    QCOMPARE(items.size(), accounts + ws.seats().size());
    for (qsizetype i = 0; i < items.size(); ++i)
        QCOMPARE(items.at(i).number, int(i + 1));
}

void TestReviewItems::scopesPickTheirItems()
{
    const Workspace ws = generateWorkspace(GenerateSpec::small(), 3);
    const Production &p = ws.productions().first();
    for (const review::Item &i : review::freezeItems(ws, review::Scope::production(p))) {
        if (i.kind == review::Item::Kind::Seat)
            QCOMPARE(i.production, p.id);
    }
    const Id productionMember = ws.builtInRole(BuiltIn::ProductionMember);
    const QList<review::Item> byRole = review::freezeItems(ws, review::Scope::role(*ws.role(productionMember)));
    int seats = 0;
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it)
        seats += it.value() == productionMember ? 1 : 0;
    QCOMPARE(byRole.size(), seats);
    for (const review::Item &i : byRole)
        QCOMPARE(i.role, productionMember);
}

void TestReviewItems::deltaListsExactlyWhatChanged()
{
    Workspace ws = generateWorkspace(GenerateSpec::small(), 11);
    const QList<review::Item> before = review::freezeItems(ws, review::Scope::studio());
    QVERIFY(review::changedSince(before, before).isEmpty());
    // Three changes: a new member with an account role, a seat given up, and a role's grant widened.
    const Id create = ws.builtInRole(BuiltIn::CreateProductions);
    Change add = Change::addMember(QStringLiteral("Newcomer"), create);
    QVERIFY(ws.apply(add).ok());
    // The first seat, in id order, that its member can give up (administrators cannot).
    QList<SeatKey> seats = ws.seats().keys();
    std::sort(seats.begin(), seats.end(), [](const SeatKey &a, const SeatKey &b) {
        return a.member == b.member ? a.production < b.production : a.member < b.member;
    });
    bool uninvited = false;
    for (const SeatKey &seat : seats) {
        Change uninvite = Change::uninvite(seat.production, seat.member);
        if ((uninvited = ws.apply(uninvite).ok()))
            break;
    }
    QVERIFY(uninvited);
    // A custom production role that somebody holds: widening it changes every seat with it.
    Id widened = 0;
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend() && !widened; ++it) {
        if (!ws.role(it.value())->isLocked())
            widened = it.value();
    }
    QVERIFY(widened);
    const Feature *f = nullptr;
    for (const Feature &candidate : ws.features()) {
        if (candidate.scope == Scope::Production && !candidate.ownerOnly
            && ws.grant(widened, candidate.id) != Levels::all() && candidate.categories.isEmpty()) {
            f = &candidate;
            break;
        }
    }
    QVERIFY(f);
    Change grant = Change::setGrant(widened, f->id, Levels(Level::View).with(ws.grant(widened, f->id)));
    if (ws.grant(widened, f->id).has(Level::View))
        grant = Change::setGrant(widened, f->id, Levels::all());
    QVERIFY2(ws.apply(grant).ok(), "the grant is allowed");
    const QList<review::Item> after = review::freezeItems(ws, review::Scope::studio());
    const QList<review::Item> delta = review::changedSince(after, before);
    QSet<QString> expected;
    expected.insert(QStringLiteral("account:%1:0").arg(ws.findMember(QStringLiteral("Newcomer"))->id));
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
        if (it.value() == widened)
            expected.insert(QStringLiteral("seat:%1:%2").arg(it.key().member).arg(it.key().production));
    }
    QSet<QString> got;
    for (const review::Item &i : delta)
        got.insert(i.accessKey());
    QCOMPARE(got, expected);
    for (qsizetype i = 0; i < delta.size(); ++i)
        QCOMPARE(delta.at(i).number, int(i + 1));
}

void TestReviewItems::hashCoversEveryItem()
{
    const Workspace ws = generateWorkspace(GenerateSpec::small(), 5);
    QList<review::Item> items = review::freezeItems(ws, review::Scope::studio());
    const QString hash = review::itemsHash(items);
    QCOMPARE(hash.size(), 64);
    QCOMPARE(review::itemsHash(review::freezeItems(ws, review::Scope::studio())), hash);
    items.last().grants.first().levels = items.last().grants.first().levels.without(Level::View);
    QVERIFY(review::itemsHash(items) != hash);
}

QTEST_GUILESS_MAIN(TestReviewItems)
#include "TestReviewItems.moc"
