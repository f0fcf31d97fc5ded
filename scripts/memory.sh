#!/usr/bin/env bash
# Peak RSS of `zhmetrics run` on the seeds and on one large text document
# (the seeds repeated to MEMORY_MB, default 500), as measured by
# /usr/bin/time; prints the ratio against the target of issue 14:
# peak(large) <= 1.5 x peak(seeds) + the batch size (16 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${MEMORY_MB:-500}
BIN=${BIN:-bin/zhmetrics}
tmp=$(mktemp -d /tmp/zhmetrics-memory.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
[ -x "$BIN" ] || go build -o "$BIN" ./cmd/zhmetrics
peak() { # peak RSS in MB of a command
  /usr/bin/time -f '%M' -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; return 1; }
  echo $(( $(tail -1 "$tmp/rss") / 1024 ))
}
mkdir -p "$tmp/big"
python3 - "$tmp/big/large.txt" "$MB" <<'PY'
import glob, sys
seeds = "".join(open(f, encoding="utf-8").read() + "\n\n" for f in sorted(glob.glob("seeds/*.txt")))
data = seeds.encode()
target = int(sys.argv[2]) << 20
with open(sys.argv[1], "wb") as f:
    n = 0
    while n < target:
        f.write(data); n += len(data)
PY
size=$(du -m "$tmp/big/large.txt" | cut -f1)
seeds=$(peak "$BIN" run -q -o "$tmp/out-seeds" seeds)
t0=$(date +%s)
large=$(peak "$BIN" run -q --max-bytes 0 -o "$tmp/out-large" "$tmp/big")
t1=$(date +%s)
figs=$(python3 -c "import json,sys; print(json.load(open('$tmp/out-large/manifest.json'))['summary']['figures'])")
echo "seeds: peak RSS ${seeds} MB"
echo "one ${size} MB document: peak RSS ${large} MB, ${figs} figures, $((t1-t0)) s"
python3 -c "s,l=$seeds,$large; lim=1.5*s+16; print(f'ratio {l/s:.2f}x the seeds; limit 1.5x{s}+16 = {lim:.0f} MB: ' + ('met' if l <= lim else 'NOT met'))"
