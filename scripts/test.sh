#!/usr/bin/env bash
# All tests: unit tests plus the integration tests against real servers (Dovecot, and Postfix once
# SMTP lands) that scripts/mailserver.sh installs and starts on 127.0.0.1 from a temp dir.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
if [ -x scripts/mailserver.sh ]; then
  export PLAINT_MAIL_DIR=$(mktemp -d /tmp/plaint-mail.XXXXXX)
  trap 'scripts/mailserver.sh stop >/dev/null 2>&1 || true; rm -rf "$PLAINT_MAIL_DIR"' EXIT
  scripts/mailserver.sh start >&2
  set -a; . "$PLAINT_MAIL_DIR/env"; set +a
fi
swift build --build-tests
swift test --skip-build "$@"
