#!/usr/bin/env bash
# bench/thread-cpu.sh COMMAND...
#
# Runs COMMAND (e.g. java -Xmx512m -jar target/vnnews.jar ingest -q --threads 1 DIR -o X) and
# prints the CPU seconds (user + sys) of its threads summed by thread name (digits dropped, so
# "GC Thread#0" and "GC Thread#1" add up), from /proc/PID/task/*/stat sampled every 0.2 s until
# the process exits: where a run's CPU goes (the main thread, C1 and C2 compiler threads, GC).
# A thread that ends between samples loses at most its last 0.2 s. Linux only.
if [ $# -eq 0 ]; then
  echo "usage: bench/thread-cpu.sh COMMAND..." >&2
  exit 2
fi
"$@" &
pid=$!
hz=$(getconf CLK_TCK)
declare -A last
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    stat=$(cat "$t/stat" 2>/dev/null) || continue
    name=$(cat "$t/comm" 2>/dev/null) || continue
    rest=${stat##*) }
    # shellcheck disable=SC2086 # split the fields after the name
    set -- $rest
    last["${t##*/} $name"]=$(( ${12} + ${13} ))
  done
  sleep 0.2
done
wait "$pid"
rc=$?
for k in "${!last[@]}"; do echo "${last[$k]} $k"; done |
  awk -v hz="$hz" '{ n = $3; for (i = 4; i <= NF; i++) n = n " " $i; gsub(/[0-9]+$/, "#", n); c[n] += $1; t += $1 }
    END { for (n in c) printf "%8.2f %s\n", c[n] / hz, n; printf "%8.2f all threads\n", t / hz }' |
  sort -rn
exit $rc
