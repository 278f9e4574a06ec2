#!/usr/bin/env bash
# Makes a Debian bookworm image with Python 3.11, for hosts that cannot pull
# python:3.11-slim: debootstrap a minimal root file system, drop what a container
# never reads (apt lists and caches, docs, man pages, translations), import it.
#   usage: images/debian-base.sh IMAGE [MIRROR]
set -euo pipefail
image=${1:?usage: images/debian-base.sh IMAGE [MIRROR]}
mirror=${2:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)}
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
rootfs=$(mktemp -d)
trap '$sudo rm -rf "$rootfs"' EXIT
$sudo debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
  bookworm "$rootfs" "${mirror:-http://deb.debian.org/debian}" >/tmp/mlgate-debootstrap.log 2>&1 \
  || { tail -20 /tmp/mlgate-debootstrap.log; exit 1; }
$sudo sh -c "cd '$rootfs' && rm -rf var/lib/apt/lists/* var/cache/apt/* var/log/* \
  usr/share/doc/* usr/share/man/* usr/share/info/* usr/share/locale/*"
$sudo tar -C "$rootfs" -c . | $sudo docker import - "$image" >/dev/null
echo "$image: $($sudo docker image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}')"
