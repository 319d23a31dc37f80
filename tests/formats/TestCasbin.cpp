// The Casbin export, checked by Casbin itself: node-casbin's enforcer answers every request of a generated workspace
// exactly as rolesheet-cli check does.
#include "CsvParse.h"
#include "FormatsFixture.h"

#include "domain/Dates.h"
#include "testing/Generate.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rs;

namespace {

// The level names of mapping.csv, in the order of kAllLevels.
const QString kLevelNames[]
    = { QStringLiteral("View"), QStringLiteral("Add"), QStringLiteral("Edit"), QStringLiteral("Delete") };

} // namespace

class TestCasbin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameAnswers_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("invitedOnly");
        QTest::newRow("seed 1") << 1u << false;
        QTest::newRow("seed 2") << 2u << false;
        QTest::newRow("seed 3, every custom account role invited-only") << 3u << true;
    }

    void sameAnswers()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, invitedOnly);
        Workspace ws = generateWorkspace(GenerateSpec::small(), seed);
        QVERIFY(ws.members().size() > 5 && ws.productions().size() > 1);
        if (invitedOnly) {
            for (const Role *r : ws.accountRoles()) {
                Change c = Change::setInvitedOnly(r->id, true);
                if (!r->isLocked())
                    QVERIFY(ws.apply(c).ok());
            }
            // Names that would break a policy file if they were used as ids.
            const Production &first = ws.productions().first();
            for (const QString &name : { QStringLiteral("O'Brien, \"Bo\""), QStringLiteral("#hash (x) y"),
                     QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("p, role_1, *, feature_7, view") }) {
                Change add = Change::addMember(name, ws.accountRoles().last()->id);
                QVERIFY(ws.apply(add).ok());
                Change invite = Change::invite(first.id, add.member);
                QVERIFY(ws.apply(invite).ok());
            }
        }
        agree(ws, QString::number(seed), {});
    }

    // With dates on seats, account roles and a wrap date: the policy as of each moment answers as check --at does
    // then, and says when it next changes.
    void sameAnswersAtEveryMoment()
    {
        Workspace ws = generateWorkspace(GenerateSpec::small(), 4);
        Change zone = Change::setTimeZone("Europe/Berlin");
        QVERIFY(ws.apply(zone).ok());
        const QTimeZone berlin("Europe/Berlin");
        const auto end = [&](int day) { return dates::endOfDay(QDate(2026, 11, day), berlin); };
        int i = 0;
        const QList<SeatKey> seats = ws.seats().keys();
        for (const SeatKey &k : seats) {
            const Member *m = ws.member(k.member);
            if (m->accountRole == ws.builtInRole(BuiltIn::Owner) || m->accountRole == ws.builtInRole(BuiltIn::Admin))
                continue;
            const int kind = i++ % 4;
            if (kind == 3)
                continue; // no dates: the wrap date of its production, if any, ends it
            Change c = Change::setSeatDates(k.production, k.member,
                kind == 1 ? dates::startOfDay(QDate(2026, 11, 20), berlin) : QDateTime(),
                kind == 0       ? end(9)
                    : kind == 2 ? end(30)
                                : QDateTime());
            QVERIFY(ws.apply(c).ok());
        }
        QVERIFY(i > 8);
        Change wrap = Change::setProductionEnd(ws.productions().first().id, end(25));
        QVERIFY(ws.apply(wrap).ok());
        int ended = 0;
        for (const Member &m : ws.members()) {
            const Role *r = ws.role(m.accountRole);
            if (!r || r->builtIn == BuiltIn::Owner || r->builtIn == BuiltIn::Admin || ended++ % 2)
                continue;
            Change c = Change::setAccountRole(m.id, m.accountRole, end(15));
            QVERIFY(ws.apply(c).ok());
        }
        QVERIFY(ended > 2);
        for (const char *moment : { "2026-11-01T12:00", "2026-11-10T00:00", "2026-11-22T08:00", "2026-12-05T00:00" })
            agree(ws, QStringLiteral("moments"), QString::fromLatin1(moment));

        // The policy as of 1 Nov holds until just before the first end, 9 Nov 24:00 in Berlin, and changes then.
        const QString db = m_dir.filePath(QStringLiteral("moments.rolesheet"));
        const auto policyAt = [&](const QString &at, const char *name) {
            const QString out = m_dir.filePath(QLatin1String(name));
            const fmt::Run r = fmt::cli({ QStringLiteral("--db"), db, QStringLiteral("casbin"), QStringLiteral("--out"),
                out, QStringLiteral("--at"), at, QStringLiteral("--force") });
            return std::pair { fmt::read(out + QStringLiteral("/policy.csv")),
                fmt::read(out + QStringLiteral("/mapping.csv")) };
        };
        const auto [first, mapping] = policyAt(QStringLiteral("2026-11-01T12:00"), "p1");
        QVERIFY2(mapping.contains("moment,next_change,2026-11-09T23:00:00.000Z\r\n"), mapping.right(120).constData());
        QCOMPARE(policyAt(QStringLiteral("2026-11-09T22:59:59.999Z"), "p2").first, first);
        QVERIFY(policyAt(QStringLiteral("2026-11-09T23:00:00.000Z"), "p3").first != first);
    }

