// rolesheet-cli with roles that follow their template: create-role --template linked pinned or following, template
// status, template propagate with conflicts and rules, link and unlink, each as a separate process.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

class TestCliTemplates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void followRoleTakesTheChangePinnedRoleWaits();
    void propagateAsksForADecisionOnConflicts();
    void ruleForbiddenCellIsReportedNotForced();
    void unlinkAndLinkKeepTheCells();
    void refusalsChangeNothing();

private:
    CliRun cli(const QStringList &args) { return runCli(m_db, args); }
    void ok(const QStringList &args)
    {
        const CliRun r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    QString show(const QString &role, const QString &production = {})
    {
        QStringList args { s("show"), role };
        if (!production.isEmpty())
            args << s("--production") << production;
        return cli(args).out;
    }
    // The levels of one feature in `show`'s output.
    QString cell(const QString &role, const char *feature, const QString &production = {})
    {
        for (const QString &line : show(role, production).split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(s(feature) + QLatin1Char(' ')))
                return line.trimmed().mid(int(qstrlen(feature))).trimmed();
        }
        return {};
    }
    QByteArray fileHash() const
    {
        QFile f(m_db);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    static QString s(const char *text) { return QString::fromUtf8(text); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliTemplates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(s("studio.rolesheet"));
    ok({ s("init"), s("--owner"), s("Olga") });
    ok({ s("add-member"), s("Fay") });
    ok({ s("create-production"), s("Gala Night"), s("--by"), s("Olga") });
    ok({ s("create-production"), s("Spring Shoot"), s("--by"), s("Olga") });
    ok({ s("create-role"), s("Freelancer"), s("--production"), s("Gala Night"), s("--template"), s("Production"),
        s("--follow") });
    ok({ s("create-role"), s("Freelancer"), s("--production"), s("Spring Shoot"), s("--template"), s("Production") });
}

void TestCliTemplates::followRoleTakesTheChangePinnedRoleWaits()
{
    const CliRun before = cli({ s("template"), s("status"), s("Production") });
    QCOMPARE(before.code, 0);
    QVERIFY2(before.out.contains(s("Freelancer\tGala Night\tin step (follow)\t0\t0\t0")), qPrintable(before.out));
    QVERIFY2(before.out.contains(s("Freelancer\tSpring Shoot\tin step (pinned)\t0\t0\t0")), qPrintable(before.out));
    const QString images = cell(s("Freelancer"), "Images", s("Spring Shoot"));
    QVERIFY(images.contains(s("Edit")));

    ok({ s("revoke"), s("Production"), s("Images"), s("edit") });
    ok({ s("revoke"), s("Production"), s("Subject Data"), s("edit") });
    const CliRun after = cli({ s("template"), s("status"), s("Production") });
    QCOMPARE(after.code, 1); // a role is behind
    QVERIFY2(after.out.contains(s("Freelancer\tGala Night\tin step (follow)\t0\t0\t0")), qPrintable(after.out));
    QVERIFY2(after.out.contains(s("Freelancer\tSpring Shoot\tbehind (pinned)\t")), qPrintable(after.out));
    QCOMPARE(cell(s("Freelancer"), "Images", s("Gala Night")), cell(s("Production"), "Images"));
    QCOMPARE(cell(s("Freelancer"), "Images", s("Spring Shoot")), images);

    const QByteArray hash = fileHash();
    const CliRun dry = cli({ s("template"), s("propagate"), s("Production"), s("--dry-run") });
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.contains(s("Images")) && dry.out.contains(s("Subject Data")), qPrintable(dry.out));
    QCOMPARE(fileHash(), hash);
    ok({ s("template"), s("propagate"), s("Production") });
    QCOMPARE(cell(s("Freelancer"), "Images", s("Spring Shoot")), cell(s("Production"), "Images"));
    QCOMPARE(cli({ s("template"), s("status"), s("Production") }).code, 0);
    // The role sheet names the template.
    const CliRun sheet
        = cli({ s("export"), s("Freelancer"), s("--production"), s("Spring Shoot"), s("--format"), s("md") });
    QVERIFY2(
        sheet.out.contains(s("Based on Production (version 2); 0 local changes")), qPrintable(sheet.out + sheet.err));
}

