#!/usr/bin/env bash
# Prepares the Java notebooks: Debian's jupyter packages (installed when run as root), the
# rapaio-jupyter-kernel and XChart jars from Maven Central (through the Maven wrapper), the
# application jar, and a kernel spec "credpath-java" under notebooks/.jupyter/ (git-ignored).
# Idempotent: re-running only redoes what is missing or stale. See notebooks/README.md.
set -euo pipefail

NB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$NB")"
RJK_VERSION=3.0.1
XCHART_VERSION=3.8.8
MIN_JAVA=25
KERNEL_DIR="$NB/.kernel"
SPEC_DIR="$NB/.jupyter/kernels/credpath-java"
APT_PACKAGES=(jupyter-notebook jupyter-nbconvert python3-nbconvert python3-ipykernel jupyter-client)

say() { echo "notebooks/setup: $*" >&2; }

have_jupyter() {
  command -v jupyter >/dev/null 2>&1 && jupyter nbconvert --version >/dev/null 2>&1
}

install_jupyter() {
  have_jupyter && return 0
  if [ "$(id -u)" -ne 0 ]; then
    say "jupyter (with nbconvert) is missing; as root run: apt-get install -y --no-install-recommends ${APT_PACKAGES[*]}"
    exit 2
  fi
  say "installing Debian's jupyter packages (${APT_PACKAGES[*]})"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "${APT_PACKAGES[@]}" >&2 \
    || { apt-get update -q >&2 && apt-get install -y -q --no-install-recommends "${APT_PACKAGES[@]}" >&2; }
  have_jupyter || { say "jupyter nbconvert still does not run after the install"; exit 2; }
}

java_major() { # feature version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}

find_jdk() { # JAVA_HOME when it is new enough, else the newest JDK in the usual folders
  local c v best="" best_v=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v="$(java_major "$JAVA_HOME/bin/java")"
    if [ -n "$v" ] && [ "$v" -ge "$MIN_JAVA" ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$c/bin/java" ] || continue
    v="$(java_major "$c/bin/java")"
    if [ -n "$v" ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  [ "$best_v" -ge "$MIN_JAVA" ] && echo "$best"
}

fetch_jar() { # groupId:artifactId:version -> $KERNEL_DIR/artifactId-version.jar
  local coords="$1" file
  file="$KERNEL_DIR/$(echo "$coords" | cut -d: -f2)-$(echo "$coords" | cut -d: -f3).jar"
  [ -s "$file" ] && return 0
  say "fetching $coords from Maven Central"
  (cd "$ROOT" && ./mvnw -N -q -B dependency:copy -Dartifact="$coords" -DoutputDirectory="$KERNEL_DIR" >&2)
  [ -s "$file" ] || { say "could not fetch $coords into $KERNEL_DIR"; exit 2; }
}

write_kernel_spec() { # $1 = JDK folder
  mkdir -p "$SPEC_DIR"
  # json.dumps quotes the run-time paths safely; nothing absolute is committed.
  python3 - "$1" "$KERNEL_DIR" "$ROOT" "$SPEC_DIR/kernel.json" "$RJK_VERSION" "$XCHART_VERSION" <<'PY'
import json, os, sys
jdk, kernel_dir, root, out, rjk, xchart = sys.argv[1:]
spec = {
    "argv": [os.path.join(jdk, "bin", "java"),
             "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
             "--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC",
             "-Djava.awt.headless=true", "-Dcredpath.home=" + root,
             "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
             "-jar", os.path.join(kernel_dir, "rapaio-jupyter-kernel-%s.jar" % rjk), "{connection_file}"],
    "display_name": "Java 25 (Credpath)",
    "language": "java",
    "interrupt_mode": "message",
    "env": {
        # rapaio-jupyter-kernel splits RJK_CLASSPATH on ';' (not the OS path separator).
        "RJK_CLASSPATH": ";".join([os.path.join(root, "api", "target", "credpath.jar"),
                                          os.path.join(kernel_dir, "xchart-%s.jar" % xchart)]),
        "RJK_TIMEOUT_MILLIS": "-1",
        "OMP_NUM_THREADS": "1",
    },
}
with open(out, "w") as f:
    json.dump(spec, f, indent=1)
    f.write("\n")
PY
}

install_jupyter
JDK="$(find_jdk)" || { say "needs a JDK $MIN_JAVA or newer (set JAVA_HOME to one)"; exit 2; }
export JAVA_HOME="$JDK"
mkdir -p "$KERNEL_DIR"
fetch_jar "io.github.padreati:rapaio-jupyter-kernel:$RJK_VERSION"
# Only the core XChart jar: BitmapEncoder (PNG) needs nothing else; vector/PDF export would.
fetch_jar "org.knowm.xchart:xchart:$XCHART_VERSION"
# The launcher rebuilds api/target/credpath.jar when it is missing or older than the sources.
"$ROOT/credpath" --help >/dev/null
write_kernel_spec "$JDK"
say "ready: kernel 'credpath-java' in $SPEC_DIR (JDK $JDK); run notebooks/run.sh"
