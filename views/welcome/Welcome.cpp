#include "Welcome.h"

#include "Prompts.h"
#include "WelcomeDialog.h"
#include "Workbench.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "location/Location.h"
#include "preferences/PreferencesDialog.h"

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
Status create(const Workbench &bench, const WelcomeDialog &dialog, const QString &path)
{
    Workspace ws = DefaultWorkspace::create(dialog.ownerName(), dialog.studioName());
    Change zone = Change::setTimeZone(dialog.timeZone());
    if (Result<Touched> set = ws.apply(zone); !set)
        return set.error();
    if (Status s = bench.steps->newWorkspace(path, ws); !s)
        return s;
    PreferencesDialog::saveLanguage(dialog.language());
    return {};
}

// Open Existing… and Connect to Server… are the window's own File menu items, with their questions and messages.
void openOther(const Workbench &bench, int choice)
{
    const ActionId id = choice == WelcomeDialog::ConnectChoice ? ActionId::ConnectServer : ActionId::Open;
    if (QAction *a = bench.registry->action(id))
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
    return location::defaultFile();
}

bool Welcome::start(const Workbench &bench, const QString &named)
{
    const QString path = named.isEmpty() ? startLocation() : named;
    if (QFileInfo::exists(path) || location::isServer(path)) {
        // The window shows first, and the workspace once it is read; a failure is told over the window.
        bench.steps->openInBackground(path);
        return true;
    }
    for (;;) {
        // The window is not shown yet: the welcome stands alone, centred on the screen.
        WelcomeDialog dialog(WelcomeDialog::Mode::FirstStart, bench.window->isVisible() ? bench.window : nullptr);
        const int choice = Prompts::exec(&dialog);
        if (choice == WelcomeDialog::CreateChoice) {
            if (Status s = create(bench, dialog, path); !s) {
                Prompts::warning(
                    bench.window, QCoreApplication::translate("rs::MainWindow", "New workspace"), s.error().message);
                continue;
            }
            return true;
        }
        if (choice != WelcomeDialog::OpenExistingChoice && choice != WelcomeDialog::ConnectChoice)
            return false;
        openOther(bench, choice);
        static_cast<void>(bench.document->waitForFinished().ok()); // Open… reads the file in the background
        if (bench.document->isOpen())
            return true;
    }
}

void Welcome::newWorkspace(const Workbench &bench)
{
    WelcomeDialog dialog(WelcomeDialog::Mode::New, bench.window);
    const int choice = Prompts::exec(&dialog);
    if (choice == WelcomeDialog::OpenExistingChoice || choice == WelcomeDialog::ConnectChoice) {
        openOther(bench, choice);
        return;
    }
    if (choice != WelcomeDialog::CreateChoice)
        return;
    QString path = Prompts::saveFileName(
        bench.window, QCoreApplication::translate("rs::MainWindow", "New workspace"), QString(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rolesheet");
    if (Status s = create(bench, dialog, path); !s)
        Prompts::warning(
            bench.window, QCoreApplication::translate("rs::MainWindow", "New workspace"), s.error().message);
}

} // namespace rs
