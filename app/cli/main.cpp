// rolesheet-cli: the workspace from the command line, with no display (SPEC §6).
#include "Cli.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>
#include <new>

using namespace rs::cli;

namespace {

QList<Command> allCommands()
{
    QList<Command> commands;
    registerWorkspaceCommands(commands);
    registerMemberCommands(commands);
    registerExportCommands(commands);
    registerAuditCommands(commands);
    registerImportCommands(commands);
    registerReviewCommands(commands);
    registerExpiryCommands(commands);
    registerTemplateCommands(commands);
    registerDutyCommands(commands);
    registerApprovalCommands(commands);
    return commands;
}

const QStringList kValueOptions = { QStringLiteral("db"), QStringLiteral("production"), QStringLiteral("format"),
    QStringLiteral("o"), QStringLiteral("output"), QStringLiteral("out"), QStringLiteral("from"),
    QStringLiteral("template"), QStringLiteral("by"), QStringLiteral("role"), QStringLiteral("account-role"),
    QStringLiteral("batch"), QStringLiteral("owner"), QStringLiteral("name"), QStringLiteral("reason"),
    QStringLiteral("as"), QStringLiteral("member"), QStringLiteral("since"), QStringLiteral("reviewer"),
    QStringLiteral("due"), QStringLiteral("comment"), QStringLiteral("until"), QStringLiteral("at"),
    QStringLiteral("within"), QStringLiteral("all-undecided"), QStringLiteral("prefer"), QStringLiteral("left"),
    QStringLiteral("right"), QStringLiteral("scope"), QStringLiteral("severity"), QStringLiteral("rationale"),
    QStringLiteral("request"), QStringLiteral("break-glass"), QStringLiteral("changes"), QStringLiteral("approvals"),
    QStringLiteral("approver"), QStringLiteral("approval-days"), QStringLiteral("apply-days"),
    QStringLiteral("state") };

// The command name and whether it renders with QtGui, read before any QCoreApplication exists.
std::pair<QString, bool> peekCommand(int argc, char **argv, const QList<Command> &commands)
{
    QString command;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1String("-"))) {
            const QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
            if (name == QLatin1String("format"))
                pdf = pdf || arg.endsWith(QLatin1String("=pdf"), Qt::CaseInsensitive)
                    || (i + 1 < argc && qstricmp(argv[i + 1], "pdf") == 0);
            if (kValueOptions.contains(name) && !arg.contains(QLatin1Char('=')))
                ++i;
            continue;
        }
        if (command.isEmpty())
            command = arg;
    }
    for (const Command &c : commands) {
        if (c.name == command)
            return { command,
                c.needsGui
                    || (pdf
                        && (command.startsWith(QLatin1String("export")) || command == QLatin1String("review")
                            || command == QLatin1String("who") || command == QLatin1String("request"))) };
    }
    return { command, false };
}

QString usage(const QList<Command> &commands)
{
    QString text = QCoreApplication::translate("rs::cli",
        "Usage: rolesheet-cli [--db PATH] COMMAND [ARGUMENTS]\n\n"
        "Commands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1\n").arg(c.synopsis);
    text += QCoreApplication::translate("rs::cli",
        "\nLEVELS is none or a comma list of view, add, edit, delete.\n"
        "Exit status: 0 done, 1 denied (check), 2 refused or bad input.\n");
    return text;
}

// The line printed when memory runs out, in a buffer of its own so that printing it needs none: in English until the
// translations are installed, then in the user's language.
char g_outOfMemory[1024]
    = "rolesheet-cli: Not enough memory to finish the command: it stopped, and a change it had not finished was not "
      "kept.\n";

void translateOutOfMemoryLine()
{
    const QByteArray line = "rolesheet-cli: "
        + QCoreApplication::translate("rs::cli",
            "Not enough memory to finish the command: it stopped, and a change it had not finished was not kept.")
              .toLocal8Bit()
        + '\n';
    if (line.size() < qsizetype(sizeof g_outOfMemory))
        qstrncpy(g_outOfMemory, line.constData(), sizeof g_outOfMemory);
}

