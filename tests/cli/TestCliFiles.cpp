// Every rolesheet-cli command that writes a file: it never writes through a symbolic link, and it replaces an existing
// file only when asked with --force. A refusal is one line on stderr and leaves every file as it was, byte for byte.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace {

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The permission bits of a file or folder, as ls -l shows them: 0600 is rw-------.
int mode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

private slots:
    // Files are created as a usual login creates them: readable by everyone unless made otherwise.
    void initTestCase() { ::umask(022); }
    void init();
    void symlinkIsRefused_data();
    void symlinkIsRefused();
    void existingFileIsKeptWithoutForce_data();
    void existingFileIsKeptWithoutForce();
    void forceReplacesAnExistingFile_data();
    void forceReplacesAnExistingFile();
    void newFileIsWritten_data();
    void newFileIsWritten();
    void exportAllWritesNothingWhenOneSheetExists();
    void workspaceFilesAreTheirOwnersAlone();

private:
    // The rows: a command writing `name` into the folder `out` (given as -o FILE or --out DIR).
    void commands();
    QStringList args(const QStringList &command, bool intoFolder, const QString &name) const
    {
        QStringList all = command;
        if (intoFolder)
            all << QStringLiteral("--out") << m_out;
        else
            all << QStringLiteral("-o") << QDir(m_out).filePath(name);
        return all;
    }
    CliRun cli(const QStringList &args) { return runCli(m_db, args); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_out;
};

void TestCliFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("studio.rolesheet"));
    m_out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_out));
    QCOMPARE(cli({ QStringLiteral("init"), QStringLiteral("--owner"), QStringLiteral("Ann") }).code, 0);
    // One applied change, so that the audit trail has something to write.
    QCOMPARE(
        cli({ QStringLiteral("grant"), QStringLiteral("Production"), QStringLiteral("Images"), QStringLiteral("view") })
            .code,
        0);
}

void TestCliFiles::commands()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("intoFolder");
    QTest::addColumn<QString>("name");
    QTest::newRow("export -o") << QStringList { QStringLiteral("export"), QStringLiteral("Production"),
        QStringLiteral("--format"), QStringLiteral("csv") }
                               << false << QStringLiteral("sheet.csv");
    QTest::newRow("export-workspace -o") << QStringList { QStringLiteral("export-workspace") } << false
                                         << QStringLiteral("workspace.json");
    QTest::newRow("audit -o") << QStringList { QStringLiteral("audit"), QStringLiteral("--format"),
        QStringLiteral("csv") }
                              << false << QStringLiteral("audit.csv");
    QTest::newRow("export-all --out") << QStringList { QStringLiteral("export-all"), QStringLiteral("--format"),
        QStringLiteral("csv") } << true
                                      << QStringLiteral("Admin.csv");
    QTest::newRow("export-all matrix-csv --out")
        << QStringList { QStringLiteral("export-all"), QStringLiteral("--format"), QStringLiteral("matrix-csv") }
        << true << QStringLiteral("Studio matrix.csv");
    QTest::newRow("casbin --out") << QStringList { QStringLiteral("casbin") } << true << QStringLiteral("policy.csv");
    QTest::newRow("cedar --out") << QStringList { QStringLiteral("cedar") } << true
                                 << QStringLiteral("policies.cedar");
}

void TestCliFiles::symlinkIsRefused_data()
{
    commands();
}

