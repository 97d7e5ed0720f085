#!/usr/bin/env bash
# The test command (README "Run the tests"; `.ci/run` runs exactly this).
# On a fresh machine it installs ICU's headers when pkg-config cannot find them,
# then runs, each build in its own scratch directory:
#   1. the whole suite (debug build);
#   2. the whole suite under AddressSanitizer (heap and stack overflows,
#      use-after-free, leaks, in the library, the CLI binary the CLI tests run,
#      and the C shim over ICU);
#   3. the tests of the parallel batch path under ThreadSanitizer: the ordered
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

step "tests" swift test "$@"
step "tests under AddressSanitizer" swift test --sanitize=address --scratch-path .build-asan "$@"
step "parallel batch tests under ThreadSanitizer" swift test --sanitize=thread --scratch-path .build-tsan \
    --filter 'OrderedParallelMapTests|BatchCommandTests' "$@"
