#include "Keyring.h"

#include "location/Credentials.h"
#include "location/PgAddress.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace rs {

namespace {

const QLatin1String kService("Rolesheet");

// Runs a keychain job to its end; the job's outcome as ours.
Keyring::Outcome run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain file instead of a keyring
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    switch (job.error()) {
    case QKeychain::NoError:
        return Keyring::Outcome::Done;
    case QKeychain::EntryNotFound:
        return Keyring::Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Keyring::Outcome::NoKeyring;
    default:
        qWarning("Keyring: %s", qPrintable(job.errorString()));
        return Keyring::Outcome::Failed;
    }
}

} // namespace

QString Keyring::key(const QString &address)
{
    const Result<PgAddress> parsed = PgAddress::parse(address);
    if (!parsed)
        return {};
    const PgAddress &a = parsed.value();
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(a.user, a.host).arg(a.port).arg(a.database);
}

Keyring::Outcome Keyring::read(const QString &address, QString &password)
{
    const QString entry = key(address);
    if (entry.isEmpty())
        return Outcome::NotFound;
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(entry);
    const Outcome outcome = run(job);
    if (outcome == Outcome::Done)
        password = job.textData();
    return outcome;
}

Keyring::Outcome Keyring::write(const QString &address, const QString &password)
{
    const QString entry = key(address);
    if (entry.isEmpty())
        return Outcome::Failed;
    QKeychain::WritePasswordJob job(kService);
    job.setKey(entry);
    job.setTextData(password);
    const Outcome outcome = run(job);
    job.setTextData(QString()); // the job's own copy goes now, not when it is destroyed
    return outcome;
}

Keyring::Outcome Keyring::remove(const QString &address)
{
    const QString entry = key(address);
    if (entry.isEmpty())
        return Outcome::Done;
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(entry);
    const Outcome outcome = run(job);
    return outcome == Outcome::NotFound ? Outcome::Done : outcome;
}

QString Keyring::describe(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoKeyring:
        return tr("No system keyring is available, so the password was not remembered.");
    case Outcome::Failed:
        return tr("The system keyring could not be reached, so the password was not remembered.");
    case Outcome::Done:
    case Outcome::NotFound:
        break;
    }
    return {};
}

} // namespace rs
