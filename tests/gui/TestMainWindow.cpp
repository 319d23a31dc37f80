// The editor driven as a studio manager drives it: clicks on the grid, the keyboard, the menus and the dialogs.
#include "DateField.h"
#include "WindowFixture.h"
#include "domain/Dates.h"
#include "i18n/Translations.h"
#include "itemmodels/NavigatorModel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>

class TestMainWindow : public WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase(); }
    void init() { openFresh(); }
    void cleanup() { closeWindow(); }

    void opensOnTheProductionTemplate()
    {
        QCOMPARE(m_window->grid()->role(), working().templates().first()->id);
        QVERIFY(m_window->grid()->lockLabel()->text().contains(QStringLiteral("financial")));
        QVERIFY(checked("Jobs", PermissionGridModel::AddColumn));
        QVERIFY(!checked("Jobs", PermissionGridModel::ViewColumn));
    }

    void titleNamesTheStudioAndTheFile()
    {
        const QString studio = m_window->document()->stored().name();
        QVERIFY(!studio.isEmpty());
        QVERIFY2(m_window->windowTitle().startsWith(studio), qPrintable(m_window->windowTitle()));
        QVERIFY(m_window->windowTitle().contains(QFileInfo(m_path).fileName()));
    }

    // At 1024 x 700 the four level columns show whole in every shipped language; the side panels give way.
    void levelColumnsShowWholeAt1024InEveryLanguage()
    {
        m_window->resize(1024, 700);
        QHeaderView *header = grid()->header();
        for (const QString &language : QStringList { QStringLiteral("en") } + rs::Translations::available()) {
            rs::Translations::install(QLocale(language));
            QCoreApplication::processEvents();
            const int width = grid()->viewport()->width();
            for (int c = PermissionGridModel::ViewColumn; c <= PermissionGridModel::DeleteColumn; ++c) {
                const QString name = grid()->model()->headerData(c, Qt::Horizontal).toString();
                const int left = header->sectionViewportPosition(c);
                QVERIFY2(left >= 0 && left + header->sectionSize(c) <= width,
                    qPrintable(QStringLiteral("%1: %2 at %3 of %4").arg(language, name).arg(left).arg(width)));
                QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(name),
                    qPrintable(QStringLiteral("%1: %2 is cut").arg(language, name)));
            }
            QVERIFY2(header->sectionSize(PermissionGridModel::FeatureColumn) >= 150, qPrintable(language));
        }
        rs::Translations::uninstall();
    }

    void clickingACellStagesItAndHighlightsIt()
    {
        QVERIFY(!checked("Organizations", PermissionGridModel::ViewColumn));
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        QVERIFY(checked("Organizations", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(), 1);
        QVERIFY(cell("Organizations", PermissionGridModel::ViewColumn).data(PermissionGridModel::ChangedRole).toBool());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("staged changes: 1")));
        QVERIFY(m_window->action(rs::ActionId::Apply)->isEnabled());
        // The store still holds the workspace as it was.
        QVERIFY(
            m_window->document()->stored().grant(working().templates().first()->id, feature("Organizations")).isNone());
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
        trigger(rs::ActionId::Undo);
        QVERIFY(!checked("Discount Codes", PermissionGridModel::EditColumn));
        QCOMPARE(staged(), 0);
        QVERIFY(!m_window->action(rs::ActionId::Apply)->isEnabled());
        trigger(rs::ActionId::Redo);
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
        QVERIFY(!m_window->action(rs::ActionId::DeleteRole)->isEnabled());
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
        QVERIFY(!m_window->action(rs::ActionId::Undo)->isEnabled());
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
        m_window->action(rs::ActionId::FreelancerRole)->trigger();
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
        trigger(rs::ActionId::Undo);
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
        trigger(rs::ActionId::Review);
        QVERIFY(sawRole);
        QCOMPARE(roles, 1);
        QCOMPARE(cells, 2);
        QCOMPARE(staged(), 0);
        const Id tpl = working().templates().first()->id;
        QCOMPARE(m_window->document()->stored().grant(tpl, feature("Organizations")), Levels(Level::View));
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
        trigger(rs::ActionId::Discard);
        QCOMPARE(staged(), 0);
        QVERIFY(!checked("Organizations", PermissionGridModel::ViewColumn));
        QVERIFY(!journal().exists());
    }

    // Add Member and Create Production open with the name field focused: what is typed goes into it, not to OK.
    void formDialogsFocusTheirFirstField()
    {
        for (const auto &[id, field] : { std::pair { rs::ActionId::AddMember, QStringLiteral("memberName") },
                 std::pair { rs::ActionId::CreateProduction, QStringLiteral("productionName") } }) {
            QString focused;
            Prompts::setNextDialogHandler([&](QDialog *dialog) {
                dialog->show();
                QApplication::setActiveWindow(dialog);
                if (!QTest::qWaitForWindowActive(dialog))
                    return int(QDialog::Rejected);
                // Typed where the focus is, as a person types.
                QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Bo"));
                if (auto *name = dialog->findChild<QLineEdit *>(field))
                    focused = name->text();
                return int(QDialog::Rejected);
            });
            m_window->action(id)->trigger();
            QCOMPARE(focused, QStringLiteral("Bo"));
        }
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
        m_window->action(rs::ActionId::TransferOwnership)->trigger();
        QVERIFY(explanation.contains(QStringLiteral("Bea becomes the Admin & owner")));
        QVERIFY(explanation.contains(QStringLiteral("becomes an Admin")));
        QCOMPARE(working().owner(), bea);
        QCOMPARE(working().member(oldOwner)->accountRole, working().builtInRole(BuiltIn::Admin));
        QVERIFY(m_window->applyChanges());
        QCOMPARE(m_window->document()->stored().owner(), bea);
    }

    // A freelancer's seat from its first to its last day, both whole days in the workspace's time zone.
    void inviteTakesAFirstAndALastDay()
    {
        const Id spring = createProduction(QStringLiteral("Spring Catalog"));
        const Id mia = addMember(QStringLiteral("Mia"));
        const QDate first = QDate::currentDate().addDays(3);
        const QDate last = QDate::currentDate().addDays(30);
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            auto *member = dialog->findChild<QComboBox *>(QStringLiteral("member"));
            auto *production = dialog->findChild<QComboBox *>(QStringLiteral("production"));
            member->setCurrentIndex(member->findData(mia));
            production->setCurrentIndex(production->findData(spring));
            // Typed as a person types them: the first day in ISO form, the last in days from today.
            auto *from = dialog->findChild<DateField *>(QStringLiteral("seatFrom"));
            auto *until = dialog->findChild<DateField *>(QStringLiteral("seatUntil"));
            from->openBox()->setChecked(false);
            QTest::keyClicks(from->lineEdit(), first.toString(Qt::ISODate));
            until->openBox()->setChecked(false);
            QTest::keyClicks(until->lineEdit(), QStringLiteral("+30d"));
            return int(QDialog::Accepted);
        });
        m_window->action(rs::ActionId::Invite)->trigger();
        const Workspace &ws = working();
        const SeatTerm term = ws.seatTerm(SeatKey { spring, mia });
        QCOMPARE(term.from, dates::startOfDay(first, ws.timeZone()));
        QCOMPARE(term.until, dates::endOfDay(last, ws.timeZone()));
        // Not yet: the seat counts from its first day.
        QVERIFY(!ws.seatActive(SeatKey { spring, mia }, QDateTime::currentDateTimeUtc()));
        QVERIFY(ws.seatActive(SeatKey { spring, mia }, dates::startOfDay(first, ws.timeZone())));
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
        m_window->action(rs::ActionId::Invite)->trigger();
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
        m_window->action(rs::ActionId::CheckAccess)->trigger();
        QVERIFY(images.contains(QStringLiteral("Production member")));
        QVERIFY(jobsDenied);
    }

    void renameAMemberAndAProduction()
    {
        const Id spring = createProduction(QStringLiteral("Spring Catalog"));
        m_window->navigator()->selectProduction(spring);
        Prompts::setNextText(QStringLiteral("Spring Catalog 2027"));
        m_window->action(rs::ActionId::RenameMemberOrProduction)->trigger();
        QCOMPARE(working().production(spring)->name, QStringLiteral("Spring Catalog 2027"));
        const Id owner = working().owner();
        m_window->navigator()->selectMember(owner);
        Prompts::setNextText(QStringLiteral("Ada Lind"));
        m_window->action(rs::ActionId::RenameMemberOrProduction)->trigger();
        QCOMPARE(working().member(owner)->name, QStringLiteral("Ada Lind"));
    }

    // After an apply the tree is rebuilt from the store: its open branches and its row stay as they were.
    void theTreeKeepsItsStateAcrossApply()
    {
        const Id gala = createProduction(QStringLiteral("Gala Night"));
        const Id fay = addMember(QStringLiteral("Fay"));
        QVERIFY(
            m_window->session()->submit(Change::invite(gala, fay, working().builtInRole(BuiltIn::ProductionMember))));
        m_window->action(rs::ActionId::Apply)->trigger();
        QTRY_COMPARE(staged(), 0);

        QTreeView *tree = m_window->navigator()->view();
        NavigatorModel *model = m_window->navigator()->model();
        const QModelIndex productions = model->groupIndex(NavigatorModel::Productions);
        const QModelIndex templates = model->groupIndex(NavigatorModel::Templates);
        tree->expand(productions);
        m_window->navigator()->selectMember(fay);
        const QModelIndex production = model->productionIndex(gala);
        tree->expand(production);
        QModelIndex team;
        for (int row = 0; row < model->rowCount(production); ++row) {
            const QModelIndex child = model->index(row, 0, production);
            if (child.data(NavigatorModel::KindRole).toInt() == NavigatorModel::TeamFolderNode)
                team = child;
        }
        QVERIFY(team.isValid());
        tree->expand(team);
        QVERIFY(model->rowCount(team) > 0);
        QModelIndex seat; // Fay's seat in Gala Night
        for (int row = 0; row < model->rowCount(team); ++row) {
            if (model->index(row, 0, team).data(NavigatorModel::IdRole).value<Id>() == fay)
                seat = model->index(row, 0, team);
        }
        QVERIFY(seat.isValid());

        m_window->navigator()->selectRole(working().templates().first()->id);
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        tree->setCurrentIndex(seat);
        tree->collapse(templates);
        const Id shown = m_window->grid()->role();
        m_window->action(rs::ActionId::Apply)->trigger();
        QTRY_COMPARE(staged(), 0);

        QVERIFY(tree->isExpanded(model->groupIndex(NavigatorModel::Productions)));
        QVERIFY(!tree->isExpanded(model->groupIndex(NavigatorModel::Templates)));
        QVERIFY(tree->isExpanded(model->productionIndex(gala)));
        const QModelIndex current = tree->currentIndex();
        QCOMPARE(current.data(NavigatorModel::KindRole).toInt(), int(NavigatorModel::SeatNode));
        QCOMPARE(current.data(NavigatorModel::IdRole).value<Id>(), fay);
        QVERIFY(tree->isExpanded(current.parent()));
        QCOMPARE(m_window->grid()->role(), shown);
    }

    void theOwnerCannotBeRemoved()
    {
        m_window->navigator()->selectMember(working().owner());
        QVERIFY(m_window->action(rs::ActionId::RemoveMember)->isEnabled());
        Prompts::setNextAnswer(QMessageBox::Yes);
        m_window->action(rs::ActionId::RemoveMember)->trigger();
        QVERIFY(working().member(working().owner()));
        QVERIFY(m_window->messageBar()->isVisible());
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
        m_window->action(rs::ActionId::NewRole)->trigger();
        const Role *role = working().findAccountRole(QStringLiteral("Retoucher"));
        QVERIFY(role);
        QCOMPARE(role->guardrails, working().templates().first()->guardrails);
        const Id retoucher = role->id;
        const Id mia = addMember(QStringLiteral("Mia"));
        QVERIFY(m_window->session()->submit(Change::setAccountRole(mia, retoucher)));
        m_window->navigator()->selectRole(retoucher);
        Prompts::setNextAnswer(QMessageBox::Yes);
        m_window->action(rs::ActionId::DeleteRole)->trigger();
        QVERIFY(working().role(retoucher));
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("Mia")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
