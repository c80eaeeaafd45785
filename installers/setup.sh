#!/usr/bin/env bash
# Set up safeguard-desktop on Debian bookworm (or a close relative) and either
# open the demo workspace or run the test suite.
#
#   bash installers/setup.sh run            install, build a demo workspace, open it
#   bash installers/setup.sh test [ARGS]    install, run the whole test suite offscreen
#                                           (ARGS go to pytest; its exit code is ours)
#
# Needs Python 3.11+ (python3.11 or python3 on PATH, pyenv is fine) and, for
# missing system packages, root or sudo. Running it again is fast: packages
# already present are skipped, and pip is skipped while pyproject.toml and setup.py are
# unchanged.
#
# Environment: DEMO=path of the demo workspace
#              (default $HOME/Documents/safeguard-demo.sqlite).
set -euo pipefail

# --- System packages (Debian names) -----------------------------------------
# Qt's offscreen platform (tests, `shot`) and the libraries the app loads.
QT_OFFSCREEN_PACKAGES="libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 fonts-dejavu-core"
# A real X window, on a desktop or under Xvfb.
XVFB_PACKAGES="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
# Only for `test`: PDF checks, headless LibreOffice to open exported xlsx
# and docx (Welsh Word papers are converted and read back), objdump for
# PyInstaller, a C compiler for the power-cut recorder
# (tests/reliability/cutshim.c, built at test time), PostgreSQL's server
# programs (tests/postgres/ start their own server in a temporary folder).
TEST_PACKAGES="poppler-utils libreoffice-calc libreoffice-writer xvfb xauth fonts-dejavu-core binutils gcc libc6-dev postgresql"
# Added to either list when `python -m venv` does not work (Debian's python3).
VENV_PACKAGE="python3-venv"
# Added for `test` when the venv's Python is Debian's own and its shared library
# (libpython3.X.so.1.0, which PyInstaller copies into the bundle) is missing:
# Debian ships it apart, in libpython3.X.
LIBPYTHON_PACKAGE=""

say() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
    cat >&2 <<'EOF'
Usage: bash installers/setup.sh run
       bash installers/setup.sh test [pytest arguments]
EOF
    exit 2
}

[ $# -ge 1 ] || usage
MODE=$1
shift
case "$MODE" in
    run|test) ;;
    -h|--help|help) usage ;;
    *) printf 'Unknown command: %s\n' "$MODE" >&2; usage ;;
esac

# A relative DEMO path means relative to where the script was started.
if [ -n "${DEMO:-}" ] && [ "${DEMO#/}" = "$DEMO" ]; then
    DEMO="$PWD/$DEMO"
fi
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
VENV="$REPO/.venv"

# --- Python ------------------------------------------------------------------
python_ok() {  # usable interpreter of a supported version?
    "$1" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 14) else 1)' >/dev/null 2>&1
}

venv_ok() {  # an existing, working virtual environment?
    [ -x "$VENV/bin/python" ] && python_ok "$VENV/bin/python" && "$VENV/bin/python" -m pip --version >/dev/null 2>&1
}

PY=""
for candidate in python3.11 python3 python3.12 python3.13; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
        PY=$(command -v "$candidate")
        break
    fi
done

can_make_venv() {  # does `$PY -m venv` produce a venv with pip? (Debian splits it out)
    local tmp rc=0
    tmp=$(mktemp -d)
    "$PY" -m venv "$tmp/v" >/dev/null 2>&1 && "$tmp/v/bin/python" -m pip --version >/dev/null 2>&1 || rc=1
    rm -rf "$tmp"
    return $rc
}

NEED_VENV_PACKAGE=0
if ! venv_ok; then
    [ -n "$PY" ] || die "Python 3.11 or newer not found (tried python3.11, python3). Install it, e.g. 'sudo apt-get install python3 python3-venv', then run this again."
    if ! can_make_venv; then
        NEED_VENV_PACKAGE=1
    fi
fi

# --- System packages -----------------------------------------------------------
if [ "$MODE" = test ]; then
    WANTED="$QT_OFFSCREEN_PACKAGES $XVFB_PACKAGES $TEST_PACKAGES"
else
    WANTED="$QT_OFFSCREEN_PACKAGES $XVFB_PACKAGES"
fi
if [ "$NEED_VENV_PACKAGE" = 1 ]; then
    WANTED="$WANTED $VENV_PACKAGE"
