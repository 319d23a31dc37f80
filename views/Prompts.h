#pragma once

#include "formats/SafeWrite.h"

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace rs {

// Every modal question the editor asks goes through here, so that tests can answer in advance.
class Prompts
{
public:
    // Yes/No/Cancel style question; returns the button pressed.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // A warning whose details (e.g. every problem of a file, one a line) show below it on request.
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &details);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // Asks for a line of text; `ok` is false when cancelled.
    static QString text(QWidget *parent, const QString &title, const QString &label, const QString &value, bool *ok);
    // The file prompts open in the folder last chosen in any of them (kept in the settings), else in the user's
    // documents folder; `dir` may suggest a file name, which is kept, but not the folder: the workspace's own folder
    // may be the program's data folder.
    static QString openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
    // The file dialog does not ask about replacing a file that is there: callers that write ask with replaceFiles(),
    // once they know the final name.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
    // Asks once whether to replace the files among `paths` that are already there. Overwrite::Refuse when none is
    // there (nothing asked), Overwrite::Replace when the person says Yes, nothing when they decline. Answered in tests
    // by setNextAnswer().
    static std::optional<formats::Overwrite> replaceFiles(
        QWidget *parent, const QString &title, const QStringList &paths);
    // Asks for a folder; answered in tests by setNextFileName().
    static QString directory(QWidget *parent, const QString &title);
    // Runs a dialog modally, or hands it to the test's handler.
    static int exec(QDialog *dialog);
    // Asks for a server's password (`notice`: why it asks again, or empty); `ok` is false when cancelled and
    // `remember` says whether to keep it in the system keyring.
    static QString password(QWidget *parent, const QString &address, const QString &notice, bool *remember, bool *ok);

    // --- the test seam: each answer is used once by the next prompt of its kind.
    // From now on a prompt with no answer given in advance is cancelled (with a warning on the log) instead of
    // waiting for a person; reset() leaves this as it is.
    static void setUnattended(bool unattended);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The next question is answered by `handler`, given the question's parent and text, when asked.
    static void setNextQuestionHandler(
        std::function<QMessageBox::StandardButton(QWidget *parent, const QString &text)> handler);
    static void setNextText(const QString &text); // a null QString cancels
    static void setNextFileName(const QString &fileName);
    static void setNextDialogHandler(std::function<int(QDialog *)> handler);
    static void setNextPassword(const QString &password, bool remember); // a null QString cancels
    // How many times a password was asked for since reset(), for tests.
    static int passwordsAsked();
    // Where the last file prompt opened (its folder and suggested name), for tests.
    static QString lastStartPath();
    // The text of the last warning or information shown, for tests.
    static QString lastMessage();
    static void reset();
};

} // namespace rs
