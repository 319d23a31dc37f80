#include "Welcome.h"

#include "MainWindow.h"
#include "Prompts.h"
#include "WelcomeDialog.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "preferences/PreferencesDialog.h"
#include "storage/Store.h"

#include <QAction>
#include <QFileInfo>
#include <QSettings>

namespace rs {

namespace {

QString fileFilter()
{
    return QCoreApplication::translate("rs::MainWindow", "Rolesheet workspaces (*.rolesheet);;All files (*)");
}

// Creates the workspace the welcome describes at `path`, opens it, and keeps the language chosen.
Status create(MainWindow *window, const WelcomeDialog &dialog, const QString &path)
{
    if (Status s = window->newWorkspace(path, DefaultWorkspace::create(dialog.ownerName(), dialog.studioName())); !s)
        return s;
    PreferencesDialog::saveLanguage(dialog.language());
    return {};
}

// Open Existing… and Connect to Server… are the window's own File menu items, with their questions and messages.
void openOther(MainWindow *window, int choice)
{
    const ActionId id = choice == WelcomeDialog::ConnectChoice ? ActionId::ConnectServer : ActionId::Open;
    if (QAction *a = window->action(id))
        a->trigger();
}

} // namespace

QString Welcome::startLocation()
{
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        if (QFileInfo::exists(path))
            return path;
    }
    return Store::defaultLocation();
}

bool Welcome::start(MainWindow *window, const QString &named)
{
    const QString path = named.isEmpty() ? startLocation() : named;
    if (QFileInfo::exists(path) || Store::isPostgres(path)) {
        // The window shows first, and the workspace once it is read; a failure is told over the window.
        window->openInBackground(path);
        return true;
    }
    for (;;) {
        // The window is not shown yet: the welcome stands alone, centred on the screen.
        WelcomeDialog dialog(WelcomeDialog::Mode::FirstStart, window->isVisible() ? window : nullptr);
        const int choice = Prompts::exec(&dialog);
        if (choice == WelcomeDialog::CreateChoice) {
            if (Status s = create(window, dialog, path); !s) {
                Prompts::warning(
                    window, QCoreApplication::translate("rs::MainWindow", "New workspace"), s.error().message);
                continue;
            }
            return true;
        }
        if (choice != WelcomeDialog::OpenExistingChoice && choice != WelcomeDialog::ConnectChoice)
            return false;
        openOther(window, choice);
        static_cast<void>(window->document()->waitForFinished().ok()); // Open… reads the file in the background
        if (window->document()->isOpen())
            return true;
    }
}

void Welcome::newWorkspace(MainWindow *window)
{
    WelcomeDialog dialog(WelcomeDialog::Mode::New, window);
    const int choice = Prompts::exec(&dialog);
    if (choice == WelcomeDialog::OpenExistingChoice || choice == WelcomeDialog::ConnectChoice) {
        openOther(window, choice);
        return;
    }
    if (choice != WelcomeDialog::CreateChoice)
        return;
    QString path = Prompts::saveFileName(
        window, QCoreApplication::translate("rs::MainWindow", "New workspace"), QString(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rolesheet");
    if (Status s = create(window, dialog, path); !s)
        Prompts::warning(window, QCoreApplication::translate("rs::MainWindow", "New workspace"), s.error().message);
}

} // namespace rs
