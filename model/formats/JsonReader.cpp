#include "JsonReader.h"

#include "Json.h"
#include "JsonShape.h"
#include "domain/Rules.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace rs::formats {

void JsonReader::fail(const QString &path, const QString &what)
{
    if (m_error.isEmpty())
        m_error = path.isEmpty() ? what : QStringLiteral("%1: %2").arg(path, what);
}

QJsonObject JsonReader::document(const QByteArray &json)
{
    if (json.size() > kMaxJsonBytes) {
        fail({},
            QCoreApplication::translate("rs::formats::Json", "The file is larger than %1 MiB and was not read.")
                .arg(kMaxJsonBytes / (1024 * 1024)));
        return {};
    }
    // A tree costs many times the size of its text: only pieces of a document of the format's shape are parsed.
    Result<JsonOutline> outline = outlineJson(json);
    if (!outline) {
        fail({}, outline.error().message);
        return {};
    }
    m_json = json;
    m_outline = std::move(outline.value());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_outline.top, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArrayView before(json.constData(), parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        fail({},
            QCoreApplication::translate("rs::formats::Json", "Malformed JSON at line %1, column %2 (byte %3): %4.")
                .arg(line)
                .arg(column)
                .arg(parseError.offset)
                .arg(parseError.errorString()));
        return {};
    }
    if (!doc.isObject()) {
        fail({}, QCoreApplication::translate("rs::formats::Json", "The document is not a JSON object."));
        return {};
    }
    return doc.object();
}

JsonList JsonReader::list(const QJsonObject &doc, const QString &key, qsizetype maxCount)
{
    // The top object holds the list emptied: this checks that it is there and is a list.
    array(doc, key, {}, maxCount);
    if (failed())
        return {};
    return JsonList(m_json, m_outline.lists.value(key));
}

QJsonValue JsonList::at(qsizetype i) const
{
    const JsonSpan span = m_spans.at(i);
    if (span.end == 0)
        return QJsonValue(QJsonValue::Null); // not an object: the reader says what it expected
    return QJsonDocument::fromJson(QByteArray::fromRawData(m_json.constData() + span.begin, span.end - span.begin))
        .object();
}

void JsonReader::onlyKeys(const QJsonObject &o, const QString &path, const QStringList &known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(field(path, it.key().left(40)), QCoreApplication::translate("rs::formats::Json", "unknown field."));
            return;
        }
    }
}

void JsonReader::expectHeader(const QJsonObject &o, const QString &kind)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("rolesheet")) {
        fail(QStringLiteral("format"),
            QCoreApplication::translate("rs::formats::Json", "not a Rolesheet document (expected \"rolesheet\")."));
        return;
    }
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!version.isDouble() || (version.toDouble() != 1 && version.toDouble() != kJsonVersion)) {
        fail(QStringLiteral("version"),
            QCoreApplication::translate(
                "rs::formats::Json", "version %1 is not supported; this program reads version %2.")
                .arg(version.isDouble() ? QString::number(version.toDouble())
                                        : QCoreApplication::translate("rs::formats::Json", "(missing)"))
                .arg(kJsonVersion));
        return;
    }
    const QString actual = o.value(QStringLiteral("kind")).toString();
    if (actual != kind)
        fail(QStringLiteral("kind"),
            QCoreApplication::translate("rs::formats::Json", "expected \"%1\", found \"%2\".")
                .arg(kind, actual.left(40)));
}

QJsonValue JsonReader::value(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && required)
        fail(field(path, key), QCoreApplication::translate("rs::formats::Json", "missing."));
    return v;
}

QJsonObject JsonReader::object(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        fail(path, QCoreApplication::translate("rs::formats::Json", "expected an object."));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &key, const QString &path, qsizetype maxCount)
{
    const QJsonValue v = value(o, key, path, true);
    if (failed())
        return {};
    if (!v.isArray()) {
        fail(field(path, key), QCoreApplication::translate("rs::formats::Json", "expected a list."));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxCount) {
        fail(field(path, key),
            QCoreApplication::translate("rs::formats::Json", "%1 entries; at most %2 are allowed.")
                .arg(a.size())
                .arg(maxCount));
        return {};
    }
    return a;
}

