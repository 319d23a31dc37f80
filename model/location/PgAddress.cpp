// Where a workspace lives, as the editor's windows and the command line name it: a SQLite file or a postgresql://
// address. Parsed and shown here, without opening anything; storage/ opens what these name.
#include "PgAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace rs {

namespace {

// The query keys an address may carry. Neither host, hostaddr, password, passfile, service nor options: an address
// names one server and no secret.
const char *const kAllowedParameters[]
    = { "sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "connect_timeout", "application_name" };

// Whitespace, control characters, backslashes, quotes and semicolons could end a libpq value and start another.
bool unsafe(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QLatin1Char('\\') || c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char(';'))
            return true;
    }
    return false;
}

Error refusedPart(const QString &part)
{
    return Error::badInput(QCoreApplication::translate("rs::Store",
        "The PostgreSQL address has spaces, control characters, backslashes or quotes in %1; "
        "nothing was opened.")
                               .arg(part));
}

} // namespace

Result<PgAddress> PgAddress::parse(const QString &address)
{
    const QString expected
        = QCoreApplication::translate("rs::Store", "Expected postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE.");
    // Checked before parsing: a decoder must not get to turn %09 or a raw tab into part of a value.
    if (unsafe(address))
        return refusedPart(QCoreApplication::translate("rs::Store", "the address"));
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "The PostgreSQL address is not valid. %1").arg(expected));
    if (!url.password().isEmpty())
        return Error::badInput(QCoreApplication::translate("rs::Store",
            "The PostgreSQL address holds a password; keep it in ~/.pgpass, PGPASSFILE or "
            "PGPASSWORD instead. Nothing was opened."));
    PgAddress a;
    a.host = url.host(QUrl::FullyDecoded);
    a.port = url.port(5432);
    a.user = url.userName(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    if (unsafe(a.host))
        return refusedPart(QCoreApplication::translate("rs::Store", "the host"));
    if (unsafe(a.user))
        return refusedPart(QCoreApplication::translate("rs::Store", "the user name"));
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "The PostgreSQL address names no database. %1").arg(expected));
    if (unsafe(a.database))
        return refusedPart(QCoreApplication::translate("rs::Store", "the database name"));
    static const QRegularExpression plainKey(QStringLiteral("^[a-z_]{1,40}$"));
    QUrlQuery shown;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        bool allowed = false;
        for (const char *name : kAllowedParameters)
            allowed = allowed || key == QLatin1String(name);
        if (!allowed)
            // The key is named only when it looks like one: whatever else it is, it is not repeated.
            return Error::badInput(QCoreApplication::translate("rs::Store",
                "The PostgreSQL address has a parameter this program does not pass on: %1. "
                "Accepted: %2.")
                                       .arg(plainKey.match(key).hasMatch()
                                               ? key
                                               : QCoreApplication::translate("rs::Store", "(not a parameter name)"),
                                           QStringLiteral("sslmode, sslrootcert, sslcert, sslkey, sslcrl, "
                                                          "connect_timeout, application_name")));
        if (value.isEmpty() || unsafe(value))
            return refusedPart(QCoreApplication::translate("rs::Store", "the value of %1").arg(key));
        for (const auto &[seen, _] : a.parameters) {
            if (seen == key)
                return Error::badInput(QCoreApplication::translate(
                    "rs::Store", "The PostgreSQL address gives %1 twice; nothing was opened.")
                                           .arg(key));
        }
        if (key == QLatin1String("sslmode")) {
            static const QStringList accepted = { QStringLiteral("disable"), QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
            if (value == QLatin1String("allow") || value == QLatin1String("prefer"))
                return Error::badInput(QCoreApplication::translate("rs::Store",
                    "The PostgreSQL address asks for sslmode=%1, which anyone on the network "
                    "path can turn into no encryption; use verify-full, verify-ca or require "
                    "(or disable, on a network you trust).")
                                           .arg(value));
            if (!accepted.contains(value))
                return Error::badInput(QCoreApplication::translate("rs::Store",
                    "The PostgreSQL address has an unknown sslmode; use verify-full, "
                    "verify-ca, require or disable."));
        }
        if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 300)
                return Error::badInput(QCoreApplication::translate("rs::Store",
                    "The PostgreSQL address's connect_timeout must be a number of seconds "
                    "from 1 to 300."));
        }
        a.parameters.append({ key, value });
        shown.addQueryItem(key, value);
    }
    QUrl display;
    display.setScheme(url.scheme());
    display.setUserName(url.userName(QUrl::FullyEncoded), QUrl::TolerantMode);
    display.setHost(url.host(QUrl::FullyEncoded), QUrl::TolerantMode);
    display.setPort(url.port());
    display.setPath(url.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (!shown.isEmpty())
        display.setQuery(shown);
    a.display = display.toString(QUrl::FullyEncoded);
    return a;
}

QString PgAddress::sslMode() const
{
    for (const auto &[key, value] : parameters) {
        if (key == QLatin1String("sslmode"))
            return value;
    }
    return QStringLiteral("require");
}

QString PgAddress::connectOptions() const
{
    // TLS is required unless the address says otherwise: libpq's own default, prefer, falls back to plain text when
    // anyone on the path refuses TLS. Keepalives and the TCP user time-out notice a server that went away.
    QList<QPair<QString, QString>> options = {
        { QStringLiteral("sslmode"), QStringLiteral("require") },
        { QStringLiteral("connect_timeout"), QStringLiteral("10") },
        { QStringLiteral("application_name"), QStringLiteral("rolesheet") },
        { QStringLiteral("keepalives"), QStringLiteral("1") },
        { QStringLiteral("keepalives_idle"), QStringLiteral("30") },
        { QStringLiteral("keepalives_interval"), QStringLiteral("10") },
        { QStringLiteral("keepalives_count"), QStringLiteral("3") },
        { QStringLiteral("tcp_user_timeout"), QStringLiteral("30000") },
    };
    for (const auto &[key, value] : parameters) {
        options.removeIf([&parameter = key](const QPair<QString, QString> &o) { return o.first == parameter; });
        options.append({ key, value });
    }
    QStringList joined;
    for (const auto &[key, value] : options)
        joined.append(key + QLatin1Char('=') + value);
    return joined.join(QLatin1Char(';'));
}

} // namespace rs
