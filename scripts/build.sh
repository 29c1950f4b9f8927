#!/usr/bin/env bash
# Builds the npm package into pkg/: cargo (release, wasm32) -> wasm-bindgen (web and nodejs
# glue over one .wasm) -> wasm-opt -Oz -> pkg-template/ entries. Prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

name=nango_wasm
out=target/bindgen
# Without the default `std` feature the crate is no_std and a panic traps without formatting a
# message, which keeps core::fmt out of the wasm (tests and wasm-pack builds keep `std`).
cargo build --release --target wasm32-unknown-unknown --no-default-features --quiet
rm -rf "$out" pkg
wasm-bindgen --target web --out-dir "$out/web" --out-name "$name" \
  "target/wasm32-unknown-unknown/release/$name.wasm"
wasm-bindgen --target nodejs --out-dir "$out/node" --out-name "$name" \
  "target/wasm32-unknown-unknown/release/$name.wasm"
# Both glues import the same functions from one module: ship a single .wasm.
cmp -s "$out/web/${name}_bg.wasm" "$out/node/${name}_bg.wasm" \
  || { echo "build: the web and nodejs wasm differ; cannot share one file" >&2; exit 1; }

mkdir -p pkg
node_modules/.bin/wasm-opt -Oz --converge --strip-producers --strip-target-features \
  --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/web/${name}_bg.wasm" -o "pkg/${name}_bg.wasm"
# The glue is minified (names kept, so `Nango.name` and stack traces read the same):
# users download it.
esbuild() {
  node_modules/.bin/esbuild --minify --keep-names --log-level=warning "$@"
}
esbuild --format=esm "$out/web/$name.js" --outfile="pkg/$name.js"
esbuild --format=cjs "$out/node/$name.js" --outfile="pkg/$name.cjs"
cp -r pkg-template/. pkg/
cp README.md pkg/
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
sed -i "s/\"version\": \"0.0.0\"/\"version\": \"$version\"/" pkg/package.json

# Tests and examples import the package by name, as users do.
mkdir -p node_modules
ln -sfn ../pkg node_modules/nango-wasm

raw=$(stat -c %s "pkg/${name}_bg.wasm")
gz=$(gzip -9c "pkg/${name}_bg.wasm" | wc -c)
js=$(cat "pkg/$name.js" pkg/index.mjs | gzip -9c | wc -c)
echo "build: pkg/${name}_bg.wasm ${raw} bytes raw, ${gz} bytes gzipped; ESM glue + entry ${js} bytes gzipped"

# Type declarations: pkg/index.d.ts (ESM) and pkg/index.d.cts (CommonJS), written from
# types/index.d.ts with the Rust doc comments as their JSDoc (read from wasm-bindgen's
# $out/web/$name.d.ts, which is not shipped).
node scripts/types.mjs
