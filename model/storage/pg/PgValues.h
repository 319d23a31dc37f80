#pragma once
// How values cross a PostgreSQL connection of Rolesheet's own (PgDriver.h): the text the server sends turned into
// the QVariant Qt's PostgreSQL driver (QPSQL) gave for it, and a bound value turned into the text parameter that
// means what QPSQL's literal meant. Both the same as QPSQL's, so that whatever reads rows or hashes values reads and
// hashes them as before.
#include <QByteArray>
#include <QMetaType>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QtSql/qtsqlglobal.h>

#include <optional>

struct pg_conn;
struct pg_result;

namespace rs::pg {

// The Qt type of a column of the server's type `oid`, as QPSQL decodes it.
QMetaType typeOf(unsigned int oid);

// The value of one field of a result: a null of the column's type for NULL.
QVariant valueOf(const pg_result *result, int row, int column, QSql::NumericalPrecisionPolicy precision);

// A bound value as a text parameter of the extended protocol; nullopt for NULL. `connection` escapes bytea.
std::optional<QByteArray> parameterOf(const QVariant &value, pg_conn *connection);

// A statement with ? placeholders (outside quotes) numbered $1, $2, … as the server wants them.
QString numbered(const QString &sql);

// An error as QPSQL reports it: `what` as the driver's text, the server's message followed by the SQLSTATE in
// parentheses as the database's, the SQLSTATE as the native code. A connection that is gone is a connection error.
QSqlError errorOf(const QString &what, QSqlError::ErrorType type, pg_conn *connection, const pg_result *result);

} // namespace rs::pg
