// Preferences as a manager uses them: the language picked is kept for the next start, the appearance changes at once
// and is kept too, Cancel keeps what was there, and the desktop's wish for dark or high contrast is followed.
#include "appearance/Appearance.h"
#include "appearance/FocusFrameStyle.h"
#include "i18n/Translations.h"
#include "preferences/PreferencesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace rs;
using Theme = Appearance::Theme;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QPalette m_desktop;

    static QColor window() { return QApplication::palette().color(QPalette::Window); }
    static QSettings settings() { return QSettings(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rolesheet"));
        QApplication::setApplicationName(QStringLiteral("rolesheet-test-preferences"));
        qunsetenv("GTK_THEME");
        QSettings().clear();
        Appearance::apply(Theme::System);
        m_desktop = QApplication::palette();
    }

    void cleanup()
    {
        qunsetenv("GTK_THEME");
        QSettings().clear();
        Appearance::apply(Theme::System);
    }

    void offersTheSystemAndEveryShippedLanguage()
    {
        PreferencesDialog dialog;
        QComboBox *box = dialog.languageBox();
        QCOMPARE(box->itemData(0).toString(), QString()); // the system's language comes first
        QVERIFY(box->itemText(0).startsWith(QStringLiteral("System default")));
        QStringList codes;
        QStringList names;
        for (int i = 1; i < box->count(); ++i) {
            codes << box->itemData(i).toString();
            names << box->itemText(i);
        }
        QStringList sorted = codes;
        sorted.sort();
        QCOMPARE(sorted,
            QStringList({ QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                QStringLiteral("nl") }));
        // Each under its own name, so that it can be found whatever the editor speaks now.
        QVERIFY(names.contains(QStringLiteral("Deutsch")));
        QVERIFY(names.contains(QStringLiteral("Français")));
        QVERIFY(names.contains(QStringLiteral("Nederlands")));
        QVERIFY(names.contains(QStringLiteral("Español")));
        QVERIFY(names.contains(QStringLiteral("English")));
    }

    void aLanguageChoiceIsKeptForTheNextStart()
    {
        PreferencesDialog dialog;
        QVERIFY(dialog.restartNote()->isHidden());
        dialog.setLanguage(QStringLiteral("fr"));
        QCOMPARE(dialog.language(), QStringLiteral("fr"));
        QVERIFY(!dialog.restartNote()->isHidden()); // it says when the change takes effect
        dialog.accept();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        // The call every main() makes at start reads the same choice and installs it.
        QCOMPARE(Translations::chosen(), QStringLiteral("fr"));
        QCOMPARE(Translations::installChosen(), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("rs::Levels", "Edit"), QStringLiteral("Modifier"));
        Translations::uninstall();

        PreferencesDialog again;
        QCOMPARE(again.language(), QStringLiteral("fr"));
        QVERIFY(again.restartNote()->isHidden());
        again.setLanguage(QString());
        again.accept();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language"))); // back to following the system
        QCOMPARE(Translations::chosen(), QString());
    }

    void restartNowSavesTheLanguageAndAsksForAStart()
    {
        PreferencesDialog dialog;
        QVERIFY(dialog.restartButton()->isHidden());
        dialog.setLanguage(QStringLiteral("nl"));
        QVERIFY(!dialog.restartButton()->isHidden());
        QSignalSpy restart(&dialog, &PreferencesDialog::restartRequested);
        dialog.show();
        QTest::mouseClick(dialog.restartButton(), Qt::LeftButton);
        QCOMPARE(restart.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Translations::chosen(), QStringLiteral("nl")); // saved before anything restarts
    }

    void theAppearanceChangesAtOnceAndIsKept()
    {
        PreferencesDialog dialog;
        QVERIFY(dialog.themeButton(Theme::System)->isChecked());
        dialog.themeButton(Theme::Dark)->click();
        QCOMPARE(dialog.theme(), Theme::Dark);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(window(), Appearance::darkPalette().color(QPalette::Window));
        QCOMPARE(QSettings().value(QStringLiteral("ui/appearance")).toString(), QStringLiteral("dark"));
        QCOMPARE(Appearance::chosen(), Theme::Dark);

        dialog.themeButton(Theme::HighContrast)->click();
        dialog.accept();
        QCOMPARE(window(), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));
        const auto *style = qobject_cast<FocusFrameStyle *>(QApplication::style());
        QVERIFY(style);
        QVERIFY(style->outline().isValid()); // controls get a frame so that nothing is black on black

        PreferencesDialog again;
        QVERIFY(again.themeButton(Theme::HighContrast)->isChecked());
        again.themeButton(Theme::System)->click();
        again.accept();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/appearance")));
        QCOMPARE(window(), m_desktop.color(QPalette::Window)); // the desktop's own palette is back
    }

    void cancelKeepsWhatWasThere()
    {
        Appearance::choose(Theme::Light);
        PreferencesDialog::saveLanguage(QStringLiteral("de"));
        PreferencesDialog dialog;
        dialog.setLanguage(QStringLiteral("nl"));
        dialog.themeButton(Theme::Dark)->click();
        dialog.reject();
        QCOMPARE(PreferencesDialog::savedLanguage(), QStringLiteral("de"));
        QCOMPARE(Appearance::chosen(), Theme::Light);
        QCOMPARE(window(), Appearance::lightPalette().color(QPalette::Window));
    }

    void themeKeysReadBack()
    {
        for (Theme theme : Appearance::themes()) {
            Theme read = Theme::System;
            QVERIFY(Appearance::parse(Appearance::key(theme), &read));
            QCOMPARE(read, theme);
            QVERIFY(!Appearance::displayName(theme).isEmpty());
        }
        Theme read = Theme::Dark;
        QVERIFY(!Appearance::parse(QStringLiteral("purple"), &read));
        QCOMPARE(read, Theme::Dark);
        QSettings().setValue(QStringLiteral("ui/appearance"), QStringLiteral("purple"));
        QCOMPARE(Appearance::chosen(), Theme::System); // a damaged setting falls back to the desktop
    }

    void followsTheDesktopsDarkAndHighContrast_data()
    {
        QTest::addColumn<QString>("gtkTheme");
        QTest::addColumn<int>("expected");
        QTest::newRow("Adwaita") << QStringLiteral("Adwaita") << int(Theme::System);
        QTest::newRow("Adwaita:dark") << QStringLiteral("Adwaita:dark") << int(Theme::Dark);
        QTest::newRow("Arc-Dark") << QStringLiteral("Arc-Dark") << int(Theme::Dark);
        QTest::newRow("HighContrast") << QStringLiteral("HighContrast") << int(Theme::HighContrast);
        QTest::newRow("HighContrastInverse") << QStringLiteral("HighContrastInverse") << int(Theme::HighContrast);
    }

    void followsTheDesktopsDarkAndHighContrast()
    {
        QFETCH(QString, gtkTheme);
        QFETCH(int, expected);
        qputenv("GTK_THEME", gtkTheme.toUtf8());
        QCOMPARE(int(Appearance::desktopPreference()), expected);
        Appearance::apply(Theme::System);
        QCOMPARE(Appearance::current(), Theme::System);
        const QColor wanted = Theme(expected) == Theme::Dark ? Appearance::darkPalette().color(QPalette::Window)
            : Theme(expected) == Theme::HighContrast         ? QColor(Qt::black)
                                                             : m_desktop.color(QPalette::Window);
        QCOMPARE(window(), wanted);
    }

    void aLightOrDarkChoiceOverridesTheDesktop()
    {
        qputenv("GTK_THEME", "HighContrast");
        Appearance::apply(Theme::Light);
        QCOMPARE(window(), Appearance::lightPalette().color(QPalette::Window));
    }
};

QTEST_MAIN(TestPreferences)
#include "TestPreferences.moc"
