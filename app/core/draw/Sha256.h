// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// H(x) of draw-spec v1: SHA-256 of UTF-8 bytes, as 64 lower-case hex digits or raw bytes. One
// hashing helper for tickets, fingerprints, chains and verify, on OpenSSL's libcrypto (about 4×
// QCryptographicHash on CPUs with SHA extensions).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "util/Sort.h"

struct evp_md_ctx_st;

namespace suiji::draw {

// Incremental SHA-256; reset() starts a new message. Not copyable; one per thread.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void reset();
    void addData(QByteArrayView bytes);
    QByteArray result(); // 32 raw bytes; call reset() before the next message

private:
    evp_md_ctx_st *m_ctx;
};

QByteArray digest(QByteArrayView bytes);
inline QByteArray digest(const QByteArray &bytes) // also takes a QStringBuilder expression
{
    return digest(QByteArrayView(bytes));
}
inline QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(digest(bytes).toHex());
}
inline QString hex(const QByteArray &bytes)
{
    return hex(QByteArrayView(bytes));
}
// pool_fp / result_fp: H(join(keys, "\n") + "\n"), or H("") for no keys.
QString listFingerprint(const QStringList &keys);
using suiji::sortByBytes;

} // namespace suiji::draw
