#!/usr/bin/env bash
# Installs what the build, the demo and the tests need. Idempotent: each step is skipped when its
# tool is already there at the pinned version.
#
#   scripts/setup.sh          the build and the demo (make setup, make build, make demo): the
#                             wasm32 target, the wasm-bindgen CLI, tools/build's npm packages
#                             (wasm-opt from binaryen, esbuild). Needs only Rust and Node.
#   scripts/setup.sh dev      that, plus the npm dev dependencies of package.json (the reference
#                             @nangohq/node, Deno, Bun, workerd, wrangler, Prism, TypeScript,
#                             the bundlers): the examples in other runtimes and the benchmark.
#   scripts/setup.sh test     that, plus wasm-pack and Debian's Chromium (make test).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-build}
case "$mode" in build | dev | test) ;; *) echo "usage: scripts/setup.sh [build|dev|test]" >&2; exit 2 ;; esac

# The CLI must match the wasm-bindgen dependency's exact version.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([^"]*\)".*/\1/p' Cargo.toml)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: cannot read the wasm-bindgen version from Cargo.toml" >&2; exit 1; }
# The wasm-pack whose builds `make test` checks (README: "Install").
WASM_PACK_VERSION=0.15.1

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  echo "setup: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# `npm install` of a folder's package.json and package-lock.json, at their exact versions;
# skipped while a stamp records the same two files. `npm install --no-save`, not `npm ci`: the
# registry mirror reachable here lacks other platforms' optional binaries (e.g.
# @deno/darwin-arm64), so the locks cannot list them and `npm ci` refuses them as out of sync.
npm_install() {
  local dir=$1 stamp=$1/node_modules/.nango-wasm-setup want
  want=$(cat "$dir/package.json" "$dir/package-lock.json" | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
    echo "setup: npm install in $dir"
    (cd "$dir" && npm install --no-save --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
}

# The build's npm tools: wasm-opt (binaryen) and esbuild, used by scripts/build.sh.
npm_install tools/build
[ "$mode" = build ] && exit 0

# The npm dev dependencies: the reference SDK, the other runtimes, the test tools, the bundlers.
npm_install .
[ "$mode" = dev ] && exit 0

# wasm-pack, for the test that builds the crate with it (tests/runtimes/wasm-pack.mjs).
if [ "$(wasm-pack --version 2>/dev/null || true)" != "wasm-pack $WASM_PACK_VERSION" ]; then
  echo "setup: installing wasm-pack $WASM_PACK_VERSION (takes a few minutes)"
  cargo install wasm-pack --locked --version "$WASM_PACK_VERSION"
fi

# Headless Chromium and its driver (Debian packages) for the browser runs of tests/runtimes.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "setup: apt-get install chromium chromium-driver"
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium chromium-driver \
    || { echo "setup: apt-get failed (dpkg lock busy?); retrying once in 20 s"; sleep 20; $sudo apt-get install -y -qq chromium chromium-driver; }
fi
