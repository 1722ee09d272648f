#!/usr/bin/env bash
# A large board: seeds 50,000 companies and 500,000 jobs (bench/large-board-seed.sql, generate_series) into a
# PostgreSQL, starts the job board on it and measures p50/p99 with wrk (-t2 -c8 by default, warm cache) of the
# directory, the job search, a job page, the API lists, the sitemaps and a profile with 200 open jobs. It also
# writes the EXPLAIN (ANALYZE, BUFFERS) of the lists' queries. See bench/README.md.
#
#   bench/large-board.sh                          # own PostgreSQL in a temporary directory, 10 s per page
#   DURATION=5 WARMUP=2 bench/large-board.sh      # quicker
#   DATABASE_URL=jdbc:postgresql://localhost:5432/board DATABASE_USER=postgres bench/large-board.sh
#   KEEP_DATA=/tmp/board bench/large-board.sh     # keep the seeded cluster there (seeded once, reused next time)
#
# Knobs: DURATION [10], WARMUP [3], THREADS [2], CONNECTIONS [8], SKIP_BUILD [0], SKIP_SEED [0], JAVA_OPTS, APP_ARGS,
# PG_BIN (where initdb and pg_ctl are) [found on PATH or /usr/lib/postgresql/*/bin].
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
RESULTS_DIR="$BENCH_DIR/results"
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
SKIP_BUILD=${SKIP_BUILD:-0}
SKIP_SEED=${SKIP_SEED:-0}
JAVA_OPTS=${JAVA_OPTS:-}
# Extra arguments for the app, e.g. --spring.flyway.baseline-on-migrate=true for a schema made without Flyway.
APP_ARGS=${APP_ARGS:-}
USER_AGENT=${USER_AGENT:-Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36}
TIMESTAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULT_FILE="$RESULTS_DIR/large-board-$TIMESTAMP.txt"
EXPLAIN_FILE="$RESULTS_DIR/large-board-explain-$TIMESTAMP.txt"
APP_LOG="$RESULTS_DIR/large-board-app-$TIMESTAMP.log"

say() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
for tool in wrk java curl psql; do command -v $tool >/dev/null 2>&1 || die "$tool is not installed"; done
mkdir -p "$RESULTS_DIR"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/jobboard-large.XXXXXX")
chmod 755 "$WORK_DIR"
APP_PID=""
PG_STARTED=""
cleanup() {
	[[ -z $APP_PID ]] || { kill -TERM "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
	[[ -z $PG_STARTED ]] || as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
	rm -rf "$WORK_DIR"
}
trap cleanup EXIT

# PostgreSQL refuses to run as root: then its cluster belongs to nobody.
as_pg() { if (( EUID == 0 )); then runuser -u nobody -- "$@"; else "$@"; fi; }

# ---- the database
if [[ -n ${DATABASE_URL:-} ]]; then
	JDBC_URL=$DATABASE_URL
	DB_USER=${DATABASE_USER:-postgres}
	DB_PASSWORD=${DATABASE_PASSWORD:-}
	# jdbc:postgresql://host:port/db -> psql's URI
	PSQL=(psql -X -q -v ON_ERROR_STOP=1 "postgresql://$DB_USER${DB_PASSWORD:+:$DB_PASSWORD}@${JDBC_URL#jdbc:postgresql://}")
else
	PG_BIN=${PG_BIN:-$(dirname "$(command -v pg_ctl 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/pg_ctl | tail -n1)")}
	[[ -x $PG_BIN/initdb ]] || die "no initdb in $PG_BIN: set PG_BIN, or DATABASE_URL for a PostgreSQL of your own"
	PG_HOME=${KEEP_DATA:-$WORK_DIR/pg}
	PGDATA=$PG_HOME/data
	mkdir -p "$PG_HOME"
	(( EUID != 0 )) || chown nobody "$PG_HOME"
	PG_PORT=$(free_port)
	if [[ ! -f $PGDATA/PG_VERSION ]]; then
		say "Creating a PostgreSQL cluster in $PGDATA"
		as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
		FRESH_CLUSTER=1
	fi
	# Settings for a throw-away benchmark database: nothing here needs to survive a crash.
	as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PG_HOME/log" -w -o "-p $PG_PORT -k $PG_HOME -c listen_addresses=127.0.0.1 \
		-c shared_buffers=256MB -c work_mem=16MB -c max_wal_size=4GB -c fsync=off -c synchronous_commit=off \
		-c full_page_writes=off" start >/dev/null
	PG_STARTED=1
	JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
	DB_USER=postgres
	DB_PASSWORD=
	PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres)
	[[ -n ${FRESH_CLUSTER:-} ]] || SEEDED_BEFORE=$("${PSQL[@]}" -Atc "select count(*) >= 50000 from companies" 2>/dev/null || echo f)
fi

