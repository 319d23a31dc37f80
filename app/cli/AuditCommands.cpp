// audit: the audit trail of the workspace, as text or CSV.
#include "Cli.h"

#include "formats/AuditCsv.h"
#include "storage/ApprovalStore.h"
#include "formats/XlsxExport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace rs::cli {

namespace {

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// --since takes a date (the start of that day, local time) or a date and time.
Result<QDateTime> parseSince(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (at.isValid())
        return at;
    return Error::badInput(
        QCoreApplication::translate("rs::cli", "%1 is not a date; write it as 2026-01-31.").arg(printable(text)));
}

// --verify: whether the hash chain of the trail is whole; exit 2 naming the first record that breaks it.
int verifyAudit(Context &cx, Store &store)
{
    const auto chain = store.verifyAudit();
    if (!chain)
        return cx.fail(chain.error());
    if (!chain.value().whole())
        return cx.fail(chain.value().problem);
    // Changes the approval policy gated that no approved request or break glass stands behind: a client ignored it.
    const Result<QStringList> unapproved = ApprovalStore(store).unapproved();
    if (!unapproved)
        return cx.fail(unapproved.error());
    if (!unapproved.value().isEmpty()) {
        for (const QString &line : unapproved.value())
            cx.err << "rolesheet-cli: " << line << Qt::endl;
        return Refused;
    }
    cx.out << QCoreApplication::translate(
        "rs::cli", "Audit trail whole: %n records, last hash %1", nullptr, int(chain.value().records))
                  .arg(chain.value().lastHash.isEmpty() ? QStringLiteral("-") : chain.value().lastHash)
           << Qt::endl;
    return Done;
}

int audit(Context &cx)
{
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    if (cx.isSet(QStringLiteral("verify")))
        return verifyAudit(cx, *store.value());
    const Workspace &ws = store.value()->workspace();
    AuditFilter filter;
    if (cx.isSet(QStringLiteral("role"))) {
        const auto r = cx.role(ws, cx.value(QStringLiteral("role")));
        if (!r)
            return cx.fail(r.error());
        filter.role = r.value()->id;
    }
    if (cx.isSet(QStringLiteral("member"))) {
        // A member who has left is still found as the one who acted.
        filter.memberName = cx.value(QStringLiteral("member")).trimmed();
        if (const Member *m = ws.findMember(filter.memberName))
            filter.member = m->id;
    }
    if (cx.isSet(QStringLiteral("since"))) {
        const auto since = parseSince(cx.value(QStringLiteral("since")));
        if (!since)
            return cx.fail(since.error());
        filter.since = since.value();
    }
    const QString format
        = cx.isSet(QStringLiteral("format")) ? cx.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return cx.fail(QCoreApplication::translate("rs::cli", "The audit trail is printed as text, csv or xlsx."));
    const QString output = cx.value(QStringLiteral("output"));
    if (format == QLatin1String("xlsx") && output.isEmpty())
        return cx.fail(QCoreApplication::translate("rs::cli", "Write the audit trail as xlsx with -o FILE."));
    const auto entries = store.value()->audit(filter);
    if (!entries)
        return cx.fail(entries.error());

    QByteArray xlsx;
    QString text;
    if (format == QLatin1String("xlsx")) {
        Result<QByteArray> book = formats::auditXlsx(entries.value());
        if (!book)
            return cx.fail(book.error());
        xlsx = std::move(book).value();
    } else if (format == QLatin1String("csv")) {
        text = formats::auditCsv(entries.value());
    } else {
        for (const AuditEntry &e : entries.value()) {
            text += e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('\t') + e.actor
                + QLatin1Char('\t') + e.osUser + QLatin1Char('\t') + e.dbUser + QLatin1Char('\t') + e.summary;
            if (!e.before.isEmpty() || !e.after.isEmpty())
                text += QLatin1Char('\t') + formats::auditBeforeText(e) + QStringLiteral(" → ") + compact(e.after);
            text += QLatin1Char('\n');
        }
    }
    if (output.isEmpty()) {
        cx.out << text;
        return Done;
    }
    if (Status s = cx.writeFile(output, format == QLatin1String("xlsx") ? xlsx : text.toUtf8()); !s)
        return cx.fail(s.error());
    cx.out << QCoreApplication::translate(
        "rs::cli", "Wrote %n audit entries to %1.", nullptr, int(entries.value().size()))
                  .arg(output)
           << Qt::endl;
    return Done;
}

} // namespace

void registerAuditCommands(QList<Command> &commands)
{
    commands.append({ QStringLiteral("audit"),
        QStringLiteral("audit [--role ROLE [--production P]] [--member M] [--since DATE] [--format text|csv|xlsx] [-o FILE "
                       "[--force]] | audit --verify"),
        0, 0, &audit });
}

} // namespace rs::cli
