#include "Entities.h"

#include <QCoreApplication>
#include <QStringList>

namespace rs {

QString categoryKey(Category c)
{
    switch (c) {
    case Category::Financial:
        return QStringLiteral("financial");
    case Category::Personnel:
        return QStringLiteral("personnel");
    case Category::Marketing:
        return QStringLiteral("marketing");
    }
    return {};
}

QString categoryName(Category c)
{
    switch (c) {
    case Category::Financial:
        return QCoreApplication::translate("rs::Categories", "financial");
    case Category::Personnel:
        return QCoreApplication::translate("rs::Categories", "personnel");
    case Category::Marketing:
        return QCoreApplication::translate("rs::Categories", "marketing");
    }
    return {};
}

QString Categories::toKeys() const
{
    QStringList keys;
    for (Category c : kAllCategories) {
        if (has(c))
            keys << categoryKey(c);
    }
    return keys.join(QLatin1Char(','));
}

QString Categories::toText() const
{
    QStringList names;
    for (Category c : kAllCategories) {
        if (has(c))
            names << categoryName(c);
    }
    return names.join(QStringLiteral(", "));
}

Result<Categories> Categories::parseKeys(const QString &text)
{
    Categories result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return result;
    for (const QString &part : trimmed.split(QLatin1Char(','))) {
        const QString key = part.trimmed().toLower();
        bool found = false;
        for (Category c : kAllCategories) {
            if (key == categoryKey(c)) {
                result = result.with(c);
                found = true;
            }
        }
        if (!found)
            return Error::badInput(QCoreApplication::translate(
                "rs::Categories", "Unknown category \"%1\": use financial, personnel or marketing.")
                                       .arg(part.left(40)));
    }
    return result;
}

} // namespace rs
