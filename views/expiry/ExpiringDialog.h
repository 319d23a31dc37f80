#pragma once
// The Expiring view: seats and account roles ending soon, and those already ended, with extend, end now and renew as
// staged changes (undoable, shown in Review, applied with the rest).
#include "domain/Expiry.h"

#include <QDateTime>
#include <QDialog>

class QAction;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace rs {

class EditSession;

class ExpiringDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExpiringDialog(EditSession *session, QWidget *parent = nullptr);

    // Members › Expiring Soon…: opens the view over the session's working copy.
    static QAction *openAction(EditSession *session, QWidget *parent);

    // The moment the view counts from; now unless set (tests and screenshots).
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    QTreeWidget *list() const { return m_list; }
    QSpinBox *withinDays() const { return m_within; }
    QLabel *summary() const { return m_summary; }
    QSpinBox *extendDays() const { return m_extend; }
    // What is listed, in its order: ended first (latest end first is not needed: soonest end first throughout).
    const QList<Expiry> &shown() const { return m_shown; }

    // The actions on the selected rows, each staged as one undoable step; false when nothing was staged.
    bool extendSelected();
    bool endSelectedNow();
    bool renewSelected();

private:
    void refresh();
    QList<Expiry> selected() const;
    bool stageFor(const QString &text, const std::function<Change(const Expiry &)> &make);

    EditSession *m_session;
    QDateTime m_now;
    QTreeWidget *m_list;
    QSpinBox *m_within;
    QSpinBox *m_extend;
    QLabel *m_summary;
    QPushButton *m_extendButton;
    QPushButton *m_endButton;
    QPushButton *m_renewButton;
    QList<Expiry> m_shown;
};

} // namespace rs
