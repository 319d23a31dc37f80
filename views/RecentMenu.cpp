#include "RecentMenu.h"

#include "location/Location.h"
#include "location/PgAddress.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace rs {

namespace {

constexpr int kMaxRecent = 8;
const char kRecentKey[] = "recentFiles";

// What Open Recent may keep of a location: a file as it is; a server address without any secret and with only the
// parameters a connection accepts; nothing of an address that would be refused.
QString recentEntry(const QString &location)
{
    if (!location::isServer(location))
        return location;
    const Result<PgAddress> address = PgAddress::parse(location);
    return address ? address.value().display : QString();
}

// The kept list, each entry as recentEntry() leaves it (older versions kept addresses as typed).
QStringList recentEntries()
{
    QStringList entries;
    for (const QString &location : QSettings().value(QLatin1String(kRecentKey)).toStringList()) {
        const QString entry = recentEntry(location);
        if (!entry.isEmpty() && !entries.contains(entry))
            entries.append(entry);
    }
    return entries;
}

} // namespace

RecentMenu::RecentMenu(QMenu *menu)
    : QObject(menu)
    , m_menu(menu)
{
    rebuild();
}

void RecentMenu::add(const QString &path)
{
    QStringList recent = recentEntries();
    const QString entry = recentEntry(path);
    if (!entry.isEmpty()) {
        recent.removeAll(entry);
        recent.prepend(entry);
    }
    QSettings().setValue(QLatin1String(kRecentKey), recent.mid(0, kMaxRecent));
    rebuild();
}

void RecentMenu::rebuild()
{
    m_menu->clear();
    const QStringList recent = recentEntries();
    if (recent != QSettings().value(QLatin1String(kRecentKey)).toStringList())
        QSettings().setValue(QLatin1String(kRecentKey), recent); // secrets an older version kept are dropped now
    for (const QString &path : recent) {
        QAction *a = m_menu->addAction(location::isServer(path) ? path : QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path]() { Q_EMIT chosen(path); });
    }
    m_menu->setEnabled(!recent.isEmpty());
}

} // namespace rs
