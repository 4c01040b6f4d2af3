#!/usr/bin/env bash
# Install (as root) or name (otherwise) the Debian packages the app or its tests need.
# usage: packaging/debian-deps.sh run|test
set -euo pipefail
mode=${1:-run}
run_pkgs=(python3 python3-venv libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 fonts-ipaexfont-mincho
  fonts-ipaexfont-gothic fontconfig)
test_pkgs=(poppler-utils xvfb xauth gnome-keyring dbus dbus-daemon dbus-x11 libsecret-tools)
pkgs=("${run_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")

command -v dpkg-query >/dev/null 2>&1 || { echo "debian-deps: not a Debian system; install the equivalents of: ${pkgs[*]}" >&2; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "debian-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "debian-deps: missing Debian packages. Run as root:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
