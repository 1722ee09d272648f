#!/usr/bin/env bash
# Benchmarks the public company profile page (GET /companies/{slug}) of the job board with wrk,
# checks that every request counted exactly one view, and compares the throughput with a naive
# Spring Boot + Thymeleaf + JPA page (bench/baseline) and with the same page with view counting
# turned off (jobboard.views.counting-enabled=false), each measured in the same run.
#
#   bench/profile-page.sh                           # defaults: 60 s warm-up, 30 s measured
#   WARMUP=10 DURATION=10 bench/profile-page.sh     # quick run
#
# Environment knobs (defaults in brackets):
#   PROFILE      profile path to measure                    [/companies/northwind-robotics]
#   WARMUP       warm-up seconds per app, results discarded [60]
#   DURATION     measured seconds per app                   [30]
#   THREADS      wrk threads                                [2]
#   CONNECTIONS  wrk connections (kept open)                [32]
#   SKIP_BUILD   1: use the jars already built              [0]
#   BASELINE     0: skip the baseline and the ratio         [1]
#   COUNTING_COMPARE  0: skip the run with view counting off and its ratio [1]
#   USER_AGENT   the browser wrk and curl claim to be (the view counter ignores bots and scripts)
#                [Chrome on Linux]
#   JAVA_OPTS    extra JVM options for both apps            []
#   STARTUP_TIMEOUT  seconds to wait for an app to be up    [120]
#   SETTLE       seconds to wait before reading the count after a wrk run (flush interval is 1 s) [2.5]
#   QUIET_TIMEOUT  at most this many seconds to wait, after the warm-up, for the app to be idle
#                (the JIT compiler catching up) before the measured run [60]
#   BUILD_ATTEMPTS, BUILD_RETRY_WAIT  main build retries, e.g. while someone is mid-edit [5, 60]
#
# Exit status: 0 when the view count matches, 1 on a count mismatch or any setup failure.
# Missing a performance target is reported (MISS) but does not fail the script.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
RESULTS_DIR="$BENCH_DIR/results"
LUA_SCRIPT="$BENCH_DIR/count.lua"

PROFILE=${PROFILE:-/companies/northwind-robotics}
WARMUP=${WARMUP:-60}
DURATION=${DURATION:-30}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
SKIP_BUILD=${SKIP_BUILD:-0}
BASELINE=${BASELINE:-1}
COUNTING_COMPARE=${COUNTING_COMPARE:-1}
# The same HTML served by nginx in the same run (issue 16): 1 when nginx is installed.
NGINX=${NGINX:-1}
# A second run of the profile (and of nginx) with many more connections; 0 skips it.
HIGH_CONNECTIONS=${HIGH_CONNECTIONS:-256}
# Collectors compared (each a restart on the existing database, a warm-up and a run at CONNECTIONS); empty skips.
CDS=${CDS:-0} # 1: also time a start with class data sharing (its timed start failed in the last run: not yet working)
GC_COMPARE=${GC_COMPARE-"-XX:+UseSerialGC -XX:+UseG1GC"}
# The JVM options the README and the Dockerfile use; every job-board run here starts with them (then JAVA_OPTS).
APP_JAVA_OPTS=${APP_JAVA_OPTS:-"-Xmx192m -Xss512k -XX:+UseSerialGC"}
# wrk and curl send no browser's user agent of their own, and the view counter counts people only.
USER_AGENT=${USER_AGENT:-Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36}
JAVA_OPTS=${JAVA_OPTS:-}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-120}
STOP_TIMEOUT=${STOP_TIMEOUT:-45}
QUIET_TIMEOUT=${QUIET_TIMEOUT:-60}
SETTLE=${SETTLE:-2.5}
BUILD_ATTEMPTS=${BUILD_ATTEMPTS:-5}
BUILD_RETRY_WAIT=${BUILD_RETRY_WAIT:-60}
BASELINE_PATH=/companies/baseline

TARGET_RPS=3500
TARGET_P99_MS=15
TARGET_RATIO=5
# Counting views may cost at most 5% of the profile page's throughput (issue 16).
TARGET_COUNTING_RATIO=0.95

TIMESTAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULT_FILE="$RESULTS_DIR/profile-page-$TIMESTAMP.txt"
APP_LOG="$RESULTS_DIR/app-$TIMESTAMP.log"
APP_OFF_LOG="$RESULTS_DIR/app-counting-off-$TIMESTAMP.log"
BASELINE_LOG="$RESULTS_DIR/baseline-$TIMESTAMP.log"

say() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

for knob in WARMUP DURATION THREADS CONNECTIONS STARTUP_TIMEOUT STOP_TIMEOUT QUIET_TIMEOUT BUILD_ATTEMPTS BUILD_RETRY_WAIT; do
	[[ ${!knob} =~ ^[1-9][0-9]*$ ]] || die "$knob must be a positive whole number, not '${!knob}'"
