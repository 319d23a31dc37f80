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

namespace clirunner {

inline CliRun run(const QString &program, const QStringList &args, const QByteArray &input, const QString &locale)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(program, args);
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

inline QStringList withDb(const QString &db, const QStringList &args)
{
    return db.isEmpty() ? args : QStringList { QStringLiteral("--db"), db } + args;
}

} // namespace clirunner

inline CliRun runCli(const QString &db, const QStringList &args, const QByteArray &input = {},
    const QString &locale = QStringLiteral("C.UTF-8"))
{
    return clirunner::run(qEnvironmentVariable("ROLESHEET_CLI"), clirunner::withDb(db, args), input, locale);
}

// Runs rolesheet-cli with its address space limited to `bytes` (the shell's ulimit -v), as on a machine short of
// memory. A sanitizer's shadow memory needs more address space than any limit worth testing: not under sanitizers.
inline CliRun runCliWithMemoryLimit(qint64 bytes, const QString &db, const QStringList &args)
{
    const QStringList shell = { QStringLiteral("-c"), QStringLiteral("ulimit -v \"$0\" && exec \"$@\""),
        QString::number(bytes / 1024), qEnvironmentVariable("ROLESHEET_CLI") };
    return clirunner::run(
        QStringLiteral("/bin/sh"), shell + clirunner::withDb(db, args), {}, QStringLiteral("C.UTF-8"));
}
