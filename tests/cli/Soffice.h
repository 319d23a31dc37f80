#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>

// Runs LibreOffice without a display, in a profile of its own so that runs in parallel do not collide.
inline bool soffice(const QString &profile, const QStringList &args, QString &log)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (program.isEmpty()) {
        log = QStringLiteral("soffice is not installed (packaging/setup.sh installs libreoffice-calc-nogui)");
        return false;
    }
    QProcess p;
    p.start(program,
        QStringList { QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
            QStringLiteral("--headless") }
            + args);
    const bool finished = p.waitForFinished(180000);
    log = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
