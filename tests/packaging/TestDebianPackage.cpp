// The Debian package: built by cpack, unpacked into a temporary root, and the command line run from there.
#include <QDirIterator>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDir = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("LD_LIBRARY_PATH"));
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = program + QStringLiteral(" did not start: ") + process.errorString();
        return result;
    }
    process.waitForFinished(540000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Every file below root, as paths relative to root.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

// Builds the package once and inspects it the way an installation would use it.
class TestDebianPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFieldsNameVersionAndDependencies();
    void installsTheDesktopFiles();
    void iconsComeInEverySize();
    void unpackedCommandLineRunsAndCreatesAWorkspace();
    void cmakeInstallLaysOutTheSameFiles();

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
};

void TestDebianPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const Run cpack = run(QStringLiteral(ROLESHEET_CPACK),
        { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
            QStringLiteral(ROLESHEET_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out });
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(out).entryList({ QStringLiteral("*.deb") }, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.first());
    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run unpack = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, m_root });
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.err));
}

void TestDebianPackage::controlFieldsNameVersionAndDependencies()
{
    const Run fields = run(QStringLiteral("dpkg-deb"),
        { QStringLiteral("-f"), m_deb, QStringLiteral("Package"), QStringLiteral("Version"), QStringLiteral("Depends"),
            QStringLiteral("Architecture"), QStringLiteral("Description") });
    QCOMPARE(fields.exitCode, 0);
    QVERIFY2(fields.out.contains(QStringLiteral("Package: rolesheet\n")), qPrintable(fields.out));
    QVERIFY2(fields.out.contains(QStringLiteral("Version: " ROLESHEET_PACKAGE_VERSION "\n")), qPrintable(fields.out));
    // Libraries found by dpkg-shlibdeps, and the SQLite driver Qt loads as a plugin.
    for (const char *package : { "libc6", "libqt6core6", "libqt6sql6 ", "libqt6sql6-sqlite" })
        QVERIFY2(fields.out.contains(QLatin1String(package)), qPrintable(fields.out));
}

void TestDebianPackage::installsTheDesktopFiles()
{
    const QStringList expected = {
        QStringLiteral("usr/bin/rolesheet-cli"),
        QStringLiteral("usr/share/applications/org.rolesheet.Rolesheet.desktop"),
        QStringLiteral("usr/share/metainfo/org.rolesheet.Rolesheet.metainfo.xml"),
        QStringLiteral("usr/share/mime/packages/org.rolesheet.Rolesheet.xml"),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/org.rolesheet.Rolesheet.svg"),
        QStringLiteral("usr/share/man/man1/rolesheet-cli.1.gz"),
        QStringLiteral("usr/share/rolesheet/translations/rolesheet_de.qm"),
        QStringLiteral("usr/share/rolesheet/translations/rolesheet_es.qm"),
        QStringLiteral("usr/share/rolesheet/translations/rolesheet_fr.qm"),
        QStringLiteral("usr/share/rolesheet/translations/rolesheet_nl.qm"),
    };
    for (const QString &file : expected)
        QVERIFY2(QFileInfo::exists(QDir(m_root).filePath(file)), qPrintable(file + QStringLiteral(" is missing")));
    QVERIFY(QFileInfo(QDir(m_root).filePath(QStringLiteral("usr/bin/rolesheet-cli"))).isExecutable());
#ifdef ROLESHEET_HAS_EDITOR
    QVERIFY(QFileInfo(QDir(m_root).filePath(QStringLiteral("usr/bin/rolesheet"))).isExecutable());
    QVERIFY(QFileInfo::exists(QDir(m_root).filePath(QStringLiteral("usr/share/man/man1/rolesheet.1.gz"))));
#endif
}

void TestDebianPackage::iconsComeInEverySize()
{
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        const QString path = QDir(m_root).filePath(
            QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/org.rolesheet.Rolesheet.png").arg(size));
        QImageReader reader(path);
        QVERIFY2(reader.canRead(), qPrintable(path + QStringLiteral(" is not a readable PNG")));
        QCOMPARE(reader.size(), QSize(size, size));
    }
}

void TestDebianPackage::unpackedCommandLineRunsAndCreatesAWorkspace()
{
    const QString cli = QDir(m_root).filePath(QStringLiteral("usr/bin/rolesheet-cli"));
    const Run version = run(cli, { QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("rolesheet-cli " ROLESHEET_PACKAGE_VERSION));

    const QString db = m_dir.filePath(QStringLiteral("w.rolesheet"));
    const Run init = run(cli, { QStringLiteral("--db"), db, QStringLiteral("init") });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(QFileInfo(db).size() > 0);
    const Run roles = run(cli, { QStringLiteral("--db"), db, QStringLiteral("roles") });
    QVERIFY2(roles.exitCode == 0, qPrintable(roles.err));
    QVERIFY2(roles.out.contains(QStringLiteral("Admin & owner")), qPrintable(roles.out));
}

void TestDebianPackage::cmakeInstallLaysOutTheSameFiles()
{
    const QString prefix = m_dir.filePath(QStringLiteral("prefix"));
    const Run install = run(QStringLiteral("cmake"),
        { QStringLiteral("--install"), QStringLiteral(ROLESHEET_BINARY_DIR), QStringLiteral("--prefix"), prefix });
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
    QStringList packaged = filesUnder(QDir(m_root).filePath(QStringLiteral("usr")));
    QCOMPARE(filesUnder(prefix), packaged);
}

QTEST_GUILESS_MAIN(TestDebianPackage)
#include "TestDebianPackage.moc"
