// What the installed programs carry: the editor offers no benchmark or screenshot mode, and neither program reads a
// test's environment variable (the tests reach their seams through the code: Prompts::setUnattended(),
// Store::setBeforeCommit()).
#include <QFile>
#include <QProcess>
#include <QtTest>

class TestShippedPrograms : public QObject
{
    Q_OBJECT

private slots:
    void editorOffersNoTestModes();
    void noProgramReadsTestVariables_data();
    void noProgramReadsTestVariables();
};

void TestShippedPrograms::editorOffersNoTestModes()
{
    QProcess editor;
    editor.start(QStringLiteral(ROLESHEET_EDITOR), { QStringLiteral("--help") });
    QVERIFY(editor.waitForFinished(60000));
    QCOMPARE(editor.exitCode(), 0);
    const QString help = QString::fromUtf8(editor.readAllStandardOutput());
    QVERIFY2(help.contains(QLatin1String("--language")), qPrintable(help)); // the real help, not an error
    for (const char *option : { "--benchmark", "--benchmark-run", "--screenshots" })
        QVERIFY2(!help.contains(QLatin1String(option)), option);
}

void TestShippedPrograms::noProgramReadsTestVariables_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("rolesheet") << QStringLiteral(ROLESHEET_EDITOR);
    QTest::newRow("rolesheet-cli") << QStringLiteral(ROLESHEET_CLI_PROGRAM);
}

void TestShippedPrograms::noProgramReadsTestVariables()
{
    QFETCH(QString, program);
    QFile file(program);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(program));
    const QByteArray image = file.readAll();
    QVERIFY(image.size() > 100000);
    for (const char *variable : { "ROLESHEET_NO_MODAL", "ROLESHEET_TEST_STALL_COMMIT", "ROLESHEET_BENCHMARK" })
        QVERIFY2(!image.contains(variable), variable);
}

QTEST_GUILESS_MAIN(TestShippedPrograms)
#include "TestShippedPrograms.moc"
