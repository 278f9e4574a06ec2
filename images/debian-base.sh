#!/usr/bin/env bash
# Makes a Debian bookworm image with Python 3.11, for hosts that cannot pull
# python:3.11-slim: debootstrap a minimal root file system, drop what a container
# never reads (apt lists and caches, docs, man pages, translations), import it.
#   usage: images/debian-base.sh IMAGE [MIRROR]
set -euo pipefail
image=${1:?usage: images/debian-base.sh IMAGE [MIRROR]}
# The mirror is the argument, or the one this host's apt already uses (deb822 .sources
# first, then the one-line format): a build never reaches a host that nobody configured.
apt_mirror() {
  { awk '/^URIs:/ {print $2}' /etc/apt/sources.list.d/*.sources 2>/dev/null
    awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }' \
      /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null
  } | grep -v -i security | head -1 || true
}
mirror=${2:-$(apt_mirror)}
if [ -z "$mirror" ]; then
  echo "images/debian-base.sh: no Debian mirror: apt's sources name none; pass one: $0 $image http://MIRROR/debian" >&2
  exit 2
fi
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
rootfs=$(mktemp -d)
trap '$sudo rm -rf "$rootfs"' EXIT
$sudo debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates,libgomp1 \
  bookworm "$rootfs" "$mirror" >/tmp/mlgate-debootstrap.log 2>&1 \
  || { tail -20 /tmp/mlgate-debootstrap.log; exit 1; }
$sudo sh -c "cd '$rootfs' && rm -rf var/lib/apt/lists/* var/cache/apt/* var/log/* \
  usr/share/doc/* usr/share/man/* usr/share/info/* usr/share/locale/*"
$sudo tar -C "$rootfs" -c . | $sudo docker import - "$image" >/dev/null
echo "$image: $($sudo docker image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}')"
