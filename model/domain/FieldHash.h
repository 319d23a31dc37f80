#pragma once
// How every hash of Rolesheet's records takes a field: its length in UTF-8 bytes as a decimal number, ':', the bytes
// and '\n'. The length makes the text of a list of fields unambiguous whatever the fields hold.
#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace rs {

inline void addField(QCryptographicHash &hash, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayLiteral(":"));
    hash.addData(bytes);
    hash.addData(QByteArrayLiteral("\n"));
}

} // namespace rs