done
[[ $SETTLE =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "SETTLE must be a number of seconds, not '$SETTLE'"
[[ $PROFILE == /* ]] || die "PROFILE must be a path starting with /, not '$PROFILE'"
[[ $COUNTING_COMPARE == 0 || $COUNTING_COMPARE == 1 ]] || die "COUNTING_COMPARE must be 0 or 1, not '$COUNTING_COMPARE'"
[[ -n $USER_AGENT ]] || die "USER_AGENT must not be empty: a request without one is a bot, and counts no view"
(( CONNECTIONS >= THREADS )) || die "CONNECTIONS ($CONNECTIONS) must be at least THREADS ($THREADS)"

# ---------------------------------------------------------------------------------------------
# Prerequisites: nothing is installed here.

command -v wrk >/dev/null 2>&1 \
	|| die "wrk is not installed. Install it with: sudo apt-get install wrk   (macOS: brew install wrk)"
command -v java >/dev/null 2>&1 || die "java is not installed; the job board needs a JDK 17 or later"
command -v curl >/dev/null 2>&1 || die "curl is not installed. Install it with: sudo apt-get install curl"
JAVA_VERSION=$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
JAVA_MAJOR=${JAVA_VERSION%%.*}
[[ $JAVA_MAJOR == 1 ]] && JAVA_MAJOR=$(cut -d. -f2 <<<"$JAVA_VERSION")
[[ $JAVA_MAJOR =~ ^[0-9]+$ ]] && (( JAVA_MAJOR >= 17 )) \
	|| die "java $JAVA_VERSION found; the job board needs Java 17 or later"
WRK_VERSION=$(wrk -v 2>&1 | head -n1 | awk '{print $2}' || true)

mkdir -p "$RESULTS_DIR"

# ---------------------------------------------------------------------------------------------
# Cleanup: whatever happens, stop the apps we started and remove the temporary data.

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/jobboard-bench.XXXXXX")
APP_PID=""
APP_PGDATA=""
BASE_PID=""
BASE_PGDATA=""

# stop_server PID PGDATA NAME: SIGTERM, wait, SIGKILL; then make sure its PostgreSQL is gone too.
stop_server() {
	local pid=$1 pgdata=$2 name=$3 deadline
	[[ -n $pid ]] || return 0
	if kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid" 2>/dev/null || true
		deadline=$((SECONDS + STOP_TIMEOUT))
		while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
		if kill -0 "$pid" 2>/dev/null; then
			warn "$name (pid $pid) did not stop within ${STOP_TIMEOUT}s; killing it"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	wait "$pid" 2>/dev/null || true
	# The embedded PostgreSQL is a daemon of its own, which the app stops when it shuts down
	# cleanly. After a SIGKILL it would keep running on a deleted directory: stop it by its pid file.
	if [[ -n $pgdata && -f $pgdata/postmaster.pid ]]; then
		local pg
		pg=$(head -n1 "$pgdata/postmaster.pid" 2>/dev/null || true)
		if [[ $pg =~ ^[0-9]+$ ]] && kill -0 "$pg" 2>/dev/null && grep -qa postgres "/proc/$pg/cmdline" 2>/dev/null; then
			warn "stopping the PostgreSQL (pid $pg) $name left behind"
			kill -INT "$pg" 2>/dev/null || true # fast shutdown
			deadline=$((SECONDS + 15))
			while kill -0 "$pg" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
			kill -KILL "$pg" 2>/dev/null || true
		fi
	fi
}

cleanup() {
	local rc=$?
	set +e
	stop_server "$BASE_PID" "$BASE_PGDATA" "the baseline"
	stop_server "$APP_PID" "$APP_PGDATA" "the job board"
	rm -rf "$WORK_DIR"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# Helpers

free_port() {
	local port try
	if command -v python3 >/dev/null 2>&1 && port=$(python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()' 2>/dev/null) && [[ $port =~ ^[0-9]+$ ]]; then
		echo "$port"
		return
	fi
	if command -v ss >/dev/null 2>&1; then
		for try in $(seq 1 50); do
			port=$((20000 + RANDOM % 30000))
			if [[ -z $(ss -Htln "sport = :$port" 2>/dev/null) ]]; then
				echo "$port"
				return
			fi
		done
	fi
	echo $((20000 + RANDOM % 30000))
}

# A Spring Boot fat jar has a Start-Class; a plain jar, or one cut short by a concurrent build, has not.
is_boot_jar() {
	local jar=$1 manifest size
	[[ -f $jar ]] || return 1
	if command -v unzip >/dev/null 2>&1; then
		manifest=$(unzip -p "$jar" META-INF/MANIFEST.MF 2>/dev/null) || return 1
		[[ $manifest == *Start-Class:* ]]
	else
		size=$(wc -c <"$jar")
		(( size > 1000000 ))
	fi
}

newest_jar() { # newest_jar DIR GLOB
	local dir=$1 pattern=$2 jars
	jars=$(cd "$dir" 2>/dev/null && ls -t $pattern 2>/dev/null | head -n1) || true
	[[ -n $jars ]] && echo "$dir/$jars"
}

# The main build may fail while another engineer is mid-edit: wait and try again, a few times.
build_main() {
	local attempt jar
	for attempt in $(seq 1 "$BUILD_ATTEMPTS"); do
		say "Building the job board (attempt $attempt/$BUILD_ATTEMPTS): ./mvnw -q -B -DskipTests package"
		if (cd "$ROOT" && ./mvnw -q -B -DskipTests package); then
			jar=$(newest_jar "$ROOT/target" 'jobboard-*.jar') || true
			if [[ -n $jar ]] && is_boot_jar "$jar"; then
				MAIN_JAR_BUILT=$jar
				return 0
			fi
			warn "the build left no runnable jar in target/ (a concurrent build?)"
		fi
		if (( attempt < BUILD_ATTEMPTS )); then
			warn "the job board did not build; trying again in ${BUILD_RETRY_WAIT}s"
			sleep "$BUILD_RETRY_WAIT"
		fi
	done
	die "the job board did not build after $BUILD_ATTEMPTS attempts"
}

build_baseline() {
	say "Building the baseline: ./mvnw -q -B -f bench/baseline/pom.xml -DskipTests package"
	(cd "$ROOT" && ./mvnw -q -B -f bench/baseline/pom.xml -DskipTests package) || die "the baseline did not build"
}

# start_server NAME LOG READY_TEXT COMMAND...: starts COMMAND in the background (pid in
# STARTED_PID) and waits, at most STARTUP_TIMEOUT seconds, for READY_TEXT in its log.
start_server() {
	local name=$1 log=$2 ready=$3 deadline
	shift 3
	"$@" >"$log" 2>&1 &
	STARTED_PID=$!
	deadline=$((SECONDS + STARTUP_TIMEOUT))
	until grep -q "$ready" "$log" 2>/dev/null; do
		if ! kill -0 "$STARTED_PID" 2>/dev/null; then
			tail -n 40 "$log" >&2 || true
			die "$name exited during startup; its log: $log"
		fi
		if (( SECONDS >= deadline )); then
			tail -n 40 "$log" >&2 || true
			die "$name was not up after ${STARTUP_TIMEOUT}s; its log: $log"
		fi
		sleep 0.5
	done
}

# The view count shown on a profile page: <dd><data value="N"> inside the item id="overview-viewed".
# The GET that reads it is a page view too, and the count it shows includes itself.
read_views() {
	local url=$1 html item value
	html=$(curl -fsS --max-time 15 -A "$USER_AGENT" "$url") || die "could not GET $url"
	html=$(tr -d '\r\n' <<<"$html")
	item=${html#*id=\"overview-viewed\"}
	[[ $item != "$html" ]] || die "no id=\"overview-viewed\" on $url"
	item=${item%%</div>*}
	value=$(sed -n 's/.*<data value="\([0-9][0-9]*\)".*/\1/p' <<<"$item")
	[[ $value =~ ^[0-9]+$ ]] || die "no <data value=...> in the overview-viewed item of $url"
	echo "$value"
}

# run_wrk SECONDS URL OUTFILE: one wrk run with count.lua, bounded in time.
run_wrk() {
	local seconds=$1 url=$2 out=$3
	local cmd=(wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" --latency -H "User-Agent: $USER_AGENT" -s "$LUA_SCRIPT" "$url")
	# wrk stops by itself after the duration; timeout is a safety net.
	command -v timeout >/dev/null 2>&1 && cmd=(timeout "$((seconds + 60))" "${cmd[@]}")
	"${cmd[@]}" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed against $url"; }
	grep -q '^RESULT ' "$out" || { cat "$out" >&2; die "wrk printed no RESULT line for $url"; }
}

# field LINE KEY: the value of KEY=value in a RESULT line.
field() {
	local value
	value=$(sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1")
	[[ -n $value ]] || die "no $2= in: $1"
	echo "$value"
}

# CPU accounting, to tell how the machine was shared during a measured run (Linux /proc only).
# proc_ticks PID [WITH_CHILDREN]: CPU ticks used so far by a process (and by its waited-for children).
proc_ticks() {
	local stat f
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
	read -r -a f <<<"${stat##*) }" # fields from the 3rd (state) on: utime is f[11], stime f[12]
	if [[ ${2:-} == with_children ]]; then
		echo $((f[11] + f[12] + f[13] + f[14]))
	else
		echo $((f[11] + f[12]))
	fi
}

# cpu_snapshot APP_PID PGDATA: "<all ticks> <user+nice+system ticks> <app> <postgres> <wrk>".
# wrk's ticks are this shell's waited-for children's (wrk runs in the foreground); the app's
# PostgreSQL is its postmaster (with the backends it has reaped) and its live backends.
cpu_snapshot() {
	local app=$1 pgdata=$2 cpu pm child pg=0
	[[ -r /proc/stat ]] || return 0
	read -r -a cpu < <(head -n1 /proc/stat)
	pm=$(head -n1 "$pgdata/postmaster.pid" 2>/dev/null || true)
	if [[ $pm =~ ^[0-9]+$ ]]; then
		pg=$(proc_ticks "$pm" with_children)
		for child in $(ps -o pid= --ppid "$pm" 2>/dev/null || true); do
			pg=$((pg + $(proc_ticks "$child")))
		done
	fi
	echo "$((cpu[1] + cpu[2] + cpu[3] + cpu[4] + cpu[5] + cpu[6] + cpu[7] + cpu[8])) $((cpu[1] + cpu[2] + cpu[3]))" \
		"$(proc_ticks "$app") $pg $(proc_ticks $$ with_children)"
}

# cpu_shares BEFORE AFTER: "app=..% postgres=..% wrk=..% other=..%" of the whole machine's CPU.
# "other" is every other process (user and system time): anything but a few % means the
# measurement shared the machine with something else. Interrupt time is left out.
cpu_shares() {
	[[ -n $1 && -n $2 ]] || { echo "n/a"; return; }
	awk -v a="$1" -v b="$2" 'BEGIN {
		split(a, x, " "); split(b, y, " "); total = y[1] - x[1]
		if (total <= 0) { print "n/a"; exit }
		app = y[3] - x[3]; pg = y[4] - x[4]; wrk = y[5] - x[5]
		other = (y[2] - x[2]) - app - pg - wrk; if (other < 0) other = 0
		printf "app=%.0f%% postgres=%.0f%% wrk=%.0f%% other=%.0f%%", 100 * app / total, 100 * pg / total,
			100 * wrk / total, 100 * other / total }'
}

# A fixed, single-threaded piece of CPU work; its time in ms. On a virtual machine whose host is
# busy, it takes longer: probes that differ much between the two runs make their ratio unreliable.
cpu_probe_ms() {
	local start end
	start=$(date +%s%N)
	awk 'BEGIN { for (i = 0; i < 5000000; i++) s += i % 7 }'
	end=$(date +%s%N)
	[[ $start =~ ^[0-9]+$ && $end =~ ^[0-9]+$ ]] && echo $(((end - start) / 1000000)) || echo "?"
}

# wait_quiet PID NAME: after the warm-up, the JIT compiler can stay busy for many seconds (on 2
# cores it competes with the load and falls behind); measuring then would charge its work to the
# run. Waits, at most QUIET_TIMEOUT seconds, until the app uses under 10% of a core for a second.
wait_quiet() {
	local pid=$1 name=$2 start=$SECONDS a b hz
	[[ -r /proc/$pid/stat ]] || return 0
	hz=$(getconf CLK_TCK 2>/dev/null || echo 100)
	while (( SECONDS - start < QUIET_TIMEOUT )); do
		a=$(proc_ticks "$pid")
		sleep 1
		b=$(proc_ticks "$pid")
		if (( (b - a) * 10 < hz )); then
			printf '    %s idle %ss after the warm-up (JIT compilation done)\n' "$name" "$((SECONDS - start))"
			return 0
		fi
	done
	warn "$name still busy ${QUIET_TIMEOUT}s after the warm-up; measuring anyway"
}

ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }

# measure NAME PID PGDATA BASE_URL PATH WARMUP_OUT RUN_OUT: warm-up (discarded), pause, measured
# run. Sets RESULT_LINE and CPU_SHARES. With COUNT_VIEWS=1, reads the view count before and after
# the measured run (VIEWS_BEFORE, VIEWS_AFTER).
measure() {
	local name=$1 pid=$2 pgdata=$3 base=$4 path=$5 warm_out=$6 run_out=$7 before after other
	say "$name: warm-up, ${WARMUP}s (results discarded)"
	run_wrk "$WARMUP" "$base$path" "$warm_out"
	printf '    warm-up: %s\n' "$(grep '^RESULT ' "$warm_out" | sed 's/^RESULT //' | cut -d' ' -f1,5)"
	# Let the requests still in flight when the warm-up stopped finish before counting.
	sleep "$SETTLE"
	wait_quiet "$pid" "$name"
	if [[ ${COUNT_VIEWS:-0} == 1 ]]; then
		VIEWS_BEFORE=$(read_views "$base$path")
		printf '    views before: %s (this read counted itself)\n' "$VIEWS_BEFORE"
	fi
	PROBE_BEFORE=$(cpu_probe_ms)
	say "$name: measured run, ${DURATION}s, $THREADS threads, $CONNECTIONS connections"
	before=$(cpu_snapshot "$pid" "$pgdata")
	run_wrk "$DURATION" "$base$path" "$run_out"
	after=$(cpu_snapshot "$pid" "$pgdata")
	sed 's/^/    /' "$run_out"
	RESULT_LINE=$(grep '^RESULT ' "$run_out" | tail -n1)
	CPU_SHARES=$(cpu_shares "$before" "$after")
	printf '    CPU of the machine during the run: %s\n' "$CPU_SHARES"
	other=$(sed -n 's/.*other=\([0-9]*\)%.*/\1/p' <<<"$CPU_SHARES")
	if [[ -n $other ]] && (( other > 10 )); then
		warn "other processes used ${other}% of the machine's CPU during the $name run: its figures are low and not comparable"
	fi
	sleep "$SETTLE"
	PROBE_AFTER=$(cpu_probe_ms)
	PROBES="$PROBE_BEFORE ms before, $PROBE_AFTER ms after"
	printf '    CPU speed probe (lower is faster): %s\n' "$PROBES"
	if [[ ${COUNT_VIEWS:-0} == 1 ]]; then
		VIEWS_AFTER=$(read_views "$base$path")
		printf '    views after: %s (this read counted itself)\n' "$VIEWS_AFTER"
	fi
}

# ---------------------------------------------------------------------------------------------
# Build

GIT_REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ $GIT_REV != unknown ]] && [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no -- src pom.xml 2>/dev/null) ]]; then
	GIT_REV="$GIT_REV+uncommitted changes"
