# Sourced by ./mvnw (and .ci/run): Convene needs a JDK 21 or newer. When JAVA_HOME (or, without it,
# the default java) is older, pick the newest JDK >= 21 installed in the usual places and say which;
# when there is none, stop with one line saying what to install. POSIX sh; safe under set -euf.

_convene_jdk_major() {
  # Major version of the JDK at $1: from its release file, else by asking its java.
  _v=""
  if [ -f "$1/release" ]; then
    _v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  fi
  if [ -z "$_v" ] && [ -x "$1/bin/java" ]; then
    _v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$_v" = 1 ] && _v=8
  printf %s "${_v:-0}"
}

_convene_is_jdk() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ]; }

_convene_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    _current="$JAVA_HOME"
  else
    _java=$(command -v java 2>/dev/null || true)
    _current=""
    [ -n "$_java" ] && _current=$(dirname "$(dirname "$(readlink -f "$_java" 2>/dev/null || printf %s "$_java")")")
  fi
  _current_major=0
  [ -n "$_current" ] && _convene_is_jdk "$_current" && _current_major=$(_convene_jdk_major "$_current")
  if [ "$_current_major" -ge 21 ]; then
    return 0
  fi
  _best="" _best_major=0
  _restore_glob=""
  case $- in *f*) _restore_glob=1; set +f ;; esac
  for _d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "${HOME:-/nonexistent}"/.sdkman/candidates/java/* \
            "${HOME:-/nonexistent}"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -d "$_d" ] && [ ! -L "$_d" ] && _convene_is_jdk "$_d"; then
      _m=$(_convene_jdk_major "$_d")
      if [ "$_m" -ge 21 ] && [ "$_m" -gt "$_best_major" ]; then
        _best="$_d" _best_major="$_m"
      fi
    fi
  done
  [ -n "$_restore_glob" ] && set -f
  if [ -z "$_best" ]; then
    echo "Convene needs a JDK 21 or newer (found: ${_current:-none}${_current:+, Java $_current_major}); install one (e.g. 'apt-get install openjdk-21-jdk-headless') or set JAVA_HOME to it." >&2
    return 1
  fi
  if [ -n "${JAVA_HOME-}" ]; then _why="JAVA_HOME is Java $_current_major"; else _why="the default java is Java $_current_major"; fi
  echo "Using the JDK $_best_major at $_best ($_why)" >&2
  JAVA_HOME="$_best"
  export JAVA_HOME
}

_convene_pick_jdk || exit 1
