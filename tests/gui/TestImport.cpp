// File › Import…: a role staged, a whole workspace reviewed before it replaces the stored one, and Undo Import.
#include "ImportExportFixture.h"
#include "itemmodels/NavigatorModel.h"

#include <QTreeView>

class TestImport : public ImportExportFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase(); }
    void init() { openFresh(); }
    void cleanup() { closeWindow(); }

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
        QVERIFY(!findRole(m_window->document()->stored(), QStringLiteral("Imported producer")));
        QVERIFY(statusText().contains(QStringLiteral("Imported producer")));

        m_window->action(rs::ActionId::Undo)->trigger();
        QVERIFY(!findRole(working(), QStringLiteral("Imported producer")));
        QCOMPARE(staged(), 0);
        m_window->action(rs::ActionId::Redo)->trigger();
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
        const int version = int(m_window->document()->version());
        importBytes(QJsonDocument(doc).toJson());
        QCOMPARE(int(m_window->document()->version()), version);
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
        const Workspace storedBefore = m_window->document()->stored();
        const qint64 version = m_window->document()->version();
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
            storedWhileShown = m_window->document()->stored() == storedBefore;
            return int(QDialog::Rejected);
        });
        trigger(rs::ActionId::ImportFile);
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
        QCOMPARE(m_window->document()->version(), version);
        QVERIFY(m_window->document()->stored() == storedBefore);
        QVERIFY(!undoImportAction()->isEnabled());

        // Replace: the workspace is the file's, stored and shown, in one step; the staged edit is gone.
        Prompts::setNextFileName(path);
        Prompts::setNextDialogHandler([](QDialog *dialog) {
            return int(qobject_cast<ReviewDialog *>(dialog) ? QDialog::Accepted : QDialog::Rejected);
        });
        trigger(rs::ActionId::ImportFile);
        QCOMPARE(staged(), 0);
        QCOMPARE(m_window->document()->version(), version + 1);
        QCOMPARE(m_window->document()->stored().name(), QStringLiteral("Harbour Films"));
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
        QVERIFY(m_window->document()->stored() == storedBefore);
        QVERIFY(working() == storedBefore);
        QCOMPARE(m_window->document()->version(), version + 2);
        QVERIFY2(statusText().contains(QStringLiteral("undone")), qPrintable(statusText()));
        QVERIFY(!undoImportAction()->isEnabled());
        reread = std::move(Store::open(m_path).value());
        QVERIFY(reread->workspace() == storedBefore);
    }

    // A workspace import replaces every row the tree shows: its open branches stay open, closed ones closed, and once
    // the import is undone the member that was current is current again.
    void theTreeKeepsItsStateAcrossImportAndUndoImport()
    {
        const QString path = harbourFile();
        QVERIFY(!path.isEmpty());
        QTreeView *tree = m_window->navigator()->view();
        NavigatorModel *model = m_window->navigator()->model();
        tree->expand(model->groupIndex(NavigatorModel::Members));
        tree->expand(model->groupIndex(NavigatorModel::Productions));
        tree->collapse(model->groupIndex(NavigatorModel::Templates));
        const Id owner = working().owner();
        m_window->navigator()->selectMember(owner);
        QCOMPARE(tree->currentIndex().data(NavigatorModel::IdRole).value<Id>(), owner);

        Prompts::setNextFileName(path);
        Prompts::setNextDialogHandler([](QDialog *dialog) {
            return int(qobject_cast<ReviewDialog *>(dialog) ? QDialog::Accepted : QDialog::Rejected);
        });
        trigger(rs::ActionId::ImportFile);
        QCOMPARE(working().name(), QStringLiteral("Harbour Films"));
        QVERIFY(tree->isExpanded(model->groupIndex(NavigatorModel::Members)));
        QVERIFY(tree->isExpanded(model->groupIndex(NavigatorModel::Productions)));
        QVERIFY(!tree->isExpanded(model->groupIndex(NavigatorModel::Templates)));

        undoImportAction()->trigger();
        QVERIFY(working().owner() == owner);
        QVERIFY(tree->isExpanded(model->groupIndex(NavigatorModel::Members)));
        QVERIFY(!tree->isExpanded(model->groupIndex(NavigatorModel::Templates)));
        QCOMPARE(tree->currentIndex().data(NavigatorModel::KindRole).toInt(), int(NavigatorModel::MemberNode));
        QCOMPARE(tree->currentIndex().data(NavigatorModel::IdRole).value<Id>(), owner);
    }

    void undoImportEndsWhenTheWorkspaceChangesAgain()
    {
        const QString path = harbourFile();
        QVERIFY(!path.isEmpty());
        Prompts::setNextFileName(path);
        Prompts::setNextDialogHandler([](QDialog *dialog) {
            return int(qobject_cast<ReviewDialog *>(dialog) ? QDialog::Accepted : QDialog::Rejected);
        });
        trigger(rs::ActionId::ImportFile);
        QCOMPARE(m_window->document()->stored().name(), QStringLiteral("Harbour Films"));
        QVERIFY(undoImportAction()->isEnabled());
        // A change applied after the import: undoing the import would drop it, so the undo is gone.
        QVERIFY(m_window->session()->stage(Change::createRole(QStringLiteral("After import"), Scope::Account)));
        QVERIFY(m_window->applyChanges());
        QVERIFY(!undoImportAction()->isEnabled());
        QVERIFY(findRole(m_window->document()->stored(), QStringLiteral("After import")));
    }

    void importOfTheSameWorkspaceReplacesNothing()
    {
        const qint64 version = m_window->document()->version();
        Prompts::setNextDialogHandler([](QDialog *) { return int(QDialog::Accepted); });
        importBytes(formats::workspaceJson(m_window->document()->stored()));
        QCOMPARE(m_window->document()->version(), version);
        QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("same workspace")),
            qPrintable(m_window->messageBar()->text()));
    }

    void malformedWorkspaceImportChangesNothing()
    {
        QByteArray json = formats::workspaceJson(working());
        json.truncate(json.size() / 2);
        const QString name = m_window->document()->stored().name();
        importBytes(json);
        QCOMPARE(m_window->document()->stored().name(), name);
        QVERIFY(m_window->messageBar()->text().startsWith(QStringLiteral("Nothing was imported")));
    }
};

QTEST_MAIN(TestImport)
#include "TestImport.moc"
