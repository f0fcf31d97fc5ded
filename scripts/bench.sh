#!/usr/bin/env bash
# make bench: throughput (MB of input text per second) and peak RSS of each
# stage on two kinds of corpora, then start-up, binary size and every ratio
# of issue 17's targets, in one run:
#   gen:  generated from the seed sentences and templates (cmd/gencorpus);
#   real: the real development texts (testdata/gold/real), the seeds and the
#         project's inputs, repeated whole with their numbers varied
#         (gencorpus -real).
# Corpora are generated once, deterministically, under $BENCH_DIR.
# BENCH_BIG=0 skips the 200 MB corpora; BENCH_KINDS="real" (or "gen") runs one
# kind; BENCH_REPEAT=N runs each whole-process row N times and prints the
# fastest (gse's Pos as a process and the 1- and 2-worker runs alternate,
# and the targets' ratios are also given run by run, with their median); PEER_SECONDS (default 120) bounds the peer's run on its 1 MB sample
# (0: the whole MB, about an hour); the peer needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-/tmp/zhmetrics-bench}
BENCH_BIG=${BENCH_BIG:-1}
BENCH_REPEAT=${BENCH_REPEAT:-3}
BENCH_KINDS=${BENCH_KINDS:-gen real}
PEER_SECONDS=${PEER_SECONDS:-120}
REAL_SOURCES=testdata/gold/real,seeds,testdata/inputs
go build -o bin/zhbench ./cmd/zhbench
go build -o bin/gencorpus ./cmd/gencorpus
mkdir -p "$BENCH_DIR"
sizes=(20)
[ "$BENCH_BIG" = 1 ] && sizes+=(200)
for kind in $BENCH_KINDS; do
  for mb in "${sizes[@]}"; do
    c="$BENCH_DIR/$kind$mb"
    [ -d "$c" ] && continue
    if [ "$kind" = real ]; then
      ./bin/gencorpus -mb "$mb" -o "$c" -real "$REAL_SOURCES"
    else
      ./bin/gencorpus -mb "$mb" -o "$c" -seeds seeds
    fi
  done
done

# Results by name, for the ratios at the end.
declare -A R

# runs KEY MB CORPUS: gse's Pos alone as a process, then `zhmetrics run`
# with 1 and with 2 workers, in triples (BENCH_REPEAT times): each row prints
# its fastest run (on a shared, noisy machine the fastest run is the one
# least disturbed; peak RSS is the largest of all runs), and the two ratios of the targets are
# also given triple by triple (the runs of a triple are seconds apart, so the
# machine's load drifts less between them than between the fastest of each)
# and as the median of the triples' ratios (the gse run of a triple also
# gives its in-process rate, the dictionary load excluded).
runs() {
  local k=$1 mb=$2 c=$3 i w tf s kk u y cpu pairs="" gpairs="" ipairs="" t1 tg gin
  local -A sec cpus kb
  for ((i = 0; i < BENCH_REPEAT; i++)); do
    for w in g 1 2; do
      rm -rf "$BENCH_DIR/out"
      tf=$(mktemp)
      if [ "$w" = g ]; then
        /usr/bin/time -o "$tf" -f '%e %M %U %S' ./bin/zhbench -mode gse "$c" >"$tf.out" 2>&1
        gin=$(sed -n 's/.*= \([0-9.]*\) MB\/s.*/\1/p' "$tf.out"); rm -f "$tf.out"
      else
        /usr/bin/time -o "$tf" -f '%e %M %U %S' ./bin/zhmetrics run -q --workers "$w" -o "$BENCH_DIR/out" "$c" >/dev/null 2>&1
      fi
      read -r s kk u y < <(tail -1 "$tf"); rm -f "$tf"
      cpu=$(awk -v a="$u" -v b="$y" 'BEGIN { print a + b }')
      if [ -z "${sec[$w]:-}" ] || awk -v a="$s" -v b="${sec[$w]}" 'BEGIN { exit !(a < b) }'; then sec[$w]=$s cpus[$w]=$cpu; fi
      [ "$kk" -gt "${kb[$w]:-0}" ] && kb[$w]=$kk
      [ "$w" = g ] && tg=$s
      [ "$w" = 1 ] && t1=$s
    done
    pairs+=" $(awk -v a="$t1" -v b="$s" 'BEGIN { printf "%.2f", a / b }')"
    gpairs+=" $(awk -v a="$tg" -v b="$t1" 'BEGIN { printf "%.2f", a / b }')"
    ipairs+=" $(awk -v a="$mb" -v b="$t1" -v g="${gin:-0}" 'BEGIN { if (g > 0) printf "%.2f", a / b / g; else printf "n/a" }')"
  done
  for w in g 1 2; do
    local key=$k.run$w label="(c) zhmetrics run, $w worker(s)"
    if [ "$w" = g ]; then key=$k.gsep label="(b) gse Pos alone, process"; fi
    R[$key]=$(awk -v a="$mb" -v b="${sec[$w]}" 'BEGIN { print a / b }')
    R[$key.rss]=$((kb[$w] / 1024))
    R[$key.sec]=${sec[$w]}
    R[$key.cpu]=${cpus[$w]}
    printf '%-36s %7s MB %8.2f s %8.2f MB/s %8d MB peak RSS %8.2f s CPU\n' "$label" "$mb" "${sec[$w]}" "${R[$key]}" $((kb[$w] / 1024)) "${cpus[$w]}"
  done
  R[$k.pairs]=$pairs
  R[$k.pairmed]=$(median $pairs)
  R[$k.gpairs]=$gpairs
  R[$k.gpairmed]=$(median $gpairs)
  R[$k.ipairs]=$ipairs
  R[$k.ipairmed]=$(median $ipairs)
}

