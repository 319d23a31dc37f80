#include "Export.h"

#include "Csv.h"
#include "Json.h"
#include "SafeWrite.h"
#include "RoleSheet.h"
#include "SheetPdf.h"
#include "XlsxExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace rs::formats {

Result<SheetFormat> parseSheetFormat(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("csv"))
        return SheetFormat::Csv;
    if (key == QLatin1String("json"))
        return SheetFormat::Json;
    if (key == QLatin1String("md") || key == QLatin1String("markdown"))
        return SheetFormat::Markdown;
    if (key == QLatin1String("html"))
        return SheetFormat::Html;
    if (key == QLatin1String("pdf"))
        return SheetFormat::Pdf;
    if (key == QLatin1String("xlsx"))
        return SheetFormat::Xlsx;
    return Error::badInput(QCoreApplication::translate(
        "rs::formats::Export", "Unknown format \"%1\": use csv, xlsx, json, md, html or pdf.")
            .arg(text.left(40)));
}

QString formatSuffix(SheetFormat format)
{
    switch (format) {
    case SheetFormat::Csv:
        return QStringLiteral("csv");
    case SheetFormat::Json:
        return QStringLiteral("json");
    case SheetFormat::Markdown:
        return QStringLiteral("md");
    case SheetFormat::Html:
        return QStringLiteral("html");
    case SheetFormat::Pdf:
        return QStringLiteral("pdf");
    case SheetFormat::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

Result<QByteArray> exportRole(
    const Workspace &ws, const Role &role, SheetFormat format, const QDate &date, const duties::Book &duties)
{
    switch (format) {
    case SheetFormat::Csv:
        return roleSheetCsv(ws, role, duties);
    case SheetFormat::Xlsx:
        return roleSheetXlsx(ws, role, duties);
    case SheetFormat::Json:
        return roleJson(ws, role, duties);
    case SheetFormat::Markdown:
        return roleSheetMarkdown(RoleSheet::build(ws, role, date, duties));
    case SheetFormat::Html:
        return roleSheetHtml(RoleSheet::build(ws, role, date, duties));
    case SheetFormat::Pdf:
        return roleSheetPdf(RoleSheet::build(ws, role, date, duties));
    }
    return Error::badInput(QCoreApplication::translate("rs::formats::Export", "Unknown format."));
}

QList<const Role *> rolesToExport(const Workspace &ws)
{
    QList<const Role *> account, templates, builtInProduction, production;
    for (const Role &r : ws.roles()) {
        if (r.isTemplate)
            templates << &r;
        else if (r.scope == Scope::Account)
            account << &r;
        else if (r.production == 0)
            builtInProduction << &r;
        else
            production << &r;
    }
    std::stable_sort(production.begin(), production.end(),
        [](const Role *a, const Role *b) { return a->production < b->production; });
    return account + templates + builtInProduction + production;
}

QString roleLabel(const Workspace &ws, const Role &role)
{
    if (role.isTemplate)
        return QCoreApplication::translate("rs::formats::Export", "%1 [template]").arg(role.name);
    if (const Production *p = ws.production(role.production))
        return QStringLiteral("%1 [%2]").arg(role.name, p->name);
    return role.name;
}

QString safeFileName(const QString &label, const QString &suffix, QSet<QString> &taken)
{
    QString base;
    for (const QChar c : label) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.' || c == u'&' || c == u'('
            || c == u')' || c == u'[' || c == u']' || c == u'\'' || c == u',')
            base += c;
        else if (!base.endsWith(QLatin1Char('_')))
            base += QLatin1Char('_');
    }
    base = base.simplified();
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('.')))
        base.chop(1);
    base = base.left(100).trimmed();
    if (base.isEmpty())
        base = QStringLiteral("role");
    QString name = base + QLatin1Char('.') + suffix;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = QStringLiteral("%1 (%2).%3").arg(base, QString::number(n), suffix);
    taken.insert(name.toLower());
    return name;
}

QStringList exportAllPaths(const Workspace &ws, SheetFormat format, const QString &dir)
{
    QSet<QString> taken;
    QStringList paths;
    for (const Role *role : rolesToExport(ws))
        paths << QDir(dir).filePath(safeFileName(roleLabel(ws, *role), formatSuffix(format), taken));
    return paths;
}

Result<QStringList> exportAll(const Workspace &ws, SheetFormat format, const QString &dir, const QDate &date,
    Overwrite overwrite, const std::function<bool(int done, int total)> &progress, const duties::Book &duties)
{
    if (!makeOwnerOnlyFolder(dir))
        return Error::storage(
            QCoreApplication::translate("rs::formats::Export", "The folder %1 cannot be created.").arg(dir));
    const QList<const Role *> roles = rolesToExport(ws);
    const QStringList paths = exportAllPaths(ws, format, dir);
    if (Status s = checkAllWritable(paths, overwrite); !s)
        return s.error();
    QStringList written;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (progress && !progress(int(written.size()), int(roles.size())))
            break;
        const Result<QByteArray> data = exportRole(ws, *roles.at(i), format, date, duties);
        if (!data)
            return data.error();
        if (Status s = writeFileSafely(paths.at(i), data.value(), overwrite); !s)
            return s.error();
        written << paths.at(i);
    }
    return written;
}

QStringList matrixHeader(const Workspace &ws, const QList<const Role *> &roles)
{
    QStringList header = { QStringLiteral("Section"), QStringLiteral("Feature"), QStringLiteral("Scope"),
        QStringLiteral("Categories"), QStringLiteral("Owner-only") };
    for (const Role *r : roles)
        header << roleLabel(ws, *r);
    return header;
}

QStringList matrixFeatureCells(const Workspace &ws, const Feature &f)
{
    const Section *s = ws.section(f.section);
    return { s ? s->name : QString(), f.name,
        f.scope == Scope::Account ? QStringLiteral("account") : QStringLiteral("production"), f.categories.toKeys(),
        f.ownerOnly ? QStringLiteral("yes") : QString() };
}

QByteArray workspaceMatrixCsv(const Workspace &ws)
{
    const QList<const Role *> roles = rolesToExport(ws);
    QByteArray out = kUtf8Bom + csvRecord(matrixHeader(ws, roles)).toUtf8();
    // Level texts are few and never need quoting: build each once.
    QString texts[16];
    for (unsigned bits = 0; bits < 16; ++bits)
        texts[bits] = Levels::fromBits(bits).toText();
    QString line;
    for (const Feature &f : ws.features()) {
        const QStringList cells = matrixFeatureCells(ws, f);
        line.clear();
        for (const QString &cell : cells)
            line += csvField(cell) + QLatin1Char(',');
        line.chop(1);
        for (const Role *r : roles) {
            line += QLatin1Char(',');
            line += texts[ws.grant(*r, f).bits()];
        }
        line += QLatin1String("\r\n");
        out += line.toUtf8();
    }
    return out;
}

} // namespace rs::formats
