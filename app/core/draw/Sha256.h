#pragma once
// H(x) of draw-spec v1: SHA-256 of UTF-8 bytes, as 64 lower-case hex digits or raw bytes.

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include "util/Sort.h"

namespace suiji::draw {

inline QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
inline QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(digest(bytes).toHex());
}
// pool_fp / result_fp: H(join(keys, "\n") + "\n"), or H("") for no keys.
QString listFingerprint(const QStringList &keys);
using suiji::sortByBytes;

} // namespace suiji::draw
