// The Casbin export, checked by Casbin itself: node-casbin's enforcer answers every request of a generated workspace
// exactly as rolesheet-cli check does.
#include "CsvParse.h"
#include "FormatsFixture.h"

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
        const QString tag = QString::number(seed);
        const QString db = m_dir.filePath(tag + QStringLiteral(".rolesheet"));
        const QString out = m_dir.filePath(QStringLiteral("casbin-") + tag);
        QVERIFY(fmt::createStore(db, ws));
        fmt::Run r = fmt::cli({ QStringLiteral("--db"), db, QStringLiteral("casbin"), QStringLiteral("--out"), out });
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
        r = fmt::cli(
            { QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--batch"), QStringLiteral("-") },
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

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCasbin)
#include "TestCasbin.moc"
