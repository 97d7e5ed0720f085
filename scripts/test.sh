#!/usr/bin/env bash
# The test command (README "Run the tests"; `.ci/run` runs exactly this).
# On a fresh machine it installs ICU's headers when pkg-config cannot find them,
# then runs, each build in its own scratch directory:
#   1. the whole suite (debug build);
#   2. the library tests (every stage: segmentation, entities, quotes, output,
#      batch, views, evaluation, and the hostile-input tests) under
#      AddressSanitizer, optimized: a debug build under ASan runs the tagger
#      ~10x slower and the whole suite, CLI tests included, took over 35 min;
#   3. the parallel batch path under ThreadSanitizer, optimized: the ordered
#      parallel map, and the CLI batch tests, which run the sanitized binary
#      with --jobs > 1.
# Extra arguments go to every `swift test` (e.g. --jobs 1).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pkg-config --exists icu-uc 2>/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libicu-dev pkg-config
fi

step() {
    local name=$1
    shift
    local start=$SECONDS
    echo "== $name"
    "$@"
    echo "== $name: passed in $((SECONDS - start)) s"
}

# Swift Testing only: no XCTest run (XCTest's own runner leaks under LeakSanitizer).
step "tests" swift test --disable-xctest "$@"
sanitized=(-c release -Xswiftc -enable-testing --disable-xctest)
step "library tests under AddressSanitizer" swift test "${sanitized[@]}" --sanitize=address \
    --scratch-path .build-asan --filter 'WhoSaidTests\.' "$@"
step "parallel batch tests under ThreadSanitizer" swift test "${sanitized[@]}" --sanitize=thread \
    --scratch-path .build-tsan --filter 'OrderedParallelMapTests|BatchCommandTests' "$@"
