// The editor while its workspace changes under it: a workspace JSON imported and replacing the open one, and the
// command line (the real rolesheet-cli, another process) writing, importing, sweeping and reviewing on the same file,
// while every kind of row of the tree is clicked. Built and run under AddressSanitizer and UndefinedBehaviorSanitizer
// too (packaging/setup.sh test).
#include "ImportExportFixture.h"
#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"
#include "itemmodels/NavigatorModel.h"
#include "pages/CentreStack.h"
#include "pages/MemberPage.h"
#include "pages/ProductionPage.h"

#include <QProcess>
#include <QTreeView>

class TestSharedWorkspace : public ImportExportFixture
{
    Q_OBJECT

    // A studio with every kind of row: account roles, a template, productions with roles and teams (seats that start
    // tomorrow, that end, and a wrap date), members with and without an account role.
    QByteArray studioJson(const QString &name) const
    {
        Workspace ws = DefaultWorkspace::create(); // as the window's fresh workspace, whatever is open now
        const QTimeZone zone = ws.timeZone();
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
        const auto day = [&](int days, QTime time) { return QDateTime(today.addDays(days), time, zone); };
        bool ok = true;
        const auto apply = [&](Change change) {
            ok = ok && bool(ws.apply(change));
            return change.created();
        };
        apply(Change::setWorkspaceName(name));
        const Id editor = apply(Change::createRole(QStringLiteral("Editor"), Scope::Account));
        const Id bram = apply(Change::addMember(QStringLiteral("Bram"), editor));
        apply(Change::setAccountRole(bram, editor, day(60, QTime(23, 59, 59))));
        const Id fay = apply(Change::addMember(QStringLiteral("Fay")));
        apply(Change::addMember(QStringLiteral("Ann Peeters")));
        const Id gala = apply(Change::createProduction(QStringLiteral("Gala Night"), ws.owner()));
        const Id spring = apply(Change::createProduction(QStringLiteral("Spring Shoot"), ws.owner()));
        const Id subtitler = apply(Change::createRole(QStringLiteral("Subtitler"), Scope::Production, gala));
        apply(Change::invite(gala, fay, subtitler, day(1, QTime(0, 0)), day(14, QTime(23, 59, 59))));
        apply(Change::invite(spring, fay, ws.builtInRole(BuiltIn::ProductionMember)));
        apply(Change::invite(spring, bram, ws.builtInRole(BuiltIn::ProductionMember), day(-20, QTime(0, 0)),
            day(-2, QTime(23, 59, 59))));
        apply(Change::setProductionEnd(gala, day(30, QTime(23, 59, 59))));
        return ok ? formats::workspaceJson(ws) : QByteArray();
    }

    // File › Import… of a workspace JSON, answered Replace Workspace in its review.
    void replaceWith(const QByteArray &json, const QString &fileName)
    {
        QVERIFY(!json.isEmpty());
        const QString path = writeFile(fileName, json);
        QVERIFY(!path.isEmpty());
        const qint64 version = m_window->document()->version();
        Prompts::setNextFileName(path);
        Prompts::setNextDialogHandler([](QDialog *dialog) {
            return int(qobject_cast<ReviewDialog *>(dialog) ? QDialog::Accepted : QDialog::Rejected);
        });
        trigger(rs::ActionId::ImportFile);
        QTRY_VERIFY(m_window->document()->version() > version);
        QVERIFY(!m_window->document()->isBusy());
    }

