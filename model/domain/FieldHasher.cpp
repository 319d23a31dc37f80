#include "FieldHasher.h"

#include <openssl/evp.h>

#include <charconv>
#include <cstring>

namespace rs {

namespace {

constexpr qsizetype kChunk = 1 << 16;

} // namespace

struct FieldHasher::Context
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(md); }
};

FieldHasher::FieldHasher(QByteArrayView prefix)
    : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->md, EVP_sha256(), nullptr);
    m_buffer.reserve(kChunk + 4096);
    m_buffer.append(prefix);
}

FieldHasher::~FieldHasher() = default;

void FieldHasher::bytes(QByteArrayView value)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value.size());
    Q_UNUSED(ec);
    // One resize and copies: four appends each went through QByteArray's general insert, a tenth of hashing the
    // items of a large access review.
    const qsizetype length = end - digits;
    const qsizetype at = m_buffer.size();
    m_buffer.resize(at + length + value.size() + 2);
    char *p = m_buffer.data() + at;
    memcpy(p, digits, size_t(length));
    p[length] = ':';
    if (!value.isEmpty())
        memcpy(p + length + 1, value.data(), size_t(value.size()));
    p[length + 1 + value.size()] = '\n';
    if (m_buffer.size() > kChunk)
        flush();
}

void FieldHasher::number(qint64 value)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    Q_UNUSED(ec);
    bytes(QByteArrayView(digits, end - digits));
}

void FieldHasher::flush()
{
    EVP_DigestUpdate(m_context->md, m_buffer.constData(), size_t(m_buffer.size()));
    m_buffer.clear();
}

QString FieldHasher::hex()
{
    flush();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_context->md, digest, &size);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex());
}

} // namespace rs
