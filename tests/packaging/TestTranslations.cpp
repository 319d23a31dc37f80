// The catalogs: complete, in step with the sources, faithful to placeholders, and installed at run time.
#include "domain/DefaultWorkspace.h"
#include "i18n/Translations.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QStringList kLanguages
    = { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("nl") };

// One message of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    bool numerus = false; // a count: "%n change(s)" with one translation per plural form
    QStringList translations; // one per numerus form, or one
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(" cannot be read");
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(current);
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            current = Message { context, {}, {}, {}, numerus, {} };
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!numerus)
                current.translations.append(xml.readElementText());
        } else if (xml.name() == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return QDir(qEnvironmentVariable("ROLESHEET_SOURCE_DIR"))
        .filePath(QStringLiteral("translations/rolesheet_") + language + QStringLiteral(".ts"));
}

// The placeholders of a text, sorted: "%1", "%2", "%n".
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(L?[0-9n])"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

// Runs lupdate over model/, app/ and views/ into `ts` (created or updated) with `options` added.
QString runLupdate(const QString &ts, const QStringList &options)
{
    const QDir source(qEnvironmentVariable("ROLESHEET_SOURCE_DIR"));
    QStringList arguments = options;
    arguments << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-source-language")
              << QStringLiteral("en");
    for (const QString &folder : { QStringLiteral("model"), QStringLiteral("app"), QStringLiteral("views") }) {
        if (source.exists(folder))
            arguments.append(source.filePath(folder));
    }
    arguments << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ROLESHEET_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        return QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAll());
    return QString();
}

QString describe(const QList<Message> &messages, int limit = 12)
{
    QStringList lines;
    for (const Message &m : messages.mid(0, limit))
        lines.append(QStringLiteral("  [%1] %2 (%3)").arg(m.context, m.source.left(90), m.type));
    if (messages.size() > limit)
        lines.append(QStringLiteral("  … and %1 more").arg(messages.size() - limit));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Runs lupdate over the current sources into a copy of each .ts file and reads what it would change.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageTranslatedAndUpToDate_data();
    void everyMessageTranslatedAndUpToDate();
    void placeholdersKept_data();
    void placeholdersKept();
    void everyDefaultCatalogNameIsMarked();
    void shippedLanguages();
    void installFollowsTheLocale_data();
    void installFollowsTheLocale();
    void aChoiceOutlastsTheSession();
    void qtOwnStringsAreTranslated_data();
    void noSourceMessageSaysParenS();
    void englishGivesEveryCountItsForms();
    void noTranslationSaysParenS_data();
    void noTranslationSaysParenS();
    void englishCountsReadAsEnglish();
    void qtOwnStringsAreTranslated();
};

void TestTranslations::everyMessageTranslatedAndUpToDate_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::everyMessageTranslatedAndUpToDate()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> committed = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!committed.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsPath(language)).fileName());
    QVERIFY(QFile::copy(tsPath(language), copy));
    const QDir source(qEnvironmentVariable("ROLESHEET_SOURCE_DIR"));
    QStringList arguments = { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-source-language"),
        QStringLiteral("en") };
    for (const QString &folder : { QStringLiteral("model"), QStringLiteral("app"), QStringLiteral("views") }) {
        if (source.exists(folder))
            arguments.append(source.filePath(folder));
    }
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ROLESHEET_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    const QList<Message> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<Message> unfinished;
    QList<Message> vanished;
    for (const Message &m : updated) {
        if (m.type == QLatin1String("unfinished"))
            unfinished.append(m);
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            vanished.append(m);
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            unfinished.append(m);
    }
    QVERIFY2(vanished.isEmpty(),
        qPrintable(QStringLiteral("%1 messages no longer in the sources; run lupdate with -no-obsolete:\n%2")
                       .arg(vanished.size())
                       .arg(describe(vanished))));
    QVERIFY2(unfinished.isEmpty(),
        qPrintable(
            QStringLiteral("%1 messages new or unfinished:\n%2").arg(unfinished.size()).arg(describe(unfinished))));
    QCOMPARE(updated.size(), committed.size());
}

