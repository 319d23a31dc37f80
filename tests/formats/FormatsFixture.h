#pragma once

#include "domain/DefaultWorkspace.h"
#include "storage/Store.h"

#include <QFile>
#include <QProcess>
#include <QTest>

// Runs rolesheet-cli and reads files, for the format tests.
namespace fmt {

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

inline Run cli(const QStringList &args, const QByteArray &input = {}, const QStringList &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(qEnvironmentVariable("ROLESHEET_CLI"), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

inline QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Creates a workspace file holding `ws`.
inline bool createStore(const QString &path, const rs::Workspace &ws)
{
    auto store = rs::Store::create(path, ws);
    if (!store)
        qWarning("%s", qPrintable(store.error().message));
    return store.ok();
}

inline rs::Workspace load(const QString &path)
{
    auto store = rs::Store::open(path, rs::Store::Access::ReadOnly);
    return store ? store.value()->workspace() : rs::Workspace();
}

} // namespace fmt
