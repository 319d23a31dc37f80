#include "RoleSheet.h"

#include <algorithm>

#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"
#include "domain/Links.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextDocument>

namespace rs::formats {

namespace {

QString scopeText(const Workspace &ws, const Role &role)
{
    QString text;
    if (role.isTemplate)
        text = role.scope == Scope::Account
            ? QCoreApplication::translate("rs::formats::RoleSheet", "Template for account roles")
            : QCoreApplication::translate("rs::formats::RoleSheet", "Template for production roles");
    else if (role.scope == Scope::Account)
        text = role.invitedOnly
            ? QCoreApplication::translate(
                "rs::formats::RoleSheet", "Account role, in the productions the holder is invited to")
            : QCoreApplication::translate("rs::formats::RoleSheet", "Account role, across the whole workspace");
    else if (const Production *p = ws.production(role.production))
        text = QCoreApplication::translate("rs::formats::RoleSheet", "Production role in %1").arg(p->name);
    else
        text = QCoreApplication::translate("rs::formats::RoleSheet", "Production role, available in every production");
    if (role.isLocked())
        text += QCoreApplication::translate("rs::formats::RoleSheet", " (built in, locked)");
    return text;
}

QString listText(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

// What the role gives, section by section, and which abilities stand out.
QStringList provided(const Workspace &ws, const Role &role)
{
    QStringList lines;
    QStringList deletes;
    for (const Section &s : ws.sections()) {
        const QList<const Feature *> features = ws.featuresOf(s.id);
        int any = 0, changes = 0;
        for (const Feature *f : features) {
            const Levels l = ws.grant(role, *f);
            any += l.isNone() ? 0 : 1;
            changes += (l.has(Level::Add) || l.has(Level::Edit)) ? 1 : 0;
            if (l.has(Level::Delete))
                deletes << f->name;
        }
        if (!any)
            continue;
        if (any == features.size() && changes == any)
            lines << QCoreApplication::translate(
                "rs::formats::RoleSheet", "%1: works with every feature and can add or change in all of them.")
                         .arg(s.name);
        else if (any == features.size())
            lines << QCoreApplication::translate("rs::formats::RoleSheet",
                "%1: works with all %n features and can add or change in %2 of them.", nullptr, int(any))
                         .arg(s.name, QString::number(changes));
        else if (changes == 0)
            lines << QCoreApplication::translate("rs::formats::RoleSheet",
                "%1: can look at %2 of %n features without changing them.", nullptr, int(features.size()))
                         .arg(s.name, QString::number(any));
        else
            lines << QCoreApplication::translate("rs::formats::RoleSheet",
                "%1: works with %2 of %n features and can add or change in %3 of them.", nullptr, int(features.size()))
                         .arg(s.name, QString::number(any), QString::number(changes));
    }
    if (!deletes.isEmpty())
        lines << QCoreApplication::translate("rs::formats::RoleSheet", "Can delete in: %1.").arg(listText(deletes));
    if (lines.isEmpty())
        lines << QCoreApplication::translate(
            "rs::formats::RoleSheet", "Nothing: this role grants no level on any feature.");
    return lines;
}

// What the role leaves out on purpose: guardrails first, then what only the owner holds, then the rest.
QStringList excluded(const Workspace &ws, const Role &role)
{
    QStringList lines;
    for (Category c : kAllCategories) {
        if (role.guardrails.has(c))
            lines << QCoreApplication::translate(
                "rs::formats::RoleSheet", "No %1 features: a guardrail keeps them out of this role.")
                         .arg(categoryName(c));
    }
    QStringList ownerOnly, none, accountWide;
    for (const Feature &f : ws.features()) {
        if (!ws.grant(role, f).isNone() || role.guardrails.intersects(f.categories))
            continue;
        if (f.ownerOnly && role.builtIn != BuiltIn::Owner)
            ownerOnly << f.name;
        else if (f.scope == Scope::Account && role.scope == Scope::Production && !role.isTemplate)
            accountWide << f.name;
        else
            none << f.name;
    }
    if (!ownerOnly.isEmpty())
        lines << QCoreApplication::translate(
            "rs::formats::RoleSheet", "Owner-only features, held by the Admin & owner alone: %1.")
                     .arg(listText(ownerOnly));
    if (!accountWide.isEmpty())
        lines << QCoreApplication::translate(
            "rs::formats::RoleSheet", "Account-wide features, outside any production role: %1.")
                     .arg(listText(accountWide));
    if (!none.isEmpty())
        lines << QCoreApplication::translate("rs::formats::RoleSheet", "No access to: %1.").arg(listText(none));
    if (lines.isEmpty())
        lines << QCoreApplication::translate(
            "rs::formats::RoleSheet", "Nothing: this role holds some level on every feature.");
    return lines;
}

// Backslash-escapes what Markdown would read as markup or raw HTML; table cells also lose their line breaks.
QString md(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r') {
            out += QLatin1Char(' ');
            continue;
        }
        // "&" matters only where it could start an entity reference such as "&amp;".
        const bool entity
            = c == u'&' && i + 1 < text.size() && (text.at(i + 1).isLetterOrNumber() || text.at(i + 1) == u'#');
        if (entity || (c != u'&' && QStringView(u"\\`*_[]<>|#!~{}").contains(c)))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

namespace {

// Each holder of a role with the end of their access: account holders first, then seats by production and member.
QStringList holderLines(const Workspace &ws, const Role &role)
{
    const QTimeZone zone = ws.timeZone();
    const auto ending = [&](const QDateTime &from, const QDateTime &until) {
        QString text;
        if (from.isValid())
            text = QCoreApplication::translate("rs::formats::RoleSheet", "from %1").arg(dates::date(from, zone));
        if (until.isValid())
            text += (text.isEmpty() ? QString() : QStringLiteral(" "))
                + QCoreApplication::translate("rs::formats::RoleSheet", "until %1").arg(dates::date(until, zone));
        return text.isEmpty() ? QCoreApplication::translate("rs::formats::RoleSheet", "no end") : text;
    };
    QStringList lines;
    for (const Member &m : ws.members()) {
        if (m.accountRole == role.id)
            lines << QStringLiteral("%1 — %2 — %3")
                         .arg(m.name, QCoreApplication::translate("rs::formats::RoleSheet", "account role"),
                             ending({}, m.accountRoleUntil));
    }
    QList<SeatKey> seats = ws.seatsOf(role.id);
    std::sort(seats.begin(), seats.end(), [](const SeatKey &a, const SeatKey &b) {
        return a.production != b.production ? a.production < b.production : a.member < b.member;
    });
    for (const SeatKey &k : seats) {
        const Member *m = ws.member(k.member);
        const Production *p = ws.production(k.production);
        const SeatTerm term = ws.effectiveSeatTerm(k);
        if (m && p)
            lines << QStringLiteral("%1 — %2 — %3").arg(m->name, p->name, ending(term.from, term.until));
    }
    return lines;
}

} // namespace

RoleSheet RoleSheet::build(const Workspace &ws, const Role &role, const QDate &date, const duties::Book &book)
{
    RoleSheet sheet;
    sheet.workspace = ws.name();
    sheet.role = role.name;
    sheet.scope = scopeText(ws, role);
    sheet.date = date.toString(Qt::ISODate);
    sheet.guardrails = role.guardrails.isEmpty() ? QCoreApplication::translate("rs::formats::RoleSheet", "None")
                                                 : role.guardrails.toText();
    sheet.description = role.description;
    if (const Role *templ = ws.role(role.link.templ)) {
        const int changes = links::localChanges(ws, role);
        sheet.basedOn = QCoreApplication::translate(
            "rs::formats::RoleSheet", "Based on %1 (version %2); %n local change(s)", nullptr, changes)
                            .arg(templ->name)
                            .arg(role.link.version);
    }
    for (const Section &s : ws.sections()) {
        SheetSection section { DefaultWorkspace::displayName(s.name), {} };
        for (const Feature *f : ws.featuresOf(s.id))
            section.rows.append(SheetRow { DefaultWorkspace::displayName(f->name), ws.grant(role, *f),
                DefaultWorkspace::displayName(f->rationale) });
        if (!section.rows.isEmpty())
            sheet.sections.append(section);
    }
    sheet.provides = provided(ws, role);
    sheet.excludes = excluded(ws, role);
    sheet.holders = holderLines(ws, role);
    for (const duties::RolePart &part : duties::roleParts(ws, book, role))
        sheet.duties.append(duties::describeRolePart(ws, part));
    return sheet;
}

QString RoleSheet::header() const
{
    return QStringLiteral("%1 — %2 — %3").arg(workspace, role, date);
}

namespace {

// The words of the sign-off block every role sheet ends with.
struct SignOff
{
    QString heading, text, holder, responsible, name, signature, date;
};

SignOff signOff()
{
    const auto t = [](const char *text) { return QCoreApplication::translate("rs::formats::RoleSheet", text); };
    return { t("Sign-off"), t("Signed by the person who holds this role and the person responsible for it."),
        t("Holder"), t("Responsible"), t("Name"), t("Signature"), t("Date") };
}

} // namespace

QString dutiesIntro()
{
    return QCoreApplication::translate("rs::formats::RoleSheet",
        "This role holds one side of these rules: a holder who also holds the other side, through any role, is in "
        "conflict.");
}

QByteArray roleSheetMarkdown(const RoleSheet &sheet)
{
    QString out;
    out += QStringLiteral("# %1\n\n").arg(md(sheet.role));
    out += QStringLiteral("- **%1:** %2\n")
               .arg(QCoreApplication::translate("rs::formats::RoleSheet", "Workspace"), md(sheet.workspace));
    out += QStringLiteral("- **%1:** %2\n")
               .arg(QCoreApplication::translate("rs::formats::RoleSheet", "Scope"), md(sheet.scope));
    out += QStringLiteral("- **%1:** %2\n")
               .arg(QCoreApplication::translate("rs::formats::RoleSheet", "Date"), md(sheet.date));
    out += QStringLiteral("- **%1:** %2\n")
               .arg(QCoreApplication::translate("rs::formats::RoleSheet", "Guardrails"), md(sheet.guardrails));
    if (!sheet.basedOn.isEmpty())
        out += QStringLiteral("\n%1\n").arg(md(sheet.basedOn));
    if (!sheet.description.isEmpty())
        out += QStringLiteral("\n%1\n").arg(md(sheet.description));
    for (const SheetSection &s : sheet.sections) {
        out += QStringLiteral("\n## %1\n\n").arg(md(s.name));
        out += QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n")
                   .arg(QCoreApplication::translate("rs::formats::RoleSheet", "Feature"),
                       QCoreApplication::translate("rs::formats::RoleSheet", "Permission level"),
                       QCoreApplication::translate("rs::formats::RoleSheet", "Why this matters"));
        for (const SheetRow &r : s.rows)
            out += QStringLiteral("| %1 | %2 | %3 |\n").arg(md(r.feature), md(r.levels.toText()), md(r.why));
    }
    out += QStringLiteral("\n## %1\n\n%2\n\n")
               .arg(QCoreApplication::translate("rs::formats::RoleSheet", "Summary"),
                   QCoreApplication::translate("rs::formats::RoleSheet", "This role provides:"));
    for (const QString &line : sheet.provides)
        out += QStringLiteral("- %1\n").arg(md(line));
    out += QStringLiteral("\n%1\n\n")
               .arg(QCoreApplication::translate("rs::formats::RoleSheet", "It deliberately excludes:"));
    for (const QString &line : sheet.excludes)
        out += QStringLiteral("- %1\n").arg(md(line));
    if (!sheet.holders.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n").arg(QCoreApplication::translate("rs::formats::RoleSheet", "Held by"));
        for (const QString &line : sheet.holders)
            out += QStringLiteral("- %1\n").arg(md(line));
    }
    if (!sheet.duties.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n%2\n\n")
                   .arg(QCoreApplication::translate("rs::formats::RoleSheet", "Duty rules"), md(dutiesIntro()));
        for (const QString &line : sheet.duties)
            out += QStringLiteral("- %1\n").arg(md(line));
    }
    // The block the holder and the person responsible sign, as on the printed sheet.
    const SignOff sign = signOff();
    out += QStringLiteral("\n## %1\n\n%2\n\n|  | %3 | %4 |\n|---|---|---|\n")
               .arg(md(sign.heading), md(sign.text), md(sign.holder), md(sign.responsible));
    for (const QString &line : { sign.name, sign.signature, sign.date })
        out += QStringLiteral("| %1 |  |  |\n").arg(md(line));
    return out.toUtf8();
}

QByteArray roleSheetHtml(const RoleSheet &sheet)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n")
               .arg(html(sheet.header()));
    out += QStringLiteral("<style>\nbody { font-family: sans-serif; margin: 2em; }\n"
                          "table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }\n"
                          "th, td { border: 1px solid #999; padding: 4px 8px; text-align: left; "
                          "vertical-align: top; }\n"
                          "th { background: #eee; }\ntr { page-break-inside: avoid; }\n"
                          "h2 { page-break-after: avoid; }\n.signoff td { height: 2.5em; width: 40%; }\n</style>\n"
                          "</head>\n<body>\n");
    out += QStringLiteral("<h1>%1</h1>\n<table class=\"facts\">\n").arg(html(sheet.role));
    const QList<QPair<QString, QString>> facts
        = { { QCoreApplication::translate("rs::formats::RoleSheet", "Workspace"), sheet.workspace },
              { QCoreApplication::translate("rs::formats::RoleSheet", "Scope"), sheet.scope },
              { QCoreApplication::translate("rs::formats::RoleSheet", "Date"), sheet.date },
              { QCoreApplication::translate("rs::formats::RoleSheet", "Guardrails"), sheet.guardrails } };
    for (const auto &[label, value] : facts)
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(html(label), html(value));
    out += QStringLiteral("</table>\n");
    if (!sheet.basedOn.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(html(sheet.basedOn));
    if (!sheet.description.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(html(sheet.description));
    for (const SheetSection &s : sheet.sections) {
        out += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                   .arg(html(s.name), html(QCoreApplication::translate("rs::formats::RoleSheet", "Feature")),
                       html(QCoreApplication::translate("rs::formats::RoleSheet", "Permission level")),
                       html(QCoreApplication::translate("rs::formats::RoleSheet", "Why this matters")));
        for (const SheetRow &r : s.rows)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                       .arg(html(r.feature), html(r.levels.toText()), html(r.why));
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<ul>\n")
               .arg(html(QCoreApplication::translate("rs::formats::RoleSheet", "Summary")),
                   html(QCoreApplication::translate("rs::formats::RoleSheet", "This role provides:")));
    for (const QString &line : sheet.provides)
        out += QStringLiteral("<li>%1</li>\n").arg(html(line));
    out += QStringLiteral("</ul>\n<p>%1</p>\n<ul>\n")
               .arg(html(QCoreApplication::translate("rs::formats::RoleSheet", "It deliberately excludes:")));
    for (const QString &line : sheet.excludes)
        out += QStringLiteral("<li>%1</li>\n").arg(html(line));
    out += QStringLiteral("</ul>\n");
    if (!sheet.holders.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<ul>\n")
                   .arg(html(QCoreApplication::translate("rs::formats::RoleSheet", "Held by")));
        for (const QString &line : sheet.holders)
            out += QStringLiteral("<li>%1</li>\n").arg(html(line));
        out += QStringLiteral("</ul>\n");
    }
    if (!sheet.duties.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<ul class=\"duties\">\n")
                   .arg(html(QCoreApplication::translate("rs::formats::RoleSheet", "Duty rules")), html(dutiesIntro()));
        for (const QString &line : sheet.duties)
            out += QStringLiteral("<li>%1</li>\n").arg(html(line));
        out += QStringLiteral("</ul>\n");
    }
    const SignOff sign = signOff();
    out += QStringLiteral(
        "<h2>%1</h2>\n<p>%2</p>\n<table class=\"signoff\">\n<tr><th></th><th>%3</th><th>%4</th></tr>\n")
               .arg(html(sign.heading), html(sign.text), html(sign.holder), html(sign.responsible));
    for (const QString &line : { sign.name, sign.signature, sign.date })
        out += QStringLiteral("<tr><th>%1</th><td></td><td></td></tr>\n").arg(html(line));
    out += QStringLiteral("</table>\n");
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

std::unique_ptr<QTextDocument> roleSheetDocument(const RoleSheet &sheet)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(QString::fromUtf8(roleSheetHtml(sheet)));
    doc->setMetaInformation(QTextDocument::DocumentTitle, sheet.header());
    return doc;
}

QDate sheetDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return QDate::currentDate();
}

} // namespace rs::formats
