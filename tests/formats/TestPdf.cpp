// The printed sheet: a PDF whose text says what the sheet says, paginated cleanly, and the export of every role.
#include "FormatsFixture.h"

#include "domain/DefaultWorkspace.h"
#include "formats/Export.h"
#include "formats/ReviewEvidence.h"
#include "formats/RoleSheet.h"
#include "formats/SheetPdf.h"

#include <QDir>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace rs;

namespace {

const QDate kDate(2026, 1, 15);

// The text of each page, from poppler's pdftotext, with ligatures undone, spaces collapsed per line, and without the
// direction marks poppler puts around right-to-left text.
QStringList pageTexts(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl"));
    text.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}]")));
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
        const QString path = m_dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY(formats::saveReviewPdf(e, path, formats::Overwrite::Replace).ok());
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

    // The evidence is text a reader finds: every item's member, access and decision, the summary and the hashes,
    // names in any script among them (Cyrillic, Greek, Chinese, Korean drawn from the font Qt falls back to; Arabic
    // and Hebrew laid out right to left, Devanagari with its conjuncts), and poppler draws every page without
    // complaint.
    void reviewEvidenceText()
    {
        QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
            "no font for Chinese: install Debian's fonts-droid-fallback");
        const QStringList members = { QStringLiteral("Zoë Ærøskøbing"), QStringLiteral("Анна Петрова"),
            QStringLiteral("王小明"), QStringLiteral("김민지"), QStringLiteral("Σοφία Νικολάου"),
            QStringLiteral("سارة أحمد"), QStringLiteral("דנה לוי"), QStringLiteral("प्रिया शर्मा") };
        formats::ReviewEvidence e;
        e.workspace = QStringLiteral("Studio Nord");
        e.campaign.name = QStringLiteral("Q2 Frühling");
        e.campaign.startedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        e.campaign.startedBy = members.first();
        e.campaign.startedVersion = 41;
        e.campaign.closedAt = QDateTime(QDate(2026, 4, 20), QTime(17, 30), Qt::UTC);
        e.campaign.closedBy = QStringLiteral("Анна Петрова");
        e.campaign.appliedVersion = 57;
        e.campaign.itemsHash = QStringLiteral("3f").repeated(32);
        e.campaign.evidenceHash = QStringLiteral("a0").repeated(32);
        // Many items, so that the items run over many pages; the named ones are spread among them.
        const int count = 400;
        for (int n = 1; n <= count; ++n) {
            CampaignItem ci;
            ci.item.number = n;
            ci.item.kind = review::Item::Kind::Seat;
            const bool named = n % 50 == 7;
            ci.item.memberName = named ? members.at((n / 50) % members.size()) : QStringLiteral("Member %1").arg(n);
            ci.item.productionName = n % 2 ? QStringLiteral("春の映画") : QStringLiteral("Spring");
            ci.item.roleName = QStringLiteral("Subtitler");
            if (n % 4 != 0) {
                ci.decision.kind = n % 3 == 0 ? review::Decision::Kind::Revoke : review::Decision::Kind::Keep;
                ci.decision.decidedBy = QStringLiteral("Σοφία Νικολάου");
                ci.decision.at = QDateTime(QDate(2026, 4, 10), QTime(12, 0), Qt::UTC);
                ci.history.append(ci.decision);
            }
            e.items.append(ci);
        }
        e.campaign.itemCount = count;
        const QString path = m_dir.filePath(QStringLiteral("evidence.pdf"));
        QVERIFY(formats::saveReviewPdf(e, path, formats::Overwrite::Refuse).ok());
        // Refused when the file is there, and the file left as it was.
        const QByteArray written = fmt::read(path);
        QCOMPARE(formats::saveReviewPdf(e, path, formats::Overwrite::Refuse).error().code, Error::Code::Conflict);
        QCOMPARE(fmt::read(path), written);

        const QStringList pages = pageTexts(path);
        QVERIFY2(pages.size() >= 8, qPrintable(QString::number(pages.size())));
        const QString all = pages.join(QLatin1Char('\n'));
        for (const QString &member : members)
            QVERIFY2(all.contains(member), qPrintable(member));
        for (const QString &text :
            QStringList { QStringLiteral("Access review Q2 Frühling"), QStringLiteral("Workspace: Studio Nord"),
                QStringLiteral("SHA-256 of the 400 frozen items: ") + e.campaign.itemsHash,
                QStringLiteral("outcomes and the close): ") + e.campaign.evidenceHash,
                QStringLiteral(
                    "Closed: 2026-04-20T17:30:00.000Z by Анна Петрова; changes applied at workspace version 57"),
                QStringLiteral("Production 春の映画"), QStringLiteral("We confirm that the access listed above") })
            QVERIFY2(all.contains(text), qPrintable(text));
        // The summary: 400 items, 100 undecided; of the decided, every third revoked.
        int keep = 0;
        int revoke = 0;
        for (int n = 1; n <= count; ++n) {
            if (n % 4 != 0)
                ++(n % 3 == 0 ? revoke : keep);
        }
        const QString totals = QStringLiteral("All items 400 %1 %2 0 100").arg(keep).arg(revoke);
        QVERIFY2(pageOfLine(pages, totals) == 0, qPrintable(pages.first()));
        // Every item once, in order, with its decision on its line.
        int last = -1;
        for (int n = 1; n <= count; ++n) {
            const QString member
                = n % 50 == 7 ? members.at((n / 50) % members.size()) : QStringLiteral("Member %1").arg(n);
            const QString decision = n % 4 == 0 ? QStringLiteral("Undecided")
                                                : (n % 3 == 0 ? QStringLiteral("Revoke") : QStringLiteral("Keep"));
            const int page = pageOfLineStart(pages, QStringLiteral("%1 %2 ").arg(n).arg(member));
            QVERIFY2(page >= last, qPrintable(QStringLiteral("item %1 on page %2").arg(n).arg(page)));
            last = page;
            const QStringList lines = pages.at(page).split(QLatin1Char('\n'));
            const auto line = std::find_if(lines.cbegin(), lines.cend(),
                [&](const QString &l) { return l.startsWith(QStringLiteral("%1 %2 ").arg(n).arg(member)); });
            QVERIFY2(line->contains(decision), qPrintable(*line));
        }
        // Poppler reads and draws every page: no broken font or stream.
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), path,
                m_dir.filePath(QStringLiteral("page")) });
        QVERIFY(render.waitForFinished(120000));
        QCOMPARE(render.exitCode(), 0);
        QCOMPARE(render.readAllStandardError(), QByteArray());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPdf)
#include "TestPdf.moc"