fi

MAIN_JAR_BUILT=""
if [[ $SKIP_BUILD == 1 ]]; then
	MAIN_JAR_BUILT=$(newest_jar "$ROOT/target" 'jobboard-*.jar') || true
	[[ -n $MAIN_JAR_BUILT ]] && is_boot_jar "$MAIN_JAR_BUILT" \
		|| die "SKIP_BUILD=1 but there is no runnable target/jobboard-*.jar; build it first"
else
	build_main
fi
# Run a private copy: someone rebuilding target/ meanwhile must not pull the jar from under the app.
MAIN_JAR="$WORK_DIR/jobboard.jar"
cp "$MAIN_JAR_BUILT" "$MAIN_JAR"
is_boot_jar "$MAIN_JAR" || die "$MAIN_JAR_BUILT changed while it was copied (a concurrent build?); run again"

if [[ $BASELINE != 0 ]]; then
	[[ $SKIP_BUILD == 1 ]] || build_baseline
	BASE_JAR_BUILT=$(newest_jar "$BENCH_DIR/baseline/target" 'jobboard-baseline-*.jar') || true
	[[ -n $BASE_JAR_BUILT ]] && is_boot_jar "$BASE_JAR_BUILT" \
		|| die "no runnable bench/baseline/target/jobboard-baseline-*.jar; build it (or run without SKIP_BUILD=1)"
	BASE_JAR="$WORK_DIR/baseline.jar"
	cp "$BASE_JAR_BUILT" "$BASE_JAR"
