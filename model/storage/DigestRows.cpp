// Rows as the workspace's digest reads them (DigestRows.h): each hashed in one buffer, with its key.
#include "DigestRows.h"

#include "PgSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlRecord>
#include <QtEndian>

#include <charconv>

namespace rs::digest::rows {

QString selectAll(const TableInfo &t, const QString &condition)
{
    QString sql = QStringLiteral("SELECT * FROM %1").arg(QLatin1String(t.name));
    QStringList where;
    if (t.filter)
        where.append(QLatin1String(t.filter));
    if (!condition.isEmpty())
        where.append(condition);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE (") + where.join(QStringLiteral(") AND (")) + QLatin1Char(')');
    return sql;
}

Error unreadable(const QSqlQuery &q)
{
    return pgsession::storageError(
        QCoreApplication::translate("rs::Store", "The stored workspace cannot be read to check it."), q.lastError());
}

namespace {

// A key part as a number modulo P: an id as it is, a text by its hash.
quint64 keyNumber(const QVariant &value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (ok && n >= 0 && quint64(n) < kP && value.typeId() != QMetaType::QString)
        return quint64(n);
    const QByteArray h = QCryptographicHash::hash(value.toString().toUtf8(), QCryptographicHash::Sha256);
    return qFromLittleEndian<quint64>(h.constData()) % kP;
}

QByteArray canonical(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case QMetaType::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return value.toByteArray().toHex();
    default:
        return value.toString().toUtf8();
    }
}

// How the rows of one query are hashed: the fixed part, each column's name as the hash takes it, and where the key
// is. Made once per query, so that a row costs one buffer and one hash.
struct Layout
{
    QByteArray prefix;
    QList<QByteArray> names; // empty for a column left out (revision)
    int key1 = -1;
    int key2 = -1;
};

void appendField(QByteArray &out, QByteArrayView bytes)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, bytes.size());
    Q_UNUSED(ec);
    out.append(digits, end - digits).append(':').append(bytes).append('\n');
}

template <typename Record> Layout layoutOf(const TableInfo &t, const Record &record, int count)
{
    Layout l;
    l.prefix = QByteArrayLiteral("rolesheet-row-1\n");
    appendField(l.prefix, QByteArrayView(t.name));
    for (int i = 0; i < count; ++i) {
        const QString name = record.fieldName(i);
        if (name == QLatin1String(t.key1))
            l.key1 = i;
        if (t.key2 && name == QLatin1String(t.key2))
            l.key2 = i;
        QByteArray field;
        if (name != QLatin1String("revision"))
            appendField(field, name.toUtf8());
        l.names.append(field);
    }
    return l;
}

void appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out.append('\0');
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort: {
        char digits[24];
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value.toLongLong());
        Q_UNUSED(ec);
        appendField(out, QByteArrayView(digits, end - digits));
        return;
    }
    default:
        appendField(out, canonical(value));
    }
}

template <typename Query>
Row rowOf(const TableInfo &t, const Layout &layout, const Query &q, QByteArray &buffer, bool named)
{
    buffer.truncate(0);
    buffer.append(layout.prefix);
    Row row;
    for (int i = 0; i < layout.names.size(); ++i) {
        if (layout.names.at(i).isEmpty())
            continue;
        const QVariant value = q.value(i);
        buffer.append(layout.names.at(i));
        appendValue(buffer, value);
        if (i == layout.key1)
            row.key1 = keyNumber(value);
        else if (i == layout.key2)
            row.key2 = keyNumber(value);
    }
    const QByteArray bytes = QCryptographicHash::hash(buffer, QCryptographicHash::Sha256);
    for (int i = 0; i < 4; ++i)
        row.hash[i] = qFromLittleEndian<quint64>(bytes.constData() + 8 * i);
    row.weight = row.hash[0] % kP;
    if (row.weight == 0)
        row.weight = 1;
    if (named) {
        row.key = QStringLiteral("%1 %2").arg(QLatin1String(t.key1), q.value(layout.key1).toString());
        if (t.key2)
            row.key += QStringLiteral(", %1 %2").arg(QLatin1String(t.key2), q.value(layout.key2).toString());
    }
    return row;
}

} // namespace

Status forEachRow(const QSqlDatabase &db, const TableInfo &t, const QString &sql,
    const std::function<void(const Row &)> &each, bool named)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return unreadable(q);
    const QSqlRecord record = q.record();
    const Layout layout = layoutOf(t, record, record.count());
    QByteArray buffer;
    buffer.reserve(512);
    while (q.next())
        each(rowOf(t, layout, q, buffer, named));
    if (q.lastError().isValid())
        return unreadable(q);
    return {};
}

void forEachRow(const TableInfo &t, BatchRows &rows, const std::function<void(const Row &)> &each)
{
    const Layout layout = layoutOf(t, rows, rows.columns());
    QByteArray buffer;
    buffer.reserve(512);
    while (rows.next())
        each(rowOf(t, layout, rows, buffer, false));
}

} // namespace rs::digest::rows
