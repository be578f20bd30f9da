// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The selection of draw-spec v1: ticket(key) = H(seed|context|key), pool ordered by (ticket, key),
// the first k taken. Nothing but SHA-256 decides.

#include <QString>
#include <QStringList>

namespace suiji::draw {

inline const char *kSpec = "suiji-draw-v1";

// Seeds are 1–128 printable ASCII characters (0x21–0x7E), kept as typed. Returns an error text
// (translated) or an empty string.
QString checkSeed(const QString &seed);
// A proposal of 20 decimal digits from the system's secure random source (never used to draw).
QString proposeSeed();

QString poolContext(int year, int q, const QString &bureau, const QString &pool);

struct Selection {
    QStringList selected; // in selection order
    QString poolFp;
    QString resultFp;
};

class Sampler {
public:
    // pool: the keys (any order; duplicates are the caller's error). k is capped at the pool size.
    static Selection select(const QString &seed, const QString &context, const QStringList &pool, int k);
    static QString ticket(const QString &seed, const QString &context, const QString &key);
};

} // namespace suiji::draw
