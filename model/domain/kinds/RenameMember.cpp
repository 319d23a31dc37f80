// Renames a member.
// Fields: member, text (the new name).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::renameMember(Id member, const QString &name)
{
    Change c = kinds::make(Kind::RenameMember);
    c.member = member;
    c.text = name;
    return c;
}

namespace kinds {

const Info RenameMember::info { "rename-member", Change::Area::Member, nullptr };

Status RenameMember::check(const Workspace &ws, const Change &c)
{
    const Member *member = ws.member(c.member);
    if (!member)
        return memberGone();
    return checkMemberName(ws, c.text, member->id);
}

void RenameMember::apply(Applier &a, Change &c)
{
    a.member(c.member).name = Rules::normalizedName(c.text);
    a.reindexMember(c.member);
}

QString RenameMember::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Rename member %1 to %2").arg(memberName(ws, c.member), c.text);
}

} // namespace kinds
} // namespace rs
