#include "StartFigures.h"

#include "MainWindow.h"
#include "help/HelpActions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace rs::bench {

namespace {

constexpr int kRuns = 7;

// Writes one line at the window's first paint and quits; the parent's clock stops at that line.
class PaintThenQuit : public QObject
{
public:
    explicit PaintThenQuit(QWidget *window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_done = false;
};

// The time from starting `args` to its first line, in milliseconds; -1 when it printed none.
double timeToFirstLine(const QStringList &args)
{
    QProcess child;
    QElapsedTimer t;
    t.start();
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForReadyRead(60000))
        return -1;
    const double ms = double(t.nsecsElapsed()) / 1e6;
    child.waitForFinished(60000);
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int firstPaintRun(const QString &workspace)
{
    // As the editor's main() starts it: the window is shown first, the workspace read on the document's thread.
    MainWindow window;
    HelpActions::install(window.workbench());
    window.resize(1200, 760);
    PaintThenQuit paint(&window);
    window.show();
    window.openInBackground(workspace);
    return QApplication::exec();
}

int bareWindowRun()
{
    QMainWindow window;
    window.resize(1200, 760);
    PaintThenQuit paint(&window);
    window.show();
    return QApplication::exec();
}

int runStartFigures(const QString &workspace)
{
    QTextStream out(stdout);
    QList<double> editor, bare, ratios;
    timeToFirstLine({ QStringLiteral("--bare-window") }); // a warm-up: the libraries in the page cache
    for (int i = 0; i < kRuns; ++i) {
        const double b = timeToFirstLine({ QStringLiteral("--bare-window") });
        const double e = timeToFirstLine({ QStringLiteral("--first-paint"), workspace });
        if (b <= 0 || e <= 0) {
            out << "a start-up run printed nothing" << Qt::endl;
            return 2;
        }
        bare << b;
        editor << e;
        ratios << e / b;
    }
    out << QStringLiteral("process start to first painted window, median of %1 pairs run in turn:").arg(kRuns)
        << Qt::endl;
    out << QStringLiteral("  bare Qt window: %1 ms").arg(median(bare), 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("  editor, the stress workspace opening in the background: %1 ms")
               .arg(median(editor), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  ratio, pair by pair: median %1 × (min %2, max %3; goal ≤ 3 ×)")
               .arg(median(ratios), 0, 'f', 2)
               .arg(*std::min_element(ratios.begin(), ratios.end()), 0, 'f', 2)
               .arg(*std::max_element(ratios.begin(), ratios.end()), 0, 'f', 2)
        << Qt::endl;
    return 0;
}

} // namespace rs::bench
