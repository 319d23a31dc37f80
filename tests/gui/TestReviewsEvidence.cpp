// An access review run in the editor from start to evidence: the reviewers ticked when it starts are recorded and
// printed, decisions are recorded by the member acting (not the operating-system login) with their comments, an end
// date is entered with the date control, every page says "page n of m", and an export can be cancelled.
#include "DateField.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "ReviewsFixture.h"
#include "document/Document.h"
#include "itemmodels/ReviewItemsModel.h"
#include "reviews/ReviewsDialog.h"
#include "commands/EditSession.h"
#include "storage/AuditState.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;
using reviewsfixture::s;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(s("pdftotext"), { s("-layout"), path, s("-") });
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Decides the items as `as`, with `comment`, by the key given, and waits until the view has read them again.
void decide(ReviewsDialog &dialog, const QString &as, const QList<int> &items, const QString &comment, Qt::Key key)
{
    dialog.actingAs()->setCurrentIndex(dialog.actingAs()->findText(as));
    dialog.selectItems(items);
    dialog.comment()->setText(comment);
    dialog.table()->setFocus();
    QSignalSpy loaded(&dialog, &ReviewsDialog::loaded);
    QTest::keyClick(dialog.table(), key);
    QTRY_VERIFY(!loaded.isEmpty());
}

} // namespace

class TestReviewsEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void reviewersDecisionsAndPages();
};

void TestReviewsEvidence::reviewersDecisionsAndPages()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(s("w.rolesheet"));
    QVERIFY(reviewsfixture::writeStudio(location));
    MainWindow window;
    QVERIFY(window.openWorkspace(location));
    ReviewsDialog dialog(window.workbench());
    dialog.resize(1200, 480);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE(dialog.progress()->text(), s("No access review yet"));

    // Started from the view: the owner is ticked already, Fien is ticked too.
    Prompts::reset();
    Prompts::setUnattended(true);
    Prompts::setNextDialogHandler([](QDialog *start) {
        auto *name = start->findChild<QLineEdit *>();
        name->setText(s("Spring evidence"));
        auto *reviewers = start->findChild<QListWidget *>();
        for (int i = 0; i < reviewers->count(); ++i) {
            if (reviewers->item(i)->text() == s("Fien Janssens"))
                reviewers->item(i)->setCheckState(Qt::Checked);
        }
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("startReview")), Qt::LeftButton);
    QTRY_COMPARE(dialog.campaignName(), s("Spring evidence"));
    QTRY_COMPARE(dialog.items()->rowCount(), 6);
    QCOMPARE(dialog.actingAs()->count(), 2); // the two reviewers; Ann is also the owner

    // Ann decides all but her own access; Fien decides Ann's. Dirk's seat ends on a date typed into the date control.
    decide(dialog, s("Ann Peeters"), { 2, 3 }, s("Runs the spring shoot"), Qt::Key_K);
    decide(dialog, s("Ann Peeters"), { 4, 6 }, QString(), Qt::Key_K);
    const QDate dirkEnds = QDate::currentDate().addDays(14);
    Prompts::setNextDialogHandler([](QDialog *ask) {
        ask->findChild<DateField *>(s("endOn"))->lineEdit()->setText(s("+14d"));
        return int(QDialog::Accepted);
    });
    decide(dialog, s("Ann Peeters"), { 5 }, s("Until the last fitting"), Qt::Key_E);
    decide(dialog, s("Fien Janssens"), { 1 }, s("Owner; checked with the board"), Qt::Key_K);
    QTRY_COMPARE(dialog.progress()->text(), s("6 of 6 decided"));
    QCOMPARE(dialog.items()->itemAt(4).decision.endDate, dirkEnds);

    // Closed as Ann, through the document's apply (Dirk's end date is the one change).
    dialog.actingAs()->setCurrentIndex(dialog.actingAs()->findText(s("Ann Peeters")));
    QSignalSpy applied(window.document(), &Document::applied);
    Prompts::setNextDialogHandler([](QDialog *) { return int(ReviewDialog::ApplyResult); });
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("closeReview")), Qt::LeftButton);
    QTRY_COMPARE(applied.size(), 1);
    auto *exportButton = dialog.findChild<QPushButton *>(s("exportEvidence"));
    QTRY_VERIFY(exportButton->isEnabled());

    // The evidence, written off the window's thread.
    const QString pdf = dir.filePath(s("evidence.pdf"));
    QSignalSpy exported(&dialog, &ReviewsDialog::exported);
    Prompts::setNextFileName(pdf);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
    QVERIFY(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    const QString flat = QString(text).replace(QRegularExpression(s("\\s+")), s(" "));
    QVERIFY2(flat.contains(s("Reviewers: Ann Peeters; Fien Janssens")), qPrintable(flat.left(1500)));
    QVERIFY2(!flat.contains(s("Reviewers: none")), qPrintable(flat.left(1500)));
    for (const char *comment : { "Runs the spring shoot", "Until the last fitting", "Owner; checked with the board" })
        QVERIFY2(flat.contains(s(comment)), comment);
    // Decided, started and closed by members, never by the login running the editor (unless a member has its name).
    QVERIFY(flat.contains(s("by Ann Peeters")));
    const QString login = auditstate::osUser();
    if (!login.isEmpty() && !window.document()->stored().findMember(login))
        QVERIFY2(!flat.contains(s("by ") + login), qPrintable(login));
    QVERIFY(flat.contains(s("Fien Janssens")));
    // Eva's seat with its dates, and every page numbered of the whole.
    QVERIFY2(flat.contains(reviewsfixture::evaFrom().toString(Qt::ISODate)), qPrintable(flat));
    const QRegularExpression page(s("page (\\d+) of (\\d+)"));
    auto pages = page.globalMatch(flat);
    int seen = 0;
    QString total;
    while (pages.hasNext()) {
        const QRegularExpressionMatch m = pages.next();
        ++seen;
        QCOMPARE(m.captured(1).toInt(), seen);
        total = m.captured(2);
    }
    QVERIFY(seen >= 1);
    QCOMPARE(total.toInt(), seen);
    // The second table starts where the first does: no column without a heading before its first.
    const auto indent = [&text](const QString &heading) {
        const QRegularExpression pattern(heading);
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.contains(pattern))
                return int(line.indexOf(QRegularExpression(s("\\S"))));
        }
        return -1;
    };
    QVERIFY(indent(s("What it grants, feature by feature")) >= 0);
    QCOMPARE(indent(s("What it grants, feature by feature")), indent(s("Decided by\\s+Comment")));

    // Cancelled at once: no file is left, and nothing is said but that.
    const QString csv = dir.filePath(s("evidence.csv"));
    Prompts::setNextFileName(csv);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    auto *progress = dialog.findChild<QProgressDialog *>(s("exportProgress"));
    QVERIFY(progress);
    // Its Cancel button, as a person presses it.
    QPushButton *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 30000);
    QVERIFY(!QFile::exists(csv));
    QVERIFY2(Prompts::lastMessage().isEmpty(), qPrintable(Prompts::lastMessage()));
}

QTEST_MAIN(TestReviewsEvidence)
#include "TestReviewsEvidence.moc"
