// Journals and audit trails written by earlier versions stay readable: a journal holding every kind of change, and
// the summary and change text of the audit row each of them made, both written before the kinds of change moved into
// files of their own, read back into equal changes and written again byte for byte.
//
// ROLESHEET_WRITE_CHANGE_FIXTURES=<folder> writes the two files afresh instead of reading them (done once, with the
// code the files stand for).
#include "ModelFixture.h"
#include "commands/Journal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace rs;
using namespace fx;

namespace {

const QString kWorkspaceId = QStringLiteral("fixture-workspace");

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 30), Qt::UTC);
}

// One change made on the studio, with a name for the row.
struct Made
{
    const char *name;
    Op op;
};

#define OP []([[maybe_unused]] Workspace & ws) -> Change

// Every kind, with a second row wherever a kind's words or fields take another shape.
QList<Made> everyKind()
{
    return { { "set-grant",
        OP { return Change::setGrant(accountRole(ws, "Studio manager"), feature(ws, "Jobs"), Level::View);
}
}
, { "create-role", OP { return Change::createRole(s("Lab liaison"), Scope::Account, 0, templ(ws, "Production"));
}
}
,
    { "create-role production",
        OP { return Change::createRole(s("Colorist"), Scope::Production, production(ws, "Autumn Headshots 0007"));
}
}
, { "create-role template", OP { return Change::createRole(s("Retoucher"), Scope::Production, 0, 0, true);
}
}
, { "delete-role", OP { return Change::deleteRole(templ(ws, "Production"));
}
}
, { "rename-role", OP { return Change::renameRole(accountRole(ws, "Studio manager"), s("Office lead"));
}
}
,
    { "set-guardrails on",
        OP { return Change::setGuardrails(
            accountRole(ws, "Studio manager"), Categories(Category::Financial).with(Category::Marketing));
}
}
,
    { "set-guardrails off",
        OP { return Change::setGuardrails(accountRole(ws, "Location crew"), Categories(), s("Trusted now"));
}
}
, { "set-invited-only on", OP { return Change::setInvitedOnly(accountRole(ws, "Studio manager"), true);
}
}
, { "set-invited-only off", OP { return Change::setInvitedOnly(accountRole(ws, "Location crew"), false);
}
}
,
    { "set-description",
        OP { return Change::setDescription(accountRole(ws, "Studio manager"), s("Runs the front office."));
}
}
, { "add-member", OP { return Change::addMember(s("Kim Novak"), accountRole(ws, "Studio manager"));
}
}
, { "remove-member", OP { return Change::removeMember(member(ws, "Cat Diaz"));
}
}
, { "rename-member", OP { return Change::renameMember(member(ws, "Dev Patel"), s("Devi Patel"));
}
}
, { "set-account-role", OP { return Change::setAccountRole(member(ws, "Dev Patel"), builtIn(ws, BuiltIn::Admin));
}
}
,
    { "set-account-role until",
        OP { return Change::setAccountRole(member(ws, "Ivy Chen"), accountRole(ws, "Studio manager"), at(2027, 6, 30));
}
}
, { "set-account-role none", OP { return Change::setAccountRole(member(ws, "Cat Diaz"), 0);
}
}
, { "transfer-ownership", OP { return Change::transferOwnership(member(ws, "Gus Ortiz"));
}
}
, { "create-production", OP { return Change::createProduction(s("Winter Graduation 0101"), member(ws, "Ben Cho"));
}
}
,
    { "rename-production",
        OP { return Change::renameProduction(production(ws, "Spring Portraits 0042"), s("Spring Portraits 0043"));
}
}
, { "delete-production", OP { return Change::deleteProduction(production(ws, "Spring Portraits 0042"));
}
}
, { "invite", OP { return Change::invite(production(ws, "Autumn Headshots 0007"), member(ws, "Ivy Chen"));
}
}
,
    { "invite dated",
        OP { return Change::invite(
            production(ws, "Autumn Headshots 0007"), member(ws, "Dev Patel"), 0, at(2027, 1, 4), at(2027, 2, 26));
}
}
, { "uninvite", OP { return Change::uninvite(production(ws, "Spring Portraits 0042"), member(ws, "Cat Diaz"));
}
}
, { "add-section", OP { return Change::addSection(s("Retouching"), 2);
}
}
, { "rename-section", OP { return Change::renameSection(ws.sections().first().id, s("Set-up"));
}
}
, { "move-section", OP { return Change::moveSection(ws.sections().first().id, 3);
}
}
, { "remove-section", OP { return Change::removeSection(must(ws, Change::addSection(s("Spare"))).section);
}
}
,
    { "add-feature",
        OP { return Change::addFeature(ws.sections().at(1).id, s("Green Screen"), Scope::Production,
            Category::Marketing, true, s("Keys decide what ends up behind the subject."), 1);
}
}
, { "rename-feature", OP { return Change::renameFeature(feature(ws, "Jobs"), s("Job List"));
}
}
, { "move-feature", OP { return Change::moveFeature(feature(ws, "Jobs"), ws.sections().last().id, 0);
}
}
, { "remove-feature", OP { return Change::removeFeature(feature(ws, "Images"));
}
}
,
    { "set-feature-scope account",
        OP { must(ws,
            Change::setGrant(productionRole(ws, "Spring Portraits 0042", "Freelance subtitler"),
                feature(ws, "Print Jobs"), Levels()));
return Change::setFeatureScope(feature(ws, "Print Jobs"), Scope::Account);
}
}
, { "set-feature-scope production", OP { return Change::setFeatureScope(feature(ws, "Print Jobs"), Scope::Production);
}
}
,
    { "set-feature-categories",
        OP { must(ws, Change::setGrant(accountRole(ws, "Location crew"), feature(ws, "Discount Codes"), Levels()));
return Change::setFeatureCategories(feature(ws, "Discount Codes"), Category::Marketing);
}
}
, { "set-feature-owner-only off", OP { return Change::setFeatureOwnerOnly(feature(ws, "Payout Management"), false);
}
}
,
    { "set-feature-owner-only on",
        OP { for (const Role *r
                  : ws.accountRoles()) {
            if (!r->isLocked()) must(ws, Change::setGrant(r->id, feature(ws, "Discount Codes"), Levels()));
}
must(ws, Change::setGrant(templ(ws, "Production"), feature(ws, "Discount Codes"), Levels()));
return Change::setFeatureOwnerOnly(feature(ws, "Discount Codes"), true);
}
}
,
    { "set-feature-rationale",
        OP { return Change::setFeatureRationale(feature(ws, "Jobs"), s("Jobs are the studio's work."));
}
}
, { "set-workspace-name", OP { return Change::setWorkspaceName(s("Northlight Studio West"));
}
}
,
    { "set-seat-dates both",
        OP { return Change::setSeatDates(
            production(ws, "Spring Portraits 0042"), member(ws, "Dev Patel"), at(2027, 3, 1), at(2027, 4, 30));
}
}
,
    { "set-seat-dates from",
        OP { return Change::setSeatDates(
            production(ws, "Spring Portraits 0042"), member(ws, "Dev Patel"), at(2027, 3, 1), {});
}
}
,
    { "set-seat-dates until",
        OP { return Change::setSeatDates(
            production(ws, "Spring Portraits 0042"), member(ws, "Dev Patel"), {}, at(2027, 4, 30));
}
}
,
    { "set-seat-dates none",
        OP { return Change::setSeatDates(production(ws, "Spring Portraits 0042"), member(ws, "Dev Patel"), {}, {});
}
}
,
    { "set-production-end",
        OP { return Change::setProductionEnd(production(ws, "Spring Portraits 0042"), at(2027, 5, 15));
}
}
, { "set-production-end none", OP { return Change::setProductionEnd(production(ws, "Spring Portraits 0042"), {});
}
}
, { "set-time-zone", OP { return Change::setTimeZone("America/New_York");
}
}
, { "set-time-zone system", OP { return Change::setTimeZone({});
}
}
,
}
;
}

