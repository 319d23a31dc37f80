#pragma once

#include <QString>

namespace rs {

// A secret for one connection attempt, never part of a location: Store::open hands it to the connection and keeps
// nothing of it. Not copyable; the text is overwritten when it is wiped or goes out of scope.
struct Credentials
{
    QString password;

    Credentials() = default;
    explicit Credentials(QString secret)
        : password(std::move(secret))
    {
    }
    Credentials(const Credentials &) = delete;
    Credentials &operator=(const Credentials &) = delete;
    ~Credentials() { wipe(); }

    // Overwrites the password where it lies (when nothing else shares it) and empties it.
    void wipe() { wipe(password); }
    static void wipe(QString &secret)
    {
        if (!secret.isEmpty() && !secret.isDetached())
            secret = QString(); // shared text cannot be overwritten from here; drop this reference at least
        if (!secret.isEmpty())
            secret.fill(QChar(u'\0'));
        secret.clear();
    }
};

} // namespace rs
