#!/usr/bin/env bash
# Builds the npm package into pkg/: cargo (release, wasm32) -> wasm-bindgen (web and nodejs
# glue over one .wasm) -> wasm-opt -Oz -> the JS layer (js/nango.mjs) and the method table
# generated from the core -> pkg-template/ entries. Prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

name=nango_wasm
out=target/bindgen
# Without the default `std` feature the crate is no_std and a panic traps without formatting a
# message, which keeps core::fmt out of the wasm (tests and wasm-pack builds keep `std`).
cargo build --release --target wasm32-unknown-unknown --no-default-features --lib --quiet
rm -rf "$out" pkg
# --experimental-reset-state-function: the JS layer replaces a trapped instance with
# __wbg_reset_state().
wasm-bindgen --target web --experimental-reset-state-function --no-typescript \
  --out-dir "$out/web" --out-name "$name" "target/wasm32-unknown-unknown/release/$name.wasm"

# wasm-opt and esbuild come from tools/build (scripts/setup.sh installs them there).
tools=tools/build/node_modules/.bin
mkdir -p pkg
"$tools/wasm-opt" -Oz --converge --strip-producers --strip-target-features \
  --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/web/${name}_bg.wasm" -o "pkg/${name}_bg.wasm"

# The method table, printed from the core's (src/client.rs) by src/bin/methods.rs: the JS layer defines one
# method per entry, so the two cannot drift apart.
cargo run --quiet --bin methods > "$out/methods.mjs"
cp js/nango.mjs js/entry.node.mjs "$out/"

esbuild() {
  "$tools/esbuild" --log-level=warning "$@"
}
# The JS is minified (users download it) with its lines at most about 100 characters: where
# an uncaught error was made, Node prints that line, which then reads as one short line of
# code, not kilobytes. The names users see (`Nango.name`, the methods') are set explicitly.
minify() {
  esbuild --minify --line-limit=100 "$@"
}
minify --format=esm "$out/web/$name.js" --outfile="pkg/$name.js"
minify --bundle --format=esm "$out/nango.mjs" --outfile="pkg/nango.mjs"
# Node and Bun: one file per format (glue and JS layer bundled, unused glue dropped), which
# compiles the .wasm on the first call that needs it.
minify --bundle --platform=node --format=esm --define:NANGO_CJS=false \
  "$out/entry.node.mjs" --outfile="pkg/index.mjs"
minify --bundle --platform=node --format=cjs --define:NANGO_CJS=true \
  "$out/entry.node.mjs" --outfile="pkg/index.cjs"
# pkg-template/ holds the entries, package.json and the package's own README (users' README on
# npm; the repository's README.md is for developers).
cp -r pkg-template/. pkg/
cp LICENSE pkg/
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
sed -i "s/\"version\": \"0.0.0\"/\"version\": \"$version\"/" pkg/package.json

# Tests and examples import the package by name, as users do.
mkdir -p node_modules
ln -sfn ../pkg node_modules/nango-wasm

raw=$(stat -c %s "pkg/${name}_bg.wasm")
gz=$(gzip -9c "pkg/${name}_bg.wasm" | wc -c)
js=$(gzip -9c pkg/index.mjs | wc -c)
echo "build: pkg/${name}_bg.wasm ${raw} bytes raw, ${gz} bytes gzipped; Node ESM JS (pkg/index.mjs) ${js} bytes gzipped"

# Type declarations: pkg/index.d.ts (ESM) and pkg/index.d.cts (CommonJS).
node scripts/types.mjs