# median X...: the median of the numbers.
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# inproc KEY MODE DIR: one in-process zhbench run; its MB/s.
inproc() {
  local out
  out=$(./bin/zhbench -mode "$2" "$3")
  echo "$out"
  R[$1]=$(echo "$out" | sed -n 's/.*= \([0-9.]*\) MB\/s.*/\1/p')
}

ratio() { awk -v a="${R[$1]:-0}" -v b="${R[$2]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; }

echo "repeat: best of $BENCH_REPEAT run(s) per process row"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(go version | cut -d' ' -f3), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: bin/zhmetrics $(stat -c %s bin/zhmetrics | awk '{printf "%.1f MB", $1 / 1e6}')"
./bin/zhbench -mode startup
./bin/zhbench -mode gse-startup
best="" bestkb=0
for ((i = 0; i < 5; i++)); do
  /usr/bin/time -o /tmp/zh-startup.txt -f '%e %M' \
    ./bin/zhmetrics extract --format jsonl testdata/inputs/utf8bom.txt >/dev/null 2>&1
  t=$(tail -1 /tmp/zh-startup.txt); s=${t% *} k=${t#* }
  if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$s bestkb=$k; fi
done
echo "start-up process (zhmetrics extract of one small document, best of 5): $best s, $((bestkb / 1024)) MB peak RSS"

have_peer=0
if command -v node >/dev/null && command -v npm >/dev/null; then
  [ -d scripts/peer/node_modules ] || (cd scripts/peer && npm ci --no-audit --no-fund >/dev/null)
  have_peer=1
fi

for kind in $BENCH_KINDS; do
  for mb in "${sizes[@]}"; do
    c="$BENCH_DIR/$kind$mb"
    k="$kind$mb"
    echo "-- corpus $c ($mb MB, $kind); (a), (b) and Process alone in-process, excluding the dictionary load:"
    inproc "$k.decode" decode "$c"
    inproc "$k.gse" gse "$c"
    inproc "$k.proc" process "$c"
    echo "-- whole processes, wall clock (dictionary load included), with peak RSS:"
    runs "$k" "$mb" "$c"
  done
  # The peer, on a 1 MB sample of the same kind of text (the first lines of
  # the 20 MB corpus's .txt files).
  if [ "$have_peer" = 1 ]; then
    sample="$BENCH_DIR/$kind-sample-1mb.txt"
    if [ ! -s "$sample" ]; then
      # head stops reading at 1 MB: the pipe's earlier commands end on SIGPIPE.
      { find "$BENCH_DIR/${kind}20" -name '*.txt' | sort | xargs cat | head -c 1000000 | sed '$d' >"$sample"; } || true
    fi
    out=$(node scripts/peer/peer.js "$sample" "$PEER_SECONDS")
    echo "$out"
    R[$kind.peer]=$(echo "$out" | sed -n 's/.*= \([0-9.]*\) MB\/s.*/\1/p')
  fi
done

echo "-- ratios (targets of issue 17 in brackets):"
for kind in $BENCH_KINDS; do
  for mb in "${sizes[@]}"; do
    k="$kind$mb"
    echo "$k: pipeline.Process alone (in-process, one goroutine, nothing written) / gse Pos in-process $(ratio "$k.proc" "$k.gse")x"
    echo "$k: 1 worker / gse Pos in-process $(ratio "$k.run1" "$k.gse")x (triple by triple, gse's in-process rate in the triple's gse run:${R[$k.ipairs]:-}; median ${R[$k.ipairmed]:-n/a}x), / gse Pos process $(ratio "$k.run1" "$k.gsep")x [>= 2] (triple by triple:${R[$k.gpairs]:-}; median ${R[$k.gpairmed]:-n/a}x); 2 workers / 1 worker $(ratio "$k.run2" "$k.run1")x [>= 1.8] (pair by pair:${R[$k.pairs]:-}; median ${R[$k.pairmed]:-n/a}x); 1 worker / peer $(ratio "$k.run1" "$kind.peer")x [>= 300]"
    # On this machine's cores, two workers can at best finish in the CPU their
    # run needs divided by the cores: the bound on the two-worker ratio that
    # the work outside the workers (writer, collector) leaves.
    echo "$k: 2 workers / 1 worker if the 2-worker run kept every core busy: $(awk -v w="${R[$k.run1.sec]:-0}" -v c="${R[$k.run2.cpu]:-0}" -v n="$(nproc)" 'BEGIN { if (c > 0) printf "%.2f", w / (c / n); else printf "n/a" }')x (1 worker: ${R[$k.run1.sec]:-?} s wall, ${R[$k.run1.cpu]:-?} s CPU; 2 workers: ${R[$k.run2.sec]:-?} s wall, ${R[$k.run2.cpu]:-?} s CPU)"
  done
  if [ "$BENCH_BIG" = 1 ]; then
    for w in 1 2; do
      echo "$kind: peak RSS 200 MB / 20 MB, $w worker(s): $(ratio "${kind}200.run$w.rss" "${kind}20.run$w.rss")x [<= 1.2]"
    done
  fi
done