fi
libpython_package() {  # the Debian package holding $1's missing shared library, or nothing
    "$1" - <<'PYEOF' 2>/dev/null || true
import os, sys, sysconfig
name, libdir = sysconfig.get_config_var("INSTSONAME"), sysconfig.get_config_var("LIBDIR")
if sys.base_prefix == "/usr" and name and libdir and not os.path.exists(os.path.join(libdir, name)):
    print(f"libpython{sys.version_info[0]}.{sys.version_info[1]}")
PYEOF
}
if [ "$MODE" = test ]; then
    if venv_ok; then LIBPYTHON_PACKAGE=$(libpython_package "$VENV/bin/python"); else LIBPYTHON_PACKAGE=$(libpython_package "$PY"); fi
    WANTED="$WANTED $LIBPYTHON_PACKAGE"
fi

installed() {
    dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'
}

install_system_packages() {
    local missing="" pkg sudo=""
    if ! command -v dpkg >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        warn "no dpkg/apt-get here: not a Debian system. Make sure the equivalents of these are installed: $WANTED"
        return 0
    fi
    for pkg in $WANTED; do
        case " $missing " in *" $pkg "*) continue ;; esac
        installed "$pkg" || missing="$missing $pkg"
    done
    missing=${missing# }
    if [ -z "$missing" ]; then
        say "System packages: all present."
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
            sudo="sudo"
        else
            warn "these system packages are missing and I cannot install them (not root, no usable sudo):"
            warn "    $missing"
            warn "Install them as root with:"
            warn "    apt-get update && apt-get install -y --no-install-recommends $missing"
            warn "Continuing without them."
            return 0
        fi
    fi
    say "Installing system packages: $missing"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086
    if ! { $sudo apt-get update -q </dev/null &&
           $sudo apt-get install -y -q --no-install-recommends $missing </dev/null; }; then
        warn "apt-get failed; these may still be missing: $missing"
        warn "Continuing; whatever needs them will fail with its own message."
    fi
}
install_system_packages

# --- Virtual environment and Python packages ----------------------------------
if ! venv_ok; then
    [ -n "$PY" ] || die "Python 3.11 or newer not found."
    say "Creating the virtual environment in $VENV (with $PY)"
    "$PY" -m venv --clear "$VENV" ||
        die "'$PY -m venv' failed. On Debian: apt-get install python3-venv (as root), then run this again."
fi

STAMP="$VENV/.installed-$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)"
if [ -f "$STAMP" ]; then
    say "Python packages: up to date."
else
    say "Installing Python packages into .venv (a minute or two the first time)"
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test]"
    rm -f "$VENV"/.installed-*
    touch "$STAMP"
fi

# The window's Welsh (docs/WELSH.md): compiled whenever the catalogue is newer.
CATALOGUE=ui/translations/safeguard_cy
if [ ! -f "$CATALOGUE.qm" ] || [ "$CATALOGUE.ts" -nt "$CATALOGUE.qm" ]; then
    say "Compiling the Welsh catalogue"
    "$VENV/bin/pyside6-lrelease" -silent "$CATALOGUE.ts" -qm "$CATALOGUE.qm" ||
        warn "the Welsh catalogue did not compile: the window compiles it at first start instead."
fi

# --- run -------------------------------------------------------------------------
if [ "$MODE" = run ]; then
    DEMO=${DEMO:-$HOME/Documents/safeguard-demo.sqlite}
    if [ -e "$DEMO" ]; then
        say "Demo workspace: $DEMO (already there; delete it to build a fresh one)"
    else
        say "Building the demo workspace: $DEMO"
        mkdir -p "$(dirname "$DEMO")"
        "$VENV/bin/safeguard-desktop" demo "$DEMO"
    fi
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        say "Opening the app"
        exec "$VENV/bin/safeguard-desktop" open "$DEMO"
    fi
    echo
    echo "There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the app window cannot open."
    echo "Taking a screenshot of the plans page instead:"
    echo "    .venv/bin/safeguard-desktop shot \"$DEMO\" demo.png --page plans"
    QT_QPA_PLATFORM=offscreen "$VENV/bin/safeguard-desktop" shot "$DEMO" demo.png --page plans
    echo
    echo "Screenshot saved: $REPO/demo.png"
    echo
    echo "To use the real window on a virtual display (Xvfb), run from $REPO:"
    echo "    xvfb-run -a .venv/bin/safeguard-desktop open \"$DEMO\""
    echo "or, in a desktop session:"
    echo "    .venv/bin/safeguard-desktop open \"$DEMO\""
    exit 0
fi

# --- test ------------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
say "Running the test suite: pytest -n 2 --dist loadgroup $*"
exec "$VENV/bin/python" -m pytest -n 2 --dist loadgroup -p no:cacheprovider "$@"
