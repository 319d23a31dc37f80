#pragma once

#include "domain/Dates.h"

#include <QWidget>

class QCalendarWidget;
class QCheckBox;
class QLineEdit;
class QMenu;
class QToolButton;

namespace rs {

// The one control for every date or moment entered in the editor: a field that takes what people type (2026-12-24,
// the locale's short form, "tomorrow", "+14d"), a button that opens a calendar at the field's date or today, and,
// where a date may be left open, a check box for that state ("No end", "From now") instead of a word in the field.
// Days are whole days in the workspace's time zone; a moment is a date and time there.
class DateField : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { FirstDay, LastDay, Moment };

    DateField(Mode mode, const QTimeZone &zone, QWidget *parent = nullptr);

    // Lets the date be left open, shown as a check box with `label`; open at first.
    void allowOpen(const QString &label);
    bool isOpen() const;
    void setOpen(bool open);
    // Shows an instant (open when invalid and allowed).
    void setValue(const QDateTime &at);
    // The instant entered: invalid when open; an error naming what was typed when it is not a date.
    Result<QDateTime> value() const;
    // The moment relative words count from; the current time unless set (tests).
    void setNow(const QDateTime &now) { m_now = now; }

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_pick; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QCheckBox *openBox() const { return m_open; }

signals:
    void valueChanged();

private:
    QDateTime now() const;
    QString shown(const QDateTime &at) const;
    void normalise();
    void showCalendar();
    void picked(QDate day);

    Mode m_mode;
    QTimeZone m_zone;
    QDateTime m_now;
    QLineEdit *m_edit;
    QToolButton *m_pick;
    QMenu *m_popup;
    QCalendarWidget *m_calendar;
    QCheckBox *m_open = nullptr;
};

} // namespace rs
