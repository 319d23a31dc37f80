// The files a desktop reads about Rolesheet: the .desktop entry, the AppStream metainfo and the man pages.
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

// Runs a tool and returns its exit code with standard output and error together.
Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.out = program + QStringLiteral(" did not start: ") + process.errorString();
        return result;
    }
    process.waitForFinished(120000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString sourceFile(const QString &relative)
{
    return QDir(qEnvironmentVariable("ROLESHEET_SOURCE_DIR")).filePath(relative);
}

QString buildFile(const QString &relative)
{
    return QDir(QStringLiteral(ROLESHEET_BINARY_DIR)).filePath(relative);
}

const QString kDesktop = QStringLiteral("packaging/org.rolesheet.Rolesheet.desktop");
const QString kMetainfo = QStringLiteral("packaging/org.rolesheet.Rolesheet.metainfo.xml");

} // namespace

// Validates the desktop integration files with the tools distributions use, and checks they agree with each other.
class TestDesktopMetadata : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryValidates();
    void metainfoValidates();
    void metainfoAndDesktopEntryNameTheSameApplication();
    void manPagesRenderWithoutWarnings_data();
    void manPagesRenderWithoutWarnings();
    void manPageDocumentsEveryCommand();
};

void TestDesktopMetadata::desktopEntryValidates()
{
    const Run validate = run(QStringLiteral("desktop-file-validate"), { sourceFile(kDesktop) });
    QVERIFY2(validate.exitCode == 0 && validate.out.trimmed().isEmpty(), qPrintable(validate.out));
}

void TestDesktopMetadata::metainfoValidates()
{
    const QString metainfo = buildFile(kMetainfo);
    QVERIFY2(QFileInfo::exists(metainfo), qPrintable(metainfo));
    const Run validate = run(QStringLiteral("appstreamcli"),
        { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--explain"), metainfo });
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out));
    QVERIFY2(!validate.out.contains(QStringLiteral("W:")), qPrintable(validate.out));
    QVERIFY2(readText(metainfo).contains(QStringLiteral("version=\"" ROLESHEET_PACKAGE_VERSION "\"")),
        "the metainfo names the project's version as its latest release");
}

void TestDesktopMetadata::metainfoAndDesktopEntryNameTheSameApplication()
{
    QSettings desktop(sourceFile(kDesktop), QSettings::IniFormat);
    desktop.beginGroup(QStringLiteral("Desktop Entry"));
    const QString icon = desktop.value(QStringLiteral("Icon")).toString();
    const QString metainfo = readText(sourceFile(kMetainfo));
    QCOMPARE(icon, QStringLiteral("org.rolesheet.Rolesheet"));
    QVERIFY(metainfo.contains(QStringLiteral("<id>") + icon + QStringLiteral("</id>")));
    QVERIFY(metainfo.contains(QStringLiteral("<launchable type=\"desktop-id\">") + QFileInfo(kDesktop).fileName()));
    QVERIFY(desktop.value(QStringLiteral("Exec")).toString().startsWith(QStringLiteral("rolesheet ")));
    QVERIFY(metainfo.contains(QStringLiteral("<binary>rolesheet-cli</binary>")));
    // The mime type the entry opens is the one the package defines.
    const QString mime = readText(sourceFile(QStringLiteral("packaging/org.rolesheet.Rolesheet.mime.xml")));
    const QString type = desktop.value(QStringLiteral("MimeType")).toString().section(QLatin1Char(';'), 0, 0);
    QVERIFY(!type.isEmpty());
    QVERIFY(mime.contains(QStringLiteral("type=\"") + type + QLatin1Char('"')));
}

void TestDesktopMetadata::manPagesRenderWithoutWarnings_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("rolesheet-cli") << buildFile(QStringLiteral("packaging/rolesheet-cli.1"));
    QTest::newRow("rolesheet") << buildFile(QStringLiteral("packaging/rolesheet.1"));
}

void TestDesktopMetadata::manPagesRenderWithoutWarnings()
{
    QFETCH(QString, page);
    QVERIFY2(QFileInfo::exists(page), qPrintable(page));
    const Run groff = run(QStringLiteral("groff"),
        { QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), QStringLiteral("-Tutf8"), page });
    QVERIFY2(groff.exitCode == 0 && groff.out.trimmed().isEmpty(), qPrintable(groff.out));
    QVERIFY(!readText(page).contains(QLatin1Char('@'))); // every @VARIABLE@ was configured
}

void TestDesktopMetadata::manPageDocumentsEveryCommand()
{
    const Run help = run(qEnvironmentVariable("ROLESHEET_CLI"), { QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QStringList commands;
    static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*)"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(help.out); it.hasNext();)
        commands.append(it.next().captured(1));
    commands.removeDuplicates();
    QVERIFY2(commands.size() >= 10, qPrintable(help.out));

    QString page = readText(buildFile(QStringLiteral("packaging/rolesheet-cli.1")));
    page.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    QStringList missing;
    for (const QString &command : std::as_const(commands)) {
        // A tag line of the page: .B name, .BI name … or \fBname\fR …
        const QRegularExpression entry(QStringLiteral("^(\\.B[IR]? \"?|\\\\fB)") + QRegularExpression::escape(command)
                + QStringLiteral("(\\s|\"|\\\\|$)"),
            QRegularExpression::MultilineOption);
        if (!page.contains(entry))
            missing.append(command);
    }
    QVERIFY2(
        missing.isEmpty(), qPrintable(QStringLiteral("not in rolesheet-cli.1: ") + missing.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestDesktopMetadata)
#include "TestDesktopMetadata.moc"
