// Sets the categories a role may never hold; taking one off is recorded with a reason.
// Fields: role, categories (the guardrails), note (why one comes off).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::setGuardrails(Id role, Categories guardrails, const QString &reason)
{
    Change c = kinds::make(Kind::SetGuardrails);
    c.role = role;
    c.categories = guardrails;
    c.note = reason;
    return c;
}

namespace kinds {

const Info SetGuardrails::info { "set-guardrails", Change::Area::Role, nullptr };

Status SetGuardrails::check(const Workspace &ws, const Change &c)
{
    const Role *role = ws.role(c.role);
    if (!role)
        return roleGone();
    if (role->isLocked())
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "%1 is a built-in role: its guardrails cannot be changed.")
                .arg(quoted(role->name)));
    const Categories removed = role->guardrails.without(c.categories);
    if (!removed.isEmpty() && c.note.trimmed().isEmpty())
        return Error::rule(QCoreApplication::translate(
            "rs::Rules", "Removing the %1 guardrail from %2 is recorded: say why it comes off.")
                               .arg(removed.toText(), Rules::roleLabel(ws, *role)));
    return Rules::checkText(c.note, QCoreApplication::translate("rs::Rules", "reason"));
}

void SetGuardrails::apply(Applier &a, Change &c)
{
    Role &r = a.role(c.role);
    r.guardrails = c.categories;
    for (const Feature &f : a.workspace().features()) {
        if (r.guardrails.intersects(f.categories))
            r.grants.remove(f.id);
    }
}

QString SetGuardrails::describe(const Workspace &ws, const Change &c)
{
    return c.categories.isEmpty()
        ? QCoreApplication::translate("rs::Change", "Remove the guardrails of %1").arg(roleName(ws, c.role))
        : QCoreApplication::translate("rs::Change", "Set the guardrails of %1 to %2")
              .arg(roleName(ws, c.role), c.categories.toText());
}

} // namespace kinds
} // namespace rs
