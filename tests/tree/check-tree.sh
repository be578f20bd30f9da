#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The tree's own rules, run by ctest as TestTree:
#  1. every C++ file is formatted by the root .clang-format (clang-format 14, as Debian 12 ships it);
#  2. every .cpp/.h under app/ and ui/ is listed in its directory's CMakeLists.txt (sources are never globbed);
#  3. the architecture's greps: no QSqlQuery outside app/core/store, no currentDate/currentDateTime outside
#     the clock, no QSettings( outside ui/Settings, no Widgets header in app/core, no non-ASCII
#     text in QLatin1String (it would compare as Latin-1 and never match).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
fail=0
say() { echo "check-tree: $*" >&2; fail=1; }

mapfile -t files < <(find app ui tests -name '*.cpp' -o -name '*.h' | grep -v '/data/' | sort)

fmt="$(command -v clang-format-14 || command -v clang-format || true)"
if [ -z "$fmt" ]; then
  say "clang-format is not installed (packaging/install-deps.sh installs it)"
else
  for f in "${files[@]}"; do
    if ! "$fmt" --dry-run -Werror "$f" >/dev/null 2>&1; then
      say "$f is not formatted: run  $fmt -i $f"
    fi
  done
fi

for dir in app/core app/report app/cli ui; do
  while IFS= read -r f; do
    rel="${f#"$dir"/}"
    if ! grep -qxF "  $rel" "$dir/CMakeLists.txt" && [ "$rel" != "main.cpp" ]; then
      say "$f is not listed in $dir/CMakeLists.txt"
    fi
  done < <(find "$dir" -name '*.cpp' -o -name '*.h' | sort)
done

grep -rln 'QSqlQuery' app ui --include='*.cpp' --include='*.h' | grep -v '^app/core/store/' | while read -r f; do
  echo "check-tree: $f uses QSqlQuery outside app/core/store" >&2; echo x; done | grep -q x && fail=1
grep -rlnE 'currentDate(Time)?\(' app ui --include='*.cpp' --include='*.h' | grep -v '^app/core/util/Clock\.' | while read -r f; do
  echo "check-tree: $f reads the wall clock outside util/Clock" >&2; echo x; done | grep -q x && fail=1
grep -rln 'QSettings(' app ui --include='*.cpp' --include='*.h' | grep -v '^ui/Settings\.' | while read -r f; do
  echo "check-tree: $f opens QSettings outside ui/Settings" >&2; echo x; done | grep -q x && fail=1
grep -rlP 'QLatin1(String|Char)\("[^"]*[^\x00-\x7F]' app ui tests --include='*.cpp' --include='*.h' | while read -r f; do
  echo "check-tree: $f puts non-ASCII text in QLatin1String (it compares as Latin-1): use QStringLiteral" >&2; echo x; done | grep -q x && fail=1
grep -rlnE '#include <(QtWidgets/)?Q(Widget|Application|MainWindow|Dialog)>' app/core | while read -r f; do
  echo "check-tree: $f includes a Widgets header in the core library" >&2; echo x; done | grep -q x && fail=1

[ "$fail" -eq 0 ] && echo "check-tree: ${#files[@]} files formatted and listed; layering greps clean"
exit "$fail"
