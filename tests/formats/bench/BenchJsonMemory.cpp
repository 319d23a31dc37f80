// Measures the peak memory of JSON imports, each in a fresh process of its own so that the figure is that import's
// alone: the stress workspace (SPEC §8), which must import, and hostile documents of 30 MB and 256 MiB, which must be
// refused. Prints each peak beside the bound (10 × the file's size + 100 MB); it passes or fails on nothing.
//
//   bench-json-memory [--keep DIR]          writes the documents into a temporary folder (or DIR) and measures them
//   bench-json-memory --import KIND FILE    imports FILE (KIND: workspace or role) and prints the peak
#include "domain/DefaultWorkspace.h"
#include "formats/Json.h"
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

// The peak resident set of this process so far, in bytes.
qint64 peakBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

int importChild(const QString &kind, const QString &path)
{
    const qint64 before = peakBytes();
    QElapsedTimer timer;
    timer.start();
    QString outcome;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const Result<QByteArray> data = formats::readJson(file);
    if (!data) {
        outcome = QStringLiteral("refused: ") + data.error().message;
    } else if (kind == QLatin1String("role")) {
        const auto changes = formats::roleChangesFromJson(DefaultWorkspace::create(), data.value());
        outcome = changes ? QStringLiteral("accepted") : QStringLiteral("refused: ") + changes.error().message;
    } else {
        const auto ws = formats::workspaceFromJson(data.value());
        outcome = ws ? QStringLiteral("accepted, %1 roles").arg(ws->roles().size())
                     : QStringLiteral("refused: ") + ws.error().message;
    }
    out << peakBytes() << ' ' << before << ' ' << timer.elapsed() << ' ' << outcome.left(100) << Qt::endl;
    return 0;
}

// A workspace document whose sections are millions of tiny lists: cheap to write, costly to hold as a tree.
bool writeHostile(const QString &path, qint64 size, const char *kind)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool workspace = qstrcmp(kind, "workspace") == 0;
    QByteArray head = workspace
        ? QByteArray("{\"format\":\"rolesheet\",\"version\":1,\"kind\":\"workspace\",\"name\":\"x\",\"nextId\":1,"
                     "\"sections\":[[0]")
        : QByteArray("{\"format\":\"rolesheet\",\"version\":1,\"kind\":\"role\",\"workspace\":\"x\",\"role\":{"
                     "\"name\":\"x\",\"scope\":\"account\",\"guardrails\":[]},\"grants\":[[0]");
    const QByteArray tail = workspace
        ? QByteArray("],\"features\":[],\"roles\":[],\"members\":[],\"productions\":[],\"seats\":[]}")
        : QByteArray("]}");
    QByteArray chunk;
    for (int i = 0; i < 256 * 1024; ++i)
        chunk += ",[0]";
    qint64 written = f.write(head);
    while (written + chunk.size() + tail.size() <= size)
        written += f.write(chunk);
    while (written + 4 + tail.size() <= size)
        written += f.write(",[0]");
    f.write(tail);
    return f.error() == QFile::NoError;
}

// A workspace document of the format's shape that holds as many grants as fit: the tree that the shape check lets
// through at its densest (it is refused later, for its grants name no feature).
bool writeDenseGrants(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    qint64 written
        = f.write("{\"format\":\"rolesheet\",\"version\":1,\"kind\":\"workspace\",\"name\":\"x\",\"nextId\":1,"
                  "\"sections\":[],\"features\":[],\"roles\":[");
    QByteArray role = "{\"id\":1,\"name\":\"R\",\"scope\":\"account\",\"template\":false,\"builtIn\":\"none\","
                      "\"production\":0,\"guardrails\":[],\"invitedOnly\":false,\"description\":\"\",\"grants\":[";
    for (int i = 0; i < 10000; ++i)
        role += i ? ",{\"feature\":1,\"levels\":[]}" : "{\"feature\":1,\"levels\":[]}";
    role += "]}";
    const QByteArray tail = "],\"members\":[],\"productions\":[],\"seats\":[]}";
    for (bool first = true; written + role.size() + 1 + tail.size() <= size; first = false)
        written += f.write(first ? role : "," + role);
    f.write(tail);
    return f.error() == QFile::NoError;
}

void measure(const QString &label, const QString &kind, const QString &path)
{
    const qint64 size = QFile(path).size();
    const qint64 bound = 10 * size + 100 * kMB;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--import"), kind, path });
    child.waitForFinished(-1);
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitStatus() != QProcess::NormalExit || fields.size() < 4) {
        out << label << ": the import process did not finish (" << child.readAllStandardError() << ")" << Qt::endl;
        return;
    }
    const qint64 peak = fields.at(0).toLongLong();
    const qint64 baseline = fields.at(1).toLongLong();
    out << qSetFieldWidth(28) << Qt::left << label << qSetFieldWidth(0) << " file " << double(size) / kMB
        << " MB, peak " << double(peak) / kMB << " MB (process before import " << double(baseline) / kMB
        << " MB), bound " << double(bound) / kMB << " MB, " << (peak <= bound ? "within" : "OVER") << ", "
        << fields.at(2) << " ms; " << fields.mid(3).join(' ') << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--import"))
        return importChild(args.at(2), args.at(3));

    QTemporaryDir temp;
    QString dir = temp.path();
    if (args.size() == 3 && args.at(1) == QLatin1String("--keep"))
        dir = args.at(2);
    const QString stress = dir + QStringLiteral("/stress.json");
    {
        const QByteArray json = formats::workspaceJson(generateWorkspace(GenerateSpec::stress(), 1));
        QFile f(stress);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
            return 1;
    }
    const QString hostile30 = dir + QStringLiteral("/hostile-30MB.json");
    const QString hostile256 = dir + QStringLiteral("/hostile-256MiB.json");
    const QString role30 = dir + QStringLiteral("/hostile-role-30MB.json");
    const QString dense = dir + QStringLiteral("/dense-grants-256MiB.json");
    if (!writeHostile(hostile30, 30 * kMB, "workspace") || !writeHostile(hostile256, 256 * 1024 * 1024, "workspace")
        || !writeHostile(role30, 30 * kMB, "role") || !writeDenseGrants(dense, 256 * 1024 * 1024))
        return 1;
    measure(QStringLiteral("stress workspace"), QStringLiteral("workspace"), stress);
    measure(QStringLiteral("hostile workspace 30 MB"), QStringLiteral("workspace"), hostile30);
    measure(QStringLiteral("hostile workspace 256 MiB"), QStringLiteral("workspace"), hostile256);
    measure(QStringLiteral("hostile role 30 MB"), QStringLiteral("role"), role30);
    measure(QStringLiteral("dense grants 256 MiB"), QStringLiteral("workspace"), dense);
    return 0;
}
