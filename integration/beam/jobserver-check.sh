#!/usr/bin/env bash
# Submits bin/zhmetrics-beam to a Beam job server started here on loopback, over
# seeds/ and testdata/inputs/, with LOOPBACK workers (the SDK harness runs in
# the submitting process), and checks with `zhmetrics diff` that its figures are
# exactly those of `zhmetrics run` on the same inputs (exit 0), and that the
# documents' statuses match.
#
#   integration/beam/jobserver-check.sh RUNNER PORT -- JOB-SERVER COMMAND...
#
# RUNNER is zhmetrics-beam's --runner (flink, spark, universal). The job server
# is started with the command after --, must listen on localhost:PORT, and is
# stopped (by its process id) at the end. Used by make beam-flink, beam-spark
# and beam-portable. Prints the wall time of the Beam run and of zhmetrics run.
set -euo pipefail
runner=$1 port=$2
shift 2
[ "$1" = "--" ] && shift
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/zhmetrics-beam-check.XXXXXX)
log=$work/jobserver.log

"$@" >"$log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Wait (at most 180 s) for the job server's port on loopback.
for i in $(seq 1 180); do
  if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "job server exited before listening on $port:"; cat "$log"; exit 1
  fi
  if [ "$i" = 180 ]; then echo "job server not listening on $port after 180 s:"; tail -50 "$log"; exit 1; fi
  sleep 1
done

inputs="$PWD/seeds/*,$PWD/testdata/inputs/*"
s=$(date +%s.%N)
if ! bin/zhmetrics-beam --runner="$runner" --endpoint="localhost:$port" --environment_type=LOOPBACK \
     --job_name=zhmetrics-check --input "$inputs" --output "$work/out-beam" >"$work/beam.log" 2>&1; then
  echo "zhmetrics-beam --runner=$runner failed:"; tail -40 "$work/beam.log"
  echo "--- job server log:"; tail -40 "$log"; exit 1
fi
b=$(date +%s.%N)
# Some inputs of testdata/inputs fail on purpose: zhmetrics run exits 1 then.
bin/zhmetrics run -q -o "$work/out-run" seeds testdata/inputs || [ $? = 1 ]
r=$(date +%s.%N)

bin/zhmetrics diff "$work/out-run" "$work/out-beam" | tee "$work/diff.txt"
grep -q "added 0, removed 0, changed 0" "$work/diff.txt"
# Same documents with the same statuses.
docs() { "$VENV_PY" - "$1" <<'PY'
import sys, pyarrow.dataset as ds
t = ds.dataset(sys.argv[1] + "/documents", format="parquet").to_table(columns=["doc_id", "status", "error"])
for r in sorted(t.to_pylist(), key=lambda r: r["doc_id"]):
    print(r["doc_id"], r["status"], r["error"])
PY
}
if [ -n "${VENV_PY:-}" ]; then
  diff <(docs "$work/out-run") <(docs "$work/out-beam")
  echo "documents: $(docs "$work/out-beam" | wc -l) with the same statuses"
fi
awk -v r="$runner" -v s="$s" -v b="$b" -v e="$r" 'BEGIN { printf "beam --runner=%s: %.1f s; zhmetrics run: %.1f s\n", r, b - s, e - b }'
echo "beam-$runner: same figures as zhmetrics run"
