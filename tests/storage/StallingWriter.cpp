// stalling-writer LOCATION MARKER NAME: a writer that TestConcurrency kills inside its transaction. It adds the member
// NAME to the workspace at LOCATION and, with the rows written and the transaction still open, creates the file
// MARKER and waits to be killed. A program of the tests; the shipped programs have no such hook.
#include "storage/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QThread>

using namespace rs;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: stalling-writer LOCATION MARKER NAME" << Qt::endl;
        return 2;
    }
    Result<std::unique_ptr<Store>> store = Store::open(args.at(1));
    if (!store) {
        QTextStream(stderr) << store.error().message << Qt::endl;
        return 2;
    }
    const QString marker = args.at(2);
    store.value()->setBeforeCommit([marker]() {
        QFile file(marker);
        if (file.open(QIODevice::WriteOnly))
            file.close();
        QThread::sleep(120);
    });
    Change change = Change::addMember(args.at(3));
    return store.value()->apply(change) ? 0 : 2;
}
