#!/usr/bin/env bash
# Wrap the one-folder bundle (packaging/pyinstaller/build.sh) into a .deb:
#   /opt/itaku-daicho/                      the bundle (itaku-daicho, daicho, _internal/)
#   /usr/bin/itaku-daicho, /usr/bin/daicho  symlinks into it
#   /usr/share/applications/itaku-daicho.desktop
#   /usr/share/metainfo/io.github.itaku_daicho.metainfo.xml
#   /usr/share/icons/hicolor/scalable/apps/itaku-daicho.svg
#
# usage: packaging/linux/build-deb.sh [DISTPATH]   (default: dist; writes DISTPATH/*.deb)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
DISTPATH=$(cd "${1:-$REPO/dist}" && pwd)
BUNDLE="$DISTPATH/itaku-daicho"
[ -x "$BUNDLE/daicho" ] || { echo "build-deb.sh: no bundle at $BUNDLE (run packaging/pyinstaller/build.sh)" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$REPO/desktop/__init__.py")
arch=$(dpkg --print-architecture)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$REPO" log -1 --format=%ct 2>/dev/null || echo 0)}

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/DEBIAN"
cp -a "$BUNDLE" "$root/opt/itaku-daicho"
ln -s /opt/itaku-daicho/itaku-daicho "$root/usr/bin/itaku-daicho"
ln -s /opt/itaku-daicho/daicho "$root/usr/bin/daicho"
install -m 644 "$REPO/packaging/linux/itaku-daicho.desktop" "$root/usr/share/applications/"
install -m 644 "$REPO/packaging/linux/io.github.itaku_daicho.metainfo.xml" "$root/usr/share/metainfo/"
install -m 644 "$REPO/resources/icons/itaku-daicho.svg" "$root/usr/share/icons/hicolor/scalable/apps/"
size=$(du -sk "$root/opt" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: itaku-daicho
Version: $version
Architecture: $arch
Maintainer: Itaku Daicho <noreply@invalid>
Installed-Size: $size
Depends: libc6, libegl1, libgl1, libglib2.0-0, libdbus-1-3, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-randr0, libxcb-render-util0, libxcb-image0, libxcb-xinerama0, fonts-ipaexfont-mincho
Section: utils
Priority: optional
Description: 委託セキュリティ台帳 — encrypted compliance registers
 Registers, permission requests and submittals for contractors of Ishikawa
 Prefecture, kept in an encrypted vault. GUI: itaku-daicho; command line: daicho.
CONTROL
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
deb="$DISTPATH/itaku-daicho_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
# what the package must hold, checked in the file itself
listing=$(dpkg-deb -c "$deb")
for want in ./opt/itaku-daicho/daicho ./opt/itaku-daicho/itaku-daicho ./usr/bin/daicho ./usr/bin/itaku-daicho \
    ./usr/share/applications/itaku-daicho.desktop ./usr/share/metainfo/io.github.itaku_daicho.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/itaku-daicho.svg; do
  grep -q " $want\( \|$\)" <<<"$listing" || { echo "build-deb.sh: $want missing from $deb" >&2; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$REPO/packaging/linux/itaku-daicho.desktop"
fi
dpkg-deb --info "$deb" | sed -n '/Package:/,/Depends:/p'
ls -l "$deb"
