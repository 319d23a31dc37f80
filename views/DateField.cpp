#include "DateField.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

namespace rs {

DateField::DateField(Mode mode, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_zone(zone)
    , m_edit(new QLineEdit(this))
    , m_pick(new QToolButton(this))
    , m_popup(new QMenu(this))
    , m_calendar(new QCalendarWidget(m_popup))
{
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(mode == Mode::Moment ? tr("2026-12-24 18:00, \"now\" or \"+14d\"")
                                                    : tr("2026-12-24, \"tomorrow\" or \"+14d\""));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(m_edit->placeholderText()) + 24);
    m_pick->setObjectName(QStringLiteral("datePick"));
    m_pick->setText(tr("Calendar…"));
    m_pick->setToolTip(tr("Pick the date in a calendar"));
    m_pick->setAccessibleName(tr("Calendar"));
    m_calendar->setGridVisible(true);
    auto *holder = new QWidgetAction(m_popup);
    holder->setDefaultWidget(m_calendar);
    m_popup->addAction(holder);
    setFocusProxy(m_edit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_pick);

    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::normalise);
    connect(m_edit, &QLineEdit::textEdited, this, [this]() {
        m_edit->setStyleSheet(QString());
        emit valueChanged();
    });
    connect(m_pick, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateField::picked);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::picked);
}

void DateField::allowOpen(const QString &label)
{
    if (!m_open) {
        m_open = new QCheckBox(label, this);
        m_open->setObjectName(QStringLiteral("dateOpen"));
        layout()->addWidget(m_open);
        connect(m_open, &QCheckBox::toggled, this, [this](bool open) {
            m_edit->setEnabled(!open);
            m_pick->setEnabled(!open);
            if (!open && m_edit->text().trimmed().isEmpty())
                m_edit->setFocus();
            emit valueChanged();
        });
    }
    m_open->setText(label);
    setOpen(true);
}

bool DateField::isOpen() const
{
    return m_open && m_open->isChecked();
}

void DateField::setOpen(bool open)
{
    if (!m_open)
        return;
    m_open->setChecked(open);
    m_edit->setEnabled(!open);
    m_pick->setEnabled(!open);
}

void DateField::setValue(const QDateTime &at)
{
    if (!at.isValid()) {
        m_edit->clear();
        setOpen(true);
        return;
    }
    setOpen(false);
    m_edit->setText(shown(at));
    m_edit->setStyleSheet(QString());
    emit valueChanged();
}

Result<QDateTime> DateField::value() const
{
    if (isOpen())
        return QDateTime();
    const dates::Edge edge = m_mode == Mode::LastDay ? dates::Edge::End : dates::Edge::Start;
    Result<QDateTime> at = dates::parseTyped(m_edit->text(), m_zone, edge, now());
    if (at && m_mode != Mode::Moment) // a day field holds whole days
        return edge == dates::Edge::End ? dates::endOfDay(at->toTimeZone(m_zone).date(), m_zone)
                                        : dates::startOfDay(at->toTimeZone(m_zone).date(), m_zone);
    return at;
}

QDateTime DateField::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString DateField::shown(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    return m_mode == Mode::Moment ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : local.date().toString(Qt::ISODate);
}

void DateField::normalise()
{
    if (isOpen() || m_edit->text().trimmed().isEmpty())
        return;
    const Result<QDateTime> at = value();
    if (!at) {
        // Left as typed, marked, with what is expected.
        m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
        m_edit->setToolTip(at.error().message);
        return;
    }
    m_edit->setToolTip(QString());
    const QString text = shown(*at);
    if (text != m_edit->text()) {
        m_edit->setText(text);
        emit valueChanged();
    }
}

void DateField::showCalendar()
{
    const Result<QDateTime> at = value();
    const QDate day = at && at->isValid() ? at->toTimeZone(m_zone).date() : now().toTimeZone(m_zone).date();
    m_calendar->setSelectedDate(day);
    m_calendar->setCurrentPage(day.year(), day.month());
    m_popup->popup(m_pick->mapToGlobal(QPoint(0, m_pick->height())));
    m_calendar->setFocus();
}

void DateField::picked(QDate day)
{
    m_popup->hide();
    QString text = day.toString(Qt::ISODate);
    if (m_mode == Mode::Moment) {
        // The time typed before stays; a new moment starts at the beginning of the day.
        const Result<QDateTime> at = value();
        const QTime time = at && at->isValid() ? at->toTimeZone(m_zone).time() : QTime(0, 0);
        text += QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm"));
    }
    m_edit->setText(text);
    m_edit->setStyleSheet(QString());
    m_edit->setFocus();
    emit valueChanged();
}

} // namespace rs
