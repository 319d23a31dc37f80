// Duty rules as values: their keys, their cells in text, their checks, the suggested ones and how holdings read.
#include "Duties.h"

#include "Dates.h"
#include "Rules.h"

#include <QCoreApplication>

namespace rs::duties {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::duties", text);
}

} // namespace

const Rule *Book::rule(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Rule &r : rules) {
        if (r.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

QString scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::Production:
        return QStringLiteral("production");
    case Scope::Studio:
        return QStringLiteral("studio");
    case Scope::Account:
        return QStringLiteral("account");
    }
    return {};
}

Result<Scope> parseScope(const QString &text)
{
    for (Scope s : { Scope::Production, Scope::Studio, Scope::Account }) {
        if (text.trimmed().compare(scopeKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return Error::badInput(tr("Unknown duty scope \"%1\": use production, studio or account.").arg(text.left(40)));
}

QString severityKey(Severity severity)
{
    return severity == Severity::Block ? QStringLiteral("block") : QStringLiteral("warn");
}

Result<Severity> parseSeverity(const QString &text)
{
    for (Severity s : { Severity::Block, Severity::Warn }) {
        if (text.trimmed().compare(severityKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return Error::badInput(tr("Unknown severity \"%1\": use block or warn.").arg(text.left(40)));
}

Result<QList<Cell>> parseCells(const Workspace &ws, const QString &text)
{
    QList<Cell> cells;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            return Error::badInput(
                tr("\"%1\" is not a cell: write Feature:level, for example \"Marketing:edit\".").arg(part.left(60)));
        const QString name = part.left(colon).trimmed();
        const Feature *f = ws.findFeature(name);
        for (qsizetype i = 0; !f && i < ws.features().size(); ++i) {
            if (ws.features().at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                f = &ws.features().at(i);
        }
        if (!f)
            return Error::notFound(tr("No feature named \"%1\".").arg(part.left(colon).trimmed().left(60)));
        const Result<Level> level = parseLevel(part.mid(colon + 1).trimmed());
        if (!level)
            return level.error();
        const Cell cell { f->id, level.value() };
        if (!cells.contains(cell))
            cells.append(cell);
    }
    if (cells.isEmpty())
        return Error::badInput(tr("Name at least one cell, as \"Feature:level,Feature:level\"."));
    return cells;
}

QString cellsText(const Workspace &ws, const QList<Cell> &cells)
{
    QStringList parts;
    for (const Cell &c : cells) {
        const Feature *f = ws.feature(c.feature);
        parts.append((f ? f->name : QString::number(c.feature)) + QLatin1Char(':') + levelKey(c.level));
    }
    return parts.join(QLatin1Char(','));
}

QString sideText(const Workspace &ws, const Side &side)
{
    return (side.all ? tr("all of %1") : tr("any of %1")).arg(cellsText(ws, side.cells));
}

Status checkRule(const Workspace &ws, const Book &book, const Rule &rule)
{
    if (Status s = Rules::checkName(rule.name, tr("duty rule")); !s)
        return s;
    if (book.rule(rule.name))
        return Error::rule(tr("A duty rule named \"%1\" exists already.").arg(rule.name.trimmed()));
    if (rule.left.cells.isEmpty() || rule.right.cells.isEmpty())
        return Error::badInput(tr("A duty rule needs cells on both sides."));
    for (const Side *side : { &rule.left, &rule.right }) {
        for (const Cell &c : side->cells) {
            if (!ws.feature(c.feature))
                return Error::notFound(tr("The duty rule names a feature the catalog does not have."));
        }
    }
    for (const Cell &c : rule.left.cells) {
        if (rule.right.cells.contains(c))
            return Error::rule(tr("%1 is on both sides of the rule: no one could hold one side without the other.")
                                   .arg(cellsText(ws, { c })));
    }
    return Rules::checkText(rule.rationale, tr("rationale"));
}

Status checkException(const Workspace &ws, const Book &book, const Exception &e, const QDateTime &now)
{
    const Member *member = ws.member(e.member);
    if (!member)
        return Error::notFound(tr("The exception names a member the workspace does not have."));
    if (!book.rule(e.rule))
        return Error::notFound(tr("No duty rule named \"%1\".").arg(e.rule.left(60)));
    if (e.reason.trimmed().isEmpty())
        return Error::badInput(tr("Say why the exception is granted with --reason TEXT."));
    if (Status s = Rules::checkText(e.reason, tr("reason")); !s)
        return s;
    const Member *granter = ws.findMember(e.grantedBy);
    if (!granter)
        return Error::badInput(tr("Name the member who grants the exception with --as MEMBER."));
    if (granter->id == member->id)
        return Error::rule(tr("%1 cannot grant an exception to themselves.").arg(member->name));
    if (!Rules::isAdminRole(ws, granter->accountRole))
        return Error::rule(
            tr("Only the Admin & owner or an Admin grants exceptions; %1 is neither.").arg(granter->name));
    if (!e.until.isValid())
        return Error::badInput(tr("An exception ends: give its last day with --until DATE."));
    if (e.until <= now)
        return Error::badInput(tr("The exception would have ended already."));
    return Rules::checkInstants(e.until);
}

QList<Rule> suggestedRules(const Workspace &ws)
{
    struct Suggestion
    {
        const char *name;
        const char *left;
        Level leftLevel;
        const char *right;
        Level rightLevel;
        Scope scope;
        const char *rationale;
    };
    static const Suggestion kSuggestions[] = {
        { QT_TRANSLATE_NOOP("rs::Duties", "Campaigns approved by their author"), "Marketing", Level::Edit,
            "Campaign Approval", Level::Edit, Scope::Studio,
            QT_TRANSLATE_NOOP("rs::Duties", "Whoever writes a campaign should not approve it.") },
        { QT_TRANSLATE_NOOP("rs::Duties", "Discounts on one's own orders"), "Discount Codes", Level::Add,
            "Studio Orders", Level::Edit, Scope::Studio,
            QT_TRANSLATE_NOOP("rs::Duties", "Making discount codes and editing orders together moves money unseen.") },
        { QT_TRANSLATE_NOOP("rs::Duties", "Prices and the orders they price"), "Price Sheets", Level::Edit,
            "Release Orders", Level::Edit, Scope::Studio,
            QT_TRANSLATE_NOOP("rs::Duties",
                "Setting prices and editing the orders they price lets one person set "
                "what an order is worth.") },
    };
    QList<Rule> rules;
    for (const Suggestion &s : kSuggestions) {
        const Feature *left = ws.findFeature(QString::fromLatin1(s.left));
        const Feature *right = ws.findFeature(QString::fromLatin1(s.right));
        if (!left || !right)
            continue;
        Rule r;
        r.name = QCoreApplication::translate("rs::Duties", s.name);
        r.left.cells = { { left->id, s.leftLevel } };
        r.right.cells = { { right->id, s.rightLevel } };
        r.scope = s.scope;
        r.rationale = QCoreApplication::translate("rs::Duties", s.rationale);
        rules.append(r);
    }
    return rules;
}

QList<Id> standingExceptions(const Workspace &ws)
{
    QList<Id> result;
    for (const Member &m : ws.members()) {
        if (Rules::isAdminRole(ws, m.accountRole))
            result.append(m.id);
    }
    return result;
}

QString describeHolding(const Workspace &ws, const Holding &h)
{
    const Role *role = ws.role(h.role);
    const QString roleName = role ? role->name : QString();
    const QTimeZone zone = ws.timeZone();
    QString dates;
    if (h.from.isValid() && h.until.isValid())
        dates = tr(" (%1 – %2)").arg(dates::date(h.from, zone), dates::date(h.until, zone));
    else if (h.from.isValid())
        dates = tr(" (from %1)").arg(dates::date(h.from, zone));
    else if (h.until.isValid())
        dates = tr(" (until %1)").arg(dates::date(h.until, zone));
    if (!h.production)
        return tr("account role %1").arg(roleName) + dates;
    const Production *p = ws.production(h.production);
    return tr("%1 in %2").arg(roleName, p ? p->name : QString()) + dates;
}

QString exceptionStateText(ExceptionState state)
{
    switch (state) {
    case ExceptionState::InForce:
        return tr("in force");
    case ExceptionState::Lapsed:
        return tr("lapsed");
    case ExceptionState::Void:
        return tr("void: the conflict is gone");
    }
    return {};
}

QString describeConflict(const Workspace &ws, const Book &book, const Conflict &c)
{
    const Member *m = ws.member(c.member);
    const Rule *rule = book.rule(c.rule);
    const auto holdings = [&](const QList<Holding> &list) {
        QStringList parts;
        for (const Holding &h : list)
            parts.append(describeHolding(ws, h));
        return parts.join(QStringLiteral(", "));
    };
    QString line = tr("%1: %2 (%3): %4 through %5; %6 through %7")
                       .arg(m ? m->name : QString(), c.rule, severityKey(c.severity),
                           rule ? cellsText(ws, rule->left.cells) : QString(), holdings(c.left),
                           rule ? cellsText(ws, rule->right.cells) : QString(), holdings(c.right));
    if (c.exception)
        line += tr(" [exception until %1, granted by %2]")
                    .arg(dates::date(c.exception->until, ws.timeZone()), c.exception->grantedBy);
    return line;
}

} // namespace rs::duties
