// import-matrix and import-sheet: grants read back from the CSV or xlsx files export-all and export write.
#include "Cli.h"

#include "formats/AuditCsv.h"
#include "formats/CsvImport.h"
#include "formats/XlsxRead.h"

#include <QCoreApplication>

namespace rs::cli {

namespace {

// Prints the changes, one line each, and applies them in one transaction unless --dry-run; a file with problems
// changes nothing and lists every problem on stderr.
int finish(Context &cx, Store &store, Result<QList<Change>> staged)
{
    if (!staged) {
        for (const QString &line : staged.error().message.split(QLatin1Char('\n')))
            cx.err << "rolesheet-cli: " << line << Qt::endl;
        return Refused;
    }
    // Taken over, not shared, and read through a const view: a list of a million changes is never copied.
    QList<Change> changes = std::move(staged).value();
    for (const Change &change : std::as_const(changes))
        cx.out << change.describe(store.workspace()) << Qt::endl;
    if (cx.isSet(QStringLiteral("dry-run"))) {
        cx.out << QCoreApplication::translate(
            "rs::cli", "Dry run: %n changes not applied.", nullptr, int(changes.size()))
               << Qt::endl;
        return Done;
    }
    if (!changes.isEmpty()) {
        if (Status s = store.applyAll(changes); !s)
            return cx.fail(s.error());
    }
    cx.out << QCoreApplication::translate("rs::cli", "Applied %n changes.", nullptr, int(changes.size())) << Qt::endl;
    return Done;
}

Store::Access access(const Context &cx)
{
    return cx.isSet(QStringLiteral("dry-run")) ? Store::Access::ReadOnly : Store::Access::ReadWrite;
}

int importMatrix(Context &cx)
{
    // The file is read and checked for size before the workspace is opened.
    const auto data = formats::readSheetFile(cx.args.at(0));
    if (!data)
        return cx.fail(data.error());
    auto store = cx.open(access(cx));
    if (!store)
        return cx.fail(store.error());
    return finish(cx, *store.value(), formats::stagedFromMatrixCsv(store.value()->workspace(), data.value()));
}

int importSheet(Context &cx)
{
    const auto data = formats::readSheetFile(cx.args.at(1));
    if (!data)
        return cx.fail(data.error());
    auto store = cx.open(access(cx));
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto role = cx.role(ws, cx.args.at(0));
    if (!role)
        return cx.fail(role.error());
    return finish(cx, *store.value(), formats::stagedFromSheetCsv(ws, *role.value(), data.value()));
}

// Puts back the workspace a recorded whole-workspace import replaced, as a new audited replacement.
int revertImport(Context &cx)
{
    bool ok = false;
    const qint64 version = cx.args.at(0).toLongLong(&ok);
    if (!ok || version <= 0)
        return cx.fail(Error::badInput(QCoreApplication::translate(
            "rs::cli", "%1 is not a workspace version: give the version the audit trail shows for the import.")
                                           .arg(cx.args.at(0))));
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    // Only from a record the hash chain vouches for, up to and including it.
    const Result<AuditEntry> entry = store.value()->keptImport(version);
    if (!entry)
        return cx.fail(entry.error());
    const auto previous = formats::replacedWorkspace(entry.value());
    if (!previous)
        return cx.fail(previous.error());
    const qint64 later = store.value()->version() - version;
    const QString summary = formats::revertedImportSummary(version);
    if (Status s = store.value()->replace(previous.value(), summary); !s)
        return cx.fail(s.error());
    cx.out << QCoreApplication::translate("rs::cli",
        "Import of version %1 reverted: the workspace is %2 again; %n later changes were undone with it.", nullptr,
        int(later))
                  .arg(QString::number(version), previous->name())
           << Qt::endl;
    return Done;
}

} // namespace

void registerImportCommands(QList<Command> &commands)
{
    commands += {
        { QStringLiteral("import-matrix"), QStringLiteral("import-matrix FILE.csv [--dry-run]"), 1, 1, &importMatrix },
        { QStringLiteral("import-sheet"), QStringLiteral("import-sheet ROLE FILE.csv [--production P] [--dry-run]"), 2,
            2, &importSheet },
        { QStringLiteral("revert-import"), QStringLiteral("revert-import VERSION"), 1, 1, &revertImport },
    };
}

} // namespace rs::cli