void TestCliTemplates::propagateAsksForADecisionOnConflicts()
{
    ok({ s("set"), s("Freelancer"), s("Images"), s("view"), s("--production"), s("Spring Shoot") });
    ok({ s("set"), s("Production"), s("Images"), s("view,add") });
    const CliRun status = cli({ s("template"), s("status"), s("Production") });
    QVERIFY2(status.out.contains(s("Freelancer\tSpring Shoot\tbehind (pinned)\t1\t1\t1")), qPrintable(status.out));
    const QByteArray hash = fileHash();
    const CliRun undecided = cli({ s("template"), s("propagate"), s("Production") });
    QCOMPARE(undecided.code, 2);
    QVERIFY2(undecided.err.contains(s("conflict")), qPrintable(undecided.err));
    QCOMPARE(fileHash(), hash);
    ok({ s("template"), s("propagate"), s("Production"), s("--role"), s("Freelancer"), s("--production"),
        s("Spring Shoot"), s("--prefer"), s("local") });
    QVERIFY(cell(s("Freelancer"), "Images", s("Spring Shoot")).endsWith(s("  View")));
    QVERIFY(cli({ s("template"), s("status"), s("Production") })
                .out.contains(s("Freelancer\tSpring Shoot\tlocally changed (pinned)\t0\t1\t0")));
    // Taking the template's side instead, after the template moves again.
    ok({ s("set"), s("Production"), s("Images"), s("view,edit") });
    ok({ s("template"), s("propagate"), s("Production"), s("--prefer"), s("template") });
    QCOMPARE(cell(s("Freelancer"), "Images", s("Spring Shoot")), cell(s("Production"), "Images"));
}

void TestCliTemplates::ruleForbiddenCellIsReportedNotForced()
{
    // A production role never holds an account feature: the template's Jobs change is reported, not forced.
    ok({ s("set"), s("Production"), s("Jobs"), s("view,add,edit") });
    const CliRun dry = cli({ s("template"), s("propagate"), s("Production"), s("--dry-run") });
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.contains(s("Jobs: the template's")), qPrintable(dry.out));
    ok({ s("template"), s("propagate"), s("Production") });
    QCOMPARE(cell(s("Freelancer"), "Jobs", s("Spring Shoot")), cell(s("Freelancer"), "Jobs", s("Gala Night")));
    QVERIFY(!cell(s("Freelancer"), "Jobs", s("Spring Shoot")).contains(s("Edit")));
}

void TestCliTemplates::unlinkAndLinkKeepTheCells()
{
    ok({ s("set"), s("Freelancer"), s("Images"), s("view"), s("--production"), s("Gala Night") });
    const QString cells = show(s("Freelancer"), s("Gala Night"));
    ok({ s("unlink"), s("Freelancer"), s("--production"), s("Gala Night") });
    QCOMPARE(show(s("Freelancer"), s("Gala Night")), cells);
    QVERIFY(!cli({ s("template"), s("status"), s("Production") }).out.contains(s("Gala Night")));
    const CliRun linked = cli({ s("link"), s("Freelancer"), s("Production"), s("--production"), s("Gala Night") });
    QCOMPARE(linked.code, 0);
    QVERIFY2(linked.out.contains(s("1 local change")), qPrintable(linked.out));
    QCOMPARE(show(s("Freelancer"), s("Gala Night")), cells);
}

void TestCliTemplates::refusalsChangeNothing()
{
    const QByteArray hash = fileHash();
    const QList<QStringList> refused {
        { s("template"), s("status"), s("Nothing") },
        { s("template"), s("sideways"), s("Production") },
        { s("template"), s("propagate"), s("Production"), s("--prefer"), s("both") },
        { s("template"), s("propagate"), s("Production"), s("--role"), s("Nobody") },
        { s("unlink"), s("Admin") },
        { s("link"), s("Freelancer"), s("Production"), s("--production"), s("Gala Night"), s("--follow"),
            s("--pinned") },
        { s("link"), s("Production"), s("Production") },
        { s("delete-role"), s("Production") },
        { s("create-role"), s("Plain"), s("--account"), s("--follow") },
    };
    for (const QStringList &args : refused) {
        const CliRun r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::number(r.code)));
        QVERIFY2(!r.err.trimmed().isEmpty() && !r.err.trimmed().contains(QLatin1Char('\n')), qPrintable(r.err));
        QCOMPARE(fileHash(), hash);
    }
}

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "TestCliTemplates.moc"
