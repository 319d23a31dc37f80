// Access that ends by itself: seat dates, wrap dates and account role ends, at instants on either side of a day's
// end, across a daylight-saving change, in a fixed zone (not the machine's).
#include "ModelFixture.h"

#include "commands/WorkspaceDiff.h"
#include "domain/Access.h"
#include "domain/Dates.h"
#include "domain/Expiry.h"
#include "formats/Json.h"
#include "formats/RoleSheet.h"

#include <QTimeZone>

using namespace rs;
using namespace fx;

namespace {

const QByteArray kZone = "Europe/Berlin";

QDateTime local(int y, int mo, int d, int h, int mi, int sec = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, sec), QTimeZone(kZone));
}

QDateTime endOf(int y, int mo, int d)
{
    return dates::endOfDay(QDate(y, mo, d), QTimeZone(kZone));
}

Workspace berlinStudio()
{
    Workspace ws = studio();
    must(ws, Change::setTimeZone(kZone));
    return ws;
}

bool mayView(const Workspace &ws, Id m, Id p, Id f, const QDateTime &at)
{
    const bool slow = effectiveAccess(ws, m, p, f, at).levels.has(Level::View);
    const AccessIndex index(ws, at);
    const bool fast = index.allowed(index.memberIndex(m), index.productionIndex(p), index.featureIndex(f), Level::View);
    if (slow != fast)
        qFatal("the access index and effectiveAccess disagree at %s", qPrintable(at.toString(Qt::ISODate)));
    return slow;
}

} // namespace

class TestExpiry : public QObject
{
    Q_OBJECT

private slots:
    void seatEndsAtTheEndOfItsDayAcrossDaylightSaving_data();
    void seatEndsAtTheEndOfItsDayAcrossDaylightSaving();
    void seatStartsOnItsDay();
    void wrapDateAppliesOnlyToSeatsWithoutTheirOwnEnd();
    void ownerAndAdminCannotBeGivenAnEnd();
    void becomingAdminDropsSeatDates();
    void endMustFollowStart();
    void accountRoleEnds();
    void deniedSaysWhichSeatEnded();
    void expiringListsExactlyTheWindowSoonestFirst();
    void sweepRemovesOnlyWhatEnded();
    void undoRestoresDates();
    void jsonVersion2KeepsDatesAndVersion1StillReads();
    void roleSheetGivesEachHolderItsEnd();
    void importedWorkspaceKeepsItsDates();
};

void TestExpiry::seatEndsAtTheEndOfItsDayAcrossDaylightSaving_data()
{
    QTest::addColumn<QDate>("day");
    // Summer time ends in Berlin on 25 Oct 2026 (a 25-hour day) and begins on 29 Mar 2026 (23 hours).
    QTest::newRow("summer time ends") << QDate(2026, 10, 25);
    QTest::newRow("summer time begins") << QDate(2026, 3, 29);
    QTest::newRow("the day before it ends") << QDate(2026, 10, 24);
    QTest::newRow("plain winter day") << QDate(2026, 11, 30);
}

void TestExpiry::seatEndsAtTheEndOfItsDayAcrossDaylightSaving()
{
    QFETCH(QDate, day);
    Workspace ws = berlinStudio();
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id dev = member(ws, "Dev Patel");
    const Id images = feature(ws, "Images");
    const Result<QDateTime> until = dates::parse(day.toString(Qt::ISODate), ws.timeZone(), dates::Edge::End);
    QVERIFY(until.ok());
    must(ws, Change::setSeatDates(spring, dev, {}, until.value()));
    const QDateTime lastMinute(day, QTime(23, 59), QTimeZone(kZone));
    const QDateTime nextMidnight(day.addDays(1), QTime(0, 0), QTimeZone(kZone));
    QVERIFY(mayView(ws, dev, spring, images, lastMinute));
    QVERIFY(mayView(ws, dev, spring, images, nextMidnight.addMSecs(-1)));
    QVERIFY(!mayView(ws, dev, spring, images, nextMidnight));
    QVERIFY(!mayView(ws, dev, spring, images, nextMidnight.addDays(30)));
    // The seat is still there, shown as ended: only access stops.
    QVERIFY(ws.seats().contains(SeatKey { spring, dev }));
}

void TestExpiry::seatStartsOnItsDay()
{
    Workspace ws = berlinStudio();
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id dev = member(ws, "Dev Patel");
    const Id images = feature(ws, "Images");
    must(ws, Change::setSeatDates(spring, dev, dates::startOfDay(QDate(2026, 10, 26), ws.timeZone()), {}));
    QVERIFY(!mayView(ws, dev, spring, images, local(2026, 10, 25, 23, 59, 59)));
    QVERIFY(mayView(ws, dev, spring, images, local(2026, 10, 26, 0, 0)));
    const EffectiveAccess before = effectiveAccess(ws, dev, spring, images, local(2026, 10, 20, 12, 0));
    QCOMPARE(before.lapsed.size(), 1);
    QVERIFY(before.lapsed.first().notYet);
    QCOMPARE(describeLapse(ws, dev, before.lapsed.first()),
        s("Dev Patel's seat in Spring Portraits 0042 begins on 26 Oct 2026."));
}

