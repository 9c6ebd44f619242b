#!/usr/bin/env bash
# Gives CI a real PostgreSQL for the store's conformance suite (src/store/postgres-store.test.ts).
#
# Runs as root on a fresh Debian (or Ubuntu) machine that can reach only its package mirror and
# the npm registry. Idempotent: run it again and it checks, starts what is stopped, and prints
# the same URL. It installs PostgreSQL from the distribution if missing, makes its cluster
# listen on 127.0.0.1 only, creates a login role and a database owned by it, and checks that a
# password login over TCP works.
#
# stdout carries one line, the connection URL; progress goes to stderr. So:
#   export WARDEN_TEST_DATABASE_URL="$(scripts/ci-postgres.sh)"
#
# Overrides: WARDEN_PG_USER, WARDEN_PG_PASSWORD, WARDEN_PG_DB (default warden/warden/warden).
# The password is a CI throwaway: the server accepts connections from this machine only.
set -euo pipefail

user="${WARDEN_PG_USER:-warden}"
password="${WARDEN_PG_PASSWORD:-warden}"
database="${WARDEN_PG_DB:-warden}"

log() { printf 'ci-postgres: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ "$(id -u)" == 0 ]] || die "run as root (it installs packages and manages the cluster as the postgres user)"
# Names go into SQL and the URL unquoted; keep them to safe characters rather than escape.
[[ "$user" =~ ^[a-z_][a-z0-9_]*$ && "$database" =~ ^[a-z_][a-z0-9_]*$ ]] ||
  die "WARDEN_PG_USER and WARDEN_PG_DB must be lower-case SQL identifiers"
[[ "$password" =~ ^[A-Za-z0-9._~-]+$ ]] ||
  die "WARDEN_PG_PASSWORD may hold only letters, digits and . _ ~ - (it is put into a URL as is)"

started=$SECONDS

# 1. Install. Debian's `postgresql` package pulls the distribution's current major version and
#    postgresql-common (pg_lsclusters, pg_ctlcluster). Recommends are skipped: they add
#    nothing a test database needs. dpkg's --force-unsafe-io skips an fsync per unpacked file:
#    on a throwaway CI machine that is safe, and it cuts the install from about 85 s to 50 s
#    (Debian 12, 74 MB of packages).
if ! command -v pg_lsclusters >/dev/null 2>&1 || ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
  command -v apt-get >/dev/null 2>&1 || die "PostgreSQL is not installed and there is no apt-get to install it (Debian or Ubuntu expected)"
  log "installing postgresql from the distribution's mirror"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-unsafe-io postgresql >&2
  log "installed in $((SECONDS - started))s"
fi

# 2. A cluster. The package creates `<version> main` when it installs; create one if it did not
#    (or it was dropped).
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1) || true
if [[ -z "${version:-}" ]]; then
  version="$(basename "$(compgen -G '/usr/lib/postgresql/*' | sort -V | tail -n 1)")"
  cluster=main
  log "creating cluster $version/$cluster"
  pg_createcluster "$version" "$cluster" >&2
  read -r version cluster port status _ < <(pg_lsclusters --no-header "$version" "$cluster")
fi

# 3. Listen on 127.0.0.1 only (not every interface, not ::1), then make sure it runs. A drop-in
#    in conf.d (read last by Debian's postgresql.conf) rather than an edit of the main file.
#    Debian's pg_hba.conf already asks for a password (scram-sha-256) on 127.0.0.1.
dropin="/etc/postgresql/$version/$cluster/conf.d/warden-ci.conf"
want="listen_addresses = '127.0.0.1'"
restart=false
if [[ "$(cat "$dropin" 2>/dev/null || true)" != "$want" ]]; then
  mkdir -p "$(dirname "$dropin")"
  printf '%s\n' "$want" >"$dropin"
  restart=true
fi
if [[ "$status" == online* ]]; then
  if $restart; then
    log "restarting cluster $version/$cluster to listen on 127.0.0.1 only"
    pg_ctlcluster "$version" "$cluster" restart >&2
  fi
else
  log "starting cluster $version/$cluster on 127.0.0.1:$port"
  pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || die "PostgreSQL $version/$cluster does not answer on 127.0.0.1:$port; see /var/log/postgresql/"

# 4. Role and database, as the superuser over the local socket (peer authentication).
as_postgres() { runuser -u postgres -- "$@"; }
listening="$(as_postgres psql -X -tA -p "$port" -d postgres -c 'SHOW listen_addresses')"
[[ "$listening" == 127.0.0.1 ]] || die "cluster $version/$cluster listens on '$listening', not only 127.0.0.1"
as_postgres psql -q -X -v ON_ERROR_STOP=1 -p "$port" -d postgres >&2 <<SQL
DO \$\$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
    ALTER ROLE "$user" LOGIN PASSWORD '$password';
  ELSE
    CREATE ROLE "$user" LOGIN PASSWORD '$password';
  END IF;
END
\$\$;
SQL
if [[ "$(as_postgres psql -X -tA -p "$port" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]]; then
  log "creating database $database"
  # UTF8 whatever the machine's locale; the C locale exists everywhere.
  as_postgres createdb -p "$port" -O "$user" -E UTF8 --locale=C -T template0 "$database"
fi

# 5. Prove the URL works the way the tests will use it: TCP, password.
PGPASSWORD="$password" psql -X -q -h 127.0.0.1 -p "$port" -U "$user" -d "$database" -c 'SELECT 1' >/dev/null ||
  die "cannot log in as $user to $database on 127.0.0.1:$port"

log "ready in $((SECONDS - started))s: PostgreSQL $version on 127.0.0.1:$port, database $database"
printf 'postgres://%s:%s@127.0.0.1:%s/%s\n' "$user" "$password" "$port" "$database"
