// A change as a value: what every kind shares (its area, its words, its JSON), found through the one dispatch over
// the kinds (kinds/Dispatch.cpp). Each kind's factory, rules, application and words are in kinds/<Name>.cpp.
#include "Change.h"

#include "Dates.h"
#include "Workspace.h"
#include "kinds/Kinds.h"

#include <QCoreApplication>

namespace rs {

Change::Area Change::area() const
{
    return kinds::info(kind).area;
}

Id Change::created() const
{
    const Id Change::*field = kinds::info(kind).creates;
    return field ? this->*field : 0;
}

QString Change::describe(const Workspace &ws) const
{
    return kinds::describe(ws, *this);
}

QJsonObject Change::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), QString::fromLatin1(kinds::info(kind).key));
    auto putId = [&](const char *key, Id id) {
        if (id)
            o.insert(QLatin1String(key), QString::number(id));
    };
    putId("role", role);
    putId("feature", feature);
    putId("member", member);
    putId("production", production);
    putId("section", section);
    putId("source", source);
    o.insert(QStringLiteral("levels"), levels.toArgument());
    o.insert(QStringLiteral("categories"), categories.toKeys());
    o.insert(
        QStringLiteral("scope"), scope == Scope::Account ? QStringLiteral("account") : QStringLiteral("production"));
    o.insert(QStringLiteral("flag"), flag);
    o.insert(QStringLiteral("position"), position);
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("note"), note);
    if (from.isValid())
        o.insert(QStringLiteral("from"), dates::iso(from));
    if (until.isValid())
        o.insert(QStringLiteral("until"), dates::iso(until));
    return o;
}

Result<Change> Change::fromJson(const QJsonObject &o)
{
    Change c;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    int k = 0;
    while (k < kinds::kCount && kind != QLatin1String(kinds::info(Kind(k)).key))
        ++k;
    if (k == kinds::kCount)
        return Error::badInput(QCoreApplication::translate("rs::Change", "Unknown change \"%1\".").arg(kind.left(40)));
    c.kind = Kind(k);
    auto getId = [&](const char *key) { return o.value(QLatin1String(key)).toString().toLongLong(); };
    c.role = getId("role");
    c.feature = getId("feature");
    c.member = getId("member");
    c.production = getId("production");
    c.section = getId("section");
    c.source = getId("source");
    const Result<Levels> levels = Levels::parseArgument(o.value(QStringLiteral("levels")).toString());
    if (!levels)
        return levels.error();
    c.levels = levels.value();
    const Result<Categories> categories = Categories::parseKeys(o.value(QStringLiteral("categories")).toString());
    if (!categories)
        return categories.error();
    c.categories = categories.value();
    c.scope = o.value(QStringLiteral("scope")).toString() == QLatin1String("production") ? Scope::Production
                                                                                         : Scope::Account;
    c.flag = o.value(QStringLiteral("flag")).toBool();
    c.position = o.value(QStringLiteral("position")).toInt(-1);
    c.text = o.value(QStringLiteral("text")).toString();
    c.note = o.value(QStringLiteral("note")).toString();
    for (auto [key, field] : { std::pair { "from", &c.from }, std::pair { "until", &c.until } }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        const Result<QDateTime> at = dates::parseIso(v.toString());
        if (!at)
            return at.error();
        *field = at.value();
    }
    return c;
}

} // namespace rs
