#pragma once

#include <QList>
#include <QStringList>

// Rows as a spreadsheet writes them: comma separated, quoted where a field holds a comma or a quote, CRLF.
inline QByteArray toCsv(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (QString f : row) {
            if (f.contains(u',') || f.contains(u'"')) {
                f.replace(QLatin1String("\""), QLatin1String("\"\""));
                f = QLatin1Char('"') + f + QLatin1Char('"');
            }
            fields << f;
        }
        text += fields.join(u',') + QLatin1String("\r\n");
    }
    return text.toUtf8();
}
