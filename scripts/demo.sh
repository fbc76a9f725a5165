#!/usr/bin/env bash
# The main job on the embedded default: file the bundled demo mailbox (a Maildir) as tickets and
# print them as a table. Uses a fresh database under ./demo/ each time.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
swift build -c release --product plaint >&2
bin=$(swift build -c release --show-bin-path)/plaint
rm -rf demo && mkdir -p demo
"$bin" ingest Fixtures/demo-maildir --db demo/plaint.sqlite
echo
"$bin" tickets list --db demo/plaint.sqlite