void TestCliFiles::symlinkIsRefused()
{
    QFETCH(QStringList, command);
    QFETCH(bool, intoFolder);
    QFETCH(QString, name);
    // Someone plants a link where the export goes, pointing at a file of the manager's.
    const QString victim = m_dir->filePath(QStringLiteral("precious.txt"));
    QVERIFY(write(victim, "keep me\n"));
    const QString link = QDir(m_out).filePath(name);
    QVERIFY(QFile::link(victim, link));
    for (const bool force : { false, true }) {
        QStringList all = args(command, intoFolder, name);
        if (force)
            all << QStringLiteral("--force");
        const CliRun r = cli(all);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("symbolic link")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(read(victim), QByteArray("keep me\n"));
        QVERIFY(QFileInfo(link).isSymLink());
    }
    // Nothing else was written next to it either.
    QCOMPARE(QDir(m_out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
        QStringList { name });
}

void TestCliFiles::existingFileIsKeptWithoutForce_data()
{
    commands();
}

void TestCliFiles::existingFileIsKeptWithoutForce()
{
    QFETCH(QStringList, command);
    QFETCH(bool, intoFolder);
    QFETCH(QString, name);
    const QString path = QDir(m_out).filePath(name);
    QVERIFY(write(path, "an earlier file\n"));
    const CliRun r = cli(args(command, intoFolder, name));
    QCOMPARE(r.code, 2);
    QVERIFY2(
        r.err.contains(QLatin1String("already exist")) && r.err.contains(QLatin1String("--force")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(read(path), QByteArray("an earlier file\n"));
    QCOMPARE(QDir(m_out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
        QStringList { name });
}

void TestCliFiles::forceReplacesAnExistingFile_data()
{
    commands();
}

void TestCliFiles::forceReplacesAnExistingFile()
{
    QFETCH(QStringList, command);
    QFETCH(bool, intoFolder);
    QFETCH(QString, name);
    const QString path = QDir(m_out).filePath(name);
    QVERIFY(write(path, "an earlier file\n"));
    // Shared on purpose by its owner: replacing the file keeps it shared.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const CliRun r = cli(args(command, intoFolder, name) << QStringLiteral("--force"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray now = read(path);
    QVERIFY(!now.isEmpty());
    QVERIFY(now != "an earlier file\n");
    QCOMPARE(mode(path), 0644);
}

void TestCliFiles::newFileIsWritten_data()
{
    commands();
}

void TestCliFiles::newFileIsWritten()
{
    QFETCH(QStringList, command);
    QFETCH(bool, intoFolder);
    QFETCH(QString, name);
    const CliRun r = cli(args(command, intoFolder, name));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!read(QDir(m_out).filePath(name)).isEmpty());
    // A studio's members and access are personal data: a new export is its owner's alone.
    for (const QString &file : QDir(m_out).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(mode(QDir(m_out).filePath(file)) == 0600, qPrintable(file));
}

void TestCliFiles::exportAllWritesNothingWhenOneSheetExists()
{
    const QString path = QDir(m_out).filePath(QStringLiteral("Admin.md"));
    QVERIFY(write(path, "mine\n"));
    const CliRun r = cli({ QStringLiteral("export-all"), QStringLiteral("--format"), QStringLiteral("md"),
        QStringLiteral("--out"), m_out });
    QCOMPARE(r.code, 2);
    QCOMPARE(QDir(m_out).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("Admin.md") });
    QCOMPARE(read(path), QByteArray("mine\n"));
}

void TestCliFiles::workspaceFilesAreTheirOwnersAlone()
{
    QCOMPARE(mode(m_db), 0600);
    // While a program has the workspace open, SQLite keeps its log and shared memory beside it, with the mode of the
    // workspace itself, whatever the umask of the program that opens it.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next());
        QCOMPARE(q.value(0).toInt() > 0, true);
        QCOMPARE(mode(m_db + QStringLiteral("-wal")), 0600);
        QCOMPARE(mode(m_db + QStringLiteral("-shm")), 0600);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    // A workspace built anew, here in a folder of its own, is its owner's alone from its first byte.
    const QString other = m_dir->filePath(QStringLiteral("new/other.rolesheet"));
    QCOMPARE(runCli(other, { QStringLiteral("init"), QStringLiteral("--owner"), QStringLiteral("Bo") }).code, 0);
    QCOMPARE(mode(other), 0600);
    // The folder made for it too, as the folders export-all, casbin and cedar make for their files; one that exists keeps
    // its mode.
    QCOMPARE(mode(m_dir->filePath(QStringLiteral("new"))), 0700);
    for (const QStringList &command : { QStringList { QStringLiteral("export-all"), QStringLiteral("--format"),
                                            QStringLiteral("csv"), QStringLiteral("--out") },
             QStringList { QStringLiteral("casbin"), QStringLiteral("--out") },
             QStringList { QStringLiteral("cedar"), QStringLiteral("--out") } }) {
        const QString folder = m_dir->filePath(QStringLiteral("made/by/%1").arg(command.first()));
        const CliRun r = cli(command + QStringList { folder });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(mode(folder), 0700);
    }
    QCOMPARE(mode(m_dir->filePath(QStringLiteral("made"))), 0700);
}

QTEST_GUILESS_MAIN(TestCliFiles)
#include "TestCliFiles.moc"
