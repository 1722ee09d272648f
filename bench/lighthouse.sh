#!/usr/bin/env bash
# Runs Lighthouse (mobile, its default) on the job board's public pages and prints the four scores
# of each: home, /companies, a company profile, /jobs and a job page. The app runs from the jar on
# a free port with a fresh embedded PostgreSQL and the demo data, and is stopped afterwards.
# Not part of the build: it takes minutes. Needs Node.js (npx) and Chromium.
#
#   bench/lighthouse.sh                     # builds the jar, then measures
#   SKIP_BUILD=1 bench/lighthouse.sh        # uses target/jobboard-*.jar as it is
#   RUNS=3 bench/lighthouse.sh              # three runs per page, the median printed
#
# Environment knobs (defaults in brackets):
#   LIGHTHOUSE   the Lighthouse command               [npx --yes lighthouse@12]
#   CHROME_PATH  the Chromium Lighthouse starts       [/usr/bin/chromium]
#   SKIP_BUILD   1: do not build the jar              [0]
#   STARTUP_TIMEOUT  seconds to wait for the app      [600]
#   PROFILE, JOB the profile and job page paths to measure [the first of /companies and /jobs]
#   WARMUP_REQUESTS  requests to each page before measuring [50]
#   RUNS         Lighthouse runs per page: prints the run with the median performance score,
#                and the median total blocking time over the runs [1]
#   RESULTS_DIR  where the JSON reports go            [bench/results/lighthouse-TIMESTAMP]
#
# Exit status: 0 when every page was measured (whatever its scores), 1 on a setup failure.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
LIGHTHOUSE=${LIGHTHOUSE:-npx --yes lighthouse@12}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
SKIP_BUILD=${SKIP_BUILD:-0}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-600}
WARMUP_REQUESTS=${WARMUP_REQUESTS:-50}
RUNS=${RUNS:-1}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { printf 'ERROR: RUNS must be a positive number\n' >&2; exit 1; }
TIMESTAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS_DIR=${RESULTS_DIR:-$BENCH_DIR/results/lighthouse-$TIMESTAMP}
# A browser's user agent for curl: the pages are the same for every client, but this keeps the
# app's view counter and logs reading as they would for a person.
USER_AGENT='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36'

say() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

[[ -x $CHROME_PATH ]] || die "no Chromium at $CHROME_PATH (set CHROME_PATH)"
command -v node >/dev/null || die "Node.js is needed for Lighthouse"
command -v curl >/dev/null || die "curl is needed"

if [[ $SKIP_BUILD != 1 ]]; then
	say "Building the job board: ./mvnw -q -B -DskipTests package"
	(cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package) || die "the build failed"
fi
JAR=$(ls "$ROOT"/target/jobboard-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n1 || true)
[[ -n $JAR ]] || die "no target/jobboard-*.jar: build it first (./mvnw -DskipTests package)"

