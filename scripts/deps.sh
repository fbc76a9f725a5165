#!/usr/bin/env bash
# Installs the Debian packages Plaint needs when they are missing (as root), or prints the exact
# apt-get line and exits 1 (as anyone else).
#   scripts/deps.sh          what building and running needs
#   scripts/deps.sh --test   plus the real mail servers the integration tests start (Dovecot, Postfix)
set -euo pipefail
packages=(pkg-config libcurl4-openssl-dev libsqlite3-dev libc6-dev binutils)
if [ "${1:-}" = "--test" ]; then
  packages+=(dovecot-imapd dovecot-lmtpd postfix openssl procps python3)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "plaint: missing Debian packages; run as root:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Postfix asks how to configure itself; the tests run their own instance from a temp dir.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections 2>/dev/null || true
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
