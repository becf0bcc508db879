#!/usr/bin/env bash
# Class-data sharing for the app's own classes (docs/performance.md, "Start-up"). Two steps, called by
# package.sh:
#
#   installer/startup-classes.sh list IMAGE PLAN    one launch of the window in IMAGE under Xvfb, with
#       PLAN, writes the classes a start-up loads to IMAGE/lib/app/recovery-workbench.classlist;
#       without Xvfb and xdotool it says so and writes nothing (the app then starts as before)
#   installer/startup-classes.sh archive APP_DIR    archives those classes into APP_DIR/recovery-workbench.jsa,
#       which the launcher names (-XX:SharedArchiveFile); the .deb's postinst does the same at /opt,
#       because an archive holds the jar's path and is only used by a JVM with the same class path
#
# The JVM loads these classes from the archive, already parsed and checked, instead of from the jar:
# about 40% less CPU time to the first window. A missing or stale archive (the jar changed) is
# ignored by the JVM without a message, and the app starts without sharing.
set -euo pipefail

name=recovery-workbench

list() {
  local image=$1 plan=$2
  for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || { echo "no $tool: the app image starts without a class archive" >&2; return 0; }
  done
  local display= home app_dir
  for n in $(seq 190 230); do
    if [ ! -e /tmp/.X11-unix/X$n ] && [ ! -e /tmp/.X$n-lock ]; then display=:$n; break; fi
  done
  [ -n "$display" ] || { echo "no free X display: the app image starts without a class archive" >&2; return 0; }
  home=$(mktemp -d)
  app_dir=$(cd "$image/lib/app" && pwd)
  Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1
  # The launcher itself, so the class path is the one it uses. A throwaway home keeps the builder's
  # preferences and autosaves out of it (as installer/measure-startup.sh does).
  JAVA_TOOL_OPTIONS="-Duser.home=$home -XX:DumpLoadedClassList=$app_dir/$name.classlist" DISPLAY=$display \
    "$image/bin/$name" "$plan" >"$home/training.log" 2>&1 &
  local app=$! deadline=$((SECONDS + 120))
  until DISPLAY=$display xdotool search --onlyvisible --name "$(basename "$plan")" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ] || ! kill -0 "$app" 2>/dev/null; then
      echo "the training launch showed no plan: the app image starts without a class archive" >&2
      cat "$home/training.log" >&2
      break
    fi
    sleep 0.2
  done
  # A moment for the first frames and the analysis, whose classes the start-up loads too.
  sleep 2
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$home"
  [ -f "$app_dir/$name.classlist" ] && echo "start-up classes: $(grep -vc '^[#@]' "$app_dir/$name.classlist")"
  return 0
}

archive() {
  local app_dir
  app_dir=$(cd "$1" && pwd)
  [ -f "$app_dir/$name.classlist" ] || return 0
  "$app_dir/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app_dir/$name.classlist" \
    -XX:SharedArchiveFile="$app_dir/$name.jsa" -cp "$app_dir/$name.jar" >"$app_dir/$name.jsa.log" 2>&1 \
    || { echo "could not archive the start-up classes (see $app_dir/$name.jsa.log)" >&2; return 0; }
  rm -f "$app_dir/$name.jsa.log"
}

case "${1:-}" in
  list) [ $# -eq 3 ] || { echo "usage: startup-classes.sh list IMAGE PLAN" >&2; exit 2; }; list "$2" "$3" ;;
  archive) [ $# -eq 2 ] || { echo "usage: startup-classes.sh archive APP_DIR" >&2; exit 2; }; archive "$2" ;;
  *) echo "usage: startup-classes.sh list IMAGE PLAN | archive APP_DIR" >&2; exit 2 ;;
esac
