#!/usr/bin/env bash
# Ingest benchmark for issue 3: Plaint's `poll --once` (release build) against, in the same run and on
# the same mailbox of its own throwaway Dovecot, the raw IMAP I/O floor (Benchmarks/imap-floor.py: one
# UID FETCH BODY.PEEK[] round trip per message) and a typical Python pipeline (Benchmarks/python-peer.py:
# imaplib + email + sqlite3). Also the 30 MB-attachment peak-memory check.
#
#   scripts/deps.sh --test                         # once (as root), on a fresh machine
#   Benchmarks/ingest.sh                           # 10,000 messages, 2 runs of each tool, + 30 MB check
#   Benchmarks/ingest.sh --messages 10000,40000    # + the flatness check (40k: ~2.2 GB of mail on disk)
#
# Options:
#   --messages N[,N…]  mailbox sizes (default 10000); each gets its own mailbox, filled by writing
#                      Maildir files directly (Benchmarks/fill-maildir.py; same messages as imap-floor.py --fill)
#   --runs R           measurements of each tool per size (default 2), interleaved floor/peer/plaint
#   --plaint-runs P    measure plaint only in the first P of those runs (default R; plaint is slow today)
#   --no-peer          skip the Python peer (it takes ~20 s per 10k messages)
#   --no-big           skip the 30 MB-attachment check;  --big-only: only that check
#   --big-mb M         attachment size for that check (default 30)
#   --keep             keep the temp dir (mail, databases) and print its path; every run's
#                      database and data stay there until the end either way (~1 GB per 10k messages)
# Environment: PLAINT_BENCH_IMAP_PORT / PLAINT_BENCH_IMAPS_PORT (default 24143 / 24993),
#   PLAINT_BENCH_SCRATCH (SwiftPM scratch path, default .build-bench), PLAINT_BENCH_TMP (parent of the temp dir).
#
# Targets (issue 3): plaint's total time within 1.5x the per-message floor's; >= 10x the Python peer's
# msgs/s; peak RSS < 100 MB (read as MiB) and flat from 10k to 40k messages (taken here as: within 20 %);
# the 30 MB attachment ingested with peak RSS < 3x the message size. Verdicts use each tool's best run.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$(pwd)"
MESSAGES="10000"; RUNS=2; PLAINT_RUNS=""; PEER=1; BIG=1; BULK=1; BIG_MB=30; KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --messages) MESSAGES="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --plaint-runs) PLAINT_RUNS="$2"; shift 2 ;;
        --no-peer) PEER=0; shift ;;
        --no-big) BIG=0; shift ;;
        --big-only) BULK=0; shift ;;
        --big-mb) BIG_MB="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "ingest.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

PORT="${PLAINT_BENCH_IMAP_PORT:-24143}"
SPORT="${PLAINT_BENCH_IMAPS_PORT:-24993}"
SCRATCH="${PLAINT_BENCH_SCRATCH:-.build-bench}"
USER_NAME=staff
PASSWORD=secret

say() { echo "ingest.sh: $*" >&2; }
die() { say "$*"; exit 1; }

command -v python3 >/dev/null || die "python3 missing: run scripts/deps.sh --test"
scripts/deps.sh --test || die "missing packages (see above)"

say "building plaint (release, scratch $SCRATCH)…"
swift build -c release --product plaint --scratch-path "$SCRATCH" >&2
PLAINT="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/plaint"
[ -x "$PLAINT" ] || die "no binary at $PLAINT"