fi

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
say "Machine: $(nproc 2>/dev/null || echo '?') CPUs, load average $LOAD_AT_START; java $JAVA_VERSION; wrk $WRK_VERSION"

# ---------------------------------------------------------------------------------------------
# Baseline first, then stopped, so that each app has the whole machine while it is measured.

BASE_RESULT=""
if [[ $BASELINE != 0 ]]; then
	BASE_PORT=$(free_port)
	BASE_PGDATA="$WORK_DIR/baseline-postgres"
	say "Starting the baseline on port $BASE_PORT (log: ${BASELINE_LOG#$ROOT/})"
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	start_server "the baseline" "$BASELINE_LOG" "Baseline is up at" \
		env BASELINE_DATA_DIR="$BASE_PGDATA" java $JAVA_OPTS -jar "$BASE_JAR" --server.port="$BASE_PORT"
	BASE_PID=$STARTED_PID
	COUNT_VIEWS=0 measure "baseline" "$BASE_PID" "$BASE_PGDATA" "http://127.0.0.1:$BASE_PORT" "$BASELINE_PATH" \
		"$WORK_DIR/baseline-warmup.txt" "$WORK_DIR/baseline-run.txt"
	BASE_RESULT=$RESULT_LINE
	BASE_CPU=$CPU_SHARES
	BASE_PROBES=$PROBES
	BASE_PROBE_MS=("$PROBE_BEFORE" "$PROBE_AFTER")
	say "Stopping the baseline"
	stop_server "$BASE_PID" "$BASE_PGDATA" "the baseline"
	BASE_PID=""
fi

# ---------------------------------------------------------------------------------------------
# The profile page with view counting off, on a fresh embedded PostgreSQL with the demo data: what
# the page costs without counting, to compare with the run below (the same page, counting on).

