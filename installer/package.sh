#!/usr/bin/env bash
# Builds the native packages of Recovery Workbench on Linux: a trimmed Java runtime (jlink), an app
# image (jpackage) and, unless BUILD_DEB is false, a .deb. Called by the Maven profile `installer`
# (mvn -B -P installer package) after the shaded jar is built; see installer/README.md.
#
#   installer/package.sh JAR VERSION OUT_DIR [BUILD_DEB]     (BUILD_DEB: true, the default, or false)
#
# JavaFX stays inside the jar on the class path (docs/adr/0001), so the runtime holds only JDK modules.
set -euo pipefail

[ $# -ge 3 ] || { echo "usage: package.sh JAR VERSION OUT_DIR [true|false]" >&2; exit 2; }
jar=$1 version=$2 out=$3 deb=${4:-true}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
# The JDK that runs Maven (the profile passes it); jlink needs that JDK's own jmods.
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
bin=$jdk/bin/
[ -d "$jdk/jmods" ] || { echo "no $jdk/jmods: jlink needs them (Debian: apt-get install openjdk-17-jmods)" >&2; exit 1; }
name=recovery-workbench
# jpackage accepts only numbers and dots: 0.1.0-SNAPSHOT becomes 0.1.0.
app_version=${version%%-*}

[ -f "$jar" ] || { echo "no $jar: run mvn package first" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/$name.jar"
# JavaFX loads its natives from beside the jar when they are there, instead of unpacking them into
# ~/.openjfx/cache on first start; and jpackage sees them, so the .deb depends on GTK by itself.
(cd "$out/input" && "${bin}jar" xf "$name.jar" $("${bin}jar" tf "$name.jar" | grep '^lib[^/]*\.so$'))

# The JDK modules the classes in the jar refer to. java.desktop comes with JavaFX's printing and
# ControlsFX (java.beans); jdeps finds it and the rest (java.sql for Jackson, java.prefs for the
# window's memory, jdk.unsupported for JavaFX), so a new dependency cannot leave a module out.
modules=$("${bin}jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$out/input/$name.jar")
echo "runtime modules: $modules"
# The class-data-sharing archive of those modules saves about an eighth of the CPU time to the first
# window. Its twin for heaps over 32 GB (no compressed pointers) would add 11 MB for a case the
# workbench never meets; such a JVM simply starts without sharing.
"${bin}jlink" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$out/runtime"
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

common=(
  --name "$name"
  --app-version "$app_version"
  --vendor "Recovery Workbench"
  --description "Draw service dependencies and see whether the restore sequence meets its RTO/RPO targets"
  --icon "$root/assets/icons/$name.png"
)
# The command line's help then names the installed command instead of `java -jar …`. The class
# archive (startup-classes.sh) is made below; until it exists the JVM ignores the option.
"${bin}jpackage" --type app-image "${common[@]}" \
  --input "$out/input" --main-jar "$name.jar" --main-class com.recoveryworkbench.Main \
  --java-options "-Drecoveryworkbench.command=$name" \
  --java-options "-XX:SharedArchiveFile=\$APPDIR/$name.jsa" \
  --runtime-image "$out/runtime" --dest "$out"
"$here/startup-classes.sh" list "$out/$name" "$root/assets/samples/small-saas.rplan.json"
echo "app image: $out/$name"

if [ "$deb" = true ]; then
  # The desktop entry and maintainer scripts in resources/ replace jpackage's: a readable name, the
  # plan file passed on (%f), and the command linked into /usr/bin.
  "${bin}jpackage" --type deb "${common[@]}" \
    --app-image "$out/$name" --resource-dir "$here/resources" \
    --file-associations "$here/rplan-file.properties" \
    --linux-package-name "$name" --linux-deb-maintainer "recovery-workbench@localhost" \
    --linux-menu-group "Office;Development;" --linux-app-category utils --linux-shortcut \
    --dest "$out"
  echo "package: $(ls "$out"/*.deb)"
fi
# After the .deb, which carries the class list only: its postinst archives at the installed path.
"$here/startup-classes.sh" archive "$out/$name/lib/app"
rm -rf "$out/input" "$out/runtime"
