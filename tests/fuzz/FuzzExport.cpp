// Every exporter over a workspace whose names come from the input (ExportNames.h). Then:
// - CSV (role sheets, the matrix, Casbin's mapping.csv) parses back to the same cells, and no cell starts a formula;
// - HTML holds no markup that came from the data;
// - every Markdown table row keeps its three columns;
// - every Casbin policy line keeps its grammar;
// - the summary lines of a sheet name each section as it is;
// - the files export-all writes stay inside their folder, one per role, with distinct names.
#include "FuzzSupport.h"

#include "CsvParse.h"
#include "ExportNames.h"
#include "formats/Casbin.h"
#include "formats/Csv.h"
#include "formats/Export.h"
#include "formats/RoleSheet.h"

#include <QRegularExpression>
#include <QSet>

using namespace rs;
using fz::kDate;

namespace {

bool startsFormula(const QString &cell)
{
    return !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front());
}

// A name as a CSV cell holds it: with a leading apostrophe when a spreadsheet would run it as a formula.
QString asCell(const QString &name)
{
    return startsFormula(name) ? QLatin1Char('\'') + name : name;
}

QList<QStringList> parseCsv(const QByteArray &csv)
{
    const QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(csv));
    for (const QStringList &row : rows) {
        for (const QString &cell : row)
            FUZZ_CHECK(!startsFormula(cell), "no CSV cell starts a formula");
    }
    return rows;
}

void checkSheetCsv(const Workspace &ws, const Role &role)
{
    const QList<QStringList> rows = parseCsv(formats::roleSheetCsv(ws, role));
    FUZZ_CHECK(rows.size() == ws.features().size() + 1, "a CSV role sheet has one row a feature");
    for (qsizetype i = 0; i < ws.features().size(); ++i) {
        const Feature &f = ws.features().at(i);
        const QStringList &row = rows.at(i + 1);
        FUZZ_CHECK(row.size() == 8, "every CSV row keeps its eight cells");
        FUZZ_CHECK(row.at(0) == asCell(ws.section(f.section)->name), "the section cell is the section's name");
        FUZZ_CHECK(row.at(1) == asCell(f.name), "the feature cell is the feature's name");
        FUZZ_CHECK(row.at(7) == asCell(f.rationale), "the last cell is the feature's rationale");
    }
}

void checkMatrixCsv(const Workspace &ws, const QList<const Role *> &roles)
{
    const QList<QStringList> rows = parseCsv(formats::workspaceMatrixCsv(ws));
    FUZZ_CHECK(rows.size() == ws.features().size() + 1, "the matrix has one row a feature");
    for (qsizetype c = 0; c < roles.size(); ++c)
        FUZZ_CHECK(rows.first().value(5 + c) == asCell(formats::roleLabel(ws, *roles.at(c))),
            "every matrix column is headed by its role");
    for (const QStringList &row : rows)
        FUZZ_CHECK(row.size() == 5 + roles.size(), "every matrix row keeps its columns");
}

// The tags the HTML sheet is made of; anything else starting with "<" came from the data.
void checkHtml(const QByteArray &page)
{
    static const QRegularExpression tags(QStringLiteral(
        "<(!DOCTYPE html|/?(html|head|body|title|style|h1|h2|p|ul|li|tr|th|td|table)|meta charset=\"utf-8\"|table "
        "class=\"(facts|signoff)\")>"));
    QString text = QString::fromUtf8(page);
    text.remove(tags);
    FUZZ_CHECK(!text.contains(QLatin1Char('<')), "no markup from the data in an HTML sheet");
}

// Counts the "|" Markdown reads as cell borders: those not escaped by a backslash.
int borders(const QString &line)
{
    int count = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\')
            ++i;
        else if (line.at(i) == u'|')
            ++count;
    }
    return count;
}

void checkMarkdown(const formats::RoleSheet &sheet)
{
    const QString text = QString::fromUtf8(formats::roleSheetMarkdown(sheet));
    qsizetype rows = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (borders(line) == 0)
            continue;
        FUZZ_CHECK(line.startsWith(QLatin1String("| ")) || line == QLatin1String("|---|---|---|"),
            "no Markdown line outside a table holds a cell border");
        FUZZ_CHECK(borders(line) == 4, "every Markdown table row keeps its three columns");
        ++rows;
    }
    // One table a section (header, rule, a row a feature), then the sign-off table: header, rule, name, signature
    // and date.
    qsizetype expected = 5;
    for (const formats::SheetSection &s : sheet.sections)
        expected += 2 + s.rows.size();
    FUZZ_CHECK(rows == expected, "every Markdown table has its header, rule and one row a feature");
}

// The summary says what the role gives in each section, naming the section as it is.
void checkSummary(const Workspace &ws, const Role &role, const formats::RoleSheet &sheet)
{
    for (const Section &s : ws.sections()) {
        bool any = false;
        for (const Feature *f : ws.featuresOf(s.id))
            any = any || !ws.grant(role, *f).isNone();
        if (!any)
            continue;
        bool named = false;
        for (const QString &line : sheet.provides)
            named = named || line.startsWith(s.name + QLatin1Char(':'));
        FUZZ_CHECK(named, "the summary names every section the role works in as it is");
    }
}

void checkCasbin(const Workspace &ws)
{
    const formats::CasbinPolicy casbin = formats::CasbinPolicy::build(ws);
    static const QRegularExpression policyLine(
        QStringLiteral("^(p, role_\\d+, (\\*|team), feature_\\d+, (view|add|edit|delete)|g, member_\\d+, role_\\d+, "
                       "(\\*|production_\\d+))$"));
    for (const QString &line : QString::fromUtf8(casbin.policy).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        FUZZ_CHECK(policyLine.match(line).hasMatch(), "every Casbin policy line keeps its grammar");
    QList<QStringList> expected { { QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("name") } };
    for (const Member &m : ws.members())
        expected.append({ QStringLiteral("member"), formats::CasbinPolicy::memberId(m.id), asCell(m.name) });
    for (const Production &p : ws.productions())
        expected.append({ QStringLiteral("production"), formats::CasbinPolicy::productionId(p.id), asCell(p.name) });
    for (const Feature &f : ws.features())
        expected.append({ QStringLiteral("feature"), formats::CasbinPolicy::featureId(f.id), asCell(f.name) });
    const QList<QStringList> rows = parseCsv(casbin.mapping);
    FUZZ_CHECK(rows.size() > expected.size(), "mapping.csv lists levels and roles after the features");
    FUZZ_CHECK(rows.mid(0, expected.size()) == expected, "mapping.csv parses back to every id and name");
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_]+$"));
    for (const QStringList &row : rows)
        FUZZ_CHECK(row.size() == 3 && id.match(row.at(1)).hasMatch(), "every mapping row is kind, id, name");
}

void checkFiles(const Workspace &ws, const QList<const Role *> &roles)
{
    const QString folder = fz::scratch().filePath(QStringLiteral("sheets"));
    QDir(folder).removeRecursively();
    const Result<QStringList> written
        = formats::exportAll(ws, formats::SheetFormat::Csv, folder, kDate, formats::Overwrite::Refuse);
    FUZZ_CHECK(written.ok(), "export-all writes into a new folder");
    FUZZ_CHECK(written->size() == roles.size(), "export-all writes one file a role");
    const QString inside = QDir(folder).canonicalPath();
    QSet<QString> seen;
    for (const QString &path : written.value()) {
        const QFileInfo info(path);
        FUZZ_CHECK(info.isFile() && !info.isSymLink(), "every exported sheet is a plain file");
        FUZZ_CHECK(QFileInfo(info.canonicalFilePath()).absolutePath() == inside, "every sheet stays inside its folder");
        FUZZ_CHECK(!info.fileName().startsWith(QLatin1Char('.')), "no sheet is a hidden file");
        seen.insert(info.fileName().toLower());
    }
    FUZZ_CHECK(seen.size() == roles.size(), "the sheets of different roles have distinct names");
    const QStringList entries
        = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    FUZZ_CHECK(entries.size() == roles.size(), "the folder holds the sheets and nothing else");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fz::start(argc, argv);
    fz::g_default = new Workspace(DefaultWorkspace::create());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Workspace ws = fz::workspaceNamed(fz::namesOf(fz::bytes(data, size)));
    FUZZ_CHECK(ws.verify().ok(), "the named workspace keeps every rule");
    const QList<const Role *> roles = formats::rolesToExport(ws);
    for (const Role *role : roles) {
        checkSheetCsv(ws, *role);
        const formats::RoleSheet sheet = formats::RoleSheet::build(ws, *role, kDate);
        checkMarkdown(sheet);
        checkHtml(formats::roleSheetHtml(sheet));
        checkSummary(ws, *role, sheet);
    }
    checkMatrixCsv(ws, roles);
    checkCasbin(ws);
    checkFiles(ws, roles);
    return 0;
}
