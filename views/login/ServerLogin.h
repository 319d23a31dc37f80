#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace rs {

struct Credentials;

// Opens a workspace on a PostgreSQL server the desktop way: with the password libpq finds (~/.pgpass, PGPASSFILE,
// PGPASSWORD), else with the one kept in the system keyring, else by asking (and asking again, saying so, when the
// server refuses it), offering to remember it in the keyring. No password is kept anywhere else.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(rs::ServerLogin)

public:
    // Each try is `attempt`, which opens the workspace with the credentials given (empty: libpq finds its own) and
    // fails with code Password when the server wants another. `notice` gets one line to show, e.g. that no keyring
    // is there.
    using Attempt = std::function<Status(const Credentials &credentials)>;
    static Status open(QWidget *parent, const QString &address, QString &notice, const Attempt &attempt);
    // Removes the password kept for the server of `address`; one line saying what happened.
    static QString forget(const QString &address);
};

} // namespace rs
