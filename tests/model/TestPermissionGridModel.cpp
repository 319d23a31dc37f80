// The grid's item model: what it shows, what a click asks for, and which cells a dataChanged covers.
#include "commands/EditSession.h"
#include "domain/DefaultWorkspace.h"
#include "itemmodels/PermissionGridModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rs;

class TestPermissionGridModel : public QObject
{
    Q_OBJECT

private:
    Workspace m_stored;
    EditSession *m_session = nullptr;
    PermissionGridModel *m_model = nullptr;
    Id m_template = 0;

    Id feature(const char *name) const { return m_stored.findFeature(QString::fromUtf8(name))->id; }
    Id section(const char *name) const { return m_stored.findSection(QString::fromUtf8(name))->id; }
    Qt::CheckState state(const QModelIndex &index) const
    {
        return Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
    }

private slots:
    void init()
    {
        m_stored = DefaultWorkspace::create();
        m_session = new EditSession(this);
        m_session->load(m_stored);
        m_model = new PermissionGridModel(m_session, m_session);
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
        m_template = m_stored.templates().first()->id;
        m_model->setRole(m_template);
    }
    void cleanup() { delete m_session; }

    void showsSectionsAndFeaturesOfTheTemplate()
    {
        QCOMPARE(m_model->rowCount(), 6);
        const QModelIndex setup = m_model->sectionIndex(section("Setup"));
        QCOMPARE(setup.data().toString(), QStringLiteral("Setup"));
        QCOMPARE(m_model->rowCount(setup), 10);
        QCOMPARE(m_model->headerData(PermissionGridModel::WhyColumn, Qt::Horizontal).toString(),
            QStringLiteral("Why this matters"));
        // Jobs: Add only, shown with the warning of a level without View.
        QCOMPARE(state(m_model->featureIndex(feature("Jobs"), PermissionGridModel::AddColumn)), Qt::Checked);
        QCOMPARE(state(m_model->featureIndex(feature("Jobs"), PermissionGridModel::ViewColumn)), Qt::Unchecked);
        QVERIFY(m_model->featureIndex(feature("Jobs")).data(PermissionGridModel::LacksViewRole).toBool());
        QVERIFY(!m_model->featureIndex(feature("Cart Templates")).data(PermissionGridModel::LacksViewRole).toBool());
        QVERIFY(!m_model->featureIndex(feature("Jobs"), PermissionGridModel::WhyColumn).data().toString().isEmpty());
    }

    void sectionBoxIsTriState()
    {
        // Setup: Add is held on some features only; Delete on none.
        QCOMPARE(state(m_model->sectionIndex(section("Setup"), PermissionGridModel::AddColumn)), Qt::PartiallyChecked);
        QCOMPARE(state(m_model->sectionIndex(section("Setup"), PermissionGridModel::DeleteColumn)), Qt::Unchecked);
    }

    void guardrailedCellIsDisabledAndSaysWhy()
    {
        const QModelIndex payout = m_model->featureIndex(feature("Payout Management"), PermissionGridModel::ViewColumn);
        QVERIFY(!(m_model->flags(payout) & Qt::ItemIsEnabled));
        QVERIFY(payout.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Payout Management")));
        const QModelIndex marketing = m_model->featureIndex(feature("Marketing"), PermissionGridModel::ViewColumn);
        QVERIFY(marketing.data(Qt::ToolTipRole).toString().contains(QStringLiteral("guardrail")));
        // Asked anyway, the model refuses and nothing changes.
        QSignalSpy refused(m_session, &EditSession::refused);
        QVERIFY(!m_model->setData(marketing, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(state(marketing), Qt::Unchecked);
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void toggleStagesOneCommandAndNotifiesTheCellAndItsSection()
    {
        const QModelIndex cell = m_model->featureIndex(feature("Organizations"), PermissionGridModel::ViewColumn);
        const QModelIndex head = m_model->sectionIndex(section("Setup"), PermissionGridModel::ViewColumn);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(cell, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(state(cell), Qt::Checked);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(m_stored.grant(m_template, feature("Organizations")), Levels()); // the stored one is untouched
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), cell);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), cell);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::CheckStateRole));
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), head);
        QVERIFY(cell.data(PermissionGridModel::ChangedRole).toBool());
        QVERIFY(head.data(PermissionGridModel::ChangedRole).toBool());
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());

        changed.clear();
        m_session->undoStack()->undo();
        QCOMPARE(state(cell), Qt::Unchecked);
        QVERIFY(!cell.data(PermissionGridModel::ChangedRole).toBool());
        QCOMPARE(changed.size(), 2);
        m_session->undoStack()->redo();
        QCOMPARE(state(cell), Qt::Checked);
    }

    void sectionColumnSetsAndClearsTheWholeColumnInOneStep()
    {
        const QModelIndex head = m_model->sectionIndex(section("Capture"), PermissionGridModel::DeleteColumn);
        QCOMPARE(state(head), Qt::PartiallyChecked);
        QVERIFY(m_model->setData(head, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(state(head), Qt::Checked);
        QCOMPARE(m_session->undoStack()->count(), 1);
        for (const Feature *f : m_stored.featuresOf(section("Capture")))
            QVERIFY(m_session->working().grant(m_template, f->id).has(Level::Delete));
        QVERIFY(m_model->setData(head, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(state(head), Qt::Unchecked);
        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QCOMPARE(state(head), Qt::PartiallyChecked);
        QCOMPARE(m_session->working(), m_stored);
    }

    void sectionColumnSkipsClosedFeatures()
    {
        // Admin section: only Account Preferences is open to the template; setting View sets it there alone.
        const QModelIndex head = m_model->sectionIndex(section("Admin"), PermissionGridModel::EditColumn);
        QVERIFY(m_model->setData(head, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(state(head), Qt::Checked);
        QVERIFY(m_session->working().grant(m_template, feature("Account Preferences")).has(Level::Edit));
        QVERIFY(m_session->working().grant(m_template, feature("Payout Management")).isNone());
    }

    void lockedRoleRefusesWithTheReason()
    {
        const Id admin = m_stored.builtInRole(BuiltIn::Admin);
        m_model->setRole(admin);
        const QModelIndex cell = m_model->featureIndex(feature("Jobs"), PermissionGridModel::DeleteColumn);
        QCOMPARE(state(cell), Qt::Checked);
        QSignalSpy refused(m_session, &EditSession::refused);
        QVERIFY(!m_model->setData(cell, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("built-in")));
        QCOMPARE(state(cell), Qt::Checked);
    }

    void switchingRolesKeepsRowsAndRepaints()
    {
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->setRole(m_stored.builtInRole(BuiltIn::Admin));
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() > 0);
        QCOMPARE(state(m_model->featureIndex(feature("Organizations"), PermissionGridModel::ViewColumn)), Qt::Checked);
    }

    void newRoleCellsAreNotMarkedChanged()
    {
        Change made;
        QVERIFY(m_session->submit(Change::createRole(QStringLiteral("Retoucher"), Scope::Account), &made));
        m_model->setRole(made.role);
        const QModelIndex cell = m_model->featureIndex(feature("Jobs"), PermissionGridModel::ViewColumn);
        QCOMPARE(state(cell), Qt::Checked);
        QVERIFY(!cell.data(PermissionGridModel::ChangedRole).toBool());
        // Undoing the creation empties the grid.
        m_session->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPermissionGridModel)
#include "TestPermissionGridModel.moc"