void TestTranslations::placeholdersKept_data()
{
    everyMessageTranslatedAndUpToDate_data();
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<Message> broken;
    for (const Message &m : messages) {
        const QStringList expected = placeholders(m.source);
        for (const QString &translation : m.translations) {
            if (!translation.isEmpty() && placeholders(translation) != expected) {
                broken.append(m);
                break;
            }
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("placeholders differ:\n") + describe(broken)));
}

void TestTranslations::everyDefaultCatalogNameIsMarked()
{
    const rs::Workspace ws = rs::DefaultWorkspace::create();
    const QStringList terms = rs::Translations::catalogTerms();
    QStringList missing;
    for (const rs::Section &section : ws.sections()) {
        if (!terms.contains(section.name))
            missing.append(section.name);
    }
    for (const rs::Feature &feature : ws.features()) {
        if (!terms.contains(feature.name))
            missing.append(feature.name);
    }
    for (const rs::Role &role : ws.roles()) {
        if (!terms.contains(role.name))
            missing.append(role.name);
    }
    QVERIFY2(
        missing.isEmpty(), qPrintable(QStringLiteral("not in catalogTerms(): ") + missing.join(QStringLiteral(", "))));
}

void TestTranslations::shippedLanguages()
{
    QCOMPARE(rs::Translations::available(), kLanguages);
}

void TestTranslations::installFollowsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("subjectData");
    QTest::newRow("Germany") << QStringLiteral("de_DE") << QStringLiteral("de") << QStringLiteral("Personendaten");
    QTest::newRow("Ghent") << QStringLiteral("nl_BE") << QStringLiteral("nl") << QStringLiteral("Persoonsgegevens");
    QTest::newRow("Lyon") << QStringLiteral("fr_FR") << QStringLiteral("fr") << QStringLiteral("Données des personnes");
    QTest::newRow("Madrid") << QStringLiteral("es_ES") << QStringLiteral("es")
                            << QStringLiteral("Datos de las personas");
    QTest::newRow("Lisbon: not shipped") << QStringLiteral("pt_PT") << QStringLiteral("en")
                                         << QStringLiteral("Subject Data");
    QTest::newRow("English") << QStringLiteral("en_GB") << QStringLiteral("en") << QStringLiteral("Subject Data");
}

void TestTranslations::installFollowsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QFETCH(QString, subjectData);
    QCOMPARE(rs::Translations::install(QLocale(locale)), language);
    QCOMPARE(rs::DefaultWorkspace::displayName(QStringLiteral("Subject Data")), subjectData);
    // Names a studio typed are not translated.
    QCOMPARE(rs::DefaultWorkspace::displayName(QStringLiteral("Retouche Gent")), QStringLiteral("Retouche Gent"));
    rs::Translations::uninstall();
    QCOMPARE(rs::DefaultWorkspace::displayName(QStringLiteral("Subject Data")), QStringLiteral("Subject Data"));
}

void TestTranslations::aChoiceOutlastsTheSession()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(rs::Translations::choose(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(
        rs::DefaultWorkspace::displayName(QStringLiteral("Subject Data")), QStringLiteral("Données des personnes"));
    rs::Translations::uninstall();
    // The next start installs the saved choice, whatever the system says.
    QCOMPARE(rs::Translations::chosen(), QStringLiteral("fr"));
    QCOMPARE(rs::Translations::installChosen(), QStringLiteral("fr"));
    QCOMPARE(rs::Translations::choose(QStringLiteral("nl")), QStringLiteral("nl"));
    QCOMPARE(rs::DefaultWorkspace::displayName(QStringLiteral("Subject Data")), QStringLiteral("Persoonsgegevens"));
    // Following the system again forgets the choice.
    rs::Translations::choose(QString());
    QCOMPARE(rs::Translations::chosen(), QString());
    rs::Translations::uninstall();
}

void TestTranslations::qtOwnStringsAreTranslated_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("Abbrechen");
    QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("Cancelar");
    QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("Annuler");
    QTest::newRow("nl") << QStringLiteral("nl_BE") << QStringLiteral("Annuleren");
}

