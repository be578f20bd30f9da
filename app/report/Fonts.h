// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CJK font every rendered surface uses (PDF, charts, screenshots), chosen explicitly so
// fontconfig never falls back to the Japanese face of Noto CJK.

#include <QFont>
#include <QString>

namespace suiji::report {

QString cjkFamily();
QFont cjkFont(qreal pointSize = 10, int weight = QFont::Normal);
// For PDF text: Latin letters and digits from DejaVu Sans, Chinese from WenQuanYi Micro Hei when
// installed, Noto CJK last. Qt's PDF engine maps glyphs that Noto CJK shares between code points
// (食 and the radical ⻝, 里 and ⾥, digits) to the wrong one in the text layer, which breaks search
// and copy.
QStringList printFamilies();

} // namespace suiji::report
