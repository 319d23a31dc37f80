#include "WorkProgress.h"

#include "document/Document.h"

#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace rs {

WorkProgress::WorkProgress(Document *document, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_label(new QLabel(window))
    , m_bar(new QProgressBar(window))
    , m_delay(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_bar->setObjectName(QStringLiteral("busyBar"));
    m_bar->setRange(0, 0); // how long the database takes is not known: a bar that only says it is working
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(false);
    window->statusBar()->addPermanentWidget(m_label);
    window->statusBar()->addPermanentWidget(m_bar);
    m_label->hide();
    m_bar->hide();
    m_delay->setSingleShot(true);
    m_delay->setInterval(700);
    connect(m_delay, &QTimer::timeout, this, &WorkProgress::showDialog);
    connect(document, &Document::busyChanged, this, [this](bool busy) { busy ? started() : stopped(); });
}

void WorkProgress::setDialogDelay(int milliseconds)
{
    m_delay->setInterval(milliseconds);
}

void WorkProgress::started()
{
    m_label->setText(m_document->busyText());
    m_label->show();
    m_bar->show();
    m_delay->start();
}

void WorkProgress::stopped()
{
    m_delay->stop();
    m_label->hide();
    m_bar->hide();
    if (m_dialog) {
        m_dialog->reset(); // stops the dialog's own timer, which would show it again
        m_dialog->hide();
    }
}

void WorkProgress::showDialog()
{
    if (!m_document->isBusy())
        return;
    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        m_dialog->setObjectName(QStringLiteral("workProgress"));
        m_dialog->setWindowTitle(tr("Working"));
        m_dialog->setRange(0, 0);
        // Not modal: the window paints, scrolls and stages edits while the database works.
        m_dialog->setWindowModality(Qt::NonModal);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setMinimumDuration(0);
        connect(m_dialog, &QProgressDialog::canceled, this, &WorkProgress::cancelRequested);
    }
    m_dialog->setLabelText(m_document->busyText());
    // Only an open can be cancelled: an apply commits whole or not at all, and is left to finish.
    m_dialog->setCancelButtonText(m_document->canCancel() ? tr("Cancel") : QString());
    m_dialog->show();
}

} // namespace rs
