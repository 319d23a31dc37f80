// The editor driven as a studio manager drives it: clicks on the grid, the keyboard, the menus and the dialogs.
#include "DetailsPanel.h"
#include "GridPanel.h"
#include "MainWindow.h"
#include "MemberActions.h"
#include "MemberDialogs.h"
#include "NavigatorPanel.h"
#include "NewRoleDialog.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "RoleActions.h"
#include "commands/EditSession.h"
#include "commands/Journal.h"
#include "domain/DefaultWorkspace.h"
#include "itemmodels/AccessGridModel.h"
#include "itemmodels/PermissionGridModel.h"
#include "storage/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QWindow>

#include <memory>

using namespace rs;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    Journal journal() const { return Journal(m_path, m_window->store()->identity()); }

    const Workspace &working() const { return m_window->session()->working(); }
    Id feature(const char *name) const { return working().findFeature(QString::fromUtf8(name))->id; }
    Id section(const char *name) const { return working().findSection(QString::fromUtf8(name))->id; }
    QTreeView *grid() const { return m_window->grid()->view(); }
    QModelIndex cell(const char *name, int column) const { return m_window->grid()->cellIndex(feature(name), column); }
    bool checked(const char *name, int column) const
    {
        return cell(name, column).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }
    void click(const QModelIndex &index)
    {
        QVERIFY(index.isValid());
        grid()->scrollTo(index);
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, {}, grid()->visualRect(index).center());
    }
    void trigger(const char *action) { m_window->action(QString::fromLatin1(action))->trigger(); }
    int staged() const { return int(m_window->session()->stagedChanges().size()); }

    // Opens the workspace in `window` as the editor starts after a crash: opened, then shown. The restore question,
    // when there is one, is answered with `answer`; `onScreen` tells whether the window was visible and exposed when
    // it was asked. Returns the question's text, empty when nothing was asked.
    static QString reopen(
        MainWindow &window, const QString &path, QMessageBox::StandardButton answer, bool *onScreen = nullptr)
    {
        Prompts::reset();
        bool asked = false;
        Prompts::setNextQuestionHandler([&](QWidget *parent, const QString &) {
            asked = true;
            if (onScreen)
                *onScreen = parent && parent->window() == &window && window.isVisible() && window.windowHandle()
                    && window.windowHandle()->isExposed();
            return answer;
        });
        if (!window.openWorkspace(path))
            return QStringLiteral("(not opened)");
        QTest::qWait(20); // the event loop turns before the window is shown: nothing may be asked yet
        if (asked)
            return QStringLiteral("(asked before the window was shown)");
        window.resize(1000, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return QStringLiteral("(never exposed)");
        QTest::qWait(50);
        const QString text = asked ? Prompts::lastMessage() : QString();
        Prompts::reset();
        return text;
    }

    Id addMember(const QString &name)
    {
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("memberName"))->setText(name);
            return int(QDialog::Accepted);
        });
        m_window->memberActions()->action(QStringLiteral("addMember"))->trigger();
        const Member *m = working().findMember(name);
        return m ? m->id : 0;
    }
    Id createProduction(const QString &name)
    {
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("productionName"))->setText(name);
            return int(QDialog::Accepted);
        });
        m_window->memberActions()->action(QStringLiteral("createProduction"))->trigger();
        const Production *p = working().findProduction(name);
        return p ? p->id : 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true); // a warning nobody answered must not hang the run
    }

    void init()
    {
        Prompts::reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("studio.rolesheet"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
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

    void opensOnTheProductionTemplate()
    {
        QCOMPARE(m_window->grid()->role(), working().templates().first()->id);
        QVERIFY(m_window->grid()->lockLabel()->text().contains(QStringLiteral("financial")));
        QVERIFY(checked("Jobs", PermissionGridModel::AddColumn));
        QVERIFY(!checked("Jobs", PermissionGridModel::ViewColumn));
    }

    void clickingACellStagesItAndHighlightsIt()
    {
        QVERIFY(!checked("Organizations", PermissionGridModel::ViewColumn));
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        QVERIFY(checked("Organizations", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(), 1);
        QVERIFY(cell("Organizations", PermissionGridModel::ViewColumn).data(PermissionGridModel::ChangedRole).toBool());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("staged changes: 1")));
        QVERIFY(m_window->action(QStringLiteral("apply"))->isEnabled());
        // The store still holds the workspace as it was.
        QVERIFY(
            m_window->store()->workspace().grant(working().templates().first()->id, feature("Organizations")).isNone());
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        QVERIFY(!checked("Organizations", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(), 2);
    }

    void keyboardMovesAndSpaceToggles()
    {
        grid()->setFocus();
        grid()->setCurrentIndex(cell("Organizations", PermissionGridModel::ViewColumn));
        QTest::keyClick(grid(), Qt::Key_Right);
        QCOMPARE(grid()->currentIndex(), cell("Organizations", PermissionGridModel::AddColumn));
        QTest::keyClick(grid(), Qt::Key_Space);
        QVERIFY(checked("Organizations", PermissionGridModel::AddColumn));
        QTest::keyClick(grid(), Qt::Key_Down);
        QCOMPARE(grid()->currentIndex(), cell("Stage Templates", PermissionGridModel::AddColumn));
        QTest::keyClick(grid(), Qt::Key_Space);
        QVERIFY(!checked("Stage Templates", PermissionGridModel::AddColumn));
        QCOMPARE(staged(), 2);
    }

    void filterNarrowsTheGrid()
    {
        QAbstractItemModel *shown = grid()->model();
        QCOMPARE(shown->rowCount(), 6);
        QTest::keyClicks(m_window->grid()->filterEdit(), QStringLiteral("tools"));
        QCOMPARE(shown->rowCount(), 1); // Capture alone
        QCOMPARE(shown->rowCount(shown->index(0, 0)), 4);
        QVERIFY(cell("Tools — Sort", PermissionGridModel::ViewColumn).isValid());
        QVERIFY(!cell("Jobs", PermissionGridModel::ViewColumn).isValid());
        // Clicking through the filter still stages the right cell.
        click(cell("Tools — Sort", PermissionGridModel::EditColumn));
        QVERIFY(checked("Tools — Sort", PermissionGridModel::EditColumn));
        m_window->grid()->filterEdit()->clear();
        QCOMPARE(shown->rowCount(), 6);
    }

    void sectionBoxSetsAndClearsTheColumn()
    {
        const QModelIndex head
            = m_window->grid()->sectionCellIndex(section("Capture"), PermissionGridModel::DeleteColumn);
        QCOMPARE(head.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        click(head);
        QCOMPARE(head.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(checked("Images", PermissionGridModel::DeleteColumn));
        QVERIFY(checked("Tools — Sort", PermissionGridModel::DeleteColumn));
        QCOMPARE(m_window->session()->undoStack()->count(), 1);
        click(head);
        QCOMPARE(head.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!checked("Tools — Capture", PermissionGridModel::DeleteColumn));
    }

    void undoAndRedoFromTheEditMenu()
    {
        click(cell("Discount Codes", PermissionGridModel::EditColumn));
        QVERIFY(checked("Discount Codes", PermissionGridModel::EditColumn));
        trigger("undo");
        QVERIFY(!checked("Discount Codes", PermissionGridModel::EditColumn));
        QCOMPARE(staged(), 0);
        QVERIFY(!m_window->action(QStringLiteral("apply"))->isEnabled());
        trigger("redo");
        QVERIFY(checked("Discount Codes", PermissionGridModel::EditColumn));
        QCOMPARE(staged(), 1);
    }

    void aLockedRoleSaysWhyAndStaysAsItWas()
    {
        m_window->navigator()->selectRole(working().builtInRole(BuiltIn::Admin));
        QCOMPARE(m_window->grid()->role(), working().builtInRole(BuiltIn::Admin));
        QVERIFY(m_window->grid()->lockLabel()->text().contains(QStringLiteral("locked")));
        QVERIFY(checked("Jobs", PermissionGridModel::DeleteColumn));
        click(cell("Jobs", PermissionGridModel::DeleteColumn));
        QVERIFY(checked("Jobs", PermissionGridModel::DeleteColumn));
        QCOMPARE(staged(), 0);
        QVERIFY(m_window->messageBar()->isVisible());
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("built-in role")));
        QVERIFY(!m_window->roleActions()->action(QStringLiteral("deleteRole"))->isEnabled());
    }

    // The picture of one cell, with no focus, selection or hover on it.
    QImage cellPicture(const char *name, int column)
    {
        grid()->setCurrentIndex(cell(name, PermissionGridModel::FeatureColumn));
        grid()->clearSelection();
        QTest::mouseMove(grid()->viewport(), QPoint(1, 1));
        grid()->viewport()->repaint();
        return grid()->viewport()->grab(grid()->visualRect(cell(name, column))).toImage();
    }

    // A built-in role's cells look read-only (unlike an editable role's, and unlike cells a rule closes), and neither
    // a click in the middle of a cell nor Space changes them.
    void aLockedCellLooksLockedAndCannotBeToggled()
    {
        const Id admin = working().builtInRole(BuiltIn::Admin);
        const Id tpl = working().templates().first()->id;
        QVERIFY(working().grant(tpl, feature("Jobs")).has(Level::Add));
        const QImage editable = cellPicture("Jobs", PermissionGridModel::AddColumn);
        const QImage closed = cellPicture("Dashboard Order Metrics", PermissionGridModel::EditColumn);
        m_window->navigator()->selectRole(admin);
        QCOMPARE(m_window->grid()->role(), admin);
        QVERIFY(working().grant(admin, feature("Jobs")).has(Level::Add));
        const QImage locked = cellPicture("Jobs", PermissionGridModel::AddColumn);
        QCOMPARE(locked.size(), editable.size());
        QVERIFY(locked != editable);
        QVERIFY(locked != closed);
        QVERIFY(cell("Jobs", PermissionGridModel::AddColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("locked")));

        const Levels before = working().grant(admin, feature("Jobs"));
        click(cell("Jobs", PermissionGridModel::AddColumn));
        QCOMPARE(working().grant(admin, feature("Jobs")), before);
        QCOMPARE(staged(), 0);
        grid()->setFocus();
        grid()->setCurrentIndex(cell("Jobs", PermissionGridModel::AddColumn));
        QTest::keyClick(grid(), Qt::Key_Space);
        QCOMPARE(working().grant(admin, feature("Jobs")), before);
        QCOMPARE(staged(), 0);
        QVERIFY(!m_window->action(QStringLiteral("undo"))->isEnabled());
    }

    void aGuardrailedFeatureCannotBeGranted()
    {
        const QModelIndex marketing = cell("Marketing", PermissionGridModel::ViewColumn);
        QVERIFY(marketing.data(Qt::ToolTipRole).toString().contains(QStringLiteral("marketing guardrail")));
        click(marketing);
        QVERIFY(!checked("Marketing", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(), 0);
        // Taking the guardrail off asks why; cancelling keeps it.
        QCheckBox *box = m_window->details()->guardrailBox(Category::Marketing);
        QVERIFY(box->isChecked());
        Prompts::setNextText(QString());
        box->click();
        QVERIFY(box->isChecked());
        QCOMPARE(staged(), 0);
        // With a reason it comes off, as one staged change, and the cell opens.
        Prompts::setNextText(QStringLiteral("Runs the newsletter now"));
        box->click();
        QVERIFY(!box->isChecked());
        QCOMPARE(staged(), 1);
        click(cell("Marketing", PermissionGridModel::ViewColumn));
        QVERIFY(checked("Marketing", PermissionGridModel::ViewColumn));
    }

    void createAFreelancerRole()
    {
        const Id spring = createProduction(QStringLiteral("Spring Catalog"));
        QVERIFY(spring);
        Id offered = 0;
        Prompts::setNextDialogHandler([&](QDialog *d) {
            auto *dialog = qobject_cast<NewRoleDialog *>(d);
            dialog->nameEdit()->setText(QStringLiteral("Freelance subtitler"));
            offered = dialog->productionCombo()->currentData().value<Id>();
            QListWidget *list = dialog->featureList();
            for (int i = 0; i < list->count(); ++i) {
                const QString name = list->item(i)->text();
                if (name != QStringLiteral("Images") && name != QStringLiteral("Tools — Export"))
                    list->item(i)->setCheckState(Qt::Unchecked);
            }
            return int(QDialog::Accepted);
        });
        m_window->roleActions()->action(QStringLiteral("freelancerRole"))->trigger();
        QCOMPARE(offered, spring); // the production just made is selected in the navigator
        const Role *role = working().findProductionRole(spring, QStringLiteral("Freelance subtitler"));
        QVERIFY(role);
        QCOMPARE(role->production, spring);
        QCOMPARE(m_window->grid()->role(), role->id);
        QCOMPARE(working().grant(role->id, feature("Images")), Levels::all());
        QCOMPARE(working().grant(role->id, feature("Tools — Export")), Levels::all());
        QVERIFY(working().grant(role->id, feature("Subject Data")).isNone());
        QVERIFY(working().grant(role->id, feature("Jobs")).isNone()); // account-wide: closed to production roles
        QVERIFY(!(cell("Jobs", PermissionGridModel::ViewColumn).flags() & Qt::ItemIsEnabled));
        // One undo step takes the whole role away.
        trigger("undo");
        QVERIFY(!working().findProductionRole(spring, QStringLiteral("Freelance subtitler")));
    }

    void reviewThenApply()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        click(cell("Jobs", PermissionGridModel::AddColumn));
        bool sawRole = false;
        int roles = 0;
        int cells = 0;
        Prompts::setNextDialogHandler([&](QDialog *d) {
            auto *dialog = qobject_cast<ReviewDialog *>(d);
            QTreeWidget *changes = dialog->changesTree();
            roles = changes->topLevelItemCount();
            sawRole = changes->topLevelItem(0)->text(0).contains(QStringLiteral("Production"));
            cells = changes->topLevelItem(0)->childCount();
            QPushButton *apply = dialog->findChild<QPushButton *>(QStringLiteral("reviewApply"));
            QTest::mouseClick(apply, Qt::LeftButton);
            return dialog->result();
        });
        trigger("review");
        QVERIFY(sawRole);
        QCOMPARE(roles, 1);
        QCOMPARE(cells, 2);
        QCOMPARE(staged(), 0);
        const Id tpl = working().templates().first()->id;
        QCOMPARE(m_window->store()->workspace().grant(tpl, feature("Organizations")), Levels(Level::View));
        QVERIFY(!journal().exists());
        Result<std::unique_ptr<Store>> reopened = Store::open(m_path);
        QVERIFY(reopened);
        QVERIFY(reopened.value()->workspace().grant(tpl, feature("Jobs")).isNone());
        QVERIFY(
            !cell("Organizations", PermissionGridModel::ViewColumn).data(PermissionGridModel::ChangedRole).toBool());
    }

    void discardDropsEverything()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        Prompts::setNextAnswer(QMessageBox::Yes);
        trigger("discard");
        QCOMPARE(staged(), 0);
        QVERIFY(!checked("Organizations", PermissionGridModel::ViewColumn));
        QVERIFY(!journal().exists());
    }

    void transferOwnership()
    {
        const Id oldOwner = working().owner();
        const Id bea = addMember(QStringLiteral("Bea"));
        QVERIFY(bea);
        QString explanation;
        Prompts::setNextDialogHandler([&](QDialog *d) {
            auto *dialog = qobject_cast<TransferOwnershipDialog *>(d);
            dialog->memberCombo()->setCurrentIndex(dialog->memberCombo()->findData(bea));
            explanation = dialog->explanation()->text();
            return int(QDialog::Accepted);
        });
        m_window->memberActions()->action(QStringLiteral("transferOwnership"))->trigger();
        QVERIFY(explanation.contains(QStringLiteral("Bea becomes the Admin & owner")));
        QVERIFY(explanation.contains(QStringLiteral("becomes an Admin")));
        QCOMPARE(working().owner(), bea);
        QCOMPARE(working().member(oldOwner)->accountRole, working().builtInRole(BuiltIn::Admin));
        QVERIFY(m_window->applyChanges());
        QCOMPARE(m_window->store()->workspace().owner(), bea);
    }

    void checkAccessNamesTheGrantingRole()
    {
        const Id spring = createProduction(QStringLiteral("Spring Catalog"));
        const Id mia = addMember(QStringLiteral("Mia"));
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            auto *member = dialog->findChild<QComboBox *>(QStringLiteral("member"));
            auto *production = dialog->findChild<QComboBox *>(QStringLiteral("production"));
            member->setCurrentIndex(member->findData(mia));
            production->setCurrentIndex(production->findData(spring));
            return int(QDialog::Accepted);
        });
        m_window->memberActions()->action(QStringLiteral("invite"))->trigger();
        QCOMPARE(working().seatRole(spring, mia), working().builtInRole(BuiltIn::ProductionMember));

        QString images;
        bool jobsDenied = false;
        Prompts::setNextDialogHandler([&](QDialog *d) {
            auto *dialog = qobject_cast<CheckAccessDialog *>(d);
            dialog->memberCombo()->setCurrentIndex(dialog->memberCombo()->findData(mia));
            dialog->productionCombo()->setCurrentIndex(dialog->productionCombo()->findData(spring));
            AccessGridModel *model = dialog->model();
            for (int r = 0; r < model->rowCount(); ++r) {
                const QString name = model->index(r, AccessGridModel::FeatureColumn).data().toString();
                if (name == QStringLiteral("Images"))
                    images = model->index(r, AccessGridModel::AddColumn).data().toString();
                if (name == QStringLiteral("Jobs"))
                    jobsDenied
                        = !model->index(r, AccessGridModel::ViewColumn).data(AccessGridModel::GrantedRole).toBool();
            }
            return int(QDialog::Rejected);
        });
        m_window->memberActions()->action(QStringLiteral("checkAccess"))->trigger();
        QVERIFY(images.contains(QStringLiteral("Production member")));
        QVERIFY(jobsDenied);
    }

    void renameAMemberAndAProduction()
    {
        const Id spring = createProduction(QStringLiteral("Spring Catalog"));
        m_window->navigator()->selectProduction(spring);
        Prompts::setNextText(QStringLiteral("Spring Catalog 2027"));
        m_window->memberActions()->action(QStringLiteral("renameMemberOrProduction"))->trigger();
        QCOMPARE(working().production(spring)->name, QStringLiteral("Spring Catalog 2027"));
        const Id owner = working().owner();
        m_window->navigator()->selectMember(owner);
        Prompts::setNextText(QStringLiteral("Ada Lind"));
        m_window->memberActions()->action(QStringLiteral("renameMemberOrProduction"))->trigger();
        QCOMPARE(working().member(owner)->name, QStringLiteral("Ada Lind"));
    }

    void theOwnerCannotBeRemoved()
    {
        m_window->navigator()->selectMember(working().owner());
        QVERIFY(m_window->memberActions()->action(QStringLiteral("removeMember"))->isEnabled());
        Prompts::setNextAnswer(QMessageBox::Yes);
        m_window->memberActions()->action(QStringLiteral("removeMember"))->trigger();
        QVERIFY(working().member(working().owner()));
        QVERIFY(m_window->messageBar()->isVisible());
        QCOMPARE(staged(), 0);
    }

    void stagedChangesSurviveACrash()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        QTRY_VERIFY(journal().exists()); // written as soon as the event loop runs
        // A second editor opens the same file, as after a kill: it offers the staged change back, over its window.
        MainWindow second;
        bool onScreen = false;
        const QString question = reopen(second, m_path, QMessageBox::Yes, &onScreen);
        QVERIFY2(onScreen, qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 in all")), qPrintable(question));
        // The question says what would be restored, as Review lists it.
        QVERIFY2(question.contains(QStringLiteral("Organizations: None \u2192 View")), qPrintable(question));
        QCOMPARE(second.session()->stagedChanges().size(), 1);
        const Id tpl = working().templates().first()->id;
        QCOMPARE(second.session()->working().grant(tpl, feature("Organizations")), Levels(Level::View));
        second.discardChanges();
    }

    // Restoring is one step: one Undo takes back every restored change, one Redo puts them all back.
    void restoringIsOneUndoableStep()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        click(cell("Discount Codes", PermissionGridModel::EditColumn));
        click(cell("Jobs", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(), 3);
        QTRY_COMPARE(journal().read()->changes.size(), 3);
        MainWindow second;
        const QString question = reopen(second, m_path, QMessageBox::Yes);
        QVERIFY2(question.contains(QStringLiteral("3 in all")), qPrintable(question));
        for (const char *name : { "Organizations", "Discount Codes", "Jobs" })
            QVERIFY2(question.contains(QString::fromUtf8(name)), qPrintable(question));
        EditSession *session = second.session();
        QCOMPARE(session->stagedChanges().size(), 3);
        const Id tpl = working().templates().first()->id;
        QList<Levels> restored;
        for (const char *name : { "Organizations", "Discount Codes", "Jobs" }) {
            restored << session->working().grant(tpl, feature(name));
            QCOMPARE(restored.last(), working().grant(tpl, feature(name)));
            QVERIFY(restored.last() != session->stored().grant(tpl, feature(name)));
        }
        second.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(session->stagedChanges().size(), 0);
        for (const char *name : { "Organizations", "Discount Codes", "Jobs" })
            QCOMPARE(session->working().grant(tpl, feature(name)), session->stored().grant(tpl, feature(name)));
        QVERIFY(!second.action(QStringLiteral("undo"))->isEnabled());
        second.action(QStringLiteral("redo"))->trigger();
        QCOMPARE(session->stagedChanges().size(), 3);
        int i = 0;
        for (const char *name : { "Organizations", "Discount Codes", "Jobs" })
            QCOMPARE(session->working().grant(tpl, feature(name)), restored.at(i++));
        second.discardChanges();
    }

    // The workspace file is replaced by a new one at the same path: the journal of the old one is not offered (its
    // ids would land on other roles), and it is kept for the workspace it belongs to.
    void aJournalIsOfferedOnlyForItsOwnWorkspace()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        QTRY_VERIFY(journal().exists());
        const Journal old = journal();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(m_path + suffix);
        QVERIFY(Store::create(m_path, DefaultWorkspace::create()));
        MainWindow second;
        QVERIFY(reopen(second, m_path, QMessageBox::Yes).isEmpty()); // nothing was asked
        QCOMPARE(second.session()->stagedChanges().size(), 0);
        QVERIFY(old.exists());
        QVERIFY(second.store()->identity() != old.workspaceId());
        Prompts::reset();
    }

    // A journal made on a later version than the workspace now holds (an older copy put back) is not replayed.
    void aJournalFromALaterVersionIsNotOffered()
    {
        const Journal saved = journal();
        QVERIFY(
            saved.write({ Change::setGrant(working().templates().first()->id, feature("Organizations"), Level::View) },
                m_window->store()->version() + 3));
        MainWindow second;
        QVERIFY(reopen(second, m_path, QMessageBox::Yes).isEmpty());
        QCOMPARE(second.session()->stagedChanges().size(), 0);
        QVERIFY2(second.messageBar()->text().contains(QStringLiteral("older copy")),
            qPrintable(second.messageBar()->text()));
        QVERIFY(saved.exists());
        Prompts::reset();
        saved.clear();
    }

    // A journal naming an id beyond what its format can hold is refused whole, with a message; nothing is replayed.
    void aJournalWithAnIdOutOfRangeIsRefused()
    {
        const Journal saved = journal();
        QVERIFY(
            saved.write({ Change::setGrant(working().templates().first()->id, feature("Organizations"), Level::View),
                            Change::setGrant(working().templates().first()->id, feature("Jobs"), Level::View) },
                m_window->store()->version()));
        QFile file(saved.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
        QJsonObject second = changes.at(1).toObject();
        second.insert(QStringLiteral("role"), QStringLiteral("9223372036854775808")); // INT64_MAX + 1
        changes.replace(1, second);
        root.insert(QStringLiteral("changes"), changes);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        MainWindow window;
        QVERIFY(reopen(window, m_path, QMessageBox::Yes).isEmpty());
        QCOMPARE(window.session()->stagedChanges().size(), 0);
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("9223372036854775808")),
            qPrintable(window.messageBar()->text()));
        QVERIFY(saved.exists());
        Prompts::reset();
        saved.clear();
    }

    // A workspace made before identities were kept gets one on its first apply; the journal follows it there, so
    // staged changes made after that apply are offered back after a crash.
    void theJournalFollowsAWorkspaceGivenItsIdentity()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'workspace_id'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        QVERIFY(window.store()->identity().isEmpty());
        const Id tpl = window.session()->working().templates().first()->id;
        QVERIFY(window.session()->submit(Change::setGrant(tpl, feature("Organizations"), Level::View)));
        QTRY_VERIFY(Journal(m_path, QString()).exists());
        QVERIFY(window.applyChanges());
        const QString identity = window.store()->identity();
        QVERIFY(!identity.isEmpty());
        QVERIFY(window.session()->submit(Change::setGrant(tpl, feature("Jobs"), Level::View)));
        QTRY_VERIFY(Journal(m_path, identity).exists());
        QVERIFY(!Journal(m_path, QString()).exists());

        MainWindow afterACrash;
        QVERIFY(!reopen(afterACrash, m_path, QMessageBox::Yes).isEmpty());
        QCOMPARE(afterACrash.session()->stagedChanges().size(), 1);
        QCOMPARE(afterACrash.session()->working().grant(tpl, feature("Jobs")), Levels(Level::View));
        afterACrash.discardChanges();
        window.discardChanges();
    }

    void aChangeMadeElsewhereKeepsTheStagedOnes()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        {
            Result<std::unique_ptr<Store>> other = Store::open(m_path);
            QVERIFY(other);
            Change zed = Change::addMember(QStringLiteral("Zed"));
            QVERIFY(other.value()->apply(zed));
        }
        m_window->reloadFromElsewhere();
        QVERIFY(working().findMember(QStringLiteral("Zed")));
        QVERIFY(m_window->store()->workspace().findMember(QStringLiteral("Zed")));
        QVERIFY(checked("Organizations", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(), 1);
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("staged changes are kept")));
        QVERIFY(m_window->applyChanges());
        QCOMPARE(staged(), 0);
    }

    void closingWithStagedChangesAsks()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        Prompts::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        Prompts::setNextAnswer(QMessageBox::Discard);
        QVERIFY(m_window->close());
        QCOMPARE(staged(), 0);
    }

    void deletingAHeldRoleNamesTheHolders()
    {
        Prompts::setNextDialogHandler([&](QDialog *d) {
            auto *dialog = qobject_cast<NewRoleDialog *>(d);
            dialog->nameEdit()->setText(QStringLiteral("Retoucher"));
            dialog->sourceCombo()->setCurrentIndex(1); // the Production template
            return int(QDialog::Accepted);
        });
        m_window->roleActions()->action(QStringLiteral("newRole"))->trigger();
        const Role *role = working().findAccountRole(QStringLiteral("Retoucher"));
        QVERIFY(role);
        QCOMPARE(role->guardrails, working().templates().first()->guardrails);
        const Id retoucher = role->id;
        const Id mia = addMember(QStringLiteral("Mia"));
        QVERIFY(m_window->session()->submit(Change::setAccountRole(mia, retoucher)));
        m_window->navigator()->selectRole(retoucher);
        Prompts::setNextAnswer(QMessageBox::Yes);
        m_window->roleActions()->action(QStringLiteral("deleteRole"))->trigger();
        QVERIFY(working().role(retoucher));
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("Mia")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
