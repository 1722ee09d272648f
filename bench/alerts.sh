#!/usr/bin/env bash
# Job alerts at scale: seeds ALERTS confirmed alerts (default 100,000) into a fresh embedded
# PostgreSQL, publishes JOBS new jobs (default 1,000) in one transaction, and measures how long the
# application takes to match them against every alert and queue the instant mails (the job is done
# when the match queue is empty and no alert has anything pending), then the same for the daily and
# weekly digests once they are made due. Meanwhile wrk loads a company profile page, and the summary
# gives its p99 latency, with the app's and PostgreSQL's memory. See bench/README.md.
set -euo pipefail

ALERTS=${ALERTS:-100000}
JOBS=${JOBS:-1000}
TIMEOUT=${TIMEOUT:-900}
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
	[ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null || true
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 45); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -KILL "$APP_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.1f}')"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
rss_kb() { ps -o rss= -p "$1" 2>/dev/null | tr -d ' ' || echo 0; }
postgres_rss_kb() { ps -eo rss=,args= | awk -v dir="$WORK/pg" '/postgres/ && index($0, dir) { sum += $1 } END { print sum + 0 }'; }

echo "Building the job board..."
(cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
cp "$ROOT"/target/jobboard-*.jar "$WORK/app.jar"
mkdir -p "$RESULTS"

PORT=$(free_port)
LOG="$RESULTS/alerts-app-$STAMP.log"
echo "Starting it on port $PORT with a fresh embedded PostgreSQL..."
PORT=$PORT JOBBOARD_DATA_DIR="$WORK/pg" JOBBOARD_ALERTS_RUN_INTERVAL=1s JOBBOARD_DEMO_DATA=true \
	java -jar "$WORK/app.jar" >"$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
	grep -q "Job board is up" "$LOG" && break
	kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start; see $LOG" >&2; exit 1; }
	sleep 1
done
grep -q "Job board is up" "$LOG" || { echo "The app did not start within 180 s; see $LOG" >&2; exit 1; }

PG_PORT=$(sed -n 4p "$WORK/pg/postmaster.pid")
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q -At)
query() { "${PSQL[@]}" -c "$1"; }

echo "Seeding $ALERTS confirmed alerts..."
start=$(now)
# One transaction: the app deletes addresses without alerts (unconfirmed sign-ups) while this runs.
"${PSQL[@]}" -1 -v alerts="$ALERTS" -f "$ROOT/bench/alerts-seed.sql"
query "analyze alert_addresses" >/dev/null; query "analyze alerts" >/dev/null
echo "  seeded in $(elapsed "$start" "$(now)") s: $(query "select count(*) from alerts where confirmed_at is not null") alerts"

SLUG=$(query "select slug from companies where status = 'ACTIVE' order by id limit 1")
curl -fsS -o /dev/null -A "$USER_AGENT" "http://127.0.0.1:$PORT/companies/$SLUG"
WRK_OUT="$WORK/wrk.txt"
if command -v wrk >/dev/null 2>&1; then
	wrk -t1 -c8 -d"${TIMEOUT}s" -s "$ROOT/bench/count.lua" -H "User-Agent: $USER_AGENT" \
		"http://127.0.0.1:$PORT/companies/$SLUG" >"$WRK_OUT" 2>&1 &
	WRK_PID=$!
fi

# Waits until the condition (a query answering 0 or 1) holds; samples the app's memory meanwhile.
PEAK_RSS=0
wait_for() {
	local condition=$1 deadline=$(( $(date +%s) + TIMEOUT ))
	while [ "$(query "$condition")" != "t" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || { echo "Timed out after $TIMEOUT s" >&2; exit 1; }
		local rss; rss=$(rss_kb "$APP_PID"); [ "${rss:-0}" -gt "$PEAK_RSS" ] && PEAK_RSS=$rss
		sleep 0.5
	done
}

echo "Publishing $JOBS jobs..."
start=$(now)
"${PSQL[@]}" -v jobs="$JOBS" -f "$ROOT/bench/alerts-jobs.sql"
wait_for "select not exists (select 1 from alert_job_queue) and not exists (select 1 from alerts where has_pending)
	and exists (select 1 from alert_matches)"
INSTANT_S=$(elapsed "$start" "$(now)")
MATCHES=$(query "select count(*) from alert_matches")
MATCHED_ALERTS=$(query "select count(distinct alert_id) from alert_matches")
INSTANT_MAILS=$(query "select count(*) from mail_outbox where template = 'alerts/digest'")

echo "Making the daily and weekly digests due..."
start=$(now)
query "update alerts set next_digest_at = now() where frequency <> 'INSTANT'" >/dev/null
wait_for "select not exists (select 1 from alerts where frequency <> 'INSTANT' and next_digest_at <= now())"
DIGEST_S=$(elapsed "$start" "$(now)")
ALL_MAILS=$(query "select count(*) from mail_outbox where template = 'alerts/digest'")
APP_RSS=$(rss_kb "$APP_PID")
PG_RSS=$(postgres_rss_kb)
HEAP=$(command -v jcmd >/dev/null 2>&1 && jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -m1 -Eo 'used [0-9]+K' || echo "n/a")

P99="n/a"
if [ -n "$WRK_PID" ]; then
	kill -INT "$WRK_PID" 2>/dev/null || true
	wait "$WRK_PID" 2>/dev/null || true
	WRK_PID=""
	P99=$(grep -Eo 'p99_ms=[0-9.]+' "$WRK_OUT" | cut -d= -f2 || echo "n/a")
	RPS=$(grep -Eo 'rps=[0-9.]+' "$WRK_OUT" | cut -d= -f2 || echo "n/a")
fi

SUMMARY="$RESULTS/alerts-$STAMP.txt"
{
	echo "bench/alerts.sh $STAMP: $ALERTS alerts, $JOBS jobs, $(nproc) cores"
	echo "matching + instant mails queued: ${INSTANT_S} s ($MATCHES matches for $MATCHED_ALERTS alerts, $INSTANT_MAILS mails)"
	echo "daily + weekly digests queued:   ${DIGEST_S} s ($(( ALL_MAILS - INSTANT_MAILS )) mails)"
	echo "app memory: peak RSS $(( PEAK_RSS / 1024 )) MB, RSS at the end $(( ${APP_RSS:-0} / 1024 )) MB, heap $HEAP"
	echo "PostgreSQL memory (RSS of its processes, shared pages counted per process): $(( PG_RSS / 1024 )) MB"
	echo "profile page meanwhile (wrk -t1 -c8): p99 ${P99} ms, ${RPS:-n/a} requests/s"
	[ -f "$WRK_OUT" ] && cat "$WRK_OUT"
} | tee "$SUMMARY"
