// Role sheets of a role that takes part in a duty rule say so, in every format the command line writes: the rule,
// its severity and scope, and the side the role's cells are on; other roles' sheets are as before, and the CSV sheet
// with its extra column still reads back.
#include "../formats/XlsxParts.h"
#include "CliRunner.h"

#include "domain/DefaultWorkspace.h"
#include "storage/Store.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace rs;

class TestCliDutySheets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyFormatNamesTheRuleAndTheSide();
    void rolesOutsideEveryRuleAndCsvReadBack();

private:
    static QString s(const char *text) { return QString::fromUtf8(text); }
    CliRun cli(const QStringList &args) { return runCli(m_db, args, {}); }
    void ok(const QStringList &args)
    {
        const CliRun r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    QByteArray exported(const QString &role, const QString &format)
    {
        const QString path = m_dir->filePath(s("sheet.") + format);
        QFile::remove(path);
        const CliRun r = cli({ s("export"), role, s("--format"), format, s("-o"), path });
        if (r.code != 0)
            qWarning("export failed: %s", qPrintable(r.err));
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString pdfText(const QByteArray &pdf)
    {
        const QString path = m_dir->filePath(s("text.pdf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(pdf);
        f.close();
        QProcess p;
        p.start(s("pdftotext"), { path, s("-") });
        if (!p.waitForFinished(60000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliDutySheets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(s("studio.rolesheet"));
    Workspace ws = DefaultWorkspace::create(s("Olga"), s("Studio"));
    Change clerk = Change::createRole(s("Order clerk"), rs::Scope::Account);
    QVERIFY(ws.apply(clerk).ok());
    Change reader = Change::createRole(s("Reader"), rs::Scope::Account);
    QVERIFY(ws.apply(reader).ok());
    // Both roles start with nothing granted.
    for (const Id role : { clerk.role, reader.role }) {
        for (const Feature &f : ws.features()) {
            Change none = Change::setGrant(role, f.id, Levels());
            if (!ws.grant(role, f.id).isNone())
                QVERIFY(ws.apply(none).ok());
        }
    }
    Change fay = Change::addMember(s("Fay"), clerk.role);
    QVERIFY(ws.apply(fay).ok());
    QVERIFY(Store::create(m_db, ws).ok());
    ok({ s("set"), s("Order clerk"), s("Release Orders"), s("edit") });
    ok({ s("duty"), s("add"), s("Orders apart"), s("--left"), s("Release Orders:edit"), s("--right"),
        s("Studio Orders:edit"), s("--severity"), s("warn"), s("--scope"), s("studio") });
}

void TestCliDutySheets::everyFormatNamesTheRuleAndTheSide()
{
    const QString line = s("Orders apart (warn, across productions): this role grants Release Orders:edit on the left "
                           "side; the right side is any of Studio Orders:edit.");
    const QString role = s("Order clerk");
    for (const char *format : { "md", "html" }) {
        const QString text = QString::fromUtf8(exported(role, s(format)));
        QVERIFY2(text.contains(s("Duty rules")), format);
        QVERIFY2(text.contains(line), qPrintable(text.right(1500)));
    }
    QVERIFY(pdfText(exported(role, s("pdf"))).contains(line));

    const QString csv = QString::fromUtf8(exported(role, s("csv")));
    const QStringList lines = csv.split(QLatin1Char('\n'));
    QVERIFY2(lines.first().trimmed().endsWith(s(",Duty rules")), qPrintable(lines.first()));
    bool found = false;
    for (const QString &l : lines) {
        if (l.contains(s("Release Orders,")))
            found = found || l.endsWith(s(",Orders apart: left side (edit)"))
                || l.endsWith(s(",Orders apart: left side (edit)\r"));
    }
    QVERIFY2(found, qPrintable(csv));

    // The texts, wherever the writer keeps them: the shared strings or the sheet itself.
    const QByteArray xlsx = exported(role, s("xlsx"));
    const QByteArray strings
        = fmt::partOf(xlsx, s("xl/sharedStrings.xml")) + fmt::partOf(xlsx, s("xl/worksheets/sheet1.xml"));
    QVERIFY(strings.contains("Duty rules"));
    QVERIFY(strings.contains("Orders apart: left side (edit)"));

    QByteArray json = exported(role, s("json"));
    QVERIFY2(json.contains("\"rule\": \"Orders apart\""), json.constData());
    QVERIFY(json.contains("\"Release Orders:edit\""));
    // The role document with its duties still imports as a role.
    const QString path = m_dir->filePath(s("role.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json.replace("\"Order clerk\"", "\"Order clerk 2\""));
    f.close();
    ok({ s("import-role"), path });
}

void TestCliDutySheets::rolesOutsideEveryRuleAndCsvReadBack()
{
    // A role with none of the rule's cells: no word of duties on its sheet.
    for (const char *format : { "md", "html", "csv", "json" }) {
        const QByteArray sheet = exported(s("Reader"), s(format));
        QVERIFY2(!sheet.isEmpty() && !sheet.contains("Duty rules") && !sheet.contains("Orders apart")
                && !sheet.contains("\"duties\""),
            format);
    }
    // The clerk's CSV sheet, changed in one cell, reads back with the extra column there.
    QString csv = QString::fromUtf8(exported(s("Order clerk"), s("csv")));
    QVERIFY(csv.contains(s("Duty rules")));
    const QString path = m_dir->filePath(s("edited.csv"));
    QStringList lines = csv.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        if (l.contains(s(",Studio Orders,")))
            l.replace(s(",Studio Orders,,,,,"), s(",Studio Orders,yes,,,,"));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(lines.join(QLatin1Char('\n')).toUtf8());
    f.close();
    const CliRun r = cli({ s("import-sheet"), s("Order clerk"), path });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(
        QString::fromUtf8(exported(s("Order clerk"), s("csv"))).contains(s(",Studio Orders,yes,")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliDutySheets)
#include "TestCliDutySheets.moc"
