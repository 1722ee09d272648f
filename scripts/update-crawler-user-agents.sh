#!/usr/bin/env bash
# Replaces the list of crawler user agents that view counting uses (src/main/resources/views/) with
# a release of the crawler-user-agents package from the npm registry (MIT licence).
#
#   scripts/update-crawler-user-agents.sh            # the latest release
#   scripts/update-crawler-user-agents.sh 1.60.0     # a given release
#
# Then run CrawlerUserAgentsTests (every pattern compiles in Java and matches its examples, and
# ordinary browsers are not taken for crawlers) and commit the list with its version in the message.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET="$ROOT/src/main/resources/views"
VERSION=${1:-latest}

command -v npm >/dev/null 2>&1 || { echo "npm is needed (apt-get install npm)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "crawler-user-agents@$VERSION" >/dev/null)
tar -xzf "$WORK"/crawler-user-agents-*.tgz -C "$WORK"
cp "$WORK/package/crawler-user-agents.json" "$TARGET/crawler-user-agents.json"
cp "$WORK/package/LICENSE" "$TARGET/crawler-user-agents.LICENSE"
RELEASE=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$WORK/package/package.json")
sed -i "s/^crawler-user-agents .*/crawler-user-agents $RELEASE/" "$TARGET/crawler-user-agents.VERSION"
echo "crawler-user-agents $RELEASE: $(grep -c '"pattern"' "$TARGET/crawler-user-agents.json") patterns in ${TARGET#$ROOT/}"
