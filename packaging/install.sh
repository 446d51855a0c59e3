#!/bin/sh
# Adds Diaspora Events to this user's application menu (no administrator rights needed).
# Run it from the unpacked folder; run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
cp "$here/diaspora-events.svg" "$icons/diaspora-events.svg"
sed "s|^Exec=diaspora-events|Exec=\"$here/diaspora-events\"|" "$here/diaspora-events.desktop" \
    > "$apps/diaspora-events.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Diaspora Events is in your applications menu. Its data stays in your home folder."
