#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands:
#   packaging/dev.sh run    install what is missing, build, create the demo database if none exists, open the workbench
#   packaging/dev.sh test   install what is missing, build, run the whole test suite through ctest
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build="${SUIJI_BUILD_DIR:-$here/build}"
jobs="${SUIJI_JOBS:-$(nproc 2>/dev/null || echo 2)}"

bash packaging/install-deps.sh

configure_and_build() {
  local gen=()
  command -v ninja >/dev/null 2>&1 && gen=(-G Ninja)
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSUIJI_WERROR="${SUIJI_WERROR:-OFF}"
  fi
  cmake --build "$build" -j"$jobs"
}

case "${1:-}" in
  run)
    shift
    configure_and_build
    db="${SUIJI_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/suiji/suiji.db}"
    if [ ! -s "$db" ]; then
      echo "Creating the demo database at $db"
      "$build/app/cli/suiji-cli" --db "$db" demo
    fi
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "No display found: starting under xvfb-run." >&2
      exec xvfb-run -a -s "-screen 0 1920x1080x24" "$build/ui/suiji" --db "$db" "$@"
    fi
    exec "$build/ui/suiji" --db "$db" "$@"
    ;;
  test)
    shift
    configure_and_build
    cd "$build"
    export QT_QPA_PLATFORM=offscreen
    exec ctest --output-on-failure -j"$jobs" "$@"
    ;;
  *)
    echo "usage: packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac
