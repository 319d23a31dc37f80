#pragma once

// What the files of ReviewStore share: messages, stamps and prepared statements. Internal to model/storage.
#include "domain/Quoted.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace rs::reviewsql {

inline QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("rs::ReviewStore", text, nullptr, n);
}

inline QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime parseStamp(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

inline Error failed(const QSqlQuery &q, const QString &message)
{
    return Error::storage(message, q.lastError().text());
}

inline Error unreadable(const QSqlQuery &q)
{
    return failed(q, tr("The access reviews of the workspace cannot be read."));
}

inline Error unsaved(const QSqlQuery &q)
{
    return failed(q, tr("The access review could not be saved; nothing was changed."));
}

// Runs a prepared statement with its values bound in order.
inline bool run(QSqlQuery &q, const char *sql, const QVariantList &values)
{
    if (!q.prepare(QString::fromLatin1(sql)))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace rs::reviewsql
