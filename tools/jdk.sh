# Shared by ./wams, .ci/run and bench/*.sh: select_jdk sets JAVA_HOME to a JDK >= 21
# ($JAVA_HOME, else java on the PATH, else the newest under /usr/lib/jvm or, on macOS,
# /Library/Java/JavaVirtualMachines) or stops with what to install.
min_java=21

# Major version of a java binary (8 for "1.8.0_x", 21 for "21.0.2"), empty if it does not run.
java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

# The java.home of a java binary, whatever symlinks or stubs lead to it.
java_home_of() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/^ *java.home = / { print $2; exit }'
}

is_recent_java() {
  [ -x "$1" ] || return 1
  local major
  major="$(java_major "$1")"
  [ -n "$major" ] && [ "$major" -ge "$min_java" ]
}

# Sets JAVA_HOME to a JDK >= $min_java, or stops with what to install.
select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && is_recent_java "$JAVA_HOME/bin/java"; then
    return
  fi
  local candidate best="" best_major=0 major
  if candidate="$(command -v java)" && is_recent_java "$candidate"; then
    JAVA_HOME="$(java_home_of "$candidate")"
    export JAVA_HOME
    return
  fi
  for candidate in /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    is_recent_java "$candidate" || continue
    major="$(java_major "$candidate")"
    if [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  [ -n "$best" ] || { echo "no JDK $min_java or newer found (checked \$JAVA_HOME, java on the PATH, /usr/lib/jvm). Install one, e.g. Temurin $min_java, and set JAVA_HOME." >&2; exit 1; }
  JAVA_HOME="$(java_home_of "$best")"
  export JAVA_HOME
}

