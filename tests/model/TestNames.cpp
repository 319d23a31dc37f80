// Names and texts are well-formed Unicode that prints as it reads: no lone UTF-16 surrogates, no invisible or
// direction-changing characters, and no control characters beyond line breaks and tabs in longer texts. A refused
// change changes nothing and names the character at fault; what is committed is exactly what was checked.
#include "ModelFixture.h"

#include "domain/Rules.h"

#include <QTest>

using namespace rs;
using namespace fx;

namespace {

QString lone(char16_t unit, int count = 1)
{
    return QString(count, QChar(unit));
}

QString emoji(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QString::fromUcs4(U"\U0001F3AC");
    return text;
}

} // namespace

class TestNames : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void allowed_data();
    void allowed();
    void checkNameOnRawText_data();
    void checkNameOnRawText();
    void namesDifferingInLoneSurrogatesAreNotBothKept();
    void verifyRefusesHiddenCharactersInStoredTexts_data();
    void nameListKeepsPercentSigns();
    void verifyRefusesHiddenCharactersInStoredTexts();
};

void TestNames::refused_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("mention");
    auto row = [](const char *name, Op op, const char *mention) { QTest::newRow(name) << op << s(mention); };
    // Lone surrogates: the name check counts them as nothing, storage would turn them into other characters.
    row(
        "role name X followed by 400 lone low surrogates",
        [](Workspace &) { return Change::createRole(s("X") + lone(0xDC00, 400), Scope::Account); }, "U+DC00");
    row(
        "role name ending in a lone high surrogate",
        [](Workspace &) { return Change::createRole(s("Night shift") + lone(0xD83C), Scope::Account); }, "U+D83C");
    row(
        "surrogates in the wrong order",
        [](Workspace &) { return Change::createRole(s("A") + lone(0xDF3C) + lone(0xD83C) + s("B"), Scope::Account); },
        "U+DF3C");
    row(
        "member name with a lone surrogate", [](Workspace &) { return Change::addMember(s("Ann") + lone(0xDFFF)); },
        "U+DFFF");
    row(
        "79 emoji and a lone surrogate",
        [](Workspace &) { return Change::createRole(emoji(79) + lone(0xDC00), Scope::Account); }, "U+DC00");
    row(
        "section name with a lone surrogate", [](Workspace &) { return Change::addSection(s("Setup") + lone(0xD800)); },
        "U+D800");
    row(
        "description with a lone surrogate",
        [](Workspace &ws) {
            return Change::setDescription(accountRole(ws, "Studio manager"), s("Runs") + lone(0xDC00) + s(" things"));
        },
        "U+DC00");
    row(
        "workspace name with a lone surrogate",
        [](Workspace &) { return Change::setWorkspaceName(s("North") + lone(0xDC00)); }, "U+DC00");
    // Invisible and direction-changing characters: two names that print alike.
    row(
        "member Ann with a zero-width space", [](Workspace &) { return Change::addMember(s("Ann\u200B")); }, "U+200B");
    row(
        "zero-width joiner in a role name",
        [](Workspace &) { return Change::createRole(s("Re\u200Dtoucher"), Scope::Account); }, "U+200D");
    row(
        "right-to-left mark in a member name", [](Workspace &) { return Change::addMember(s("Bob\u200F")); }, "U+200F");
    row(
        "right-to-left override in a role name",
        [](Workspace &) { return Change::createRole(s("gpj.\u202Eexe"), Scope::Account); }, "U+202E");
    row(
        "left-to-right embedding in a production name",
        [](Workspace &ws) { return Change::createProduction(s("\u202AGala"), member(ws, "Morgan Avery")); }, "U+202A");
    row(
        "isolate in a feature name",
        [](Workspace &ws) { return Change::addFeature(ws.sections().first().id, s("Drones\u2066"), Scope::Account); },
        "U+2066");
    row(
        "pop directional isolate in a section name", [](Workspace &) { return Change::addSection(s("Wrap\u2069")); },
        "U+2069");
    row(
        "byte order mark in a renamed member",
        [](Workspace &ws) { return Change::renameMember(member(ws, "Dev Patel"), s("Dev\uFEFF Patel")); }, "U+FEFF");
    row(
        "right-to-left override in the workspace name",
        [](Workspace &) { return Change::setWorkspaceName(s("Studio\u202E")); }, "U+202E");
    // Longer texts: line breaks and tabs only.
    row(
        "escape sequence in a description",
        [](Workspace &ws) {
            return Change::setDescription(accountRole(ws, "Studio manager"), s("Runs \x1B[2Jthe studio"));
        },
        "U+001B");
    row(
        "bell in a description",
        [](Workspace &ws) { return Change::setDescription(accountRole(ws, "Studio manager"), s("Ding\x07")); },
        "U+0007");
    row(
        "C1 control in a description",
        [](Workspace &ws) { return Change::setDescription(accountRole(ws, "Studio manager"), s("Next\u0085line")); },
        "U+0085");
    row(
        "C1 control sequence introducer in a rationale",
        [](Workspace &ws) { return Change::setFeatureRationale(feature(ws, "Jobs"), s("Why\u009B2J")); }, "U+009B");
    row(
        "right-to-left override in a description",
        [](Workspace &ws) { return Change::setDescription(accountRole(ws, "Studio manager"), s("abc\u202Edef")); },
        "U+202E");
    row(
        "escape in a new feature's rationale",
        [](Workspace &ws) {
            return Change::addFeature(
                ws.sections().first().id, s("Drones"), Scope::Account, {}, false, s("\x1B]0;x\x07"));
        },
        "U+001B");
    row(
        "escape in the reason a guardrail comes off",
        [](Workspace &ws) {
            return Change::setGuardrails(accountRole(ws, "Studio manager"), {}, s("Because\x1B[31m"));
        },
        "U+001B");
    row(
        "zero-width space in a guardrail reason",
        [](Workspace &ws) { return Change::setGuardrails(accountRole(ws, "Studio manager"), {}, s("\u200B")); },
        "U+200B");
}