# ---- the app
if [[ $SKIP_BUILD != 1 ]]; then
	say "Building the job board"
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
JAR=$(ls -t "$ROOT"/target/jobboard-*.jar | grep -v plain | head -n1)
cp "$JAR" "$WORK_DIR/app.jar"
APP_PORT=$(free_port)
start_app() {
	local started=$SECONDS
	# shellcheck disable=SC2086
	java $JAVA_OPTS -jar "$WORK_DIR/app.jar" --server.port="$APP_PORT" --spring.datasource.url="$JDBC_URL" \
		--spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
		--jobboard.demo-data=false $APP_ARGS >>"$APP_LOG" 2>&1 &
	APP_PID=$!
	until curl -fso /dev/null "http://127.0.0.1:$APP_PORT/companies"; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$APP_LOG" >&2; die "the app exited; log: $APP_LOG"; }
		(( SECONDS - started < 300 )) || die "the app was not up after 300 s"
		sleep 0.5
	done
	STARTUP_S=$((SECONDS - started))
}
stop_app() { kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

say "Starting the app once, so that Flyway creates the schema"
start_app
stop_app

if [[ $SKIP_SEED != 1 && ${SEEDED_BEFORE:-f} != t ]]; then
	say "Seeding 50,000 companies and 500,000 jobs (a few minutes)"
	seed_started=$SECONDS
	"${PSQL[@]}" -f "$BENCH_DIR/large-board-seed.sql"
	SEED_S=$((SECONDS - seed_started))
	say "Seeded in ${SEED_S}s"
fi

say "Starting the app on the large board"
start_app
say "Up in ${STARTUP_S}s (to the first served page)"

JOB_PATH=$("${PSQL[@]}" -Atc "select '/jobs/' || id || '/' || slug from jobs where status = 'OPEN' and expires_at is null order by id desc limit 1")
PAGES=(
	"/companies" "/companies?page=25" "/companies?page=1200" "/companies?q=robot" "/companies?sector=software"
	"/jobs" "/jobs?page=40" "/jobs?q=engineer" "/jobs?q=engineer&page=50" "/jobs?q=engineer&sort=NEWEST" "/jobs?q=quetzalcoatl" "/jobs?location=berlin&type=FULL_TIME&remote=true"
	"/jobs?q=engineer&sector=finance" "$JOB_PATH"
	"/api/companies" "/api/companies?q=labs&page=5" "/api/jobs" "/api/jobs?q=engineer&size=100&page=10"
	"/sitemap.xml" "/sitemaps/companies-1.xml" "/sitemaps/jobs-1.xml" "/sitemaps/jobs-6.xml"
	"/companies/large-board-hundreds"
)

load_average() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_BEFORE=$(load_average)
SUMMARY=()
FAILED=0
for page in "${PAGES[@]}"; do
	url="http://127.0.0.1:$APP_PORT$page"
	status=$(curl -s -o /dev/null -w '%{http_code}' -A "$USER_AGENT" "$url" || echo 000)
	wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" -H "User-Agent: $USER_AGENT" "$url" >/dev/null 2>&1 || true
	out=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" -H "User-Agent: $USER_AGENT" -s "$BENCH_DIR/count.lua" "$url" 2>&1 || true)
	line=$(grep '^RESULT ' <<<"$out" || true)
	get() { local value; value=$(sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"); echo "${value:--}"; }
	row=$(printf '%-52s %6s %8s %9s %9s %9s %7s' "$page" "$status" "$(get rps)" "$(get p50_ms)" "$(get p99_ms)" \
		"$(get max_ms)" "$(get non2xx)")
	say "$row"
	SUMMARY+=("$row")
	# No response within the run (each took longer than it): no latency figures, but not a failure.
	[[ $(get requests) != 0 ]] || { row="$row  (no response completed within ${DURATION}s)"; SUMMARY[-1]=$row; }
	# A page that does not answer 2xx (first answer or any during the run) fails the run.
	if [[ $status != 2?? || $(get non2xx) != 0 ]]; then
		FAILED=$((FAILED + 1))
	fi
done
LOAD_AFTER=$(load_average)
{
	echo
	echo "== Large board $TIMESTAMP: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s per page after ${WARMUP}s warm-up =="
	echo "machine: $(nproc) CPUs; load average (1, 5, 15 min) before the runs $LOAD_BEFORE, after them $LOAD_AFTER"
	echo "start-up ${STARTUP_S}s to the first served page${SEED_S:+; seeded in ${SEED_S}s}"
	printf '%-52s %6s %8s %9s %9s %9s %7s\n' page status req/s p50_ms p99_ms max_ms non2xx
	printf '%s\n' "${SUMMARY[@]}"
	echo "RSS of the app after the runs: $(awk '/VmRSS/ {print $2, $3}' /proc/$APP_PID/status)"
	(( FAILED == 0 )) || echo "FAILED: $FAILED page(s) answered other than 2xx"
} | tee -a "$RESULT_FILE"
stop_app

say "EXPLAIN (ANALYZE, BUFFERS) of the lists' queries -> ${EXPLAIN_FILE#$ROOT/}"
"${PSQL[@]}" -f "$BENCH_DIR/large-board-explain.sql" >"$EXPLAIN_FILE" 2>&1 || true
say "Results: ${RESULT_FILE#$ROOT/}"
(( FAILED == 0 )) || exit 1
