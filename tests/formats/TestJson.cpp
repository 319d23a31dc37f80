// The JSON documents: export then import gives the same workspace, and a bad import changes nothing and names the
// field at fault.
#include "FormatsFixture.h"
#include "JsonEdit.h"

#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"
#include "formats/Json.h"
#include "testing/Generate.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace rs;

namespace {

int indexOf(const QByteArray &json, const QString &list, const QString &name)
{
    const QJsonArray a = QJsonDocument::fromJson(json).object().value(list).toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).toObject().value(QStringLiteral("name")).toString() == name)
            return i;
    }
    return -1;
}

QString at(const QByteArray &json, const char *list, const char *name, const char *rest)
{
    return QStringLiteral("%1.%2.%3")
        .arg(QLatin1String(list))
        .arg(indexOf(json, QLatin1String(list), QString::fromUtf8(name)))
        .arg(QLatin1String(rest));
}

// The index of a seat in a document's list of seats.
int seatIndex(const QByteArray &json, Id production, Id member)
{
    const QJsonArray a = QJsonDocument::fromJson(json).object().value(QStringLiteral("seats")).toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        if (o.value(QStringLiteral("production")).toVariant().toLongLong() == production
            && o.value(QStringLiteral("member")).toVariant().toLongLong() == member)
            return i;
    }
    return -1;
}

// A default workspace with an admin, a production, a custom account role and a production role.
Workspace baseWorkspace()
{
    Workspace ws = DefaultWorkspace::create(QStringLiteral("Owner"), QStringLiteral("Studio"));
    Change ann = Change::addMember(QStringLiteral("Ann"), ws.builtInRole(BuiltIn::Admin));
    Change bob = Change::addMember(QStringLiteral("Bob"));
    (void)ws.apply(ann);
    (void)ws.apply(bob);
    Change film = Change::createProduction(QStringLiteral("Film"), ann.member);
    (void)ws.apply(film);
    Change editor = Change::createRole(
        QStringLiteral("Editor"), Scope::Account, 0, ws.findTemplate(QStringLiteral("Production"))->id);
    (void)ws.apply(editor);
    Change subtitler = Change::createRole(QStringLiteral("Subtitler"), Scope::Production, film.production);
    (void)ws.apply(subtitler);
    Change invite = Change::invite(film.production, bob.member, subtitler.role);
    (void)ws.apply(invite);
    return ws;
}

