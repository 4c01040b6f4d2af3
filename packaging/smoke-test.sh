#!/usr/bin/env bash
# Smoke test of an installed or frozen app, outside the checkout, in a scratch home:
#   daicho --version, init, verify, a register import, a submittal render, backup export and
#   verify; the user manual (F1) is in a frozen bundle's data folder; then the GUI (if given)
#   shows its first-run wizard offscreen.
# usage: packaging/smoke-test.sh PATH/TO/daicho [PATH/TO/itaku-daicho]
set -euo pipefail
abspath() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
DAICHO=$(abspath "$1")
GUI=${2:+$(abspath "$2")}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
export DAICHO_HOME="$scratch/home"
unset DAICHO_VAULT DAICHO_RESOURCES PYTHONPATH
pw='Kanazawa-Castle-2026!'
vault="$scratch/office/daicho.vault"
auth=(--vault "$vault" --user admin --password-stdin)

"$DAICHO" --version
key=$(printf '%s\n' "$pw" | "$DAICHO" --vault "$vault" init --office-name 'スモークテスト株式会社' \
  --admin admin --no-terminal-binding 2>/dev/null)
[ ${#key} -ge 32 ] || { echo "smoke-test: init printed no recovery key" >&2; exit 1; }
printf '%s\n' "$pw" | "$DAICHO" "${auth[@]}" verify >/dev/null
printf '氏名,所属\n佐藤 花子,総務部\n' > staff.csv
printf '%s\n' "$pw" | "$DAICHO" "${auth[@]}" import staff staff.csv | grep -q '1件を取り込みました'
printf '%s\n' "$pw" | "$DAICHO" "${auth[@]}" submittal render staff-roster --as-of 2026-04-01 \
  --out roster.pdf 2>/dev/null >/dev/null
head -c 5 roster.pdf | grep -q '%PDF-'
printf '%s\n%s\n' "$pw" 'Noto-Peninsula-Wind-2026' | "$DAICHO" "${auth[@]}" backup export backup.daicho-backup \
  >/dev/null 2>&1
printf '%s\n' 'Noto-Peninsula-Wind-2026' | "$DAICHO" backup verify backup.daicho-backup >/dev/null
echo "smoke-test: CLI init, verify, import, render, backup export/verify: ok"

# a frozen one-folder bundle keeps its data in _internal/ (sys._MEIPASS): the manual must be there
internal="$(dirname "$DAICHO")/_internal"
if [ -d "$internal" ]; then
  pages=$(find "$internal/docs/manual" -maxdepth 1 -name '*.md' 2>/dev/null | wc -l)
  [ "$pages" -ge 9 ] && grep -q '定期バックアップ' "$internal/docs/manual/backup.md" \
    || { echo "smoke-test: the bundle lacks the user manual ($internal/docs/manual: $pages pages)" >&2; exit 1; }
  echo "smoke-test: user manual bundled ($pages pages)"
fi

if [ -n "$GUI" ]; then
  out=$(QT_QPA_PLATFORM=offscreen "$GUI" --vault "$scratch/none.vault" --bench-startup 2>/dev/null)
  case "$out" in
    *"first-run wizard shown"*) echo "smoke-test: GUI $out" ;;
    *) echo "smoke-test: the GUI did not show the first-run wizard: $out" >&2; exit 1 ;;
  esac
fi