void TestExpiry::wrapDateAppliesOnlyToSeatsWithoutTheirOwnEnd()
{
    Workspace ws = berlinStudio();
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id dev = member(ws, "Dev Patel");
    const Id ivy = member(ws, "Ivy Chen"); // no account role: the seat is all she has
    const Id images = feature(ws, "Images");
    must(ws, Change::setSeatDates(spring, ivy, {}, endOf(2026, 12, 20)));
    must(ws, Change::setProductionEnd(spring, endOf(2026, 11, 30)));
    const QDateTime afterWrap = local(2026, 12, 1, 0, 0);
    QVERIFY(mayView(ws, dev, spring, images, local(2026, 11, 30, 23, 59)));
    QVERIFY(!mayView(ws, dev, spring, images, afterWrap)); // no end of its own: the wrap date ends it
    QVERIFY(mayView(ws, ivy, spring, images, afterWrap)); // its own end is later, and counts
    QVERIFY(!mayView(ws, ivy, spring, images, local(2026, 12, 21, 0, 0)));
    // Admins administer every production and do not wrap with it.
    const Id ann = member(ws, "Ann Lee");
    QVERIFY(mayView(ws, ann, spring, images, local(2027, 6, 1, 12, 0)));
    QVERIFY(mayView(ws, member(ws, "Morgan Avery"), spring, images, local(2027, 6, 1, 12, 0)));
    QCOMPARE(ws.effectiveSeatTerm(SeatKey { spring, member(ws, "Morgan Avery") }).until, QDateTime());
}

void TestExpiry::ownerAndAdminCannotBeGivenAnEnd()
{
    Workspace ws = berlinStudio();
    const Workspace before = ws;
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id owner = member(ws, "Morgan Avery");
    const Id ann = member(ws, "Ann Lee");
    const QDateTime end = endOf(2026, 12, 1);
    for (Id who : { owner, ann }) {
        Change seat = Change::setSeatDates(spring, who, {}, end);
        if (!ws.seats().contains(SeatKey { spring, who }))
            seat = Change::invite(spring, who, builtIn(ws, BuiltIn::ProductionAdmin), {}, end);
        const Result<Touched> refused = ws.apply(seat);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(s("never expires")), qPrintable(refused.error().message));
    }
    Change ownerEnd = Change::setAccountRole(owner, builtIn(ws, BuiltIn::Owner), end);
    QVERIFY(!ws.apply(ownerEnd).ok());
    Change adminEnd = Change::setAccountRole(ann, builtIn(ws, BuiltIn::Admin), end);
    QVERIFY(!ws.apply(adminEnd).ok());
    Change promote = Change::setAccountRole(member(ws, "Dev Patel"), builtIn(ws, BuiltIn::Admin), end);
    QVERIFY(!ws.apply(promote).ok());
    QVERIFY(ws == before); // refused edits change nothing
}

void TestExpiry::becomingAdminDropsSeatDates()
{
    Workspace ws = berlinStudio();
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id dev = member(ws, "Dev Patel");
    must(ws, Change::setSeatDates(spring, dev, {}, endOf(2026, 12, 1)));
    must(ws, Change::setAccountRole(dev, builtIn(ws, BuiltIn::Admin)));
    QVERIFY(ws.seatTerm(SeatKey { spring, dev }).isEmpty());
    QVERIFY(ws.verify().ok());
}

void TestExpiry::endMustFollowStart()
{
    Workspace ws = berlinStudio();
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id dev = member(ws, "Dev Patel");
    Change backwards = Change::setSeatDates(spring, dev, local(2026, 12, 2, 0, 0), endOf(2026, 12, 1));
    const Result<Touched> r = ws.apply(backwards);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, s("The end comes after the start."));
    Change none = Change::setSeatDates(spring, member(ws, "Ann Lee"), {}, endOf(2026, 12, 1));
    QVERIFY(!ws.apply(none).ok()); // Ann has no seat of her own, and could not have dates on one
}

