// export, export-all, export-workspace, import-workspace, import-role, casbin and cedar.
#include "Cli.h"

#include "formats/Casbin.h"
#include "formats/Cedar.h"
#include "formats/Export.h"
#include "formats/Json.h"
#include "formats/RoleSheet.h"
#include "formats/SafeWrite.h"
#include "formats/XlsxExport.h"
#include "storage/DutyStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace rs::cli {

namespace {

int writeOutput(Context &cx, const QByteArray &data, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        cx.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return cx.fail(QCoreApplication::translate("rs::cli", "The output cannot be written."));
        return Done;
    }
    if (Status s = cx.writeFile(path, data); !s)
        return cx.fail(s.error());
    return Done;
}

Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error::notFound(
            QCoreApplication::translate("rs::cli", "%1 cannot be read: %2.").arg(printable(path), file.errorString()));
    Result<QByteArray> data = formats::readJson(file);
    if (!data)
        return Error { data.error().code, QStringLiteral("%1: %2").arg(printable(path), data.error().message), {} };
    return data;
}

int exportRole(Context &cx)
{
    if (!cx.isSet(QStringLiteral("format")))
        return cx.fail(QCoreApplication::translate("rs::cli", "Choose a format with --format csv|xlsx|json|md|html|pdf."));
    const auto format = formats::parseSheetFormat(cx.value(QStringLiteral("format")));
    if (!format)
        return cx.fail(format.error());
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto role = cx.role(ws, cx.args.at(0));
    if (!role)
        return cx.fail(role.error());
    const Result<duties::Book> book = DutyStore(*store.value()).read();
    if (!book)
        return cx.fail(book.error());
    const auto data = formats::exportRole(ws, *role.value(), format.value(), formats::sheetDate(), book.value());
    if (!data)
        return cx.fail(data.error());
    return writeOutput(cx, data.value(), cx.value(QStringLiteral("output")));
}

