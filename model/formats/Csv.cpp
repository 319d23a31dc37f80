#include "Csv.h"

#include <QCoreApplication>

namespace rs::formats {

QString csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty()) {
        const QChar first = field.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            field.prepend(QLatin1Char('\''));
    }
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

namespace {

// The Levels column keeps the source documents' notation ("Add / Edit", "None") in every language: it is data.
QString sourceNotation(Levels levels)
{
    if (levels.isNone())
        return QStringLiteral("None");
    static const char *const names[] = { "View", "Add", "Edit", "Delete" };
    QStringList parts;
    for (int i = 0; i < 4; ++i) {
        if (levels.has(kAllLevels[i]))
            parts << QString::fromLatin1(names[i]);
    }
    return parts.join(QStringLiteral(" / "));
}

} // namespace

QByteArray roleSheetCsv(const Workspace &ws, const Role &role)
{
    // The header is part of the format, not translated.
    QString text = csvRecord({ QStringLiteral("Section"), QStringLiteral("Feature"), QStringLiteral("View"),
        QStringLiteral("Add"), QStringLiteral("Edit"), QStringLiteral("Delete"), QStringLiteral("Levels"),
        QStringLiteral("Why this matters") });
    const QString yes = QStringLiteral("yes");
    for (const Feature &f : ws.features()) {
        const Section *s = ws.section(f.section);
        const Levels l = ws.grant(role, f);
        text += csvRecord({ s ? s->name : QString(), f.name, l.has(Level::View) ? yes : QString(),
            l.has(Level::Add) ? yes : QString(), l.has(Level::Edit) ? yes : QString(),
            l.has(Level::Delete) ? yes : QString(), sourceNotation(l), f.rationale });
    }
    return text.toUtf8();
}

} // namespace rs::formats
