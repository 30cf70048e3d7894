#!/bin/sh
# Installs the unpacked Linux bundle for the current user: the app in ~/.local/opt/desktop-crm,
# the command in ~/.local/bin, the menu entry, icons and AppStream data in ~/.local/share.
# Run from the unpacked folder: ./install.sh   (no root, no Python needed)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/desktop-crm
mkdir -p "$opt" "$HOME/.local/bin" "$prefix/applications" "$prefix/metainfo" "$prefix/icons"
cp -a "$here"/. "$opt"/
ln -sf "$opt/desktop-crm" "$HOME/.local/bin/desktop-crm"
cp "$here/share/applications/"*.desktop "$prefix/applications/"
cp "$here/share/metainfo/"*.xml "$prefix/metainfo/"
cp -a "$here/share/icons/hicolor" "$prefix/icons/"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
echo "installed: run desktop-crm, or find Desktop CRM in the applications menu"
