// The Cedar export, checked by Cedar itself: the schema and policies pass strict validation without a warning, and
// the engine answers every request of generated workspaces, at every edge of their dates, as rolesheet-cli check does,
// naming the holdings that allow.
#include "CsvParse.h"
#include "FormatsFixture.h"

#include "domain/Access.h"
#include "domain/Dates.h"
#include "formats/Cedar.h"
#include "testing/Generate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <set>

#include <sys/stat.h>

using namespace rs;
using formats::CedarPolicy;

namespace {

const QStringList kFiles { QStringLiteral("schema.cedarschema"), QStringLiteral("policies.cedar"),
    QStringLiteral("entities.json"), QStringLiteral("mapping.csv") };

int mode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// What the node check prints or fails with.
struct NodeRun
{
    int exit = -1;
    QByteArray out, err;
};

NodeRun node(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(
        QStringLiteral("NODE_PATH"), qEnvironmentVariable("ROLESHEET_CEDAR_NODE") + QStringLiteral("/node_modules"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("node"),
        QStringList { qEnvironmentVariable("ROLESHEET_SOURCE_DIR") + QStringLiteral("/tests/formats/cedar/check.js") }
            + args);
    if (!p.waitForFinished(600000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

} // namespace

class TestCedar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameAnswersAtEveryMoment_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("dated");
        QTest::addColumn<bool>("invitedOnly");
        QTest::newRow("seed 1, no dates") << 1u << false << false;
        QTest::newRow("seed 3, dated seats, account roles and wrap dates, invited-only roles, hostile names")
            << 3u << true << true;
    }

    // Every member × production × feature × level, at instants just before, at and just after every start, end and
    // wrap date: Cedar allows exactly what check --batch --at allows, for the holdings effectiveAccess names.
    void sameAnswersAtEveryMoment()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, dated);
        QFETCH(bool, invitedOnly);
        Workspace generated = generateWorkspace(GenerateSpec::small(), seed);
        QVERIFY(generated.members().size() > 5 && generated.productions().size() > 1);
        if (invitedOnly)
            makeInvitedOnlyWithHostileNames(generated);
        if (dated) {
            // Cedar takes about a millisecond a request: a third of the catalog keeps the run short.
            keepEveryThirdFeature(generated);
            addDates(generated);
        }
        QVERIFY(!QTest::currentTestFailed());
        const QString tag = QStringLiteral("seed%1").arg(seed);
        const QString db = m_dir.filePath(tag + QStringLiteral(".rolesheet"));
        QVERIFY(fmt::createStore(db, generated));
        const Workspace ws = fmt::load(db);
        QCOMPARE(ws.members().size(), generated.members().size());

        const QString out = m_dir.filePath(QStringLiteral("cedar-") + tag);
        const fmt::Run r
            = fmt::cli({ QStringLiteral("--db"), db, QStringLiteral("cedar"), QStringLiteral("--out"), out });
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.out.count('\n'), 4);

        // The ids of mapping.csv, one for each member, production, feature and level, and one row per policy.
        QHash<QString, QHash<QString, QString>> ids; // kind -> id -> name
        const QList<QStringList> mapping
            = fmt::parseCsv(QString::fromUtf8(fmt::read(out + QStringLiteral("/mapping.csv"))));
        QCOMPARE(
            mapping.value(0), (QStringList { QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("name") }));
        for (const QStringList &row : mapping.mid(1)) {
            QCOMPARE(row.size(), 3);
            QVERIFY2(!ids[row.at(0)].contains(row.at(1)), qPrintable(row.at(1)));
            ids[row.at(0)].insert(row.at(1), row.at(2));
        }
        for (const Member &m : ws.members())
            QVERIFY(ids[QStringLiteral("member")].contains(CedarPolicy::memberId(m.id)));
        for (const Production &p : ws.productions())
            QVERIFY(ids[QStringLiteral("production")].contains(CedarPolicy::productionId(p.id)));
        QCOMPARE(ids.value(QStringLiteral("feature")).size(), ws.features().size());
        QCOMPARE(ids.value(QStringLiteral("level")).size(), 4);

