// duty add/list/remove/check/except and who: separation of duties, and who holds a cell through what.
#include "Cli.h"

#include "domain/Duties.h"
#include "formats/WhoReport.h"
#include "storage/DutyStore.h"

#include <QCoreApplication>

namespace rs::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::cli", text);
}

Result<duties::Rule> ruleFromOptions(Context &cx, const Workspace &ws, const QString &name)
{
    const bool hasLeft = cx.isSet(QStringLiteral("left")), hasRight = cx.isSet(QStringLiteral("right"));
    duties::Rule rule;
    if (!hasLeft && !hasRight) {
        // A suggested rule, switched on by its name.
        for (const duties::Rule &r : duties::suggestedRules(ws)) {
            if (r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                rule = r;
        }
        if (rule.name.isEmpty())
            return Error::badInput(tr("Give both sides with --left CELLS and --right CELLS, or name a suggested rule "
                                      "(see \"duty list\")."));
    } else {
        if (!hasLeft || !hasRight)
            return Error::badInput(tr("A duty rule needs both --left CELLS and --right CELLS."));
        const auto left = duties::parseCells(ws, cx.value(QStringLiteral("left")));
        if (!left)
            return left.error();
        const auto right = duties::parseCells(ws, cx.value(QStringLiteral("right")));
        if (!right)
            return right.error();
        rule.name = name.trimmed();
        rule.left.cells = left.value();
        rule.right.cells = right.value();
    }
    if (cx.isSet(QStringLiteral("any")) && cx.isSet(QStringLiteral("all")))
        return Error::badInput(tr("Choose one of --any and --all."));
    if (cx.isSet(QStringLiteral("all")))
        rule.left.all = rule.right.all = true;
    if (cx.isSet(QStringLiteral("scope"))) {
        const auto scope = duties::parseScope(cx.value(QStringLiteral("scope")));
        if (!scope)
            return scope.error();
        rule.scope = scope.value();
    }
    if (cx.isSet(QStringLiteral("severity"))) {
        const auto severity = duties::parseSeverity(cx.value(QStringLiteral("severity")));
        if (!severity)
            return severity.error();
        rule.severity = severity.value();
    }
    if (cx.isSet(QStringLiteral("rationale")))
        rule.rationale = cx.value(QStringLiteral("rationale"));
    return rule;
}

int add(Context &cx)
{
    if (cx.args.size() != 2)
        return cx.fail(tr("Usage: rolesheet-cli duty add NAME --left CELLS --right CELLS"));
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto rule = ruleFromOptions(cx, ws, cx.args.at(1));
    if (!rule)
        return cx.fail(rule.error());
    if (Status s = DutyStore(*store.value()).addRule(rule.value()); !s)
        return cx.fail(s.error());
    cx.out << tr("Added duty rule %1: %2 against %3 (%4, %5).")
                  .arg(rule.value().name, duties::sideText(ws, rule.value().left),
                      duties::sideText(ws, rule.value().right), duties::scopeKey(rule.value().scope),
                      duties::severityKey(rule.value().severity))
           << Qt::endl;
    return Done;
}

int list(Context &cx)
{
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto book = DutyStore(*store.value()).read();
    if (!book)
        return cx.fail(book.error());
    const auto line = [&](const duties::Rule &r, const QString &state) {
        cx.out << r.name << '\t' << duties::sideText(ws, r.left) << '\t' << duties::sideText(ws, r.right) << '\t'
               << duties::scopeKey(r.scope) << '\t' << duties::severityKey(r.severity) << '\t' << state << '\t'
               << r.rationale << Qt::endl;
    };
    for (const duties::Rule &r : book.value().rules)
        line(r, tr("on"));
    for (const duties::Rule &r : duties::suggestedRules(ws)) {
        if (!book.value().rule(r.name))
            line(r, tr("suggested, off"));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const AccessIndex index(ws, now);
    for (const duties::Exception &e : book.value().exceptions) {
        const Member *m = ws.member(e.member);
        cx.out << tr("exception") << '\t' << (m ? m->name : QString()) << '\t' << e.rule << '\t'
               << dates::dateTime(e.until, ws.timeZone()) << '\t'
               << duties::exceptionStateText(duties::exceptionState(ws, index, book.value(), e, now)) << '\t'
               << tr("granted by %1").arg(e.grantedBy) << '\t' << e.reason << Qt::endl;
    }
    for (Id id : duties::standingExceptions(ws))
        cx.out << tr("standing") << '\t' << ws.member(id)->name << '\t'
               << tr("holds every cell by design (Admin & owner or Admin)") << Qt::endl;
    return Done;
}

int remove(Context &cx)
{
    if (cx.args.size() != 2)
        return cx.fail(tr("Usage: rolesheet-cli duty remove NAME"));
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    if (Status s = DutyStore(*store.value()).removeRule(cx.args.at(1)); !s)
        return cx.fail(s.error());
    cx.out << tr("Removed duty rule %1.").arg(cx.args.at(1).trimmed()) << Qt::endl;
    return Done;
}

int check(Context &cx)
{
    if (cx.args.size() != 1)
        return cx.fail(tr("Usage: rolesheet-cli duty check [--at DATE-TIME]"));
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto at = cx.moment(ws);
    if (!at)
        return cx.fail(at.error());
    const auto book = DutyStore(*store.value()).read();
    if (!book)
        return cx.fail(book.error());
    // At the moment asked about; without --at, from now on, so that a seat that starts later counts.
    const duties::When when = cx.isSet(QStringLiteral("at")) ? duties::When::At : duties::When::From;
    const AccessIndex index(ws, at.value());
    bool open = false;
    QString output;
    for (const duties::Conflict &c : duties::conflicts(ws, index, book.value(), at.value(), when)) {
        open = open || !c.exception;
        QString line = duties::describeConflict(ws, book.value(), c);
        if (when == duties::When::From && c.at > at.value())
            line += tr(" (from %1)").arg(dates::dateTime(c.at, ws.timeZone()));
        output += line + QLatin1Char('\n');
    }
    cx.out << output;
    return open ? Denied : Done;
}

int except(Context &cx)
{
    if (cx.args.size() != 3)
        return cx.fail(tr("Usage: rolesheet-cli duty except MEMBER RULE --reason TEXT --until DATE --as MEMBER"));
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto m = cx.member(ws, cx.args.at(1));
    if (!m)
        return cx.fail(m.error());
    if (!cx.isSet(QStringLiteral("as")))
        return cx.fail(tr("Name the member who grants the exception with --as MEMBER."));
    const auto until = cx.when(ws, QStringLiteral("until"), dates::Edge::End);
    if (!until)
        return cx.fail(until.error());
    duties::Exception e;
    e.member = m.value()->id;
    e.rule = cx.args.at(2).trimmed();
    e.reason = cx.value(QStringLiteral("reason"));
    e.until = until.value();
    if (Status s = DutyStore(*store.value()).addException(e); !s)
        return cx.fail(s.error());
    cx.out << tr("%1 may hold both sides of %2 until %3.")
                  .arg(m.value()->name, e.rule, dates::dateTime(e.until, ws.timeZone()))
           << Qt::endl;
    return Done;
}

int duty(Context &cx)
{
    const QString sub = cx.args.at(0);
    if (sub == QLatin1String("add"))
        return add(cx);
    if (sub == QLatin1String("list"))
        return list(cx);
    if (sub == QLatin1String("remove"))
        return remove(cx);
    if (sub == QLatin1String("check"))
        return check(cx);
    if (sub == QLatin1String("except"))
        return except(cx);
    return cx.fail(tr("Unknown duty command %1: use add, list, remove, check or except.").arg(printable(sub)));
}

int who(Context &cx)
{
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto feature = cx.feature(ws, cx.args.at(0));
    if (!feature)
        return cx.fail(feature.error());
    const auto level = parseLevel(cx.args.at(1));
    if (!level)
        return cx.fail(level.error());
    Id production = 0;
    if (cx.isSet(QStringLiteral("production"))) {
        const auto p = cx.production(ws, cx.value(QStringLiteral("production")));
        if (!p)
            return cx.fail(p.error());
        production = p.value()->id;
    }
    const auto at = cx.moment(ws);
    if (!at)
        return cx.fail(at.error());
    const QString format
        = cx.isSet(QStringLiteral("format")) ? cx.value(QStringLiteral("format")).toLower() : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return cx.fail(tr("Unknown format %1 for who: use text, csv or pdf.").arg(printable(format)));
    const QString path = cx.value(QStringLiteral("o"));
    if (format == QLatin1String("pdf") && path.isEmpty())
        return cx.fail(tr("A PDF goes to a file: give it with -o FILE."));
    const AccessIndex index(ws, at.value());
    const QList<duties::WhoRow> rows
        = duties::who(ws, index, feature.value()->id, level.value(), production, at.value());
    QByteArray data;
    if (format == QLatin1String("csv")) {
        data = formats::whoCsv(ws, rows);
    } else if (format == QLatin1String("pdf")) {
        const QString title = tr("Who can %1 %2").arg(levelKey(level.value()), feature.value()->name);
        const auto pdf = formats::whoPdf(ws, rows, title);
        if (!pdf)
            return cx.fail(pdf.error());
        data = pdf.value();
    } else {
        QString text;
        const QList<QStringList> table = formats::whoTable(ws, rows);
        for (int i = 1; i < table.size(); ++i)
            text += table.at(i).join(QLatin1Char('\t')) + QLatin1Char('\n');
        data = text.toUtf8();
    }
    if (path.isEmpty()) {
        cx.out << QString::fromUtf8(data);
        return Done;
    }
    if (Status s = cx.writeFile(path, data); !s)
        return cx.fail(s.error());
    return Done;
}

} // namespace

void registerDutyCommands(QList<Command> &commands)
{
    commands += {
        { QStringLiteral("duty"),
            QStringLiteral(
                "duty add NAME [--left CELLS --right CELLS] [--any|--all] [--scope production|studio|account] "
                "[--severity block|warn] [--rationale TEXT] | duty list | duty remove NAME | "
                "duty check [--at DATE-TIME] | duty except MEMBER RULE --reason TEXT --until DATE --as MEMBER"),
            1, 3, &duty },
        { QStringLiteral("who"),
            QStringLiteral("who FEATURE LEVEL [--production P] [--at DATE-TIME] [--format text|csv|pdf] [-o FILE]"), 2,
            2, &who },
    };
}

} // namespace rs::cli
