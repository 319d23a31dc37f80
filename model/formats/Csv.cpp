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

QByteArrayView withoutBom(QByteArrayView data)
{
    return data.startsWith(kUtf8Bom) ? data.sliced(3) : data;
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

QList<QStringList> roleSheetRows(const Workspace &ws, const Role &role, const duties::Book &duties)
{
    const QList<duties::RolePart> parts = duties::roleParts(ws, duties, role);
    // The header is part of the format, not translated.
    QList<QStringList> rows = { { QStringLiteral("Section"), QStringLiteral("Feature"), QStringLiteral("View"),
        QStringLiteral("Add"), QStringLiteral("Edit"), QStringLiteral("Delete"), QStringLiteral("Levels"),
        QStringLiteral("Why this matters") } };
    if (!parts.isEmpty())
        rows.first().append(QStringLiteral("Duty rules"));
    const QString yes = QStringLiteral("yes");
    for (const Feature &f : ws.features()) {
        const Section *s = ws.section(f.section);
        const Levels l = ws.grant(role, f);
        rows.append(QStringList { s ? s->name : QString(), f.name, l.has(Level::View) ? yes : QString(),
            l.has(Level::Add) ? yes : QString(), l.has(Level::Edit) ? yes : QString(),
            l.has(Level::Delete) ? yes : QString(), sourceNotation(l), f.rationale });
        if (!parts.isEmpty())
            rows.last().append(duties::featurePart(f, parts));
    }
    return rows;
}

QByteArray roleSheetCsv(const Workspace &ws, const Role &role, const duties::Book &duties)
{
    QString text = QChar(0xFEFF);
    for (const QStringList &row : roleSheetRows(ws, role, duties))
        text += csvRecord(row);
    return text.toUtf8();
}

} // namespace rs::formats

namespace rs::formats {

CsvReader::CsvReader(QByteArrayView data, qsizetype maxFields)
    : m_data(data)
    , m_maxFields(maxFields)
{
    if (m_data.startsWith(kUtf8Bom))
        m_pos = 3;
    // The first record decides: a file saved with semicolons has more of them than commas outside quotes.
    qsizetype commas = 0, semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_data.size(); ++i) {
        const char c = m_data.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    m_separator = semicolons > commas ? ';' : ',';
}

bool CsvReader::next(QList<QByteArray> &fields)
{
    fields.clear();
    if (m_stop != Stop::End || m_pos >= m_data.size())
        return false;
    if (++m_row > kMaxCsvRows) {
        m_stop = Stop::TooManyRows;
        return false;
    }
    QByteArray field;
    qsizetype chars = 0; // the characters of `field`: the bytes that do not continue a UTF-8 sequence
    bool quoted = false, wasQuoted = false;
    const auto stopAt = [&](Stop why) {
        m_stop = why;
        m_stopColumn = fields.size();
        fields.clear();
        return false;
    };
    // Counted as it grows: a cell too long is refused before it is held whole.
    const auto add = [&](char c) {
        field += c;
        return (uchar(c) & 0xC0) == 0x80 || ++chars <= kMaxCsvCellChars;
    };
    while (true) {
        if (m_pos >= m_data.size()) {
            if (quoted)
                return stopAt(Stop::Unclosed);
            fields.append(field);
            return true;
        }
        const char c = m_data.at(m_pos++);
        if (quoted) {
            if (c == '"' && m_pos < m_data.size() && m_data.at(m_pos) == '"') {
                ++m_pos;
                if (!add('"'))
                    return stopAt(Stop::CellTooLong);
            } else if (c == '"') {
                quoted = false;
            } else if (!add(c)) {
                return stopAt(Stop::CellTooLong);
            }
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == m_separator) {
            fields.append(field);
            field.clear();
            chars = 0;
            wasQuoted = false;
            if (fields.size() >= m_maxFields) {
                m_stop = Stop::TooManyFields;
                fields.clear();
                return false;
            }
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && m_pos < m_data.size() && m_data.at(m_pos) == '\n')
                ++m_pos;
            fields.append(field);
            return true;
        } else if (!add(c)) {
            return stopAt(Stop::CellTooLong);
        }
    }
}

QString cellName(qsizetype column, qsizetype row)
{
    QString letters;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return letters + QString::number(row);
}

} // namespace rs::formats