// `text` with `count` lone UTF-16 surrogates after it, written as the JSON escape that Qt's parser accepts (a
// QString holding them would be serialised with replacement characters instead).
QByteArray withLoneSurrogates(
    const QByteArray &json, const QString &path, const QString &text, const char *escape, int count)
{
    QByteArray value = text.toUtf8();
    for (int i = 0; i < count; ++i)
        value += escape;
    const QString marker = QStringLiteral("LONE-SURROGATE-MARKER");
    return fmt::edit(json, path, marker).replace(marker.toUtf8(), value);
}

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = baseWorkspace();
        QVERIFY(m_base.verify().ok());
        QCOMPARE(m_base.seats().size(), 2);
        m_good = formats::workspaceJson(m_base);
        m_duties = dutyBook(m_base);
        m_withDuties = formats::workspaceJson(m_base, m_duties);
    }

    // Duty rules and exceptions travel with the workspace; a document without them says so, and reads as before.
    void dutiesRoundTrip()
    {
        QVERIFY(!m_good.contains("duty"));
        QVERIFY(m_withDuties.startsWith(m_good.left(m_good.size() - 3))); // the same document, the duties after it
        const Result<formats::WorkspaceDocument> back = formats::workspaceDocumentFromJson(m_withDuties);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QVERIFY(back->hasDuties);
        QVERIFY(back->workspace == m_base);
        QVERIFY(back->duties == m_duties);
        QCOMPARE(formats::workspaceJson(back->workspace, back->duties), m_withDuties);
        const Result<formats::WorkspaceDocument> plain = formats::workspaceDocumentFromJson(m_good);
        QVERIFY(plain.ok());
        QVERIFY(!plain->hasDuties);
        QVERIFY(plain->duties.rules.isEmpty() && plain->duties.exceptions.isEmpty());
        // Only the rules, no exceptions: still a document with duties.
        duties::Book rulesOnly = m_duties;
        rulesOnly.exceptions.clear();
        const Result<formats::WorkspaceDocument> rules
            = formats::workspaceDocumentFromJson(formats::workspaceJson(m_base, rulesOnly));
        QVERIFY(rules.ok() && rules->hasDuties && rules->duties == rulesOnly);
    }

    void roundTripGenerated_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("default") << -1 << 0u;
        QTest::newRow("base") << 0 << 0u;
        QTest::newRow("small 1") << 1 << 1u;
        QTest::newRow("small 2") << 1 << 2u;
        QTest::newRow("studio") << 2 << 3u;
    }

    void roundTripGenerated()
    {
        QFETCH(int, size);
        QFETCH(quint32, seed);
        const Workspace ws = size < 0 ? DefaultWorkspace::create()
            : size == 0               ? m_base
                        : generateWorkspace(size == 1 ? GenerateSpec::small() : GenerateSpec::studio(), seed);
        const QByteArray json = formats::workspaceJson(ws);
        const Result<Workspace> back = formats::workspaceFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QVERIFY(back.value() == ws);
        QCOMPARE(formats::workspaceJson(back.value()), json);
    }

    // Through the command line and the database: export, import into another file, and the workspace is equal.
    void roundTripThroughStore()
    {
        const Workspace ws = generateWorkspace(GenerateSpec::small(), 11);
        const QString from = m_dir.filePath(QStringLiteral("from.rolesheet"));
        const QString to = m_dir.filePath(QStringLiteral("to.rolesheet"));
        const QString file = m_dir.filePath(QStringLiteral("ws.json"));
        QVERIFY(fmt::createStore(from, ws));
        QVERIFY(fmt::createStore(to, DefaultWorkspace::create()));
        fmt::Run r = fmt::cli(
            { QStringLiteral("--db"), from, QStringLiteral("export-workspace"), QStringLiteral("-o"), file });
        QCOMPARE(r.exit, 0);
        r = fmt::cli({ QStringLiteral("--db"), to, QStringLiteral("import-workspace"), file });
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(fmt::load(to) == ws);
    }

    void hostileWorkspace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray &g = m_good;
        QTest::newRow("truncated") << g.left(g.size() / 2) << QStringLiteral("Malformed JSON at line");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("Malformed JSON at line 1");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
        QTest::newRow("other format") << fmt::edit(g, QStringLiteral("format"), QStringLiteral("x"))
                                      << QStringLiteral("format:");
        QTest::newRow("newer version") << fmt::edit(g, QStringLiteral("version"), 3) << QStringLiteral("version:");
        QTest::newRow("role document") << fmt::edit(g, QStringLiteral("kind"), QStringLiteral("role"))
                                       << QStringLiteral("kind:");
        QTest::newRow("unknown field") << fmt::edit(g, QStringLiteral("members.0.age"), 3)
                                       << QStringLiteral("members[0].age: unknown field");
        QTest::newRow("name is a number")
            << fmt::edit(g, QStringLiteral("members.0.name"), 5) << QStringLiteral("members[0].name: expected text");
        QTest::newRow("list is an object")
            << fmt::edit(g, QStringLiteral("seats"), QJsonObject()) << QStringLiteral("seats: expected a list");
        QTest::newRow("missing field") << fmt::edit(g, QStringLiteral("features.3.scope"), QJsonValue::Undefined)
                                       << QStringLiteral("features[3].scope: missing");
        QTest::newRow("huge id") << fmt::edit(g, QStringLiteral("sections.0.id"), 1e300)
                                 << QStringLiteral("sections[0].id: expected a whole number");
        QTest::newRow("fractional id") << fmt::edit(g, QStringLiteral("members.0.id"), 1.5)
                                       << QStringLiteral("members[0].id: expected a whole number");
        QTest::newRow("negative reference") << fmt::edit(g, QStringLiteral("members.0.accountRole"), -3)
                                            << QStringLiteral("members[0].accountRole: expected a whole number");
        QTest::newRow("huge text") << fmt::edit(g, QStringLiteral("features.0.rationale"), QString(100000, u'x'))
                                   << QStringLiteral("features[0].rationale: 100000 characters");
        QTest::newRow("long name") << fmt::edit(g, QStringLiteral("members.0.name"), QString(81, u'n'))
                                   << QStringLiteral("members[0].name: A member name can be at most 80");
        QTest::newRow("control character") << fmt::edit(g, QStringLiteral("members.0.name"), QStringLiteral("A\nB"))
                                           << QStringLiteral("members[0].name: A member name cannot contain");
        QTest::newRow("lone surrogates in a member name")
            << withLoneSurrogates(g, QStringLiteral("members.0.name"), QStringLiteral("X"), "\\udc00", 400)
            << QStringLiteral("members[0].name: the text holds an unpaired UTF-16 surrogate escape");
        QTest::newRow("lone surrogate in the workspace name") << withLoneSurrogates(g, QStringLiteral("name"),
            QStringLiteral("Studio"), "\\ud800", 1) << QStringLiteral("unpaired UTF-16 surrogate escape");
        QTest::newRow("escape sequence in the workspace name")
            << fmt::edit(g, QStringLiteral("name"), QStringLiteral("Studio\x1B[2J\x1B]0;owned\x07"))
            << QStringLiteral("breaks a rule: A workspace name cannot contain control characters");
        QTest::newRow("escape sequence in a description")
            << fmt::edit(g, at(g, "roles", "Editor", "description"), QStringLiteral("Edits\x1B[31m"))
            << QStringLiteral("description of “Editor” contains the control character U+001B");
        QTest::newRow("C1 control in a rationale") << fmt::edit(g, QStringLiteral("features.0.rationale"),
            QStringLiteral("Why\u009B2J")) << QStringLiteral("contains the control character U+009B");
        QTest::newRow("override in a rationale") << fmt::edit(g, QStringLiteral("features.0.rationale"),
            QStringLiteral("Why\u202Eton")) << QStringLiteral("direction-changing character U+202E");
        QTest::newRow("zero-width space in a section name")
            << fmt::edit(g, QStringLiteral("sections.0.name"), QStringLiteral("Setup\u200B"))
            << QStringLiteral("sections[0].name: A section name cannot contain the invisible");
        QTest::newRow("unknown level") << fmt::edit(g, at(g, "roles", "Editor", "grants.0.levels.0"),
            QStringLiteral("approve")) << QStringLiteral(".levels[0]: expected view, add, edit or delete");
        QTest::newRow("unknown feature") << fmt::edit(g, at(g, "roles", "Editor", "grants.0.feature"), 99999)
                                         << QStringLiteral(".grants[0].feature: there is no feature with id 99999");
        QTest::newRow("unknown category") << fmt::edit(g, QStringLiteral("features.0.categories.+"),
            QStringLiteral("legal")) << QStringLiteral("features[0].categories[0]: expected financial");
        QTest::newRow("unknown role of member") << fmt::edit(g, QStringLiteral("members.0.accountRole"), 77777)
                                                << QStringLiteral("members[0].accountRole: there is no role");
        QTest::newRow("duplicate id") << fmt::edit(
            g, QStringLiteral("sections.1.id"), fmt::valueAt(g, QStringLiteral("sections.0.id")))
                                      << QStringLiteral("sections[1].id: id 1 is used twice");
        QTest::newRow("duplicate member name")
            << fmt::edit(g, at(g, "members", "Bob", "name"), QStringLiteral("Ann")) << QStringLiteral("Two members");
        QTest::newRow("duplicate feature name") << fmt::edit(g, QStringLiteral("features.1.name"),
            QStringLiteral("Jobs")) << QStringLiteral("Two features are named");
        QTest::newRow("name with spaces") << fmt::edit(g, QStringLiteral("members.0.name"), QStringLiteral(" Ann"))
                                          << QStringLiteral("members[0].name: a name cannot begin or end");
        QTest::newRow("two owners") << fmt::edit(
            g, at(g, "members", "Ann", "accountRole"), fmt::valueAt(g, at(g, "members", "Owner", "accountRole")))
                                    << QStringLiteral("exactly one Admin & owner");
        QTest::newRow("owner-only grant") << fmt::edit(g, at(g, "roles", "Editor", "grants.+"),
            QJsonObject { { QStringLiteral("feature"),
                              indexOf(g, QStringLiteral("features"), QStringLiteral("Payout Management")) + 7 },
                { QStringLiteral("levels"), QJsonArray { QStringLiteral("view") } } })
                                          << QStringLiteral("breaks a rule");
        QTest::newRow("built-in made a template") << fmt::edit(g, at(g, "roles", "Admin", "template"), true)
                                                  << QStringLiteral("builtIn: a built-in role has the wrong scope");
        QTest::newRow("seat in unknown production") << fmt::edit(g, QStringLiteral("seats.0.production"), 4242)
                                                    << QStringLiteral("seats[0].production: there is no production");
    }

    void hostileDuties_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray &g = m_withDuties;
        QTest::newRow("duty rules an object")
            << fmt::edit(g, QStringLiteral("dutyRules"), QJsonObject()) << QStringLiteral("dutyRules: expected a list");
        QTest::newRow("unknown rule field") << fmt::edit(g, QStringLiteral("dutyRules.0.colour"), 1)
                                            << QStringLiteral("dutyRules[0].colour: unknown field");
        QTest::newRow("unknown feature") << fmt::edit(g, QStringLiteral("dutyRules.0.left.0.feature"), 4242)
                                         << QStringLiteral("dutyRules[0]: The duty rule names a feature");
        QTest::newRow("bad level") << fmt::edit(g, QStringLiteral("dutyRules.0.right.0.level"), QStringLiteral("own"))
                                   << QStringLiteral("dutyRules[0].right[0].level: expected view, add, edit or delete");
        QTest::newRow("empty side") << fmt::edit(g, QStringLiteral("dutyRules.0.right"), QJsonArray())
                                    << QStringLiteral("dutyRules[0]: A duty rule needs cells on both sides");
        QTest::newRow("bad scope") << fmt::edit(g, QStringLiteral("dutyRules.0.scope"), QStringLiteral("galaxy"))
                                   << QStringLiteral("dutyRules[0].scope: Unknown duty scope");
        QTest::newRow("bad severity") << fmt::edit(g, QStringLiteral("dutyRules.0.severity"), QStringLiteral("mild"))
                                      << QStringLiteral("dutyRules[0].severity: Unknown severity");
        QTest::newRow("rule twice") << fmt::edit(
            g, QStringLiteral("dutyRules.+"), fmt::valueAt(g, QStringLiteral("dutyRules.0")))
                                    << QStringLiteral("dutyRules[1]: A duty rule named");
        QTest::newRow("exception of no member") << fmt::edit(g, QStringLiteral("dutyExceptions.0.member"),
            4242) << QStringLiteral("dutyExceptions[0]: the exception names a member the workspace does not have");
        QTest::newRow("exception of no rule")
            << fmt::edit(g, QStringLiteral("dutyExceptions.0.rule"), QStringLiteral("Nothing"))
            << QStringLiteral("dutyExceptions[0]: the exception names a duty rule the document does not have");
        QTest::newRow("granted to oneself") << fmt::edit(g, QStringLiteral("dutyExceptions.0.grantedBy"),
            QStringLiteral("bob")) << QStringLiteral("dutyExceptions[0]: an exception is granted by someone other");
        QTest::newRow("no reason") << fmt::edit(g, QStringLiteral("dutyExceptions.0.reason"), QStringLiteral(" "))
                                   << QStringLiteral("dutyExceptions[0]: an exception needs a reason");
        QTest::newRow("bad until") << fmt::edit(g, QStringLiteral("dutyExceptions.0.until"), QStringLiteral("soon"))
                                   << QStringLiteral("dutyExceptions[0].until: expected an ISO 8601 date-time");
        QTest::newRow("ends before its grant")
            << fmt::edit(g, QStringLiteral("dutyExceptions.0.until"), QStringLiteral("2001-01-01T00:00:00Z"))
            << QStringLiteral("dutyExceptions[0]: an exception ends after it was granted");
    }

    // Bad duties in a document are refused as any bad field is: one line, the database as it was.
    void hostileDuties() { hostileWorkspace(); }

    // Every bad import is refused with one line naming the field, and the workspace file keeps every byte.
    void hostileWorkspace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<Workspace> parsed = formats::workspaceFromJson(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));

        const QString db = m_dir.filePath(QStringLiteral("hostile.rolesheet"));
        QFile::remove(db);
        QVERIFY(fmt::createStore(db, m_base));
        const QByteArray before = fmt::read(db);
        const QString file = m_dir.filePath(QStringLiteral("hostile.json"));
        QVERIFY(fmt::write(file, json));
        const fmt::Run r = fmt::cli({ QStringLiteral("--db"), db, QStringLiteral("import-workspace"), file });
        QCOMPARE(r.exit, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
        QVERIFY(fmt::read(db) == before);
    }

    void importRole_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("production");
        QTest::newRow("template as account role") << QStringLiteral("Production") << QString();
        QTest::newRow("custom account role") << QStringLiteral("Editor") << QString();
        QTest::newRow("production role") << QStringLiteral("Subtitler") << QStringLiteral("Film");
    }

    // A role exported and imported under another name holds exactly the same levels.
    void importRole()
    {
        QFETCH(QString, source);
        QFETCH(QString, production);
        const Production *film = m_base.findProduction(QStringLiteral("Film"));
        const Role *role = production.isEmpty() ? m_base.findAccountRole(source) : nullptr;
        if (!role)
            role = production.isEmpty() ? m_base.findTemplate(source) : m_base.findProductionRole(film->id, source);
        QVERIFY(role);
        QByteArray json
            = fmt::edit(formats::roleJson(m_base, *role), QStringLiteral("role.name"), QStringLiteral("Copy"));
        if (role->isTemplate)
            json = fmt::edit(json, QStringLiteral("role.template"), false);
        const Result<QList<Change>> changes
            = formats::roleChangesFromJson(m_base, json, production.isEmpty() ? 0 : film->id);
        QVERIFY2(changes.ok(), qPrintable(changes.error().message));
        Workspace ws = m_base;
        QList<Change> list = changes.value();
        for (Change &c : list)
            QVERIFY(ws.apply(c).ok());
        const Role *copy = ws.role(list.first().role);
        QVERIFY(copy);
        QCOMPARE(copy->name, QStringLiteral("Copy"));
        QCOMPARE(copy->guardrails, role->guardrails);
        QCOMPARE(copy->scope, role->scope);
        for (const Feature &f : ws.features())
            QCOMPARE(ws.grant(*copy, f), ws.grant(*role, f));
    }

    // Through the command line: a role exported from one workspace is imported into another and reads the same.
    void importRoleThroughCli()
    {
        const QString from = m_dir.filePath(QStringLiteral("role-from.rolesheet"));
        const QString to = m_dir.filePath(QStringLiteral("role-to.rolesheet"));
        QVERIFY(fmt::createStore(from, m_base));
        QVERIFY(fmt::createStore(to, DefaultWorkspace::create()));
        const QString file = m_dir.filePath(QStringLiteral("editor.json"));
        fmt::Run r = fmt::cli({ QStringLiteral("--db"), from, QStringLiteral("export"), QStringLiteral("Editor"),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), file });
        QCOMPARE(r.exit, 0);
        r = fmt::cli({ QStringLiteral("--db"), to, QStringLiteral("import-role"), file });
        QVERIFY2(r.exit == 0, r.err.constData());
        const QStringList csv
            = { QStringLiteral("export"), QStringLiteral("Editor"), QStringLiteral("--format"), QStringLiteral("csv") };
        const fmt::Run a = fmt::cli(QStringList { QStringLiteral("--db"), from } + csv);
        const fmt::Run b = fmt::cli(QStringList { QStringLiteral("--db"), to } + csv);
        QCOMPARE(b.exit, 0);
        QCOMPARE(b.out, a.out);
        // The same file again is refused: the name is taken.
        r = fmt::cli({ QStringLiteral("--db"), to, QStringLiteral("import-role"), file });
        QCOMPARE(r.exit, 2);
    }

    void hostileRole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("production");
        QTest::addColumn<QString>("expected");
        const QByteArray g = fmt::edit(formats::roleJson(m_base, *m_base.findAccountRole(QStringLiteral("Editor"))),
            QStringLiteral("role.name"), QStringLiteral("Imported"));
        const int payout = 24; // Payout Management, in catalog order
        QTest::newRow("truncated") << g.left(200) << QString() << QStringLiteral("Malformed JSON at line");
        QTest::newRow("workspace document") << m_good << QString() << QStringLiteral("kind:");
        QTest::newRow("levels as text") << fmt::edit(g, QStringLiteral("grants.0.levels"), QStringLiteral("add"))
                                        << QString() << QStringLiteral("grants[0].levels: expected a list");
        QTest::newRow("too many levels") << fmt::edit(g, QStringLiteral("grants.0.levels"),
            QJsonArray { QStringLiteral("view"), QStringLiteral("add"), QStringLiteral("edit"),
                QStringLiteral("delete"), QStringLiteral("view") })
                                         << QString() << QStringLiteral("grants[0].levels: 5 entries");
        QTest::newRow("huge description") << fmt::edit(g, QStringLiteral("role.description"), QString(5000, u'd'))
                                          << QString() << QStringLiteral("role.description: 5000 characters");
        QTest::newRow("unknown feature") << fmt::edit(g, QStringLiteral("grants.3.feature"), QStringLiteral("Drones"))
                                         << QString()
                                         << QStringLiteral("grants[3].feature: this workspace has no feature named");
        QTest::newRow("feature twice") << fmt::edit(g, QStringLiteral("grants.3.feature"), QStringLiteral("Jobs"))
                                       << QString() << QStringLiteral("grants[3].feature: \"Jobs\" is listed twice");
        QTest::newRow("name taken") << fmt::edit(g, QStringLiteral("role.name"), QStringLiteral("Editor")) << QString()
                                    << QStringLiteral("role.name: There is already");
        QTest::newRow("empty name") << fmt::edit(g, QStringLiteral("role.name"), QString()) << QString()
                                    << QStringLiteral("role.name: A role needs a name");
        QTest::newRow("owner-only feature") << fmt::edit(fmt::edit(g, QStringLiteral("role.guardrails"), QJsonArray()),
            QStringLiteral("grants.%1.levels").arg(payout), QJsonArray { QStringLiteral("view") })
                                            << QString() << QStringLiteral("grants[24]:");
        QTest::newRow("guardrail") << fmt::edit(
            g, QStringLiteral("grants.23.levels"), QJsonArray { QStringLiteral("view") })
                                   << QString() << QStringLiteral("grants[23]:");
        QTest::newRow("production role without production") << fmt::edit(g, QStringLiteral("role.scope"),
            QStringLiteral("production")) << QString() << QStringLiteral("role.scope:");
        QTest::newRow("account role into a production") << g << QStringLiteral("Film") << QStringLiteral("role.scope:");
        QTest::newRow("account feature in a production role")
            << fmt::edit(g, QStringLiteral("role.scope"), QStringLiteral("production")) << QStringLiteral("Film")
            << QStringLiteral("grants[0]:");
        QTest::newRow("lone surrogates in the name")
            << withLoneSurrogates(g, QStringLiteral("role.name"), QStringLiteral("X"), "\\udc00", 400) << QString()
            << QStringLiteral("role.name: the text holds an unpaired UTF-16 surrogate escape");
        QTest::newRow("bidirectional override in the name")
            << fmt::edit(g, QStringLiteral("role.name"), QStringLiteral("Imp\u202Eorted")) << QString()
            << QStringLiteral("role.name: A role name cannot contain the invisible or direction-changing character "
                              "U+202E");
        QTest::newRow("escape sequence in the description")
            << fmt::edit(g, QStringLiteral("role.description"), QStringLiteral("Edits\x1B[2J\x1B[31m")) << QString()
            << QStringLiteral("role.description: The description contains the control character U+001B");
        QTest::newRow("lone surrogate in the description")
            << withLoneSurrogates(g, QStringLiteral("role.description"), QStringLiteral("Edits"), "\\udfff", 3)
            << QString() << QStringLiteral("role.description: the text holds an unpaired UTF-16 surrogate escape");
        QTest::newRow("unknown field") << fmt::edit(g, QStringLiteral("role.colour"), QStringLiteral("red"))
                                       << QString() << QStringLiteral("role.colour: unknown field");
    }

    void hostileRole()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, production);
        QFETCH(QString, expected);
        const QString db = m_dir.filePath(QStringLiteral("role.rolesheet"));
        QFile::remove(db);
        QVERIFY(fmt::createStore(db, m_base));
        const QByteArray before = fmt::read(db);
        const QString file = m_dir.filePath(QStringLiteral("role.json"));
        QVERIFY(fmt::write(file, json));
        QStringList args = { QStringLiteral("--db"), db, QStringLiteral("import-role"), file };
        if (!production.isEmpty())
            args << QStringLiteral("--production") << production;
        const fmt::Run r = fmt::cli(args);
        QCOMPARE(r.exit, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
        QVERIFY(fmt::read(db) == before);
    }

    // Names the rules let through — quotes, commas, markup, formula starters — survive the round trip.
    void awkwardNamesRoundTrip()
    {
        Workspace ws = m_base;
        for (const QString &name : { QStringLiteral("O'Brien, \"Bo\""), QStringLiteral("<script>alert(1)</script>"),
                 QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("Zoë — ñ 日本"),
                 QStringLiteral("#hash \\ back") }) {
            Change c = Change::addMember(name);
            QVERIFY2(ws.apply(c).ok(), qPrintable(name));
        }
        Change why = Change::setFeatureRationale(
            ws.findFeature(QStringLiteral("Jobs"))->id, QStringLiteral("Line one\nLine \"two\"\t\\ end ☃"));
        QVERIFY(ws.apply(why).ok());
        const Result<Workspace> back = formats::workspaceFromJson(formats::workspaceJson(ws));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QVERIFY(back.value() == ws);
    }

    // In every zone of the tz database, with its local mean times and odd historical offsets (Amsterdam's +00:19:32
    // in 1937): the first and last instants a workspace holds, and the first and last days of the calendar as the
    // zone reads them, are either refused in one line or go out and come back as the very same instants.
    void datesRoundTripInEveryZone()
    {
        const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
        QVERIFY(zones.contains("Europe/Amsterdam"));
        const Id film = m_base.findProduction(QStringLiteral("Film"))->id;
        const Id bob = m_base.findMember(QStringLiteral("Bob"))->id;
        const SeatKey seat { film, bob };
        int refusedDays = 0;
        QStringList problems;
        for (const QByteArray &id : zones) {
            const QTimeZone zone(id);
            Workspace ws = m_base;
            Change inZone = Change::setTimeZone(id);
            QVERIFY2(ws.apply(inZone).ok(), id.constData());
            const auto typed = [&](const char *text, dates::Edge edge) -> QDateTime {
                const Result<QDateTime> at = dates::parse(QString::fromLatin1(text), zone, edge);
                if (at)
                    return at.value();
                // Refused only when the zone's reading of the day begins or ends outside the span, in one line.
                const QDate day = QDate::fromString(QString::fromLatin1(text).left(10), Qt::ISODate);
                const QDateTime instant
                    = edge == dates::Edge::Start ? day.startOfDay(zone) : day.addDays(1).startOfDay(zone).addMSecs(-1);
                const QString &why = at.error().message;
                if ((instant >= dates::earliest() && instant <= dates::latest()) || why.contains(QLatin1Char('\n'))
                    || !why.contains(QLatin1String("0001-01-01T00:00Z")))
                    problems << QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(id), QLatin1String(text), why);
                ++refusedDays;
                return {};
            };
            const QList<std::pair<QDateTime, QDateTime>> terms {
                { dates::earliest(), dates::latest() },
                { typed("1900-01-01", dates::Edge::Start), typed("1937-07-01", dates::Edge::End) },
                { typed("1937-07-01T12:00", dates::Edge::Start), typed("1970-01-01", dates::Edge::End) },
                { typed("0001-01-01", dates::Edge::Start), typed("9999-12-31", dates::Edge::End) },
                { typed("0001-01-02", dates::Edge::Start), typed("9999-12-30", dates::Edge::End) },
            };
            for (const auto &[from, until] : terms) {
                Change term = Change::setSeatDates(film, bob, from, until);
                QVERIFY2(ws.apply(term).ok(), id.constData());
                Change wrap = Change::setProductionEnd(film, until);
                QVERIFY2(ws.apply(wrap).ok(), id.constData());
                const QByteArray json = formats::workspaceJson(ws);
                for (const char *empty : { "\"from\":\"\"", "\"until\":\"\"", "\"wrap\":\"\"" })
                    QVERIFY2(!json.contains(empty), id.constData());
                const Result<Workspace> back = formats::workspaceFromJson(json);
                QVERIFY2(back.ok(), qPrintable(QString::fromLatin1(id) + QLatin1Char(' ') + back.error().message));
                QCOMPARE(back.value().seatTerm(seat).from, from);
                QCOMPARE(back.value().seatTerm(seat).until, until);
                QCOMPARE(dates::iso(back.value().seatTerm(seat).from), dates::iso(from));
                QCOMPARE(dates::iso(back.value().production(film)->wrap), dates::iso(until));
                QVERIFY(back.value() == ws);
                QCOMPARE(formats::workspaceJson(back.value()), json);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // East of Greenwich the first day begins before year 1 in UTC, west of it the last ends after 9999.
        QVERIFY(refusedDays > 0);
    }

    // An instant a millisecond outside the span is refused in one line: staged as a change, or in an imported file.
    void datesOutsideTheSpanAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("instant");
        QTest::newRow("seat from, year 0 in UTC")
            << QStringLiteral("from") << QStringLiteral("0001-01-01T00:30:00.000+01:00");
        QTest::newRow("seat until, year 10000 in UTC")
            << QStringLiteral("until") << QStringLiteral("9999-12-31T23:00:00.000-01:00");
        QTest::newRow("wrap, year 0 in UTC")
            << QStringLiteral("wrap") << QStringLiteral("0001-01-01T00:00:00.000+00:01");
    }

    void datesOutsideTheSpanAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, instant);
        const Id film = m_base.findProduction(QStringLiteral("Film"))->id;
        const Id bob = m_base.findMember(QStringLiteral("Bob"))->id;
        for (const QDateTime &outside : { dates::earliest().addMSecs(-1), dates::latest().addMSecs(1) }) {
            Workspace ws = m_base;
            Change seat = Change::setSeatDates(film, bob, outside, {});
            const Result<Touched> s = ws.apply(seat);
            QVERIFY(!s.ok());
            QVERIFY2(!s.error().message.contains(QLatin1Char('\n'))
                    && s.error().message.contains(QLatin1String("0001-01-01")),
                qPrintable(s.error().message));
            QVERIFY(ws == m_base);
            Change wrap = Change::setProductionEnd(film, outside);
            QVERIFY(!ws.apply(wrap).ok());
        }
        const QString path = field == QLatin1String("wrap")
            ? at(m_good, "productions", "Film", "wrap")
            : QStringLiteral("seats.%1.%2").arg(seatIndex(m_good, film, bob)).arg(field);
        const QByteArray json = fmt::edit(m_good, path, instant);
        QVERIFY(json.contains(instant.toUtf8()));
        const Result<Workspace> back = formats::workspaceFromJson(json);
        QVERIFY(!back.ok());
        QVERIFY2(!back.error().message.contains(QLatin1Char('\n')), qPrintable(back.error().message));
        QVERIFY2(back.error().message.contains(QLatin1String("0001-01-01T00:00Z")), qPrintable(back.error().message));
    }

