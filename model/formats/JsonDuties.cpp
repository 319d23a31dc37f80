#include "JsonDuties.h"

#include "domain/Dates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace rs::formats {

namespace {

constexpr qsizetype kMaxDutyRules = 10000;
constexpr qsizetype kMaxDutyExceptions = 1000000;
constexpr qsizetype kMaxCells = 10000;

QJsonArray cellsJson(const QList<duties::Cell> &cells)
{
    QJsonArray a;
    for (const duties::Cell &c : cells)
        a.append(QJsonObject {
            { QStringLiteral("feature"), qint64(c.feature) }, { QStringLiteral("level"), levelKey(c.level) } });
    return a;
}

QList<duties::Cell> readCells(JsonReader &in, const QJsonObject &o, const QString &key, const QString &path)
{
    QList<duties::Cell> cells;
    const QJsonArray a = in.array(o, key, path, kMaxCells);
    const QString listPath = JsonReader::field(path, key);
    for (qsizetype i = 0; i < a.size() && !in.failed(); ++i) {
        const QString cellPath = JsonReader::at(listPath, i);
        const QJsonObject c = in.object(a.at(i), cellPath);
        in.onlyKeys(c, cellPath, { QStringLiteral("feature"), QStringLiteral("level") });
        const Id feature = in.id(c, QStringLiteral("feature"), cellPath);
        const QString level = in.text(c, QStringLiteral("level"), cellPath);
        if (in.failed())
            break;
        const Result<Level> parsed = parseLevel(level);
        if (!parsed) {
            in.fail(JsonReader::field(cellPath, QStringLiteral("level")),
                QCoreApplication::translate("rs::formats::Json", "expected view, add, edit or delete."));
            break;
        }
        cells.append({ feature, parsed.value() });
    }
    return cells;
}

QDateTime instant(JsonReader &in, const QJsonObject &o, const QString &key, const QString &path)
{
    const QString text = in.text(o, key, path);
    if (in.failed())
        return {};
    const Result<QDateTime> at = dates::parseIso(text);
    if (!at) {
        in.fail(JsonReader::field(path, key),
            QCoreApplication::translate("rs::formats::Json",
                "expected an ISO 8601 date-time with its offset, such as 2026-11-30T22:59:59.999Z."));
        return {};
    }
    return at.value();
}

} // namespace

