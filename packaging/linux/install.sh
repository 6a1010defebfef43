#!/usr/bin/env bash
# Install Lägesbild for the current user from the unpacked Linux archive (no root needed):
#   ./install.sh            installs to ~/.local/opt/lagesbild and adds a menu entry
#   ./install.sh --remove   removes the program and menu entry; your data stays in
#                           ~/.local/share/Lagesbild (delete it yourself if you really want to)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/lagesbild
bin=$HOME/.local/bin
id=se.lagesbild.Lagesbild

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$opt"
  rm -f "$bin/lagesbild" "$prefix/applications/$id.desktop" "$prefix/metainfo/$id.metainfo.xml" \
        "$prefix/icons/hicolor/scalable/apps/$id.svg"
  echo "Lägesbild är avinstallerat. Dina uppgifter finns kvar i $prefix/Lagesbild."
  exit 0
fi

mkdir -p "$opt" "$bin" "$prefix/applications" "$prefix/metainfo" "$prefix/icons/hicolor/scalable/apps"
rm -rf "$opt"
cp -a "$here/lagesbild" "$opt"
ln -sf "$opt/lagesbild" "$bin/lagesbild"
sed "s|^Exec=lagesbild|Exec=$opt/lagesbild|; s|^TryExec=lagesbild|TryExec=$opt/lagesbild|" \
  "$here/$id.desktop" >"$prefix/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$prefix/metainfo/"
cp "$here/$id.svg" "$prefix/icons/hicolor/scalable/apps/$id.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
echo "Lägesbild är installerat i $opt och finns i programmenyn (Kontor)."
