#pragma once
// The CJK font every rendered surface uses (PDF, charts, screenshots), chosen explicitly so
// fontconfig never falls back to the Japanese face of Noto CJK.

#include <QFont>
#include <QString>

namespace suiji::report {

QString cjkFamily();
QFont cjkFont(qreal pointSize = 10, int weight = QFont::Normal);

} // namespace suiji::report