QByteArray dutyRuleJson(const duties::Rule &rule)
{
    const QJsonObject o { { QStringLiteral("name"), rule.name }, { QStringLiteral("left"), cellsJson(rule.left.cells) },
        { QStringLiteral("leftAll"), rule.left.all }, { QStringLiteral("right"), cellsJson(rule.right.cells) },
        { QStringLiteral("rightAll"), rule.right.all }, { QStringLiteral("scope"), duties::scopeKey(rule.scope) },
        { QStringLiteral("severity"), duties::severityKey(rule.severity) },
        { QStringLiteral("rationale"), rule.rationale } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray dutyExceptionJson(const duties::Exception &e)
{
    const QJsonObject o { { QStringLiteral("member"), qint64(e.member) }, { QStringLiteral("rule"), e.rule },
        { QStringLiteral("reason"), e.reason }, { QStringLiteral("grantedBy"), e.grantedBy },
        { QStringLiteral("grantedAt"), dates::iso(e.grantedAt) }, { QStringLiteral("until"), dates::iso(e.until) } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void readDuties(JsonReader &in, const QJsonObject &doc, duties::Book &book, bool &present)
{
    const QString rulesKey = QStringLiteral("dutyRules");
    const QString exceptionsKey = QStringLiteral("dutyExceptions");
    present = doc.contains(rulesKey) || doc.contains(exceptionsKey);
    if (doc.contains(rulesKey)) {
        const JsonList rules = in.list(doc, rulesKey, kMaxDutyRules);
        for (qsizetype i = 0; i < rules.size() && !in.failed(); ++i) {
            const QString path = JsonReader::at(rulesKey, i);
            const QJsonObject o = in.object(rules.at(i), path);
            in.onlyKeys(o, path,
                { QStringLiteral("name"), QStringLiteral("left"), QStringLiteral("leftAll"), QStringLiteral("right"),
                    QStringLiteral("rightAll"), QStringLiteral("scope"), QStringLiteral("severity"),
                    QStringLiteral("rationale") });
            duties::Rule r;
            r.name = in.text(o, QStringLiteral("name"), path);
            r.left = { readCells(in, o, QStringLiteral("left"), path),
                in.boolean(o, QStringLiteral("leftAll"), path, false) };
            r.right = { readCells(in, o, QStringLiteral("right"), path),
                in.boolean(o, QStringLiteral("rightAll"), path, false) };
            const QString scope = in.text(o, QStringLiteral("scope"), path);
            const QString severity = in.text(o, QStringLiteral("severity"), path);
            r.rationale = in.text(o, QStringLiteral("rationale"), path, false);
            if (in.failed())
                break;
            const Result<duties::Scope> s = duties::parseScope(scope);
            const Result<duties::Severity> v = duties::parseSeverity(severity);
            if (!s)
                in.fail(JsonReader::field(path, QStringLiteral("scope")), s.error().message);
            else if (!v)
                in.fail(JsonReader::field(path, QStringLiteral("severity")), v.error().message);
            else {
                r.scope = s.value();
                r.severity = v.value();
                book.rules.append(r);
            }
        }
    }
    if (doc.contains(exceptionsKey)) {
        const JsonList exceptions = in.list(doc, exceptionsKey, kMaxDutyExceptions);
        for (qsizetype i = 0; i < exceptions.size() && !in.failed(); ++i) {
            const QString path = JsonReader::at(exceptionsKey, i);
            const QJsonObject o = in.object(exceptions.at(i), path);
            in.onlyKeys(o, path,
                { QStringLiteral("member"), QStringLiteral("rule"), QStringLiteral("reason"),
                    QStringLiteral("grantedBy"), QStringLiteral("grantedAt"), QStringLiteral("until") });
            duties::Exception e;
            e.member = in.id(o, QStringLiteral("member"), path);
            e.rule = in.text(o, QStringLiteral("rule"), path);
            e.reason = in.text(o, QStringLiteral("reason"), path);
            e.grantedBy = in.text(o, QStringLiteral("grantedBy"), path);
            e.grantedAt = instant(in, o, QStringLiteral("grantedAt"), path);
            e.until = instant(in, o, QStringLiteral("until"), path);
            if (!in.failed())
                book.exceptions.append(e);
        }
    }
}

Status checkDuties(const Workspace &ws, const duties::Book &book)
{
    duties::Book checked;
    for (qsizetype i = 0; i < book.rules.size(); ++i) {
        if (Status s = duties::checkRule(ws, checked, book.rules.at(i)); !s)
            return Error::rule(
                QStringLiteral("%1: %2").arg(JsonReader::at(QStringLiteral("dutyRules"), i), s.error().message));
        checked.rules.append(book.rules.at(i));
    }
    for (qsizetype i = 0; i < book.exceptions.size(); ++i) {
        const duties::Exception &e = book.exceptions.at(i);
        const QString path = JsonReader::at(QStringLiteral("dutyExceptions"), i);
        QString problem;
        const Member *member = ws.member(e.member);
        const duties::Rule *rule = checked.rule(e.rule);
        if (!member)
            problem = QCoreApplication::translate(
                "rs::formats::Json", "the exception names a member the workspace does not have.");
        else if (!rule || rule->name != e.rule)
            problem = QCoreApplication::translate(
                "rs::formats::Json", "the exception names a duty rule the document does not have.");
        else if (e.reason.trimmed().isEmpty() || e.reason.size() > JsonReader::kMaxTextLength)
            problem = QCoreApplication::translate(
                "rs::formats::Json", "an exception needs a reason of at most %1 characters.")
                          .arg(JsonReader::kMaxTextLength);
        else if (e.grantedBy.trimmed().isEmpty() || e.grantedBy.compare(member->name, Qt::CaseInsensitive) == 0)
            problem = QCoreApplication::translate(
                "rs::formats::Json", "an exception is granted by someone other than the member it excepts.");
        else if (e.until < e.grantedAt)
            problem = QCoreApplication::translate("rs::formats::Json", "an exception ends after it was granted.");
        if (!problem.isEmpty())
            return Error::rule(QStringLiteral("%1: %2").arg(path, problem));
    }
    return {};
}

} // namespace rs::formats
