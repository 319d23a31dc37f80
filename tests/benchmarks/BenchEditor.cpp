// bench-editor: the editor's figures, measured and printed; nothing passes or fails.
//
//   bench-editor                     the stress workspace figures (start, role switch, toggle, memory), then, when
//                                    ROLESHEET_PG_STATE names a running PostgreSQL fixture, the UI-thread stalls
//                                    over a link that delays everything 100 ms each way
//   bench-editor --stress            the stress workspace figures only
//   bench-editor --server            the server figures only (ROLESHEET_PG_STATE must be set)
//   bench-editor --run FILE          one measured editor start on FILE (used by the stress figures)
//   bench-editor --first-paint FILE  the editor started as a person starts it, quitting at its first paint, and
//   bench-editor --bare-window       a bare Qt window doing the same (both used by the start-up figures)
//
// Run it under a display (Xvfb), as the README says.
#include "EditorFigures.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "ServerStalls.h"
#include "StartFigures.h"
#include "help/HelpActions.h"

#include <QApplication>
#include <QFileInfo>
#include <QScreen>
#include <QStandardPaths>
#include <QTextStream>

namespace {

// One measured start of the editor on `path`, as the editor's main() starts it.
int measuredRun(const QString &path)
{
    rs::Prompts::setNextAnswer(QMessageBox::No); // "restore the staged changes?" no
    rs::MainWindow window;
    rs::HelpActions::install(window.workbench());
    window.resize(window.screen()->availableSize() * 0.85);
    const rs::Status status = QFileInfo::exists(path) ? window.openWorkspace(path) : window.newWorkspace(path);
    if (!status) {
        QTextStream(stderr) << status.error().message << Qt::endl;
        return 2;
    }
    window.show();
    return rs::bench::measureEditor(window);
}

} // namespace

int main(int argc, char *argv[])
{
    rs::bench::markStart();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rolesheet"));
    QApplication::setApplicationName(QStringLiteral("rolesheet"));
    // Settings and journals of the bench's own, and no prompt waits for a person.
    QStandardPaths::setTestModeEnabled(true);
    rs::Prompts::setUnattended(true);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("--run") && args.size() == 2)
        return measuredRun(args.at(1));
    if (args.value(0) == QLatin1String("--first-paint") && args.size() == 2)
        return rs::bench::firstPaintRun(args.at(1));
    if (args == QStringList { QStringLiteral("--bare-window") })
        return rs::bench::bareWindowRun();
    const bool stress = args.isEmpty() || args == QStringList { QStringLiteral("--stress") };
    const bool server = args.isEmpty() || args == QStringList { QStringLiteral("--server") };
    if (!stress && !server) {
        QTextStream(stderr) << "usage: bench-editor [--stress | --server | --run FILE]" << Qt::endl;
        return 2;
    }
    int code = stress ? rs::bench::runEditorFigures() : 0;
    if (stress && code == 0)
        code = rs::bench::runStartFigures(rs::bench::stressWorkspacePath());
    const QString pgState = qEnvironmentVariable("ROLESHEET_PG_STATE");
    if (server && !pgState.isEmpty())
        code = std::max(code, rs::bench::runServerStalls(pgState));
    else if (server)
        QTextStream(stdout) << "server figures: not measured, ROLESHEET_PG_STATE names no PostgreSQL fixture"
                            << Qt::endl;
    return server && !stress && pgState.isEmpty() ? 2 : code;
}
