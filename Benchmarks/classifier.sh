#!/usr/bin/env bash
# Classifier and MIME throughput on one core (issue 5: >= 20,000 messages/s for the model), beside
# Python's `email` parser over the same files. Builds the release `plaint-bench` executable
# (Benchmarks/ClassifierBench/main.swift), writes a set of generated mail (the generator of
# Benchmarks/imap-floor.py, as in the ingest benchmark) to a temp dir, and runs both pinned to core 0.
#
#   Benchmarks/classifier.sh [--seconds S] [--reps R] [--generated-mail N]
#
# Environment: PLAINT_BENCH_SCRATCH (SwiftPM scratch path, default .build-bench), PLAINT_BENCH_CPU (default 0).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER=2; REPS=3; GEN=1000
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) SECONDS_PER="$2"; shift 2 ;;
        --reps) REPS="$2"; shift 2 ;;
        --generated-mail) GEN="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "classifier.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
SCRATCH="${PLAINT_BENCH_SCRATCH:-.build-bench}"
CPU="${PLAINT_BENCH_CPU:-0}"
command -v taskset >/dev/null || { echo "classifier.sh: taskset missing (util-linux)" >&2; exit 1; }
swift build -c release --product plaint-bench --scratch-path "$SCRATCH" >&2
BENCH="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/plaint-bench"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/plaint-classifier-bench.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
python3 - "$TMP/mail" "$GEN" <<'EOF'
import importlib.util, os, random, sys
spec = importlib.util.spec_from_file_location("imap_floor", "Benchmarks/imap-floor.py")
floor = importlib.util.module_from_spec(spec); spec.loader.exec_module(floor)
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out)
rng = random.Random(42)
for i in range(n):
    with open(os.path.join(out, f"{i:06d}.eml"), "wb") as f:
        f.write(floor.message(i, rng))
EOF

echo "classifier.sh — $(date -u '+%Y-%m-%d %H:%M UTC'), core $CPU of $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)"
taskset -c "$CPU" "$BENCH" --seconds "$SECONDS_PER" --reps "$REPS" --mail Fixtures/mail --mail "$TMP/mail"
echo "peer:"
taskset -c "$CPU" python3 Benchmarks/python-parse.py Fixtures/mail "$TMP/mail" --seconds "$SECONDS_PER" --reps "$REPS"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