int exportAll(Context &cx)
{
    if (!cx.isSet(QStringLiteral("format")) || !cx.isSet(QStringLiteral("out")))
        return cx.fail(QCoreApplication::translate(
            "rs::cli", "Usage: rolesheet-cli export-all --format csv|xlsx|json|md|html|pdf|matrix-csv|matrix-xlsx --out DIR"));
    const QString formatName = cx.value(QStringLiteral("format")).trimmed().toLower();
    const QString dirPath = cx.value(QStringLiteral("out"));
    if (!formats::makeOwnerOnlyFolder(dirPath))
        return cx.fail(
            QCoreApplication::translate("rs::cli", "The folder %1 cannot be created.").arg(printable(dirPath)));
    const QDir dir(dirPath);
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    if (formatName == QLatin1String("matrix-csv") || formatName == QLatin1String("matrix-xlsx")) {
        const bool xlsx = formatName == QLatin1String("matrix-xlsx");
        QSet<QString> taken;
        const QString name = formats::safeFileName(ws.name() + QCoreApplication::translate("rs::cli", " matrix"),
            xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"), taken);
        const Result<QByteArray> data
            = xlsx ? formats::workspaceMatrixXlsx(ws) : Result<QByteArray>(formats::workspaceMatrixCsv(ws));
        if (!data)
            return cx.fail(data.error());
        if (Status s = cx.writeFile(dir.filePath(name), data.value()); !s)
            return cx.fail(s.error());
        cx.out << dir.filePath(name) << Qt::endl;
        return Done;
    }
    const auto format = formats::parseSheetFormat(formatName);
    if (!format)
        return cx.fail(format.error());
    const Result<duties::Book> book = DutyStore(*store.value()).read();
    if (!book)
        return cx.fail(book.error());
    const auto written
        = formats::exportAll(ws, format.value(), dirPath, formats::sheetDate(), cx.overwrite(), {}, book.value());
    if (!written)
        return cx.fail(Context::withForceHint(written.error()));
    for (const QString &path : written.value())
        cx.out << path << Qt::endl;
    return Done;
}

int exportWorkspace(Context &cx)
{
    if (!cx.isSet(QStringLiteral("output")))
        return cx.fail(QCoreApplication::translate("rs::cli", "Usage: rolesheet-cli export-workspace -o FILE.json"));
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Result<duties::Book> book = DutyStore(*store.value()).read();
    if (!book)
        return cx.fail(book.error());
    return writeOutput(
        cx, formats::workspaceJson(store.value()->workspace(), book.value()), cx.value(QStringLiteral("output")));
}

int importWorkspace(Context &cx)
{
    const auto data = readInput(cx.args.at(0));
    if (!data)
        return cx.fail(data.error());
    // Everything is checked before the workspace is opened for writing.
    const auto read = formats::workspaceDocumentFromJson(data.value());
    if (!read)
        return cx.fail(read.error());
    const Workspace *imported = &read->workspace;
    // A whole valid workspace may replace one that breaks a rule: that is how a rescued workspace is mended.
    auto store = cx.open(Store::Access::ReadWrite, Store::Broken::OpenForRescue);
    if (!store)
        return cx.fail(store.error());
    // A document with duty rules replaces those stored too, in the same transaction; an older one leaves them.
    Store &target = *store.value();
    std::function<Status()> duties;
    if (read->hasDuties)
        duties = [&target, &read]() { return DutyStore(target).overwrite(read->duties); };
    if (Status s = target.replace(*imported, QString(), duties); !s)
        return cx.fail(s.error());
    cx.out << QCoreApplication::translate("rs::cli", "Imported workspace %1.").arg(printable(imported->name()))
           << Qt::endl;
    return Done;
}

int importRole(Context &cx)
{
    const auto data = readInput(cx.args.at(0));
    if (!data)
        return cx.fail(data.error());
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    Id production = 0;
    if (cx.isSet(QStringLiteral("production"))) {
        const auto p = cx.production(ws, cx.value(QStringLiteral("production")));
        if (!p)
            return cx.fail(p.error());
        production = p.value()->id;
    }
    auto changes = formats::roleChangesFromJson(ws, data.value(), production);
    if (!changes)
        return cx.fail(changes.error());
    if (Status s = store.value()->applyAll(changes.value()); !s)
        return cx.fail(s.error());
    const Role *created = store.value()->workspace().role(changes->constFirst().role);
    cx.out << QCoreApplication::translate("rs::cli", "Imported role %1.")
                  .arg(printable(created ? created->name : QString()))
           << Qt::endl;
    return Done;
}

// Writes files that go together into the folder --out names, all or none: a folder made for them is removed again
// when they cannot be written.
int writeTogether(Context &cx, const QString &dirPath, const QList<std::pair<QString, QByteArray>> &named)
{
    const QDir dir(dirPath);
    QList<std::pair<QString, QByteArray>> files;
    for (const auto &[name, data] : named)
        files.append({ dir.filePath(name), data });
    const bool existed = QFileInfo::exists(dirPath);
    if (!formats::makeOwnerOnlyFolder(dirPath))
        return cx.fail(
            QCoreApplication::translate("rs::cli", "The folder %1 cannot be created.").arg(printable(dirPath)));
    if (Status s = formats::writeFilesTogether(files, cx.overwrite()); !s) {
        if (!existed)
            QDir().rmdir(dirPath);
        return cx.fail(Context::withForceHint(s.error()));
    }
    for (const auto &file : std::as_const(files))
        cx.out << file.first << Qt::endl;
    return Done;
}

int casbin(Context &cx)
{
    if (!cx.isSet(QStringLiteral("out")))
        return cx.fail(QCoreApplication::translate("rs::cli", "Usage: rolesheet-cli casbin --out DIR"));
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Result<QDateTime> at = cx.moment(store.value()->workspace());
    if (!at)
        return cx.fail(at.error());
    const formats::CasbinPolicy policy = formats::CasbinPolicy::build(store.value()->workspace(), at.value());
    return writeTogether(cx, cx.value(QStringLiteral("out")),
        { { QStringLiteral("model.conf"), policy.model }, { QStringLiteral("policy.csv"), policy.policy },
            { QStringLiteral("mapping.csv"), policy.mapping } });
}

int cedar(Context &cx)
{
    if (!cx.isSet(QStringLiteral("out")))
        return cx.fail(QCoreApplication::translate("rs::cli", "Usage: rolesheet-cli cedar --out DIR"));
    if (cx.isSet(QStringLiteral("at")))
        return cx.fail(QCoreApplication::translate(
            "rs::cli", "cedar takes no --at: its policies answer at every moment, given the moment as context.now."));
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const formats::CedarPolicy policy = formats::CedarPolicy::build(store.value()->workspace());
    return writeTogether(cx, cx.value(QStringLiteral("out")),
        { { QStringLiteral("schema.cedarschema"), policy.schema }, { QStringLiteral("policies.cedar"), policy.policies },
            { QStringLiteral("entities.json"), policy.entities }, { QStringLiteral("mapping.csv"), policy.mapping } });
}

} // namespace

void registerExportCommands(QList<Command> &commands)
{
    commands += {
        { QStringLiteral("export"),
            QStringLiteral("export ROLE --format csv|xlsx|json|md|html|pdf [--production P] [-o FILE [--force]]"), 1, 1,
            &exportRole },
        { QStringLiteral("export-all"),
            QStringLiteral("export-all --format csv|xlsx|json|md|html|pdf|matrix-csv|matrix-xlsx --out DIR [--force]   "
                           "(matrix-csv, matrix-xlsx: one file, every role x every feature)"),
            0, 0, &exportAll },
        { QStringLiteral("export-workspace"), QStringLiteral("export-workspace -o FILE.json [--force]"), 0, 0,
            &exportWorkspace },
        { QStringLiteral("import-workspace"), QStringLiteral("import-workspace FILE.json"), 1, 1, &importWorkspace },
        { QStringLiteral("import-role"), QStringLiteral("import-role FILE [--production P]"), 1, 1, &importRole },
        { QStringLiteral("casbin"), QStringLiteral("casbin --out DIR [--at DATE-TIME] [--force]"), 0, 0, &casbin },
        { QStringLiteral("cedar"), QStringLiteral("cedar --out DIR [--force]"), 0, 0, &cedar },
    };
}

} // namespace rs::cli
