// Measures writing the stress workspace's auditor matrix (SPEC §8: 500 features, 5,000 roles, 2.5 million cells) as CSV
// and as xlsx, and reading each back into changes: time and peak memory, each run in a fresh process of its own. The
// peak is the step's alone: the process's high-water mark is reset (/proc/self/clear_refs) after the workspace is built
// and before the file is written or read. Prints figures; it passes or fails on nothing.
//
//   bench-csv-import [--keep DIR]          writes the matrices into a temporary folder (or DIR) and measures them
//   bench-csv-import --import FILE         reads FILE (CSV or xlsx) against the stress workspace, prints the figures
//   bench-csv-import --write FILE          writes the matrix to FILE (.csv or .xlsx) and prints the figures
#include "domain/Rules.h"
#include "formats/CsvImport.h"
#include "formats/Export.h"
#include "formats/SafeWrite.h"
#include "formats/XlsxExport.h"
#include "formats/XlsxRead.h"
#include "testing/Generate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rs;

namespace {

QTextStream out(stdout);

constexpr qint64 kMB = 1000 * 1000;

qint64 statusBytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

int importChild(const QString &path)
{
    const Workspace ws = generateWorkspace(GenerateSpec::stress(), 1);
    const bool reset = resetPeak();
    const qint64 before = statusBytes("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> data = formats::readSheetFile(path);
    const auto staged = data ? formats::stagedFromMatrixCsv(ws, data.value()) : Result<QList<Change>>(data.error());
    const qint64 ms = timer.elapsed();
    const QString outcome = staged ? QStringLiteral("%1 changes").arg(staged->size())
                                   : QStringLiteral("refused: ") + staged.error().message.section(u'\n', 0, 0);
    out << statusBytes("VmHWM:") << ' ' << before << ' ' << ms << ' ' << (reset ? 1 : 0) << ' ' << outcome.left(100)
        << Qt::endl;
    return 0;
}

int writeChild(const QString &path)
{
    const Workspace ws = generateWorkspace(GenerateSpec::stress(), 1);
    const bool reset = resetPeak();
    const qint64 before = statusBytes("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> data = path.endsWith(QLatin1String(".xlsx"))
        ? formats::workspaceMatrixXlsx(ws)
        : Result<QByteArray>(formats::workspaceMatrixCsv(ws));
    const Status written = data ? formats::writeFileSafely(path, data.value(), formats::Overwrite::Replace)
                                : Status(data.error());
    const qint64 ms = timer.elapsed();
    out << statusBytes("VmHWM:") << ' ' << before << ' ' << ms << ' ' << (reset ? 1 : 0) << ' '
        << (written ? QStringLiteral("written") : QStringLiteral("refused: ") + written.error().message).left(100)
        << Qt::endl;
    return 0;
}

void measure(const QString &label, const QString &path, const QString &mode = QStringLiteral("--import"))
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), { mode, path });
    child.waitForFinished(-1);
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitStatus() != QProcess::NormalExit || fields.size() < 5) {
        out << label << ": the import process did not finish (" << child.readAllStandardError() << ")" << Qt::endl;
        return;
    }
    const qint64 size = QFile(path).size();
    const qint64 peak = fields.at(0).toLongLong();
    const qint64 before = fields.at(1).toLongLong();
    out << qSetFieldWidth(26) << Qt::left << label << qSetFieldWidth(0) << " file " << double(size) / kMB << " MB, "
        << fields.at(2) << " ms, peak " << double(peak) / kMB << " MB with the workspace's " << double(before) / kMB
        << " MB before (" << double(peak - before) / kMB << " MB for the step"
        << (fields.at(3) == "1" ? "" : ", peak not reset: includes building the workspace") << "); "
        << fields.mid(4).join(' ') << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--import"))
        return importChild(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1String("--write"))
        return writeChild(args.at(2));

    QTemporaryDir temp;
    QString dir = temp.path();
    if (args.size() == 3 && args.at(1) == QLatin1String("--keep"))
        dir = args.at(2);
    const QString same = dir + QStringLiteral("/stress-matrix.csv");
    const QString edited = dir + QStringLiteral("/stress-matrix-one-edit.csv");
    {
        const Workspace ws = generateWorkspace(GenerateSpec::stress(), 1);
        out << "stress workspace: " << ws.features().size() << " features, " << formats::rolesToExport(ws).size()
            << " roles, " << ws.features().size() * formats::rolesToExport(ws).size() << " cells" << Qt::endl;
        QByteArray csv = formats::workspaceMatrixCsv(ws);
        QFile f(same);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv) != csv.size())
            return 1;
        // One cell of the last role column (a production's own role) that the rules let change: None becomes View, or
        // the levels become None.
        const Role &role = *formats::rolesToExport(ws).constLast();
        qsizetype row = -1;
        Levels levels;
        for (qsizetype i = ws.features().size() - 1; i >= 0 && row < 0; --i) {
            const Levels now = ws.grant(role, ws.features().at(i));
            levels = now.isNone() ? Levels(Level::View) : Levels();
            if (Rules::checkGrant(ws, role, ws.features().at(i), levels))
                row = i + 1; // line 0 is the header
        }
        qsizetype lineEnd = -2;
        for (qsizetype line = 0; line <= row; ++line)
            lineEnd = csv.indexOf("\r\n", lineEnd + 2);
        const qsizetype cell = csv.lastIndexOf(',', lineEnd) + 1;
        csv.replace(cell, lineEnd - cell, levels.toText().toUtf8());
        QFile g(edited);
        if (!g.open(QIODevice::WriteOnly | QIODevice::Truncate) || g.write(csv) != csv.size())
            return 1;
    }
    const QString xlsx = dir + QStringLiteral("/stress-matrix.xlsx");
    measure(QStringLiteral("write CSV"), dir + QStringLiteral("/written.csv"), QStringLiteral("--write"));
    measure(QStringLiteral("write xlsx"), xlsx, QStringLiteral("--write"));
    measure(QStringLiteral("unchanged matrix"), same);
    measure(QStringLiteral("matrix, one cell edited"), edited);
    measure(QStringLiteral("unchanged matrix, xlsx"), xlsx);
    return 0;
}
