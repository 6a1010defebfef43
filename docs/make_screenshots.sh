#!/usr/bin/env bash
# Render the user guide's screenshots (docs/img/*.png) from fresh demo data, headless.
#   bash docs/make_screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
LAGESBILD=${LAGESBILD:-.venv/bin/lagesbild}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The store path shows in the status bar; give it a name a reader recognises.
db="$work/Lagesbild/lagesbild.db"
mkdir -p "$(dirname "$db")" docs/img
"$LAGESBILD" --db "$db" demo >/dev/null
for view in dashboard assessment actions review benchmarks settings presentation; do
  QT_QPA_PLATFORM=offscreen "$LAGESBILD" --db "$db" --screenshot "docs/img/$view.png" --view "$view" >/dev/null
done
ls -1 docs/img
