#include "CentreStack.h"

#include "GridPanel.h"
#include "MemberPage.h"
#include "NavigatorPanel.h"
#include "ProductionPage.h"

namespace rs {

CentreStack::CentreStack(const Workbench &bench, QWidget *parent)
    : QStackedWidget(parent)
    , m_bench(bench)
    , m_member(new MemberPage(bench, this))
    , m_production(new ProductionPage(bench, this))
{
    setObjectName(QStringLiteral("centre"));
    addWidget(m_bench.grid);
    addWidget(m_member);
    addWidget(m_production);
    setCurrentWidget(m_bench.grid);
    connect(m_bench.navigator, &NavigatorPanel::roleChosen, this, &CentreStack::showGrid);
    connect(m_bench.navigator, &NavigatorPanel::memberChosen, this, [this](Id member) {
        m_member->showMember(member);
        setCurrentWidget(m_member);
    });
    connect(m_bench.navigator, &NavigatorPanel::productionChosen, this, [this](Id production) {
        m_production->showProduction(production);
        setCurrentWidget(m_production);
    });
    connect(m_member, &MemberPage::productionChosen, m_bench.navigator, &NavigatorPanel::selectProduction);
    connect(m_production, &ProductionPage::memberChosen, m_bench.navigator, &NavigatorPanel::selectMember);
}

void CentreStack::showGrid()
{
    setCurrentWidget(m_bench.grid);
}

} // namespace rs
