// Takes the README's pictures: builds a small sample workspace in a temporary folder and saves PNGs of the main window
// and the dialogs into a folder. Run under a real display (Xvfb) by take-screenshots.sh and
// take-localized-screenshots.sh; a program of the tests, not shipped with the editor.
#include "CompareDialog.h"
#include "DateField.h"
#include "DetailsPanel.h"
#include "GridPanel.h"
#include "MainWindow.h"
#include "MemberDialogs.h"
#include "NavigatorPanel.h"
#include "NewRoleDialog.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "SheetActions.h"
#include "appearance/Appearance.h"
#include "commands/EditSession.h"
#include "commands/WorkspaceDiff.h"
#include "document/Document.h"
#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"
#include "expiry/ExpiringDialog.h"
#include "i18n/Translations.h"
#include "itemmodels/PermissionGridModel.h"
#include "itemmodels/ReviewItemsModel.h"
#include "links/TemplateDriftDialog.h"
#include "login/PasswordDialog.h"
#include "reviews/ReviewsDialog.h"
#include "storage/ReviewStore.h"
#include "storage/Store.h"
#include "welcome/WelcomeDialog.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QToolButton>

#include <QTreeView>
#include <QTreeWidget>
#include <functional>

namespace rs {

namespace {

void settle()
{
    for (int i = 0; i < 20; ++i) {
        QApplication::processEvents();
        QThread::msleep(10);
    }
}

bool save(QWidget *widget, const QString &folder, const QString &name)
{
    widget->show();
    widget->raise();
    settle();
    const bool ok = widget->grab().save(QDir(folder).filePath(name));
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << QDir(folder).filePath(name) << Qt::endl;
    return ok;
}

Id featureId(const Workspace &ws, const char *name)
{
    const Feature *f = ws.findFeature(QString::fromUtf8(name));
    return f ? f->id : 0;
}

// The top left 1024 × 700 of the screen: the window there with what shows over it (a dialog, a calendar's popup).
bool saveScreen(const QString &folder, const QString &name)
{
    settle();
    const bool ok = QGuiApplication::primaryScreen()->grabWindow(0, 0, 0, 1024, 700).save(QDir(folder).filePath(name));
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << QDir(folder).filePath(name) << Qt::endl;
    return ok;
}

// At 1024 × 700: a template's grid, Fay's member page, the Invite dialog with its Until calendar open, and the review
// of closing an access review that takes Fay off Gala Night, whose seat starts tomorrow: the impact names her and the
// day.
int take1024(const QString &folder)
{
    QTemporaryDir temp;
    Workspace ws = DefaultWorkspace::create(QStringLiteral("Ann Peeters"), QStringLiteral("Studio Noord"));
    const QTimeZone zone = ws.timeZone();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    Change fay = Change::addMember(QStringLiteral("Fay Laurent"));
    Change bram = Change::addMember(QStringLiteral("Bram Claes"));
    Change fien = Change::addMember(QStringLiteral("Fien Janssens"));
    for (Change *c : { &fay, &bram, &fien })
        static_cast<void>(ws.apply(*c).ok());
    Change gala = Change::createProduction(QStringLiteral("Gala Night"), ws.owner());
    static_cast<void>(ws.apply(gala).ok());
    Change seat = Change::invite(gala.created(), fay.created(), ws.builtInRole(BuiltIn::ProductionMember),
        dates::startOfDay(today.addDays(1), zone), dates::endOfDay(today.addDays(14), zone));
    Change team = Change::invite(gala.created(), bram.created());
    static_cast<void>(ws.apply(seat).ok() && ws.apply(team).ok());
    const QString path = temp.filePath(QStringLiteral("Studio Noord.rolesheet"));
    if (!Store::create(path, ws))
        return 1;
    MainWindow window;
    window.move(0, 0);
    window.resize(1024, 700);
    if (!window.openWorkspace(path))
        return 1;
    window.show();
    settle();
    int failed = 0;
    const QString language = QLocale().name().left(2) == QLatin1String("en") ? QString() : QLocale().name().left(2);
    const QString suffix
        = language.isEmpty() ? QStringLiteral("-1024.png") : QStringLiteral("-%1-1024.png").arg(language);
    // The grid of a template with its four level columns whole, then Fay's page: her seat from tomorrow.
    window.navigator()->selectRole(ws.templates().first()->id);
    failed += saveScreen(folder, QStringLiteral("grid") + suffix) ? 0 : 1;
    window.navigator()->selectMember(fay.created());
    failed += saveScreen(folder, QStringLiteral("member-page") + suffix) ? 0 : 1;

    Prompts::setNextDialogHandler([&](QDialog *dialog) {
        dialog->show();
        settle();
        if (auto *until = dialog->findChild<DateField *>(QStringLiteral("seatUntil"))) {
            until->openBox()->setChecked(false);
            until->calendarButton()->click();
        }
        failed += saveScreen(folder, QStringLiteral("date-field") + suffix) ? 0 : 1;
        return int(QDialog::Rejected);
    });
    window.action(ActionId::Invite)->trigger();
    settle();

    {
        auto store = Store::open(path);
        if (!store)
            return 1;
        const CampaignStart start { QStringLiteral("Winter"), review::Scope::studio(), today.addDays(14),
            { fien.created() }, false };
        if (!ReviewStore(*store.value()).start(start))
            return 1;
    }
    ReviewsDialog reviews(window.workbench(), &window);
    reviews.move(40, 60);
    reviews.resize(940, 560);
    reviews.show();
    settle();
    reviews.showCampaign(QStringLiteral("Winter"));
    // The view asks the document and answers later: wait for the campaign and for each decision to be recorded.
    const auto waitFor = [](const std::function<bool()> &done) {
        for (int i = 0; i < 500 && !done(); ++i) {
            QApplication::processEvents();
            QThread::msleep(10);
        }
        return done();
    };
    if (!waitFor([&] { return reviews.campaignName() == QStringLiteral("Winter") && reviews.items()->rowCount() > 0; }))
        return 1;
    ReviewItemsModel *items = reviews.items();
    for (int row = 0; row < items->rowCount(); ++row) {
        const int number = items->index(row, ReviewItemsModel::Number).data().toInt();
        const bool revoke
            = items->index(row, ReviewItemsModel::Member).data().toString() == QStringLiteral("Fay Laurent");
        reviews.selectItems({ number });
        const QString before = reviews.progress()->text();
        reviews.decideSelected(revoke ? review::Decision::Kind::Revoke : review::Decision::Kind::Keep);
        // The progress line counts one more once the decision is recorded (in whatever language it speaks).
        if (!waitFor([&] { return reviews.progress()->text() != before; }))
            return 1;
    }
    bool closeShown = false;
    Prompts::setNextDialogHandler([&](QDialog *dialog) {
        closeShown = true;
        dialog->move(60, 40);
        dialog->resize(900, 600);
        dialog->show();
        settle();
        failed += saveScreen(folder, QStringLiteral("review-close") + suffix) ? 0 : 1;
        return int(QDialog::Rejected);
    });
    if (auto *close = reviews.findChild<QPushButton *>(QStringLiteral("closeReview")))
        close->click();
    if (!waitFor([&] { return closeShown; }))
        return failed + 1;
    settle();
    return failed;
}

int take(const QString &folder)
{
    QDir().mkpath(folder);
    QTemporaryDir temp;
    MainWindow window;
    window.resize(1360, 860);
    if (!window.newWorkspace(temp.filePath(QStringLiteral("Northlight Studio.rolesheet"))))
        return 2;
    EditSession *session = window.session();
    const Workspace &ws = session->working();
    const Id production = ws.templates().first()->id;
    window.navigator()->selectRole(production);
    int failed = save(&window, folder, QStringLiteral("main-window.png")) ? 0 : 1;

    // A studio with people and a production, applied, so that the other pictures have something to show.
    Change made;
    session->submit(Change::createProduction(QStringLiteral("Spring Catalog 2026"), ws.owner()), &made);
    const Id spring = made.production;
    session->submit(Change::addMember(QStringLiteral("Mia Novak")), &made);
    const Id mia = made.member;
    session->submit(Change::addMember(QStringLiteral("Jonas Berg"), ws.builtInRole(BuiltIn::Admin)));
    session->submit(Change::createRole(QStringLiteral("Retoucher"), Scope::Account, 0, production), &made);
    const Id retoucher = made.role;
    session->submit(Change::setAccountRole(mia, retoucher));
    session->submit(Change::invite(spring, mia));
    static_cast<void>(window.applyChanges().ok());

    window.navigator()->selectRole(retoucher);
    PermissionGridModel *grid = window.grid()->model();
    grid->setData(grid->featureIndex(featureId(ws, "Organizations"), PermissionGridModel::ViewColumn), Qt::Checked,
        Qt::CheckStateRole);
    grid->setData(grid->featureIndex(featureId(ws, "Release Orders"), PermissionGridModel::DeleteColumn), Qt::Unchecked,
        Qt::CheckStateRole);
    grid->setData(grid->featureIndex(featureId(ws, "Print Jobs"), PermissionGridModel::EditColumn), Qt::Checked,
        Qt::CheckStateRole);
    grid->setData(grid->featureIndex(featureId(ws, "Marketing"), PermissionGridModel::ViewColumn), Qt::Checked,
        Qt::CheckStateRole);
    failed += save(&window, folder, QStringLiteral("staged-changes.png")) ? 0 : 1;

    ReviewDialog review(session, &window);
    failed += save(&review, folder, QStringLiteral("review-changes.png")) ? 0 : 1;
    review.hide();

    window.navigator()->selectRole(ws.builtInRole(BuiltIn::Admin));
    grid->setData(grid->featureIndex(featureId(ws, "Jobs"), PermissionGridModel::DeleteColumn), Qt::Unchecked,
        Qt::CheckStateRole);
    failed += save(&window, folder, QStringLiteral("locked-role.png")) ? 0 : 1;

    CheckAccessDialog check(ws, mia, spring, &window);
    failed += save(&check, folder, QStringLiteral("check-access.png")) ? 0 : 1;
    check.hide();

    CompareDialog compare(ws, retoucher, spring, &window);
    failed += save(&compare, folder, QStringLiteral("compare-roles.png")) ? 0 : 1;
    compare.hide();

    NewRoleDialog freelancer(ws, NewRoleDialog::Mode::Freelancer, spring, &window);
    freelancer.nameEdit()->setText(QStringLiteral("Freelance subtitler"));
    failed += save(&freelancer, folder, QStringLiteral("freelancer-role.png")) ? 0 : 1;
    freelancer.hide();

    TransferOwnershipDialog transfer(ws, &window);
    failed += save(&transfer, folder, QStringLiteral("transfer-ownership.png")) ? 0 : 1;
    transfer.hide();

    // Members › Expiring Soon…: freelancers whose seats end soon, one already ended, and an account role ending.
    {
        const QTimeZone berlin("Europe/Berlin");
        const auto until = [&](int day) { return dates::endOfDay(QDate(2026, 11, day), berlin); };
        session->submit(Change::setTimeZone("Europe/Berlin"));
        for (const auto &[name, day] : { std::pair { "Fay Laurent", 9 }, std::pair { "Omar Haddad", 12 },
                 std::pair { "Lena Vogel", 19 }, std::pair { "Sam Okoro", 21 } }) {
            session->submit(Change::addMember(QString::fromUtf8(name)), &made);
            session->submit(Change::invite(spring, made.member, 0, {}, until(day)));
        }
        session->submit(Change::setAccountRole(mia, retoucher, until(16)));
        ExpiringDialog expiring(session, &window);
        expiring.setNow(QDateTime(QDate(2026, 11, 10), QTime(9, 30), berlin));
        expiring.list()->topLevelItem(1)->setSelected(true);
        failed += save(&expiring, folder, QStringLiteral("expiring-soon.png")) ? 0 : 1;
        expiring.hide();
    }

    // The review of a whole-workspace import: the studio as another office keeps it, a role more and people moved.
    {
        const Workspace &stored = window.document()->stored();
        Workspace imported = stored;
        Change colorist = Change::createRole(QStringLiteral("Colorist"), Scope::Account, 0, production);
        Change grant = Change::setGrant(retoucher, featureId(stored, "Organizations"), Levels(Level::View));
        Change lena = Change::addMember(QStringLiteral("Lena Park"));
        Change autumn = Change::createProduction(QStringLiteral("Autumn Lookbook"), stored.owner());
        for (Change *c : { &colorist, &grant, &lena, &autumn })
            static_cast<void>(imported.apply(*c).ok());
        Change colors = Change::setAccountRole(mia, colorist.role);
        Change seat = Change::invite(autumn.production, lena.member);
        Change left = Change::removeMember(imported.findMember(QStringLiteral("Jonas Berg"))->id);
        for (Change *c : { &colors, &seat, &left })
            static_cast<void>(imported.apply(*c).ok());
        const WorkspaceDiff diff = diffWorkspaces(stored, imported);
        ReviewDialog importReview(stored, diff,
            SheetActions::importQuestion(stored, imported, QStringLiteral("northlight-paris.json"), 0), &window);
        failed += save(&importReview, folder, QStringLiteral("import-review.png")) ? 0 : 1;
        importReview.hide();
    }

    // Roles › Template Drift…: freelance roles made from the Production template, one following it, two pinned; the
    // template changed since, and one pinned role changed a cell the template changed too. Then Propagate's review.
    {
        session->submit(Change::createProduction(QStringLiteral("Autumn Lookbook"), ws.owner()), &made);
        const Id autumn = made.production;
        QList<Id> freelancers;
        for (const auto &[name, place, follow] :
            { std::tuple { "Freelance retoucher", spring, true }, std::tuple { "Freelance retoucher", autumn, false },
                std::tuple { "Freelance runner", spring, false } }) {
            session->submit(Change::createRole(QString::fromUtf8(name), Scope::Production, place, production), &made);
            freelancers.append(made.role);
            session->submit(Change::linkRole(made.role, production, follow));
        }
        session->submit(Change::addMember(QStringLiteral("Noor Adeyemi")), &made);
        session->submit(Change::invite(autumn, made.member, freelancers.at(1)));
        session->submit(Change::setGrant(freelancers.at(2), featureId(ws, "Images"), Levels(Level::View)));
        session->submit(Change::setGrant(freelancers.at(2), featureId(ws, "Print Jobs"), Levels()));
        session->submit(Change::setGrant(production, featureId(ws, "Images"), Levels(Level::View).with(Level::Add)));
        session->submit(Change::setGrant(production, featureId(ws, "Release Orders"), Levels(Level::View)));
        session->submit(Change::setGrant(
            production, featureId(ws, "Jobs"), Levels(Level::View).with(Level::Add).with(Level::Edit)));
        static_cast<void>(window.applyChanges().ok());
        TemplateDriftDialog drift(window.workbench(), &window);
        drift.showTemplate(QStringLiteral("Production"));
        drift.roles()->clearSelection();
        drift.roles()->topLevelItem(2)->setSelected(true);
        failed += save(&drift, folder, QStringLiteral("template-drift.png")) ? 0 : 1;
        drift.roles()->clearSelection();
        drift.propagate(false);
        drift.hide();
        ReviewDialog propagation(session, &window);
        failed += save(&propagation, folder, QStringLiteral("template-propagation-review.png")) ? 0 : 1;
        propagation.hide();
    }

    // The welcome of a first start, filled in as a new studio fills it in.
    WelcomeDialog welcome(WelcomeDialog::Mode::FirstStart);
    welcome.studioEdit()->setText(QStringLiteral("Northlight Studio"));
    welcome.ownerEdit()->setText(QStringLiteral("Morgan Avery"));
    welcome.show();
    settle();
    welcome.studioEdit()->deselect(); // focus arrives with the field selected: show the names as typed
    failed += save(&welcome, folder, QStringLiteral("welcome.png")) ? 0 : 1;
    welcome.hide();

    // Connect to Server when libpq finds no password: typed (shown as dots) and to be kept in the system keyring.
    PasswordDialog password(QStringLiteral("postgresql://mia@db.northlight.example:5432/rolesheet?sslmode=verify-full"),
        QString(), &window);
    password.passwordEdit()->setText(QStringLiteral("correct horse"));
    password.rememberBox()->setChecked(true);
    password.show();
    settle();
    password.passwordEdit()->deselect(); // focus arrives with the field selected: show the dots as typed
    failed += save(&password, folder, QStringLiteral("password-prompt.png")) ? 0 : 1;
    password.hide();

    window.discardChanges();
    failed += take1024(folder);
    return failed ? 1 : 0;
}

} // namespace
} // namespace rs

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rolesheet"));
    QApplication::setApplicationName(QStringLiteral("rolesheet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rolesheet"));
    QApplication::setApplicationVersion(QStringLiteral(ROLESHEET_VERSION));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption language(
        QStringLiteral("language"), QStringLiteral("Speak LANGUAGE."), QStringLiteral("LANGUAGE"));
    const QCommandLineOption appearance(
        QStringLiteral("appearance"), QStringLiteral("system, light, dark or high-contrast."), QStringLiteral("NAME"));
    parser.addOption(language);
    parser.addOption(appearance);
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where the PNGs are saved."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    // Settings and journals of their own, and a prompt nobody answers is cancelled rather than waited for.
    QStandardPaths::setTestModeEnabled(true);
    rs::Prompts::setUnattended(true);
    if (parser.isSet(language))
        rs::Translations::install(QLocale(parser.value(language)));
    else
        rs::Translations::installChosen();
    rs::Appearance::Theme theme = rs::Appearance::chosen();
    if (parser.isSet(appearance) && !rs::Appearance::parse(parser.value(appearance), &theme)) {
        QTextStream(stderr) << "unknown appearance: " << parser.value(appearance) << Qt::endl;
        return 2;
    }
    rs::Appearance::apply(theme);
    return rs::take(parser.positionalArguments().constFirst());
}
