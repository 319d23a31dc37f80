// Values across a PostgreSQL connection of Rolesheet's own, the same both ways as Qt's PostgreSQL driver (PgValues.h).
#include "PgValues.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTime>
#include <QUuid>

#include <libpq-fe.h>

#include <cmath>
#include <cstdlib>
#include <limits>

namespace rs::pg {

namespace {

// The type ids of pg_type.h that QPSQL decodes to something other than text.
enum : unsigned int {
    kBool = 16,
    kBytea = 17,
    kInt8 = 20,
    kInt2 = 21,
    kInt4 = 23,
    kRegProc = 24,
    kXid = 28,
    kCid = 29,
    kFloat4 = 700,
    kFloat8 = 701,
    kAbsTime = 702,
    kRelTime = 703,
    kNumeric = 1700,
    kDate = 1082,
    kTime = 1083,
    kTimeTz = 1266,
    kTimestamp = 1114,
    kTimestampTz = 1184,
    kOid = 2278, // as QPSQL has it
};

QVariant doubleOf(const char *text, unsigned int oid, QSql::NumericalPrecisionPolicy precision)
{
    if (oid == kNumeric && precision == QSql::HighPrecision)
        return QString::fromLatin1(text);
    double value = 0;
    if (qstricmp(text, "NaN") == 0) {
        value = std::numeric_limits<double>::quiet_NaN();
    } else if (qstricmp(text, "Infinity") == 0) {
        value = std::numeric_limits<double>::infinity();
    } else if (qstricmp(text, "-Infinity") == 0) {
        value = -std::numeric_limits<double>::infinity();
    } else {
        bool ok = false;
        value = QByteArray::fromRawData(text, qsizetype(qstrlen(text))).toDouble(&ok);
        if (!ok)
            return QVariant();
    }
    if (oid == kNumeric && precision == QSql::LowPrecisionInt64)
        return QVariant(qlonglong(value));
    if (oid == kNumeric && precision == QSql::LowPrecisionInt32)
        return QVariant(int(value));
    return QVariant(value);
}

QVariant dateTimeOf(const char *text)
{
    QString value = QString::fromLatin1(text);
    if (value.size() < 10)
        return QVariant(QDateTime());
    // An offset of whole hours ("+02") is completed for Qt's ISO reader.
    const QChar sign = value.at(value.size() - 3);
    if (sign == QLatin1Char('-') || sign == QLatin1Char('+'))
        value += QLatin1String(":00");
    return QVariant(QDateTime::fromString(value, Qt::ISODate).toLocalTime());
}

} // namespace

QMetaType typeOf(unsigned int oid)
{
    switch (oid) {
    case kBool:
        return QMetaType::fromType<bool>();
    case kInt8:
        return QMetaType::fromType<qlonglong>();
    case kInt2:
    case kInt4:
    case kOid:
    case kRegProc:
    case kXid:
    case kCid:
        return QMetaType::fromType<int>();
    case kNumeric:
    case kFloat4:
    case kFloat8:
        return QMetaType::fromType<double>();
    case kAbsTime:
    case kRelTime:
    case kDate:
        return QMetaType::fromType<QDate>();
    case kTime:
    case kTimeTz:
        return QMetaType::fromType<QTime>();
    case kTimestamp:
    case kTimestampTz:
        return QMetaType::fromType<QDateTime>();
    case kBytea:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType::fromType<QString>();
    }
}

QVariant valueOf(const pg_result *result, int row, int column, QSql::NumericalPrecisionPolicy precision)
{
    const unsigned int oid = PQftype(result, column);
    const QMetaType type = typeOf(oid);
    if (PQgetisnull(result, row, column))
        return QVariant(type, nullptr);
    const char *text = PQgetvalue(result, row, column);
    switch (type.id()) {
    case QMetaType::Bool:
        return QVariant(text[0] == 't');
    case QMetaType::QString:
        return QString::fromUtf8(text);
    case QMetaType::LongLong: {
        // Qt's driver reads a positive bigint as unsigned.
        const QByteArray digits = QByteArray::fromRawData(text, qsizetype(qstrlen(text)));
        if (text[0] == '-')
            return digits.toLongLong();
        return digits.toULongLong();
    }
    case QMetaType::Int:
        return std::atoi(text);
    case QMetaType::Double:
        return doubleOf(text, oid, precision);
    case QMetaType::QDate:
        return QVariant(QDate::fromString(QString::fromLatin1(text), Qt::ISODate));
    case QMetaType::QTime: {
        const QString value = QString::fromLatin1(text);
        return QVariant(value.isEmpty() ? QTime() : QTime::fromString(value, Qt::ISODate));
    }
    case QMetaType::QDateTime:
        return dateTimeOf(text);
    case QMetaType::QByteArray: {
        size_t length = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &length);
        const QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return QVariant(out);
    }
    default:
        return QVariant();
    }
}

std::optional<QByteArray> parameterOf(const QVariant &value, pg_conn *connection)
{
    // What QPSQL wrote as a literal in its EXECUTE, without the quotes: the server reads a text parameter of the
    // statement's type from the same characters.
    // A null of a type that has one (a null text, bytes, date or time) is NULL, as Qt's driver binds it.
    if (value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::QString:
        if (value.toString().isNull())
            return std::nullopt;
        return value.toString().toUtf8();
    case QMetaType::QUuid:
        if (value.toUuid().isNull())
            return std::nullopt;
        return value.toString().toUtf8();
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isNull())
            return std::nullopt;
        size_t length = 0;
        unsigned char *escaped = PQescapeByteaConn(
            connection, reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), &length);
        if (!escaped)
            return std::nullopt;
        const QByteArray out(reinterpret_cast<const char *>(escaped)); // length counts the terminating zero
        PQfreemem(escaped);
        return out;
    }
    case QMetaType::Float:
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (std::isnan(number))
            return QByteArrayLiteral("NaN");
        if (std::isinf(number))
            return number < 0 ? QByteArrayLiteral("-Infinity") : QByteArrayLiteral("Infinity");
        return value.toString().toUtf8();
    }
    case QMetaType::QDateTime: {
        const QDateTime at = value.toDateTime();
        if (!at.isValid())
            return std::nullopt;
        return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs).toUtf8();
    }
    case QMetaType::QTime: {
        const QTime at = value.toTime();
        if (!at.isValid())
            return std::nullopt;
        return QLocale::c().toString(at, QStringLiteral("hh:mm:ss.zzz")).toUtf8();
    }
    case QMetaType::QDate: {
        const QDate on = value.toDate();
        if (!on.isValid())
            return std::nullopt;
        return on.toString(Qt::ISODate).toUtf8();
    }
    default:
        return value.toString().toUtf8();
    }
}

QString numbered(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + sql.size() / 4);
    QChar closing;
    int count = 0;
    for (const QChar ch : sql) {
        if (!closing.isNull()) {
            if (ch == closing)
                closing = QChar();
            out += ch;
        } else if (ch == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++count);
        } else {
            if (ch == QLatin1Char('\'') || ch == QLatin1Char('"') || ch == QLatin1Char('`'))
                closing = ch;
            out += ch;
        }
    }
    return out;
}

QSqlError errorOf(const QString &what, QSqlError::ErrorType type, pg_conn *connection, const pg_result *result)
{
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = connection ? PQerrorMessage(connection) : "";
    QString text = QString::fromUtf8(message);
    QString code;
    if (result) {
        code = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        text += QStringLiteral("(%1)").arg(code);
    }
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        type = QSqlError::ConnectionError;
    return QSqlError(what, text, type, code);
}

} // namespace rs::pg
