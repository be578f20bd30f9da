// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Column widths that fit a small screen: every column sized to its contents, then the long text
// columns (names, pools, teams) capped at a width in characters and elided, the full text in the
// cell's tooltip. A 1024×768 window then shows a table's status columns without scrolling sideways.

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <initializer_list>
#include <utility>

namespace suiji {

inline void fitColumns(QTableView *view, std::initializer_list<std::pair<int, int>> capsInChars)
{
    view->resizeColumnsToContents();
    // A CJK character is about one em; horizontalAdvance of 中 measures it in the view's font.
    const int em = view->fontMetrics().horizontalAdvance(QChar(0x4E2D));
    const int padding = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + em / 2;
    for (const auto &[column, chars] : capsInChars) {
        const int cap = chars * em + padding;
        if (view->columnWidth(column) > cap)
            view->setColumnWidth(column, cap);
    }
    view->setTextElideMode(Qt::ElideRight);
}

} // namespace suiji