OFF_RESULT=""
if [[ $COUNTING_COMPARE != 0 ]]; then
	APP_PORT=$(free_port)
	APP_PGDATA="$WORK_DIR/jobboard-postgres-counting-off"
	mkdir -p "$APP_PGDATA"
	say "Starting the job board with view counting OFF on port $APP_PORT (log: ${APP_OFF_LOG#$ROOT/})"
	# shellcheck disable=SC2086
	start_server "the job board (counting off)" "$APP_OFF_LOG" "Job board is up" \
		env -u SPRING_DATASOURCE_URL JOBBOARD_DATA_DIR="$APP_PGDATA" JOBBOARD_DEMO_DATA=auto \
		java $JAVA_OPTS -jar "$MAIN_JAR" --server.port="$APP_PORT" --jobboard.views.counting-enabled=false
	APP_PID=$STARTED_PID
	read_views "http://127.0.0.1:$APP_PORT$PROFILE" >/dev/null
	COUNT_VIEWS=0 measure "profile, counting off" "$APP_PID" "$APP_PGDATA" "http://127.0.0.1:$APP_PORT" "$PROFILE" \
		"$WORK_DIR/off-warmup.txt" "$WORK_DIR/off-run.txt"
	OFF_RESULT=$RESULT_LINE
	OFF_CPU=$CPU_SHARES
	OFF_PROBES=$PROBES
	OFF_PROBE_MS=("$PROBE_BEFORE" "$PROBE_AFTER")
	say "Stopping the job board (counting off)"
	stop_server "$APP_PID" "$APP_PGDATA" "the job board (counting off)"
	APP_PID=""
fi

# ---------------------------------------------------------------------------------------------
# The profile page, on a fresh embedded PostgreSQL with the demo data.

APP_PORT=$(free_port)
APP_PGDATA="$WORK_DIR/jobboard-postgres"
mkdir -p "$APP_PGDATA"
say "Starting the job board on port $APP_PORT, data in a fresh $APP_PGDATA (log: ${APP_LOG#$ROOT/})"
# No database configured, so the app runs its embedded PostgreSQL and loads the demo companies.
# shellcheck disable=SC2086
start_server "the job board" "$APP_LOG" "Job board is up" \
	env -u SPRING_DATASOURCE_URL JOBBOARD_DATA_DIR="$APP_PGDATA" JOBBOARD_DEMO_DATA=auto \
	java $APP_JAVA_OPTS $JAVA_OPTS -jar "$MAIN_JAR" --server.port="$APP_PORT"
APP_PID=$STARTED_PID

APP_URL="http://127.0.0.1:$APP_PORT"
read_views "$APP_URL$PROFILE" >/dev/null # fails early, before the warm-up, if the page has no count

COUNT_VIEWS=1 measure "profile" "$APP_PID" "$APP_PGDATA" "$APP_URL" "$PROFILE" \
	"$WORK_DIR/profile-warmup.txt" "$WORK_DIR/profile-run.txt"
PROFILE_RESULT=$RESULT_LINE
APP_CPU=$CPU_SHARES
APP_PROBES=$PROBES
APP_PROBE_MS=("$PROBE_BEFORE" "$PROBE_AFTER")

HIGH_RESULT=""
if (( HIGH_CONNECTIONS > 0 )); then
	CONNECTIONS=$HIGH_CONNECTIONS COUNT_VIEWS=0 measure "profile, $HIGH_CONNECTIONS connections" "$APP_PID" "$APP_PGDATA" \
		"$APP_URL" "$PROFILE" "$WORK_DIR/high-warmup.txt" "$WORK_DIR/high-run.txt"
	HIGH_RESULT=$RESULT_LINE
fi
APP_RSS_KB=$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
# The page exactly as a visitor gets it, for nginx to serve.
mkdir -p "$WORK_DIR/nginx/html"
curl -fsS -A "$USER_AGENT" "$APP_URL$PROFILE" -o "$WORK_DIR/nginx/html/profile.html"

say "Stopping the job board"
stop_server "$APP_PID" "$APP_PGDATA" "the job board"
APP_PID=""

# ---------------------------------------------------------------------------------------------
# Start-up on the existing database (the one just used, demo data loaded): from launching java to the first
# profile page served. Then, once per collector of GC_COMPARE, a short measured run on it.

