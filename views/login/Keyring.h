#pragma once

#include <QCoreApplication>
#include <QString>

namespace rs {

// Server passwords in the desktop's keyring (the Secret Service on Linux, the Keychain on macOS, the Credential Store
// on Windows), one per server address. Nothing is ever kept anywhere else: without a keyring nothing is remembered.
class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(rs::Keyring)

public:
    enum class Outcome { Done, NotFound, NoKeyring, Failed };

    // The password kept for `address` (a location without secrets) into `password`; Done when one was found.
    static Outcome read(const QString &address, QString &password);
    static Outcome write(const QString &address, const QString &password);
    // Done also when nothing was kept for the address.
    static Outcome remove(const QString &address);

    // The entry's key for an address: the server, port, user and database, nothing else of the address.
    static QString key(const QString &address);
    // One translated line for an outcome other than Done or NotFound.
    static QString describe(Outcome outcome);
};

} // namespace rs
