// Removes a member with every seat they hold; the productions they created keep no creator.
// Fields: member.
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::removeMember(Id member)
{
    Change c = kinds::make(Kind::RemoveMember);
    c.member = member;
    return c;
}

namespace kinds {

const Info RemoveMember::info { "remove-member", Change::Area::Member, nullptr };

Status RemoveMember::check(const Workspace &ws, const Change &c)
{
    const Member *member = ws.member(c.member);
    if (!member)
        return memberGone();
    if (member->accountRole == ws.builtInRole(BuiltIn::Owner))
        return Error::rule(QCoreApplication::translate(
            "rs::Rules", "%1 is the Admin & owner and cannot be removed; transfer ownership first.")
                               .arg(quoted(member->name)));
    return {};
}

void RemoveMember::apply(Applier &a, Change &c)
{
    const Workspace &ws = a.workspace();
    a.removeMember(c.member);
    const QList<SeatKey> keys = ws.seats().keys();
    for (const SeatKey &key : keys) {
        if (key.member == c.member)
            a.setSeat(key, 0);
    }
    for (const Production &p : ws.productions()) {
        if (p.createdBy == c.member)
            a.production(p.id).createdBy = 0;
    }
    a.reindexMember(c.member);
}

QString RemoveMember::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Remove member %1").arg(memberName(ws, c.member));
}

} // namespace kinds
} // namespace rs
