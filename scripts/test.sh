#!/usr/bin/env bash
# Runs every suite against the built pkg/ (make test builds it first), prints each suite's
# counts, and ends with one line: "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never NO_COLOR=1
logs=$(mktemp -d)
passed=0 failed=0 status=0
summary=()

# Adds a suite's counts: $1 name, $2 passed, $3 failed, $4 exit code, $5 skipped (optional).
count() {
  local p=${2:-0} f=${3:-0} s=${5:-0}
  if [ "$4" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi  # a crash counts as a failure
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" -eq 0 ] || status=1
  summary+=("$(printf '%-36s %4d passed, %d failed' "$1" "$p" "$f")$([ "$s" -eq 0 ] || printf ', %d skipped' "$s")")
}

# Sums cargo's / wasm-bindgen-test's "test result: ... N passed; M failed" lines.
cargo_counts() {
  awk '/test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       END { print p + 0, f + 0 }' "$1"
}

# Runs node:test on $3 (files or folders) and counts it as suite $2; $1 names the TAP log.
node_suite() {
  node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$logs/$1.tap" "${@:3}"; local rc=$?
  local p f
  p=$(awk '/^# pass /{print $3}' "$logs/$1.tap"); f=$(awk '/^# fail /{print $3}' "$logs/$1.tap")
  count "$2" "${p:-0}" "${f:-0}" "$rc"
}

echo "== lint: cargo fmt --check, cargo clippy -D warnings (native, wasm, wasm no_std)"
cargo fmt --check > "$logs/fmt" 2>&1; rc=$?
cat "$logs/fmt"
cargo clippy --quiet --all-targets -- -D warnings 2>&1 | tee "$logs/clippy"; rc2=${PIPESTATUS[0]}
cargo clippy --quiet --target wasm32-unknown-unknown --all-targets -- -D warnings 2>&1 | tee -a "$logs/clippy"; rc3=${PIPESTATUS[0]}
# The shipped no_std build (the library only: the wasm tests link std).
cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --lib -- -D warnings 2>&1 | tee -a "$logs/clippy"; rc4=${PIPESTATUS[0]}
if [ $rc -eq 0 ] && [ $rc2 -eq 0 ] && [ $rc3 -eq 0 ] && [ $rc4 -eq 0 ]; then count "lint (fmt, clippy)" 1 0 0; else count "lint (fmt, clippy)" 0 1 1; fi

echo "== cargo test (core, native)"
cargo test --quiet 2>&1 | tee "$logs/cargo"; rc=${PIPESTATUS[0]}
read -r p f < <(cargo_counts "$logs/cargo")
count "cargo test" "$p" "$f" "$rc"

echo "== wasm-bindgen-test (binding layer and transport, Node)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test wasm 2>&1 | tee "$logs/wasm"; rc=${PIPESTATUS[0]}
read -r p f < <(cargo_counts "$logs/wasm")
count "wasm-bindgen-test (node)" "$p" "$f" "$rc"

echo "== node:test (end to end against pkg/ and the fake Nango server)"
node_suite node "node:test (ESM, CJS, package)" tests/js/

echo "== boundary (fuzzer of the whole JS API, leak check per path kind)"
node_suite boundary "boundary (fuzz, leaks)" tests/boundary/

echo "== types (tsc --noEmit --strict: seed examples, compatibility with @nangohq/node; declared = built; attw)"
node_suite types "types (tsc, runtime, attw)" tests/types/

echo "== wasm-pack (build --target nodejs|web|deno --mode no-install; each output imported and checked)"
node_suite wasm-pack "wasm-pack (nodejs, web, deno)" tests/runtimes/wasm-pack.test.mjs

echo
echo "== runtimes (the npm pack tarball in Node ESM and CJS, Deno, Bun, workerd twice, Chromium; bundlers; npm alias)"
node tests/runtimes/run.mjs --report "$logs/runtimes.tsv"; rc=$?
rf=0
while IFS=$'\t' read -r name p f s _; do
  count "runtime: $name" "$p" "$f" 0 "$s"; rf=$((rf + f))
done < <(cat "$logs/runtimes.tsv" 2>/dev/null)
[ $rc -eq 0 ] || [ $rf -ne 0 ] || count "runtime: (crashed)" 0 1 1

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
rm -rf "$logs"
echo "$passed passed, $failed failed"
exit $status
