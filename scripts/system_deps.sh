#!/usr/bin/env bash
# Debian packages the test suite needs (chromium for the UI tests, PostgreSQL for the
# store tests). Installed only when missing; needs root (CI runs as root).
set -euo pipefail
packages=()
add_if_missing() { command -v "$1" >/dev/null 2>&1 || packages+=("${@:2}"); }
# (later issues add their system packages here, e.g.:)
# add_if_missing chromium chromium fonts-noto-core
# PostgreSQL server binaries for the store tests (Debian keeps them off PATH, under /usr/lib/postgresql/N/bin).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "missing Debian packages: ${packages[*]} (run as root to install)"; exit 0; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${packages[@]}"
fi
