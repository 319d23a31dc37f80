#include "FirstRunHint.h"

#include "ActionRegistry.h"

#include <QAccessible>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace rs {

namespace {

const QLatin1String kShownKey("help/firstRunHintShown");
constexpr int kArrow = 12; // how far the arrow reaches out of the bubble
constexpr int kWidth = 360;

QString keysOf(const QWidget *window, ActionId id)
{
    const ActionRegistry *registry = ActionRegistry::of(window);
    const QAction *a = registry ? registry->action(id) : nullptr;
    return a && !a->shortcut().isEmpty() ? a->shortcut().toString(QKeySequence::NativeText) : QString();
}

} // namespace

FirstRunHint::FirstRunHint(QWidget *window, QWidget *target)
    : QFrame(window)
    , m_window(window)
    , m_target(target)
    , m_title(new QLabel(tr("Where to start"), this))
    , m_text(new QLabel(this))
    , m_close(new QPushButton(tr("Got It"), this))
{
    setObjectName(QStringLiteral("firstRunHint"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAccessibleName(tr("Where to start"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("firstRunHintText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(text());
    setAccessibleDescription(m_text->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    m_close->setObjectName(QStringLiteral("firstRunHintClose"));
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    // The arrow sits on the side that faces the target: the left, or the right in a right-to-left layout, where the
    // layout mirrors the margins itself.
    layout->setContentsMargins(kArrow + 12, 10, 12, 10);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    setFixedWidth(kWidth);

    m_window->installEventFilter(this);
    if (m_target)
        m_target->installEventFilter(this);
}

QString FirstRunHint::text() const
{
    const QString grid = keysOf(m_window, ActionId::FocusGrid);
    const QString review = keysOf(m_window, ActionId::Review);
    const QString apply = keysOf(m_window, ActionId::Apply);
    QStringList steps;
    steps << tr("Pick a role or the Production template in the navigator.");
    steps << (grid.isEmpty() ? tr("Tick the boxes of its grid: View, Add, Edit or Delete for each feature.")
                             : tr("Tick the boxes of its grid: View, Add, Edit or Delete for each feature. %1 takes "
                                  "you to the grid; the arrow keys and Space work there.")
                                   .arg(grid));
    steps << (review.isEmpty() || apply.isEmpty()
            ? tr("Changes are staged first: review them, then apply them in one step.")
            : tr("Changes are staged first: review them with %1, then apply them in one step with %2.")
                  .arg(review, apply));
    QString html = QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &step : std::as_const(steps))
        html += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ol>");
}

bool FirstRunHint::wasShown()
{
    return QSettings().value(kShownKey, false).toBool();
}

void FirstRunHint::forget()
{
    QSettings().remove(kShownKey);
}

FirstRunHint *FirstRunHint::showOnce(QWidget *window, QWidget *target)
{
    return wasShown() ? nullptr : showNow(window, target);
}

FirstRunHint *FirstRunHint::showNow(QWidget *window, QWidget *target)
{
    if (auto *old = window->findChild<FirstRunHint *>(QStringLiteral("firstRunHint"), Qt::FindDirectChildrenOnly))
        old->close();
    QSettings().setValue(kShownKey, true);
    auto *hint = new FirstRunHint(window, target);
    hint->place();
    hint->show();
    hint->raise();
    // Screen readers announce it as they would a message; the keyboard stays where it was.
    QAccessibleEvent alert(hint, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    return hint;
}

void FirstRunHint::place()
{
    adjustSize();
    resize(kWidth, heightForWidth(kWidth) > 0 ? heightForWidth(kWidth) : sizeHint().height());
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    QRect target = m_target && m_target->isVisible() ? QRect(m_target->mapTo(m_window, QPoint(0, 0)), m_target->size())
                                                     : QRect(QPoint(0, 0), QSize(0, m_window->height() / 3));
    int x = rtl ? target.left() - width() + kArrow / 2 : target.right() - kArrow / 2;
    int y = target.top() + 48;
    x = qBound(0, x, qMax(0, m_window->width() - width()));
    y = qBound(0, y, qMax(0, m_window->height() - height()));
    move(x, y);
}

bool FirstRunHint::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_window || watched == m_target)
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::Show))
        place();
    return QFrame::eventFilter(watched, event);
}

void FirstRunHint::paintEvent(QPaintEvent *)
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QRectF body = QRectF(rect()).adjusted(rtl ? 1.5 : kArrow + 1.5, 1.5, rtl ? -kArrow - 1.5 : -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(body, 6, 6);
    const qreal tipY = 34;
    QPainterPath arrow;
    if (rtl) {
        arrow.moveTo(body.right() - 1, tipY - kArrow);
        arrow.lineTo(width() - 1.5, tipY);
        arrow.lineTo(body.right() - 1, tipY + kArrow);
    } else {
        arrow.moveTo(body.left() + 1, tipY - kArrow);
        arrow.lineTo(1.5, tipY);
        arrow.lineTo(body.left() + 1, tipY + kArrow);
    }
    arrow.closeSubpath();
    path = path.united(arrow);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Base under the window's text colour reads in every palette; the highlight colour sets the bubble apart.
    painter.setBrush(palette().color(QPalette::Base));
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawPath(path);
}

} // namespace rs
