#!/usr/bin/env bash
# Job alerts at scale: seeds ALERTS confirmed alerts (default 100,000) into a fresh embedded
# PostgreSQL, publishes JOBS new jobs (default 1,000) in one transaction, and measures how long the
# application takes to match them against every alert (until the match queue is empty) and to queue
# the instant mails (until no alert has anything pending), then the daily and weekly digests once
# they are made due. Meanwhile wrk loads a company profile page; the summary gives its p99 latency,
# the app's peak RSS and PostgreSQL's RSS. Exits non-zero when any step fails or times out.
# See bench/README.md.
set -euo pipefail

ALERTS=${ALERTS:-100000}
JOBS=${JOBS:-1000}
TIMEOUT=${TIMEOUT:-900}
START_TIMEOUT=${START_TIMEOUT:-600}
SKIP_BUILD=${SKIP_BUILD:-0}
# EXPLAIN=1: also writes the plans (EXPLAIN ANALYZE) of matching and of one sender batch, bench/alerts-explain.sql.
# The JVM options of the Dockerfile.
APP_JAVA_OPTS=${APP_JAVA_OPTS:-"-Xmx192m -Xss512k -XX:+UseSerialGC"}
USER_AGENT=${USER_AGENT:-Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RESULTS="$ROOT/bench/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK=$(mktemp -d)
APP_PID=""
WRK_PID=""

for tool in java psql curl python3; do
	command -v "$tool" >/dev/null 2>&1 || { echo "bench/alerts.sh needs $tool" >&2; exit 2; }
done

cleanup() {
	local status=$?
	[ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null || true
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 45); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -KILL "$APP_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
	[ "$status" -eq 0 ] || echo "bench/alerts.sh FAILED (exit $status); the app's log: ${LOG:-none}" >&2
	exit "$status"
}
trap cleanup EXIT

fail() { echo "bench/alerts.sh: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.1f}')"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
rss_kb() { local rss; rss=$(ps -o rss= -p "$1" 2>/dev/null | tr -d ' '); echo "${rss:-0}"; }
# The postmaster and its children (backends, background workers); shared memory is counted in each.
postgres_rss_kb() {
	local postmaster; postmaster=$(head -1 "$WORK/pg/postmaster.pid" 2>/dev/null || echo 0)
	{ ps -o rss= -p "$postmaster"; ps -o rss= --ppid "$postmaster"; } 2>/dev/null | awk '{ sum += $1 } END { print sum + 0 }'
}

if [ "$SKIP_BUILD" != 1 ]; then
	echo "Building the job board..."
	(cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
fi
cp "$(ls -t "$ROOT"/target/jobboard-*.jar | grep -v original | head -1)" "$WORK/app.jar"
mkdir -p "$RESULTS"

PORT=$(free_port)
LOG="$RESULTS/alerts-app-$STAMP.log"
echo "Starting it on port $PORT ($APP_JAVA_OPTS) with a fresh embedded PostgreSQL..."
# shellcheck disable=SC2086 # APP_JAVA_OPTS is a list of options
PORT=$PORT JOBBOARD_DATA_DIR="$WORK/pg" JOBBOARD_ALERTS_RUN_INTERVAL=1s JOBBOARD_DEMO_DATA=true \
	java $APP_JAVA_OPTS -jar "$WORK/app.jar" >"$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 "$START_TIMEOUT"); do
	grep -q "Job board is up" "$LOG" && break
	kill -0 "$APP_PID" 2>/dev/null || fail "the app did not start; see $LOG"
	sleep 1
done
grep -q "Job board is up" "$LOG" || fail "the app did not start within $START_TIMEOUT s; see $LOG"

PG_PORT=$(sed -n 4p "$WORK/pg/postmaster.pid")
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q -At)
query() { "${PSQL[@]}" -c "$1"; }

echo "Seeding $ALERTS confirmed alerts..."
start=$(now)
# One transaction: the app deletes addresses without alerts (unconfirmed sign-ups) while this runs.
"${PSQL[@]}" -1 -v alerts="$ALERTS" -f "$ROOT/bench/alerts-seed.sql"
query "analyze alert_addresses" >/dev/null; query "analyze alerts" >/dev/null
SEEDED=$(query "select count(*) from alerts where confirmed_at is not null")
echo "  seeded in $(elapsed "$start" "$(now)") s: $SEEDED alerts"
[ "$SEEDED" -ge "$ALERTS" ] || fail "only $SEEDED alerts were seeded"

SLUG=$(query "select slug from companies where status = 'ACTIVE' order by id limit 1")
curl -fsS -o /dev/null -A "$USER_AGENT" "http://127.0.0.1:$PORT/companies/$SLUG" || fail "the profile page does not answer"
WRK_OUT="$WORK/wrk.txt"
if command -v wrk >/dev/null 2>&1; then
	wrk -t1 -c8 -d"${TIMEOUT}s" -s "$ROOT/bench/count.lua" -H "User-Agent: $USER_AGENT" \
		"http://127.0.0.1:$PORT/companies/$SLUG" >"$WRK_OUT" 2>&1 &
	WRK_PID=$!
fi

PEAK_RSS=0
PEAK_PG_RSS=0
sample_memory() {
	local rss pg
	rss=$(rss_kb "$APP_PID"); [ "$rss" -gt "$PEAK_RSS" ] && PEAK_RSS=$rss
	pg=$(postgres_rss_kb); [ "$pg" -gt "$PEAK_PG_RSS" ] && PEAK_PG_RSS=$pg
	return 0
}
# Waits until the condition (a query answering t or f) holds; samples memory meanwhile.
wait_for() {
	local condition=$1 deadline=$(( $(date +%s) + TIMEOUT ))
	while [ "$(query "$condition")" != "t" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "timed out after $TIMEOUT s waiting for: $condition"
		kill -0 "$APP_PID" 2>/dev/null || fail "the app stopped; see $LOG"
		sample_memory
		sleep 0.2
	done
	sample_memory
}

MAILS_BEFORE=$(query "select count(*) from mail_outbox where template = 'alerts/digest'")
echo "Publishing $JOBS jobs..."
PUBLISHED_BEFORE=$(query "select count(*) from alert_publications")
"${PSQL[@]}" -v jobs="$JOBS" -f "$ROOT/bench/alerts-jobs.sql"
start=$(now)
wait_for "select not exists (select 1 from alert_job_queue)"
matched=$(now)
wait_for "select not exists (select 1 from alerts where has_pending)"
queued=$(now)
MATCH_S=$(elapsed "$start" "$matched")
QUEUE_S=$(elapsed "$matched" "$queued")
INSTANT_S=$(elapsed "$start" "$queued")
PUBLISHED=$(( $(query "select count(*) from alert_publications") - PUBLISHED_BEFORE ))
echo "  matched in $MATCH_S s ($PUBLISHED jobs published to alerts)"
[ "$PUBLISHED" -ge "$JOBS" ] || fail "only $PUBLISHED of $JOBS jobs were published to alerts"
INSTANT_MAILS=$(( $(query "select count(*) from mail_outbox where template = 'alerts/digest'") - MAILS_BEFORE ))
echo "  instant mails queued in $QUEUE_S s ($INSTANT_MAILS mails)"
[ "$INSTANT_MAILS" -gt 0 ] || fail "no instant mail was queued"

if [ "${EXPLAIN:-0}" = 1 ]; then
	PLANS="$RESULTS/alerts-explain-$STAMP.txt"
	echo "Plans of matching and of one sender batch (rolled back) in $PLANS"
	"${PSQL[@]}" -f "$ROOT/bench/alerts-explain.sql" >"$PLANS"
fi

echo "Making the daily and weekly digests due..."
query "update alerts set next_digest_at = now() where frequency <> 'INSTANT'" >/dev/null
start=$(now)
wait_for "select not exists (select 1 from alerts where frequency <> 'INSTANT' and next_digest_at <= now())"
digested=$(now)
DIGEST_S=$(elapsed "$start" "$digested")
ALL_MAILS=$(( $(query "select count(*) from mail_outbox where template = 'alerts/digest'") - MAILS_BEFORE ))
DIGEST_MAILS=$(( ALL_MAILS - INSTANT_MAILS ))
echo "  digests queued in $DIGEST_S s ($DIGEST_MAILS mails)"
[ "$DIGEST_MAILS" -gt 0 ] || fail "no digest was queued"
LISTED=$(query "select coalesce(sum((length(text_body) - length(replace(text_body, '/jobs/', ''))) / 6), 0)
	from mail_outbox where template = 'alerts/digest'")
! grep -q "Alerts could not be matched or sent" "$LOG" || fail "the alerts run failed at least once; see $LOG"
APP_RSS=$(rss_kb "$APP_PID")
PG_RSS=$(postgres_rss_kb)
HEAP="n/a"
if command -v jcmd >/dev/null 2>&1; then
	HEAP=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -m1 -Eo 'used [0-9]+K' || echo "n/a")
fi

P99="n/a"; RPS="n/a"; NON2XX="n/a"
if [ -n "$WRK_PID" ]; then
	kill -INT "$WRK_PID" 2>/dev/null || true
	wait "$WRK_PID" 2>/dev/null || true
	WRK_PID=""
	RESULT=$(grep -m1 '^RESULT' "$WRK_OUT" || true)
	[ -n "$RESULT" ] || fail "wrk printed no result: $(cat "$WRK_OUT")"
	P99=$(sed -E 's/.* p99_ms=([0-9.]+).*/\1/' <<<"$RESULT")
	RPS=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$RESULT")
	NON2XX=$(sed -E 's/.* non2xx=([0-9]+).*/\1/' <<<"$RESULT")
fi

SUMMARY="$RESULTS/alerts-$STAMP.txt"
{
	echo "bench/alerts.sh $STAMP: $ALERTS alerts, $JOBS jobs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), JVM $APP_JAVA_OPTS"
	echo "matching $JOBS jobs (until the queue is empty):  ${MATCH_S} s"
	echo "queuing the instant mails after it:          ${QUEUE_S} s ($INSTANT_MAILS mails)"
	echo "matching + queuing instant mails:            ${INSTANT_S} s"
	echo "daily + weekly digests queued:               ${DIGEST_S} s ($DIGEST_MAILS mails)"
	echo "jobs listed in all alert mails:              $LISTED"
	echo "app memory: peak RSS $(( PEAK_RSS / 1024 )) MB, RSS at the end $(( APP_RSS / 1024 )) MB, heap $HEAP"
	echo "PostgreSQL memory (RSS of its processes, shared pages counted per process): peak $(( PEAK_PG_RSS / 1024 )) MB, at the end $(( PG_RSS / 1024 )) MB"
	echo "profile page meanwhile (wrk -t1 -c8, the whole run): p99 ${P99} ms, ${RPS} requests/s, non-2xx $NON2XX"
	[ -n "${RESULT:-}" ] && echo "$RESULT"
} | tee "$SUMMARY"
[ "$NON2XX" = "n/a" ] || [ "$NON2XX" -eq 0 ] || fail "the profile page answered $NON2XX non-2xx responses"
