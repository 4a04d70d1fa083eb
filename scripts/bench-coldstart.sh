#!/usr/bin/env bash
# Cold start (see BENCHMARKS.md): a whole `check` of the single-branch example in a fresh JVM,
# against an empty Java program, measured in the same run, RUNS times interleaved so that a busy
# machine slows every variant alike. Prints the median wall time of each variant and its ratio
# to each empty program: plain `java`, `java` with the launcher's flags, and with those flags
# and the class-data archive too (bin/branchcheck's JVM exactly, minus the work).
# Usage: scripts/bench-coldstart.sh [RUNS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
example=examples/single-branch/branch.yaml
work="$PWD/target/coldstart"

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
export XDG_CACHE_HOME="$work/cache"
bin/branchcheck check "$example" > /dev/null || [ $? -eq 1 ]

# The flags bin/branchcheck gives the JVM (keep in step with it); the archive applies to a class
# path that starts with the jar it was built for.
flags="-Xmx376m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
archive="-XX:SharedArchiveFile=$PWD/target/branchcheck.jsa -Xshare:auto -Xlog:cds=off"
fresh_cache="XDG_CACHE_HOME=\$(mktemp -d -p $work)"
names=(empty empty-flags empty-flags-archive java-jar java-jar-cold-cache java-jar-flags
  launcher launcher-default-jit launcher-cold-cache)
commands=(
  "java -cp $work Empty"
  "java $flags -cp $work Empty"
  "java $flags $archive -cp $PWD/target/branchcheck.jar:$work Empty"
  "java -jar target/branchcheck.jar check $example"
  "$fresh_cache java -jar target/branchcheck.jar check $example"
  "java $flags -jar target/branchcheck.jar check $example"
  "bin/branchcheck check $example"
  "BRANCHCHECK_JAVA_OPTS=-XX:TieredStopAtLevel=4 bin/branchcheck check $example"
  "$fresh_cache bin/branchcheck check $example"
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
printf '%-22s %8s   %s\n' variant median "÷ empty   ÷ empty-flags   ÷ empty-flags-archive"
for i in "${!commands[@]}"; do
  ratios=""
  if [ "$i" -ge 3 ]; then
    ratios=$(awk -v a="${med[$i]}" -v b="${med[0]}" -v c="${med[1]}" -v d="${med[2]}" \
      'BEGIN { printf "%6.1fx   %10.1fx   %18.1fx", a / b, a / c, a / d }')
  fi
  printf '%-22s %5d ms   %s\n' "${names[$i]}" "${med[$i]}" "$ratios"
done
echo "($runs runs each, interleaved; $(nproc) processors;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
