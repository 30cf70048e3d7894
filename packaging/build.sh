#!/usr/bin/env bash
# Builds the one-folder Linux bundle in dist/desktop-crm (and a tarball of it), then checks it
# starts: --version, and a demo profile opened offscreen from a clean directory with no Python
# on PATH. Usage: packaging/build.sh   (after the README's setup: it uses .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
"$VENV/bin/pip" install -q 'pyinstaller>=6.10'
"$VENV/bin/pyside6-lrelease" -silent resources/translations/*.ts
rm -rf build/pyinstaller dist/desktop-crm
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist \
    packaging/desktop-crm.spec
# Desktop integration inside the bundle: menu entry, AppStream data, icons, the installer.
share=dist/desktop-crm/share
mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
cp packaging/linux/*.desktop "$share/applications/"
cp packaging/linux/*.metainfo.xml "$share/metainfo/"
"$VENV/bin/python" packaging/icons.py "$share/icons"
cp packaging/linux/install.sh dist/desktop-crm/
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$share"/applications/*.desktop; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net "$share"/metainfo/*.xml; fi
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
env -i HOME="$smoke" PATH="$clean_path" dist/desktop-crm/desktop-crm --profile "$smoke/p" \
    report week "$(date +%F)" --out "$smoke/week.pdf" --language zh  # reportlab, fonts, the dashboard
env -i HOME="$smoke" PATH="$clean_path" dist/desktop-crm/desktop-crm --profile "$smoke/p" export "$smoke/c.xlsx"
echo "built dist/desktop-crm and dist/desktop-crm-$version-linux-x86_64.tar.gz"