void TestExpiry::accountRoleEnds()
{
    Workspace ws = berlinStudio();
    const Id hal = member(ws, "Hal Berg");
    const Id manager = accountRole(ws, "Studio manager");
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id images = feature(ws, "Images");
    QVERIFY(mayView(ws, hal, spring, images, local(2026, 12, 1, 12, 0)));
    must(ws, Change::setAccountRole(hal, manager, endOf(2026, 11, 30)));
    QVERIFY(mayView(ws, hal, spring, images, local(2026, 11, 30, 23, 59)));
    QVERIFY(!mayView(ws, hal, spring, images, local(2026, 12, 1, 0, 0)));
    const EffectiveAccess after = effectiveAccess(ws, hal, spring, images, local(2026, 12, 1, 0, 0));
    QCOMPARE(describeLapse(ws, hal, after.lapsed.first()),
        s("Hal Berg's account role Studio manager ended on 30 Nov 2026."));
}

void TestExpiry::deniedSaysWhichSeatEnded()
{
    Workspace ws = berlinStudio();
    const Id spring = production(ws, "Spring Portraits 0042");
    const Id ivy = member(ws, "Ivy Chen");
    must(ws, Change::setSeatDates(spring, ivy, {}, endOf(2026, 11, 30)));
    const EffectiveAccess access = effectiveAccess(ws, ivy, spring, feature(ws, "Images"), local(2026, 12, 1, 9, 0));
    QVERIFY(access.levels.isNone());
    QCOMPARE(access.lapsed.size(), 1);
    QCOMPARE(describeLapse(ws, ivy, access.lapsed.first()),
        s("Ivy Chen's seat in Spring Portraits 0042 ended on 30 Nov 2026."));
}

void TestExpiry::expiringListsExactlyTheWindowSoonestFirst()
{
    Workspace ws = berlinStudio();
    const Id spring = production(ws, "Spring Portraits 0042");
    must(ws, Change::setSeatDates(spring, member(ws, "Cat Diaz"), {}, endOf(2026, 11, 20)));
    must(ws, Change::setSeatDates(spring, member(ws, "Ivy Chen"), {}, endOf(2026, 11, 12)));
    must(ws, Change::setSeatDates(spring, member(ws, "Dev Patel"), {}, endOf(2026, 11, 9))); // before the window
    must(ws, Change::setSeatDates(spring, member(ws, "Gus Ortiz"), {}, endOf(2026, 11, 25))); // after it
    must(ws, Change::setAccountRole(member(ws, "Hal Berg"), accountRole(ws, "Studio manager"), endOf(2026, 11, 15)));
    const QDateTime now = local(2026, 11, 10, 9, 0);
    const QList<Expiry> window = endingWithin(ws, now, now.addDays(14));
    QStringList got;
    for (const Expiry &e : window)
        got << ws.member(e.member)->name;
    QCOMPARE(got, QStringList({ s("Ivy Chen"), s("Hal Berg"), s("Cat Diaz") }));
    QCOMPARE(window.at(1).production, Id(0));
}

void TestExpiry::sweepRemovesOnlyWhatEnded()
{
    Workspace ws = berlinStudio();
    const Id spring = production(ws, "Spring Portraits 0042");
    must(ws, Change::setSeatDates(spring, member(ws, "Dev Patel"), {}, endOf(2026, 11, 9)));
    must(ws, Change::setSeatDates(spring, member(ws, "Ivy Chen"), {}, endOf(2026, 11, 30)));
    must(ws, Change::setSeatDates(spring, member(ws, "Gus Ortiz"), local(2026, 12, 5, 0, 0), {})); // not begun
    must(ws, Change::setAccountRole(member(ws, "Hal Berg"), accountRole(ws, "Studio manager"), endOf(2026, 11, 1)));
    QList<Change> sweep = sweepChanges(ws, local(2026, 11, 10, 0, 0));
    QCOMPARE(sweep.size(), 2);
    for (Change &c : sweep)
        must(ws, c);
    QVERIFY(!ws.seats().contains(SeatKey { spring, member(ws, "Dev Patel") }));
    QVERIFY(ws.seats().contains(SeatKey { spring, member(ws, "Ivy Chen") }));
    QVERIFY(ws.seats().contains(SeatKey { spring, member(ws, "Gus Ortiz") }));
    QCOMPARE(ws.member(member(ws, "Hal Berg"))->accountRole, Id(0));
    QVERIFY(sweepChanges(ws, local(2026, 11, 10, 0, 0)).isEmpty()); // a second sweep has nothing to do
    QVERIFY(ws.verify().ok());
}

void TestExpiry::undoRestoresDates()
{
    Workspace ws = berlinStudio();
    const Workspace before = ws;
    const Id spring = production(ws, "Spring Portraits 0042");
    Change dates = Change::setSeatDates(spring, member(ws, "Dev Patel"), local(2026, 11, 1, 0, 0), endOf(2026, 11, 9));
    const Result<Touched> t = ws.apply(dates);
    QVERIFY(t.ok());
    Change wrap = Change::setProductionEnd(spring, endOf(2026, 12, 1));
    const Result<Touched> t2 = ws.apply(wrap);
    QVERIFY(t2.ok());
    ws.restore(t2.value());
    ws.restore(t.value());
    QVERIFY(ws == before);
}