    // Every row of the tree, its lazily loaded production lists too.
    QList<QPersistentModelIndex> allRows() const
    {
        QTreeView *tree = m_window->navigator()->view();
        tree->expandAll();
        QList<QPersistentModelIndex> rows;
        QList<QModelIndex> todo { QModelIndex() };
        while (!todo.isEmpty()) {
            const QModelIndex parent = todo.takeFirst();
            for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
                const QModelIndex row = tree->model()->index(r, 0, parent);
                rows << row;
                todo << row;
            }
        }
        return rows;
    }

    // Clicks every row as a person does and checks that the centre follows it: a role's grid, a member's page (a
    // member or a seat), a production's page. Returns the kinds clicked.
    QSet<int> clickEveryRow()
    {
        QTreeView *tree = m_window->navigator()->view();
        QSet<int> kinds;
        for (const QPersistentModelIndex &row : allRows()) {
            if (!row.isValid())
                continue; // gone with a reload from elsewhere meanwhile
            tree->scrollTo(row);
            const QRect rect = tree->visualRect(row);
            if (rect.isEmpty())
                continue;
            const int kind = row.data(NavigatorModel::KindRole).toInt();
            const Id id = row.data(NavigatorModel::IdRole).value<Id>();
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
            QCoreApplication::processEvents();
            if (!row.isValid() || m_window->document()->isBusy())
                continue;
            kinds.insert(kind);
            CentreStack *centre = m_window->centre();
            switch (kind) {
            case NavigatorModel::AccountRoleNode:
            case NavigatorModel::TemplateNode:
            case NavigatorModel::ProductionRoleNode:
                if (centre->currentWidget() != m_window->grid())
                    qWarning("role row %s did not show its grid", qPrintable(row.data().toString()));
                else if (m_window->navigator()->currentRole() != id)
                    qWarning("role row %s shows another role", qPrintable(row.data().toString()));
                break;
            case NavigatorModel::MemberNode:
            case NavigatorModel::SeatNode:
                if (centre->currentWidget() != centre->memberPage() || m_window->navigator()->currentMember() != id)
                    qWarning("member row %s did not show the member", qPrintable(row.data().toString()));
                break;
            case NavigatorModel::ProductionNode:
                if (centre->currentWidget() != centre->productionPage()
                    || m_window->navigator()->currentProduction() != id)
                    qWarning("production row %s did not show the production", qPrintable(row.data().toString()));
                break;
            default:
                break;
            }
        }
        return kinds;
    }

    // The real command line on the editor's file, started and left to run while the window works.
    QProcess *startCli(const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(qEnvironmentVariable("ROLESHEET_CLI"), QStringList { QStringLiteral("--db"), m_path } + args);
        return p;
    }
    // Runs the command line while clicking through the tree until it is done; its exit code.
    int cliWhileClicking(const QStringList &args)
    {
        QProcess *p = startCli(args);
        while (p->state() != QProcess::NotRunning) {
            clickEveryRow();
            p->waitForFinished(50);
        }
        const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        if (code != 0)
            qWarning("rolesheet-cli %s: %s", qPrintable(args.join(u' ')), p->readAllStandardError().constData());
        p->deleteLater();
        return code;
    }
    // Waits until the editor shows the workspace at the version the command line left it at.
    void waitForVersionFromElsewhere()
    {
        std::unique_ptr<Store> store = std::move(Store::open(m_path, Store::Access::ReadOnly).value());
        const qint64 version = store->version();
        store.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->version() == version && !m_window->document()->isBusy(), 20000);
    }
    QStringList memberNames(const Workspace &ws) const
    {
        QStringList names;
        for (const Member &m : ws.members())
            names << m.name;
        return names;
    }

