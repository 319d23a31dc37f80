// Writes the generated seeds of tests/fuzz/corpus into a folder: small workspaces as documents and as workspace
// files, journals of staged changes for the workspace FuzzChanges starts from, a role, names. Run it once after a
// format changes: rolesheet-fuzz-seeds tests/fuzz/corpus
#include "CsvFuzz.h"
#include "FuzzSupport.h"

#include "commands/Journal.h"
#include "domain/DefaultWorkspace.h"
#include "formats/Csv.h"
#include "formats/Export.h"
#include "formats/Json.h"
#include "formats/XlsxExport.h"
#include "XlsxParts.h"
#include "storage/Store.h"
#include "testing/Generate.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace rs;

namespace {

QString g_out;

void put(const char *harness, const char *file, const QByteArray &data)
{
    const QString folder = QDir(g_out).filePath(QString::fromLatin1(harness));
    QDir().mkpath(folder);
    fz::writeAll(QDir(folder).filePath(QString::fromLatin1(file)), data);
}

QByteArray utf16(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        out += char(c.unicode() & 0xff);
        out += char(c.unicode() >> 8);
    }
    return out;
}

Id firstCustomAccountRole(const Workspace &ws)
{
    for (const Role *r : ws.accountRoles()) {
        if (!r->isLocked())
            return r->id;
    }
    return 0;
}

// Changes the small generated workspace accepts, one after another, each with the ids it created.
QList<Change> stagedChanges(Workspace ws)
{
    QList<Change> done;
    auto apply = [&](Change change) {
        if (const Result<Touched> applied = ws.apply(change); !applied) {
            std::fprintf(stderr, "%s\n", qPrintable(applied.error().message));
            fz::fail("a seed change is accepted");
        }
        done.append(change);
        return change;
    };
    const Id role = firstCustomAccountRole(ws);
    apply(Change::setGrant(role, ws.features().first().id, Level::View));
    const Id colorist = apply(Change::createRole(QStringLiteral("Colorist"), Scope::Account, 0, role)).role;
    apply(Change::renameRole(colorist, QStringLiteral("Lead colorist")));
    apply(Change::setGuardrails(colorist, ws.role(colorist)->guardrails.with(Category::Financial)));
    const Id kim = apply(Change::addMember(QStringLiteral("Kim Novak"), colorist)).member;
    const Id film = apply(Change::createProduction(QStringLiteral("Winter Graduation 0101"), ws.owner())).production;
    apply(Change::invite(film, kim));
    const Id section = apply(Change::addSection(QStringLiteral("Retouching"), 1)).section;
    apply(Change::addFeature(section, QStringLiteral("Skin Smoothing"), Scope::Production, {}, false,
        QStringLiteral("Edits people see in the prints.")));
    apply(Change::removeFeature(ws.features().last().id));
    apply(Change::setWorkspaceName(QStringLiteral("Northlight West")));
    apply(Change::transferOwnership(kim));
    return done;
}

QByteArray journalOf(const QList<Change> &changes)
{
    const Journal journal(
        QStringLiteral("/home/studio/.local/share/Rolesheet/rolesheet/workspace.rolesheet"), QString());
    if (!journal.write(changes, 1).ok())
        fz::fail("the seed journal is written");
    const QByteArray data = fz::readAll(journal.path());
    journal.clear();
    return data;
}

QByteArray workspaceFile(const Workspace &ws)
{
    const QString path = fz::scratch().filePath(QStringLiteral("seed.rolesheet"));
    {
        const Result<std::unique_ptr<Store>> store = Store::create(path, ws);
        if (!store)
            fz::fail("the seed workspace file is created");
    }
    return fz::readAll(path);
}