// A fresh studio with a time zone of its own, so that the dates in the words do not follow the machine's.
Workspace studioInBerlin()
{
    Workspace ws = studio();
    must(ws, Change::setTimeZone("Europe/Berlin"));
    return ws;
}

// Each row made on a fresh studio and applied there: the change as applied (ids written back) and the words the
// audit keeps for it, said before it is applied.
struct Applied
{
    QList<Change> changes;
    QStringList summaries;
};

Applied applyEveryKind()
{
    Applied result;
    for (const Made &made : everyKind()) {
        Workspace ws = studioInBerlin();
        Change change = made.op(ws);
        result.summaries.append(change.describe(ws));
        result.changes.append(must(ws, change));
    }
    return result;
}

// An audit row's change, as the store writes it.
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString dataPath(const char *name)
{
    return qEnvironmentVariable("ROLESHEET_SOURCE_DIR") + QStringLiteral("/tests/model/data/") + QLatin1String(name);
}

// Everything in a journal but the instant it was saved.
QJsonObject withoutSaved(const QByteArray &journal)
{
    QJsonObject o = QJsonDocument::fromJson(journal).object();
    o.remove(QStringLiteral("saved"));
    return o;
}

// A journal's text with the instant it was saved blanked out.
QByteArray withoutSavedText(const QByteArray &journal)
{
    QByteArray text = journal;
    const qsizetype at = text.indexOf("\"saved\":\"");
    if (at < 0)
        return text;
    const qsizetype from = at + 9;
    const qsizetype to = text.indexOf('"', from);
    return text.remove(from, to - from);
}

} // namespace

class TestChangeFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c()); // the month names of the dates in the words, as the fixtures hold them
        const QString folder = qEnvironmentVariable("ROLESHEET_WRITE_CHANGE_FIXTURES");
        if (!folder.isEmpty())
            writeFixtures(folder);
    }

    void fixturesHoldEveryKind()
    {
        const QJsonArray changes = QJsonDocument::fromJson(readFile(dataPath("journal-every-kind.json")))
                                       .object()
                                       .value(QStringLiteral("changes"))
                                       .toArray();
        QSet<QString> kinds;
        for (const QJsonValue &c : changes)
            kinds.insert(c.toObject().value(QStringLiteral("kind")).toString());
        QCOMPARE(kinds.size(), int(Change::Kind::SetTimeZone) + 1);
    }

    void journalWrittenBeforeReadsIntoEqualChanges()
    {
        const QByteArray before = readFile(dataPath("journal-every-kind.json"));
        const Result<Journal::Saved> saved = Journal::parse(before, kWorkspaceId);
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
        const Applied expected = applyEveryKind();
        QCOMPARE(saved.value().changes.size(), expected.changes.size());
        for (int i = 0; i < expected.changes.size(); ++i)
            QVERIFY2(saved.value().changes.at(i) == expected.changes.at(i), everyKind().at(i).name);
        QCOMPARE(saved.value().baseVersion, qint64(12));
    }

    void journalWrittenAgainIsTheSame()
    {
        const QByteArray before = readFile(dataPath("journal-every-kind.json"));
        const Result<Journal::Saved> saved = Journal::parse(before, kWorkspaceId);
        QVERIFY(saved.ok());
        // The same workspace location as the journal names (a location is kept as an absolute path).
        const Journal journal(
            QJsonDocument::fromJson(before).object().value(QStringLiteral("workspace")).toString(), kWorkspaceId);
        QVERIFY(journal.write(saved.value().changes, 12).ok());
        const QByteArray again = readFile(journal.path());
        journal.clear();
        QCOMPARE(compact(withoutSaved(again)), compact(withoutSaved(before)));
        // Byte for byte, but for the instant it was saved.
        QCOMPARE(withoutSavedText(again), withoutSavedText(before));
    }

    void auditRowsWrittenBeforeReadAndWriteTheSame()
    {
        const QJsonArray rows = QJsonDocument::fromJson(readFile(dataPath("audit-every-kind.json")))
                                    .object()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        const Applied expected = applyEveryKind();
        QCOMPARE(rows.size(), expected.changes.size());
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QByteArray text = row.value(QStringLiteral("change")).toString().toUtf8();
            const Result<Change> read = Change::fromJson(QJsonDocument::fromJson(text).object());
            QVERIFY2(read.ok(), everyKind().at(i).name);
            QVERIFY2(read.value() == expected.changes.at(i), everyKind().at(i).name);
            QCOMPARE(compact(read.value().toJson()), text);
            QCOMPARE(expected.summaries.at(i), row.value(QStringLiteral("summary")).toString());
        }
    }

    // Levels as a change stores them and as people type them: every set reads back as written, any case and spaces
    // around the words are taken, and a list with a gap, another separator or an unknown word is refused.
    void levelsReadAsWrittenAndTyped()
    {
        for (int bits = 0; bits < 16; ++bits) {
            const Levels levels = Levels::fromBits(bits);
            const Result<Levels> read = Levels::parseArgument(levels.toArgument());
            QVERIFY2(read.ok(), qPrintable(levels.toArgument()));
            QCOMPARE(read.value(), levels);
        }
        const Result<Levels> typed = Levels::parseArgument(QStringLiteral("  View , EDIT,delete "));
        QVERIFY(typed.ok());
        QCOMPARE(typed.value(), Levels(Level::View).with(Level::Edit).with(Level::Delete));
        QCOMPARE(Levels::parseArgument(QStringLiteral(" NONE ")).value(), Levels());
        QVERIFY(Levels::parseArgument(QStringLiteral(" ")).error().message.contains(QStringLiteral("No levels given")));
        for (const char *bad : { "view,,edit", "view,", "view;edit", "fly", "view,edits", ",view" }) {
            const Result<Levels> refused = Levels::parseArgument(QString::fromLatin1(bad));
            QVERIFY2(!refused.ok(), bad);
            QVERIFY2(refused.error().message.contains(QStringLiteral("Malformed levels")), bad);
        }
    }

private:
    static void writeFixtures(const QString &folder)
    {
        QDir().mkpath(folder);
        const Applied applied = applyEveryKind();
        const Journal journal(QStringLiteral("fixture.rolesheet"), kWorkspaceId);
        if (!journal.write(applied.changes, 12))
            qFatal("cannot write the journal");
        QFile::remove(folder + QStringLiteral("/journal-every-kind.json"));
        QFile::copy(journal.path(), folder + QStringLiteral("/journal-every-kind.json"));
        journal.clear();
        QJsonArray rows;
        for (int i = 0; i < applied.changes.size(); ++i) {
            rows.append(QJsonObject { { QStringLiteral("summary"), applied.summaries.at(i) },
                { QStringLiteral("change"), QString::fromUtf8(compact(applied.changes.at(i).toJson())) } });
        }
        QFile audit(folder + QStringLiteral("/audit-every-kind.json"));
        if (!audit.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the audit rows");
        audit.write(QJsonDocument(QJsonObject { { QStringLiteral("about"),
                                                    QStringLiteral("The summary and change text of the audit row each "
                                                                   "change made, as the store writes them.") },
                                      { QStringLiteral("rows"), rows } })
                        .toJson(QJsonDocument::Indented));
    }
};

QTEST_GUILESS_MAIN(TestChangeFormats)
#include "TestChangeFormats.moc"
