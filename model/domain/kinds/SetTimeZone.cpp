// Sets the time zone the workspace's dates are read in; empty: the system's.
// Fields: text (an IANA id such as Europe/Berlin).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

#include <QTimeZone>

namespace rs {

Change Change::setTimeZone(const QByteArray &ianaId)
{
    Change c = kinds::make(Kind::SetTimeZone);
    c.text = QString::fromLatin1(ianaId);
    return c;
}

namespace kinds {

const Info SetTimeZone::info { "set-time-zone", Change::Area::Workspace, nullptr };

Status SetTimeZone::check(const Workspace &, const Change &c)
{
    if (!c.text.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(c.text.toLatin1()))
        return Error::badInput(QCoreApplication::translate("rs::Rules",
            "%1 is not a time zone this system knows (such as "
            "Europe/Berlin).")
                                   .arg(quoted(c.text.left(60))));
    return {};
}

void SetTimeZone::apply(Applier &a, Change &c)
{
    a.setTimeZone(c.text.toLatin1());
}

QString SetTimeZone::describe(const Workspace &, const Change &c)
{
    return c.text.isEmpty() ? QCoreApplication::translate("rs::Change", "Use the system's time zone")
                            : QCoreApplication::translate("rs::Change", "Use the time zone %1").arg(c.text);
}

} // namespace kinds
} // namespace rs