void TestNames::refused()
{
    QFETCH(Op, op);
    QFETCH(QString, mention);
    Workspace ws = studio();
    // A role with a guardrail, so that removing it is a change that takes a reason.
    Change guard = Change::setGuardrails(accountRole(ws, "Studio manager"), Categories(Category::Marketing));
    QVERIFY(ws.apply(guard).ok());
    Change change = op(ws);
    const Workspace before = ws;
    const Result<Touched> result = ws.apply(change);
    QVERIFY2(!result.ok(), "the change was accepted but should be refused");
    QVERIFY2(ws == before, "a refused change altered the workspace");
    const QString message = result.error().message;
    QVERIFY2(message.contains(mention), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
    QVERIFY2(message.size() < 300, qPrintable(message.left(300)));
    // The message itself prints safely: it quotes the character by its code, not the character.
    for (const QChar c : message)
        QVERIFY2(!c.isSurrogate() && c.category() != QChar::Other_Control && c != QChar(0x202E), qPrintable(message));
}

void TestNames::allowed_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("kept");
    auto row = [](const char *name, Op op, const QString &kept) { QTest::newRow(name) << op << kept; };
    row(
        "80 emoji", [](Workspace &) { return Change::createRole(emoji(80), Scope::Account); }, emoji(80));
    row(
        "a paired surrogate in a member name", [](Workspace &) { return Change::addMember(s("Zoë 🎬")); }, s("Zoë 🎬"));
    row(
        "right-to-left script in a member name", [](Workspace &) { return Change::addMember(s("סָרָה")); }, s("סָרָה"));
    row(
        "line breaks and tabs in a description",
        [](Workspace &ws) {
            return Change::setDescription(accountRole(ws, "Studio manager"), s("Line one\r\nLine\ttwo"));
        },
        s("Line one\r\nLine\ttwo"));
    row(
        "percent signs in a description",
        [](Workspace &ws) { return Change::setDescription(accountRole(ws, "Studio manager"), s("100% of %1")); },
        s("100% of %1"));
}

void TestNames::allowed()
{
    QFETCH(Op, op);
    QFETCH(QString, kept);
    Workspace ws = studio();
    Change change = op(ws);
    const Result<Touched> result = ws.apply(change);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY(ws.verify().ok());
    QString stored;
    if (const Role *r = ws.role(change.role))
        stored = change.kind == Change::Kind::SetDescription ? r->description : r->name;
    else if (const Member *m = ws.member(change.member))
        stored = m->name;
    QCOMPARE(stored, kept);
}

