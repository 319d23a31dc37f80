// Adds a member, with an account role or none.
// Fields: text (the name), role (the account role; 0: none); member (the new id, written back).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::addMember(const QString &name, Id accountRole)
{
    Change c = kinds::make(Kind::AddMember);
    c.text = name;
    c.role = accountRole;
    return c;
}

namespace kinds {

const Info AddMember::info { "add-member", Change::Area::Member, &Change::member };

Status AddMember::check(const Workspace &ws, const Change &c)
{
    if (Status s = checkMemberName(ws, c.text, 0); !s)
        return s;
    return checkAccountRole(ws, c.role);
}

void AddMember::apply(Applier &a, Change &c)
{
    c.member = a.newId(c.member);
    a.member(c.member) = Member { c.member, Rules::normalizedName(c.text), c.role, {} };
    a.reindexMember(c.member);
}

QString AddMember::describe(const Workspace &, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Add member %1").arg(c.text);
}

} // namespace kinds
} // namespace rs
