#pragma once

// What the import and export tests share: a window on a fresh workspace, shown, and File menu clicks on it.
#include "GridPanel.h"
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "SheetActions.h"
#include "commands/EditSession.h"
#include "document/Document.h"
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
#include <QPushButton>
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

#include <memory>

using namespace rs;

class ImportExportFixture : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;

    const Workspace &working() const { return m_window->session()->working(); }
    int staged() const { return int(m_window->session()->stagedChanges().size()); }
    QString statusText() const { return m_window->statusBar()->currentMessage(); }

    // The action as the File menu holds it: what a person clicks.
    QAction *fileMenuAction(rs::ActionId id) const
    {
        QAction *wanted = m_window->action(id);
        return m_window->menuBar()->actions().first()->menu()->actions().contains(wanted) ? wanted : nullptr;
    }
    void trigger(rs::ActionId id)
    {
        QAction *a = fileMenuAction(id);
        QVERIFY2(a, qPrintable(rs::ActionRegistry::objectName(id)));
        QVERIFY(a->isEnabled());
        a->trigger();
    }
    // Waits until Export All has written its files (or stopped), as a person waits for its progress dialog to go.
    void waitForExport()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->sheetActions()->isExporting(), 60000);
        QVERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress")));
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
        trigger(rs::ActionId::ImportFile);
    }

    void initCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true); // a prompt nobody answered must not hang the run
    }

    void openFresh()
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

    void closeWindow()
    {
        m_window->discardChanges();
        m_window.reset();
        m_dir.reset();
    }
};