// Rules::checkName on raw UTF-16 of every shape: a plain function a fuzzer can call.
void TestNames::checkNameOnRawText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << s("Ann") << true;
    QTest::newRow("80 emoji") << emoji(80) << true;
    QTest::newRow("81 emoji") << emoji(81) << false;
    QTest::newRow("soft hyphen") << s("An\u00ADn") << false;
    QTest::newRow("word joiner") << s("An\u2060n") << false;
    QTest::newRow("tag character") << s("Ann") + QString::fromUcs4(U"\U000E0041") << false;
    QTest::newRow("lone low surrogate") << lone(0xDC00) << false;
    QTest::newRow("lone high surrogate") << lone(0xD800) << false;
    QTest::newRow("two high surrogates") << lone(0xD800, 2) << false;
    QTest::newRow("80 letters and a lone surrogate") << QString(80, u'a') + lone(0xDC00) << false;
    QTest::newRow("word joiner") << s("A\u2060B") << false;
    QTest::newRow("Arabic letter mark") << s("A\u061CB") << false;
}

void TestNames::checkNameOnRawText()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(Rules::checkName(name, s("role")).ok(), ok);
}

// Two names that differ only in lone surrogates would become one name in storage: neither is taken.
void TestNames::namesDifferingInLoneSurrogatesAreNotBothKept()
{
    Workspace ws = studio();
    Change first = Change::addMember(s("Kim") + lone(0xDC00));
    Change second = Change::addMember(s("Kim") + lone(0xDC01));
    QVERIFY(!ws.apply(first).ok());
    QVERIFY(!ws.apply(second).ok());
    QVERIFY(!ws.findMember(s("Kim") + lone(0xDC00)));
    QVERIFY(!ws.findMember(s("Kim") + lone(0xDC01)));
}

// A workspace filled from a file or an import is verified: hidden characters there are refused too.
void TestNames::verifyRefusesHiddenCharactersInStoredTexts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mention");
    QTest::newRow("a clean copy verifies") << QString() << QString() << QString();
    QTest::newRow("escape in the workspace name") << s("workspace") << s("Studio\x1B[2J") << s("U+001B");
    QTest::newRow("lone surrogate in the workspace name")
        << s("workspace") << s("Studio") + lone(0xDC00) << s("U+DC00");
    QTest::newRow("escape in a description") << s("description") << s("Runs\x1B[2J") << s("U+001B");
    QTest::newRow("override in a rationale") << s("rationale") << s("Why\u202E") << s("U+202E");
    QTest::newRow("lone surrogate in a rationale") << s("rationale") << s("Why") + lone(0xD800) << s("U+D800");
}

void TestNames::verifyRefusesHiddenCharactersInStoredTexts()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, mention);
    const Workspace source = studio();
    Workspace ws;
    WorkspaceBuilder b(ws);
    b.setName(field == QLatin1String("workspace") ? text : source.name());
    for (const Section &section : source.sections())
        b.addSection(section);
    for (Feature f : source.features()) {
        if (field == QLatin1String("rationale") && f.name == QLatin1String("Jobs"))
            f.rationale = text;
        b.addFeature(f);
    }
    for (const Production &p : source.productions())
        b.addProduction(p);
    for (Role r : source.roles()) {
        if (field == QLatin1String("description") && r.name == QLatin1String("Studio manager"))
            r.description = text;
        b.addRole(r);
    }
    for (const Member &m : source.members())
        b.addMember(m);
    for (auto it = source.seats().cbegin(); it != source.seats().cend(); ++it)
        b.addSeat(it.key(), it.value());
    b.setNextId(source.nextId());
    b.finish();
    const Status status = ws.verify();
    if (mention.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        return;
    }
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(mention), qPrintable(status.error().message));
}

// A refusal listing holders ("Ann, Bob, Cat and 2 more") prints names with "%2" in them as typed.
void TestNames::nameListKeepsPercentSigns()
{
    const QStringList names = { s("Ann %2"), s("Bob %1"), s("Cat"), s("Dev"), s("Eve") };
    QCOMPARE(Rules::nameList(names), s("Ann %2, Bob %1, Cat and 2 more"));
}

QTEST_GUILESS_MAIN(TestNames)
#include "TestNames.moc"
