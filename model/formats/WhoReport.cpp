#include "WhoReport.h"

#include "Csv.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace rs::formats {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::formats", text);
}

} // namespace

QList<QStringList> whoTable(const Workspace &ws, const QList<duties::WhoRow> &rows)
{
    QList<QStringList> table { { tr("Member"), tr("Production"), tr("Through"), tr("Standing") } };
    for (const duties::WhoRow &row : rows) {
        const Member *m = ws.member(row.member);
        const Production *p = ws.production(row.production);
        QStringList through;
        for (const duties::Holding &h : row.holdings)
            through.append(duties::describeHolding(ws, h));
        // Production 0: a feature of the account, or an account role that gives the cell in every production.
        const QString where = p ? p->name : tr("(the whole studio)");
        table.append({ m ? m->name : QString(), where, through.join(QStringLiteral("; ")),
            row.standing ? tr("yes") : QString() });
    }
    return table;
}

QByteArray whoCsv(const Workspace &ws, const QList<duties::WhoRow> &rows)
{
    QString text;
    for (const QStringList &record : whoTable(ws, rows))
        text += csvRecord(record);
    return QByteArray(kUtf8Bom) + text.toUtf8();
}

Result<QByteArray> whoPdf(const Workspace &ws, const QList<duties::WhoRow> &rows, const QString &title)
{
    const QList<QStringList> table = whoTable(ws, rows);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(title.toHtmlEscaped(), ws.name().toHtmlEscaped());
    for (int i = 0; i < table.size(); ++i) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : table.at(i))
            html += (i == 0 ? QStringLiteral("<th>%1</th>") : QStringLiteral("<td>%1</td>")).arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Rolesheet"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (bytes.isEmpty())
        return Error::storage(tr("The PDF could not be written."));
    return bytes;
}

} // namespace rs::formats