private:
    QTemporaryDir m_dir;
    Workspace m_base;
    QByteArray m_good;
    duties::Book m_duties;
    QByteArray m_withDuties;

    // A rule between two features the workspace has and an exception to it for Bob, granted by the owner.
    static duties::Book dutyBook(const Workspace &ws)
    {
        duties::Book book;
        duties::Rule rule;
        rule.name = QStringLiteral("Orders written and checked");
        rule.left.cells = { { ws.features().at(0).id, Level::Edit } };
        rule.right = { { { ws.features().at(1).id, Level::Edit }, { ws.features().at(2).id, Level::Add } }, true };
        rule.scope = duties::Scope::Studio;
        rule.severity = duties::Severity::Warn;
        rule.rationale = QStringLiteral("Whoever writes an order should not check it.");
        book.rules.append(rule);
        duties::Exception e;
        e.member = ws.findMember(QStringLiteral("Bob"))->id;
        e.rule = rule.name;
        e.reason = QStringLiteral("Launch week");
        e.grantedBy = QStringLiteral("Owner");
        e.grantedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 14), QTimeZone::utc());
        e.until = QDateTime(QDate(2026, 11, 30), QTime(22, 59, 59, 999), QTimeZone::utc());
        book.exceptions.append(e);
        return book;
    }
};

QTEST_MAIN(TestJson)
#include "TestJson.moc"
