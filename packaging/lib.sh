# Shared by build.sh and smoke.sh: a Debian bookworm chroot with 32- and 64-bit wine, made once and cached.
#
# Why a chroot: Inno Setup's compiler, setup.exe and the uninstaller are 32-bit programs, so wine32 is
# needed, and on this kind of machine the host's i386 security index is stale (apt refuses it). The
# chroot uses only bookworm + bookworm-updates, whose amd64 and i386 versions match.
# shellcheck shell=bash

CACHE=${KASBUKU_CACHE:-/var/tmp/kasbuku-dist}   # outside any clone: a fresh CI clone reuses it
ROOT=$CACHE/chroot                               # the chroot; our files live under $ROOT/k (= /k inside)
K=$ROOT/k
MIRROR=${KASBUKU_DEBIAN_MIRROR:-http://deb.debian.org/debian}
CHROOT_PKGS="wine wine32:i386 wine64 libwine libwine:i386 xvfb xauth x11-utils imagemagick
  fonts-dejavu-core procps file unzip ca-certificates gcc-mingw-w64-x86-64-win32"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
# Exit code 75 (EX_TEMPFAIL) means: a tool could not be fetched from a registry or mirror, which is outside
# the repo's control. .ci/run reports that loudly and does not fail on it; any other failure fails CI.
EX_INFRA=75
infra() { log "INFRA (outside the repo): $*"; exit $EX_INFRA; }

# Run FN once: a marker file under $CACHE/done records success, so a rerun skips finished steps.
once() {
  local name=$1; shift
  [ -e "$CACHE/done/$name" ] && return 0
  "$@"
  mkdir -p "$CACHE/done" && touch "$CACHE/done/$name"
}

host_apt() {   # host_apt PKG... : install Debian packages on the host when missing
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install (host): ${missing[*]}"
  apt-get update -qq || true     # an index the mirror serves stale must not stop us (see docs/installer.md)
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || infra "apt-get install ${missing[*]} failed on the host"
}

_make_chroot() {
  host_apt debootstrap
  log "debootstrap bookworm -> $ROOT (about a minute)"
  rm -rf "$ROOT"
  debootstrap --variant=minbase --arch=amd64 bookworm "$ROOT" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
    || infra "debootstrap failed, see $CACHE/debootstrap.log"
}

_chroot_wine() {
  log "wine 8 (32+64 bit), Xvfb, mingw in the chroot (about two minutes)"
  printf 'deb %s bookworm main\ndeb %s bookworm-updates main\n' "$MIRROR" "$MIRROR" >"$ROOT/etc/apt/sources.list"
  in_chroot sh -c "dpkg --add-architecture i386 && apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(echo $CHROOT_PKGS) >/k/apt.log 2>&1 \
    && apt-get clean" || infra "wine install in chroot failed, see $K/apt.log"
}

ensure_chroot() {
  mkdir -p "$CACHE"
  once chroot _make_chroot
  mount_chroot
  once chroot-wine _chroot_wine
}

mount_chroot() {
  mkdir -p "$K"
  mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
  mountpoint -q "$ROOT/sys" || mount --bind /sys "$ROOT/sys"
  mountpoint -q "$ROOT/dev" || mount --bind /dev "$ROOT/dev"
  mountpoint -q "$ROOT/dev/pts" || mount --bind /dev/pts "$ROOT/dev/pts"
  mountpoint -q "$ROOT/dev/shm" || mount -t tmpfs tmpfs "$ROOT/dev/shm"
  cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
}

umount_chroot() {
  for m in dev/shm dev/pts dev sys proc; do
    mountpoint -q "$ROOT/$m" && umount -l "$ROOT/$m"
  done
  return 0
}

# in_chroot CMD... : run a command inside the chroot with wine's environment.
in_chroot() {
  chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 WINEDEBUG=-all WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}" \
    WINEPREFIX="${WINEPREFIX:-/root/wp-build}" DISPLAY="${DISPLAY_IN:-}" "$@" 9>&-   # 9: the lock, not for wine
}

# A wine prefix (made once per name), set to Windows 10: Inno's silent setup fails under wine's default
# Windows 7 with "Error reading FPreparingMemo.Lines.Strings".
ensure_prefix() {   # ensure_prefix /root/wp-NAME
  [ -e "$ROOT$1/system.reg" ] && return 0
  log "wineboot $1"
  WINEPREFIX=$1 in_chroot sh -c 'wineboot --init >/dev/null 2>&1; wineserver -w; winecfg -v win10 >/dev/null 2>&1; wineserver -w'
}

# Serialise build and smoke runs on one machine (they share the chroot and its mounts).
take_lock() {
  mkdir -p "$CACHE"
  exec 9>"$CACHE/lock"
  flock -w 3600 9 || die "another kasbuku packaging run holds $CACHE/lock"
}

# The installer script and what it takes from the repo (messages, icon), copied to /k/src for ISCC.
stage_iss() {
  mkdir -p "$K/src/packaging" "$K/src/resources/icons"
  cp "$REPO/installer.iss" "$K/src/" && cp "$REPO/packaging/Indonesian.isl" "$K/src/packaging/"
  cp "$REPO/resources/icons/kasbuku.ico" "$K/src/resources/icons/"
}
