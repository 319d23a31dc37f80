// File › Export All… and File › Import… driven as a studio manager drives them: the menu, the prompts, the files.
#include "GridPanel.h"
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "SheetActions.h"
#include "commands/EditSession.h"
#include "formats/Export.h"
#include "formats/Json.h"
#include "storage/Store.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

#include <memory>

using namespace rs;

class TestImportExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;

    const Workspace &working() const { return m_window->session()->working(); }
    int staged() const { return int(m_window->session()->stagedChanges().size()); }
    QString statusText() const { return m_window->statusBar()->currentMessage(); }

    // The action as the File menu holds it: what a person clicks.
    QAction *fileMenuAction(const char *name) const
    {
        for (QAction *a : m_window->menuBar()->actions().first()->menu()->actions()) {
            if (a->objectName() == QLatin1String(name))
                return a;
        }
        return nullptr;
    }
    void trigger(const char *name)
    {
        QAction *a = fileMenuAction(name);
        QVERIFY2(a, name);
        QVERIFY(a->isEnabled());
        a->trigger();
    }
    // Answers the format list of Export All with its `index`th entry and the folder prompt with `dir`.
    void answerExport(int index, const QString &dir)
    {
        Prompts::setNextDialogHandler([index](QDialog *dialog) {
            auto *chooser = qobject_cast<QInputDialog *>(dialog);
            if (!chooser)
                return int(QDialog::Rejected);
            chooser->setTextValue(chooser->comboBoxItems().at(index));
            return int(QDialog::Accepted);
        });
        Prompts::setNextFileName(dir);
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return {};
        return path;
    }
    const Role *findRole(const Workspace &ws, const QString &name) const
    {
        for (const Role &r : ws.roles()) {
            if (r.name == name)
                return &r;
        }
        return nullptr;
    }
    // The Production template's role document under another name, ready to import.
    QByteArray renamedTemplateJson(const QString &name) const
    {
        QJsonObject doc
            = QJsonDocument::fromJson(formats::roleJson(working(), *working().templates().first())).object();
        QJsonObject role = doc.value(QLatin1String("role")).toObject();
        role.insert(QLatin1String("name"), name);
        doc.insert(QLatin1String("role"), role);
        return QJsonDocument(doc).toJson();
    }
    // Imports `data` from a file through File › Import….
    void importBytes(const QByteArray &data)
    {
        const QString path = writeFile(QStringLiteral("import.json"), data);
        QVERIFY(!path.isEmpty());
        Prompts::setNextFileName(path);
        trigger("importFile");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true); // a prompt nobody answered must not hang the run
    }

    void init()
    {
        Prompts::reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("studio.rolesheet"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        QVERIFY(m_window->newWorkspace(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->discardChanges();
        m_window.reset();
        m_dir.reset();
    }

    void exportAllWritesEveryRoleAsPdf()
    {
        const QString dir = m_dir->filePath(QStringLiteral("sheets"));
        answerExport(0, dir);
        trigger("exportAll");
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
            trigger("exportAll");
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
        trigger("exportAll");
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(files.first().filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("Section,Feature"));
        // One row a feature, one column a role.
        QVERIFY(lines.size() > working().features().size());
        QVERIFY(lines.first().contains("Production"));
        QVERIFY(statusText().contains(files.first().filePath()));
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
            if (progress && progress->isVisible() && progress->value() >= 2)
                progress->cancel();
        });
        canceller.start();
        answerExport(0, dir);
        trigger("exportAll");
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
        trigger("exportAll");
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
        trigger("exportAll");
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
        trigger("exportAll");
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
        trigger("exportSheet");
        QCOMPARE(Prompts::lastMessage(), QStringLiteral("production.csv already exists. Replace it?"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("older sheet"));
        file.close();
        Prompts::setNextFileName(path);
        Prompts::setNextAnswer(QMessageBox::Yes);
        trigger("exportSheet");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("Section,Feature,"));
        file.close();

        const QString link = m_dir->filePath(QStringLiteral("linked.csv"));
        QVERIFY(QFile::link(path, link));
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        Prompts::setNextFileName(link);
        trigger("exportSheet");
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("symbolic link")));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void cancellingTheFolderPromptWritesNothing()
    {
        const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        answerExport(0, QString());
        trigger("exportAll");
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }

    void importedRoleIsStagedUndoableAndApplied()
    {
        const int steps = m_window->session()->undoStack()->count();
        importBytes(renamedTemplateJson(QStringLiteral("Imported producer")));
        const Role *imported = findRole(working(), QStringLiteral("Imported producer"));
        QVERIFY(imported);
        const Role *model = working().templates().first();
        for (const Feature &f : working().features())
            QCOMPARE(working().grant(*imported, f), working().grant(*model, f));
        QCOMPARE(imported->guardrails, model->guardrails);
        QVERIFY(staged() > 1);
        QCOMPARE(m_window->session()->undoStack()->count(), steps + 1); // one step to undo
        QCOMPARE(m_window->grid()->role(), imported->id);
        QVERIFY(!findRole(m_window->store()->workspace(), QStringLiteral("Imported producer")));
        QVERIFY(statusText().contains(QStringLiteral("Imported producer")));

        m_window->action(QStringLiteral("undo"))->trigger();
        QVERIFY(!findRole(working(), QStringLiteral("Imported producer")));
        QCOMPARE(staged(), 0);
        m_window->action(QStringLiteral("redo"))->trigger();
        QVERIFY(findRole(working(), QStringLiteral("Imported producer")));

        QVERIFY(m_window->applyChanges());
        QCOMPARE(staged(), 0);
        std::unique_ptr<Store> reread = std::move(Store::open(m_path).value());
        QVERIFY(findRole(reread->workspace(), QStringLiteral("Imported producer")));
    }

    void productionRoleGoesIntoThePickedProduction()
    {
        const Role *member = nullptr;
        for (const Role &r : working().roles())
            member = r.builtIn == BuiltIn::ProductionMember ? &r : member;
        QVERIFY(member);
        QJsonObject doc = QJsonDocument::fromJson(formats::roleJson(working(), *member)).object();
        QJsonObject role = doc.value(QLatin1String("role")).toObject();
        role.insert(QLatin1String("name"), QStringLiteral("Colorist"));
        doc.insert(QLatin1String("role"), role);
        const QByteArray json = QJsonDocument(doc).toJson();

        // No production picked: the manager is told to pick one, and nothing is staged.
        importBytes(json);
        QCOMPARE(staged(), 0);
        QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("production")),
            qPrintable(m_window->messageBar()->text()));

        Change applied;
        QVERIFY(m_window->session()->stage(
            Change::createProduction(QStringLiteral("Feature film"), working().owner()), &applied));
        m_window->navigator()->selectProduction(applied.production);
        QCOMPARE(m_window->navigator()->currentProduction(), applied.production);
        importBytes(json);
        const Role *colorist = findRole(working(), QStringLiteral("Colorist"));
        QVERIFY(colorist);
        QCOMPARE(colorist->production, applied.production);
        QCOMPARE(colorist->scope, Scope::Production);
        QVERIFY(colorist->builtIn == BuiltIn::None);
    }

    void ruleBreakingWorkspaceImportIsRefusedBeforeAsking()
    {
        QJsonObject doc = QJsonDocument::fromJson(formats::workspaceJson(working())).object();
        QJsonArray roles = doc.value(QLatin1String("roles")).toArray();
        QJsonObject second = roles.at(1).toObject();
        second.insert(QLatin1String("name"), roles.at(0).toObject().value(QLatin1String("name")));
        roles.replace(1, second);
        doc.insert(QLatin1String("roles"), roles);
        Prompts::setNextAnswer(QMessageBox::Yes); // would replace, were it asked
        const int version = int(m_window->store()->version());
        importBytes(QJsonDocument(doc).toJson());
        QCOMPARE(int(m_window->store()->version()), version);
        QVERIFY(!Prompts::lastMessage().contains(QStringLiteral("Replace")));
        const QString text = m_window->messageBar()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Nothing was imported")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("rule")), qPrintable(text));
    }

    void brokenImportsShowOneLineAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("truncated") << QByteArray("{ \"format\": \"rolesheet\", \"version\": 1, \"kind\": \"ro")
                                   << QStringLiteral("line");
        QTest::newRow("not json") << QByteArray("Role,Feature\nEditor,Jobs\n") << QStringLiteral("line");
        QTest::newRow("name taken") << QByteArray() << QStringLiteral("Production");
        QTest::newRow("unknown feature") << QByteArray("unknown") << QStringLiteral("grants[0].feature");
        QTest::newRow("wrong type") << QByteArray("type") << QStringLiteral("role.guardrails");
    }

    void brokenImportsShowOneLineAndChangeNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        QJsonObject doc
            = QJsonDocument::fromJson(formats::roleJson(working(), *working().templates().first())).object();
        if (json.isEmpty()) {
            json = QJsonDocument(doc).toJson(); // the template itself: its name is taken
        } else if (json == "unknown") {
            QJsonArray grants = doc.value(QLatin1String("grants")).toArray();
            QJsonObject g = grants.at(0).toObject();
            g.insert(QLatin1String("feature"), QStringLiteral("Time travel"));
            grants.replace(0, g);
            doc.insert(QLatin1String("grants"), grants);
            json = QJsonDocument(doc).toJson();
        } else if (json == "type") {
            QJsonObject role = doc.value(QLatin1String("role")).toObject();
            role.insert(QLatin1String("name"), QStringLiteral("Another"));
            role.insert(QLatin1String("guardrails"), 42);
            doc.insert(QLatin1String("role"), role);
            json = QJsonDocument(doc).toJson();
        }
        const int roles = int(working().roles().size());
        importBytes(json);
        QCOMPARE(staged(), 0);
        QCOMPARE(int(working().roles().size()), roles);
        QCOMPARE(m_window->session()->undoStack()->count(), 0);
        QLabel *bar = m_window->messageBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().startsWith(QStringLiteral("Nothing was imported")), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(named), qPrintable(bar->text()));
        QVERIFY(!bar->text().contains(QLatin1Char('\n')));
    }

    // The workspace of a file: the studio renamed, with a role and a member more and a grant changed.
    QString harbourFile()
    {
        Workspace other = working();
        Change rename = Change::setWorkspaceName(QStringLiteral("Harbour Films"));
        if (!other.apply(rename))
            return {};
        Change create = Change::createRole(QStringLiteral("Harbour editor"), Scope::Account);
        if (!other.apply(create))
            return {};
        Change grant
            = Change::setGrant(create.role, other.findFeature(QStringLiteral("Jobs"))->id, Levels(Level::View));
        Change join = Change::addMember(QStringLiteral("Rosa Diaz"), create.role);
        if (!other.apply(grant) || !other.apply(join))
            return {};
        return writeFile(QStringLiteral("harbour.json"), formats::workspaceJson(other));
    }
    // Every line of a tree, parents and children, "text | text | text".
    static QStringList treeLines(QTreeWidget *tree)
    {
        QStringList lines;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            QStringList cells;
            for (int c = 0; c < tree->columnCount(); ++c)
                cells << (*it)->text(c);
            lines << cells.join(QStringLiteral(" | "));
        }
        return lines;
    }
    QAction *undoImportAction() const
    {
        for (QAction *a : m_window->menuBar()->actions().at(1)->menu()->actions()) {
            if (a->objectName() == QLatin1String("undoImport"))
                return a;
        }
        return nullptr;
    }

    void workspaceImportIsReviewedBeforeAnythingIsReplaced()
    {
        const QString path = harbourFile();
        QVERIFY(!path.isEmpty());
        // A staged edit, so the review says it will go.
        QVERIFY(m_window->session()->stage(Change::createRole(QStringLiteral("Draft"), Scope::Account)));
        QCOMPARE(staged(), 1);
        const Workspace storedBefore = m_window->store()->workspace();
        const qint64 version = m_window->store()->version();
        QVERIFY(!undoImportAction()->isEnabled());

        // Cancel: the review was shown with the changes while nothing was replaced yet; afterwards nothing changed.
        QStringList changes, impact;
        QString question;
        bool storedWhileShown = false;
        Prompts::setNextFileName(path);
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            auto *review = qobject_cast<ReviewDialog *>(dialog);
            if (!review)
                return int(QDialog::Accepted); // the wrong dialog: accepting would replace, and the test fail
            changes = treeLines(review->changesTree());
            impact = treeLines(review->impactTree());
            if (auto *label = review->findChild<QLabel *>(QStringLiteral("reviewQuestion")))
                question = label->text();
            storedWhileShown = m_window->store()->workspace() == storedBefore;
            return int(QDialog::Rejected);
        });
        trigger("importFile");
        QVERIFY(storedWhileShown);
        const QString changed = changes.join(QLatin1Char('\n'));
        QVERIFY2(changed.contains(QStringLiteral("New: \u201cHarbour editor\u201d |  | Cells that differ: ")),
            qPrintable(changed));
        QVERIFY2(changes.contains(QStringLiteral("Jobs | None | View")), qPrintable(changed));
        QVERIFY2(changed.contains(QStringLiteral("to \u201cHarbour Films\u201d")), qPrintable(changed));
        QVERIFY2(changes.contains(QStringLiteral("New member \u201cRosa Diaz\u201d |  | ")), qPrintable(changed));
        QVERIFY2(impact.join(QLatin1Char('\n')).contains(QStringLiteral("Rosa Diaz")),
            qPrintable(impact.join(QLatin1Char('\n'))));
        QVERIFY2(question.contains(QStringLiteral("Harbour Films")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 staged change")), qPrintable(question));
        QCOMPARE(staged(), 1);
        QCOMPARE(m_window->store()->version(), version);
        QVERIFY(m_window->store()->workspace() == storedBefore);
        QVERIFY(!undoImportAction()->isEnabled());

        // Replace: the workspace is the file's, stored and shown, in one step; the staged edit is gone.
        Prompts::setNextFileName(path);
        Prompts::setNextDialogHandler([](QDialog *dialog) {
            return int(qobject_cast<ReviewDialog *>(dialog) ? QDialog::Accepted : QDialog::Rejected);
        });
        trigger("importFile");
        QCOMPARE(staged(), 0);
        QCOMPARE(m_window->store()->version(), version + 1);
        QCOMPARE(m_window->store()->workspace().name(), QStringLiteral("Harbour Films"));
        QCOMPARE(working().name(), QStringLiteral("Harbour Films"));
        QVERIFY(findRole(working(), QStringLiteral("Harbour editor")));
        QVERIFY(!findRole(working(), QStringLiteral("Draft")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("studio.rolesheet")));
        QVERIFY(statusText().contains(QStringLiteral("harbour.json")));
        std::unique_ptr<Store> reread = std::move(Store::open(m_path).value());
        QCOMPARE(reread->workspace().name(), QStringLiteral("Harbour Films"));
        QVERIFY(findRole(reread->workspace(), QStringLiteral("Harbour editor")));
        reread.reset();

        // Edit › Undo Import: the workspace as it was before the import, in one step.
        QVERIFY(undoImportAction()->isEnabled());
        undoImportAction()->trigger();
        QVERIFY(m_window->store()->workspace() == storedBefore);
        QVERIFY(working() == storedBefore);
        QCOMPARE(m_window->store()->version(), version + 2);
        QVERIFY2(statusText().contains(QStringLiteral("undone")), qPrintable(statusText()));
        QVERIFY(!undoImportAction()->isEnabled());
        reread = std::move(Store::open(m_path).value());
        QVERIFY(reread->workspace() == storedBefore);
    }

    void undoImportEndsWhenTheWorkspaceChangesAgain()
    {
        const QString path = harbourFile();
        QVERIFY(!path.isEmpty());
        Prompts::setNextFileName(path);
        Prompts::setNextDialogHandler([](QDialog *dialog) {
            return int(qobject_cast<ReviewDialog *>(dialog) ? QDialog::Accepted : QDialog::Rejected);
        });
        trigger("importFile");
        QCOMPARE(m_window->store()->workspace().name(), QStringLiteral("Harbour Films"));
        QVERIFY(undoImportAction()->isEnabled());
        // A change applied after the import: undoing the import would drop it, so the undo is gone.
        QVERIFY(m_window->session()->stage(Change::createRole(QStringLiteral("After import"), Scope::Account)));
        QVERIFY(m_window->applyChanges());
        QVERIFY(!undoImportAction()->isEnabled());
        QVERIFY(findRole(m_window->store()->workspace(), QStringLiteral("After import")));
    }

    void importOfTheSameWorkspaceReplacesNothing()
    {
        const qint64 version = m_window->store()->version();
        Prompts::setNextDialogHandler([](QDialog *) { return int(QDialog::Accepted); });
        importBytes(formats::workspaceJson(m_window->store()->workspace()));
        QCOMPARE(m_window->store()->version(), version);
        QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("same workspace")),
            qPrintable(m_window->messageBar()->text()));
    }

    void malformedWorkspaceImportChangesNothing()
    {
        QByteArray json = formats::workspaceJson(working());
        json.truncate(json.size() / 2);
        const QString name = m_window->store()->workspace().name();
        importBytes(json);
        QCOMPARE(m_window->store()->workspace().name(), name);
        QVERIFY(m_window->messageBar()->text().startsWith(QStringLiteral("Nothing was imported")));
    }
};

QTEST_MAIN(TestImportExport)
#include "TestImportExport.moc"
