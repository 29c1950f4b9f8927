# nango-wasm: `make demo` runs the demo against the bundled fake Nango server, `make test`
# runs every suite. Both install what they need first (idempotent): `make demo` and `make build`
# only the build's tools (`make setup`: Rust's wasm32 target, wasm-bindgen, tools/build's npm
# packages), `make test` the test tools too (`make setup-test`: the npm dev dependencies,
# wasm-pack, Chromium).
.PHONY: setup setup-dev setup-test build demo test test-runtimes bench lint fmt clean \
	example-node example-deno example-bun example-worker example-browser

setup:
	@bash scripts/setup.sh

# The npm dev dependencies too (other runtimes, wrangler, the reference SDK): examples, bench.
setup-dev:
	@bash scripts/setup.sh dev

# Everything the tests need (also wasm-pack and Debian's Chromium).
setup-test:
	@bash scripts/setup.sh test

build: setup
	@bash scripts/build.sh

demo: build
	node examples/node/demo.mjs
	node examples/node/demo.cjs

# setup-test first: its npm install may drop the node_modules/nango-wasm link the build makes.
test: setup-test build
	@bash scripts/test.sh

# The end-to-end suite from the packed tarball in every runtime and bundler (part of `make test`).
test-runtimes: setup-test build
	node tests/runtimes/run.mjs

# The benchmark: plain fetch, @nangohq/node and nango-wasm side by side (bench/README.md).
bench: setup-dev build
	node bench/run.mjs

# Each example against the bundled fake Nango server (README: "Runtimes").
example-node: demo
example-deno: setup-dev build
	DENO_NO_UPDATE_CHECK=1 node examples/with-fake-nango.mjs node_modules/.bin/deno run --allow-net \
	  --allow-env=NANGO_SECRET_KEY,NANGO_HOST examples/deno/main.ts
example-bun: setup-dev build
	node examples/with-fake-nango.mjs node_modules/.bin/bun examples/bun/main.ts
example-worker: setup-dev build
	node examples/cloudflare-worker/try.mjs
example-browser: build
	node examples/browser/serve.mjs

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

fmt:
	cargo fmt

clean:
	rm -rf pkg target/bindgen target/wasm-pack
