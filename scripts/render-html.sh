#!/usr/bin/env bash
# Renders an article through `whosaid show` and takes a headless Chromium
# screenshot of the page, so the HTML view can be looked at as a PNG.
# Usage: scripts/render-html.sh ARTICLE.txt OUT.png [WIDTH HEIGHT]
# Needs a built whosaid (WHOSAID, default .build/release/whosaid) and Debian's `chromium`.
set -euo pipefail
article=${1:?usage: render-html.sh ARTICLE.txt OUT.png [WIDTH HEIGHT]}
png=${2:?usage: render-html.sh ARTICLE.txt OUT.png [WIDTH HEIGHT]}
width=${3:-1280}
height=${4:-2000}
whosaid=${WHOSAID:-.build/release/whosaid}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "render-html.sh: chromium not found (apt-get install chromium)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$whosaid" show "$article" --html "$work/page.html"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size="$width,$height" --screenshot="$png" "file://$work/page.html" >/dev/null 2>&1
[ -s "$png" ] || { echo "render-html.sh: chromium wrote no screenshot" >&2; exit 1; }
echo "$png"
