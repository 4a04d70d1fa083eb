#!/usr/bin/env bash
# District scale (see BENCHMARKS.md): the full phase-1 check of a synthetic district against two
# baselines computing only the hours-and-share part, DuckDB (SQL over the same CSV) and plain
# Python (csv module), at 1 and 2 threads; growth with the number of attendance rows.
#
# Usage: scripts/bench-scale.sh [SIZE...]
#   SIZE is 2M (100,000 members x 20 sessions), 20M (1,000,000 x 20), 100M (1,000,000 x 100)
#   or MEMBERSxSESSIONS (e.g. 50000x20). Default: 2M 20M.
# Environment:
#   RUNS=3          runs per engine and thread count (interleaved); medians are reported
#   SEED=2005       generator seed; datasets are cached in target/bench-data/ by size and seed
#   THREADS="1 2"   thread counts
#   FIFO=auto       stream attendance.csv through a named pipe instead of storing it:
#                   auto (for 100M rows and more), always, never
#   JAVA_OPTS="-XX:+UseSerialGC -Xmx376m -Xmn12m"   JVM options for `java -jar` when bin/branchcheck does not exist
#   PYTHON=1        0 skips the Python baseline (it is slow)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SEED=${SEED:-2005}
THREADS=${THREADS:-"1 2"}
FIFO=${FIFO:-auto}
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xmx376m -Xmn12m"}
PYTHON=${PYTHON:-1}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(2M 20M)

mvn -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.cp
JAR=target/branchcheck.jar
BENCH_CP="target/test-classes:target/classes:$(cat target/bench.cp)"
DATA=target/bench-data
OUT=$DATA/results-$(date +%Y%m%d-%H%M%S).tsv
# The check's JSON report is kept (the last one only) for its counts and, if it fails, its reason.
REPORT=$DATA/check-report.json
mkdir -p "$DATA"
printf 'size\trows\tengine\tthreads\trun\tseconds\trss_kb\texit\tcounts\n' > "$OUT"

shape() {   # SIZE -> "MEMBERS SESSIONS"
  case $1 in
    2M) echo "100000 20" ;;
    20M) echo "1000000 20" ;;
    100M) echo "1000000 100" ;;
    *x*) echo "${1%x*} ${1#*x}" ;;
    *) echo "unknown size '$1' (2M, 20M, 100M or MEMBERSxSESSIONS)" >&2; exit 2 ;;
  esac
}

# The attendance writer for a dataset whose attendance.csv is a named pipe: started before each
# reader, stopped after it (a reader that refuses the pipe never opens it, so the writer would wait).
WRITER=
start_writer() {   # DIR MEMBERS SESSIONS
  if [ -p "$1/attendance.csv" ]; then
    java -jar "$JAR" generate --attendance-only --out-file "$1/attendance.csv" \
      --members "$2" --sessions "$3" --seed "$SEED" > /dev/null 2>&1 &
    WRITER=$!
  fi
}
stop_writer() {
  if [ -n "$WRITER" ]; then
    kill "$WRITER" 2>/dev/null || true
    wait "$WRITER" 2>/dev/null || true
    WRITER=
  fi
}
trap stop_writer EXIT

command_for() {   # ENGINE THREADS DIR: sets CMD to the command line to time
  local n=$2 dir=$3
  case $1 in
    duckdb) CMD=(java -cp "$BENCH_CP" org.branchcheck.bench.DuckDbHours "$dir" "$n") ;;
    python) CMD=(python3 scripts/baseline_hours.py "$dir") ;;
    branchcheck)
      if [ -x bin/branchcheck ]; then
        # The launcher sets the heap; the JVM itself reads JAVA_TOOL_OPTIONS.
        CMD=(env JAVA_TOOL_OPTIONS="-XX:ActiveProcessorCount=$n" bin/branchcheck)
      else
        # shellcheck disable=SC2206
        CMD=(java $JAVA_OPTS -XX:ActiveProcessorCount="$n" -jar "$JAR")
      fi
      CMD+=(check "$dir" --as-of 2005-08-31 --format json --failures-only --threads "$n") ;;
  esac
}

json_number() {   # KEY: the first number under KEY in the last check's (pretty-printed) JSON report
  grep -m1 -o "\"$1\" : [0-9]*" "$REPORT" | grep -o '[0-9]*$' || echo '?'
}

measure() {   # SIZE ROWS ENGINE THREADS RUN DIR MEMBERS SESSIONS
  local size=$1 rows=$2 engine=$3 n=$4 run=$5 dir=$6 tm log rc seconds counts
  tm=$(mktemp) log=$(mktemp)
  start_writer "$dir" "$7" "$8"
  command_for "$engine" "$n" "$dir"
  set +e
  if [ "$engine" = branchcheck ]; then
    /usr/bin/time -f '%e %M' -o "$tm" "${CMD[@]}" > "$REPORT" 2> "$log"
  else
    /usr/bin/time -f '%e %M' -o "$tm" "${CMD[@]}" > "$log" 2>&1
  fi
  rc=$?
  set -e
  stop_writer
  read -r seconds rss < <(tail -1 "$tm")
  # The baselines time their own query (no JVM or interpreter start); the check is timed whole.
  if [ "$engine" != branchcheck ] && grep -q 'seconds=' "$log"; then
    seconds=$(grep -o 'seconds=[0-9.]*' "$log" | cut -d= -f2)
  fi
  counts=$(grep -o 'members=.*' "$log" || true)
  if [ "$engine" = branchcheck ] && [ "$rc" -le 1 ]; then
    counts="members=$(json_number members) short_of_hours=$(json_number members_short_of_hours)"
    counts+=" under_two_thirds=$(json_number member.collective-share)"
  fi
  if [ "$rc" -gt 1 ]; then   # why: the report's problems (exit 2) or standard error (exit 3)
    counts=$( { grep -h -m1 '"message"' "$REPORT" || true; grep -h -m1 -i 'error' "$log" || true; } \
      | sed 's/.*"message" : //' | head -c 160 | tr '\n\t"' '   ' | tr -s ' ')
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$rows" "$engine" "$n" "$run" "$seconds" \
    "$rss" "$rc" "$counts" >> "$OUT"
  printf '  %-11s threads=%s run=%s  %8.2f s  %7d MB  exit %s  %s\n' "$engine" "$n" "$run" \
    "$seconds" $((rss / 1024)) "$rc" "$counts" >&2
  rm -f "$tm" "$log"
}

