#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the full screenshot set with `suiji --screenshot` from a demo database: every page at
# 1366x768 and 1024x768 in the light, dark and high-contrast themes, and the projector's meeting
# view at 1920x1080 (zh and en, a bureau and the city). Usage: packaging/screenshots.sh BUILD OUT
set -eu
build=${1:-build}
out=${2:-screenshots}
mkdir -p "$out"
db="$out/demo.db"
[ -f "$db" ] || "$build/app/cli/suiji-cli" --db "$db" demo >/dev/null
export SUIJI_TODAY=2025-08-20
shot() { "$build/ui/suiji" --db "$db" --quarter 2025Q3 "$@" 2>/dev/null; }
for size in 1366x768 1024x768; do
    for theme in light dark contrast; do
        for page in dashboard entities inspectors draw tasks reports settings; do
            shot --theme "$theme" --size "$size" --page "$page" --bureau nanshan --screenshot "$out/$page-$size-$theme.png"
        done
    done
done
for lang in zh en; do
    for bureau in nanshan city; do
        shot --lang "$lang" --projector --size 1920x1080 --bureau "$bureau" --screenshot "$out/projector-$bureau-$lang.png"
    done
done
echo "$(ls "$out"/*.png | wc -l) screenshots in $out"
