#!/usr/bin/env bash
# Start-up time of the workbench window under Xvfb: milliseconds from launch until the window is
# mapped, and until its title names the plan (the plan is loaded and shown), and the CPU time the
# process had used when the window appeared (all threads; it depends less on what else the machine
# runs). One warm-up launch first (it fills the JavaFX native-library cache), then RUNS timed launches;
# prints each and the medians.
# A throwaway user.home keeps the person's preferences, recent files and autosaves out of it (Java
# takes its home from the password database, not $HOME, hence JAVA_TOOL_OPTIONS).
#
#   installer/measure-startup.sh RUNS PLAN COMMAND...      (PLAN is appended to COMMAND)
#   installer/measure-startup.sh 7 assets/samples/small-saas.rplan.json target/installer/recovery-workbench/bin/recovery-workbench
#   installer/measure-startup.sh 7 assets/samples/small-saas.rplan.json java -jar target/recovery-workbench.jar
set -euo pipefail

[ $# -ge 3 ] || { echo "usage: measure-startup.sh RUNS PLAN COMMAND..." >&2; exit 2; }
runs=$1 plan=$2
shift 2
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install xvfb xdotool)" >&2; exit 1; }
done

display=
for n in $(seq 140 180); do
  if [ ! -e /tmp/.X11-unix/X$n ] && [ ! -e /tmp/.X$n-lock ]; then display=:$n; break; fi
done
[ -n "$display" ] || { echo "no free X display number" >&2; exit 1; }
home=$(mktemp -d)
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 1

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Polls every 20 ms (xdotool's own --sync waits half a second between tries).
wait_for_title() {
  local pattern=$1 deadline=$(( $(now_ms) + 60000 ))
  until DISPLAY=$display xdotool search --onlyvisible --name "$pattern" >/dev/null 2>&1; do
    [ "$(now_ms)" -lt "$deadline" ] || { echo "no window titled '$pattern' within 60 s" >&2; return 1; }
    sleep 0.02
  done
}

# user + system CPU time of a process in milliseconds (fields 14 and 15 of /proc/PID/stat, in ticks).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

title=$(basename "$plan")
window_ms=() plan_ms=() cpu=()
for i in $(seq 0 "$runs"); do
  start=$(now_ms)
  JAVA_TOOL_OPTIONS="-Duser.home=$home" DISPLAY=$display "$@" "$plan" >"$home/run.log" 2>&1 &
  app=$!
  wait_for_title 'Recovery Workbench'
  shown=$(now_ms)
  shown_cpu=$(cpu_ms "$app")
  wait_for_title "$title"
  loaded=$(now_ms)
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  if [ "$i" -eq 0 ]; then
    echo "warm-up: window $((shown - start)) ms, plan $((loaded - start)) ms, CPU at window $shown_cpu ms"
  else
    echo "run $i: window $((shown - start)) ms, plan $((loaded - start)) ms, CPU at window $shown_cpu ms"
    window_ms+=($((shown - start)))
    cpu+=("$shown_cpu")
    plan_ms+=($((loaded - start)))
  fi
done
echo "median of $runs: window $(printf '%s\n' "${window_ms[@]}" | median) ms, plan $(printf '%s\n' "${plan_ms[@]}" | median) ms," \
  "CPU at window $(printf '%s\n' "${cpu[@]}" | median) ms ($(uptime | sed 's/.*load/load/'))"