QString JsonReader::text(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = value(o, key, path, required);
    if (failed() || v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(field(path, key), QCoreApplication::translate("rs::formats::Json", "expected text."));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > kMaxTextLength) {
        fail(field(path, key),
            QCoreApplication::translate("rs::formats::Json", "%1 characters; at most %2 are allowed.")
                .arg(s.size())
                .arg(kMaxTextLength));
        return {};
    }
    return s;
}

QString JsonReader::name(const QJsonObject &o, const QString &key, const QString &path, const QString &what)
{
    const QString s = text(o, key, path);
    if (failed())
        return {};
    if (Status st = Rules::checkName(s, what); !st)
        fail(field(path, key), st.error().message);
    else if (s != Rules::normalizedName(s))
        fail(field(path, key),
            QCoreApplication::translate("rs::formats::Json", "a name cannot begin or end with spaces."));
    return s;
}

bool JsonReader::boolean(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = value(o, key, path, required);
    if (failed() || v.isUndefined())
        return false;
    if (!v.isBool())
        fail(field(path, key), QCoreApplication::translate("rs::formats::Json", "expected true or false."));
    return v.toBool();
}

Id JsonReader::id(const QJsonObject &o, const QString &key, const QString &path, bool zeroAllowed)
{
    const QJsonValue v = value(o, key, path, true);
    if (failed())
        return 0;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < (zeroAllowed ? 0 : 1) || d > double(kMaxId) || d != double(qint64(d))) {
        fail(field(path, key),
            zeroAllowed ? QCoreApplication::translate("rs::formats::Json", "expected a whole number from 0 to 2^53.")
                        : QCoreApplication::translate("rs::formats::Json", "expected a whole number from 1 to 2^53."));
        return 0;
    }
    return Id(d);
}

Scope JsonReader::scope(const QJsonObject &o, const QString &key, const QString &path)
{
    const QString s = text(o, key, path);
    if (s == QLatin1String("production"))
        return Scope::Production;
    if (!failed() && s != QLatin1String("account"))
        fail(field(path, key),
            QCoreApplication::translate("rs::formats::Json", "expected \"account\" or \"production\"."));
    return Scope::Account;
}

BuiltIn JsonReader::builtIn(const QJsonObject &o, const QString &key, const QString &path)
{
    const QString s = text(o, key, path);
    for (BuiltIn b : { BuiltIn::None, BuiltIn::Owner, BuiltIn::Admin, BuiltIn::CreateProductions,
             BuiltIn::ProductionAdmin, BuiltIn::ProductionMember }) {
        if (s == builtInKey(b))
            return b;
    }
    fail(field(path, key),
        QCoreApplication::translate("rs::formats::Json",
            "expected none, owner, admin, create-productions, production-admin or production-member."));
    return BuiltIn::None;
}

Levels JsonReader::levels(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonArray a = array(o, key, path, 4);
    Levels result;
    for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
        const Result<Level> l = a.at(i).isString() ? parseLevel(a.at(i).toString()) : Result<Level>(Error());
        if (!l)
            fail(at(field(path, key), i),
                QCoreApplication::translate("rs::formats::Json", "expected view, add, edit or delete."));
        else
            result = result.with(l.value());
    }
    return result;
}

Categories JsonReader::categories(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonArray a = array(o, key, path, 3);
    Categories result;
    for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
        const QString k = a.at(i).toString();
        bool found = false;
        for (Category c : kAllCategories) {
            if (k == categoryKey(c)) {
                result = result.with(c);
                found = true;
            }
        }
        if (!found)
            fail(at(field(path, key), i),
                QCoreApplication::translate("rs::formats::Json", "expected financial, personnel or marketing."));
    }
    return result;
}

} // namespace rs::formats
