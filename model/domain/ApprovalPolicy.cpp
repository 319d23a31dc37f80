#include "ApprovalPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rs {

QString ApprovalPolicy::changesKey(Changes changes)
{
    switch (changes) {
    case Changes::None:
        return QStringLiteral("none");
    case Changes::Sensitive:
        return QStringLiteral("sensitive");
    case Changes::All:
        return QStringLiteral("all");
    }
    return {};
}

Result<ApprovalPolicy::Changes> ApprovalPolicy::parseChanges(const QString &key)
{
    for (Changes c : { Changes::None, Changes::Sensitive, Changes::All }) {
        if (key == changesKey(c))
            return c;
    }
    return Error::badInput(
        QCoreApplication::translate("rs::Rules", "Which changes need approval is none, sensitive or all, not %1.")
            .arg(key.left(40)));
}

QByteArray ApprovalPolicy::toJson() const
{
    // QJsonObject sorts its keys, so the text is canonical.
    QJsonArray ids;
    for (Id a : approvers)
        ids.append(a);
    QJsonArray client;
    for (Id p : clientControlled)
        client.append(p);
    const QJsonObject o { { QStringLiteral("changes"), changesKey(changes) }, { QStringLiteral("approvals"), approvals },
        { QStringLiteral("approvers"), ids }, { QStringLiteral("approvalDays"), approvalDays },
        { QStringLiteral("applyDays"), applyDays }, { QStringLiteral("clientControlled"), client } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<ApprovalPolicy> ApprovalPolicy::fromJson(const QByteArray &json)
{
    const Error bad = Error::badInput(QCoreApplication::translate("rs::Rules", "The approval policy is not readable."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad;
    const QJsonObject o = doc.object();
    ApprovalPolicy p;
    const Result<Changes> changes = parseChanges(o.value(QStringLiteral("changes")).toString());
    if (!changes)
        return bad;
    p.changes = changes.value();
    p.approvals = o.value(QStringLiteral("approvals")).toInt(1);
    p.approvalDays = o.value(QStringLiteral("approvalDays")).toInt(7);
    p.applyDays = o.value(QStringLiteral("applyDays")).toInt(2);
    const auto ids = [&](const char *key, QList<Id> &into) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            return false;
        for (const QJsonValue &id : v.toArray()) {
            if (!id.isDouble() || id.toInteger() <= 0)
                return false;
            if (!into.contains(id.toInteger()))
                into.append(id.toInteger());
        }
        std::sort(into.begin(), into.end());
        return true;
    };
    if (!ids("approvers", p.approvers) || !ids("clientControlled", p.clientControlled))
        return bad;
    if (Status s = p.check(); !s)
        return s.error();
    return p;
}

Status ApprovalPolicy::check() const
{
    if (approvals < 1 || approvals > 3)
        return Error::badInput(
            QCoreApplication::translate("rs::Rules", "A request needs 1 to 3 approvals, not %1.").arg(approvals));
    if (approvalDays < 1 || approvalDays > 365 || applyDays < 1 || applyDays > 365)
        return Error::badInput(
            QCoreApplication::translate("rs::Rules", "The approval and apply windows are 1 to 365 days long."));
    return {};
}

} // namespace rs
