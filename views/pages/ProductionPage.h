#pragma once

#include "Workbench.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace rs {

// What the centre shows when a production is chosen in the navigator: who created it, its wrap date, and its team
// with each seat's role, dates and state. Double-clicking a member opens their page.
class ProductionPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProductionPage(const Workbench &bench, QWidget *parent = nullptr);

    void showProduction(Id production);
    Id production() const { return m_production; }

    QLabel *title() const { return m_title; }
    QLabel *wrapLine() const { return m_wrap; }
    QTableWidget *team() const { return m_team; }

signals:
    void memberChosen(rs::Id member);

private:
    void refresh();

    Workbench m_bench;
    Id m_production = 0;
    QLabel *m_title;
    QLabel *m_wrap;
    QTableWidget *m_team;
};

} // namespace rs
