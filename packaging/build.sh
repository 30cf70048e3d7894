#!/usr/bin/env bash
# Builds the one-folder Linux bundle in dist/desktop-crm (and a tarball of it), then checks it
# starts: --version, and a demo profile opened offscreen from a clean directory with no Python
# on PATH; then installs it over an older build with an older profile. Usage: packaging/build.sh
# (after the README's setup: it uses .venv, or $VENV). tests/packaging/test_bundle.py runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
if [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
    echo "build: the bundle carries WenQuanYi Micro Hei for Chinese: apt-get install fonts-wqy-microhei" >&2
    exit 1
fi
[ -x "$VENV/bin/pyinstaller" ] || "$VENV/bin/pip" install -q -e '.[packaging]'
"$VENV/bin/pyside6-lrelease" -silent resources/translations/*.ts
rm -rf build/pyinstaller dist/desktop-crm
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist \
    packaging/desktop-crm.spec
# Qt's X11 plugin loads libraries PyInstaller takes from this machine: without them here, the
# bundle would open no window on a rep's X11 desktop that lacks them too.
internal=dist/desktop-crm/_internal
missing=$(LD_LIBRARY_PATH="$internal" ldd "$internal/PySide6/Qt/plugins/platforms/libqxcb.so" | grep "not found" || true)
if [ -n "$missing" ]; then
    echo "build: Qt's X11 plugin needs libraries this machine lacks, so the bundle would lack them too:" >&2
    echo "$missing" >&2
    echo "build: apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" >&2
    exit 1
fi

# Desktop integration inside the bundle: menu entry, AppStream data, icons, the installer.
share=dist/desktop-crm/share
mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
cp packaging/linux/*.desktop "$share/applications/"
cp packaging/linux/*.metainfo.xml "$share/metainfo/"
"$VENV/bin/python" packaging/icons.py "$share/icons"
cp packaging/linux/install.sh dist/desktop-crm/
if command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null; then
    desktop-file-validate "$share"/applications/*.desktop
    appstreamcli validate --no-net "$share"/metainfo/*.xml
    echo "validated: the desktop entry and the AppStream metainfo"
else
    echo "not validated: the desktop entry and the AppStream metainfo (install desktop-file-utils and appstream)"
fi
version=$("$VENV/bin/python" -c 'import desktop_crm; print(desktop_crm.__version__)')
tar -C dist -czf "dist/desktop-crm-$version-linux-x86_64.tar.gz" desktop-crm

# The smoke test: a clean directory, no Python environment on PATH.
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
clean_path=/usr/bin:/bin
env -i HOME="$smoke" PATH="$clean_path" dist/desktop-crm/desktop-crm --version
env -i HOME="$smoke" PATH="$clean_path" dist/desktop-crm/desktop-crm --profile "$smoke/p" demo --customers 50
env -i HOME="$smoke" PATH="$clean_path" QT_QPA_PLATFORM=offscreen DESKTOP_CRM_SMOKE_EXIT=1 \
    dist/desktop-crm/desktop-crm --profile "$smoke/p"
if command -v xvfb-run >/dev/null; then  # a real X11 window, as on a rep's desktop
    env -i HOME="$smoke" PATH="$clean_path" DESKTOP_CRM_SMOKE_EXIT=1 \
        xvfb-run -a dist/desktop-crm/desktop-crm --profile "$smoke/p" | sed 's/^window shown/X11: window shown/'
else
    echo "not started on X11 (install xvfb)"
fi
env -i HOME="$smoke" PATH="$clean_path" dist/desktop-crm/desktop-crm --profile "$smoke/p" \
    report week "$(date +%F)" --out "$smoke/week.pdf" --language zh  # reportlab, fonts, the dashboard
env -i HOME="$smoke" PATH="$clean_path" dist/desktop-crm/desktop-crm --profile "$smoke/p" export "$smoke/c.xlsx"
if command -v pdffonts >/dev/null; then  # the bundled CJK font is embedded (poppler-utils)
    pdffonts "$smoke/week.pdf" | grep -Eq "WenQuanYi.* TrueType .* yes" || { echo "build: no embedded CJK font" >&2; exit 1; }
    echo "checked: the Chinese report embeds the bundled font"
else
    echo "not checked: the report's font embedding (install poppler-utils)"
fi

# An upgrade: this build installed over an older one, whose profile (schema 0003, with changes it
# never sent) sits in the platform's data folder. The old folder goes whole; the profile migrates.
home="$smoke/upgrade"
mkdir -p "$home/.local/opt/desktop-crm" "$home/.local/share/desktop-crm/default"
touch "$home/.local/opt/desktop-crm/left-by-the-older-build"
gzip -dc tests/data/profiles/crm-0003.sqlite.gz >"$home/.local/share/desktop-crm/default/crm.sqlite"
env -i HOME="$home" PATH="$clean_path" dist/desktop-crm/install.sh
test ! -e "$home/.local/opt/desktop-crm/left-by-the-older-build"
env -i HOME="$home" PATH="$clean_path" "$home/.local/bin/desktop-crm" search bjhl | grep -q 北京华联商贸有限公司
env -i HOME="$home" PATH="$clean_path" QT_QPA_PLATFORM=offscreen DESKTOP_CRM_SMOKE_EXIT=1 \
    "$home/.local/bin/desktop-crm" | grep -q "12 customers listed"
ls "$home/.local/share/desktop-crm/default/backups/"crm-0003-*.sqlite >/dev/null
grep -q "^Exec=$home/.local/opt/desktop-crm/desktop-crm" "$home/.local/share/applications/"*.desktop
echo "upgrade: installed over an older build; its profile migrated with its 12 customers"

echo "built dist/desktop-crm and dist/desktop-crm-$version-linux-x86_64.tar.gz"
