// The part a role takes in duty rules, for the role's sheets.
#include "Duties.h"

#include <QCoreApplication>

namespace rs::duties {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::duties", text);
}

QList<Cell> granted(const Workspace &ws, const Role &role, const QList<Cell> &cells)
{
    QList<Cell> result;
    for (const Cell &c : cells) {
        if (ws.grant(role.id, c.feature).has(c.level))
            result.append(c);
    }
    return result;
}

QString scopeText(Scope scope)
{
    switch (scope) {
    case Scope::Production:
        return tr("within one production");
    case Scope::Studio:
        return tr("across productions");
    case Scope::Account:
        return tr("through the account role");
    }
    return {};
}

QString levelsOf(const Feature &feature, const QList<Cell> &cells)
{
    QStringList levels;
    for (const Cell &c : cells) {
        if (c.feature == feature.id)
            levels.append(levelKey(c.level));
    }
    return levels.join(QStringLiteral(", "));
}

} // namespace

QList<RolePart> roleParts(const Workspace &ws, const Book &book, const Role &role)
{
    QList<RolePart> parts;
    for (const Rule &rule : book.rules) {
        RolePart part { &rule, granted(ws, role, rule.left.cells), granted(ws, role, rule.right.cells) };
        if (!part.left.isEmpty() || !part.right.isEmpty())
            parts.append(part);
    }
    return parts;
}

QString describeRolePart(const Workspace &ws, const RolePart &part)
{
    const Rule &rule = *part.rule;
    const QString head = tr("%1 (%2, %3)").arg(rule.name, severityKey(rule.severity), scopeText(rule.scope));
    if (!part.left.isEmpty() && !part.right.isEmpty())
        return tr("%1: this role grants %2 on the left side and %3 on the right side.")
            .arg(head, cellsText(ws, part.left), cellsText(ws, part.right));
    if (!part.left.isEmpty())
        return tr("%1: this role grants %2 on the left side; the right side is %3.")
            .arg(head, cellsText(ws, part.left), sideText(ws, rule.right));
    return tr("%1: this role grants %2 on the right side; the left side is %3.")
        .arg(head, cellsText(ws, part.right), sideText(ws, rule.left));
}

QString featurePart(const Feature &feature, const QList<RolePart> &parts)
{
    QStringList lines;
    for (const RolePart &part : parts) {
        const QString left = levelsOf(feature, part.left);
        const QString right = levelsOf(feature, part.right);
        if (!left.isEmpty())
            lines.append(tr("%1: left side (%2)").arg(part.rule->name, left));
        if (!right.isEmpty())
            lines.append(tr("%1: right side (%2)").arg(part.rule->name, right));
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace rs::duties
