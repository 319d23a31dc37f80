#include "Cli.h"

#include "storage/DutyStore.h"
#include "domain/ApprovalGate.h"
#include "storage/ApprovalStore.h"

#include <QCoreApplication>

namespace rs::cli {

namespace {

} // namespace

QString printable(const QString &name)
{
    QString result;
    for (const QChar c : name.left(60))
        result.append(c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ? QChar(u'?') : c);
    if (name.size() > 60)
        result.append(QChar(u'…'));
    return QStringLiteral("“%1”").arg(result);
}

QString Context::database() const
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Store::defaultLocation();
}

Result<std::unique_ptr<Store>> Context::open(Store::Access access)
{
    // A workspace that breaks a rule can still be read and exported, so its data can be rescued.
    return open(access, access == Store::Access::ReadOnly ? Store::Broken::OpenForRescue : Store::Broken::Refuse);
}

Result<std::unique_ptr<Store>> Context::open(Store::Access access, Store::Broken broken)
{
    auto store = Store::open(database(), access, broken);
    // Read-only commands warn; an import that replaces the broken workspace needs no warning.
    if (store && access == Store::Access::ReadOnly && !store.value()->brokenRule().isEmpty()) {
        QString rule = store.value()->brokenRule();
        rule.replace(QLatin1Char('\n'), QLatin1Char(' '));
        err << "rolesheet-cli: "
            << QCoreApplication::translate("rs::cli",
                   "warning: %1 breaks a rule: %2 It can only be read; save its data with \"rolesheet-cli "
                   "export-workspace -o FILE.json\".")
                   .arg(database(), rule)
            << Qt::endl;
    }
    if (store && access == Store::Access::ReadWrite) {
        Store *s = store.value().get();
        s->setOnGated([this, s](const QList<Change> &changes) -> Status {
            if (!isSet(QStringLiteral("request")) && !isSet(QStringLiteral("break-glass"))) {
                const QList<int> gated = approval::gated(s->workspace(), changes);
                return Error::rule(QCoreApplication::translate("rs::cli",
                    "%1 needs approval under the workspace's approval policy; add --request REASON to file it as a "
                    "request. Nothing was changed.")
                                       .arg(changes.at(gated.value(0)).describe(s->workspace())));
            }
            m_gatedStore = s;
            m_gated = changes;
            return Error { Error::Code::Deferred, {}, {} };
        });
    }
    if (store && isSet(QStringLiteral("as"))) {
        // The audit trail records which member acted; it must be one of the workspace.
        const auto acting = member(store.value()->workspace(), value(QStringLiteral("as")));
        if (!acting)
            return acting.error();
        store.value()->setActor(acting.value()->name);
    }
    // Every change made through the command line passes the workspace's duty rules.
    if (store && access == Store::Access::ReadWrite) {
        const auto warn = [this](const QStringList &lines) {
            for (const QString &line : lines) {
                if (!dutyWarnings.contains(line))
                    dutyWarnings.append(line);
            }
        };
        if (Status s = DutyStore::guard(*store.value(), warn); !s)
            return s.error();
    }
    return store;
}

Result<const Role *> Context::role(const Workspace &ws, const QString &name) const
{
    if (isSet(QStringLiteral("production"))) {
        const Result<const Production *> p = production(ws, value(QStringLiteral("production")));
        if (!p)
            return p.error();
        if (const Role *r = ws.findProductionRole(p.value()->id, name))
            return r;
        return Error::notFound(QCoreApplication::translate("rs::cli", "Production %1 has no role named %2.")
                                   .arg(printable(p.value()->name), printable(name)));
    }
    if (const Role *r = ws.findAccountRole(name))
        return r;
    if (const Role *r = ws.findTemplate(name))
        return r;
    if (const Role *r = ws.findProductionRole(0, name))
        return r;
    return Error::notFound(QCoreApplication::translate(
        "rs::cli", "There is no account role or template named %1; production roles need --production.")
                               .arg(printable(name)));
}

Result<const Role *> Context::accountRole(const Workspace &ws, const QString &name) const
{
    if (const Role *r = ws.findAccountRole(name))
        return r;
    return Error::notFound(
        QCoreApplication::translate("rs::cli", "There is no account role named %1.").arg(printable(name)));
}

Result<const Member *> Context::member(const Workspace &ws, const QString &name) const
{
    if (const Member *m = ws.findMember(name))
        return m;
    return Error::notFound(QCoreApplication::translate("rs::cli", "There is no member named %1.").arg(printable(name)));
}

Result<const Production *> Context::production(const Workspace &ws, const QString &name) const
{
    if (const Production *p = ws.findProduction(name))
        return p;
    return Error::notFound(
        QCoreApplication::translate("rs::cli", "There is no production named %1.").arg(printable(name)));
}

Result<const Feature *> Context::feature(const Workspace &ws, const QString &name) const
{
    if (const Feature *f = ws.findFeature(name))
        return f;
    return Error::notFound(
        QCoreApplication::translate("rs::cli", "There is no feature named %1.").arg(printable(name)));
}

Result<QDateTime> Context::when(const Workspace &ws, const QString &option, dates::Edge edge) const
{
    if (!isSet(option))
        return QDateTime();
    const QString text = value(option);
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QDateTime();
    return dates::parse(text, ws.timeZone(), edge);
}

Result<QDateTime> Context::moment(const Workspace &ws) const
{
    if (!isSet(QStringLiteral("at")))
        return QDateTime::currentDateTimeUtc();
    return dates::parse(value(QStringLiteral("at")), ws.timeZone(), dates::Edge::Start);
}

Status Context::writeFile(const QString &path, const QByteArray &data) const
{
    if (Status s = formats::writeFileSafely(path, data, overwrite()); !s)
        return withForceHint(s.error());
    return {};
}

Error Context::withForceHint(Error error)
{
    // formats::writeFileSafely() tells a file that is already there by the Conflict code.
    if (error.code == Error::Code::Conflict)
        error.message
            += QLatin1Char(' ') + QCoreApplication::translate("rs::cli", "Add --force to replace existing files.");
    return error;
}

int Context::fileGated()
{
    ApprovalStore approvals(*m_gatedStore);
    Store *store = m_gatedStore;
    m_gatedStore = nullptr;
    if (isSet(QStringLiteral("break-glass"))) {
        const Result<approval::Request> r = approvals.breakGlass(m_gated, value(QStringLiteral("break-glass")));
        if (!r)
            return fail(r.error());
        out << QCoreApplication::translate(
            "rs::cli", "Applied by break glass as request %1; it is listed for approval after the fact.")
                   .arg(r.value().id)
            << Qt::endl;
        return Done;
    }
    const Result<approval::Request> r = approvals.submit(m_gated, value(QStringLiteral("request")));
    if (!r)
        return fail(r.error());
    const int needed = store->workspace().approvalPolicy().approvals;
    out << QCoreApplication::translate("rs::cli", "Request %1 waits for %n approval(s).", nullptr, needed)
               .arg(r.value().id)
        << Qt::endl;
    return Done;
}

int Context::fail(const Error &error)
{
    if (error.code == Error::Code::Deferred && m_gatedStore)
        return fileGated();
    QString line = error.message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "rolesheet-cli: " << line << Qt::endl;
    if (!error.detail.isEmpty() && qEnvironmentVariableIsSet("ROLESHEET_DEBUG"))
        err << "  " << error.detail << Qt::endl;
    return Refused;
}

} // namespace rs::cli