PORT=$(python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()')
WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/jobboard-lighthouse.XXXXXX")
APP_LOG="$WORK_DIR/app.log"
APP_PID=""
mkdir -p "$RESULTS_DIR"
# Run a copy, so that a rebuild of target/ during the run cannot pull the jar from under the app.
cp "$JAR" "$WORK_DIR/jobboard.jar"
JAR="$WORK_DIR/jobboard.jar"

cleanup() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		# SIGTERM: the app stops its embedded PostgreSQL as it shuts down.
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -KILL "$APP_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "Starting the job board on port $PORT (fresh embedded PostgreSQL with the demo data)"
env -u SPRING_DATASOURCE_URL JOBBOARD_DATA_DIR="$WORK_DIR/postgres" JOBBOARD_DEMO_DATA=auto \
	JOBBOARD_BASE_URL="http://127.0.0.1:$PORT" \
	java -jar "$JAR" --server.port="$PORT" >"$APP_LOG" 2>&1 &
APP_PID=$!
for second in $(seq 1 "$STARTUP_TIMEOUT"); do
	grep -q "Job board is up" "$APP_LOG" && break
	kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$APP_LOG" >&2; die "the app stopped while starting"; }
	(( second < STARTUP_TIMEOUT )) || { tail -n 30 "$APP_LOG" >&2; die "the app was not up after $STARTUP_TIMEOUT s"; }
	sleep 1
done
BASE="http://127.0.0.1:$PORT"

first_link() {
	curl -fsS -A "$USER_AGENT" "$BASE$1" | grep -oE "href=\"$2\"" | head -n1 | sed -E 's/^href="([^"]+)"$/\1/'
}
PROFILE=${PROFILE:-$(first_link /companies '/companies/[a-z0-9-]+')}
JOB=${JOB:-$(first_link /jobs '/jobs/[0-9]+/[a-z0-9-]+')}
[[ -n $PROFILE && -n $JOB ]] || die "found no profile or job link (profile '$PROFILE', job '$JOB')"

PAGES=(/ /companies "$PROFILE" /jobs "$JOB")
# A site that is up has compiled its hot code: warm the JIT before measuring, as a visitor would find it.
say "Warming up: $WARMUP_REQUESTS requests to each page and to the stylesheet"
for page in "${PAGES[@]}" /assets/css/site.css; do
	for _ in $(seq 1 "$WARMUP_REQUESTS"); do
		curl -fsS -o /dev/null -A "$USER_AGENT" -H 'Accept-Encoding: gzip, br' "$BASE$page" || true
	done
done
printf '\n%-48s %11s %13s %14s %5s %9s\n' "page (mobile)" performance accessibility "best practices" SEO "TBT (ms)"
for page in "${PAGES[@]}"; do
	name=$(printf '%s' "$page" | tr -c 'a-zA-Z0-9' '_')
	reports=()
	for run in $(seq 1 "$RUNS"); do
		report="$RESULTS_DIR/lighthouse$name.json"
		(( RUNS == 1 )) || report="$RESULTS_DIR/lighthouse$name-$run.json"
		# Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART): try again, three times at most.
		for attempt in 1 2 3; do
			# shellcheck disable=SC2086
			if $LIGHTHOUSE "$BASE$page" --quiet --output=json --output-path="$report" \
				--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
				>"$WORK_DIR/lighthouse.log" 2>&1; then
				break
			fi
			(( attempt < 3 )) || { tail -n 20 "$WORK_DIR/lighthouse.log" >&2; die "Lighthouse failed on $page"; }
			say "Lighthouse failed on $page (attempt $attempt), trying again"
		done
		reports+=("$report")
	done
	# With several runs: the run whose performance score is the median, and the median TBT of all runs.
	node -e '
		const [page, ...files] = process.argv.slice(1);
		const reports = files.map((file) => require(file));
		const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
		const performance = (report) => report.categories.performance.score;
		const report = reports.slice().sort((a, b) => performance(a) - performance(b))[Math.floor((reports.length - 1) / 2)];
		const tbt = median(reports.map((each) => each.audits["total-blocking-time"].numericValue));
		const score = (id) => Math.round(report.categories[id].score * 100);
		const failed = Object.values(report.audits)
			.filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative"
				&& audit.scoreDisplayMode !== "manual" && audit.scoreDisplayMode !== "notApplicable")
			.filter((audit) => ["accessibility", "best-practices", "seo"].some((category) =>
				report.categories[category].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)))
			.map((audit) => audit.id);
		const runs = reports.length > 1 ? "  runs: " + reports.map((each) => Math.round(performance(each) * 100)).join("/") : "";
		console.log(page.padEnd(48), String(score("performance")).padStart(11),
			String(score("accessibility")).padStart(13), String(score("best-practices")).padStart(14),
			String(score("seo")).padStart(5), String(Math.round(tbt)).padStart(9), runs,
			failed.length ? "  failing: " + failed.join(", ") : "");
	' "$page" "${reports[@]}"
done
printf '\nReports: %s\n' "${RESULTS_DIR#$ROOT/}"
