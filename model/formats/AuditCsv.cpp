#include "AuditCsv.h"

#include "Csv.h"
#include "Json.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QJsonDocument>

namespace rs::formats {

namespace {

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString auditBeforeText(const AuditEntry &e)
{
    if (!e.keepsReplacedWorkspace())
        return compact(e.before);
    const QByteArray json
        = QJsonDocument(e.before.value(QLatin1String("workspace")).toObject()).toJson(QJsonDocument::Compact);
    return compact(QJsonObject { { QStringLiteral("workspaceSha256"),
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()) } });
}

Result<Workspace> replacedWorkspace(const AuditEntry &entry)
{
    const QJsonObject kept = entry.before.value(QLatin1String("workspace")).toObject();
    return workspaceFromJson(QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

QString revertedImportSummary(qint64 version)
{
    return QCoreApplication::translate("rs::formats", "Reverted the import of version %1").arg(version);
}

QList<QStringList> auditRows(const QList<AuditEntry> &entries)
{
    QList<QStringList> rows = { { QStringLiteral("When"), QStringLiteral("Version"), QStringLiteral("Acting member"),
        QStringLiteral("OS user"), QStringLiteral("Database user"), QStringLiteral("Summary"),
        QStringLiteral("Touched"), QStringLiteral("Before"), QStringLiteral("After"), QStringLiteral("Change") } };
    for (const AuditEntry &e : entries)
        rows.append(QStringList { e.at.toUTC().toString(Qt::ISODateWithMs), QString::number(e.version), e.actor, e.osUser,
            e.dbUser, e.summary, e.subjects.join(QLatin1Char(' ')), auditBeforeText(e), compact(e.after),
            compact(e.change) });
    return rows;
}

QString auditCsv(const QList<AuditEntry> &entries)
{
    QString text = QChar(0xFEFF);
    for (const QStringList &row : auditRows(entries))
        text += csvRecord(row);
    return text;
}

} // namespace rs::formats
