// Role sheets as files: golden CSV, Markdown, HTML and JSON of the Production template, the CSV checked cell for
// cell against the source matrix, and names that could break a format.
#include "CsvParse.h"
#include "FormatsFixture.h"

#include "domain/DefaultWorkspace.h"
#include "formats/Casbin.h"
#include "formats/Csv.h"
#include "formats/Export.h"
#include "formats/RoleSheet.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace rs;

namespace {

const QDate kDate(2026, 1, 15);

QString goldenPath(const QString &name)
{
    return QDir(qEnvironmentVariable("ROLESHEET_SOURCE_DIR")).filePath(QStringLiteral("tests/formats/golden/") + name);
}

QString dateEnv()
{
    return QStringLiteral("SOURCE_DATE_EPOCH=%1").arg(QDateTime(kDate, QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
}

// One feature of the source matrix: the section heading without its number and remark, the feature, the levels.
struct SeedRow
{
    QString section, feature, levels;
};

// The source matrix, kept with the tests (tests/formats/data/production-matrix.tsv): one feature a line, section,
// feature and levels separated by tabs; lines starting with # are comments.
QList<SeedRow> seedRows()
{
    QFile file(QDir(qEnvironmentVariable("ROLESHEET_SOURCE_DIR"))
                   .filePath(QStringLiteral("tests/formats/data/production-matrix.tsv")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<SeedRow> rows;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() != 3)
            return {}; // a malformed data file fails the count check below
        rows.append({ cells.at(0), cells.at(1), cells.at(2) });
    }
    return rows;
}

} // namespace

class TestSheets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("default.rolesheet"));
        QCOMPARE(fmt::cli({ QStringLiteral("--db"), m_db, QStringLiteral("init") }).exit, 0);
    }

    void golden_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : { "csv", "md", "html", "json" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    // The Production template's sheet, from the model and from the command line, equals the golden file byte for
    // byte. Set ROLESHEET_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, then review the diff.
    void golden()
    {
        QFETCH(QString, format);
        const Workspace ws = DefaultWorkspace::create();
        const Role *role = ws.findTemplate(QStringLiteral("Production"));
        QVERIFY(role);
        const auto sheetFormat = formats::parseSheetFormat(format);
        QVERIFY(sheetFormat.ok());
        const auto data = formats::exportRole(ws, *role, sheetFormat.value(), kDate);
        QVERIFY(data.ok());
        const QString path = goldenPath(QStringLiteral("production.") + format);
        if (qEnvironmentVariableIsSet("ROLESHEET_UPDATE_GOLDEN"))
            QVERIFY(fmt::write(path, data.value()));
        const QByteArray golden = fmt::read(path);
        QVERIFY2(!golden.isEmpty(), qPrintable(path));
        QCOMPARE(data.value(), golden);
        const fmt::Run r = fmt::cli({ QStringLiteral("--db"), m_db, QStringLiteral("export"),
                                        QStringLiteral("Production"), QStringLiteral("--format"), format },
            {}, { dateEnv() });
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out, golden);
    }

    // The CSV of the Production template says what the source matrix says, feature by feature.
    void csvEqualsSourceMatrix()
    {
        const QList<SeedRow> seed = seedRows();
        QCOMPARE(seed.size(), 31);
        const fmt::Run r = fmt::cli({ QStringLiteral("--db"), m_db, QStringLiteral("export"),
            QStringLiteral("Production"), QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(r.exit, 0);
        const QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(r.out));
        QCOMPARE(rows.size(), seed.size() + 1);
        QCOMPARE(rows.at(0).join(QLatin1Char(',')),
            QStringLiteral("Section,Feature,View,Add,Edit,Delete,Levels,Why this matters"));
        for (int i = 0; i < seed.size(); ++i) {
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.size(), 8);
            QCOMPARE(row.at(0), seed.at(i).section);
            QCOMPARE(row.at(1), seed.at(i).feature);
            QCOMPARE(row.at(6), seed.at(i).levels);
            const QStringList named = seed.at(i).levels.split(QStringLiteral(" / "));
            const char *const flags[] = { "View", "Add", "Edit", "Delete" };
            for (int l = 0; l < 4; ++l) {
                const bool held = named.contains(QLatin1String(flags[l]));
                QCOMPARE(row.at(2 + l), held ? QStringLiteral("yes") : QString());
            }
            QVERIFY2(!row.at(7).isEmpty(), qPrintable(row.at(1)));
        }
    }

    // Names the rules let through cannot break a format: CSV quotes and neutralises them, HTML and Markdown escape.
    void awkwardNames()
    {
        Workspace ws = DefaultWorkspace::create(QStringLiteral("Owner"), QStringLiteral("<b>Studio</b> & \"Co\""));
        const QString script = QStringLiteral("<script>alert(\"x\")</script>");
        const QString formula = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
        const QString pipe = QStringLiteral("Jobs | *bold* [link](x)");
        Change role = Change::createRole(script, Scope::Account);
        QVERIFY(ws.apply(role).ok());
        Change f1 = Change::renameFeature(ws.findFeature(QStringLiteral("Jobs"))->id, pipe);
        Change f2 = Change::renameFeature(ws.findFeature(QStringLiteral("Images"))->id, formula);
        Change f3 = Change::renameFeature(ws.findFeature(QStringLiteral("Print Jobs"))->id, QStringLiteral("-1+1"));
        QVERIFY(ws.apply(f1).ok() && ws.apply(f2).ok() && ws.apply(f3).ok());
        const Role &r = *ws.role(role.role);

        const QList<QStringList> csv = fmt::parseCsv(QString::fromUtf8(formats::roleSheetCsv(ws, r)));
        QCOMPARE(csv.size(), 32);
        QStringList features;
        for (const QStringList &row : csv) {
            QCOMPARE(row.size(), 8);
            features << row.at(1);
        }
        QVERIFY(features.contains(QLatin1Char('\'') + formula));
        QVERIFY(features.contains(QStringLiteral("'-1+1")));
        QVERIFY(features.contains(pipe));

        const QString html = QString::fromUtf8(formats::roleSheetHtml(formats::RoleSheet::build(ws, r, kDate)));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(html.contains(script.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Studio&lt;/b&gt; &amp; &quot;Co&quot;")));

        const QString md = QString::fromUtf8(formats::roleSheetMarkdown(formats::RoleSheet::build(ws, r, kDate)));
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<"))));
        QVERIFY(md.contains(QStringLiteral("\\<script\\>")));
        // Every table row still has exactly four unescaped pipes.
        for (const QString &line : md.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char('|')))
                continue;
            QString plain = line;
            plain.remove(QStringLiteral("\\|"));
            QCOMPARE(plain.count(QLatin1Char('|')), 4);
        }

        const QList<QStringList> matrix = fmt::parseCsv(QString::fromUtf8(formats::workspaceMatrixCsv(ws)));
        QVERIFY(matrix.at(0).contains(script));
        for (const QStringList &row : matrix)
            QCOMPARE(row.size(), matrix.at(0).size());
    }

    // "%1", "%2" and "%3" in names are text like any other: every format and `show` print them as typed (they once
    // went through chained QString::arg() calls, and a section named "Setup %3" printed as "Setup 6: …").
    void percentSignsVerbatim()
    {
        Workspace ws = DefaultWorkspace::create(QStringLiteral("Owner %1"), QStringLiteral("Studio %1"));
        const QString roleName = QStringLiteral("%1 %2 %3");
        const QString jobs = QStringLiteral("Jobs %1 %2 %3");
        Change role
            = Change::createRole(roleName, Scope::Account, 0, ws.findTemplate(QStringLiteral("Production"))->id);
        QVERIFY(ws.apply(role).ok());
        Change member = Change::addMember(QStringLiteral("%2 %1"), role.role);
        for (Change c :
            { Change::renameSection(ws.findSection(QStringLiteral("Setup"))->id, QStringLiteral("Setup %3")),
                Change::renameSection(ws.findSection(QStringLiteral("Capture"))->id, QStringLiteral("Capture %1 %2")),
                Change::renameFeature(ws.findFeature(QStringLiteral("Jobs"))->id, jobs), member })
            QVERIFY(ws.apply(c).ok());
        const Role &r = *ws.role(role.role);
        const QString setup
            = QStringLiteral("Setup %3: works with 8 of 10 features and can add or change in 6 of them.");
        const QString capture
            = QStringLiteral("Capture %1 %2: works with all 8 features and can add or change in 4 of them.");

        const auto sheet = [&](const char *format) {
            const auto data
                = formats::exportRole(ws, r, formats::parseSheetFormat(QLatin1String(format)).value(), kDate);
            return data.ok() ? QString::fromUtf8(data.value()) : QString();
        };
        const QString md = sheet("md");
        QVERIFY2(md.contains(QStringLiteral("- ") + setup + QLatin1Char('\n')), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("- ") + capture + QLatin1Char('\n')));
        QVERIFY(md.contains(QStringLiteral("| ") + jobs + QStringLiteral(" | Add |")));
        QVERIFY(md.contains(QStringLiteral("**Workspace:** Studio %1")));
        const QString html = sheet("html");
        QVERIFY2(html.contains(QStringLiteral("<li>") + setup + QStringLiteral("</li>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<li>") + capture + QStringLiteral("</li>")));
        const QList<QStringList> csv = fmt::parseCsv(sheet("csv"));
        QCOMPARE(csv.at(1).mid(0, 2), QStringList({ QStringLiteral("Setup %3"), jobs }));
        const QJsonObject json = QJsonDocument::fromJson(sheet("json").toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("workspace")).toString(), QStringLiteral("Studio %1"));
        QCOMPARE(json.value(QStringLiteral("role")).toObject().value(QStringLiteral("name")).toString(), roleName);
        const QJsonObject first = json.value(QStringLiteral("grants")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("section")).toString(), QStringLiteral("Setup %3"));
        QCOMPARE(first.value(QStringLiteral("feature")).toString(), jobs);

        const QString mapping = QString::fromUtf8(formats::CasbinPolicy::build(ws).mapping);
        for (const QString &name : { roleName, jobs, QStringLiteral("%2 %1") })
            QVERIFY2(mapping.contains(name), qPrintable(name));

        const QString db = m_dir.filePath(QStringLiteral("percent.rolesheet"));
        QVERIFY(fmt::createStore(db, ws));
        const fmt::Run r2 = fmt::cli({ QStringLiteral("--db"), db, QStringLiteral("show"), roleName });
        QCOMPARE(r2.exit, 0);
        const QStringList lines = QString::fromUtf8(r2.out).split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0).section(QStringLiteral(" — "), 0, 0), roleName);
        QVERIFY2(lines.contains(QStringLiteral("Setup %3")), r2.out.constData());
        bool found = false;
        for (const QString &line : lines)
            found = found
                || (line.startsWith(QStringLiteral("  ") + jobs + QLatin1Char(' '))
                    && line.endsWith(QStringLiteral(" Add (without View)")));
        QVERIFY2(found, r2.out.constData());
    }

    // The rich-text document a preview shows carries the same sheet.
    void document()
    {
        const Workspace ws = DefaultWorkspace::create();
        const auto doc = formats::roleSheetDocument(
            formats::RoleSheet::build(ws, *ws.findTemplate(QStringLiteral("Production")), kDate));
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Production")));
        QVERIFY(text.contains(QStringLiteral("Fulfillment — Print Services")));
        QVERIFY(text.contains(QStringLiteral("View / Delete")));
        QCOMPARE(
            doc->metaInformation(QTextDocument::DocumentTitle), QStringLiteral("Studio — Production — 2026-01-15"));
    }

    // The auditors' matrix: every feature a row, every role and template a column, the source notation in the cells.
    void matrix()
    {
        const Workspace ws = DefaultWorkspace::create();
        const QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(formats::workspaceMatrixCsv(ws)));
        QCOMPARE(rows.size(), ws.features().size() + 1);
        QCOMPARE(rows.at(0).size(), 5 + ws.roles().size());
        const int production = int(rows.at(0).indexOf(QStringLiteral("Production [template]")));
        const int owner = int(rows.at(0).indexOf(QStringLiteral("Admin & owner")));
        const int admin = int(rows.at(0).indexOf(QStringLiteral("Admin")));
        QVERIFY(production > 0 && owner > 0 && admin > 0);
        for (const QStringList &row : rows.mid(1)) {
            const Feature *f = ws.findFeature(row.at(1));
            QVERIFY(f);
            QCOMPARE(row.at(production), ws.grant(ws.findTemplate(QStringLiteral("Production"))->id, f->id).toText());
            QCOMPARE(row.at(owner), QStringLiteral("View / Add / Edit / Delete"));
            QCOMPARE(
                row.at(admin), f->ownerOnly ? QStringLiteral("None") : QStringLiteral("View / Add / Edit / Delete"));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestSheets)
#include "TestSheets.moc"
