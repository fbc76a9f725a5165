#!/usr/bin/env bash
# SMTP delivery benchmark for issue 4: messages per second over one reused connection vs a new connection
# per message (Plaint's libcurl SMTPSender), Plaint's whole outbox delivery (OutboxDelivery: the attempt
# committed before each send and the result recorded after, over one reused connection), and, in the same
# run against the same server, a Python smtplib peer doing both. The server is a throwaway Postfix
# (scripts/smtpserver.sh) delivering into a throwaway Dovecot (scripts/mailserver.sh) on its own ports;
# plain loopback SMTP, no TLS. Figures count messages the server accepted (250), not delivered mail.
#
#   scripts/deps.sh --test            # once (as root), on a fresh machine
#   Benchmarks/smtp.sh                # 500 messages, 3 runs, debug build
#   Benchmarks/smtp.sh --release --messages 1000 --runs 5
#
# Options: --messages N (default 500), --runs R (default 3), --release (release build of the tests),
#   --no-build (use the tests already built in the scratch path),
#   --use-running (use the servers already described by PLAINT_TEST_IMAP_URL / PLAINT_TEST_SMTP_URL).
# Environment: PLAINT_BENCH_SMTP_PORT (default 25025), PLAINT_BENCH_IMAP_PORT / _IMAPS_PORT (25143 / 25993),
#   PLAINT_BENCH_SCRATCH (SwiftPM scratch path, default .build-bench-smtp).
set -euo pipefail

cd "$(dirname "$0")/.."
N=500; RUNS=3; CONFIG=debug; RUNNING=0; BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --messages) N="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --release) CONFIG=release; shift ;;
        --use-running) RUNNING=1; shift ;;
        --no-build) BUILD=0; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "smtp.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
SCRATCH="${PLAINT_BENCH_SCRATCH:-.build-bench-smtp}"
say() { echo "smtp.sh: $*" >&2; }

if [ "$RUNNING" = 0 ]; then
    export PLAINT_IMAP_PORT="${PLAINT_BENCH_IMAP_PORT:-25143}" PLAINT_IMAPS_PORT="${PLAINT_BENCH_IMAPS_PORT:-25993}"
    export PLAINT_SMTP_PORT="${PLAINT_BENCH_SMTP_PORT:-25025}"
    scripts/mailserver.sh start >/dev/null
    set -a; eval "$(scripts/mailserver.sh env)"; set +a
    scripts/smtpserver.sh start >/dev/null
    set -a; eval "$(scripts/smtpserver.sh env)"; set +a
    trap 'scripts/smtpserver.sh stop >/dev/null 2>&1 || true; scripts/mailserver.sh stop >/dev/null 2>&1 || true' EXIT
fi
[ -n "${PLAINT_TEST_SMTP_URL:-}" ] || { say "no PLAINT_TEST_SMTP_URL"; exit 1; }
HOSTPORT="${PLAINT_TEST_SMTP_URL#smtp://}"

if [ "$BUILD" = 1 ]; then
    say "building the tests ($CONFIG, scratch $SCRATCH)…"
    swift build -c "$CONFIG" --build-tests --scratch-path "$SCRATCH" >&2
fi
echo "SMTP benchmark: $N messages, $RUNS runs, $CONFIG build, server $PLAINT_TEST_SMTP_URL, load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%FT%TZ)"
for run in $(seq 1 "$RUNS"); do
    echo "run $run:"
    PLAINT_SMTP_BENCH=1 PLAINT_SMTP_BENCH_COUNT="$N" swift test -c "$CONFIG" --skip-build --scratch-path "$SCRATCH" \
        --filter 'SMTPThroughputBench|DeliveryThroughputBench' 2>&1 | grep -E '^(SMTP throughput|outbox delivery)' | sed 's/^/  /'
    python3 Benchmarks/smtp-peer.py "${HOSTPORT%:*}" "${HOSTPORT##*:}" "$N" | sed 's/^/  /'
done
