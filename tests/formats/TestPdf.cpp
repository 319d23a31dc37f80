// The printed sheet: a PDF whose text says what the sheet says, paginated cleanly, and the export of every role.
#include "FormatsFixture.h"

#include "domain/DefaultWorkspace.h"
#include "formats/Export.h"
#include "formats/ReviewEvidence.h"
#include "formats/RoleSheet.h"
#include "formats/SheetPdf.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace rs;

namespace {

const QDate kDate(2026, 1, 15);

// The text of each page, from poppler's pdftotext, with ligatures undone and spaces collapsed per line.
QStringList pageTexts(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl"));
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages) {
        QStringList lines = page.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = line.simplified();
        page = lines.join(QLatin1Char('\n'));
    }
    return pages;
}

// The page whose lines include one starting with `start`; -1 when none does, -2 when several do.
int pageOfLineStart(const QStringList &pages, const QString &start)
{
    int found = -1;
    for (int i = 0; i < pages.size(); ++i) {
        for (const QString &line : pages.at(i).split(QLatin1Char('\n'))) {
            if (line.startsWith(start))
                found = found == -1 ? i : -2;
        }
    }
    return found;
}

// The page holding a line that is exactly `text`; -1 when none does, -2 when several do.
int pageOfLine(const QStringList &pages, const QString &text)
{
    int found = -1;
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).split(QLatin1Char('\n')).contains(text))
            found = found == -1 ? i : -2;
    }
    return found;
}

// The page of a table row: the line that starts with the feature's name (or, when the name wraps, its first words)
// followed by the levels.
int rowPage(const QStringList &pages, const QString &feature, Levels levels)
{
    const QStringList words = feature.split(QLatin1Char(' '));
    for (qsizetype n = words.size(); n > 0; --n) {
        const int page
            = pageOfLineStart(pages, words.mid(0, n).join(QLatin1Char(' ')) + QLatin1Char(' ') + levels.toText());
        if (page != -1)
            return page;
    }
    return -1;
}

// A workspace whose sheet runs over several pages, with rows of very different heights.
Workspace longWorkspace()
{
    Workspace ws = DefaultWorkspace::create();
    for (int s = 0; s < 4; ++s) {
        Change section = Change::addSection(QStringLiteral("Extra %1").arg(s));
        (void)ws.apply(section);
        for (int f = 0; f < 14; ++f) {
            const QString why = QStringLiteral("Reason %1-%2 ").arg(s).arg(f)
                + QStringLiteral("runs long so that the row wraps over several lines of the column. ").repeated(f % 5)
                + QStringLiteral("End%1x%2.").arg(s).arg(f);
            Change feature = Change::addFeature(
                section.section, QStringLiteral("Feature %1-%2").arg(s).arg(f), Scope::Account, {}, false, why);
            (void)ws.apply(feature);
        }
    }
    return ws;
}

} // namespace

class TestPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
            "pdftotext is missing: install Debian's poppler-utils");
    }

    void sheet_data()
    {
        QTest::addColumn<bool>("longSheet");
        QTest::newRow("Production template") << false;
        QTest::newRow("long catalog") << true;
    }

    // Every feature is on exactly one page with its levels and its whole reason; headings share a page with their
    // first row; every page names workspace, role and date and counts pages.
    void sheet()
    {
        QFETCH(bool, longSheet);
        const Workspace ws = longSheet ? longWorkspace() : DefaultWorkspace::create();
        const Role *role = ws.findTemplate(QStringLiteral("Production"));
        QVERIFY(role);
        const formats::RoleSheet sheet = formats::RoleSheet::build(ws, *role, kDate);
        const Result<QByteArray> pdf = formats::roleSheetPdf(sheet);
        QVERIFY(pdf.ok());
        QVERIFY(pdf.value().startsWith("%PDF"));
        const QString path = m_dir.filePath(QStringLiteral("sheet.pdf"));
        QVERIFY(fmt::write(path, pdf.value()));
        const QStringList pages = pageTexts(path);
        QVERIFY(pages.size() >= (longSheet ? 5 : 2));
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(QStringLiteral("Studio — Production — 2026-01-15")), qPrintable(pages.at(i)));
            QVERIFY(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        }
        for (const formats::SheetSection &section : sheet.sections) {
            const int headingPage = pageOfLine(pages, section.name);
            for (const formats::SheetRow &row : section.rows) {
                const int page = rowPage(pages, row.feature, row.levels);
                QVERIFY2(page >= 0, qPrintable(row.feature));
                // The reason's last word is on the same page: the row was not split.
                const QString last = row.why.split(QRegularExpression(QStringLiteral("[ -]"))).last();
                QVERIFY2(pages.at(page).contains(last), qPrintable(row.feature));
            }
            const int firstRowPage = rowPage(pages, section.rows.first().feature, section.rows.first().levels);
            QVERIFY2(headingPage >= 0, qPrintable(section.name));
            QCOMPARE(headingPage, firstRowPage);
        }
        QVERIFY(pages.last().contains(QStringLiteral("It deliberately excludes:")));
    }

    // The command line writes the PDF (starting the graphical libraries itself) and every role's sheet into a folder.
    void exportAll_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : { "pdf", "md", "csv", "json", "html" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void exportAll()
    {
        QFETCH(QString, format);
        Workspace ws = DefaultWorkspace::create();
        Change a = Change::createRole(QStringLiteral("../../etc/passwd"), Scope::Account);
        Change b = Change::createRole(QStringLiteral("Lead: A/B \"test\""), Scope::Account);
        Change c = Change::createRole(QStringLiteral("lead: a/b \"TEST\""), Scope::Account, 0, 0, true);
        Change p = Change::createProduction(QStringLiteral("Film"), ws.owner());
        QVERIFY(ws.apply(a).ok() && ws.apply(b).ok() && ws.apply(c).ok() && ws.apply(p).ok());
        Change d = Change::createRole(QStringLiteral("Editor"), Scope::Production, p.production);
        QVERIFY(ws.apply(d).ok());
        const QString db = m_dir.filePath(QStringLiteral("all-%1.rolesheet").arg(format));
        QVERIFY(fmt::createStore(db, ws));
        const QString out = m_dir.filePath(QStringLiteral("out-") + format);
        const fmt::Run r = fmt::cli({ QStringLiteral("--db"), db, QStringLiteral("export-all"),
            QStringLiteral("--format"), format, QStringLiteral("--out"), out });
        QVERIFY2(r.exit == 0, r.err.constData());
        const QStringList files = QDir(out).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), ws.roles().size());
        for (const QString &file : files) {
            QVERIFY2(file.endsWith(QLatin1Char('.') + format) && !file.startsWith(QLatin1Char('.')), qPrintable(file));
            QVERIFY(!fmt::read(QDir(out).filePath(file)).isEmpty());
        }
        QVERIFY(files.contains(QStringLiteral("Editor [Film].") + format));
        QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("passwd*") }).isEmpty());
    }

    // The editor's "Export all…" can be cancelled: what was written is whole, nothing else is there.
    void exportAllCancelled()
    {
        const Workspace ws = DefaultWorkspace::create();
        const QString out = m_dir.filePath(QStringLiteral("cancelled"));
        QList<int> seen;
        const Result<QStringList> written = formats::exportAll(
            ws, formats::SheetFormat::Html, out, kDate, formats::Overwrite::Refuse, [&](int done, int total) {
                seen << done;
                return done < 2 && total == int(ws.roles().size());
            });
        QVERIFY(written.ok());
        QCOMPARE(written->size(), 2);
        QCOMPARE(seen, (QList<int> { 0, 1, 2 }));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 2);
        for (const QString &path : written.value())
            QVERIFY(fmt::read(path).endsWith("</html>\n"));
    }

    void matrixFile()
    {
        const QString db = m_dir.filePath(QStringLiteral("matrix.rolesheet"));
        QVERIFY(fmt::createStore(db, DefaultWorkspace::create()));
        const QString out = m_dir.filePath(QStringLiteral("matrix"));
        const fmt::Run r = fmt::cli({ QStringLiteral("--db"), db, QStringLiteral("export-all"),
            QStringLiteral("--format"), QStringLiteral("matrix-csv"), QStringLiteral("--out"), out });
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList { QStringLiteral("Studio matrix.csv") });
    }

    // A reviewer's comment of 2,000 characters runs over more than a page in its narrow column: it is printed whole,
    // continued on the next page, and the rows after it follow.
    void reviewCommentPrintedWhole()
    {
        QStringList words;
        for (int i = 1; i <= 333; ++i)
            words << QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString comment = words.join(QLatin1Char(' ')) + QStringLiteral(" ok");
        QCOMPARE(comment.size(), 2000);
        formats::ReviewEvidence e;
        e.workspace = QStringLiteral("Studio");
        e.campaign.name = QStringLiteral("Q1");
        for (int n = 1; n <= 3; ++n) {
            CampaignItem ci;
            ci.item.number = n;
            ci.item.kind = review::Item::Kind::Seat;
            ci.item.memberName = QStringLiteral("Member %1").arg(n);
            ci.item.productionName = QStringLiteral("Spring");
            ci.item.roleName = QStringLiteral("Subtitler");
            ci.decision.kind = review::Decision::Kind::Keep;
            ci.decision.comment = n == 2 ? comment : QStringLiteral("Comment %1 is short.").arg(n);
            e.items.append(ci);
        }
        e.campaign.itemCount = int(e.items.size());
        const Result<QByteArray> pdf = formats::reviewPdf(e);
        QVERIFY(pdf.ok());
        const QString path = m_dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY(fmt::write(path, pdf.value()));
        const QStringList pages = pageTexts(path);
        QVERIFY(pages.size() >= 2);
        QStringList found;
        for (const QString &page : pages)
            found += page.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QStringList missing;
        for (const QString &word : words) {
            if (found.count(word) != 1)
                missing << word;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing: ") + missing.join(QLatin1Char(' '))));
        // In order, and the last words of the comment come before the rows after it.
        QCOMPARE(found.indexOf(QStringLiteral("w0333")) + 1, found.indexOf(QStringLiteral("ok")));
        QVERIFY(found.indexOf(QStringLiteral("w0001")) < found.indexOf(QStringLiteral("w0333")));
        QVERIFY(pages.join(QLatin1Char('\n')).contains(QStringLiteral("Comment 3 is short.")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPdf)
#include "TestPdf.moc"
