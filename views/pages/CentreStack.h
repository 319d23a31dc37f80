#pragma once

#include "Workbench.h"

#include <QStackedWidget>

namespace rs {

class MemberPage;
class ProductionPage;

// The centre of the window: the grid of the chosen role, the page of the chosen member, or the page of the chosen
// production, following the navigator. Double-clicks on a page move the navigator, which moves the centre.
class CentreStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit CentreStack(const Workbench &bench, QWidget *parent = nullptr);

    MemberPage *memberPage() const { return m_member; }
    ProductionPage *productionPage() const { return m_production; }
    void showGrid();

private:
    Workbench m_bench;
    MemberPage *m_member;
    ProductionPage *m_production;
};

} // namespace rs
