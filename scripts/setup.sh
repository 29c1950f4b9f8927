#!/usr/bin/env bash
# Installs everything the build, the demo and the tests need. Idempotent: each step is
# skipped when its tool is already there at the pinned version.
set -euo pipefail
cd "$(dirname "$0")/.."

# The CLI must match the wasm-bindgen dependency's exact version.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([^"]*\)".*/\1/p' Cargo.toml)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: cannot read the wasm-bindgen version from Cargo.toml" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  echo "setup: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm dev dependencies (the reference SDK, wasm-opt from binaryen, test tools), at the exact
# versions of package.json and package-lock.json. `npm install`, not `npm ci`: the registry
# mirror reachable here lacks other platforms' optional binaries (e.g. @deno/darwin-arm64), so
# the lock cannot list them and `npm ci` refuses it as out of sync.
stamp=node_modules/.nango-wasm-setup
want=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
  echo "setup: npm install"
  npm install --no-save --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
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
