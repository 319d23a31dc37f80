#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace rs {

struct Credentials;
class Store;

// Opens a workspace on a PostgreSQL server the desktop way: with the password libpq finds (~/.pgpass, PGPASSFILE,
// PGPASSWORD), else with the one kept in the system keyring, else by asking (and asking again, saying so, when the
// server refuses it), offering to remember it in the keyring. No password is kept anywhere else.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(rs::ServerLogin)

public:
    // On success `credentials` holds the password the store was opened with (empty when libpq found its own), for
    // the watcher's connection; the caller wipes it. `notice` gets one line to show, e.g. that no keyring is there.
    static Result<std::unique_ptr<Store>> open(
        QWidget *parent, const QString &address, Credentials &credentials, QString &notice);
    // Removes the password kept for the server of `address`; one line saying what happened.
    static QString forget(const QString &address);
};

} // namespace rs
