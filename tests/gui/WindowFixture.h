#pragma once

// What the window tests share: a window on a fresh workspace, shown, and the clicks a person makes on it.
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
#include "document/Document.h"
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

#include <memory>

using namespace rs;

class WindowFixture : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    Journal journal() const { return Journal(m_path, m_window->document()->identity()); }

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
    void trigger(rs::ActionId action) { m_window->action(action)->trigger(); }
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
        // The question comes once the window has painted, which takes longer under the sanitizers.
        for (int waited = 0; !asked && waited < 2000; waited += 50)
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
        m_window->action(rs::ActionId::AddMember)->trigger();
        const Member *m = working().findMember(name);
        return m ? m->id : 0;
    }
    Id createProduction(const QString &name)
    {
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("productionName"))->setText(name);
            return int(QDialog::Accepted);
        });
        m_window->action(rs::ActionId::CreateProduction)->trigger();
        const Production *p = working().findProduction(name);
        return p ? p->id : 0;
    }

    void initCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true); // a warning nobody answered must not hang the run
    }
    void openFresh()
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
    void closeWindow()
    {
        if (m_window)
            m_window->discardChanges();
        m_window.reset();
        m_dir.reset();
    }
};
