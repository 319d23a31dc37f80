#include "EditorFigures.h"

#include "GridPanel.h"
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "commands/EditSession.h"
#include "commands/Journal.h"
#include "document/Document.h"
#include "itemmodels/PermissionGridModel.h"
#include "storage/Store.h"
#include "testing/Generate.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

namespace rs::bench {

namespace {

QElapsedTimer &startClock()
{
    static QElapsedTimer timer;
    return timer;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double memoryMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Records when the window first paints anything, and counts the paints of the grid.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *window, QWidget *grid)
        : m_window(window)
        , m_grid(grid)
    {
    }
    qint64 paintedAt = -1;
    int gridPaints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        if (paintedAt < 0 && static_cast<QWidget *>(watched)->window() == m_window)
            paintedAt = startClock().elapsed();
        gridPaints += watched == m_grid ? 1 : 0;
        return false;
    }

private:
    QWidget *m_window;
    QWidget *m_grid;
};

// Paints what the last step left dirty, as the event loop would next, without running timers or reading input.
void paintPending()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateLater);
}

} // namespace

void markStart()
{
    startClock().start();
}

QString stressWorkspacePath()
{
    return QDir::temp().filePath(QStringLiteral("rolesheet-benchmark-stress-1.rolesheet"));
}

int runEditorFigures()
{
    QTextStream out(stdout);
    const QString path = stressWorkspacePath();
    if (!QFileInfo::exists(path)) {
        out << "Generating the stress workspace (SPEC §8) once into " << path << " …" << Qt::endl;
        QElapsedTimer t;
        t.start();
        const Workspace ws = generateWorkspace(GenerateSpec::stress(), 1);
        Result<std::unique_ptr<Store>> created = Store::create(path, ws);
        if (!created) {
            out << "cannot create " << path << ": " << created.error().message << Qt::endl;
            return 2;
        }
        out << "  generated and written in " << t.elapsed() << " ms" << Qt::endl;
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--run"), path });
    if (!child.waitForFinished(600000) || child.exitCode() != 0) {
        out << "the measured run failed" << Qt::endl;
        return 2;
    }
    const QByteArray output = child.readAllStandardOutput();
    const QJsonObject r = QJsonDocument::fromJson(output.trimmed().split('\n').last()).object();
    out << "Stress workspace: " << r.value(QStringLiteral("features")).toInt() << " features, "
        << r.value(QStringLiteral("roles")).toInt() << " roles, " << r.value(QStringLiteral("members")).toInt()
        << " members, " << r.value(QStringLiteral("seats")).toInt() << " team seats" << Qt::endl;
    out << QStringLiteral("start to first painted window: %1 ms (target ≤ 2000)")
               .arg(r.value(QStringLiteral("firstPaintMs")).toDouble(), 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("switch between two %1-feature roles, median of %2: %3 ms, of which painting %4 ms "
                          "(target ≤ 10)")
               .arg(r.value(QStringLiteral("features")).toInt())
               .arg(r.value(QStringLiteral("switches")).toInt())
               .arg(r.value(QStringLiteral("switchMedianMs")).toDouble(), 0, 'f', 2)
               .arg(r.value(QStringLiteral("switchPaintMedianMs")).toDouble(), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("toggle one cell until its highlight is painted, median of %1 (%3 grid paints): %2 ms "
                          "(target ≤ 2)")
               .arg(r.value(QStringLiteral("toggles")).toInt())
               .arg(r.value(QStringLiteral("toggleMedianMs")).toDouble(), 0, 'f', 2)
               .arg(r.value(QStringLiteral("togglePaints")).toInt())
        << Qt::endl;
    out << QStringLiteral("journal write after an edit (QSaveFile), median: %1 ms")
               .arg(r.value(QStringLiteral("journalMedianMs")).toDouble(), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("memory with the stress workspace open: %1 MB resident, %2 MB peak (target ≤ 250)")
               .arg(r.value(QStringLiteral("rssMb")).toDouble(), 0, 'f', 0)
               .arg(r.value(QStringLiteral("peakMb")).toDouble(), 0, 'f', 0)
        << Qt::endl;
    return 0;
}

int measureEditor(MainWindow &window)
{
    PaintWatch watch(&window, window.grid()->view()->viewport());
    qApp->installEventFilter(&watch);
    QElapsedTimer wait;
    wait.start();
    while (watch.paintedAt < 0 && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    const Workspace &ws = window.session()->working();
    QList<Id> custom;
    for (const Role *r : ws.accountRoles()) {
        if (!r->isLocked())
            custom.append(r->id);
    }
    QJsonObject result;
    result.insert(QStringLiteral("firstPaintMs"), double(watch.paintedAt));
    result.insert(QStringLiteral("features"), int(ws.features().size()));
    result.insert(QStringLiteral("roles"), int(ws.roles().size()));
    result.insert(QStringLiteral("members"), int(ws.members().size()));
    result.insert(QStringLiteral("seats"), int(ws.seats().size()));
    if (custom.size() < 2)
        return 2;
    QList<double> switches;
    QList<double> painting;
    QElapsedTimer t;
    for (int i = 0; i < 21; ++i) {
        t.start();
        window.navigator()->selectRole(custom.at(i % 2));
        const qint64 selected = t.nsecsElapsed();
        paintPending();
        switches.append(double(t.nsecsElapsed()) / 1e6);
        painting.append(double(t.nsecsElapsed() - selected) / 1e6);
    }
    result.insert(QStringLiteral("switchPaintMedianMs"), median(painting));
    PermissionGridModel *model = window.grid()->model();
    QModelIndex cell;
    for (const Feature &f : ws.features()) {
        const QModelIndex candidate = model->featureIndex(f.id, PermissionGridModel::EditColumn);
        if (model->flags(candidate) & Qt::ItemIsEnabled) {
            cell = candidate;
            break;
        }
    }
    window.grid()->view()->scrollTo(window.grid()->cellIndex(
        cell.data(PermissionGridModel::FeatureIdRole).value<Id>(), PermissionGridModel::EditColumn));
    const int paintsBefore = watch.gridPaints;
    QList<double> toggles;
    for (int i = 0; i < 41; ++i) {
        const bool on = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        t.start();
        model->setData(cell, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        paintPending();
        toggles.append(double(t.nsecsElapsed()) / 1e6);
    }
    // The journal write that follows each edit as soon as the event loop turns, measured on its own.
    QList<double> journal;
    const Journal log(window.document()->location(), window.document()->identity());
    const QList<Change> staged = window.session()->stagedChanges();
    for (int i = 0; i < 21; ++i) {
        t.start();
        static_cast<void>(log.write(staged.mid(0, 1), window.document()->version()).ok());
        journal.append(double(t.nsecsElapsed()) / 1e6);
    }
    log.clear();
    result.insert(QStringLiteral("journalMedianMs"), median(journal));
    result.insert(QStringLiteral("switches"), int(switches.size()));
    result.insert(QStringLiteral("switchMedianMs"), median(switches));
    result.insert(QStringLiteral("toggles"), int(toggles.size()));
    result.insert(QStringLiteral("toggleMedianMs"), median(toggles));
    result.insert(QStringLiteral("togglePaints"), watch.gridPaints - paintsBefore); // each toggle must paint
    qApp->removeEventFilter(&watch);
    result.insert(QStringLiteral("rssMb"), memoryMb("VmRSS:"));
    result.insert(QStringLiteral("peakMb"), memoryMb("VmHWM:"));
    // A picture of the stress workspace as the benchmark left it, when asked for.
    const QString grab = qEnvironmentVariable("ROLESHEET_BENCHMARK_GRAB");
    if (!grab.isEmpty())
        window.grab().save(grab);
    window.discardChanges();
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace rs::bench
