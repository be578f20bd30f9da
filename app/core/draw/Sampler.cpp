// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sampler.h"

#include "draw/Sha256.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <algorithm>
#include <vector>

namespace suiji::draw {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(suiji::Sampler)
};
} // namespace

QString listFingerprint(const QStringList &keys)
{
    QByteArray all;
    for (const QString &k : keys) {
        all += k.toUtf8();
        all += '\n';
    }
    return hex(all);
}

QString checkSeed(const QString &seed)
{
    if (seed.isEmpty())
        return Tr::tr("The seed is empty. Type the digits rolled in public, or let the app propose some.");
    if (seed.size() > 128)
        return Tr::tr("The seed has %1 characters; at most 128 are allowed.").arg(seed.size());
    for (QChar c : seed)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Tr::tr("The seed may contain only printable ASCII characters without spaces (digits, letters, punctuation); \"%1\" is not one.").arg(c);
    return QString();
}

QString proposeSeed()
{
    QString s;
    for (int i = 0; i < 20; ++i)
        s += QChar(u'0' + QRandomGenerator::system()->bounded(10));
    return s;
}

QString poolContext(int year, int q, const QString &bureau, const QString &pool)
{
    return QStringLiteral("%1|%2Q%3|%4|%5").arg(QLatin1String(kSpec)).arg(year).arg(q).arg(bureau, pool);
}

QString Sampler::ticket(const QString &seed, const QString &context, const QString &key)
{
    return hex((seed + QLatin1Char('|') + context + QLatin1Char('|') + key).toUtf8());
}

Selection Sampler::select(const QString &seed, const QString &context, const QStringList &pool, int k)
{
    struct Entry {
        QByteArray ticket; // raw digest: orders like its lower-case hex
        qsizetype index;
    };
    const QByteArray prefix = (seed + QLatin1Char('|') + context + QLatin1Char('|')).toUtf8();
    std::vector<QByteArray> keys;
    keys.reserve(size_t(pool.size()));
    for (const QString &k : pool)
        keys.push_back(k.toUtf8());
    std::vector<Entry> v;
    v.reserve(keys.size());
    Sha256 h;
    for (size_t i = 0; i < keys.size(); ++i) {
        h.reset();
        h.addData(prefix);
        h.addData(keys[i]);
        v.push_back({h.result(), qsizetype(i)});
    }
    const size_t take = size_t(std::clamp<qsizetype>(k, 0, pool.size()));
    auto less = [&](const Entry &a, const Entry &b) { return a.ticket != b.ticket ? a.ticket < b.ticket : keys[size_t(a.index)] < keys[size_t(b.index)]; };
    std::partial_sort(v.begin(), v.begin() + qsizetype(take), v.end(), less);
    Selection s;
    s.selected.reserve(qsizetype(take));
    for (size_t i = 0; i < take; ++i)
        s.selected << pool.at(v[i].index);

    // pool_fp over the keys in byte order; pools from the rules arrive sorted already.
    std::vector<size_t> order(keys.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (!std::is_sorted(keys.begin(), keys.end()))
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
    h.reset();
    for (size_t i : order) {
        h.addData(keys[i]);
        h.addData(QByteArrayView("\n", 1));
    }
    s.poolFp = QString::fromLatin1(h.result().toHex());
    s.resultFp = listFingerprint(s.selected);
    return s;
}

} // namespace suiji::draw
