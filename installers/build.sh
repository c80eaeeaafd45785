#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller.
#
#   bash installers/build.sh
#
# OUT (default build/installer) receives dist/safeguard-desktop/ (the bundle)
# and build/ (PyInstaller's work files). Run `bash installers/setup.sh test`
# once first: it installs PyInstaller into .venv.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
OUT=${OUT:-build/installer}
PYINSTALLER=${PYINSTALLER:-.venv/bin/pyinstaller}

if [ ! -x "$PYINSTALLER" ]; then
    echo "ERROR: $PYINSTALLER not found. Run 'bash installers/setup.sh test' first (it installs PyInstaller)." >&2
    exit 1
fi

"$PYINSTALLER" --noconfirm --clean --distpath "$OUT/dist" --workpath "$OUT/build" installers/safeguard-desktop.spec

BUNDLE=$(cd "$OUT/dist/safeguard-desktop" && pwd)
echo
echo "Bundle: $BUNDLE"
echo "Run it: $BUNDLE/safeguard-desktop"
echo "Size:   $(du -sh "$BUNDLE" | cut -f1)"