private:
    // Exports the policy as of `at` (now when empty) and asks node-casbin every request; it must answer as
    // rolesheet-cli check --batch --at does.
    void agree(const Workspace &ws, const QString &tag, const QString &at)
    {
        const QStringList atArgs = at.isEmpty() ? QStringList() : QStringList { QStringLiteral("--at"), at };
        const QString db = m_dir.filePath(tag + QStringLiteral(".rolesheet"));
        const QString out = m_dir.filePath(QStringLiteral("casbin-") + tag);
        if (!QFile::exists(db))
            QVERIFY(fmt::createStore(db, ws));
        fmt::Run r = fmt::cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("casbin"),
                                  QStringLiteral("--out"), out, QStringLiteral("--force") }
            + atArgs);
        QVERIFY2(r.exit == 0, r.err.constData());

        // Ids from mapping.csv, checked against the characters Casbin's CSV readers disagree on.
        QHash<QString, QHash<QString, QString>> ids; // kind -> name -> id
        const QList<QStringList> mapping
            = fmt::parseCsv(QString::fromUtf8(fmt::read(out + QStringLiteral("/mapping.csv"))));
        QCOMPARE(
            mapping.value(0), (QStringList { QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("name") }));
        const QRegularExpression unsafe(QStringLiteral("[,\"'() ]|^#"));
        for (const QStringList &row : mapping.mid(1)) {
            QCOMPARE(row.size(), 3);
            QVERIFY2(!row.at(1).contains(unsafe) && !row.at(1).isEmpty(), qPrintable(row.at(1)));
            QVERIFY2(row.at(0) == QLatin1String("role") || !ids[row.at(0)].contains(row.at(2)), qPrintable(row.at(2)));
            // A name a spreadsheet would run as a formula is written with a leading apostrophe.
            QString name = row.at(2);
            if (name.startsWith(QLatin1Char('\'')) && QStringLiteral("=+-@\t\r").contains(name.mid(1, 1)))
                name.remove(0, 1);
            ids[row.at(0)].insert(name, row.at(1));
        }
        QCOMPARE(ids.value(QStringLiteral("member")).size(), ws.members().size());
        QCOMPARE(ids.value(QStringLiteral("production")).size(), ws.productions().size());
        QCOMPARE(ids.value(QStringLiteral("feature")).size(), ws.features().size());
        QCOMPARE(ids.value(QStringLiteral("level")).size(), 4);

        // Every (member, production, feature, level), by name for the command line and by id for Casbin.
        QByteArray byName, byId;
        int count = 0;
        for (const Member &m : ws.members()) {
            for (const Production &p : ws.productions()) {
                for (const Feature &f : ws.features()) {
                    for (int li = 0; li < 4; ++li) {
                        const Level l = kAllLevels[li];
                        byName += QStringList { m.name, p.name, f.name, levelKey(l) }.join(QLatin1Char('\t')).toUtf8()
                            + '\n';
                        byId += QStringList { ids[QStringLiteral("member")].value(m.name),
                            ids[QStringLiteral("production")].value(p.name),
                            ids[QStringLiteral("feature")].value(f.name),
                            ids[QStringLiteral("level")].value(kLevelNames[li]) }
                                    .join(QLatin1Char('\t'))
                                    .toUtf8()
                            + '\n';
                        ++count;
                    }
                }
            }
        }
        r = fmt::cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--batch"),
                         QStringLiteral("-") }
                + atArgs,
            byName);
        QVERIFY2(r.exit == 0, r.err.constData());
        QStringList expected;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.isEmpty())
                expected << QString::fromUtf8(line.mid(line.lastIndexOf('\t') + 1));
        }
        QCOMPARE(expected.size(), count);
        QVERIFY(expected.contains(QStringLiteral("allowed")) && expected.contains(QStringLiteral("denied")));

        const QString requests = m_dir.filePath(QStringLiteral("requests-") + tag);
        QVERIFY(fmt::write(requests, byId));
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"),
            qEnvironmentVariable("ROLESHEET_CASBIN_NODE") + QStringLiteral("/node_modules"));
        node.setProcessEnvironment(env);
        node.start(QStringLiteral("node"),
            { qEnvironmentVariable("ROLESHEET_SOURCE_DIR") + QStringLiteral("/tests/formats/casbin/check.js"), out,
                requests });
        QVERIFY(node.waitForFinished(300000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QStringList casbin
            = QString::fromUtf8(node.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(casbin.size(), count);
        const QStringList lines = QString::fromUtf8(byName).split(QLatin1Char('\n'));
        int mismatches = 0;
        for (int i = 0; i < count; ++i) {
            if (casbin.at(i) != expected.at(i) && ++mismatches <= 5)
                qWarning("Casbin says %s, rolesheet-cli says %s: %s", qPrintable(casbin.at(i)),
                    qPrintable(expected.at(i)), qPrintable(lines.at(i)));
        }
        QCOMPARE(mismatches, 0);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCasbin)
#include "TestCasbin.moc"
