// Hostile JSON documents, deep, wide or ill-formed, are refused with one line naming the field, and in bounded memory:
// never more than 10 × the file's size + 100 MB above what the program needs to start.
#include "FormatsFixture.h"

#include "domain/DefaultWorkspace.h"
#include "formats/Json.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace rs;

namespace {

constexpr qint64 kMB = 1000 * 1000;

const QByteArray kWorkspaceHead
    = "{\"format\":\"rolesheet\",\"version\":1,\"kind\":\"workspace\",\"name\":\"x\",\"nextId\":9,";
const QByteArray kEmptyLists = "\"features\":[],\"roles\":[],\"members\":[],\"productions\":[],\"seats\":[]}";
const QByteArray kRoleHead = "{\"format\":\"rolesheet\",\"version\":1,\"kind\":\"role\",\"workspace\":\"x\",\"role\":{"
                             "\"name\":\"Copy\",\"scope\":\"account\",\"guardrails\":[]},";

QByteArray cat(std::initializer_list<QByteArrayView> parts)
{
    QByteArray all;
    for (QByteArrayView part : parts)
        all += part;
    return all;
}

// A workspace document whose sections are `count` copies of `item`.
QByteArray sections(const QByteArray &item, qsizetype count)
{
    QByteArray list;
    list.reserve((item.size() + 1) * count);
    for (qsizetype i = 0; i < count; ++i)
        list += (i ? "," : "") + item;
    return cat({ kWorkspaceHead, "\"sections\":[", list, "],", kEmptyLists });
}

QByteArray nested(qsizetype depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

struct Run
{
    bool exited = false; // false: killed by a signal (out of memory, abort)
    int exit = -1;
    QByteArray err;
};

// Runs rolesheet-cli with its address space limited to `limit` bytes.
Run cliWithin(qint64 limit, const QStringList &args)
{
    QProcess p;
    p.setChildProcessModifier([limit] {
        const rlimit r { rlim_t(limit), rlim_t(limit) };
        setrlimit(RLIMIT_AS, &r);
    });
    p.start(qEnvironmentVariable("ROLESHEET_CLI"), args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit, p.exitCode(), p.readAllStandardError() };
}

} // namespace

class TestJsonLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = DefaultWorkspace::create(QStringLiteral("Owner"), QStringLiteral("Studio"));
    }

    void hostileShape_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lists instead of sections")
            << sections("[0]", 100000) << QStringLiteral("sections[0]: expected an object.");
        QTest::newRow("deep nesting") << cat({ kWorkspaceHead, "\"sections\":", nested(100000), "}" })
                                      << QStringLiteral("sections[0]: expected an object.");
        QTest::newRow("deep under an unknown field")
            << cat({ kWorkspaceHead, "\"colour\":", nested(100000), "}" }) << QStringLiteral("colour: unknown field.");
        QTest::newRow("list where a name belongs")
            << sections("{\"id\":1,\"name\":[[[[0]]]]}", 1) << QStringLiteral("sections[0].name: expected text.");
        QTest::newRow("object where a level belongs")
            << cat({ kRoleHead, "\"grants\":[{\"feature\":\"Jobs\",\"levels\":[{}]}]}" })
            << QStringLiteral("grants[0].levels[0]: expected view, add, edit or delete.");
        QTest::newRow("empty objects") << sections("{}", 100000) << QStringLiteral("sections[0].id: missing.");
        QTest::newRow("too many sections") << sections("{\"id\":1,\"name\":\"A\"}", 5000)
                                           << QStringLiteral("sections: 5000 entries; at most 1000 are allowed.");
        QTest::newRow("too many levels, counted to the end") << cat({ kRoleHead,
            "\"grants\":[{\"feature\":\"Jobs\",\"levels\":[", QByteArray("\"view\",").repeated(99999), "\"view\"]}]}" })
                                                             << QStringLiteral("grants[0].levels: 100000 entries");
        QTest::newRow("huge key") << cat({ kWorkspaceHead, "\"", QByteArray(100000, 'k'), "\":1}" })
                                  << QStringLiteral("kkkkkkkkkk: unknown field.");
        QTest::newRow("lone low surrogate") << sections("{\"id\":1,\"name\":\"A\\udc00B\"}", 1)
                                            << QStringLiteral("sections[0].name: the text holds an unpaired UTF-16");
        QTest::newRow("lone high surrogate")
            << sections("{\"id\":1,\"name\":\"A\\ud800B\"}", 1) << QStringLiteral("unpaired UTF-16 surrogate escape.");
        QTest::newRow("surrogate in a key")
            << cat({ kWorkspaceHead, "\"\\udfff\":1}" }) << QStringLiteral("the text holds an unpaired UTF-16");
        QTest::newRow("invalid UTF-8") << sections("{\"id\":1,\"name\":\"A\xff\"}", 1)
                                       << QStringLiteral("Malformed JSON at line 1");
    }

    // Refused, with the field at fault, by the workspace reader and the role reader alike.
    void hostileShape()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<Workspace> ws = formats::workspaceFromJson(json);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(expected), qPrintable(ws.error().message));
        QCOMPARE(ws.error().message.count(QLatin1Char('\n')), 0);
        const Result<QList<Change>> role = formats::roleChangesFromJson(m_base, json);
        QVERIFY(!role.ok());
        QVERIFY2(role.error().message.contains(expected), qPrintable(role.error().message));
    }

    // A paired surrogate escape is a character like any other and is read back as it was written.
    void pairedSurrogateIsRead()
    {
        const QString name = m_base.sections().first().name;
        QByteArray json = formats::workspaceJson(m_base);
        json.replace(
            cat({ "\"name\":\"", name.toUtf8(), "\"" }), cat({ "\"name\":\"", name.toUtf8(), " \\ud840\\udc0b\"" }));
        const Result<Workspace> ws = formats::workspaceFromJson(json);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QCOMPARE(ws->sections().first().name, name + QStringLiteral(" \U0002000B"));
    }

    // Files and pipes are read up to the limit and no further.
    void readsBoundedInput()
    {
        QBuffer small;
        small.setData("{\"a\":1}");
        QVERIFY(small.open(QIODevice::ReadOnly));
        const Result<QByteArray> read = formats::readJson(small);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), QByteArray("{\"a\":1}"));

        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(formats::kMaxJsonBytes + 1)); // sparse: no disk is used
        huge.close();
        QVERIFY(huge.open(QIODevice::ReadOnly));
        const Result<QByteArray> refused = formats::readJson(huge);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("larger than 256 MiB")),
            qPrintable(refused.error().message));
    }

    // The command line refuses a 30 MB document of tiny lists in one line, within 10 × its size + 100 MB of memory
    // more than it needs for a tiny one, where building its tree first would take over a gigabyte.
    void hostileImportWithinMemoryBound_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("workspace") << QStringLiteral("import-workspace") << QStringLiteral("sections[0]");
        QTest::newRow("role") << QStringLiteral("import-role") << QStringLiteral("grants[0]");
    }

    void hostileImportWithinMemoryBound()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("The address sanitizer reserves more address space than any limit tried here.");
