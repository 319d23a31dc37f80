#include "Levels.h"

#include <QCoreApplication>

#include <optional>

namespace rs {

namespace {

const char *const kKeys[] = { "view", "add", "edit", "delete" };
const char *const kNames[] = { QT_TRANSLATE_NOOP("rs::Levels", "View"), QT_TRANSLATE_NOOP("rs::Levels", "Add"),
    QT_TRANSLATE_NOOP("rs::Levels", "Edit"), QT_TRANSLATE_NOOP("rs::Levels", "Delete") };

int indexOf(Level level)
{
    switch (level) {
    case Level::View:
        return 0;
    case Level::Add:
        return 1;
    case Level::Edit:
        return 2;
    case Level::Delete:
        return 3;
    }
    return 0;
}

} // namespace

QString levelKey(Level level)
{
    return QString::fromLatin1(kKeys[indexOf(level)]);
}

QString levelName(Level level)
{
    return QCoreApplication::translate("rs::Levels", kNames[indexOf(level)]);
}

namespace {

// The level a key names, any case, spaces around it allowed; nothing when it names none.
std::optional<Level> levelOfKey(QStringView text)
{
    const QStringView key = text.trimmed();
    for (Level level : kAllLevels) {
        if (key.compare(QLatin1StringView(kKeys[indexOf(level)]), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

} // namespace

Result<Level> parseLevel(const QString &text)
{
    if (const std::optional<Level> level = levelOfKey(text))
        return *level;
    return Error::badInput(
        QCoreApplication::translate("rs::Levels", "Unknown level \"%1\": use view, add, edit or delete.")
            .arg(text.left(40)));
}

QString Levels::toText() const
{
    if (isNone())
        return QCoreApplication::translate("rs::Levels", "None");
    QStringList parts;
    for (Level level : kAllLevels) {
        if (has(level))
            parts << levelName(level);
    }
    return parts.join(QStringLiteral(" / "));
}

QString Levels::toArgument() const
{
    if (isNone())
        return QStringLiteral("none");
    QStringList parts;
    for (Level level : kAllLevels) {
        if (has(level))
            parts << levelKey(level);
    }
    return parts.join(QLatin1Char(','));
}

Result<Levels> Levels::parseArgument(const QString &text)
{
    // Read in place: a stored change's levels are parsed every time another editor's change is taken in.
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.compare(QLatin1StringView("none"), Qt::CaseInsensitive) == 0)
        return Levels();
    if (trimmed.isEmpty())
        return Error::badInput(QCoreApplication::translate(
            "rs::Levels", "No levels given: use none or a comma list of view, add, edit, delete."));
    Levels levels;
    for (const QStringView part : trimmed.tokenize(QLatin1Char(','))) {
        const std::optional<Level> level = levelOfKey(part);
        if (!level)
            return Error::badInput(QCoreApplication::translate(
                "rs::Levels", "Malformed levels \"%1\": use none or a comma list of view, add, edit, delete.")
                                       .arg(text.left(40)));
        levels = levels.with(*level);
    }
    return levels;
}

Result<Levels> Levels::parseText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || trimmed.isEmpty())
        return Levels();
    Levels levels;
    for (const QString &part : trimmed.split(QLatin1Char('/'))) {
        const Result<Level> level = parseLevel(part);
        if (!level)
            return level.error();
        levels = levels.with(level.value());
    }
    return levels;
}

} // namespace rs