WORK="$(mktemp -d "${PLAINT_BENCH_TMP:-${TMPDIR:-/tmp}}/plaint-bench.XXXXXX")"
chmod 0755 "$WORK"  # Dovecot's auth and mail processes (user mail) must reach the users file and maildirs
MAILDIR_ROOT="$WORK/dovecot"
server() { PLAINT_IMAP_PORT="$PORT" PLAINT_IMAPS_PORT="$SPORT" PLAINT_MAIL_DIR="$MAILDIR_ROOT" scripts/mailserver.sh "$@"; }
cleanup() {
    server stop || true
    if [ "$KEEP" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

server start >/dev/null
export PLAINT_IMAP_PASSWORD="$PASSWORD"
BASE_URL="imap://127.0.0.1:$PORT"
MAILBOX_ROOT="$MAILDIR_ROOT/mail/$USER_NAME/Maildir"

# "wall_seconds peak_rss_kB": /usr/bin/time when installed, else getrusage(RUSAGE_CHILDREN) in Python.
measure() {
    local out="$1"; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%e %M" -o "$out.time" "$@" >"$out" 2>"$out.err" || { cat "$out.err" >&2; return 1; }
        tail -n 1 "$out.time"
    else
        python3 - "$out" "$@" <<'EOF'
import resource, subprocess, sys, time
out = sys.argv[1]
t = time.perf_counter()
with open(out, "wb") as o, open(out + ".err", "wb") as e:
    rc = subprocess.call(sys.argv[2:], stdout=o, stderr=e)
dt = time.perf_counter() - t
if rc:
    sys.stderr.write(open(out + ".err").read()); sys.exit(rc)
print(f"{dt:.2f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
EOF
    fi
}

# One `plaint poll --once` on a fresh database; prints "seconds rss_kB". Fails unless the poll's
# summary says it filed all `expected` messages itself (a retried poll says "marked N filed earlier").
run_plaint() {
    local mailbox="$1" tag="$2" expected="$3" dir="$WORK/run-$2"
    rm -rf "$dir"; mkdir -p "$dir"
    local m
    m="$(measure "$dir/out" env -i PATH="$PATH" HOME="$WORK" \
        PLAINT_IMAP_URL="$BASE_URL/$mailbox" PLAINT_IMAP_USER="$USER_NAME" PLAINT_IMAP_PASSWORD="$PASSWORD" \
        PLAINT_IMAP_ALLOW_PLAINTEXT=1 PLAINT_DB="$dir/plaint.db" PLAINT_DATA_DIR="$dir/data" \
        "$PLAINT" poll --once)" || die "plaint poll --once failed on $mailbox"
    say "  plaint: $(cat "$dir/out")"
    grep -q "^polled $expected new: $expected ticket" "$dir/out" || die "plaint did not file the $expected messages of $mailbox in one poll"
    du -sh "$dir" | sed 's/^/ingest.sh:   plaint db+data: /' >&2
    # The run's files stay until the script ends. Deleting them here charged the next plaint run for
    # this script's cleanup: on an ext4 without a journal, allocating an inode skips every inode freed in
    # the last ~30 s (`recently_deleted`), so each new file cost ~0.5 ms more, ~10 % of a run's CPU.
    echo "$m"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
RESULTS="$WORK/results"; : > "$RESULTS"

echo "Plaint ingest benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load at start $(load)"
echo "plaint: $PLAINT (release); Dovecot $(/usr/sbin/dovecot --version 2>/dev/null | cut -d' ' -f1) on 127.0.0.1:$PORT; $(python3 --version)"

if [ "$BULK" = 1 ]; then
    IFS=, read -r -a SIZES <<<"$MESSAGES"
    for n in "${SIZES[@]}"; do
        mb="Bench$n"
        say "filling $mb with $n messages…"
        python3 Benchmarks/fill-maildir.py "$BASE_URL/$mb" "$USER_NAME" --maildir "$MAILBOX_ROOT" --count "$n"
        say "warm-up: one floor pass (page cache, Dovecot cache)…"
        python3 Benchmarks/imap-floor.py "$BASE_URL/$mb" "$USER_NAME" >/dev/null
        for r in $(seq 1 "$RUNS"); do
            say "$n messages, run $r/$RUNS (load $(load))"
            line="$(python3 Benchmarks/imap-floor.py "$BASE_URL/$mb" "$USER_NAME")"; say "  $line"
            ft="$(sed -E 's/.* in ([0-9.]+) s:.*/\1/' <<<"$line")"
            echo "$n $r floor $ft - $(load | cut -d' ' -f1)" >>"$RESULTS"
            if [ "$PEER" = 1 ]; then
                rm -f "$WORK/peer.db"*
                line="$(python3 Benchmarks/python-peer.py "$BASE_URL/$mb" "$USER_NAME" --db "$WORK/peer.db")"; say "  $line"
                rm -f "$WORK/peer.db"*
                pt="$(sed -E 's/.* in ([0-9.]+) s:.*/\1/' <<<"$line")"
                echo "$n $r peer $pt - $(load | cut -d' ' -f1)" >>"$RESULTS"
            fi
            [ "$r" -le "${PLAINT_RUNS:-$RUNS}" ] || continue
            read -r wt rss <<<"$(run_plaint "$mb" "$n-$r" "$n")"; [ -n "${rss:-}" ] || die "plaint run failed"
            echo "$n $r plaint $wt $rss $(load | cut -d' ' -f1)" >>"$RESULTS"
        done
    done
fi

if [ "$BIG" = 1 ]; then
    say "appending one message with a $BIG_MB MB attachment to BenchBig…"
    BIG_SIZE="$(python3 Benchmarks/big-message.py "$BASE_URL/BenchBig" "$USER_NAME" --mb "$BIG_MB")"
    for r in $(seq 1 "$RUNS"); do
        read -r wt rss <<<"$(run_plaint BenchBig "big-$r" 1)"; [ -n "${rss:-}" ] || die "plaint run failed"
        echo "big $r plaint $wt $rss $(load | cut -d' ' -f1) $BIG_SIZE" >>"$RESULTS"
    done
fi

python3 - "$RESULTS" "$BIG_MB" <<'EOF'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
big_mb = float(sys.argv[2])
bulk = [r for r in rows if r[0] != "big"]
sizes = sorted({int(r[0]) for r in bulk})
print()
if bulk:
    print(f"{'messages':>8} {'run':>3} {'tool':<28} {'seconds':>8} {'msgs/s':>8} {'peak RSS':>9} {'load1':>6}")
names = {"floor": "raw floor (imap-floor.py)", "peer": "Python peer (python-peer.py)", "plaint": "plaint poll --once"}
for n in sizes:
    for r in [r for r in bulk if int(r[0]) == n]:
        t = float(r[3]); rss = f"{int(r[4]) / 1024:.0f} MiB" if r[4] != "-" else "-"
        print(f"{n:>8} {r[1]:>3} {names[r[2]]:<28} {t:>8.2f} {n / t:>8.0f} {rss:>9} {r[5]:>6}")
print()
verdict = lambda ok: "MET" if ok else "NOT MET"
peaks = {}
for n in sizes:
    best = {}
    for r in bulk:
        if int(r[0]) == n:
            t = float(r[3])
            if r[2] not in best or t < best[r[2]][0]:
                best[r[2]] = (t, r[4])
    rss = [int(r[4]) for r in bulk if int(r[0]) == n and r[2] == "plaint"]
    peaks[n] = max(rss) / 1024
    pt = best["plaint"][0]
    ft = best["floor"][0]
    print(f"{n} messages (best run of each):")
    print(f"  time vs floor:   plaint {pt:.2f} s / floor {ft:.2f} s = {pt / ft:.2f}x   (target <= 1.5x)  {verdict(pt / ft <= 1.5)}")
    if "peer" in best:
        qt = best["peer"][0]
        print(f"  speed vs peer:   plaint {n / pt:.0f} msgs/s / peer {n / qt:.0f} msgs/s = {qt / pt:.1f}x   (target >= 10x)  {verdict(qt / pt >= 10)}")
    print(f"  peak RSS:        {peaks[n]:.1f} MiB (highest run)   (target < 100 MB)  {verdict(peaks[n] < 100)}")
if len(sizes) > 1:
    lo, hi = sizes[0], sizes[-1]
    ratio = peaks[hi] / peaks[lo]
    print(f"  RSS flatness:    {hi} vs {lo}: {peaks[hi]:.1f} / {peaks[lo]:.1f} MiB = {ratio:.2f}x   (target: flat, <= 1.2x)  {verdict(ratio <= 1.2)}")
big = [r for r in rows if r[0] == "big"]
if big:
    size = int(big[0][6])
    print(f"{big_mb:g} MB attachment (message {size / 1e6:.1f} MB = {size / 2**20:.1f} MiB as served, base64):")
    for r in big:
        rss = int(r[4]) * 1024
        print(f"  run {r[1]}: {float(r[3]):.2f} s, peak RSS {rss / 2**20:.1f} MiB = {rss / size:.2f}x the message "
              f"({rss / (big_mb * 1e6):.2f}x the attachment)   (target < 3x)  {verdict(rss < 3 * size)}")
EOF
