#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// Edits one value deep inside a JSON document, for building hostile imports from good ones.
namespace fmt {

// Sets the value at a dotted path ("members.0.name"); a path ending in "+" appends to a list, an undefined value
// removes the key.
inline QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        if (key == QLatin1String("+")) {
            a.append(value);
            return a;
        }
        const int i = key.toInt();
        a[i] = setAt(a.at(i), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(key);
    else
        o[key] = setAt(o.value(key), path, value);
    return o;
}

inline QByteArray edit(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(setAt(root, path.split(QLatin1Char('.')), value).toObject()).toJson();
}

inline QJsonValue valueAt(const QByteArray &json, const QString &path)
{
    QJsonValue node = QJsonDocument::fromJson(json).object();
    for (const QString &key : path.split(QLatin1Char('.')))
        node = node.isArray() ? node.toArray().at(key.toInt()) : node.toObject().value(key);
    return node;
}

} // namespace fmt
