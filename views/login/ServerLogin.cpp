#include "ServerLogin.h"

#include "Keyring.h"
#include "Prompts.h"
#include "location/Credentials.h"

namespace rs {

namespace {

bool refusedPassword(const Status &opened)
{
    return !opened && opened.error().code == Error::Code::Password;
}

} // namespace

Status ServerLogin::open(QWidget *parent, const QString &address, QString &notice, const Attempt &attempt)
{
    Credentials credentials;
    Status opened = attempt(credentials);
    if (!refusedPassword(opened))
        return opened;

    QString again;
    const Keyring::Outcome kept = Keyring::read(address, credentials.password);
    if (kept == Keyring::Outcome::Done) {
        opened = attempt(credentials);
        if (!refusedPassword(opened)) {
            if (!opened)
                credentials.wipe();
            return opened;
        }
        credentials.wipe();
        again = tr("The password was not accepted; try again.");
    }
    for (;;) {
        bool remember = false;
        bool ok = false;
        credentials.password = Prompts::password(parent, address, again, &remember, &ok);
        if (!ok) {
            credentials.wipe();
            return Error::badInput(tr("No password was given; nothing was opened."));
        }
        opened = attempt(credentials);
        if (refusedPassword(opened)) {
            credentials.wipe();
            again = tr("The password was not accepted; try again.");
            continue;
        }
        if (!opened) {
            credentials.wipe();
            return opened;
        }
        if (remember) {
            notice = Keyring::describe(Keyring::write(address, credentials.password));
        } else if (kept == Keyring::Outcome::Done) {
            Keyring::remove(address); // what the keyring held is refused now: it would only be tried in vain
        }
        credentials.wipe();
        return opened;
    }
}

QString ServerLogin::forget(const QString &address)
{
    switch (Keyring::remove(address)) {
    case Keyring::Outcome::Done:
    case Keyring::Outcome::NotFound:
        return tr("The system keyring keeps no password for %1 now.").arg(Keyring::key(address));
    case Keyring::Outcome::NoKeyring:
        return tr("No system keyring is available; no password was kept for %1.").arg(Keyring::key(address));
    case Keyring::Outcome::Failed:
        break;
    }
    return tr("The system keyring refused to remove the password for %1.").arg(Keyring::key(address));
}

} // namespace rs
