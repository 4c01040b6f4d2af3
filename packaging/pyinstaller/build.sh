#!/usr/bin/env bash
# Build the one-folder bundle (GUI itaku-daicho + CLI daicho) from pinned inputs, smoke-test
# it and pack it reproducibly. Linux and macOS; Windows: see packaging/README.md.
#
# usage: packaging/pyinstaller/build.sh
# env:   PYTHON     CPython 3.11 used to create the build venv        (default: python3.11 or python3)
#        PKGVENV    build venv, created/updated from requirements/bundle.lock (default: build/pkgvenv)
#        DISTPATH   output folder                                      (default: dist)
#        WORKPATH   PyInstaller work folder                            (default: build/pyinstaller)
#        SOURCE_DATE_EPOCH   timestamps in the archive                 (default: last commit time)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
cd "$REPO"
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
PKGVENV=${PKGVENV:-$REPO/build/pkgvenv}
DISTPATH=${DISTPATH:-$REPO/dist}
WORKPATH=${WORKPATH:-$REPO/build/pyinstaller}
REQ=requirements/bundle.lock

case "$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" in
  3.11) ;;
  *) echo "build.sh: $PYTHON is not CPython 3.11 (the pins in $REQ are for 3.11)" >&2; exit 1 ;;
esac

# 1. the pinned build venv (the whole closure is listed with hashes, so --no-deps)
if [ ! -x "$PKGVENV/bin/pyinstaller" ] || [ "$REQ" -nt "$PKGVENV/.requirements-stamp" ]; then
  "$PYTHON" -m venv --clear "$PKGVENV"
  "$PKGVENV/bin/python" -m pip install -q --require-hashes --no-deps -r "$REQ"
  "$PKGVENV/bin/python" -m pip check
  touch "$PKGVENV/.requirements-stamp"
fi

# 2. translations, with the pinned lrelease (the spec refuses stale .qm files)
for ts in resources/i18n/*.ts; do
  "$PKGVENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

# 3. freeze. A fixed hash seed makes the archives inside the executables byte-identical.
export PYTHONHASHSEED=0
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
"$PKGVENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DISTPATH" --workpath "$WORKPATH" packaging/pyinstaller/itaku-daicho.spec

# 4. smoke test (packaging/smoke-test.sh): CLI init, verify, a register import, a submittal
#    render, a backup export/verify; the GUI reaches its first-run wizard without a display
BUNDLE="$DISTPATH/itaku-daicho"
packaging/smoke-test.sh "$BUNDLE/daicho" "$BUNDLE/itaku-daicho"

# 5. archive with fixed order, owners and times
version=$("$PKGVENV/bin/python" -c 'import sys; sys.path.insert(0, "."); import desktop; print(desktop.__version__)')
arch=$(uname -m)
os=$(uname -s | tr '[:upper:]' '[:lower:]')
archive="$DISTPATH/itaku-daicho-$version-$os-$arch.tar.gz"
if tar --version 2>/dev/null | grep -q GNU; then
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    -C "$DISTPATH" -cf - itaku-daicho | gzip -9n > "$archive"
else  # bsdtar (macOS): the .app, signed and notarised, is what ships there anyway
  tar -C "$DISTPATH" -czf "$archive" itaku-daicho
fi
du -sh "$BUNDLE" | sed 's/\t.*/ bundle/'
ls -l "$archive"
sha256sum "$archive" 2>/dev/null || shasum -a 256 "$archive"
