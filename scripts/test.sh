#!/usr/bin/env bash
# All tests: unit tests plus the integration tests against a real Dovecot that scripts/mailserver.sh
# installs and starts on 127.0.0.1 from a throwaway config in a temp dir. A test server that is
# already running is reused and left running; one this script starts, it stops.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
if env_lines=$(scripts/mailserver.sh env 2>/dev/null); then
  echo "test.sh: reusing the running test mail server" >&2
else
  trap 'scripts/mailserver.sh stop >/dev/null 2>&1 || true' EXIT
  env_lines=$(scripts/mailserver.sh start)
fi
set -a; eval "$env_lines"; set +a
swift build --build-tests
swift test --skip-build "$@"
