// The crash-restore journal: it names the workspace it belongs to (its identity and the version its changes were
// staged on), and a journal naming an id out of range is refused whole.
#include "commands/Journal.h"
#include "domain/DefaultWorkspace.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace rs;

namespace {

// A journal's text with one change whose `role` id is `id`, as it would be read from disk.
QByteArray journalWithRoleId(const QJsonValue &id, const QString &workspaceId = QStringLiteral("ws-1"))
{
    QJsonObject change = Change::setGrant(7, 9, Level::View).toJson();
    change.insert(QStringLiteral("role"), id);
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("rolesheet-journal"));
    root.insert(QStringLiteral("version"), 2);
    root.insert(QStringLiteral("workspaceId"), workspaceId);
    root.insert(QStringLiteral("baseVersion"), QStringLiteral("3"));
    root.insert(QStringLiteral("changes"), QJsonArray { change });
    return QJsonDocument(root).toJson();
}

// The permission bits of a file or folder: 0600 is rw-------.
int mode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void idsInRangeAreRead_data()
    {
        QTest::addColumn<QJsonValue>("id");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("string 1") << QJsonValue(QStringLiteral("1")) << qint64(1);
        QTest::newRow("string 2^53-1") << QJsonValue(QStringLiteral("9007199254740991")) << Journal::kMaxId;
        QTest::newRow("number 42") << QJsonValue(42) << qint64(42);
        QTest::newRow("number 2^53-1") << QJsonValue(double(Journal::kMaxId)) << Journal::kMaxId;
    }
    void idsInRangeAreRead()
    {
        QFETCH(QJsonValue, id);
        QFETCH(qint64, expected);
        const Result<Journal::Saved> saved = Journal::parse(journalWithRoleId(id), QStringLiteral("ws-1"));
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(saved->changes.size(), 1);
        QCOMPARE(saved->changes.first().role, expected);
        QCOMPARE(saved->baseVersion, qint64(3));
    }

    void idsOutOfRangeRefuseTheWholeJournal_data()
    {
        QTest::addColumn<QJsonValue>("id");
        QTest::newRow("INT64_MAX + 1") << QJsonValue(QStringLiteral("9223372036854775808"));
        QTest::newRow("INT64_MAX") << QJsonValue(QStringLiteral("9223372036854775807"));
        QTest::newRow("2^53") << QJsonValue(QStringLiteral("9007199254740992"));
        QTest::newRow("number 2^53") << QJsonValue(9007199254740992.0);
        QTest::newRow("number 1e300") << QJsonValue(1e300);
        QTest::newRow("zero") << QJsonValue(QStringLiteral("0"));
        QTest::newRow("negative") << QJsonValue(QStringLiteral("-5"));
        QTest::newRow("negative number") << QJsonValue(-5);
        QTest::newRow("fraction") << QJsonValue(1.5);
        QTest::newRow("letters") << QJsonValue(QStringLiteral("12a"));
        QTest::newRow("spaces") << QJsonValue(QStringLiteral(" 12"));
        QTest::newRow("boolean") << QJsonValue(true);
        QTest::newRow("object") << QJsonValue(QJsonObject {});
    }
    void idsOutOfRangeRefuseTheWholeJournal()
    {
        QFETCH(QJsonValue, id);
        const Result<Journal::Saved> saved = Journal::parse(journalWithRoleId(id), QStringLiteral("ws-1"));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::BadInput);
        QVERIFY2(saved.error().message.contains(QLatin1String("2^53")), qPrintable(saved.error().message));
        QVERIFY(!saved.error().message.contains(QLatin1Char('\n')));
    }

    void aJournalOfAnotherWorkspaceIsNotRead()
    {
        const Result<Journal::Saved> saved
            = Journal::parse(journalWithRoleId(QStringLiteral("7"), QStringLiteral("ws-2")), QStringLiteral("ws-1"));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::NotFound);
    }

    void damagedTextIsRefused()
    {
        for (const QByteArray &text : { QByteArray("{"), QByteArray("[]"), QByteArray("{\"format\":\"x\"}"),
                 QByteArray("{\"format\":\"rolesheet-journal\",\"workspaceId\":\"ws-1\",\"changes\":[1]}") }) {
            const Result<Journal::Saved> saved = Journal::parse(text, QStringLiteral("ws-1"));
            QVERIFY2(!saved, text.constData());
            QCOMPARE(saved.error().code, Error::Code::BadInput);
        }
    }

    void writeAndReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.rolesheet"));
        const Workspace stored = DefaultWorkspace::create();
        const Id tpl = stored.templates().first()->id;
        const Journal journal(path, QStringLiteral("ws-1"));
        QVERIFY(!journal.exists());
        const QList<Change> changes { Change::createRole(QStringLiteral("Retoucher"), Scope::Account, 0, tpl),
            Change::setGrant(tpl, stored.findFeature(QStringLiteral("Jobs"))->id, Level::View) };
        QVERIFY(journal.write(changes, 12));
        const Result<Journal::Saved> back = Journal(path, QStringLiteral("ws-1")).read();
        QVERIFY(back);
        QCOMPARE(back->changes, changes);
        QCOMPARE(back->baseVersion, qint64(12));
        QCOMPARE(back->workspaceId, QStringLiteral("ws-1"));
        // Another workspace at the same location has its own journal: this one is neither read nor removed.
        const Journal other(path, QStringLiteral("ws-2"));
        QVERIFY(other.path() != journal.path());
        QVERIFY(other.read()->changes.isEmpty());
        QVERIFY(journal.exists());
        QVERIFY(
            Journal(dir.filePath(QStringLiteral("other.rolesheet")), QStringLiteral("ws-1")).read()->changes.isEmpty());
        QVERIFY(journal.write({}, 12));
        QVERIFY(!journal.exists());
        // Found by fuzzing: changes read from a journal that recorded no version are written back and read again.
        QVERIFY(journal.write(changes, -1));
        const Result<Journal::Saved> unversioned = journal.read();
        QVERIFY2(unversioned, qPrintable(unversioned ? QString() : unversioned.error().message));
        QCOMPARE(unversioned->changes, changes);
        QCOMPARE(unversioned->baseVersion, qint64(-1));
        journal.clear();
    }

    // Staged changes name a studio's members: the journal and its folder are their owner's alone, whatever the umask.
    void journalsAreTheirOwnersAlone()
    {
        const mode_t before = ::umask(022);
        auto restore = qScopeGuard([before] { ::umask(before); });
        QTemporaryDir dir;
        const Journal journal(dir.filePath(QStringLiteral("studio.rolesheet")), QStringLiteral("ws-private"));
        const QString folder = QFileInfo(journal.path()).absolutePath();
        QVERIFY(QDir(folder).removeRecursively());
        const QList<Change> changes { Change::addMember(QStringLiteral("Bram")) };
        QVERIFY(journal.write(changes, 1));
        QCOMPARE(mode(folder), 0700);
        QCOMPARE(mode(journal.path()), 0600);
        QVERIFY(journal.write(changes + changes, 1));
        QCOMPARE(mode(journal.path()), 0600);
        journal.clear();
    }

    void summariesNameWhatAReplayWouldDo()
    {
        const Workspace ws = DefaultWorkspace::create();
        const Id tpl = ws.templates().first()->id;
        Workspace scratch = ws;
        Change create = Change::createRole(QStringLiteral("Retoucher"), Scope::Account, 0, tpl);
        QVERIFY(scratch.apply(create));
        const Id jobs = ws.findFeature(QStringLiteral("Jobs"))->id;
        const QStringList lines = Journal::summaries(ws, { create, Change::setGrant(create.role, jobs, Level::View) });
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QLatin1String("Retoucher")), qPrintable(lines.at(0)));
        // The second change names the role the first one creates.
        QVERIFY2(lines.at(1).contains(QLatin1String("Retoucher")) && lines.at(1).contains(QLatin1String("Jobs")),
            qPrintable(lines.at(1)));
    }

    // The identity a journal names: given at creation, kept by reopening, new for a workspace created anew at the
    // same location, and given on first write to a workspace made before identities were kept.
    void workspacesHaveTheirOwnIdentity()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.rolesheet"));
        QString first;
        {
            Result<std::unique_ptr<Store>> store = Store::create(path, DefaultWorkspace::create());
            QVERIFY(store);
            first = store.value()->identity();
            QVERIFY(!first.isEmpty());
        }
        QCOMPARE(Store::open(path).value()->identity(), first);
        QVERIFY(QFile::remove(path));
        {
            Result<std::unique_ptr<Store>> store = Store::create(path, DefaultWorkspace::create());
            QVERIFY(store);
            QVERIFY(!store.value()->identity().isEmpty());
            QVERIFY(store.value()->identity() != first);
            first = store.value()->identity();
        }
        // Replacing every content (an import) makes it another workspace.
        {
            Result<std::unique_ptr<Store>> store = Store::open(path);
            QVERIFY(store.value()->replace(DefaultWorkspace::create()));
            QVERIFY(!store.value()->identity().isEmpty());
            QVERIFY(store.value()->identity() != first);
            first = store.value()->identity();
        }
        QCOMPARE(Store::open(path).value()->identity(), first);
        // A workspace from before identities: none until its first write, then one that stays.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'workspace_id'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Result<std::unique_ptr<Store>> store = Store::open(path);
        QVERIFY(store.value()->identity().isEmpty());
        Change add = Change::addMember(QStringLiteral("Zed"));
        QVERIFY(store.value()->apply(add));
        const QString given = store.value()->identity();
        QVERIFY(!given.isEmpty());
        QCOMPARE(Store::open(path).value()->identity(), given);
        Change again = Change::addMember(QStringLiteral("Yan"));
        QVERIFY(store.value()->apply(again));
        QCOMPARE(store.value()->identity(), given);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"