# start_timed NAME LOG OPTIONS...: starts the job board on APP_PGDATA, sets STARTUP_MS to the first served profile.
start_timed() {
	local name=$1 log=$2 started deadline
	shift 2
	started=$(date +%s%N)
	# shellcheck disable=SC2086
	env -u SPRING_DATASOURCE_URL JOBBOARD_DATA_DIR="$APP_PGDATA" JOBBOARD_DEMO_DATA=auto \
		java "$@" -jar "${START_JAR:-$MAIN_JAR}" --server.port="$APP_PORT" >"$log" 2>&1 &
	APP_PID=$!
	deadline=$((SECONDS + STARTUP_TIMEOUT))
	until curl -fso /dev/null -A "$USER_AGENT" "$APP_URL$PROFILE" 2>/dev/null; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$log" >&2; die "$name exited during start-up"; }
		(( SECONDS < deadline )) || die "$name was not up after ${STARTUP_TIMEOUT}s"
		sleep 0.05
	done
	STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

# shellcheck disable=SC2086
start_timed "the job board (existing database)" "$WORK_DIR/restart.log" $APP_JAVA_OPTS $JAVA_OPTS
STARTUP_EXISTING_MS=$STARTUP_MS
say "Start-up on the existing database: ${STARTUP_EXISTING_MS} ms to the first served profile"
stop_server "$APP_PID" "$APP_PGDATA" "the job board (existing database)"
APP_PID=""

# The same start with class data sharing (CDS): the jar extracted as Spring Boot recommends, one training run
# that stops once the context is refreshed and writes the archive of the classes it loaded, then the timed start
# that maps that archive instead of loading and verifying the classes one by one.
STARTUP_CDS_MS=""
if [[ $CDS == 1 ]]; then
	say "Class data sharing: extracting the jar and recording the archive (training run)"
	java -Djarmode=tools -jar "$MAIN_JAR" extract --destination "$WORK_DIR/cds" >"$WORK_DIR/cds-extract.log" 2>&1 \
		|| { cat "$WORK_DIR/cds-extract.log" >&2; die "could not extract the jar for CDS"; }
	CDS_JAR=$(ls "$WORK_DIR"/cds/*.jar | head -n1)
	# shellcheck disable=SC2086
	env -u SPRING_DATASOURCE_URL JOBBOARD_DATA_DIR="$APP_PGDATA" JOBBOARD_DEMO_DATA=auto \
		java $APP_JAVA_OPTS $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK_DIR/cds/app.jsa" -Dspring.context.exit=onRefresh \
		-jar "$CDS_JAR" --server.port="$APP_PORT" >"$WORK_DIR/cds-training.log" 2>&1 \
		|| { tail -n 30 "$WORK_DIR/cds-training.log" >&2; die "the CDS training run failed"; }
	# shellcheck disable=SC2086
	START_JAR=$CDS_JAR start_timed "the job board (existing database, CDS)" "$WORK_DIR/restart-cds.log" \
		$APP_JAVA_OPTS $JAVA_OPTS -XX:SharedArchiveFile="$WORK_DIR/cds/app.jsa"
	STARTUP_CDS_MS=$STARTUP_MS
	say "Start-up on the existing database with CDS: ${STARTUP_CDS_MS} ms to the first served profile"
	stop_server "$APP_PID" "$APP_PGDATA" "the job board (existing database, CDS)"
	APP_PID=""
fi

GC_LINES=()
for gc in $GC_COMPARE; do
	# shellcheck disable=SC2086
	# APP_JAVA_OPTS names a collector already: the JVM refuses two, so this run's collector replaces it.
	start_timed "the job board ($gc)" "$WORK_DIR/gc.log" $(sed -E 's/-XX:\+Use[A-Za-z0-9]+GC//g' <<<"$APP_JAVA_OPTS") $JAVA_OPTS "$gc"
	COUNT_VIEWS=0 measure "profile, $gc" "$APP_PID" "$APP_PGDATA" "$APP_URL" "$PROFILE" \
		"$WORK_DIR/gc-warmup.txt" "$WORK_DIR/gc-run.txt"
	GC_LINES+=("$(printf '%-22s rps %s, p50 %s ms, p99 %s ms, RSS %s MB, start-up %s ms' "$gc" \
		"$(field "$RESULT_LINE" rps)" "$(field "$RESULT_LINE" p50_ms)" "$(field "$RESULT_LINE" p99_ms)" \
		"$(( $(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status") / 1024 ))" "$STARTUP_MS")")
	stop_server "$APP_PID" "$APP_PGDATA" "the job board ($gc)"
	APP_PID=""
done

# ---------------------------------------------------------------------------------------------
# nginx serving the same HTML, alone on the machine like the apps (Debian's nginx, if installed).

NGINX_RESULT=""
NGINX_HIGH_RESULT=""
if [[ $NGINX == 1 ]] && command -v nginx >/dev/null 2>&1; then
	NGINX_PORT=$(free_port)
	mkdir -p "$WORK_DIR/nginx/logs"
	cat >"$WORK_DIR/nginx/nginx.conf" <<NGINX_CONF
worker_processes auto;
pid $WORK_DIR/nginx/nginx.pid;
error_log $WORK_DIR/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 1000000;
	types { text/html html; }
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $WORK_DIR/nginx/html;
		location = $PROFILE { default_type "text/html; charset=UTF-8"; try_files /profile.html =404; }
	}
}
NGINX_CONF
	say "Starting nginx on port $NGINX_PORT with the same HTML"
	nginx -p "$WORK_DIR/nginx" -c "$WORK_DIR/nginx/nginx.conf" -g 'daemon off;' >"$WORK_DIR/nginx/logs/out.log" 2>&1 &
	NGINX_PID=$!
	for _ in $(seq 1 50); do curl -fso /dev/null "http://127.0.0.1:$NGINX_PORT$PROFILE" && break; sleep 0.1; done
	COUNT_VIEWS=0 measure "nginx" "$NGINX_PID" "" "http://127.0.0.1:$NGINX_PORT" "$PROFILE" \
		"$WORK_DIR/nginx-warmup.txt" "$WORK_DIR/nginx-run.txt"
	NGINX_RESULT=$RESULT_LINE
	if (( HIGH_CONNECTIONS > 0 )); then
		CONNECTIONS=$HIGH_CONNECTIONS COUNT_VIEWS=0 measure "nginx, $HIGH_CONNECTIONS connections" "$NGINX_PID" "" \
			"http://127.0.0.1:$NGINX_PORT" "$PROFILE" "$WORK_DIR/nginx-high-warmup.txt" "$WORK_DIR/nginx-high-run.txt"
		NGINX_HIGH_RESULT=$RESULT_LINE
	fi
	kill -TERM "$NGINX_PID" 2>/dev/null || true
	wait "$NGINX_PID" 2>/dev/null || true
elif [[ $NGINX == 1 ]]; then
	warn "nginx is not installed (sudo apt-get install nginx-light): no nginx comparison"
fi
APP_LOG_PROBLEMS=$(grep -cE '^[0-9TZ:.+-]+ +(WARN|ERROR) ' "$APP_LOG" || true)
# The first few ERROR messages, without the logger's prefix.
APP_LOG_ERRORS=$(grep -E '^[0-9TZ:.+-]+ +ERROR ' "$APP_LOG" | sed -E 's/^.*\] [^ ]+ +: //' | head -n3 || true)

# ---------------------------------------------------------------------------------------------
# The view count check.
#
# Every GET of the profile counts one view before the page is rendered. The count read before the
# run includes that read; the count read after it includes the second read, so the views added by
# wrk are: growth = after - before - 1.
#
# That growth must equal the number of requests wrk SENT, not the number it COMPLETED: wrk stops
# when the duration is up without waiting for the requests still in flight (at most one per
# connection). Those requests did reach the server, which handles them and counts their views, but
# wrk never reads their responses, so its "requests" figure leaves them out. count.lua therefore
# counts requests as they are sent (each call of request() is one request written), and sent -
# completed is the number in flight at the end, between 0 and CONNECTIONS. A growth equal to
# "completed" would mean views were lost; a growth equal to "sent" means every request counted
# exactly once. (wrk's "timeout" errors are only slow responses. After a write error wrk drops the
# connection; the request that failed was counted as sent but may not have arrived, so with write
# errors the two can differ by up to their number; the run reports them.)

P_COMPLETED=$(field "$PROFILE_RESULT" requests)
P_SENT=$(field "$PROFILE_RESULT" sent)
P_RPS=$(field "$PROFILE_RESULT" rps)
P_P50=$(field "$PROFILE_RESULT" p50_ms)
P_P90=$(field "$PROFILE_RESULT" p90_ms)
P_P99=$(field "$PROFILE_RESULT" p99_ms)
P_MAX=$(field "$PROFILE_RESULT" max_ms)
P_NON2XX=$(field "$PROFILE_RESULT" non2xx)
P_ERRORS=$(field "$PROFILE_RESULT" errors)
P_ERRORS_DETAIL="connect $(field "$PROFILE_RESULT" connect), read $(field "$PROFILE_RESULT" read), write $(field "$PROFILE_RESULT" write), timeout $(field "$PROFILE_RESULT" timeout)"
IN_FLIGHT=$((P_SENT - P_COMPLETED))
GROWTH=$((VIEWS_AFTER - VIEWS_BEFORE - 1))
if (( GROWTH == P_SENT )); then
	COUNT_CHECK=PASS
else
	COUNT_CHECK=FAIL
fi

verdict() { if "$@"; then echo PASS; else echo MISS; fi; }
RPS_VERDICT=$(verdict ge "$P_RPS" "$TARGET_RPS")
P99_VERDICT=$(verdict lt "$P_P99" "$TARGET_P99_MS")

if [[ -n $OFF_RESULT ]]; then
	O_RPS=$(field "$OFF_RESULT" rps)
	O_P50=$(field "$OFF_RESULT" p50_ms)
	O_P99=$(field "$OFF_RESULT" p99_ms)
	O_COMPLETED=$(field "$OFF_RESULT" requests)
	O_NON2XX=$(field "$OFF_RESULT" non2xx)
	O_ERRORS=$(field "$OFF_RESULT" errors)
	COUNTING_RATIO=$(awk -v on="$P_RPS" -v off="$O_RPS" 'BEGIN { if (off > 0) printf "%.3f", on / off; else print "inf" }')
	COUNTING_VERDICT=$(verdict ge "$COUNTING_RATIO" "$TARGET_COUNTING_RATIO")
	COUNTING_SPREAD=$(printf '%s\n' "${OFF_PROBE_MS[@]}" "${APP_PROBE_MS[@]}" | awk '
		/^[0-9]+$/ { n++; if (min == "" || $1 < min) min = $1; if ($1 > max) max = $1 }
		END { if (n == 4 && min > 0) printf "%.2f", max / min }')
fi

if [[ -n $BASE_RESULT ]]; then
	B_RPS=$(field "$BASE_RESULT" rps)
	B_P50=$(field "$BASE_RESULT" p50_ms)
	B_P99=$(field "$BASE_RESULT" p99_ms)
	B_COMPLETED=$(field "$BASE_RESULT" requests)
	B_NON2XX=$(field "$BASE_RESULT" non2xx)
	B_ERRORS=$(field "$BASE_RESULT" errors)
	RATIO=$(awk -v p="$P_RPS" -v b="$B_RPS" 'BEGIN { if (b > 0) printf "%.2f", p / b; else print "inf" }')
	RATIO_VERDICT=$(verdict ge "$RATIO" "$TARGET_RATIO")
	# The four probes should be alike; the slowest well above the fastest means the CPU was not
	# equally fast for both runs (a busy host under a virtual machine, say).
	PROBE_SPREAD=$(printf '%s\n' "${BASE_PROBE_MS[@]}" "${APP_PROBE_MS[@]}" | awk '
		/^[0-9]+$/ { n++; if (min == "" || $1 < min) min = $1; if ($1 > max) max = $1 }
		END { if (n == 4 && min > 0) printf "%.2f", max / min }')
fi

SUMMARY=$(
	echo "== Profile page benchmark $TIMESTAMP =="
	echo "code:      $GIT_REV"
	echo "machine:   $(nproc 2>/dev/null || echo '?') CPUs, load average at start $LOAD_AT_START; java $JAVA_VERSION; wrk $WRK_VERSION"
	echo "settings:  wrk -t $THREADS -c $CONNECTIONS, warm-up ${WARMUP}s, measured ${DURATION}s${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}"
	echo "profile:   GET $PROFILE"
	printf '  requests/s        %s\n' "$P_RPS"
	printf '  latency p50 %s ms, p90 %s ms, p99 %s ms, max %s ms\n' "$P_P50" "$P_P90" "$P_P99" "$P_MAX"
	printf '  completed %s, sent %s, sent - completed (in flight at the end) %s\n' "$P_COMPLETED" "$P_SENT" "$IN_FLIGHT"
	printf '  non-2xx %s, socket errors %s (%s)\n' "$P_NON2XX" "$P_ERRORS" "$P_ERRORS_DETAIL"
	printf '  CPU of the machine during the run: %s; CPU speed probe %s\n' "$APP_CPU" "$APP_PROBES"
	printf '  views before %s, after %s, growth (after - before - 1) %s\n' "$VIEWS_BEFORE" "$VIEWS_AFTER" "$GROWTH"
	printf '  app log: %s WARN/ERROR lines (%s)\n' "$APP_LOG_PROBLEMS" "${APP_LOG#$ROOT/}"
	[[ -z $APP_LOG_ERRORS ]] || sed 's/^/    ERROR: /' <<<"$APP_LOG_ERRORS"
	if [[ -n $OFF_RESULT ]]; then
		echo "counting off: GET $PROFILE with jobboard.views.counting-enabled=false"
		printf '  requests/s        %s\n' "$O_RPS"
		printf '  latency p50 %s ms, p99 %s ms; completed %s, non-2xx %s, socket errors %s\n' \
			"$O_P50" "$O_P99" "$O_COMPLETED" "$O_NON2XX" "$O_ERRORS"
		printf '  CPU of the machine during the run: %s; CPU speed probe %s\n' "$OFF_CPU" "$OFF_PROBES"
	fi
	if [[ -n $BASE_RESULT ]]; then
		echo "baseline:  GET $BASELINE_PATH, Spring Boot + Thymeleaf + JPA reading one entity"
		printf '  requests/s        %s\n' "$B_RPS"
		printf '  latency p50 %s ms, p99 %s ms; completed %s, non-2xx %s, socket errors %s\n' \
			"$B_P50" "$B_P99" "$B_COMPLETED" "$B_NON2XX" "$B_ERRORS"
		printf '  CPU of the machine during the run: %s; CPU speed probe %s\n' "$BASE_CPU" "$BASE_PROBES"
	fi
	echo "targets:"
	printf '  throughput  >= %s req/s     %s  (%s)\n' "$TARGET_RPS" "$RPS_VERDICT" "$P_RPS"
	printf '  p99 latency <  %s ms        %s  (%s ms)\n' "$TARGET_P99_MS" "$P99_VERDICT" "$P_P99"
	if [[ -n $BASE_RESULT ]]; then
		printf '  vs baseline >= %sx          %s  (%sx)\n' "$TARGET_RATIO" "$RATIO_VERDICT" "$RATIO"
		echo "RATIO profile/baseline = $RATIO"
		if [[ -n $PROBE_SPREAD ]] && ge "$PROBE_SPREAD" 1.3; then
			echo "  (unreliable: the CPU speed probes differ by a factor $PROBE_SPREAD between the runs)"
		fi
	else
		echo "RATIO profile/baseline = n/a (BASELINE=0)"
	fi
	if [[ -n $OFF_RESULT ]]; then
		printf '  counting on/off >= %s       %s  (%s)\n' "$TARGET_COUNTING_RATIO" "$COUNTING_VERDICT" "$COUNTING_RATIO"
		echo "RATIO counting on/off = $COUNTING_RATIO"
		if [[ -n $COUNTING_SPREAD ]] && ge "$COUNTING_SPREAD" 1.3; then
			echo "  (unreliable: the CPU speed probes differ by a factor $COUNTING_SPREAD between the runs)"
		fi
	else
		echo "RATIO counting on/off = n/a (COUNTING_COMPARE=0)"
	fi
	if [[ -n $HIGH_RESULT ]]; then
		printf 'profile at -c%s: rps %s, p50 %s ms, p99 %s ms\n' "$HIGH_CONNECTIONS" "$(field "$HIGH_RESULT" rps)" \
			"$(field "$HIGH_RESULT" p50_ms)" "$(field "$HIGH_RESULT" p99_ms)"
	fi
	if [[ -n $NGINX_RESULT ]]; then
		printf 'nginx, same HTML: rps %s, p50 %s ms, p99 %s ms\n' "$(field "$NGINX_RESULT" rps)" \
			"$(field "$NGINX_RESULT" p50_ms)" "$(field "$NGINX_RESULT" p99_ms)"
		[[ -z $NGINX_HIGH_RESULT ]] || printf 'nginx at -c%s: rps %s, p50 %s ms, p99 %s ms\n' "$HIGH_CONNECTIONS" \
			"$(field "$NGINX_HIGH_RESULT" rps)" "$(field "$NGINX_HIGH_RESULT" p50_ms)" "$(field "$NGINX_HIGH_RESULT" p99_ms)"
		echo "RATIO profile/nginx = $(awk -v p="$P_RPS" -v n="$(field "$NGINX_RESULT" rps)" 'BEGIN { printf "%.2f", p / n }') (target >= 0.35)"
	fi
	echo "start-up on the existing database: ${STARTUP_EXISTING_MS} ms to the first served profile (target <= 5000)"
	[[ -z $STARTUP_CDS_MS ]] || echo "start-up on the existing database with CDS: ${STARTUP_CDS_MS} ms to the first served profile (target <= 5000)"
	echo "RSS after the load test: $((APP_RSS_KB / 1024)) MB with $APP_JAVA_OPTS (target <= 400)"
	for line in "${GC_LINES[@]}"; do echo "GC $line"; done
	printf 'COUNT CHECK: %s (completed %s, sent %s, growth %s, sent - completed %s)\n' \
		"$COUNT_CHECK" "$P_COMPLETED" "$P_SENT" "$GROWTH" "$IN_FLIGHT"
	echo "PROFILE $PROFILE_RESULT"
	[[ -z $OFF_RESULT ]] || echo "COUNTING_OFF $OFF_RESULT"
	[[ -z $BASE_RESULT ]] || echo "BASELINE $BASE_RESULT"
)

echo
printf '%s\n' "$SUMMARY"
{
	printf '%s\n' "$SUMMARY"
	echo
	echo "-- wrk, profile, measured run --"
	cat "$WORK_DIR/profile-run.txt"
	if [[ -n $OFF_RESULT ]]; then
		echo "-- wrk, profile with counting off, measured run --"
		cat "$WORK_DIR/off-run.txt"
	fi
	if [[ -n $BASE_RESULT ]]; then
		echo "-- wrk, baseline, measured run --"
		cat "$WORK_DIR/baseline-run.txt"
	fi
	echo
} >>"$RESULT_FILE"
echo "(summary appended to ${RESULT_FILE#$ROOT/})"

(( P_NON2XX == 0 )) || warn "$P_NON2XX responses of the profile page were not 2xx"
if (( IN_FLIGHT < 0 || IN_FLIGHT > CONNECTIONS )); then
	warn "sent - completed = $IN_FLIGHT, outside 0..$CONNECTIONS: wrk did not behave as count.lua assumes"
fi
if [[ $COUNT_CHECK != PASS ]]; then
	if (( GROWTH == P_COMPLETED )); then
		echo "The count grew by the completed requests only: the $IN_FLIGHT requests in flight at the end were not counted." >&2
	fi
	(( P_ERRORS == 0 )) || echo "There were socket errors ($P_ERRORS_DETAIL); see the wrk output above." >&2
	die "view count mismatch: the page counted $GROWTH views for $P_SENT requests sent"
fi
