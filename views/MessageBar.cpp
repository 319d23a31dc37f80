#include "MessageBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace rs {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_buttonRow(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBarFrame"));
    setAccessibleName(tr("Message"));
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(QStringLiteral("rs--MessageBar { background: #fde8e6; border: 1px solid #e0a39c; }"
                                 "QLabel { color: #5a1a12; background: transparent; }"));
    m_label->setObjectName(QStringLiteral("messageBar"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message (Esc)"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, [this]() { clear(); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttonRow);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(const Message &message)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_message = message;
    m_label->setText(message.text);
    for (QAction *action : message.actions) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("messageBarAction"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttonRow->addWidget(button, 0, Qt::AlignVCenter);
        m_buttons.append(button);
    }
    show();
}

void MessageBar::clear(const QString &cause)
{
    if (!cause.isEmpty() && cause != m_message.cause)
        return;
    hide(); // the focus, if the bar had it, moves on to the next widget
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_message = {};
    m_label->clear();
}

void MessageBar::recheck(bool edited)
{
    if (isHidden())
        return;
    if (m_message.resolved ? m_message.resolved() : edited)
        clear();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        clear();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace rs