int run(int argc, char **argv)
{
    const QList<Command> commands = allCommands();
    const auto [commandName, needsGui] = peekCommand(argc, argv, commands);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Rolesheet"));
    QCoreApplication::setApplicationName(QStringLiteral("rolesheet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLESHEET_VERSION));
    // Messages and role sheets in the manager's language; file formats keep their fixed English keys.
    rs::Translations::installChosen();
    translateOutOfMemoryLine();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions({
        { { QStringLiteral("h"), QStringLiteral("help") }, QCoreApplication::translate("rs::cli", "Show this help.") },
        { QStringLiteral("version"), QCoreApplication::translate("rs::cli", "Show the version.") },
        { QStringLiteral("db"),
            QCoreApplication::translate("rs::cli", "The workspace: a .rolesheet file or a postgresql:// address."),
            QCoreApplication::translate("rs::cli", "PATH") },
        { QStringLiteral("production"),
            QCoreApplication::translate("rs::cli", "The production a production role belongs to."),
            QCoreApplication::translate("rs::cli", "NAME") },
        { QStringLiteral("format"),
            QCoreApplication::translate("rs::cli", "Export format: csv, xlsx, json, md, html or pdf."),
            QCoreApplication::translate("rs::cli", "FORMAT") },
        { { QStringLiteral("o"), QStringLiteral("output") },
            QCoreApplication::translate("rs::cli", "The file to write."),
            QCoreApplication::translate("rs::cli", "FILE") },
        { QStringLiteral("out"), QCoreApplication::translate("rs::cli", "The folder to write into."),
            QCoreApplication::translate("rs::cli", "DIR") },
        { QStringLiteral("force"),
            QCoreApplication::translate("rs::cli", "Replace files that are already there (never a symbolic link).") },
        { QStringLiteral("from"),
            QCoreApplication::translate(
                "rs::cli", "Copy the new role from this role; for a seat, when it starts (YYYY-MM-DD or none)."),
            QCoreApplication::translate("rs::cli", "ROLE|DATE") },
        { QStringLiteral("template"), QCoreApplication::translate("rs::cli", "Copy the new role from this template."),
            QCoreApplication::translate("rs::cli", "TEMPLATE") },
        { QStringLiteral("account"), QCoreApplication::translate("rs::cli", "The new role is an account role.") },
        { QStringLiteral("by"), QCoreApplication::translate("rs::cli", "The member who creates the production."),
            QCoreApplication::translate("rs::cli", "MEMBER") },
        { QStringLiteral("role"), QCoreApplication::translate("rs::cli", "The production role to invite with."),
            QCoreApplication::translate("rs::cli", "ROLE") },
        { QStringLiteral("account-role"), QCoreApplication::translate("rs::cli", "The new member's account role."),
            QCoreApplication::translate("rs::cli", "ROLE") },
        { QStringLiteral("batch"),
            QCoreApplication::translate("rs::cli", "Check every request of a file (- for standard input)."),
            QCoreApplication::translate("rs::cli", "FILE") },
        { QStringLiteral("owner"), QCoreApplication::translate("rs::cli", "The owner's name in a new workspace."),
            QCoreApplication::translate("rs::cli", "NAME") },
        { QStringLiteral("as"),
            QCoreApplication::translate("rs::cli", "The member on whose behalf changes are made, for the audit trail."),
            QCoreApplication::translate("rs::cli", "MEMBER") },
        { QStringLiteral("name"), QCoreApplication::translate("rs::cli", "The studio's name in a new workspace."),
            QCoreApplication::translate("rs::cli", "NAME") },
        { QStringLiteral("member"),
            QCoreApplication::translate("rs::cli", "Audit: changes touching or made by a member."),
            QCoreApplication::translate("rs::cli", "MEMBER") },
        { QStringLiteral("since"), QCoreApplication::translate("rs::cli", "Audit: changes since this date."),
            QCoreApplication::translate("rs::cli", "DATE") },
        { QStringLiteral("until"),
            QCoreApplication::translate(
                "rs::cli", "When access ends: YYYY-MM-DD (the end of that day), a date-time, or none."),
            QCoreApplication::translate("rs::cli", "DATE") },
        { QStringLiteral("at"), QCoreApplication::translate("rs::cli", "The moment to answer for (default: now)."),
            QCoreApplication::translate("rs::cli", "DATE-TIME") },
        { QStringLiteral("within"),
            QCoreApplication::translate("rs::cli", "Expiring: the days ahead to look (default: 14)."),
            QCoreApplication::translate("rs::cli", "DAYS") },
        { QStringLiteral("dry-run"),
            QCoreApplication::translate("rs::cli", "Import: list the changes a file makes without applying them.") },
        { QStringLiteral("verify"),
            QCoreApplication::translate("rs::cli", "Audit: check that the trail's hash chain is whole.") },
        { QStringLiteral("reviewer"),
            QCoreApplication::translate("rs::cli", "Review: a member who reviews (repeatable)."),
            QCoreApplication::translate("rs::cli", "MEMBER") },
        { QStringLiteral("due"), QCoreApplication::translate("rs::cli", "Review: the date the review is due."),
            QCoreApplication::translate("rs::cli", "DATE") },
        { QStringLiteral("delta"),
            QCoreApplication::translate(
                "rs::cli", "Review: only the access that changed since the last closed review of the same scope.") },
        { QStringLiteral("undecided"), QCoreApplication::translate("rs::cli", "Review: only the undecided items.") },
        { QStringLiteral("comment"), QCoreApplication::translate("rs::cli", "Review: a comment on the decision."),
            QCoreApplication::translate("rs::cli", "TEXT") },
        { QStringLiteral("left"),
            QCoreApplication::translate("rs::cli", "Duty rule: one side, as Feature:level,Feature:level."),
            QCoreApplication::translate("rs::cli", "CELLS") },
        { QStringLiteral("right"),
            QCoreApplication::translate("rs::cli", "Duty rule: the other side, as Feature:level,Feature:level."),
            QCoreApplication::translate("rs::cli", "CELLS") },
        { QStringLiteral("any"),
            QCoreApplication::translate("rs::cli", "Duty rule: a side is held with any one of its cells (default).") },
        { QStringLiteral("all"),
            QCoreApplication::translate("rs::cli", "Duty rule: a side is held only with all of its cells.") },
        { QStringLiteral("scope"),
            QCoreApplication::translate(
                "rs::cli", "Duty rule: where both sides must be held: production (default), studio or account."),
            QCoreApplication::translate("rs::cli", "SCOPE") },
        { QStringLiteral("severity"),
            QCoreApplication::translate("rs::cli", "Duty rule: block (default) refuses a change, warn reports it."),
            QCoreApplication::translate("rs::cli", "SEVERITY") },
        { QStringLiteral("reason"),
            QCoreApplication::translate("rs::cli", "Duty exception: why the member may hold both sides."),
            QCoreApplication::translate("rs::cli", "TEXT") },
        { QStringLiteral("rationale"), QCoreApplication::translate("rs::cli", "Duty rule: why it matters."),
            QCoreApplication::translate("rs::cli", "TEXT") },
        { QStringLiteral("all-undecided"),
            QCoreApplication::translate(
                "rs::cli", "Review: decide every undecided item (of --production, --role) at once: keep or revoke."),
            QCoreApplication::translate("rs::cli", "DECISION") },
        { QStringLiteral("follow"),
            QCoreApplication::translate(
                "rs::cli", "Link: the role takes its template's changes as they are applied.") },
        { QStringLiteral("pinned"),
            QCoreApplication::translate("rs::cli", "Link: the role waits for a propagation (the default).") },
        { QStringLiteral("prefer"),
            QCoreApplication::translate(
                "rs::cli", "Propagate: on a conflict take the template's levels or keep the role's."),
            QCoreApplication::translate("rs::cli", "template|local") },
        { QStringLiteral("request"),
            QCoreApplication::translate(
                "rs::cli", "A change the approval policy gates is filed as a request with this reason."),
            QCoreApplication::translate("rs::cli", "REASON") },
        { QStringLiteral("break-glass"),
            QCoreApplication::translate("rs::cli",
                "Owner only: apply a gated change at once with this reason; it is listed for approval after it."),
            QCoreApplication::translate("rs::cli", "REASON") },
        { QStringLiteral("changes"),
            QCoreApplication::translate(
                "rs::cli", "Approval policy: which changes need approval (none, sensitive, all)."),
            QCoreApplication::translate("rs::cli", "WHICH") },
        { QStringLiteral("approvals"),
            QCoreApplication::translate("rs::cli", "Approval policy: how many approvals a request needs (1-3)."),
            QCoreApplication::translate("rs::cli", "N") },
        { QStringLiteral("approver"),
            QCoreApplication::translate(
                "rs::cli", "Approval policy: a member who approves besides the owner and Admins (repeatable)."),
            QCoreApplication::translate("rs::cli", "MEMBER") },
        { QStringLiteral("approval-days"),
            QCoreApplication::translate("rs::cli", "Approval policy: days a request waits for approval (default 7)."),
            QCoreApplication::translate("rs::cli", "DAYS") },
        { QStringLiteral("apply-days"),
            QCoreApplication::translate(
                "rs::cli", "Approval policy: days an approved request may be applied (default 2)."),
            QCoreApplication::translate("rs::cli", "DAYS") },
        { QStringLiteral("state"), QCoreApplication::translate("rs::cli", "Requests: only those in this state."),
            QCoreApplication::translate("rs::cli", "STATE") },
    });
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "rolesheet-cli: " << parser.errorText() << Qt::endl;
        return Refused;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "rolesheet-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    QStringList args = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage(commands);
        return Done;
    }
    if (args.isEmpty()) {
        err << "rolesheet-cli: "
            << QCoreApplication::translate("rs::cli", "No command given; see rolesheet-cli --help.") << Qt::endl;
        return Refused;
    }
    const QString name = args.takeFirst();
    for (const Command &command : commands) {
        if (command.name != name)
            continue;
        if (args.size() < command.minArgs || (command.maxArgs >= 0 && args.size() > command.maxArgs)) {
            err << "rolesheet-cli: "
                << QCoreApplication::translate("rs::cli", "Usage: rolesheet-cli %1").arg(command.synopsis) << Qt::endl;
            return Refused;
        }
        Context context(parser, args, out, err);
        const int code = command.run(context);
        out.flush();
        if (code == Done) {
            for (const QString &line : std::as_const(context.dutyWarnings))
                err << "rolesheet-cli: "
                    << QCoreApplication::translate(
                           "rs::cli", "warning: applied, with a new conflict of a warn duty rule: %1")
                           .arg(line)
                    << Qt::endl;
        }
        return code;
    }
    err << "rolesheet-cli: "
        << QCoreApplication::translate("rs::cli", "Unknown command \"%1\"; see rolesheet-cli --help.")
               .arg(name.left(40))
        << Qt::endl;
    return Refused;
}

} // namespace

int main(int argc, char **argv)
{
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc &) {
        // Unwinding has freed what the command held, closed the workspace and rolled back any open transaction.
        std::fputs(g_outOfMemory, stderr);
        return Refused;
    }
}