void TestExpiry::jsonVersion2KeepsDatesAndVersion1StillReads()
{
    Workspace ws = berlinStudio();
    const Id spring = production(ws, "Spring Portraits 0042");
    must(ws, Change::setSeatDates(spring, member(ws, "Dev Patel"), local(2026, 11, 1, 0, 0), endOf(2026, 11, 9)));
    must(ws, Change::setProductionEnd(spring, endOf(2026, 12, 1)));
    must(ws, Change::setAccountRole(member(ws, "Hal Berg"), accountRole(ws, "Studio manager"), endOf(2026, 11, 1)));
    const QByteArray json = formats::workspaceJson(ws);
    QVERIFY(json.startsWith("{\"format\":\"rolesheet\",\"version\":2,"));
    const Result<Workspace> back = formats::workspaceFromJson(json);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QVERIFY(back.value() == ws);
    // A version 1 document (no dates) reads as before.
    Workspace plain = studio();
    QByteArray v1 = formats::workspaceJson(plain);
    v1.replace("\"version\":2", "\"version\":1");
    const Result<Workspace> old = formats::workspaceFromJson(v1);
    QVERIFY(old.ok());
    QVERIFY(old.value() == plain);
    QVERIFY(old.value().seatTerms().isEmpty());
    // A date that is not an instant is refused with where it is.
    QByteArray bad = json;
    bad.replace("\"wrap\":\"", "\"wrap\":\"x");
    const Result<Workspace> refused = formats::workspaceFromJson(bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(s("wrap")), qPrintable(refused.error().message));
}

void TestExpiry::roleSheetGivesEachHolderItsEnd()
{
    Workspace ws = berlinStudio();
    const Id spring = production(ws, "Spring Portraits 0042");
    must(ws, Change::setSeatDates(spring, member(ws, "Dev Patel"), {}, endOf(2026, 11, 9)));
    must(ws, Change::setProductionEnd(spring, endOf(2026, 12, 1)));
    const Role *memberRole = ws.role(builtIn(ws, BuiltIn::ProductionMember));
    const QString md
        = QString::fromUtf8(formats::roleSheetMarkdown(formats::RoleSheet::build(ws, *memberRole, QDate(2026, 11, 1))));
    QVERIFY2(md.contains(s("## Held by\n")), qPrintable(md));
    QVERIFY(md.contains(s("- Dev Patel — Spring Portraits 0042 — until 9 Nov 2026\n")));
    QVERIFY(md.contains(s("- Gus Ortiz — Spring Portraits 0042 — until 1 Dec 2026\n"))); // the wrap date
    must(ws, Change::setAccountRole(member(ws, "Hal Berg"), accountRole(ws, "Studio manager"), endOf(2026, 11, 30)));
    const QString html = QString::fromUtf8(formats::roleSheetHtml(
        formats::RoleSheet::build(ws, *ws.role(accountRole(ws, "Studio manager")), QDate(2026, 11, 1))));
    QVERIFY(html.contains(s("<li>Cat Diaz — account role — no end</li>")));
    QVERIFY(html.contains(s("<li>Hal Berg — account role — until 30 Nov 2026</li>")));
}

void TestExpiry::importedWorkspaceKeepsItsDates()
{
    // An import is matched to the stored workspace by name and renumbered; the dates come with it.
    const Workspace stored = studio();
    Workspace imported = berlinStudio();
    const Id spring = production(imported, "Spring Portraits 0042");
    must(imported, Change::setSeatDates(spring, member(imported, "Dev Patel"), {}, endOf(2026, 11, 9)));
    must(imported, Change::setProductionEnd(spring, endOf(2026, 12, 1)));
    const Result<Workspace> reread = formats::workspaceFromJson(formats::workspaceJson(imported));
    QVERIFY(reread.ok());
    const WorkspaceDiff diff = diffWorkspaces(stored, reread.value());
    const Workspace &aligned = diff.aligned;
    QCOMPARE(aligned.timeZoneId(), kZone);
    const SeatKey dev { production(aligned, "Spring Portraits 0042"), member(aligned, "Dev Patel") };
    QCOMPARE(aligned.seatTerm(dev).until, endOf(2026, 11, 9));
    QCOMPARE(aligned.production(dev.production)->wrap, endOf(2026, 12, 1));
    QVERIFY(aligned.verify().ok());
}

QTEST_GUILESS_MAIN(TestExpiry)
#include "TestExpiry.moc"
