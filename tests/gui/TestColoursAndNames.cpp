// One home for what the views show: the grid's, compare's and access grid's marks come from the palette of each
// appearance and stay readable, and a built-in role reads the same, translated, wherever the window names it.
#include "WindowFixture.h"
#include "appearance/Appearance.h"
#include "i18n/Translations.h"
#include "itemmodels/Colours.h"
#include "itemmodels/CompareModel.h"

#include <QApplication>
#include <QSettings>

using Theme = Appearance::Theme;

class TestColoursAndNames : public WindowFixture
{
    Q_OBJECT

    static QPalette paletteOf(Theme theme)
    {
        return theme == Theme::Dark        ? Appearance::darkPalette()
            : theme == Theme::HighContrast ? Appearance::highContrastPalette()
                                           : Appearance::lightPalette();
    }
    static QColor background(const QModelIndex &index)
    {
        return index.data(Qt::BackgroundRole).value<QBrush>().color();
    }
    // The palette's text reads on `mark` (WCAG 4.5:1, 7:1 in high contrast), and the mark stands out from the base.
    static void verifyReadable(const QColor &mark, const QPalette &palette, double wanted)
    {
        const QColor text = palette.color(QPalette::Text);
        const QColor base = palette.color(QPalette::Base);
        const double onText = Colours::contrastRatio(mark, text);
        QVERIFY2(onText >= wanted,
            qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), mark.name(), QString::number(onText))));
        const double onBase = Colours::contrastRatio(mark, base);
        QVERIFY2(onBase >= 1.2,
            qPrintable(QStringLiteral("%1 beside %2: %3").arg(mark.name(), base.name(), QString::number(onBase))));
    }

private slots:
    void initTestCase() { initCase(); }
    void init()
    {
        QSettings().clear();
        Appearance::apply(Theme::Light);
        openFresh();
    }
    void cleanup()
    {
        closeWindow();
        Appearance::apply(Theme::Light);
        Translations::uninstall();
    }

    void marksReadInEveryAppearance_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<double>("wanted");
        QTest::newRow("light") << int(Theme::Light) << 4.5;
        QTest::newRow("dark") << int(Theme::Dark) << 4.5;
        QTest::newRow("high contrast") << int(Theme::HighContrast) << 7.0;
    }
    void marksReadInEveryAppearance()
    {
        QFETCH(int, theme);
        QFETCH(double, wanted);
        Appearance::apply(Theme(theme));
        QCoreApplication::processEvents(); // the window hears of the new palette through the event loop
        const QPalette palette = QApplication::palette();
        QCOMPARE(palette.color(QPalette::Base), paletteOf(Theme(theme)).color(QPalette::Base));

        // A staged cell in the grid, and the legend's swatch that explains it.
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(), 1);
        const QColor changed = background(cell("Organizations", PermissionGridModel::ViewColumn));
        verifyReadable(changed, palette, wanted);
        const auto *legend = m_window->grid()->findChild<QLabel *>(QStringLiteral("gridLegend"));
        QVERIFY2(legend->text().contains(changed.name()), qPrintable(legend->text().left(60) + changed.name()));

        // A row where compared roles differ.
        const Workspace &ws = working();
        CompareModel compare;
        compare.setRoles(ws, { ws.builtInRole(BuiltIn::Owner), ws.builtInRole(BuiltIn::ProductionMember) });
        QModelIndex differing;
        for (int row = 0; row < compare.rowCount() && !differing.isValid(); ++row) {
            if (compare.index(row, 0).data(CompareModel::DiffersRole).toBool())
                differing = compare.index(row, 1);
        }
        QVERIFY(differing.isValid());
        QCOMPARE(background(differing), changed);

        // A level the owner is granted in the access grid.
        AccessGridModel access;
        access.setQuery(ws, ws.owner(), 0);
        QModelIndex granted;
        for (int row = 0; row < access.rowCount() && !granted.isValid(); ++row) {
            for (int column = 0; column < access.columnCount(); ++column) {
                if (access.index(row, column).data(AccessGridModel::GrantedRole).toBool())
                    granted = access.index(row, column);
            }
        }
        QVERIFY(granted.isValid());
        verifyReadable(background(granted), palette, wanted);
    }

    void marksDifferBetweenAppearances()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(), 1);
        const QList<Theme> themes = { Theme::Light, Theme::Dark, Theme::HighContrast };
        QList<QColor> changed;
        QList<QColor> granted;
        for (Theme theme : themes) {
            Appearance::apply(theme);
            changed << background(cell("Organizations", PermissionGridModel::ViewColumn));
            granted << Colours::granted();
        }
        for (qsizetype i = 0; i < themes.size(); ++i) {
            for (qsizetype j = i + 1; j < themes.size(); ++j) {
                QVERIFY2(changed.at(i) != changed.at(j), qPrintable(changed.at(i).name()));
                QVERIFY2(granted.at(i) != granted.at(j), qPrintable(granted.at(i).name()));
                QVERIFY(changed.at(i) != granted.at(j));
            }
        }
    }

    void builtInRoleReadsTheSameEverywhere()
    {
        QCOMPARE(Translations::install(QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
        const Id owner = working().builtInRole(BuiltIn::Owner);
        m_window->navigator()->selectRole(owner);
        QCOMPARE(m_window->grid()->role(), owner);
        const QString translated = DefaultWorkspace::displayName(*working().role(owner));
        QVERIFY(translated != working().role(owner)->name); // the German catalog names it

        const QModelIndex item = m_window->navigator()->view()->currentIndex();
        QCOMPARE(item.data(Qt::DisplayRole).toString(), translated);
        QCOMPARE(m_window->details()->findChild<QLabel *>(QStringLiteral("detailsName"))->text(), translated);
        QCOMPARE(m_window->grid()->findChild<QLabel *>(QStringLiteral("gridTitle"))->text(), translated);
    }
};

QTEST_MAIN(TestColoursAndNames)
#include "TestColoursAndNames.moc"
