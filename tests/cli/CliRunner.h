#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

// Runs rolesheet-cli as a person would from a shell, and keeps what it printed.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    bool crashed = false;
};

inline CliRun runCli(const QString &db, const QStringList &args, const QByteArray &input = {},
    const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    QStringList all;
    if (!db.isEmpty())
        all << QStringLiteral("--db") << db;
    all << args;
    process.start(qEnvironmentVariable("ROLESHEET_CLI"), all);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    process.waitForFinished(60000);
    CliRun run;
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
