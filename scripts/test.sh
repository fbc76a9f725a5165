#!/usr/bin/env bash
# All tests: unit tests plus the integration tests against a real Dovecot that scripts/mailserver.sh
# installs and starts on 127.0.0.1 from a throwaway config in a temp dir. A test server that is
# already running is reused and left running; one this script starts, it stops.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
# Stop, on exit, only the test servers this script started (the SMTP one first: it delivers to Dovecot).
stop_servers() {
  if [ -n "${smtp_started:-}" ]; then scripts/smtpserver.sh stop >/dev/null 2>&1 || true; fi
  if [ -n "${mail_started:-}" ]; then scripts/mailserver.sh stop >/dev/null 2>&1 || true; fi
}
trap stop_servers EXIT
if env_lines=$(scripts/mailserver.sh env 2>/dev/null); then
  echo "test.sh: reusing the running test mail server" >&2
else
  mail_started=1
  env_lines=$(scripts/mailserver.sh start)
fi
set -a; eval "$env_lines"; set +a
if smtp_lines=$(scripts/smtpserver.sh env 2>/dev/null); then
  echo "test.sh: reusing the running test SMTP server" >&2
elif [ "$(id -u)" -ne 0 ]; then
  echo "test.sh: Postfix starts only as root: the SMTP integration tests are skipped" >&2
  smtp_lines=""
else
  smtp_started=1
  smtp_lines=$(scripts/smtpserver.sh start)
fi
set -a; eval "$smtp_lines"; set +a
swift build --build-tests
swift test --skip-build "$@"
