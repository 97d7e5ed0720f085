#!/usr/bin/env bash
# Builds a whosaid fuzz target with libFuzzer and AddressSanitizer and runs it.
# Usage: scripts/fuzz.sh [PipelineFuzzer|DefinitionFuzzer] [SECONDS] [extra libFuzzer flags…]
# The corpus grows in Fuzz/corpus/TARGET (seeded from Fuzz/seeds/TARGET); crashes land in Fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
target=${1:-PipelineFuzzer}
seconds=${2:-60}
shift $(( $# > 2 ? 2 : $# ))
swift build -c release --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=address -Xswiftc -use-ld=lld \
    --product "$target"
mkdir -p "corpus/$target" crashes
[ -d "seeds/$target" ] && cp -n seeds/"$target"/* "corpus/$target/" 2>/dev/null || true
./.build-fuzz/release/"$target" "corpus/$target" -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -rss_limit_mb=4096 -artifact_prefix=crashes/ -print_final_stats=1 "$@"