private slots:
    void initTestCase() { initCase(); }
    void init() { openFresh(); }
    void cleanup()
    {
        if (m_window)
            closeWindow();
        m_dir.reset();
    }

    // The report: File › Import… of a workspace JSON, Replace Workspace, then a click on a production crashed.
    void replacedWorkspaceCanBeClickedThrough()
    {
        m_window->resize(1024, 700);
        // Rows loaded before the replacement: the lazily loaded lists of a production that goes or changes.
        clickEveryRow();
        replaceWith(studioJson(QStringLiteral("Studio Noord")), QStringLiteral("noord.json"));
        QCOMPARE(working().name(), QStringLiteral("Studio Noord"));
        const QSet<int> kinds = clickEveryRow();
        for (int kind : { NavigatorModel::GroupNode, NavigatorModel::AccountRoleNode, NavigatorModel::TemplateNode,
                 NavigatorModel::ProductionNode, NavigatorModel::RolesFolderNode, NavigatorModel::TeamFolderNode,
                 NavigatorModel::ProductionRoleNode, NavigatorModel::SeatNode, NavigatorModel::MemberNode })
            QVERIFY2(kinds.contains(kind), qPrintable(QString::number(kind)));

        // A production picked, then a workspace without it: the tree and the centre follow, nothing points at it.
        const QModelIndex gala = m_window->navigator()->model()->productionIndex([&]() {
            for (const Production &p : working().productions()) {
                if (p.name == QStringLiteral("Gala Night"))
                    return p.id;
            }
            return Id(0);
        }());
        QVERIFY(gala.isValid());
        QTreeView *tree = m_window->navigator()->view();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(gala).center());
        QCOMPARE(m_window->centre()->currentWidget(), m_window->centre()->productionPage());
        Workspace smaller = working();
        for (const Production &p : working().productions()) {
            Change drop = Change::deleteProduction(p.id);
            QVERIFY(smaller.apply(drop));
        }
        replaceWith(formats::workspaceJson(smaller), QStringLiteral("smaller.json"));
        QVERIFY(working().productions().isEmpty());
        QVERIFY(!m_window->navigator()->currentProduction());
        clickEveryRow();
        // And back: a production click right after the replacement.
        replaceWith(studioJson(QStringLiteral("Studio Noord again")), QStringLiteral("again.json"));
        const QModelIndex production = m_window->navigator()->model()->index(
            0, 0, m_window->navigator()->model()->groupIndex(NavigatorModel::Productions));
        QVERIFY(production.isValid());
        tree->scrollTo(production);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(production).center());
        QCOMPARE(m_window->centre()->currentWidget(), m_window->centre()->productionPage());
        clickEveryRow();
    }

    // The command line writes, imports, sweeps and reviews on the file the editor has open; the editor follows each
    // step while its tree is clicked, and what both wrote is in the file in the end.
    void commandLineWritesWhileTheEditorIsOpen()
    {
        replaceWith(studioJson(QStringLiteral("Studio Noord")), QStringLiteral("noord.json"));
        clickEveryRow();
        // The same file opened again in the window (File › Open Recent): the open connections keep their locks.
        QVERIFY(m_window->openWorkspace(m_path));

        QCOMPARE(cliWhileClicking({ QStringLiteral("add-member"), QStringLiteral("Cli One") }), 0);
        waitForVersionFromElsewhere();
        QVERIFY(memberNames(working()).contains(QStringLiteral("Cli One")));
        const QString owner = working().member(working().owner())->name;
        QCOMPARE(cliWhileClicking({ QStringLiteral("create-production"), QStringLiteral("Night Shoot"),
                     QStringLiteral("--by"), owner }),
            0);
        QCOMPARE(cliWhileClicking({ QStringLiteral("invite"), QStringLiteral("Cli One"), QStringLiteral("Night Shoot"),
                     QStringLiteral("--until"), QDate::currentDate().addDays(-1).toString(Qt::ISODate) }),
            0);
        QCOMPARE(cliWhileClicking({ QStringLiteral("set-production-end"), QStringLiteral("Gala Night"),
                     QDate::currentDate().addDays(40).toString(Qt::ISODate) }),
            0);
        waitForVersionFromElsewhere();
        clickEveryRow();

        // An edit applied in the editor between the command line's writes.
        QVERIFY(m_window->session()->stage(Change::addMember(QStringLiteral("Editor One"))));
        QVERIFY(m_window->applyChanges());

        // A sweep removes the seat that ended; a workspace import replaces everything.
        QCOMPARE(cliWhileClicking({ QStringLiteral("sweep") }), 0);
        waitForVersionFromElsewhere();
        clickEveryRow();
        const QString other = writeFile(QStringLiteral("other.json"), studioJson(QStringLiteral("Studio Zuid")));
        QCOMPARE(cliWhileClicking({ QStringLiteral("import-workspace"), other }), 0);
        waitForVersionFromElsewhere();
        QCOMPARE(working().name(), QStringLiteral("Studio Zuid"));
        clickEveryRow();

        // An access review from start to close, decided by a reviewer who is a member.
        QCOMPARE(cliWhileClicking({ QStringLiteral("review"), QStringLiteral("start"), QStringLiteral("Q1"),
                     QStringLiteral("--reviewer"), QStringLiteral("Ann Peeters") }),
            0);
        QCOMPARE(cliWhileClicking({ QStringLiteral("--as"), QStringLiteral("Ann Peeters"), QStringLiteral("review"),
                     QStringLiteral("decide"), QStringLiteral("Q1"), QStringLiteral("--all-undecided"),
                     QStringLiteral("revoke"), QStringLiteral("--production"), QStringLiteral("Gala Night"),
                     QStringLiteral("--role"), QStringLiteral("Subtitler") }),
            0);
        QCOMPARE(cliWhileClicking({ QStringLiteral("--as"), QStringLiteral("Ann Peeters"), QStringLiteral("review"),
                     QStringLiteral("decide"), QStringLiteral("Q1"), QStringLiteral("--all-undecided"),
                     QStringLiteral("keep") }),
            0);
        QCOMPARE(cliWhileClicking({ QStringLiteral("review"), QStringLiteral("close"), QStringLiteral("Q1") }), 0);
        waitForVersionFromElsewhere();
        clickEveryRow();

        // The editor's write after all that, and the command line's after it: both kept.
        QVERIFY(m_window->session()->stage(Change::addMember(QStringLiteral("Editor Two"))));
        QVERIFY(m_window->applyChanges());
        QCOMPARE(cliWhileClicking({ QStringLiteral("add-member"), QStringLiteral("Cli Two") }), 0);
        waitForVersionFromElsewhere();
        QVERIFY(memberNames(working()).contains(QStringLiteral("Cli Two")));
        m_window->discardChanges();
        m_window.reset();
        std::unique_ptr<Store> reread = std::move(Store::open(m_path, Store::Access::ReadOnly).value());
        const QStringList names = memberNames(reread->workspace());
        QVERIFY2(names.contains(QStringLiteral("Editor Two")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("Cli Two")), qPrintable(names.join(u',')));
    }
};

QTEST_MAIN(TestSharedWorkspace)
#include "TestSharedWorkspace.moc"
