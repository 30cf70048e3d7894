#!/bin/sh
# Installs the unpacked Linux bundle for the current user: the app in ~/.local/opt/desktop-crm,
# the command in ~/.local/bin, the menu entry, icons and AppStream data in ~/.local/share.
# Run from the unpacked folder: ./install.sh   (no root, no Python needed)
#
# Over an older version, the new build replaces the old folder whole (no stale libraries left
# behind). The rep's data is not in it: it stays in ~/.local/share/desktop-crm, and the new
# version migrates it on its first start, after a backup in the profile's backups/ folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/desktop-crm
if [ "$here" = "$opt" ]; then
    echo "install.sh: run it from the unpacked download, not from $opt" >&2
    exit 1
fi
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$prefix/applications" "$prefix/metainfo" "$prefix/icons"
rm -rf "$opt.new" "$opt.old"
mkdir "$opt.new"
cp -a "$here"/. "$opt.new"/
if [ -e "$opt" ]; then mv "$opt" "$opt.old"; fi
mv "$opt.new" "$opt"
rm -rf "$opt.old"
ln -sf "$opt/desktop-crm" "$HOME/.local/bin/desktop-crm"
# The menu entry starts this copy, whether or not ~/.local/bin is on the desktop's PATH.
for entry in "$here/share/applications/"*.desktop; do
    sed "s|^Exec=desktop-crm|Exec=$opt/desktop-crm|" "$entry" >"$prefix/applications/$(basename "$entry")"
done
cp "$here/share/metainfo/"*.xml "$prefix/metainfo/"
cp -a "$here/share/icons/hicolor" "$prefix/icons/"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
echo "installed: run desktop-crm, or find Desktop CRM in the applications menu"
