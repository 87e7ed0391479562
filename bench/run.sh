#!/bin/sh
# eden-skills benchmark (bench/README.md). Run after `./mvnw package` from anywhere:
#   bench/run.sh [--quick] [--scenario N[,N...]] [--out FILE.md] ...   (bench/run.sh --help)
# Needs: git, xargs, and a JDK 25 (the image's own runtime has no compiler, and the bench is
# Java source run by the JDK's source launcher). The JDK is taken from, in order:
# $BENCH_JAVA (a java binary), $JAVA_HOME, /usr/lib/jvm/* and /opt/* (newest >= 25), `java` on PATH.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

feature() { # prints the feature version of the JDK whose home is $1, or 0
  if [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  else
    echo 0
  fi
}

java=${BENCH_JAVA:-}
if [ -z "$java" ] && [ -n "${JAVA_HOME:-}" ] && [ "$(feature "$JAVA_HOME")" -ge 25 ]; then
  java=$JAVA_HOME/bin/java
fi
if [ -z "$java" ]; then
  best=0
  for home in /usr/lib/jvm/* /opt/*; do
    v=$(feature "$home")
    if [ "${v:-0}" -ge 25 ] && [ "$v" -gt "$best" ]; then best=$v; java=$home/bin/java; fi
  done
fi
if [ -z "$java" ] && command -v java >/dev/null 2>&1; then
  home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  if [ "$(feature "$home")" -ge 25 ]; then java=$home/bin/java; fi
fi
if [ -z "$java" ]; then
  echo "bench: no JDK 25 found; set BENCH_JAVA=/path/to/jdk-25/bin/java" >&2
  exit 2
fi
command -v git >/dev/null || { echo "bench: git is required" >&2; exit 2; }

cd "$root"
exec "$java" -XX:+UseSerialGC -Xss512k "$here/src/Bench.java" "$@"
