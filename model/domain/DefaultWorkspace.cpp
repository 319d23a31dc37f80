#include "DefaultWorkspace.h"

#include <QCoreApplication>

namespace rs {

namespace {

struct FeatureSeed
{
    const char *section;
    const char *name;
    Scope scope;
    Categories categories;
    bool ownerOnly;
    const char *levels; // in the Production template, source notation
    const char *rationale; // why the feature deserves a deliberate choice
};

constexpr Scope A = Scope::Account;
constexpr Scope P = Scope::Production;

// Feature names keep the source's em dash (U+2014).
const FeatureSeed kSeeds[] = {
    { "Setup", "Jobs", A, {}, false, "Add",
        QT_TRANSLATE_NOOP("rs::Catalog", "Whoever adds jobs shapes the studio's workload and its billing.") },
    { "Setup", "Job Settings", P, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP("rs::Catalog", "Schedules and assignments decide who works on what and when.") },
    { "Setup", "Organizations", A, {}, false, "None",
        QT_TRANSLATE_NOOP(
            "rs::Catalog", "Client records are shared by every job; one careless deletion reaches them all.") },
    { "Setup", "Stage Templates", A, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP("rs::Catalog",
            "Stages move jobs along on their own, so a template change alters every job that uses it.") },
    { "Setup", "Price Sheets", A, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP("rs::Catalog", "Prices set what customers pay, without touching the studio's own money.") },
    { "Setup", "Asset Library", A, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP("rs::Catalog", "Backgrounds, logos and overlays are reused across many productions.") },
    { "Setup", "My Designs", A, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP("rs::Catalog", "Product designs are what customers end up holding in their hands.") },
    { "Setup", "Cart Templates", A, {}, false, "View",
        QT_TRANSLATE_NOOP("rs::Catalog", "The storefront's layout is seen by every customer who orders.") },
    { "Setup", "Form Templates", A, {}, false, "View",
        QT_TRANSLATE_NOOP("rs::Catalog", "Forms decide what information is collected from families and clients.") },
    { "Setup", "Discount Codes", A, {}, false, "None",
        QT_TRANSLATE_NOOP("rs::Catalog", "A stray code gives margin away on every order that uses it.") },
    { "Capture", "Subject Data", P, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP(
            "rs::Catalog", "Names and details of the people photographed must be right before anything is printed.") },
    { "Capture", "Images", P, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP(
            "rs::Catalog", "The pictures are the product; replacing or removing one is felt by the customer.") },
    { "Capture", "Job Orders", P, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP(
            "rs::Catalog", "Orders placed during a job often need fixing while the job is still running.") },
    { "Capture", "Print Jobs", P, {}, false, "View",
        QT_TRANSLATE_NOOP("rs::Catalog", "Knowing what went to print avoids duplicate runs.") },
    { "Capture", "Tools — Import", P, {}, false, "View",
        QT_TRANSLATE_NOOP("rs::Catalog", "Imports bring subject lists and image batches into a job in bulk.") },
    { "Capture", "Tools — Export", P, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP("rs::Catalog", "Exports produce the reports and files that production runs on.") },
    { "Capture", "Tools — Sort", P, {}, false, "View",
        QT_TRANSLATE_NOOP("rs::Catalog", "Sorting by QR code matches images to the right subjects.") },
    { "Capture", "Tools — Capture", P, {}, false, "View / Delete",
        QT_TRANSLATE_NOOP("rs::Catalog", "On set, misfired frames have to be culled quickly.") },
    { "Launch", "Job Status", P, {}, false, "Edit",
        QT_TRANSLATE_NOOP("rs::Catalog", "Status decides whether a job is open to customers or archived.") },
    { "Launch", "Release Orders", P, {}, false, "Add / Edit / Delete",
        QT_TRANSLATE_NOOP("rs::Catalog", "Releasing an order sends it to the lab; timing matters.") },
    { "Launch", "Studio Orders", P, {}, false, "Edit",
        QT_TRANSLATE_NOOP("rs::Catalog", "A last check of orders before fulfilment catches costly mistakes.") },
    { "Launch", "Fulfillment — Image Services", P, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP("rs::Catalog", "Retouching and other image services done in-house.") },
    { "Launch", "Fulfillment — Print Services", P, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP("rs::Catalog", "Print workflows turn finished orders into physical products.") },
    { "Admin", "User Management", A, Category::Personnel, false, "None",
        QT_TRANSLATE_NOOP("rs::Catalog", "Whoever manages users can hand out any permission, including their own.") },
    { "Admin", "Payout Management", A, Category::Financial, true, "None",
        QT_TRANSLATE_NOOP("rs::Catalog", "Payouts move the studio's money to its bank account.") },
    { "Admin", "Refund Management", A, Category::Financial, true, "None",
        QT_TRANSLATE_NOOP("rs::Catalog", "Refunds send money back out; authority over them belongs in one place.") },
    { "Admin", "Dashboard Order Metrics", A, Category::Financial, false, "None",
        QT_TRANSLATE_NOOP("rs::Catalog", "Revenue figures are sensitive business information.") },
    { "Admin", "Account Preferences", A, {}, false, "View",
        QT_TRANSLATE_NOOP("rs::Catalog", "Account settings apply to the whole studio at once.") },
    { "Marketing", "Marketing", A, Category::Marketing, false, "None",
        QT_TRANSLATE_NOOP("rs::Catalog", "Campaigns speak to customers in the studio's name.") },
    { "Marketing", "Campaign Approval", A, Category::Marketing, false, "None",
        QT_TRANSLATE_NOOP("rs::Catalog", "Approving a campaign is the last check before customers see it.") },
    { "Job Importer", "Import & Create Jobs", A, {}, false, "Add / Edit",
        QT_TRANSLATE_NOOP("rs::Catalog", "Bulk import creates many jobs at once, and their mistakes at scale.") },
};

const char *const kSections[] = { "Setup", "Capture", "Launch", "Admin", "Marketing", "Job Importer" };

// The production member's grant (SPEC §3): View on every production feature, with these exceptions.
Levels productionMemberLevels(const QString &feature)
{
    static const QHash<QString, Levels> exceptions = {
        { QStringLiteral("Subject Data"), Levels(Level::Add).with(Level::Edit).with(Level::View) },
        { QStringLiteral("Images"), Levels(Level::Add).with(Level::Edit).with(Level::View) },
        { QStringLiteral("Job Orders"), Levels(Level::Add).with(Level::Edit).with(Level::View) },
        { QStringLiteral("Tools — Export"), Levels(Level::Add).with(Level::Edit).with(Level::View) },
        { QStringLiteral("Tools — Capture"), Levels(Level::View).with(Level::Delete) },
        { QStringLiteral("Job Settings"), Levels() },
        { QStringLiteral("Job Status"), Levels() },
    };
    return exceptions.value(feature, Level::View);
}

} // namespace

QString DefaultWorkspace::builtInName(BuiltIn which)
{
    switch (which) {
    case BuiltIn::Owner:
        return QStringLiteral("Admin & owner");
    case BuiltIn::Admin:
        return QStringLiteral("Admin");
    case BuiltIn::CreateProductions:
        return QStringLiteral("Create productions");
    case BuiltIn::ProductionAdmin:
        return QStringLiteral("Production administrator");
    case BuiltIn::ProductionMember:
        return QStringLiteral("Production member");
    case BuiltIn::None:
        break;
    }
    return {};
}

QString DefaultWorkspace::displayName(const QString &featureName)
{
    return QCoreApplication::translate("rs::Catalog", featureName.toUtf8().constData());
}

QString DefaultWorkspace::displayName(const Role &role)
{
    return role.isLocked() || role.isTemplate ? displayName(role.name) : role.name;
}

QString DefaultWorkspace::displayDescription(const Role &role)
{
    return role.isLocked() || role.isTemplate ? displayName(role.description) : role.description;
}

Workspace DefaultWorkspace::create(const QString &ownerName, const QString &workspaceName)
{
    Workspace ws;
    WorkspaceBuilder b(ws);
    b.setName(workspaceName);
    Id next = 1;
    QHash<QString, Id> sectionIds;
    for (const char *name : kSections) {
        const Id id = next++;
        sectionIds.insert(QString::fromUtf8(name), id);
        b.addSection(Section { id, QString::fromUtf8(name) });
    }
    QList<Id> featureIds;
    for (const FeatureSeed &seed : kSeeds) {
        const Id id = next++;
        featureIds.append(id);
        b.addFeature(Feature { id, sectionIds.value(QString::fromUtf8(seed.section)), QString::fromUtf8(seed.name),
            seed.scope, seed.categories, seed.ownerOnly, QString::fromUtf8(seed.rationale) });
    }
    auto addRole = [&](BuiltIn builtIn, Scope scope, const QString &description) {
        Role r;
        r.id = next++;
        r.name = builtInName(builtIn);
        r.scope = scope;
        r.builtIn = builtIn;
        r.description = description;
        b.addRole(r);
        return r.id;
    };
    const Id ownerRole = addRole(BuiltIn::Owner, Scope::Account,
        QString::fromUtf8(QT_TRANSLATE_NOOP(
            "rs::Catalog", "Holds every permission, billing included. Exactly one member holds it.")));
    addRole(BuiltIn::Admin, Scope::Account,
        QString::fromUtf8(QT_TRANSLATE_NOOP(
            "rs::Catalog", "Everything the owner can do except billing; administers every production.")));
    const Id creator = addRole(BuiltIn::CreateProductions, Scope::Account,
        QString::fromUtf8(QT_TRANSLATE_NOOP("rs::Catalog",
            "Creates productions and administers the ones it creates; sees only those and the ones it is invited "
            "to.")));
    b.role(creator)->invitedOnly = true;
    addRole(BuiltIn::ProductionAdmin, Scope::Production,
        QString::fromUtf8(
            QT_TRANSLATE_NOOP("rs::Catalog", "Every permission inside a production, its settings included.")));
    const Id member = addRole(BuiltIn::ProductionMember, Scope::Production,
        QString::fromUtf8(QT_TRANSLATE_NOOP("rs::Catalog",
            "Contributes to a production without changing its settings; the role everyone invited gets unless "
            "another is named.")));
    Role templ;
    templ.id = next++;
    templ.name = QStringLiteral("Production");
    templ.isTemplate = true;
    templ.guardrails = Categories(Category::Financial).with(Category::Personnel).with(Category::Marketing);
    templ.description = QString::fromUtf8(QT_TRANSLATE_NOOP("rs::Catalog",
        "Runs the operational core of the studio — setup, capture and launch — without money, personnel or "
        "marketing."));
    for (int i = 0; i < featureIds.size(); ++i) {
        const FeatureSeed &seed = kSeeds[i];
        const Levels levels = Levels::parseText(QString::fromUtf8(seed.levels)).value();
        if (!levels.isNone())
            templ.grants.insert(featureIds.at(i), levels);
        const QString name = QString::fromUtf8(seed.name);
        if (name == QLatin1String("Jobs"))
            b.role(creator)->grants.insert(featureIds.at(i), Level::Add);
        if (name == QLatin1String("Import & Create Jobs"))
            b.role(creator)->grants.insert(featureIds.at(i), Levels(Level::Add).with(Level::Edit));
        if (seed.scope == Scope::Production && !productionMemberLevels(name).isNone())
            b.role(member)->grants.insert(featureIds.at(i), productionMemberLevels(name));
    }
    b.addRole(templ);
    b.addMember(Member {
        next++, ownerName.trimmed().isEmpty() ? QStringLiteral("Owner") : ownerName.trimmed(), ownerRole, {} });
    b.setNextId(next);
    b.finish();
    return ws;
}

} // namespace rs