// The standard dialogs' buttons come from Debian's qtbase catalogs (qt6-translations-l10n).
void TestTranslations::qtOwnStringsAreTranslated()
{
    QFETCH(QString, locale);
    QFETCH(QString, cancel);
    QVERIFY(rs::Translations::install(QLocale(locale)) != QLatin1String("en"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    rs::Translations::uninstall();
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

// "(s)" is how a program without plural forms writes a count; with %n the catalogs give each count its form.
void TestTranslations::noSourceMessageSaysParenS()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("rolesheet_xx.ts"));
    const QString failed = runLupdate(fresh, {});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QString error;
    const QList<Message> messages = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QList<Message> bad;
    for (const Message &m : messages) {
        if (!m.numerus && m.source.contains(QStringLiteral("(s)")))
            bad.append(m);
        else if (m.numerus && !m.source.contains(QStringLiteral("%n")))
            bad.append(m);
    }
    QVERIFY2(bad.isEmpty(),
        qPrintable(
            QStringLiteral("counts written without %n (use tr(\"%n thing(s)\", nullptr, count)):\n") + describe(bad)));
}

// The English catalog holds the plural forms alone: every count of the sources, both forms, none with "(s)".
void TestTranslations::englishGivesEveryCountItsForms()
{
    QString error;
    const QList<Message> committed = readTs(tsPath(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("rolesheet_en.ts"));
    QVERIFY(QFile::copy(tsPath(QStringLiteral("en")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString failed = runLupdate(copy,
        { QStringLiteral("-pluralonly"), QStringLiteral("-no-obsolete"), QStringLiteral("-target-language"),
            QStringLiteral("en") });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QList<Message> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!updated.isEmpty());
    QList<Message> bad;
    for (const Message &m : updated) {
        bool ok = m.numerus && m.type.isEmpty() && m.translations.size() == 2;
        for (const QString &form : m.translations)
            ok = ok && !form.isEmpty() && !form.contains(QStringLiteral("(s)"))
                && placeholders(form) == placeholders(m.source);
        if (!ok)
            bad.append(m);
    }
    QVERIFY2(bad.isEmpty(),
        qPrintable(QStringLiteral("English plural forms missing or wrong; run ninja rolesheet_en_lupdate and give "
                                  "both forms:\n")
            + describe(bad)));
    QCOMPARE(updated.size(), committed.size());
}

void TestTranslations::noTranslationSaysParenS_data()
{
    everyMessageTranslatedAndUpToDate_data();
}

void TestTranslations::noTranslationSaysParenS()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    static const QRegularExpression optionalEnding(QStringLiteral("\\w\\((s|en|es|e|n|x)\\)"));
    QList<Message> bad;
    for (const Message &m : messages) {
        for (const QString &translation : m.translations) {
            if (translation.contains(optionalEnding)) {
                bad.append(m);
                break;
            }
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("counts with an optional ending:\n") + describe(bad)));
}

void TestTranslations::englishCountsReadAsEnglish()
{
    QCOMPARE(rs::Translations::install(QLocale(QStringLiteral("en_US"))), QStringLiteral("en"));
    const char *applied = "Applied: %n change(s), in one step.";
    QCOMPARE(QCoreApplication::translate("rs::MainWindow", applied, nullptr, 1),
        QStringLiteral("Applied: 1 change, in one step."));
    QCOMPARE(QCoreApplication::translate("rs::MainWindow", applied, nullptr, 2),
        QStringLiteral("Applied: 2 changes, in one step."));
    rs::Translations::uninstall();
    QCOMPARE(QCoreApplication::translate("rs::MainWindow", applied, nullptr, 1),
        QStringLiteral("Applied: 1 change(s), in one step."));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RolesheetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTranslations"));
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestTranslations.moc"
