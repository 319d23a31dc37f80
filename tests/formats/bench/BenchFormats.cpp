// Measures the exports at the sizes the product is built for (SPEC §8): every role sheet of the studio workspace as
// PDF, and the stress workspace's auditor matrix. Prints figures; it passes or fails on nothing.
#include "domain/Workspace.h"
#include "formats/Casbin.h"
#include "formats/Cedar.h"
#include "formats/Export.h"
#include "formats/Json.h"
#include "formats/RoleSheet.h"
#include "formats/SheetPdf.h"
#include "testing/Generate.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace rs;

namespace {

QTextStream out(stdout);

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

void studioPdfs()
{
    QElapsedTimer timer;
    timer.start();
    const Workspace ws = generateWorkspace(GenerateSpec::studio(), 1);
    out << "studio workspace generated in " << ms(timer.nsecsElapsed()) << " ms: " << ws.roles().size() << " roles, "
        << ws.members().size() << " members, " << ws.productions().size() << " productions, " << ws.seats().size()
        << " seats" << Qt::endl;
    const QList<const Role *> roles = formats::rolesToExport(ws);
    QList<double> times;
    qint64 bytes = 0;
    QElapsedTimer total;
    total.start();
    for (const Role *role : roles) {
        timer.restart();
        const auto pdf = formats::exportRole(ws, *role, formats::SheetFormat::Pdf, QDate(2026, 1, 15));
        times << ms(timer.nsecsElapsed());
        bytes += pdf ? pdf->size() : 0;
    }
    const double all = ms(total.nsecsElapsed());
    std::sort(times.begin(), times.end());
    out << "studio PDF sheets: " << times.size() << " sheets in " << all << " ms; per sheet min " << times.first()
        << " ms, median " << times.at(times.size() / 2) << " ms, max " << times.last() << " ms (target 150 ms); "
        << bytes / 1024 << " KiB in all" << Qt::endl;
}

void stressMatrix()
{
    QElapsedTimer timer;
    timer.start();
    const Workspace ws = generateWorkspace(GenerateSpec::stress(), 1);
    out << "stress workspace generated in " << ms(timer.nsecsElapsed()) << " ms: " << ws.features().size()
        << " features, " << ws.roles().size() << " roles, " << ws.members().size() << " members, " << ws.seats().size()
        << " seats" << Qt::endl;
    for (int run = 1; run <= 3; ++run) {
        timer.restart();
        const QByteArray csv = formats::workspaceMatrixCsv(ws);
        out << "stress matrix CSV, run " << run << ": " << ms(timer.nsecsElapsed()) << " ms, " << csv.size() / 1024
            << " KiB (target 3000 ms)" << Qt::endl;
    }
    timer.restart();
    const QByteArray json = formats::workspaceJson(ws);
    out << "stress workspace JSON export: " << ms(timer.nsecsElapsed()) << " ms, " << json.size() / 1024 << " KiB"
        << Qt::endl;
    timer.restart();
    const auto back = formats::workspaceFromJson(json);
    out << "stress workspace JSON import (all checks): " << ms(timer.nsecsElapsed()) << " ms, "
        << (back && back.value() == ws ? "equal" : "NOT EQUAL") << Qt::endl;
    timer.restart();
    const formats::CasbinPolicy policy = formats::CasbinPolicy::build(ws);
    out << "stress Casbin policy: " << ms(timer.nsecsElapsed()) << " ms, " << policy.policy.size() / 1024 << " KiB"
        << Qt::endl;
    timer.restart();
    const formats::CedarPolicy cedar = formats::CedarPolicy::build(ws);
    out << "stress Cedar export: " << ms(timer.nsecsElapsed()) << " ms; schema " << cedar.schema.size() / 1024
        << " KiB, policies " << cedar.policies.size() / 1024 << " KiB, entities " << cedar.entities.size() / 1024
        << " KiB" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (!args.contains(QStringLiteral("--stress-only")))
        studioPdfs();
    if (!args.contains(QStringLiteral("--studio-only")))
        stressMatrix();
    return 0;
}
