#!/usr/bin/env bash
# Cold start (see BENCHMARKS.md): a whole `check` of the single-branch example in a fresh JVM,
# against an empty Java program started the same way, measured in the same run, RUNS times
# interleaved so that a busy machine slows every variant alike. Prints the median wall time of
# each variant and its ratio to the matching empty program.
# Usage: scripts/bench-coldstart.sh [RUNS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
example=examples/single-branch/branch.yaml
work=target/coldstart

if [ ! -f target/branchcheck.jar ] || [ ! -f target/branchcheck.jsa ]; then
  mvn -q -DskipTests package
fi
mkdir -p "$work"
if [ ! -f "$work/Empty.class" ]; then
  printf 'public class Empty {\n  public static void main(String[] args) {}\n}\n' \
    > "$work/Empty.java"
  javac -d "$work" "$work/Empty.java"
fi

# The rule cache a user's second and later runs find; filled by one untimed run. The cold-cache
# variant points at a fresh empty folder every time, as a user's very first run would.
export XDG_CACHE_HOME="$PWD/$work/cache"
bin/branchcheck check "$example" > /dev/null || [ $? -eq 1 ]

# The flags bin/branchcheck gives every JVM, besides the class-data archive of the jar.
launcher_flags="-Xmx400m -XX:TieredStopAtLevel=1"
names=(empty empty-launcher empty-no-cds java-jar launcher launcher-c2 launcher-cold-cache)
commands=(
  "java -cp $work Empty"
  "java $launcher_flags -cp $work Empty"
  "java -Xshare:off -cp $work Empty"
  "java -jar target/branchcheck.jar check $example"
  "bin/branchcheck check $example"
  "BRANCHCHECK_JAVA_OPTS=-XX:TieredStopAtLevel=4 bin/branchcheck check $example"
  "XDG_CACHE_HOME=\$(mktemp -d -p $work) bin/branchcheck check $example"
)
results="$work/times.txt"
: > "$results"
for ((run = 0; run < runs; run++)); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    status=0
    bash -c "${commands[$i]}" > /dev/null 2>&1 || status=$?
    end=$(date +%s%N)
    if [ "$status" -gt 1 ]; then
      echo "bench-coldstart: '${commands[$i]}' exited $status" >&2
      exit 2
    fi
    echo "$i $(( (end - start) / 1000000 ))" >> "$results"
  done
done
rm -rf "$work"/tmp.*

median() {
  awk -v i="$1" '$1 == i { print $2 }' "$results" | sort -n \
    | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
declare -a med
for i in "${!commands[@]}"; do
  med[$i]=$(median "$i")
done
printf '%-20s %8s  %s\n' variant "median" "ratio to the empty program started the same way"
for i in "${!commands[@]}"; do
  case "${names[$i]}" in
    java-jar) base=0 ;;
    launcher*) base=1 ;;
    *) base="" ;;
  esac
  ratio=""
  if [ -n "$base" ]; then
    ratio=$(awk -v a="${med[$i]}" -v b="${med[$base]}" \
      'BEGIN { printf "%.1fx %s", a / b, "" }')
    ratio="$ratio(vs ${names[$base]})"
  fi
  printf '%-20s %6d ms  %s\n' "${names[$i]}" "${med[$i]}" "$ratio"
done
echo "($runs runs each, interleaved; $(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