for size in "${SIZES[@]}"; do
  read -r members sessions < <(shape "$size")
  dir=$DATA/m$members-s$sessions-seed$SEED
  fifo=false
  if [ "$FIFO" = always ] || { [ "$FIFO" = auto ] && [ $((members * sessions)) -ge 100000000 ]; }; then
    fifo=true
    dir=$dir-fifo
  fi
  if [ ! -f "$dir.done" ]; then
    rm -rf "$dir"
    echo "generating $dir" >&2
    if $fifo; then
      java -jar "$JAR" generate --out "$dir" --members "$members" --sessions "$sessions" \
        --seed "$SEED" --without-attendance > "$dir.done.tmp"
      mkfifo "$dir/attendance.csv"
    else
      java -jar "$JAR" generate --out "$dir" --members "$members" --sessions "$sessions" \
        --seed "$SEED" > "$dir.done.tmp"
    fi
    mv "$dir.done.tmp" "$dir.done"
  fi
  rows=$(grep -o '[0-9,]* attendance rows' "$dir.done" | tr -d , | cut -d' ' -f1)
  echo "== $size: $members members x $sessions sessions, $rows attendance rows$($fifo && echo ', attendance streamed through a named pipe')" >&2
  for run in $(seq 1 "$RUNS"); do
    for n in $THREADS; do
      measure "$size" "$rows" duckdb "$n" "$run" "$dir" "$members" "$sessions"
      measure "$size" "$rows" branchcheck "$n" "$run" "$dir" "$members" "$sessions"
    done
  done
  [ "$PYTHON" = 0 ] || measure "$size" "$rows" python 1 1 "$dir" "$members" "$sessions"
done

echo "raw results: $OUT" >&2
python3 - "$OUT" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
sizes = list(dict.fromkeys(r["size"] for r in rows))
threads = sorted({r["threads"] for r in rows if r["engine"] != "python"}, key=int)

def pick(size, engine, n=None):
    return [r for r in rows if r["size"] == size and r["engine"] == engine
            and (n is None or r["threads"] == n)]

def median(rs):
    ok = [float(r["seconds"]) for r in rs if int(r["exit"]) <= 1]
    return statistics.median(ok) if ok and len(ok) == len(rs) else None

def fmt(x, unit=" s"):
    return "–" if x is None else f"{x:.2f}{unit}"

def ratio(a, b):
    return "–" if a is None or b is None else f"{a / b:.1f}×"

print("| attendance rows | threads | DuckDB (query) | branchcheck (whole run) | branchcheck / DuckDB "
      "| branchcheck peak RSS (largest run) | Python (1 thread) | Python / DuckDB |")
print("|---|---|---|---|---|---|---|---|")
for size in sizes:
    n_rows = int(pick(size, "duckdb")[0]["rows"]) if pick(size, "duckdb") else 0
    py = median(pick(size, "python"))
    for n in threads:
        duck = median(pick(size, "duckdb", n))
        bc_runs = pick(size, "branchcheck", n)
        bc = median(bc_runs)
        rss = max((int(r["rss_kb"]) for r in bc_runs), default=0) // 1024
        failed = [r for r in bc_runs if int(r["exit"]) > 1]
        bc_text = fmt(bc) if not failed else f"failed (exit {failed[0]['exit']}): " + (
            "out of memory" if "OutOfMemoryError" in failed[0]["counts"]
            else failed[0]["counts"].strip()[:70])
        print(f"| {n_rows:,} ({size}) | {n} | {fmt(duck)} | {bc_text} | {ratio(bc, duck)} | {rss} MB "
              f"| {fmt(py)} | {ratio(py, duck)} |")
print()
print("| attendance rows | DuckDB ns/row (1 thread) | branchcheck ns/row (1 thread) | Python ns/row |")
print("|---|---|---|---|")
for size in sizes:
    n_rows = int(pick(size, "duckdb")[0]["rows"]) if pick(size, "duckdb") else 0
    per = lambda s: "–" if s is None or not n_rows else f"{s * 1e9 / n_rows:,.0f}"
    print(f"| {n_rows:,} ({size}) | {per(median(pick(size, 'duckdb', threads[0])))} "
          f"| {per(median(pick(size, 'branchcheck', threads[0])))} | {per(median(pick(size, 'python')))} |")
counts = {}
for r in rows:
    if r["counts"].startswith("members="):
        counts.setdefault(r["size"], set()).add(r["counts"])
for size, c in counts.items():
    print(f"\n{size}: every engine counts {c.pop()}" if len(c) == 1
          else f"\n{size}: the engines DISAGREE: {sorted(c)}")
EOF
