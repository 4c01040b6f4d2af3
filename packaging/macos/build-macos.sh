#!/usr/bin/env bash
# macOS: build "Itaku Daicho.app" with the same spec, sign it (hardened runtime), notarise,
# staple, and wrap it in a .dmg. UNTESTED here (written and reviewed on Linux); run it on a
# Mac with Xcode command-line tools, CPython 3.11 (python.org universal2 or Homebrew) and a
# "Developer ID Application" certificate in the login keychain.
#
# usage: packaging/macos/build-macos.sh
# env:   DAICHO_CODESIGN_IDENTITY  e.g. "Developer ID Application: Example K.K. (TEAMID1234)"
#                                  (unset: an unsigned, un-notarised build for local testing)
#        NOTARY_PROFILE            keychain profile made once with
#                                  xcrun notarytool store-credentials NOTARY_PROFILE \
#                                    --apple-id … --team-id … --password <app-specific password>
#                                  (unset: sign only, skip notarisation)
#        PYTHON, PKGVENV, DISTPATH, WORKPATH, SOURCE_DATE_EPOCH  as in packaging/pyinstaller/build.sh
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
cd "$REPO"
DISTPATH=${DISTPATH:-$REPO/dist}
export DISTPATH

# 1–4: venv from the pins, translations, PyInstaller (the spec's BUNDLE step makes the .app),
# smoke test, tarball of the plain folder. The spec signs every binary and the bundle with
# DAICHO_CODESIGN_IDENTITY + entitlements, with the hardened runtime, when the identity is set.
if [ -n "${DAICHO_CODESIGN_IDENTITY:-}" ]; then
  export DAICHO_ENTITLEMENTS=${DAICHO_ENTITLEMENTS:-$REPO/packaging/macos/entitlements.plist}
fi
packaging/pyinstaller/build.sh

APP="$DISTPATH/Itaku Daicho.app"
VERSION=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")
"$APP/Contents/MacOS/daicho" --help >/dev/null

if [ -z "${DAICHO_CODESIGN_IDENTITY:-}" ]; then
  echo "unsigned build: $APP (Gatekeeper will refuse it on other Macs)"
  exit 0
fi

# 5. check the signature PyInstaller applied (every Mach-O inside, then the bundle)
codesign --verify --deep --strict --verbose=2 "$APP"
codesign --display --verbose=2 "$APP" 2>&1 | grep -E 'Authority|TeamIdentifier|flags'

# 6. disk image, signed
DMG="$DISTPATH/itaku-daicho-$VERSION-macos-$(uname -m).dmg"
rm -f "$DMG"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$APP" "$staging/Itaku Daicho.app"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Itaku Daicho $VERSION" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$DMG"
codesign --sign "$DAICHO_CODESIGN_IDENTITY" --timestamp "$DMG"

# 7. notarise and staple (the ticket goes on the .dmg and on the .app inside dist/)
if [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
  xcrun stapler staple "$APP"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
  spctl --assess --type execute --verbose=2 "$APP"
else
  echo "NOTARY_PROFILE unset: signed but not notarised"
fi
ls -l "$DMG"
