// export, export-all, export-workspace, import-workspace, import-role and casbin.
#include "Cli.h"

#include "formats/Csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace rs::cli {

namespace {

// Writes through QSaveFile so that a failed or interrupted export never leaves a half-written file.
int writeOutput(Context &cx, const QByteArray &data, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        cx.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return cx.fail(QCoreApplication::translate("rs::cli", "The output cannot be written."));
        return Done;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return cx.fail(QCoreApplication::translate("rs::cli", "%1 cannot be written: %2.")
                           .arg(printable(path), file.errorString()));
    return Done;
}

Result<QByteArray> render(const Workspace &ws, const Role &role, const QString &format)
{
    if (format == QLatin1String("csv"))
        return formats::roleSheetCsv(ws, role);
    return Error::badInput(QCoreApplication::translate("rs::cli", "Unknown format %1: use csv, json, md, html or pdf.")
                               .arg(printable(format)));
}

int exportRole(Context &cx)
{
    if (!cx.isSet(QStringLiteral("format")))
        return cx.fail(QCoreApplication::translate("rs::cli", "Choose a format with --format csv|json|md|html|pdf."));
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto role = cx.role(ws, cx.args.at(0));
    if (!role)
        return cx.fail(role.error());
    const auto data = render(ws, *role.value(), cx.value(QStringLiteral("format")).toLower());
    if (!data)
        return cx.fail(data.error());
    return writeOutput(cx, data.value(), cx.value(QStringLiteral("output")));
}

} // namespace

void registerExportCommands(QList<Command> &commands)
{
    commands += {
        { QStringLiteral("export"),
            QStringLiteral("export ROLE --format csv|json|md|html|pdf [--production P] [-o FILE]"), 1, 1, &exportRole },
    };
}

} // namespace rs::cli
