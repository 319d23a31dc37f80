#pragma once

#include <QObject>

class QMenu;

namespace rs {

// File › Open Recent: the workspaces opened last, newest first, kept in the settings. A server address is kept
// without any secret and with only the parameters a connection accepts.
class RecentMenu : public QObject
{
    Q_OBJECT
public:
    explicit RecentMenu(QMenu *menu);

    // Puts `location` first.
    void add(const QString &location);
    void rebuild();

Q_SIGNALS:
    void chosen(const QString &location);

private:
    QMenu *m_menu;
};

} // namespace rs
