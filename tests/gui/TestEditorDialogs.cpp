// The editor's other dialogs: compare roles, edit the catalog, duplicate and rename roles.
#include "CatalogDialog.h"
#include "CompareDialog.h"
#include "GridPanel.h"
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "RoleActions.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "itemmodels/CompareModel.h"
#include "storage/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rs;

class TestEditorDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true); // a warning nobody answered must not hang the run
    }
    void init() { Prompts::reset(); }

    void newOpenAndOpenRecent()
    {
        QTemporaryDir dir;
        MainWindow window;
        const QString first = dir.filePath(QStringLiteral("first.rolesheet"));
        // File › New welcomes first: the studio and its owner are named, then the file asked for.
        Prompts::setNextDialogHandler([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("studioName"))->setText(QStringLiteral("First Studio"));
            dialog->findChild<QLineEdit *>(QStringLiteral("ownerName"))->setText(QStringLiteral("Morgan Avery"));
            dialog->accept();
            return dialog->result();
        });
        Prompts::setNextFileName(dir.filePath(QStringLiteral("first")));
        window.action(rs::ActionId::New)->trigger();
        QVERIFY(window.document()->isOpen());
        QCOMPARE(window.document()->location(), first);
        const QString second = dir.filePath(QStringLiteral("second.rolesheet"));
        QVERIFY(window.newWorkspace(second));
        // Other editors may share the settings: look for these two files, newest first.
        const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        QVERIFY(files.indexOf(second) >= 0);
        QVERIFY(files.indexOf(first) > files.indexOf(second));
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QAction *reopen = nullptr;
        for (QAction *a : recent->actions()) {
            if (a->toolTip() == first)
                reopen = a;
        }
        QVERIFY(reopen);
        reopen->trigger(); // opens in the background: the window shows the file once it is read
        QVERIFY(window.document()->waitForFinished());
        QCOMPARE(window.document()->location(), first);
        // A file that is not a workspace is refused with a message, and the open one stays open.
        const QString junk = dir.filePath(QStringLiteral("junk.rolesheet"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a workspace");
        file.close();
        Prompts::setNextFileName(junk);
        window.action(rs::ActionId::Open)->trigger();
        QVERIFY(!window.document()->waitForFinished());
        QVERIFY(!Prompts::lastMessage().isEmpty());
        QCOMPARE(window.document()->location(), first);
    }

    void exportAndPrintTheShownRole()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.newWorkspace(dir.filePath(QStringLiteral("s.rolesheet"))));
        QAction *exportSheet = window.action(rs::ActionId::ExportSheet);
        QVERIFY(exportSheet->isEnabled()); // the Production template is shown
        const QString csv = dir.filePath(QStringLiteral("production.csv"));
        Prompts::setNextFileName(csv);
        exportSheet->trigger();
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("\xEF\xBB\xBFSection,Feature,View,Add,Edit,Delete,Levels,Why this matters"));
        QVERIFY(file.readAll().contains("Jobs,,yes,,,Add,"));
        const QString pdf = dir.filePath(QStringLiteral("production.pdf"));
        Prompts::setNextFileName(pdf);
        exportSheet->trigger();
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5).startsWith("%PDF"));
        // Printing goes through the print dialog; here it is answered with a PDF printer.
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            QPrinter *printer = qobject_cast<QPrintDialog *>(dialog)->printer();
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(printed);
            return int(QDialog::Accepted);
        });
        window.action(rs::ActionId::PrintSheet)->trigger();
        QVERIFY(QFileInfo(printed).size() > 1000);
        // A file name that says no format is refused with a message.
        Prompts::setNextFileName(dir.filePath(QStringLiteral("production.txt")));
        exportSheet->trigger();
        QVERIFY(window.messageBar()->text().contains(QStringLiteral(".pdf")));
        window.discardChanges();
    }

    void compareTwoRoles()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.newWorkspace(dir.filePath(QStringLiteral("s.rolesheet"))));
        const Workspace &ws = window.session()->working();
        CompareDialog dialog(ws, ws.builtInRole(BuiltIn::Admin), 0, &window);
        QListWidget *roles = dialog.roleList();
        QCOMPARE(dialog.model()->columnCount(), CompareModel::kFixedColumns + 2); // Admin and the template
        for (int i = 0; i < roles->count(); ++i) {
            if (roles->item(i)->data(Qt::UserRole).value<Id>() == ws.builtInRole(BuiltIn::Owner))
                roles->item(i)->setCheckState(Qt::Checked);
        }
        QCOMPARE(dialog.model()->columnCount(), CompareModel::kFixedColumns + 3);
        dialog.onlyDifferences()->setChecked(true);
        QVERIFY(dialog.findChild<QAbstractItemView *>(QStringLiteral("compareTable"))->model()->rowCount() > 0);
        window.discardChanges();
    }

    void editTheCatalog()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.newWorkspace(dir.filePath(QStringLiteral("s.rolesheet"))));
        EditSession *session = window.session();
        CatalogDialog dialog(session, &window);
        QCOMPARE(dialog.tree()->topLevelItemCount(), 6);
        Prompts::setNextText(QStringLiteral("Post-production"));
        dialog.addSection();
        QCOMPARE(dialog.tree()->topLevelItemCount(), 7);
        Prompts::setNextText(QStringLiteral("Colour Grading"));
        dialog.addFeature();
        const Feature *grading = session->working().findFeature(QStringLiteral("Colour Grading"));
        QVERIFY(grading);
        QCOMPARE(grading->scope, Scope::Production);
        // The production member sees every new production feature.
        QCOMPARE(session->working().grant(session->working().builtInRole(BuiltIn::ProductionMember), grading->id),
            Levels(Level::View));
        Prompts::setNextText(QStringLiteral("Grading"));
        dialog.renameSelected();
        QVERIFY(session->working().findFeature(QStringLiteral("Grading")));
        dialog.selectSection(session->working().findSection(QStringLiteral("Post-production"))->id);
        dialog.moveSelected(-1);
        QCOMPARE(session->working().sections().at(5).name, QStringLiteral("Post-production"));
        dialog.selectFeature(session->working().findFeature(QStringLiteral("Grading"))->id);
        Prompts::setNextAnswer(QMessageBox::Yes);
        dialog.removeSelected();
        QVERIFY(!session->working().findFeature(QStringLiteral("Grading")));
        // A refused rename says why, and nothing changes.
        dialog.selectFeature(session->working().findFeature(QStringLiteral("Jobs"))->id);
        Prompts::setNextText(QStringLiteral("Images"));
        dialog.renameSelected();
        QVERIFY(!Prompts::lastMessage().isEmpty());
        QVERIFY(session->working().findFeature(QStringLiteral("Jobs")));
        window.discardChanges();
    }

    void duplicateALockedRoleAndRenameTheCopy()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.newWorkspace(dir.filePath(QStringLiteral("s.rolesheet"))));
        const Workspace &ws = window.session()->working();
        window.navigator()->selectRole(ws.builtInRole(BuiltIn::Admin));
        window.action(rs::ActionId::DuplicateRole)->trigger();
        const Role *copy = ws.findAccountRole(QStringLiteral("Admin (copy)"));
        QVERIFY(copy);
        QVERIFY(!copy->isLocked());
        QCOMPARE(window.grid()->role(), copy->id);
        QVERIFY(window.action(rs::ActionId::RenameRole)->isEnabled());
        Prompts::setNextText(QStringLiteral("Studio manager"));
        window.action(rs::ActionId::RenameRole)->trigger();
        QCOMPARE(ws.role(window.grid()->role())->name, QStringLiteral("Studio manager"));
        // A name already taken is refused with the reason.
        Prompts::setNextText(QStringLiteral("Admin"));
        window.action(rs::ActionId::RenameRole)->trigger();
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("already")));
        QCOMPARE(ws.role(window.grid()->role())->name, QStringLiteral("Studio manager"));
        window.discardChanges();
    }
};

QTEST_MAIN(TestEditorDialogs)
#include "TestEditorDialogs.moc"