#endif
        if (qEnvironmentVariableIsEmpty("ROLESHEET_CLI"))
            QSKIP("rolesheet-cli is not built here.");
        QFETCH(QString, command);
        QFETCH(QString, expected);
        const QString db = m_dir.filePath(QStringLiteral("limits.rolesheet"));
        QFile::remove(db);
        QVERIFY(fmt::createStore(db, m_base));
        const QByteArray before = fmt::read(db);
        const QByteArray head = command == QLatin1String("import-role") ? cat({ kRoleHead, "\"grants\":[" })
                                                                        : cat({ kWorkspaceHead, "\"sections\":[" });
        const QString tiny = m_dir.filePath(QStringLiteral("tiny.json"));
        QVERIFY(fmt::write(tiny, cat({ head, "[0]]}" })));
        const QString hostile = m_dir.filePath(QStringLiteral("hostile.json"));
        QVERIFY(fmt::write(hostile, cat({ head, "[0]", QByteArray(",[0]").repeated(30 * kMB / 4), "]}" })));
        const qint64 size = QFileInfo(hostile).size();

        // What the program needs to refuse a tiny document: the least limit it does so within, to 8 MB.
        qint64 low = 0, high = 4096 * kMB;
        auto refusesTiny = [&](qint64 limit) {
            const Run r = cliWithin(limit, { QStringLiteral("--db"), db, command, tiny });
            return r.exited && r.exit == 2 && QString::fromUtf8(r.err).contains(expected);
        };
        QVERIFY(refusesTiny(high));
        while (high - low > 8 * kMB) {
            const qint64 mid = (low + high) / 2;
            (refusesTiny(mid) ? high : low) = mid;
        }
        qInfo("rolesheet-cli refuses a tiny document within %lld MB of address space", high / kMB);
        const qint64 bound = high + 10 * size + 100 * kMB;
        const Run r = cliWithin(bound, { QStringLiteral("--db"), db, command, hostile });
        QVERIFY2(r.exited, "the import was killed: it needed more memory than the bound");
        QCOMPARE(r.exit, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
        QVERIFY(fmt::read(db) == before);
    }

private:
    QTemporaryDir m_dir;
    Workspace m_base;
};

QTEST_GUILESS_MAIN(TestJsonLimits)
#include "TestJsonLimits.moc"
