#!/usr/bin/env bash
# Builds dist/Desktop CRM.app and dist/desktop-crm-VERSION-macos-ARCH.dmg on a Mac (macOS 11 or
# later, Xcode's command line tools for iconutil and codesign), then checks the app starts.
# Usage: packaging/macos/build.sh   (after the README's setup: it uses .venv, Python 3.11+)
# The app is for the Mac's own architecture (arm64 or x86_64); it is signed ad hoc only, not
# notarised: see packaging/macos/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=.venv
APP="dist/Desktop CRM.app"
"$VENV/bin/pip" install -q 'pyinstaller>=6.10'
"$VENV/bin/pyside6-lrelease" -silent resources/translations/*.ts
version=$("$VENV/bin/python" -c 'import desktop_crm; print(desktop_crm.__version__)')

# The icon: Qt draws resources/icons/app.svg at each size, iconutil packs them into the .icns the
# spec puts in Contents/Resources.
rm -rf build/icons
"$VENV/bin/python" packaging/icons.py build/icons
"$VENV/bin/python" packaging/macos/iconset.py build/icons build/icons/desktop-crm.iconset
iconutil --convert icns --output build/icons/desktop-crm.icns build/icons/desktop-crm.iconset

# The bundle: the same spec as Linux and Windows; on macOS it adds the BUNDLE step.
rm -rf build/pyinstaller dist/desktop-crm "$APP"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist \
    packaging/desktop-crm.spec
plutil -lint "$APP/Contents/Info.plist" "$APP/Contents/Resources/zh-Hans.lproj/InfoPlist.strings"

# PyInstaller signs the app ad hoc already (Apple silicon runs nothing unsigned); signing again
# after any change to the bundle keeps the signature valid. Ad hoc only: no identity, no
# notarisation, so Gatekeeper asks on first start (README).
codesign --force --deep --sign - "$APP"
codesign --verify --deep --strict "$APP"

# The smoke test: a clean HOME, no Python environment on PATH.
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
exe="$APP/Contents/MacOS/desktop-crm"
clean_path=/usr/bin:/bin
env -i HOME="$smoke" PATH="$clean_path" "$exe" --version
env -i HOME="$smoke" PATH="$clean_path" "$exe" --profile "$smoke/p" demo --customers 50
env -i HOME="$smoke" PATH="$clean_path" QT_QPA_PLATFORM=offscreen DESKTOP_CRM_SMOKE_EXIT=1 \
    "$exe" --profile "$smoke/p"
env -i HOME="$smoke" PATH="$clean_path" "$exe" --profile "$smoke/p" export "$smoke/c.xlsx"

# The disk image: the app and a link to /Applications to drag it onto.
dmg="dist/desktop-crm-$version-macos-$(uname -m).dmg"
stage="$smoke/dmg"
mkdir -p "$stage"
ditto "$APP" "$stage/Desktop CRM.app"  # keeps the symbolic links and the signature
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Desktop CRM" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "built $APP and $dmg"
