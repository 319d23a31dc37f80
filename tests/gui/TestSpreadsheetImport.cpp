// File › Import of a spreadsheet (the auditors' matrix or a role sheet, as CSV) and the revert of a whole-workspace
// import from the audit trail, driven through the menus and prompts a studio manager uses.
#include "GridPanel.h"
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "audit/AuditDialog.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "formats/Csv.h"
#include "formats/Export.h"
#include "formats/Json.h"
#include "formats/XlsxExport.h"
#include "itemmodels/AuditModel.h"
#include "storage/Store.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rs;

class TestSpreadsheetImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    Id m_lead = 0; // an applied account role of the studio's own

    const Workspace &working() const { return m_window->session()->working(); }
    int staged() const { return int(m_window->session()->stagedChanges().size()); }
    int undoSteps() const { return m_window->session()->undoStack()->index(); }
    QString statusText() const { return m_window->statusBar()->currentMessage(); }
    Id feature(const char *name) const { return working().findFeature(QString::fromUtf8(name))->id; }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return {};
        return path;
    }
    // File › Import… of `data` saved as `name`: what a person picks in the file dialog.
    void importFile(const QString &name, const QByteArray &data)
    {
        const QString path = writeFile(name, data);
        QVERIFY(!path.isEmpty());
        Prompts::setNextFileName(path);
        QAction *import = m_window->action(rs::ActionId::ImportFile);
        QVERIFY(import && import->isEnabled());
        import->trigger();
    }
    // The working workspace with `edit` made to it: what the spreadsheet holds after a person's edit.
    Workspace edited(Change edit) const
    {
        Workspace other = working();
        if (!other.apply(edit))
            return working();
        return other;
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
        Change create = Change::createRole(QStringLiteral("Studio Lead"), Scope::Account);
        QVERIFY(m_window->session()->stage(create, &create));
        m_lead = create.role;
        QVERIFY(m_window->applyChanges());
        m_window->session()->undoStack()->clear();
    }

    void cleanup()
    {
        if (m_window)
            m_window->discardChanges();
        m_window.reset();
        m_dir.reset();
    }

    void matrixAsExportedStagesNothing()
    {
        importFile(QStringLiteral("matrix.csv"), formats::workspaceMatrixCsv(working()));
        QCOMPARE(staged(), 0);
        QCOMPARE(undoSteps(), 0);
        QVERIFY2(statusText().contains(QStringLiteral("nothing to stage")), qPrintable(statusText()));
    }

    // The matrix as an Excel workbook: as exported it stages nothing; with one cell edited, that change.
    void matrixWorkbookStagesItsEditedCell()
    {
        const Result<QByteArray> same = formats::workspaceMatrixXlsx(working());
        QVERIFY(same);
        importFile(QStringLiteral("matrix.xlsx"), same.value());
        QCOMPARE(staged(), 0);
        QVERIFY2(statusText().contains(QStringLiteral("nothing to stage")), qPrintable(statusText()));
        const Levels before = working().grant(m_lead, feature("Jobs"));
        const Levels after = before == Levels(Level::View) ? Levels() : Levels(Level::View);
        const Result<QByteArray> edited
            = formats::workspaceMatrixXlsx(this->edited(Change::setGrant(m_lead, feature("Jobs"), after)));
        QVERIFY(edited);
        importFile(QStringLiteral("edited.xlsx"), edited.value());
        QCOMPARE(staged(), 1);
        QCOMPARE(working().grant(m_lead, feature("Jobs")), after);
        // A file named .xlsx that is not a workbook stages nothing and says why.
        importFile(QStringLiteral("not-a-workbook.xlsx"), "Section,Feature\r\n");
        QCOMPARE(staged(), 1);
        QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("not an xlsx workbook")),
            qPrintable(m_window->messageBar()->text()));
    }

    void matrixWithOneEditedCellStagesThatChangeAsOneUndoStep()
    {
        const Levels before = working().grant(m_lead, feature("Jobs"));
        const Levels after = before == Levels(Level::View) ? Levels() : Levels(Level::View);
        const Workspace sheet = edited(Change::setGrant(m_lead, feature("Jobs"), after));
        QVERIFY(sheet.grant(m_lead, feature("Jobs")) == after);
        // Saved again by a spreadsheet in Germany: semicolons, the byte order mark the export starts with, CRLF.
        QByteArray csv = formats::workspaceMatrixCsv(sheet);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        csv.replace(",", ";").replace("\n", "\r\n");
        importFile(QStringLiteral("matrix.csv"), csv);
        QCOMPARE(staged(), 1);
        QCOMPARE(undoSteps(), 1);
        QCOMPARE(working().grant(m_lead, feature("Jobs")), after);
        QVERIFY2(statusText().startsWith(QStringLiteral("1 changed cell")), qPrintable(statusText()));
        // Nothing is applied until reviewed and applied.
        QCOMPARE(m_window->document()->stored().grant(m_lead, feature("Jobs")), before);
        m_window->action(rs::ActionId::Undo)->trigger();
        QCOMPARE(staged(), 0);
        QCOMPARE(working().grant(m_lead, feature("Jobs")), before);
    }

    void roleSheetIsReadOntoTheShownRole()
    {
        const Workspace sheet = edited(Change::setGrant(m_lead, feature("Organizations"), Levels(Level::View)));
        const Workspace more = [&] {
            Workspace w = sheet;
            Change c = Change::setGrant(m_lead, feature("Stage Templates"), Levels(Level::View).with(Level::Edit));
            return w.apply(c) ? w : sheet;
        }();
        m_window->navigator()->selectRole(m_lead);
        QCOMPARE(m_window->grid()->role(), m_lead);
        importFile(QStringLiteral("lead.csv"), formats::roleSheetCsv(more, *more.role(m_lead)));
        QCOMPARE(staged(), 2);
        QCOMPARE(undoSteps(), 1);
        QCOMPARE(working().grant(m_lead, feature("Organizations")), Levels(Level::View));
        QCOMPARE(working().grant(m_lead, feature("Stage Templates")), Levels(Level::View).with(Level::Edit));
    }

    void spreadsheetWithProblemsStagesNothingAndNamesEveryCell()
    {
        QByteArray csv = formats::workspaceMatrixCsv(working());
        QList<QByteArray> lines = csv.split('\n');
        // Row 2's first role cell becomes a formula; row 3's a word that is no level.
        QList<QByteArray> row2 = lines[1].split(',');
        QList<QByteArray> row3 = lines[2].split(',');
        row2[5] = "=HYPERLINK(\"http://x\")";
        row3[5] = "Sometimes";
        lines[1] = row2.join(',');
        lines[2] = row3.join(',');
        importFile(QStringLiteral("marked-up.csv"), lines.join('\n'));
        QCOMPARE(staged(), 0);
        QCOMPARE(undoSteps(), 0);
        const QString shown = Prompts::lastMessage();
        QVERIFY2(shown.contains(QStringLiteral("2 problems")), qPrintable(shown));
        QVERIFY2(
            shown.contains(QStringLiteral("F2: ")) && shown.contains(QStringLiteral("formula")), qPrintable(shown));
        QVERIFY2(
            shown.contains(QStringLiteral("F3: ")) && shown.contains(QStringLiteral("Sometimes")), qPrintable(shown));
    }

    void importRevertedFromTheAuditTrail()
    {
        const Workspace before = m_window->document()->stored();
        Workspace harbour = edited(Change::setWorkspaceName(QStringLiteral("Harbour Films")));
        Change member = Change::addMember(QStringLiteral("Rosa Diaz"), m_lead);
        QVERIFY(harbour.apply(member));
        Prompts::setNextDialogHandler([](QDialog *dialog) {
            return int(qobject_cast<ReviewDialog *>(dialog) ? QDialog::Accepted : QDialog::Rejected);
        });
        importFile(QStringLiteral("harbour.json"), formats::workspaceJson(harbour));
        QCOMPARE(m_window->document()->stored().name(), QStringLiteral("Harbour Films"));
        const qint64 imported = m_window->document()->version();
        // A later change, undone with the import: the review says so.
        QVERIFY(m_window->session()->stage(Change::createRole(QStringLiteral("Night Editor"), Scope::Account)));
        QVERIFY(m_window->applyChanges());

        // The audit trail: the import's row offers Revert Import; another row does not.
        QString question;
        QStringList reviewed;
        bool offeredOnOtherRow = true;
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            auto *audit = qobject_cast<AuditDialog *>(dialog);
            if (!audit || !QTest::qWaitFor([audit]() { return !audit->isReading(); }))
                return int(QDialog::Rejected);
            QTableView *table = audit->table();
            int importRow = -1;
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QModelIndex when = table->model()->index(r, AuditModel::WhenColumn);
                table->setCurrentIndex(when);
                if (audit->revertButton()->isEnabled())
                    importRow = r;
                else
                    offeredOnOtherRow = false;
            }
            if (importRow < 0)
                return int(QDialog::Rejected);
            table->setCurrentIndex(table->model()->index(importRow, AuditModel::WhenColumn));
            Prompts::setNextDialogHandler([&](QDialog *next) {
                auto *review = qobject_cast<ReviewDialog *>(next);
                if (!review)
                    return int(QDialog::Rejected);
                if (auto *label = review->findChild<QLabel *>(QStringLiteral("reviewQuestion")))
                    question = label->text();
                return int(QDialog::Accepted);
            });
            QTest::mouseClick(audit->revertButton(), Qt::LeftButton);
            return audit->result();
        });
        m_window->action(rs::ActionId::AuditTrail)->trigger();
        QVERIFY(!offeredOnOtherRow);
        QVERIFY2(question.contains(QStringLiteral("version %1").arg(imported)), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 change")) && question.contains(QStringLiteral("undone with it")),
            qPrintable(question));
        // The workspace is the one before the import: its name, no Rosa, no Night Editor.
        const Workspace &now = m_window->document()->stored();
        QCOMPARE(now.name(), before.name());
        QVERIFY(!now.findMember(QStringLiteral("Rosa Diaz")));
        QVERIFY(now.roles() == before.roles());
        QVERIFY(now.members() == before.members());
        QCOMPARE(m_window->document()->version(), imported + 2);
        // The revert is itself recorded, and the file holds it after the window is gone.
        const auto trail = m_window->document()->audit();
        QVERIFY(trail);
        QVERIFY2(
            trail->last().summary.contains(QStringLiteral("Reverted the import")), qPrintable(trail->last().summary));
        m_window.reset();
        auto reread = Store::open(m_path);
        QVERIFY(reread);
        QCOMPARE(reread.value()->workspace().name(), before.name());
    }
};

QTEST_MAIN(TestSpreadsheetImport)
#include "TestSpreadsheetImport.moc"
