#include "ActionRegistry.h"

#include <QAction>
#include <QMenu>
#include <QMetaEnum>
#include <QWidget>

namespace rs {

ActionRegistry::ActionRegistry(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionRegistry"));
}

QAction *ActionRegistry::add(Id id, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_window);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return adopt(id, action);
}

QAction *ActionRegistry::adopt(Id id, QAction *action)
{
    Q_ASSERT(!m_actions.contains(id));
    action->setObjectName(objectName(id));
    m_actions.insert(id, action);
    return action;
}

QList<QAction *> ActionRegistry::actions(std::initializer_list<Id> ids) const
{
    QList<QAction *> found;
    for (Id id : ids) {
        if (QAction *a = action(id))
            found.append(a);
    }
    return found;
}

void ActionRegistry::addMenu(Menu id, QMenu *menu)
{
    Q_ASSERT(!m_menus.contains(id));
    m_menus.insert(id, menu);
}

QString ActionRegistry::objectName(Id id)
{
    QString name = QString::fromLatin1(QMetaEnum::fromType<Id>().valueToKey(static_cast<int>(id)));
    if (!name.isEmpty())
        name[0] = name.at(0).toLower();
    return name;
}

ActionRegistry *ActionRegistry::of(const QWidget *window)
{
    return window ? window->findChild<ActionRegistry *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

} // namespace rs
