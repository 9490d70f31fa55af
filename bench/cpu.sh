# CPU accounting shared by the bench scripts (sourced): utime+stime of one process, of every
# PostgreSQL process, and the whole machine's busy time, in clock ticks (getconf CLK_TCK per second).
pid_of() { ss -ltnpH "sport = :$1" | sed -E 's/.*pid=([0-9]+).*/\1/' | head -n 1; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_ticks() { # every PostgreSQL process of the suite's cluster, and those that ended (autovacuum
  # workers, the backends of short connections): the postmaster's cutime + cstime count them
  local sum=0 t
  for p in $(pgrep -x postgres || true); do
    t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat" 2>/dev/null || echo 0)
    sum=$((sum + t))
  done
  echo "$sum"
}
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
hz=$(getconf CLK_TCK)
# per_request <ticks> <requests> -> microseconds of CPU per request
per_request() { awk -v t="$1" -v n="$2" -v hz="$hz" 'BEGIN {printf "%.0f", t * 1e6 / hz / n}'; }
