#include "Location.h"

#include <QDir>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rs::location {

bool isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString defaultFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.rolesheet"));
}

QString osUser()
{
    for (const char *name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // Services and CI jobs often run without USER; the password database still knows the account. Read once: every
    // apply names the account in its audit record, and the account does not change while the program runs.
    static const QString account = [] {
        const passwd *entry = getpwuid(geteuid());
        return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
    }();
    return account;
#else
    return {};
#endif
}

} // namespace rs::location
