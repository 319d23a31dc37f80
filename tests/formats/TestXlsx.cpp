// The spreadsheet files as spreadsheet users keep them: every CSV starts with a UTF-8 byte order mark and reads back
// with or without one; the xlsx workbooks hold the same rows with a frozen header, fitted columns and the owner-only and
// guarded cells marked, and read back through the same checks as CSV; a hostile workbook is refused in one line.
#include "CsvParse.h"
#include "XlsxParts.h"

#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"
#include "formats/AuditCsv.h"
#include "formats/Csv.h"
#include "formats/CsvImport.h"
#include "formats/Export.h"
#include "formats/ReviewEvidence.h"
#include "formats/XlsxExport.h"
#include "formats/XlsxRead.h"
#include "review/Review.h"
#include "testing/Generate.h"

#include <QRegularExpression>
#include <QtTest>

using namespace rs;

namespace {

QList<QStringList> rowsOf(const QByteArray &csv)
{
    return fmt::parseCsv(QString::fromUtf8(formats::withoutBom(csv).toByteArray()));
}

// Rows without their trailing empty cells, and without trailing empty rows: what a sheet shows.
QList<QStringList> shown(QList<QStringList> rows)
{
    for (QStringList &row : rows) {
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
    }
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();
    return rows;
}

QByteArray csvOfXlsx(const Result<QByteArray> &xlsx)
{
    if (!xlsx) {
        qWarning("%s", qPrintable(xlsx.error().message));
        return {};
    }
    const Result<QByteArray> csv = formats::csvFromXlsx(xlsx.value());
    if (!csv) {
        qWarning("%s", qPrintable(csv.error().message));
        return {};
    }
    return csv.value();
}

// The workbook with the first worksheet's XML replaced.
QByteArray withSheet(const QByteArray &xlsx, const QByteArray &sheet)
{
    fmt::Parts parts;
    for (const QString &name : { QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
             QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/_rels/workbook.xml.rels"),
             QStringLiteral("xl/styles.xml") })
        parts.append({ name, fmt::partOf(xlsx, name) });
    parts.append({ QStringLiteral("xl/worksheets/sheet1.xml"), sheet });
    return fmt::zipOf(parts);
}

formats::ReviewEvidence evidence()
{
    formats::ReviewEvidence e;
    e.workspace = QStringLiteral("Studio Noord");
    e.campaign.name = QStringLiteral("Q1 — 2027");
    e.campaign.startedBy = QStringLiteral("Ann Peeters");
    e.campaign.startedVersion = 12;
    e.campaign.itemsHash = review::itemsHash({});
    return e;
}

QList<AuditEntry> auditEntries()
{
    AuditEntry a;
    a.version = 7;
    a.at = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    a.actor = QStringLiteral("Ann Peeters");
    a.osUser = QStringLiteral("ann");
    a.summary = QStringLiteral("Granted Tools — Export: Add / Edit to Production, \"again\"");
    a.subjects = { QStringLiteral("role:12") };
    a.change = QJsonObject { { QStringLiteral("kind"), QStringLiteral("set-grant") } };
    AuditEntry b = a;
    b.version = 8;
    b.summary = QStringLiteral("=SUM(A1) as a name\nover two lines");
    return { a, b };
}

// What csvFromXlsx() refuses: one line, nothing more.
void expectRefused(const QByteArray &xlsx, const QString &start)
{
    const Result<QByteArray> csv = formats::csvFromXlsx(xlsx);
    QVERIFY2(!csv, "a hostile workbook was read");
    QVERIFY2(!csv.error().message.contains(u'\n'), qPrintable(csv.error().message));
    QVERIFY2(csv.error().message.startsWith(start), qPrintable(csv.error().message));
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private slots:
    void everySpreadsheetCsvStartsWithTheByteOrderMark()
    {
        const Workspace ws = DefaultWorkspace::create();
        const Role &role = *ws.role(ws.builtInRole(BuiltIn::Admin));
        QVERIFY(formats::workspaceMatrixCsv(ws).startsWith("\xEF\xBB\xBFSection,Feature,"));
        QVERIFY(formats::roleSheetCsv(ws, role).startsWith("\xEF\xBB\xBFSection,Feature,View,"));
        QVERIFY(formats::auditCsv(auditEntries()).toUtf8().startsWith("\xEF\xBB\xBFWhen,Version,"));
        QVERIFY(formats::reviewCsv(evidence()).startsWith("\xEF\xBB\xBFworkspace,campaign,"));
        // Only once: the mark is not part of the first header.
        QVERIFY(!formats::workspaceMatrixCsv(ws).mid(3).startsWith("\xEF\xBB\xBF"));
    }

    // Saved again without the mark, or with it, a file reads back the same.
    void csvReadsBackWithOrWithoutTheMark()
    {
        const Workspace ws = generateWorkspace(GenerateSpec::small(), 3);
        const QByteArray matrix = formats::workspaceMatrixCsv(ws);
        const QByteArray bare = formats::withoutBom(matrix).toByteArray();
        QVERIFY(!bare.startsWith("\xEF\xBB\xBF"));
        for (const QByteArray &bytes : { matrix, bare }) {
            const Result<QList<Change>> staged = formats::stagedFromMatrixCsv(ws, bytes);
            QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().message));
            QVERIFY(staged->isEmpty());
        }
        const Role &role = *formats::rolesToExport(ws).constLast();
        const QByteArray sheet = formats::roleSheetCsv(ws, role);
        for (const QByteArray &bytes : { sheet, formats::withoutBom(sheet).toByteArray() }) {
            QVERIFY(formats::isRoleSheetCsv(bytes));
            const Result<QList<Change>> staged = formats::stagedFromSheetCsv(ws, role, bytes);
            QVERIFY(staged && staged->isEmpty());
        }
        // Review evidence verifies with or without the mark, and not once a line differs.
        const formats::ReviewEvidence e = evidence();
        const QByteArray review = formats::reviewCsv(e);
        QVERIFY(formats::verifyReviewCsv(e, review).ok());
        QVERIFY(formats::verifyReviewCsv(e, formats::withoutBom(review).toByteArray()).ok());
        QByteArray changed = review;
        changed.replace("Ann Peeters", "Bo Smit");
        QVERIFY(!formats::verifyReviewCsv(e, changed).ok());
        QVERIFY(!formats::verifyReviewCsv(e, review + "\r\n").ok());
    }

    // The matrix as a workbook holds exactly the matrix CSV's cells, and reads back as no change.
    void matrixWorkbookHoldsTheMatrix()
    {
        for (const Workspace &ws : { DefaultWorkspace::create(), generateWorkspace(GenerateSpec::small(), 5) }) {
            const QByteArray csv = csvOfXlsx(formats::workspaceMatrixXlsx(ws));
            QVERIFY(!csv.isEmpty());
            const QList<QStringList> expected = rowsOf(formats::workspaceMatrixCsv(ws));
            QList<QStringList> got = rowsOf(csv);
            // The CSV guards text that starts like a formula with an apostrophe; a workbook's text cell needs none.
            for (QStringList &row : got) {
                for (QString &cell : row) {
                    if (QStringLiteral("=+-@").contains(cell.left(1)) && !cell.isEmpty())
                        cell.prepend(u'\'');
                }
            }
            QCOMPARE(shown(got), shown(expected));
            const Result<QList<Change>> staged = formats::stagedFromMatrixCsv(ws, csv);
            QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().message));
            QVERIFY(staged->isEmpty());
        }
    }

    // One cell edited in the workbook's XML arrives as one staged change of that cell.
    void editedCellIsOneChange()
    {
        const Workspace ws = generateWorkspace(GenerateSpec::small(), 7);
        const QList<const Role *> roles = formats::rolesToExport(ws);
        const Role *role = nullptr;
        const Feature *feature = nullptr;
        Levels levels;
        for (const Role *r : roles) {
            for (const Feature &f : ws.features()) {
                const Levels allowed = Rules::allowedLevels(ws, *r, f);
                if (!role && !r->isLocked() && allowed != ws.grant(*r, f)
                    && Rules::checkGrant(ws, *r, f, allowed)) {
                    role = r;
                    feature = &f;
                    levels = allowed;
                }
            }
        }
        QVERIFY(role && feature);
        const QString cell = formats::cellName(5 + roles.indexOf(role), 2 + ws.featureIndex(feature->id));
        const Result<QByteArray> xlsx = formats::workspaceMatrixXlsx(ws);
        QVERIFY(xlsx);
        QByteArray sheet = fmt::partOf(xlsx.value(), QStringLiteral("xl/worksheets/sheet1.xml"));
        const QRegularExpression element(QStringLiteral("<c r=\"%1\"[^>]*>.*?</c>").arg(cell));
        QString text = QString::fromUtf8(sheet);
        const QRegularExpressionMatch match = element.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(cell));
        text.replace(match.capturedStart(), match.capturedLength(),
            QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(cell, levels.toText()));
        const QByteArray csv = csvOfXlsx(withSheet(xlsx.value(), text.toUtf8()));
        const Result<QList<Change>> staged = formats::stagedFromMatrixCsv(ws, csv);
        QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().message));
        QCOMPARE(staged->size(), 1);
        QCOMPARE(staged->first().role, role->id);
        QCOMPARE(staged->first().feature, feature->id);
        QCOMPARE(staged->first().levels, levels);
    }

    void roleSheetAuditAndReviewWorkbooksHoldTheirRows()
    {
        const Workspace ws = generateWorkspace(GenerateSpec::small(), 11);
        const Role &role = *formats::rolesToExport(ws).constLast();
        const QByteArray sheet = csvOfXlsx(formats::roleSheetXlsx(ws, role));
        QCOMPARE(shown(rowsOf(sheet)), shown(formats::roleSheetRows(ws, role)));
        QVERIFY(formats::isRoleSheetCsv(sheet));
        const Result<QList<Change>> staged = formats::stagedFromSheetCsv(ws, role, sheet);
        QVERIFY(staged && staged->isEmpty());
        // Line breaks, quotes and a leading "=" stay text.
        QCOMPARE(shown(rowsOf(csvOfXlsx(formats::auditXlsx(auditEntries())))),
            shown(formats::auditRows(auditEntries())));
        QCOMPARE(shown(rowsOf(csvOfXlsx(formats::reviewXlsx(evidence())))), shown(formats::reviewRows(evidence())));
    }

    // Frozen header, fitted columns, the marks and their legend.
    void workbookIsLaidOutForPeople()
    {
        const Workspace ws = DefaultWorkspace::create();
        const Result<QByteArray> xlsx = formats::workspaceMatrixXlsx(ws);
        QVERIFY(xlsx && xlsx->startsWith("PK\x03\x04"));
        const QString sheet = QString::fromUtf8(fmt::partOf(xlsx.value(), QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY2(sheet.contains(QRegularExpression(QStringLiteral("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\""))),
            qPrintable(sheet.left(1500)));
        // The Feature column is as wide as its longest name, not the default.
        qsizetype longest = 0;
        for (const Feature &f : ws.features())
            longest = qMax(longest, f.name.size());
        const QRegularExpressionMatch feature
            = QRegularExpression(QStringLiteral("<col min=\"2\" max=\"2\" width=\"([0-9.]+)\"")).match(sheet);
        QVERIFY2(feature.hasMatch(), qPrintable(sheet.left(1500)));
        QVERIFY(feature.captured(1).toDouble() >= double(longest));

        // The role cells of an owner-only feature carry one style, of a guarded one another, of others none.
        const auto styleOfRow = [&](const QString &featureName) {
            const qsizetype at = sheet.indexOf(QStringLiteral("<t>%1</t>").arg(featureName));
            const qsizetype rowEnd = sheet.indexOf(QStringLiteral("</row>"), at);
            const QString row = sheet.mid(at, rowEnd - at);
            QSet<QString> styles;
            QRegularExpressionMatchIterator it
                = QRegularExpression(QStringLiteral("<c r=\"[A-Z]+[0-9]+\"( s=\"([0-9]+)\")?")).globalMatch(row);
            while (it.hasNext())
                styles.insert(it.next().captured(2));
            return styles;
        };
        const Feature *ownerOnly = nullptr;
        const Feature *financial = nullptr;
        const Feature *plain = nullptr;
        for (const Feature &f : ws.features()) {
            if (f.ownerOnly)
                ownerOnly = ownerOnly ? ownerOnly : &f;
            else if (f.categories.has(Category::Financial))
                financial = financial ? financial : &f;
            else if (f.categories.isEmpty())
                plain = plain ? plain : &f;
        }
        QVERIFY(ownerOnly && financial && plain);
        const QSet<QString> owner = styleOfRow(ownerOnly->name);
        const QSet<QString> guarded = styleOfRow(financial->name); // the Production template's guardrail
        const QSet<QString> none = styleOfRow(plain->name);
        QCOMPARE(none, QSet<QString> { QString() });
        QCOMPARE(owner.size(), 2); // the five feature cells unmarked, every role cell marked
        QVERIFY(guarded.size() >= 2);
        QVERIFY(!(owner - none).isEmpty() && !(guarded - none).isEmpty() && (owner - none) != (guarded - none));
        const QByteArray styles = fmt::partOf(xlsx.value(), QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains("FFF8CBAD") && styles.contains("FFDDEBF7"));
        const QByteArray legend = fmt::partOf(xlsx.value(), QStringLiteral("xl/worksheets/sheet2.xml"));
        QVERIFY2(legend.contains("Owner-only") && legend.contains("Guarded"), legend.constData());
        QVERIFY(fmt::partOf(xlsx.value(), QStringLiteral("xl/workbook.xml")).contains("name=\"Legend\""));
    }

    void hostileWorkbooksAreRefusedInOneLine()
    {
        const QByteArray header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Feature</t></is></c></row>";
        expectRefused("Feature,Admin\r\n", QStringLiteral("The file is not an xlsx workbook"));
        expectRefused(QByteArray("PK\x03\x04") + QByteArray(200, 'x'), QStringLiteral("The file is not an xlsx"));
        // A zip bomb: 64 MiB of blanks packed into some 64 KiB.
        expectRefused(fmt::workbook(header + QByteArray(64 * 1024 * 1024, ' '), {}, 9),
            QStringLiteral("The workbook unpacks to far more"));
        // A row of a million cells, and a cell past the last column.
        QByteArray wide = "<row r=\"2\">";
        for (int i = 0; i < 17000; ++i)
            wide += "<c><v>1</v></c>";
        expectRefused(fmt::workbook(header + wide + "</row>"), QStringLiteral("XFE2: The sheet has more than 16,384"));
        expectRefused(fmt::workbook(header + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"),
            QStringLiteral("XFE2: The sheet has more than 16,384"));
        expectRefused(fmt::workbook(header + "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>"),
            QStringLiteral("Row 1048577 is past"));
        expectRefused(fmt::workbook(header + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row>", { "View" }),
            QStringLiteral("B2: The cell refers to shared string 7, but the workbook has 1"));
        expectRefused(fmt::workbook(header + "<row r=\"2\"><c r=\"F2\"><f>SUM(A1:A9)</f><v>0</v></c></row>"),
            QStringLiteral("F2: The cell holds a formula"));
        expectRefused(fmt::workbook(header + "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>"
                + QByteArray(40000, 'V') + "</t></is></c></row>"),
            QStringLiteral("C2: The cell holds more than 32,767 characters"));
        expectRefused(fmt::workbook(header + "<row r=\"3\"/><row r=\"2\"/>"), QStringLiteral("Row 2 comes after"));
        // Broken XML ends the reading (it once spun on the reader's error for ever).
        expectRefused(fmt::workbook(header + "<row r=\"2\"<c/></row>"),
            QStringLiteral("The part xl/worksheets/sheet1.xml is not well-formed XML"));
        expectRefused(fmt::zipOf({ { QStringLiteral("xl/worksheets/sheet1.xml"), fmt::sheetXml(header) } }),
            QStringLiteral("The workbook has no part xl/workbook.xml"));
        expectRefused(fmt::zipOf({ { QStringLiteral("xl/workbook.xml"),
                          fmt::workbookXml().replace("\n<workbook", "\n<!DOCTYPE w [<!ENTITY a \"aaaa\">]>\n<workbook") } }),
            QStringLiteral("The part xl/workbook.xml declares a document type"));
        // A workbook as others write it reads: shared strings, rich text, a skipped row and column.
        const Result<QByteArray> fine = formats::csvFromXlsx(fmt::workbook(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
            "<row r=\"3\"><c r=\"B3\"><v>42</v></c><c r=\"C3\" t=\"inlineStr\"><is><r><t>a,</t></r><r><t>b</t></r>"
            "</is></c></row>",
            { "Feature", "View" }));
        QVERIFY2(fine, qPrintable(fine ? QString() : fine.error().message));
        QCOMPARE(fine.value(), QByteArray("Feature,,View\r\n\r\n,42,\"a,b\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "TestXlsx.moc"
