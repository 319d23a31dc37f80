#pragma once

#include "domain/Dates.h"
#include "domain/Workspace.h"
#include "formats/SafeWrite.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace rs::cli {

// Exit codes of SPEC §6.
enum Exit { Done = 0, Denied = 1, Refused = 2 };

// What a command gets to work with: its arguments, the options, the output streams and ways to open the workspace
// and resolve the names people type.
class Context
{
public:
    Context(QCommandLineParser &parser, QStringList args, QTextStream &out, QTextStream &err)
        : parser(parser)
        , args(std::move(args))
        , out(out)
        , err(err)
    {
    }

    QCommandLineParser &parser;
    QStringList args; // positional arguments after the command name
    QTextStream &out;
    QTextStream &err;
    // The conflicts of warn duty rules the command's changes made: reported once it has succeeded.
    QStringList dutyWarnings;

    QString database() const;
    bool isSet(const QString &option) const { return parser.isSet(option); }
    QString value(const QString &option) const { return parser.value(option); }

    // Opens the workspace; a read-only open also takes a workspace that breaks a rule, with a warning on stderr.
    Result<std::unique_ptr<Store>> open(Store::Access access);
    Result<std::unique_ptr<Store>> open(Store::Access access, Store::Broken broken);

    // Name lookups with one-line errors that say what was not found.
    Result<const Role *> role(const Workspace &ws, const QString &name) const; // honours --production
    Result<const Role *> accountRole(const Workspace &ws, const QString &name) const;
    Result<const Member *> member(const Workspace &ws, const QString &name) const;
    Result<const Production *> production(const Workspace &ws, const QString &name) const;
    Result<const Feature *> feature(const Workspace &ws, const QString &name) const;

    // A date option (YYYY-MM-DD or an ISO 8601 date-time, in the workspace's time zone) or "none": an invalid
    // instant when it is none or not given. A bare date is the first instant of that day for a start, the last for an
    // end.
    Result<QDateTime> when(const Workspace &ws, const QString &option, dates::Edge edge) const;
    // The moment --at names (a bare date: the start of that day), or now.
    Result<QDateTime> moment(const Workspace &ws) const;

    // Whether files already there may be replaced: only with --force.
    formats::Overwrite overwrite() const
    {
        return isSet(QStringLiteral("force")) ? formats::Overwrite::Replace : formats::Overwrite::Refuse;
    }
    // Writes a file with formats::writeFileSafely(), honouring --force.
    Status writeFile(const QString &path, const QByteArray &data) const;
    // A refusal to replace a file that is already there says how to replace it.
    static Error withForceHint(Error error);

    // Prints the error as one line on stderr and returns Refused. A change the approval policy gated
    // (Error::Code::Deferred) is filed as a request with --request, or applied by break glass with --break-glass.
    int fail(const Error &error);
    int fail(const QString &message) { return fail(Error::badInput(message)); }

private:
    int fileGated();
    Store *m_gatedStore = nullptr;
    QList<Change> m_gated;
};

// One sub-command of rolesheet-cli.
struct Command
{
    QString name;
    QString synopsis;
    int minArgs = 0;
    int maxArgs = 0; // -1: any number
    int (*run)(Context &) = nullptr;
    bool needsGui = false; // renders text with QtGui (PDF): started with a QGuiApplication
};

void registerWorkspaceCommands(QList<Command> &commands);
void registerMemberCommands(QList<Command> &commands);
void registerExportCommands(QList<Command> &commands);
void registerAuditCommands(QList<Command> &commands);
void registerImportCommands(QList<Command> &commands);
void registerReviewCommands(QList<Command> &commands);
void registerExpiryCommands(QList<Command> &commands);
void registerTemplateCommands(QList<Command> &commands);
void registerDutyCommands(QList<Command> &commands);
void registerApprovalCommands(QList<Command> &commands);

// Names in messages are cut short and freed of control characters so an error stays one readable line.
QString printable(const QString &name);

} // namespace rs::cli
