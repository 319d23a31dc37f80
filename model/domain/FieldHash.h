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

// The same framing for many fields, gathered and handed to the hash some 64 KB at a time: a hash over 100,000 items
// costs no three calls per field.
class FieldHasher
{
public:
    explicit FieldHasher(QCryptographicHash &hash)
        : m_hash(hash)
    {
        m_buffer.reserve(kChunk + 4096);
    }
    ~FieldHasher() { flush(); }
    FieldHasher(const FieldHasher &) = delete;
    FieldHasher &operator=(const FieldHasher &) = delete;

    void bytes(QByteArrayView value)
    {
        m_buffer.append(QByteArray::number(value.size()));
        m_buffer.append(':');
        m_buffer.append(value);
        m_buffer.append('\n');
        if (m_buffer.size() > kChunk)
            flush();
    }
    void text(const QString &value) { bytes(value.toUtf8()); }
    void number(qint64 value) { bytes(QByteArray::number(value)); }
    // Hands what is gathered to the hash; before reading its result.
    void flush()
    {
        m_hash.addData(m_buffer);
        m_buffer.clear();
    }

private:
    static constexpr qsizetype kChunk = 1 << 16;
    QCryptographicHash &m_hash;
    QByteArray m_buffer;
};

} // namespace rs
