#!/usr/bin/env bash
# Benchmarks the import: generates a WP Job Board Pro export (WXR) with COMPANIES employers and
# JOBS jobs, imports it from the command line into a fresh embedded PostgreSQL
# (java -jar … --jobboard.import=FILE), and reports the time and the peak memory.
#
#   bench/import.sh                          # 10,000 companies, 100,000 jobs
#   COMPANIES=1000 JOBS=10000 bench/import.sh
#
# Environment knobs (defaults in brackets):
#   COMPANIES   employers in the generated export            [10000]
#   JOBS        jobs in the generated export                 [100000]
#   HEAP        the JVM's maximum heap: the import must fit   [512m]
#   SKIP_BUILD  1: use the jar already built                 [0]
#   PROFILE     1: record the import with JFR and print where the CPU went (bench/jfr-top.py) [0]
#   JAVA_OPTS   more JVM options                              []
#   WORK        folder for the export and the database       [bench/results/import-<time>]
#
# Exit status: 0 when the import went through and counted every record, else 1.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
COMPANIES=${COMPANIES:-10000}
JOBS=${JOBS:-100000}
HEAP=${HEAP:-512m}
WORK=${WORK:-$BENCH_DIR/results/import-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$WORK"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
	(cd "$ROOT" && ./mvnw -B -ntp -q -DskipTests package)
fi
JAR=$(ls "$ROOT"/target/jobboard-*.jar | grep -v plain | head -n 1)

EXPORT="$WORK/board.xml"
echo "Generating $EXPORT: $COMPANIES employers, $JOBS jobs"
python3 - "$EXPORT" "$COMPANIES" "$JOBS" <<'PY'
import sys
path, companies, jobs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
types = ["full-time", "part-time", "freelance", "internship", "temporary"]
with open(path, "w", encoding="utf-8") as out:
    w = out.write
    w('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
      '<title>Bench</title><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example</wp:base_site_url>\n')
    def meta(key, value):
        return f"<wp:postmeta><wp:meta_key><![CDATA[{key}]]></wp:meta_key><wp:meta_value><![CDATA[{value}]]></wp:meta_value></wp:postmeta>"
    for c in range(1, companies + 1):
        w(f"<item><title><![CDATA[Bench Company {c}]]></title><dc:creator><![CDATA[user{c}]]></dc:creator>"
          f"<content:encoded><![CDATA[<p>Company <strong>{c}</strong> makes things.</p><p>Since {1900 + c % 120}.</p>]]></content:encoded>"
          f"<wp:post_id>{c}</wp:post_id><wp:post_name><![CDATA[bench-company-{c}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>"
          f"<wp:post_type><![CDATA[employer]]></wp:post_type>"
          + meta("_employer_user_id", c) + meta("_employer_email", f"hello{c}@bench.example")
          + meta("_employer_website", f"https://company{c}.bench.example") + meta("_employer_founded_date", 1900 + c % 120)
          + meta("_employer_company_size", "11-50") + meta("_employer_address", f"Street {c}, Berlin") + "</item>\n")
    for j in range(1, jobs + 1):
        owner = (j % companies) + 1
        w(f"<item><title><![CDATA[Bench Job {j}]]></title><dc:creator><![CDATA[user{owner}]]></dc:creator>"
          f"<content:encoded><![CDATA[<h2>The job</h2><p>Job <em>{j}</em>: build and ship.</p><ul><li>One</li><li>Two</li></ul>]]></content:encoded>"
          f"<wp:post_id>{companies + j}</wp:post_id><wp:post_date_gmt><![CDATA[2024-05-01 08:00:00]]></wp:post_date_gmt>"
          f"<wp:post_name><![CDATA[bench-job-{j}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>"
          f"<wp:post_type><![CDATA[job_listing]]></wp:post_type>"
          f'<category domain="job_listing_type" nicename="{types[j % len(types)]}"><![CDATA[{types[j % len(types)]}]]></category>'
          + meta("_job_posted_by", owner) + meta("_job_expiry_date", "2099-12-31") + meta("_job_salary", 3000 + j % 1000)
          + meta("_job_max_salary", 5000 + j % 1000) + meta("_job_salary_type", "monthly") + meta("_job_salary_currency", "EUR")
          + meta("_job_apply_url", f"https://company{owner}.bench.example/jobs/{j}") + meta("_job_address", f"Office {j % 50}, Berlin")
          + "</item>\n")
    w("</channel>\n</rss>\n")
PY
SIZE=$(du -h "$EXPORT" | cut -f1)
echo "Export: $SIZE"

LOG="$WORK/import.log"
TIMES="$WORK/time.txt"
echo "Importing with -Xmx$HEAP into a fresh embedded PostgreSQL in $WORK/postgres"
JVM_OPTS=("-Xmx$HEAP" "-Xlog:gc:file=$WORK/gc.log")
if [[ "${PROFILE:-0}" == 1 ]]; then
	JVM_OPTS+=("-XX:StartFlightRecording=filename=$WORK/import.jfr,settings=profile")
fi
# shellcheck disable=SC2206
JVM_OPTS+=(${JAVA_OPTS:-})
set +e
JOBBOARD_DATA_DIR="$WORK/postgres" JOBBOARD_DEMO_DATA=false PORT=0 \
	/usr/bin/time -v -o "$TIMES" java "${JVM_OPTS[@]}" -jar "$JAR" \
	--jobboard.import="$EXPORT" > "$LOG" 2>&1
STATUS=$?
set -e
SUMMARY=$(grep -o 'Import done of .*' "$LOG" | tail -n 1 || true)
WALL=$(grep 'Elapsed (wall clock)' "$TIMES" | awk '{print $NF}')
RSS_KB=$(grep 'Maximum resident set size' "$TIMES" | awk '{print $NF}')
HEAP_PEAK=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | sed -E 's/M->.*//' | sort -n | tail -n 1)
IMPORT_MS=$(grep -oE ' in [0-9]+ ms:' <<<"$SUMMARY" | grep -oE '[0-9]+' || true)
echo "Status: $STATUS"
echo "Result: ${SUMMARY:-none (see $LOG)}"
if [[ -n "$IMPORT_MS" && "$IMPORT_MS" -gt 0 ]]; then
	echo "Import alone: $((IMPORT_MS / 1000)) s, $(((COMPANIES + JOBS) * 1000 / IMPORT_MS)) records/s (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
fi
echo "Wall time (JVM start to exit, including the start-up and migrations): $WALL"
echo "Peak resident memory of the JVM: $((RSS_KB / 1024)) MB (heap limit $HEAP, heap used before a GC at most ${HEAP_PEAK:-?} MB)"
if [[ $STATUS -ne 0 ]] || ! grep -q "companies created $COMPANIES," <<<"$SUMMARY" \
	|| ! grep -q "jobs created $JOBS," <<<"$SUMMARY"; then
	echo "FAIL: the import did not create every company and job (see $LOG)"
	exit 1
fi
if [[ "${PROFILE:-0}" == 1 ]]; then
	jfr print --json --events jdk.ExecutionSample,jdk.GCPhasePause "$WORK/import.jfr" | python3 "$BENCH_DIR/jfr-top.py"
fi
