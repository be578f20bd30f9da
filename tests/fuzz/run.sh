#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/fuzz/run.sh SECONDS [TARGET...]: builds the libFuzzer targets (clang++-14, ASan + UBSan)
# in build-fuzz/ and runs each for SECONDS, two at a time, from a corpus seeded with tests/data and
# the shipped resources (kept in build-fuzz/corpus between runs). Prints executions and coverage
# per target; exits 1 if any target found a crash (its input is in build-fuzz/crashes/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
secs="${1:-60}"
shift || true
build="${SUIJI_FUZZ_BUILD:-$root/build-fuzz}"
all=(fuzz_csv fuzz_zip fuzz_xlsx fuzz_sheet fuzz_case_cells fuzz_rule_profile fuzz_holidays)
targets=("${@:-${all[@]}}")
[ $# -gt 0 ] || targets=("${all[@]}")

if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -G Ninja -DSUIJI_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
fi
ninja -C "$build" -j"${SUIJI_JOBS:-2}" "${targets[@]}" >/dev/null

# Seeds: the test fixtures and the shipped resources, copied once.
seed() { # target files...
  local dir="$build/corpus/$1"
  shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$dir/seed-$(basename "$f")"; done
  return 0
}
seed fuzz_csv "$root"/tests/data/*.csv "$root"/tests/data/*.tsv "$root"/tests/data/malformed/*.csv
seed fuzz_xlsx "$root"/tests/data/*.xlsx "$root"/tests/data/malformed/*.xlsx
seed fuzz_zip "$root"/tests/data/*.xlsx "$root"/tests/data/malformed/*.xlsx
seed fuzz_rule_profile "$root"/resources/rules/*.json "$root"/resources/rules/earlier/*.json "$root"/tests/data/fuzz/rule-profile-*.json
seed fuzz_holidays "$root"/resources/calendar/*.json
mkdir -p "$build/corpus/fuzz_holidays" "$build/corpus/fuzz_case_cells" "$build/corpus/fuzz_sheet"
printf 'date,kind,name\n2025-10-01,holiday,国庆节\n2025-09-28,workday,调休上班\n' >"$build/corpus/fuzz_holidays/seed-holidays.csv"
printf '智慧环保平台\x1fNS-1-0001\x1f红\x1f超标\x1f深圳市某公司\x1f91440300MA5FXXXX0A\x1f南山\x1f2025-09-10 10:00\x1f内容\x1f2025-09-20' \
  >"$build/corpus/fuzz_case_cells/seed-alert"
# The sheet target's input: sheet, shared strings and styles of the fixture workbook, joined by 0x1E.
python3 - "$root/tests/data/entities-openpyxl.xlsx" "$build/corpus/fuzz_sheet/seed-openpyxl" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = {n.lower(): n for n in z.namelist()}
def part(n):
    return z.read(names[n]) if n in names else b''
open(sys.argv[2], 'wb').write(b'\x1e'.join([part('xl/worksheets/sheet1.xml'), part('xl/sharedstrings.xml'), part('xl/styles.xml')]))
PY

mkdir -p "$build/crashes" "$build/logs"
run() {
  local t="$1"
  "$build/tests/fuzz/$t" "$build/corpus/$t" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
    -artifact_prefix="$build/crashes/$t-" >"$build/logs/$t.log" 2>&1
}
export -f run
export build secs
printf '%s\n' "${targets[@]}" | xargs -P "${SUIJI_JOBS:-2}" -I{} bash -c 'run {} || echo "{} FAILED" >>"$build/logs/failed"' || true

status=0
total=0
printf '%-18s %14s %8s %8s\n' target executions cov corpus
for t in "${targets[@]}"; do
  log="$build/logs/$t.log"
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo 0)
  corp=$(ls "$build/corpus/$t" | wc -l)
  total=$((total + ${execs:-0}))
  printf '%-18s %14s %8s %8s\n' "$t" "${execs:-0}" "${cov:-0}" "$corp"
  if grep -q -E 'ERROR: (AddressSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|runtime error:|SUMMARY: ' "$log"; then
    echo "  $t: a crash or sanitizer report; see $log and $build/crashes/" >&2
    grep -m5 -E 'ERROR:|runtime error:|SUMMARY:' "$log" >&2 || true
    status=1
  fi
done
printf '%-18s %14s\n' total "$total"
rm -f "$build/logs/failed"
exit $status
