#include "Prompts.h"

#include "login/PasswordDialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace rs {

namespace {

// The answers a test gave in advance.
struct Seam
{
    std::optional<QMessageBox::StandardButton> answer;
    std::optional<QString> text;
    std::optional<QString> fileName;
    std::function<int(QDialog *)> dialog;
    std::function<QMessageBox::StandardButton(QWidget *, const QString &)> question;
    std::optional<std::pair<QString, bool>> password;
    int passwordsAsked = 0;
    QString lastMessage;
    QString lastStartPath;
};

Seam &seam()
{
    static Seam s;
    return s;
}

// Set by tests and the screenshot program: a prompt nobody answered in advance is cancelled instead of waiting
// forever. Kept apart from the answers, which reset() clears between test functions.
bool &unattendedRun()
{
    static bool on = false;
    return on;
}

bool unattended(const QString &what)
{
    if (!unattendedRun())
        return false;
    qWarning("Unanswered prompt cancelled: %s", qPrintable(what));
    return true;
}

template <typename T> std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> value = slot;
    slot.reset();
    return value;
}

const QLatin1String kLastFolderKey("files/lastFolder");

// Where a file prompt opens: the last folder chosen if it is still there, else the documents folder, else home;
// with the suggested file name, if any.
QString startPath(const QString &suggested)
{
    QString folder = QSettings().value(kLastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    const QFileInfo given(suggested);
    const QString name = suggested.isEmpty() || given.isDir() ? QString() : given.fileName();
    const QString path = name.isEmpty() ? folder : QDir(folder).filePath(name);
    seam().lastStartPath = path;
    return path;
}

QString remembered(const QString &chosen, bool isFolder)
{
    if (!chosen.isEmpty())
        QSettings().setValue(kLastFolderKey, isFolder ? chosen : QFileInfo(chosen).absolutePath());
    return chosen;
}

} // namespace

QMessageBox::StandardButton Prompts::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    seam().lastMessage = text;
    if (seam().question) {
        auto handler = std::move(seam().question);
        seam().question = nullptr;
        return handler(parent, text);
    }
    if (auto answer = take(seam().answer))
        return *answer;
    if (unattended(text))
        return buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::No;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Prompts::warning(QWidget *parent, const QString &title, const QString &text)
{
    seam().lastMessage = text;
    if (take(seam().answer))
        return;
    if (unattended(text))
        return;
    QMessageBox::warning(parent, title, text);
}

void Prompts::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    seam().lastMessage = text + QLatin1Char('\n') + details;
    if (take(seam().answer))
        return;
    if (unattended(text))
        return;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    box.exec();
}

void Prompts::information(QWidget *parent, const QString &title, const QString &text)
{
    seam().lastMessage = text;
    if (take(seam().answer))
        return;
    if (unattended(text))
        return;
    QMessageBox::information(parent, title, text);
}

QString Prompts::text(QWidget *parent, const QString &title, const QString &label, const QString &value, bool *ok)
{
    if (auto answer = take(seam().text)) {
        *ok = !answer->isNull();
        return *answer;
    }
    if (unattended(label)) {
        *ok = false;
        return {};
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, ok);
}

QString Prompts::openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    const QString start = startPath(dir);
    if (auto answer = take(seam().fileName))
        return remembered(*answer, false);
    if (unattended(title))
        return {};
    return remembered(QFileDialog::getOpenFileName(parent, title, start, filter), false);
}

QString Prompts::saveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    const QString start = startPath(dir);
    if (auto answer = take(seam().fileName))
        return remembered(*answer, false);
    if (unattended(title))
        return {};
    // The question is asked by replaceFiles() for the name finally written (a suffix may still be added).
    return remembered(
        QFileDialog::getSaveFileName(parent, title, start, filter, nullptr, QFileDialog::DontConfirmOverwrite), false);
}

std::optional<formats::Overwrite> Prompts::replaceFiles(QWidget *parent, const QString &title, const QStringList &paths)
{
    const QStringList existing = formats::existingPaths(paths);
    if (existing.isEmpty())
        return formats::Overwrite::Refuse;
    const QString text = existing.size() == 1
        ? QCoreApplication::translate("rs::Prompts", "%1 already exists. Replace it?")
              .arg(QFileInfo(existing.first()).fileName())
        : QCoreApplication::translate("rs::Prompts", "Replace %n existing files in %1?", nullptr, int(existing.size()))
              .arg(QFileInfo(existing.first()).absolutePath());
    if (question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return std::nullopt;
    return formats::Overwrite::Replace;
}

QString Prompts::directory(QWidget *parent, const QString &title)
{
    const QString start = startPath(QString());
    if (auto answer = take(seam().fileName))
        return remembered(*answer, true);
    if (unattended(title))
        return {};
    return remembered(QFileDialog::getExistingDirectory(parent, title, start), true);
}

int Prompts::exec(QDialog *dialog)
{
    if (seam().dialog) {
        auto handler = std::move(seam().dialog);
        seam().dialog = nullptr;
        return handler(dialog);
    }
    if (unattended(dialog->windowTitle()))
        return QDialog::Rejected;
    return dialog->exec();
}

QString Prompts::password(QWidget *parent, const QString &address, const QString &notice, bool *remember, bool *ok)
{
    ++seam().passwordsAsked;
    seam().lastMessage = notice;
    if (auto answer = take(seam().password)) {
        *ok = !answer->first.isNull();
        *remember = answer->second;
        return std::move(answer->first);
    }
    *ok = false;
    *remember = false;
    PasswordDialog dialog(address, notice, parent);
    if (seam().dialog || unattended(dialog.windowTitle())) {
        if (seam().dialog)
            *ok = exec(&dialog) == QDialog::Accepted;
    } else {
        *ok = dialog.exec() == QDialog::Accepted;
    }
    *remember = *ok && dialog.remember();
    QString typed = dialog.takePassword();
    if (!*ok)
        typed.clear();
    return typed;
}

void Prompts::setNextPassword(const QString &password, bool remember)
{
    seam().password = std::make_pair(password, remember);
}

int Prompts::passwordsAsked()
{
    return seam().passwordsAsked;
}

void Prompts::setNextAnswer(QMessageBox::StandardButton answer)
{
    seam().answer = answer;
}

void Prompts::setNextText(const QString &text)
{
    seam().text = text;
}

void Prompts::setNextFileName(const QString &fileName)
{
    seam().fileName = fileName;
}

void Prompts::setNextDialogHandler(std::function<int(QDialog *)> handler)
{
    seam().dialog = std::move(handler);
}

void Prompts::setNextQuestionHandler(
    std::function<QMessageBox::StandardButton(QWidget *parent, const QString &text)> handler)
{
    seam().question = std::move(handler);
}

QString Prompts::lastStartPath()
{
    return seam().lastStartPath;
}

QString Prompts::lastMessage()
{
    return seam().lastMessage;
}

void Prompts::setUnattended(bool unattended)
{
    unattendedRun() = unattended;
}

void Prompts::reset()
{
    seam() = Seam();
}

} // namespace rs
