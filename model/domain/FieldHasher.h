#pragma once
// The framing of FieldHash.h for many fields at once, hashed with SHA-256: the fields are gathered and handed to the
// hash some 64 KB at a time, by OpenSSL's SHA-256, so that a hash over 100,000 items (the evidence of a large access
// review) costs a fraction of a second.
#include <QByteArray>
#include <QString>

#include <memory>

namespace rs {

class FieldHasher
{
public:
    // Starts the hash with `prefix`, taken as it is (not framed).
    explicit FieldHasher(QByteArrayView prefix);
    ~FieldHasher();
    FieldHasher(const FieldHasher &) = delete;
    FieldHasher &operator=(const FieldHasher &) = delete;

    // One field: its length in bytes as a decimal number, ':', the bytes and '\n'.
    void bytes(QByteArrayView value);
    void text(const QString &value) { bytes(value.toUtf8()); }
    void number(qint64 value);
    // The SHA-256 of everything given, as lower-case hex; the hasher takes nothing after.
    QString hex();

private:
    void flush();
    struct Context;
    std::unique_ptr<Context> m_context;
    QByteArray m_buffer;
};

} // namespace rs
