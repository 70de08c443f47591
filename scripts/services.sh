#!/usr/bin/env bash
# Starts the services Labor needs (PostgreSQL, RabbitMQ, an SMTP server with a web inbox) and exports where they are.
# Sourced by run.sh and test.sh. Idempotent: what already runs is left alone.
#
# Two sources, one outcome:
#   - a Docker engine that has (or can pull) the images: docker compose runs postgres, rabbitmq and mailpit;
#   - otherwise: Debian packages and npm, started by hand on loopback (PID 1 is not systemd on our machines).

LABOR_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LABOR_RUN="$LABOR_ROOT/.run"
mkdir -p "$LABOR_RUN"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

docker_usable() {
  [ "${LABOR_NO_DOCKER:-}" = "1" ] && return 1
  command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1 || return 1
  docker compose version >/dev/null 2>&1 || return 1
  # Images present, or pullable within a short wait.
  for image in postgres:17-alpine rabbitmq:3-management-alpine axllent/mailpit:v1.21; do
    docker image inspect "$image" >/dev/null 2>&1 || timeout 120 docker pull -q "$image" >/dev/null 2>&1 || return 1
  done
}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing ${missing[*]} (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
}

start_postgres_local() {
  apt_install postgresql
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
  if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
    # Loopback only, stated rather than left to the package's default; takes effect at this start. Debian's
    # postgresql.conf reads conf.d/ last. Connections: every host (and every test host running side by side) may
    # hold up to 100 in its Npgsql pool, and each module's consumers take one each while they work.
    mkdir -p "/etc/postgresql/$version/main/conf.d"
    printf "# Written by Labor's scripts/services.sh: local development listens on loopback only.\nlisten_addresses = '127.0.0.1'\nmax_connections = 300\n" \
      > "/etc/postgresql/$version/main/conf.d/labor-loopback.conf"
    say "Starting PostgreSQL $version (127.0.0.1:5432)"
    pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
  # Data in memory or on SSD: random reads cost about what sequential ones do (ADR 7). Same as docker-compose.yml.
  su postgres -c "psql -qc \"ALTER SYSTEM SET random_page_cost = 1.1\" -c \"SELECT pg_reload_conf()\"" >/dev/null
}

start_rabbitmq_local() {
  apt_install rabbitmq-server
  export ERL_EPMD_ADDRESS=127.0.0.1
  if ! rabbitmq-diagnostics -q check_running >/dev/null 2>&1; then
    say "Starting RabbitMQ (AMQP 127.0.0.1:5672, management http://127.0.0.1:15672)"
    # Every listener on loopback: AMQP, the management UI, and Erlang distribution (25672, which rabbitmqctl uses
    # and which otherwise listens on all interfaces); epmd follows ERL_EPMD_ADDRESS above.
    printf 'listeners.tcp.default = 127.0.0.1:5672\nmanagement.tcp.ip = 127.0.0.1\n' > /etc/rabbitmq/rabbitmq.conf
    printf '%s\n' 'SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"' > /etc/rabbitmq/rabbitmq-env.conf
    rabbitmq-plugins enable --offline rabbitmq_management >/dev/null
    rabbitmq-server -detached >/dev/null 2>&1 || true
    for _ in $(seq 1 90); do rabbitmq-diagnostics -q check_running >/dev/null 2>&1 && break; sleep 1; done
  fi
  rabbitmqctl -q await_startup
}

start_smtp_local() {
  if ! (exec 3<>/dev/tcp/127.0.0.1/1025) 2>/dev/null; then
    local tools="$LABOR_ROOT/.tools"
    if [ ! -x "$tools/node_modules/.bin/maildev" ]; then
      say "Installing maildev (npm) for a local SMTP server with a web inbox"
      mkdir -p "$tools"
      npm install --prefix "$tools" --no-audit --no-fund --silent maildev@3 >/dev/null
    fi
    say "Starting maildev (SMTP 127.0.0.1:1025, inbox http://127.0.0.1:1080)"
    # --ip binds SMTP, --web-ip the inbox and its API (maildev's default for the web is 0.0.0.0: every interface).
    nohup "$tools/node_modules/.bin/maildev" --ip 127.0.0.1 --smtp 1025 --web-ip 127.0.0.1 --web 1080 >"$LABOR_RUN/maildev.log" 2>&1 &
    echo $! > "$LABOR_RUN/maildev.pid"
    for _ in $(seq 1 30); do (exec 3<>/dev/tcp/127.0.0.1/1025) 2>/dev/null && break; sleep 1; done
  fi
  # maildev 3 serves its inbox page only to a browser (a GET that accepts text/html); anything else, such as a plain
  # curl or a HEAD request, gets 404 {"error":"Not found"} at the same address. So ask as a browser does.
  if command -v curl >/dev/null 2>&1 && ! curl -fsS -o /dev/null -H 'Accept: text/html' http://127.0.0.1:1080/; then
    say "Warning: something listens on 1025 but http://127.0.0.1:1080 shows no mail inbox (see $LABOR_RUN/maildev.log)"
  fi
  export LABOR_MAIL_INBOX=http://127.0.0.1:1080
}

start_services() {
  if docker_usable; then
    say "Starting postgres, rabbitmq and mailpit with docker compose"
    docker compose -f "$LABOR_ROOT/docker-compose.yml" up -d --wait postgres rabbitmq mailpit
    export LABOR_SERVICES=docker LABOR_MAIL_INBOX=http://127.0.0.1:8025 LABOR_MAIL_KIND=mailpit
  else
    start_postgres_local
    start_rabbitmq_local
    start_smtp_local
    export LABOR_SERVICES=local LABOR_MAIL_KIND=maildev
  fi
  export LABOR_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres"
  export LABOR_RABBITMQ_MANAGEMENT=http://127.0.0.1:15672
}
