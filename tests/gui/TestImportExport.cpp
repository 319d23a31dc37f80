// File › Export All… and File › Export Sheet… driven as a studio manager drives them: the menu, the prompts, the files.
#include "ImportExportFixture.h"

#include <QSettings>
#include <QStandardPaths>

#include <QElapsedTimer>
#include <QThread>

#include <atomic>

class TestImportExport : public ImportExportFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase(); }
    void init() { openFresh(); }
    void cleanup() { closeWindow(); }

    void exportAllWritesEveryRoleAsPdf()
    {
        const QString dir = m_dir->filePath(QStringLiteral("sheets"));
        answerExport(0, dir);
        trigger(rs::ActionId::ExportAll);
        waitForExport();
        const int roles = int(formats::rolesToExport(working()).size());
        QVERIFY(roles > 3);
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files);
        QCOMPARE(files.size(), roles);
        for (const QFileInfo &info : files) {
            QCOMPARE(info.suffix(), QStringLiteral("pdf"));
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY2(data.startsWith("%PDF"), qPrintable(info.fileName()));
            QVERIFY(data.trimmed().endsWith("%%EOF"));
        }
        QVERIFY2(statusText().contains(QString::number(roles)), qPrintable(statusText()));
        QVERIFY(!m_window->findChild<QProgressDialog *>()); // gone when the export ends
    }

    void exportAllInMarkdownHtmlCsvAndJson()
    {
        const int roles = int(formats::rolesToExport(working()).size());
        const char *suffixes[] = { "html", "md", "csv", "json" };
        for (int i = 1; i <= 4; ++i) {
            const QString dir = m_dir->filePath(QString::number(i));
            answerExport(i, dir);
            trigger(rs::ActionId::ExportAll);
            waitForExport();
            const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files);
            QCOMPARE(files.size(), roles);
            for (const QFileInfo &info : files) {
                QCOMPARE(info.suffix(), QLatin1String(suffixes[i - 1]));
                QVERIFY(info.size() > 0);
            }
        }
        // The JSON documents import back: the role documents are Import's own input.
        const QString anyJson
            = QDir(m_dir->filePath(QStringLiteral("4"))).entryInfoList(QDir::Files).first().filePath();
        QFile file(anyJson);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("kind")).toString(),
            QStringLiteral("role"));
    }

    void exportAllAuditorMatrixIsOneCsv()
    {
        const QString dir = m_dir->filePath(QStringLiteral("audit"));
        answerExport(5, dir);
        trigger(rs::ActionId::ExportAll);
        waitForExport();
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(files.first().filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBFSection,Feature"));
        // One row a feature, one column a role.
        QVERIFY(lines.size() > working().features().size());
        QVERIFY(lines.first().contains("Production"));
        QVERIFY(statusText().contains(files.first().filePath()));
    }

    // File › Export Workspace… writes the applied workspace, as the command line does; staged changes stay out.
    void exportWorkspaceWritesTheAppliedWorkspace()
    {
        QVERIFY(m_window->session()->stage(Change::createRole(QStringLiteral("Draft"), Scope::Account)));
        const QString path = m_dir->filePath(QStringLiteral("backup.json"));
        Prompts::setNextFileName(path);
        trigger(rs::ActionId::ExportWorkspace);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<Workspace> read = formats::workspaceFromJson(file.readAll());
        QVERIFY(read);
        QVERIFY(read.value() == m_window->document()->stored());
        QVERIFY(!read.value().findAccountRole(QStringLiteral("Draft")));
        QVERIFY(statusText().contains(QStringLiteral("staged change")));

        Prompts::setNextFileName(m_dir->filePath(QStringLiteral("backup.txt")));
        trigger(rs::ActionId::ExportWorkspace);
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral(".json")));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("backup.txt"))));
    }

    // File › Export Access Matrix… writes one file, its kind chosen by the name's suffix.
    void exportAccessMatrixWritesOneFile()
    {
        const QString csv = m_dir->filePath(QStringLiteral("matrix.csv"));
        Prompts::setNextFileName(csv);
        trigger(rs::ActionId::ExportMatrix);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBFSection,Feature"));
        const QString xlsx = m_dir->filePath(QStringLiteral("matrix.xlsx"));
        Prompts::setNextFileName(xlsx);
        trigger(rs::ActionId::ExportMatrix);
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(2) == "PK"); // a zip, as every xlsx workbook
        QVERIFY(statusText().contains(xlsx));
    }

    void cancellingExportAllLeavesOnlyWholeFiles()
    {
        const QString dir = m_dir->filePath(QStringLiteral("cancelled"));
        const int roles = int(formats::rolesToExport(working()).size());
        // The manager presses Cancel while the third sheet is being written.
        QTimer canceller;
        canceller.setInterval(0);
        connect(&canceller, &QTimer::timeout, this, [this]() {
            auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
            auto *cancel = progress ? progress->findChild<QPushButton *>() : nullptr;
            if (cancel && progress->isVisible() && progress->value() >= 2)
                QTest::mouseClick(cancel, Qt::LeftButton);
        });
        canceller.start();
        answerExport(0, dir);
        trigger(rs::ActionId::ExportAll);
        waitForExport();
        canceller.stop();
        const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
        QVERIFY2(!names.isEmpty() && names.size() < roles, qPrintable(names.join(QLatin1Char(','))));
        for (const QString &name : names) {
            QVERIFY2(name.endsWith(QLatin1String(".pdf")), qPrintable(name)); // no temporary file left behind
            QFile file(QDir(dir).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY(data.startsWith("%PDF"));
            QVERIFY(data.trimmed().endsWith("%%EOF"));
        }
        QVERIFY2(statusText().contains(QStringLiteral("cancelled")), qPrintable(statusText()));
        QVERIFY(statusText().contains(QStringLiteral("%1 of %2").arg(names.size()).arg(roles)));
    }

    // Export All writes on a thread of its own: the window paints and staging goes on while the progress dialog says
    // how far it got; Cancel stops it between two files and leaves only whole files, no temporary one.
    void exportAllRunsInTheBackgroundWithProgressAndCancel()
    {
        const QString dir = m_dir->filePath(QStringLiteral("background"));
        const int roles = int(formats::rolesToExport(working()).size());
        QVERIFY(roles > 3);
        // Each file waits until the window has seen the one before it: a slow disk.
        std::atomic<int> released { 0 };
        m_window->sheetActions()->setBeforeExportFile([&released](int done, int) {
            QElapsedTimer waited;
            waited.start();
            while (released < done && waited.elapsed() < 10000)
                QThread::msleep(2);
        });
        answerExport(0, dir);
        trigger(rs::ActionId::ExportAll);
        QVERIFY(m_window->sheetActions()->isExporting());
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), roles);

        // The first file is written; the second waits. The window paints and stages an edit meanwhile.
        released = 1;
        QTRY_COMPARE(progress->value(), 1);
        QVERIFY2(
            progress->labelText().contains(QStringLiteral("2 of %1").arg(roles)), qPrintable(progress->labelText()));
        QVERIFY(m_window->sheetActions()->isExporting());
        const int stagedBefore = staged();
        QVERIFY(m_window->session()->stage(Change::createRole(QStringLiteral("Night Editor"), Scope::Account)));
        QCOMPARE(staged(), stagedBefore + 1);
        QWidget *viewport = m_window->grid()->view()->viewport();
        viewport->update();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // Export All asked again meanwhile says it is still writing, and starts nothing.
        trigger(rs::ActionId::ExportAll);
        QVERIFY2(statusText().contains(QStringLiteral("still writing")), qPrintable(statusText()));

        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        released = roles; // the file under way finishes; none follows
        waitForExport();
        const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
        QVERIFY2(!names.isEmpty() && names.size() <= 2, qPrintable(names.join(QLatin1Char(','))));
        for (const QString &name : names) {
            QVERIFY2(name.endsWith(QLatin1String(".pdf")), qPrintable(name));
            QFile file(QDir(dir).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().trimmed().endsWith("%%EOF"));
        }
        QVERIFY2(
            statusText().contains(QStringLiteral("%1 of %2").arg(names.size()).arg(roles)), qPrintable(statusText()));
        m_window->sheetActions()->setBeforeExportFile({});
    }

    // Export All into a folder that already holds some of the sheets asks once, naming how many; No keeps them.
    void exportAllAsksOnceBeforeReplacingSheets()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Unanswered prompt")));
        const QString dir = m_dir->filePath(QStringLiteral("again"));
        const QStringList planned = formats::exportAllPaths(working(), formats::SheetFormat::Markdown, dir);
        QVERIFY(planned.size() > 3);
        QVERIFY(QDir().mkpath(dir));
        for (const QString &path : planned.mid(0, 2)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the manager's own notes\n");
        }
        answerExport(2, dir);
        Prompts::setNextAnswer(QMessageBox::No);
        trigger(rs::ActionId::ExportAll);
        waitForExport();
        QCOMPARE(
            Prompts::lastMessage(), QStringLiteral("Replace 2 existing files in %1?").arg(QDir(dir).absolutePath()));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2);
        for (const QString &path : planned.mid(0, 2)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("the manager's own notes\n"));
        }

        answerExport(2, dir);
        Prompts::setNextAnswer(QMessageBox::Yes);
        trigger(rs::ActionId::ExportAll);
        waitForExport();
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), planned.size());
        for (const QString &path : planned) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().startsWith("# "));
        }
        QVERIFY2(statusText().contains(QString::number(planned.size())), qPrintable(statusText()));
    }

    // A link planted among the sheets is refused before anything is asked or written; what it points at is kept.
    void exportAllRefusesALinkAmongTheSheets()
    {
        const QString dir = m_dir->filePath(QStringLiteral("linked"));
        const QStringList planned = formats::exportAllPaths(working(), formats::SheetFormat::Html, dir);
        QVERIFY(QDir().mkpath(dir));
        const QString victim = m_dir->filePath(QStringLiteral("victim.txt"));
        QVERIFY(writeFile(QStringLiteral("victim.txt"), "keep me").size());
        QVERIFY(QFile::link(victim, planned.at(1)));
        answerExport(1, dir);
        trigger(rs::ActionId::ExportAll);
        waitForExport();
        QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("symbolic link")),
            qPrintable(m_window->messageBar()->text()));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System),
            QStringList { QFileInfo(planned.at(1)).fileName() });
        QFile file(victim);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    // Export Role Sheet asks before replacing a file, and never writes through a link.
    void exportSheetAsksBeforeReplacing()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Unanswered prompt")));
        const QString path = writeFile(QStringLiteral("production.csv"), "older sheet");
        QVERIFY(!path.isEmpty());
        Prompts::setNextFileName(path);
        Prompts::setNextAnswer(QMessageBox::No);
        trigger(rs::ActionId::ExportSheet);
        QCOMPARE(Prompts::lastMessage(), QStringLiteral("production.csv already exists. Replace it?"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("older sheet"));
        file.close();
        Prompts::setNextFileName(path);
        Prompts::setNextAnswer(QMessageBox::Yes);
        trigger(rs::ActionId::ExportSheet);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBFSection,Feature,"));
        file.close();

        const QString link = m_dir->filePath(QStringLiteral("linked.csv"));
        QVERIFY(QFile::link(path, link));
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        Prompts::setNextFileName(link);
        trigger(rs::ActionId::ExportSheet);
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("symbolic link")));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // File choosers open in the documents folder at first, then in the folder last chosen, never in the program's
    // data folder where a workspace may live; the suggested name is kept.
    void fileChoosersOpenInDocumentsThenInTheLastFolderUsed()
    {
        QSettings().remove(QStringLiteral("files/lastFolder"));
        QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QFileInfo(documents).isDir())
            documents = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
        const QString first = m_dir->filePath(QStringLiteral("first.csv"));
        Prompts::setNextFileName(first);
        trigger(rs::ActionId::ExportSheet);
        QCOMPARE(QFileInfo(Prompts::lastStartPath()).absolutePath(), QFileInfo(documents).absoluteFilePath());
        QVERIFY(Prompts::lastStartPath().endsWith(QStringLiteral(".pdf")));
        QVERIFY(QFileInfo::exists(first));

        QTemporaryDir other;
        Prompts::setNextFileName(other.filePath(QStringLiteral("second.csv")));
        trigger(rs::ActionId::ExportSheet);
        QCOMPARE(QFileInfo(Prompts::lastStartPath()).absolutePath(), QFileInfo(m_dir->path()).absoluteFilePath());

        Prompts::setNextFileName(QString());
        trigger(rs::ActionId::ImportFile);
        QCOMPARE(Prompts::lastStartPath(), other.path());
        other.remove(); // a folder that is gone is not offered again
        Prompts::setNextFileName(QString());
        trigger(rs::ActionId::ImportFile);
        QCOMPARE(Prompts::lastStartPath(), documents);
    }

    void cancellingTheFolderPromptWritesNothing()
    {
        const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        answerExport(0, QString());
        trigger(rs::ActionId::ExportAll);
        waitForExport();
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }
};

QTEST_MAIN(TestImportExport)
#include "TestImportExport.moc"
