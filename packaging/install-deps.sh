#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Suiji needs to build, run and test.
# Runs apt-get update first; works as root or through sudo; does nothing when all is present.
set -euo pipefail

PKGS=(
  build-essential cmake ninja-build ccache pkg-config git clang-format
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-pdf-dev qt6-svg-dev qt6-translations-l10n
  libgl1-mesa-dev libxkbcommon-dev
  libsqlite3-dev sqlite3 libssl-dev
  libxlsxwriter-dev libqrencode-dev zlib1g-dev
  fonts-noto-cjk fonts-dejavu-core fonts-wqy-microhei
  python3 python3-openpyxl poppler-utils xvfb xauth
  chromium
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PKGS[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1
  fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