// A database of another program: SQLite, but no workspace.
QByteArray otherDatabase()
{
    const QString path = fz::scratch().filePath(QStringLiteral("notes.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(path);
        if (!db.open())
            fz::fail("the other program's database is created");
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
        q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('call the lab')"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    return fz::readAll(path);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: rolesheet-fuzz-seeds FOLDER\n");
        return 2;
    }
    fz::start(&argc, &argv);
    g_out = QString::fromLocal8Bit(argv[1]);
    const Workspace fresh = DefaultWorkspace::create();
    const Workspace small = generateWorkspace(GenerateSpec::small(), 1);

    put("FuzzWorkspaceJson", "default.json", formats::workspaceJson(fresh));
    put("FuzzWorkspaceJson", "small.json", formats::workspaceJson(small));

    put("FuzzRoleJson", "admin.json", formats::roleJson(fresh, *fresh.role(fresh.builtInRole(BuiltIn::Admin))));

    const QList<Change> staged = stagedChanges(small);
    put("FuzzChanges", "journal.json", journalOf(staged));
    put("FuzzChanges", "journal-short.json", journalOf(staged.mid(0, 3)));
    put("FuzzChanges", "change.json", QJsonDocument(staged.at(5).toJson()).toJson(QJsonDocument::Compact));

    put("FuzzOpenFile", "default.rolesheet", workspaceFile(fresh));
    put("FuzzOpenFile", "other-program.sqlite", otherDatabase());
    put("FuzzOpenFile", "text.rolesheet", QByteArrayLiteral("not a workspace\n"));

    for (const char *harness : { "FuzzExport", "FuzzExportLinks" }) {
        put(harness, "plain.txt",
            QStringLiteral("Northlight\nRetouching\nSkin Smoothing\nEdits people see.\nColorist\nLab liaison\nWinter "
                           "0101\nGrader\nKim Novak\nRuns the lab.\nSet-up\nJob List\nEditor\nPrints\nAnn Lee\nEditor")
                .toUtf8());
        put(harness, "markup.txt",
            QStringLiteral("<b>Studio</b>\n=SUM(A1)\n| Feature |\n# head & <i>tail</i>\n-Colorist\n@Lab\n+Film "
                           "0101\n[x](y)\n\"Kim, \"\"K\"\"\"\n`code`\n../up\n.hidden\nA/B\nA\\B\na\n%1 %2")
                .toUtf8());
        put(harness, "utf16.txt",
            QByteArray("\x01") + utf16(QStringLiteral("Studio \u00e9")) + QByteArray("\nSection\n")
                + QStringLiteral("Caf\u00e9 \U0001F3A5\n\u6f22\u5b57").toUtf8());
    }
    put("FuzzNames", "plain.bin", utf16(QStringLiteral("Production lead")));
    put("FuzzNames", "accents.bin", utf16(QStringLiteral("  \u00c9quipe \u00e9clairage  ")));
    put("FuzzNames", "emoji.bin", utf16(QStringLiteral("Camera \U0001F3A5 crew")));
    put("FuzzNames", "control.bin", utf16(QStringLiteral("Tab\there")));

    // FuzzCsvImport reads every input as a matrix and as one role's sheet, of the small workspace.
    const Role &sheetRole = *fz::sheetRole(small);
    const QByteArray matrix = formats::workspaceMatrixCsv(small);
    put("FuzzCsvImport", "matrix.csv", matrix);
    QByteArray semicolons = matrix; // with its byte order mark
    semicolons.replace(',', ';');
    put("FuzzCsvImport", "matrix-no-bom.csv", formats::withoutBom(matrix).toByteArray());
    put("FuzzCsvImport", "matrix-semicolons-bom.csv", semicolons);
    put("FuzzCsvImport", "sheet.csv", formats::roleSheetCsv(small, sheetRole));
    // One grant the rules let change, as a matrix of one column and as a sheet in German; then the sheet with a
    // quotation mark that is never closed.
    const auto [feature, levels] = fz::editableGrant(small, sheetRole);
    if (!feature)
        fz::fail("the sheet's role has a grant the rules let change");
    put("FuzzCsvImport", "matrix-edited.csv",
        formats::csvRecord({ QStringLiteral("Feature"), formats::roleLabel(small, sheetRole) }).toUtf8()
            + formats::csvRecord({ feature->name, levels.toText() }).toUtf8());
    QString german = levels.toText();
    german.replace(QLatin1String("None"), QStringLiteral("Keine"))
        .replace(QLatin1String("View"), QStringLiteral("Ansehen"));
    german.replace(QLatin1String("Add"), QStringLiteral("Hinzufügen"))
        .replace(QLatin1String("Edit"), QStringLiteral("Bearbeiten"));
    german.replace(QLatin1String("Delete"), QStringLiteral("Löschen"));
    const QByteArray edited
        = formats::csvRecord({ QStringLiteral("Abschnitt"), QStringLiteral("Feature"), QStringLiteral("Levels") })
              .toUtf8()
        + formats::csvRecord({ QString(), feature->name, german }).toUtf8();
    put("FuzzCsvImport", "sheet-edited.csv", edited);
    put("FuzzCsvImport", "sheet-unclosed.csv", edited + "\"Setup\n");
    put("FuzzCsvImport", "review.csv", formats::reviewCsv(fz::reviewEvidence()));

    // FuzzXlsxImport reads a zip as a workbook, and other bytes as a worksheet's rows, a NUL, its shared strings.
    put("FuzzXlsxImport", "matrix.xlsx", formats::workspaceMatrixXlsx(small).value());
    put("FuzzXlsxImport", "sheet.xlsx", formats::roleSheetXlsx(small, sheetRole).value());
    put("FuzzXlsxImport", "libreoffice-style.xlsx",
        fmt::workbook("<row r=\"1\" spans=\"1:2\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                      "</row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\" s=\"1\" t=\"s\"><v>3</v></c></row>",
            { "Feature", formats::roleLabel(small, sheetRole).toUtf8(), feature->name.toUtf8(),
                levels.toText().toUtf8() }));
    put("FuzzXlsxImport", "rows.txt",
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><r><t>Le</t></r>"
        "<r><t>vels</t></r></is></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c><v>12</v></c>"
        "<c t=\"b\"><v>1</v></c></row>"
            + QByteArray(1, '\0') + "Feature\n" + feature->name.toUtf8());
    put("FuzzXlsxImport", "formula.txt", "<row r=\"1\"><c r=\"F1\"><f>SUM(A1:A2)</f><v>3</v></c></row>");
    return 0;
}