        // Instants: a quiet one long before, then just before, at and just after every date.
        std::set<qint64> moments { QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch() };
        const auto around = [&](const QDateTime &at) {
            if (at.isValid()) {
                for (qint64 d : { -1, 0, 1 })
                    moments.insert(at.toMSecsSinceEpoch() + d);
            }
        };
        for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
            around(ws.effectiveSeatTerm(it.key()).from);
            around(ws.effectiveSeatTerm(it.key()).until);
        }
        for (const Member &m : ws.members())
            around(m.accountRoleUntil);
        for (const Production &p : ws.productions())
            around(p.wrap);
        QVERIFY(dated ? moments.size() >= 12 : moments.size() == 1);

        // Every request by name for the command line, by id for Cedar; the holdings that grant it for the reasons.
        QByteArray byName;
        struct Asked
        {
            Id member, production, feature;
            Level level;
        };
        QList<Asked> asked;
        for (const Member &m : ws.members()) {
            for (const Production &p : ws.productions()) {
                for (const Feature &f : ws.features()) {
                    for (Level l : kAllLevels) {
                        byName += QStringList { m.name, p.name, f.name, levelKey(l) }.join(QLatin1Char('\t')).toUtf8()
                            + '\n';
                        asked.append({ m.id, p.id, f.id, l });
                    }
                }
            }
        }
        // The owner and Admins: Production administrator in every production, one holding for all.
        QSet<Id> administers;
        for (const Member &m : ws.members()) {
            if (m.accountRole == ws.builtInRole(BuiltIn::Owner) || m.accountRole == ws.builtInRole(BuiltIn::Admin))
                administers.insert(m.id);
        }
        QVERIFY(administers.size() > 1);
        QByteArray byId;
        QStringList expected;
        int allowed = 0, changed = 0;
        QList<QString> first;
        for (const qint64 ms : moments) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
            const QString iso = dates::iso(at);
            const fmt::Run check = fmt::cli({ QStringLiteral("--db"), db, QStringLiteral("check"),
                                                QStringLiteral("--batch"), QStringLiteral("-"), QStringLiteral("--at"), iso },
                byName);
            QVERIFY2(check.exit == 0, check.err.constData());
            const QList<QByteArray> lines = check.out.split('\n');
            QCOMPARE(lines.size(), asked.size() + 1);
            for (int i = 0; i < asked.size(); ++i) {
                const Asked &a = asked.at(i);
                const bool yes = lines.at(i).endsWith("\tallowed");
                QVERIFY(yes || lines.at(i).endsWith("\tdenied"));
                byId += QStringList { CedarPolicy::memberId(a.member), CedarPolicy::productionId(a.production),
                    CedarPolicy::actionId(a.feature, a.level), iso }
                            .join(QLatin1Char('\t'))
                            .toUtf8()
                    + '\n';
                QStringList holdings;
                const EffectiveAccess access = effectiveAccess(ws, a.member, a.production, a.feature, at);
                for (const Provenance &source : access.sources) {
                    if (!source.levels.has(a.level))
                        continue;
                    if (!source.production)
                        holdings << CedarPolicy::accountPolicyId(a.member);
                    else if (administers.contains(a.member))
                        holdings << CedarPolicy::administersPolicyId(a.member);
                    else
                        holdings << CedarPolicy::seatPolicyId({ a.production, a.member });
                }
                // The command line's batch answer and the provenance check prints agree before Cedar is asked.
                QCOMPARE(yes, !holdings.isEmpty());
                holdings.sort();
                const QString answer = yes ? QStringLiteral("allow\t") + holdings.join(QLatin1Char(',')) : QStringLiteral("deny");
                expected << answer;
                allowed += yes ? 1 : 0;
                if (first.size() < asked.size())
                    first << answer;
                else if (first.at(i) != answer)
                    ++changed;
            }
        }
        QVERIFY(allowed > 0 && allowed < expected.size());
        QVERIFY2(dated == (changed > 0), qPrintable(QString::number(changed)));
        for (const QString &policyId : std::as_const(expected)) {
            for (const QString &id : policyId.section(QLatin1Char('\t'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                QVERIFY2(ids[QStringLiteral("policy")].contains(id), qPrintable(id));
        }

        const QString requestFile = m_dir.filePath(QStringLiteral("requests-") + tag);
        QVERIFY(fmt::write(requestFile, byId));
        const NodeRun cedar = node({ out, requestFile });
        QVERIFY2(cedar.exit == 0, cedar.err.constData());
        const QStringList answers = QString::fromUtf8(cedar.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(answers.size(), expected.size());
        const QList<QByteArray> requestLines = byId.split('\n');
        int mismatches = 0;
        for (int i = 0; i < expected.size(); ++i) {
            if (answers.at(i) != expected.at(i) && ++mismatches <= 5)
                qWarning("Cedar says %s, rolesheet-cli %s: %s", qPrintable(answers.at(i)), qPrintable(expected.at(i)),
                    requestLines.at(i).constData());
        }
        QCOMPARE(mismatches, 0);
    }

    // Any text, as a Cedar string, reads back the same through Cedar's own parser (an unpaired surrogate as U+FFFD).
    void stringsReadBackThroughCedar()
    {
        const QList<std::pair<QString, QString>> texts {
            { QStringLiteral("O'Brien, \"Bo\" \\ back\\slash"), {} },
            { QStringLiteral("\"); permit (principal, action, resource); //"), {} },
            { QStringLiteral("Zoë 東京 🎬 Ωmega"), {} },
            { QStringLiteral("line\nbreak\r\ttab and nul ") + QChar(0) + QStringLiteral(" end"), {} },
            { QStringLiteral("right\u202Eto left, zero\u200Bwidth, \u2028line"), {} },
            { QStringLiteral("\\u{41} \\n \\\" written as text"), {} },
            { QString(QChar(0xD800)) + QStringLiteral("lone"), QStringLiteral("\uFFFDlone") },
            { QStringLiteral("@id(\"x\")"), {} },
        };
        QString policies;
        for (int i = 0; i < texts.size(); ++i)
            policies += QStringLiteral("@id(\"t%1\")\n@text(%2)\npermit (principal, action, resource);\n")
                            .arg(i)
                            .arg(CedarPolicy::stringLiteral(texts.at(i).first));
        const QString file = m_dir.filePath(QStringLiteral("strings.cedar"));
        QVERIFY(fmt::write(file, policies.toUtf8()));
        const NodeRun r = node({ QStringLiteral("--annotations"), file });
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject read = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(read.size(), texts.size());
        for (int i = 0; i < texts.size(); ++i) {
            const QString want = texts.at(i).second.isNull() ? texts.at(i).first : texts.at(i).second;
            QCOMPARE(read.value(QStringLiteral("t%1").arg(i)).toString(), want);
        }
    }

    // Owner-only files in an owner-only folder, and a refusal of any kind leaves the folder as it was.
    void filesAreWholeAndRefusalsLeaveThemAsTheyWere()
    {
        Workspace generated = generateWorkspace(GenerateSpec::small(), 2);
        const QString db = m_dir.filePath(QStringLiteral("files.rolesheet"));
        QVERIFY(fmt::createStore(db, generated));
        const auto cedar = [&](const QString &out, const QStringList &more = {}) {
            return fmt::cli(
                QStringList { QStringLiteral("--db"), db, QStringLiteral("cedar"), QStringLiteral("--out"), out }
                + more);
        };
        const QString out = m_dir.filePath(QStringLiteral("made/for/cedar"));
        fmt::Run r = cedar(out);
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(mode(out), 0700);
        QHash<QString, QByteArray> written;
        for (const QString &name : kFiles) {
            const QString path = QDir(out).filePath(name);
            QVERIFY2(r.out.contains(path.toUtf8()), r.out.constData());
            QCOMPARE(mode(path), 0600);
            written.insert(name, fmt::read(path));
            QVERIFY(!written.value(name).isEmpty());
        }
        const QStringList before = QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

        // Again, without --force: refused in one line that says how, nothing replaced.
        r = cedar(out);
        QCOMPARE(r.exit, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("--force"), r.err.constData());
        // A folder where one file goes, even with --force: none of the four is written.
        const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
        QVERIFY(QDir().mkpath(blocked + QStringLiteral("/entities.json")));
        r = cedar(blocked, { QStringLiteral("--force") });
        QCOMPARE(r.exit, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(QDir(blocked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList { QStringLiteral("entities.json") });
        // One of the four already there: refused, and the other three not written beside it.
        const QString one = m_dir.filePath(QStringLiteral("one"));
        QVERIFY(QDir().mkpath(one));
        QVERIFY(fmt::write(one + QStringLiteral("/policies.cedar"), "// mine\n"));
        r = cedar(one);
        QCOMPARE(r.exit, 2);
        QCOMPARE(QDir(one).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList { QStringLiteral("policies.cedar") });
        QCOMPARE(fmt::read(one + QStringLiteral("/policies.cedar")), QByteArray("// mine\n"));
        // No folder, a moment (the policies hold for every moment) or a folder that cannot be: refused in one line.
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(fmt::write(file, "x"));
        for (const QStringList &args : { QStringList { QStringLiteral("--db"), db, QStringLiteral("cedar") },
                 QStringList { QStringLiteral("--db"), db, QStringLiteral("cedar"), QStringLiteral("--out"),
                     m_dir.filePath(QStringLiteral("never")), QStringLiteral("--at"), QStringLiteral("2026-11-01") },
                 QStringList { QStringLiteral("--db"), db, QStringLiteral("cedar"), QStringLiteral("--out"),
                     file + QStringLiteral("/sub") } }) {
            r = fmt::cli(args);
            QCOMPARE(r.exit, 2);
            QCOMPARE(r.err.count('\n'), 1);
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never"))));
        for (const QString &name : kFiles)
            QCOMPARE(fmt::read(QDir(out).filePath(name)), written.value(name));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);

        // With --force the files are written anew, and the same workspace gives the same files.
        r = cedar(out, { QStringLiteral("--force") });
        QVERIFY2(r.exit == 0, r.err.constData());
        for (const QString &name : kFiles)
            QCOMPARE(fmt::read(QDir(out).filePath(name)), written.value(name));
    }

private:
    // Every other custom account role "invited productions only", so that production features reach only where a
    // seat counts; members and a production with names that would break a policy if they were not escaped.
    static void makeInvitedOnlyWithHostileNames(Workspace &ws)
    {
        int custom = 0;
        for (const Role *r : ws.accountRoles()) {
            Change c = Change::setInvitedOnly(r->id, true);
            if (!r->isLocked() && custom++ % 2 == 0)
                QVERIFY(ws.apply(c).ok());
        }
        QVERIFY(custom > 2);
        const Production &first = ws.productions().first();
        Change rename = Change::renameProduction(first.id, QStringLiteral("Film \"noir\" \\ 東京 🎬"));
        QVERIFY(ws.apply(rename).ok());
        for (const QString &name : { QStringLiteral("O'Brien, \"Bo\" \\"), QStringLiteral("\"); permit (principal, "
                                                                                            "action, resource); //"),
                 QStringLiteral("Zoë Ωmega"), QStringLiteral("@id(\"account:member_1\")") }) {
            Change add = Change::addMember(name, ws.accountRoles().last()->id);
            QVERIFY2(ws.apply(add).ok(), qPrintable(name));
            Change invite = Change::invite(first.id, add.member);
            QVERIFY(ws.apply(invite).ok());
        }
    }

    static void keepEveryThirdFeature(Workspace &ws)
    {
        const QList<Feature> features = ws.features();
        for (int i = 0; i < features.size(); ++i) {
            Change c = Change::removeFeature(features.at(i).id);
            if (i % 3)
                QVERIFY2(ws.apply(c).ok(), qPrintable(features.at(i).name));
        }
        int inProductions = 0;
        for (const Feature &f : ws.features())
            inProductions += f.scope == Scope::Production ? 1 : 0;
        QVERIFY(inProductions > 2 && inProductions < ws.features().size() - 2);
    }

    // Seats that start, end, or both, or end at their production's wrap date; account roles that end.
    static void addDates(Workspace &ws)
    {
        Change zone = Change::setTimeZone("Europe/Berlin");
        QVERIFY(ws.apply(zone).ok());
        const QTimeZone berlin("Europe/Berlin");
        const auto end = [&](int day) { return dates::endOfDay(QDate(2026, 11, day), berlin); };
        const auto start = [&](int day) { return dates::startOfDay(QDate(2026, 11, day), berlin); };
        int i = 0;
        const QList<SeatKey> seats = ws.seats().keys();
        for (const SeatKey &k : seats) {
            const Member *m = ws.member(k.member);
            if (m->accountRole == ws.builtInRole(BuiltIn::Owner) || m->accountRole == ws.builtInRole(BuiltIn::Admin))
                continue;
            const int kind = i++ % 5;
            if (kind == 4)
                continue; // no dates: the wrap date of its production, if any, ends it
            Change c = Change::setSeatDates(k.production, k.member, kind == 1 || kind == 3 ? start(20) : QDateTime(),
                kind == 0       ? end(9)
                    : kind == 2 ? end(30)
                    : kind == 3 ? end(25)
                                : QDateTime());
            QVERIFY(ws.apply(c).ok());
        }
        QVERIFY(i > 8);
        Change wrap = Change::setProductionEnd(ws.productions().first().id, end(25));
        QVERIFY(ws.apply(wrap).ok());
        Change wrapAgain = Change::setProductionEnd(ws.productions().last().id, start(20).addSecs(3600 * 9));
        QVERIFY(ws.apply(wrapAgain).ok());
        int ended = 0;
        for (const Member &m : ws.members()) {
            const Role *r = ws.role(m.accountRole);
            if (!r || r->builtIn == BuiltIn::Owner || r->builtIn == BuiltIn::Admin || ended++ % 2)
                continue;
            Change c = Change::setAccountRole(m.id, m.accountRole, end(15));
            QVERIFY(ws.apply(c).ok());
        }
        QVERIFY(ended > 2);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCedar)
#include "TestCedar.moc"
