#pragma once

#include "JsonShape.h"
#include "domain/Entities.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace rs::formats {

// A list at the top of a document, whose entries are parsed one at a time when they are read, so that the tree of no
// more than one entry is held at once.
class JsonList
{
public:
    JsonList() = default;
    JsonList(const QByteArray &json, const QList<JsonSpan> &spans)
        : m_json(json)
        , m_spans(spans)
    {
    }
    qsizetype size() const { return m_spans.size(); }
    QJsonValue at(qsizetype i) const;

private:
    QByteArray m_json;
    QList<JsonSpan> m_spans;
};

// Reads typed fields out of parsed JSON and keeps the first error, named by the field's path ("roles[2].name").
// Every read after an error returns a harmless default, so callers check failed() once per object.
class JsonReader
{
public:
    static constexpr qint64 kMaxId = qint64(1) << 53; // doubles hold integers exactly up to here
    static constexpr int kMaxTextLength = 4000;

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &path, const QString &what);

    // Checks the shape of a whole document and parses its top object, without its lists (see list()); malformed JSON
    // is reported with its line and column.
    QJsonObject document(const QByteArray &json);
    // A list of the top object of the document.
    JsonList list(const QJsonObject &doc, const QString &key, qsizetype maxCount);
    // Refuses fields other than `known`, so that misspelt or newer fields are not silently dropped.
    void onlyKeys(const QJsonObject &o, const QString &path, const QStringList &known);
    void expectHeader(const QJsonObject &o, const QString &kind);

    QJsonObject object(const QJsonValue &v, const QString &path);
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path, qsizetype maxCount);
    QString name(const QJsonObject &o, const QString &key, const QString &path, const QString &what);
    QString text(const QJsonObject &o, const QString &key, const QString &path, bool required = true);
    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool required = true);
    // A positive id; `zeroAllowed` for references that may be empty.
    Id id(const QJsonObject &o, const QString &key, const QString &path, bool zeroAllowed = false);
    Scope scope(const QJsonObject &o, const QString &key, const QString &path);
    BuiltIn builtIn(const QJsonObject &o, const QString &key, const QString &path);
    Levels levels(const QJsonObject &o, const QString &key, const QString &path);
    Categories categories(const QJsonObject &o, const QString &key, const QString &path);

    static QString at(const QString &path, qsizetype index) { return QStringLiteral("%1[%2]").arg(path).arg(index); }
    static QString field(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

private:
    QJsonValue value(const QJsonObject &o, const QString &key, const QString &path, bool required);
    QString m_error;
    QByteArray m_json;
    JsonOutline m_outline;
};

} // namespace rs::formats
