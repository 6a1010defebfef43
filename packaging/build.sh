#!/usr/bin/env bash
# Build the one-folder program dist/lagesbild/ with PyInstaller and smoke-test it.
#
#   make package            (same as: bash packaging/build.sh)
#
# Steps: install PyInstaller into the venv, compile the translations, run PyInstaller with
# packaging/lagesbild.spec, then start the built program twice, headless: `demo` creates a store,
# `--screenshot` renders the dashboard to a PNG. Takes a few minutes; not part of `make test`.
# On Linux it also writes dist/lagesbild-<version>-linux-<arch>.tar.gz with the desktop file,
# AppStream metadata and icons (install with packaging/linux/install.sh inside the archive).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
if [ -x "$VENV/bin/python" ]; then
  PY="$VENV/bin/python"
elif [ -x "$VENV/Scripts/python.exe" ]; then
  PY="$VENV/Scripts/python.exe"
else
  echo "Hittar ingen virtuell miljö i $VENV – kör 'make venv' först." >&2
  exit 1
fi

echo "==> PyInstaller"
"$PY" -m pip install --quiet "pyinstaller>=6.10,<7"

echo "==> Översättningar"
"$PY" scripts/build_translations.py

echo "==> Bygger dist/lagesbild"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/lagesbild.spec

exe=dist/lagesbild/lagesbild
[ -x "$exe" ] || exe=dist/lagesbild/lagesbild.exe

echo "==> Röktest"
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
fail() { echo "Röktestet misslyckades: $*" >&2; exit 1; }
# Run one command of the built program; its output must hold no Python traceback (a page that
# fails to build is replaced by an error panel, so the exit code alone would not tell).
smoke_run() {
  "$exe" "$@" >"$smoke/out.txt" 2>&1 || { cat "$smoke/out.txt" >&2; fail "$*"; }
  cat "$smoke/out.txt"
  if grep -q "Traceback" "$smoke/out.txt"; then fail "$* skrev ett Python-fel"; fi
}
want=$("$PY" -c "from app import app_version; print(app_version())")
smoke_run --version
grep -q "$want" "$smoke/out.txt" || fail "--version visar inte $want"
smoke_run --db "$smoke/x.db" demo
for view in dashboard assessment actions review benchmarks settings presentation; do
  smoke_run --db "$smoke/x.db" --screenshot "$smoke/$view.png" --view "$view"
  head -c 8 "$smoke/$view.png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" \
    || fail "ingen PNG från --screenshot --view $view"
done
cp "$smoke/dashboard.png" "$smoke/shot.png"
# The libraries that read data files at run time: reportlab + pikepdf (PDF/A), python-docx,
# openpyxl, and the JSON export.
org="Demoköpings kommun"
for out in report.pdf report.docx; do
  smoke_run --db "$smoke/x.db" report --org "$org" --year 2026 -o "$smoke/$out"
  [ -s "$smoke/$out" ] || fail "ingen $out"
done
smoke_run --db "$smoke/x.db" actions --org "$org" -o "$smoke/actions.xlsx"
smoke_run --db "$smoke/x.db" export -o "$smoke/export.json"
smoke_run --db "$smoke/x.db" backup --list
echo "Röktest OK: $(stat -c %s "$smoke/shot.png" 2>/dev/null || wc -c <"$smoke/shot.png") byte skärmbild"

size=$(du -sh dist/lagesbild | cut -f1)
echo "==> Klart: dist/lagesbild ($size)"

if [ "$(uname -s)" = "Linux" ]; then
  name="lagesbild-${want}-linux-$(uname -m)"
  stage="build/$name"
  rm -rf "$stage"
  mkdir -p "$stage"
  cp -a dist/lagesbild "$stage/lagesbild"
  cp packaging/linux/se.lagesbild.Lagesbild.desktop packaging/linux/se.lagesbild.Lagesbild.metainfo.xml \
     packaging/linux/install.sh "$stage/"
  cp resources/icons/lagesbild.svg "$stage/se.lagesbild.Lagesbild.svg"
  tar -C build -czf "dist/$name.tar.gz" "$name"
  echo "==> Linuxarkiv: dist/$name.tar.gz"
fi
