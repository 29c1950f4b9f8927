# nango-wasm: `make demo` runs the demo against the bundled fake Nango server, `make test`
# runs every suite. Both install what they need first (`make setup`, idempotent).
.PHONY: setup build demo test test-runtimes bench lint fmt clean \
	example-node example-deno example-bun example-worker example-browser

setup:
	@bash scripts/setup.sh

build: setup
	@bash scripts/build.sh

demo: build
	node examples/node/demo.mjs
	node examples/node/demo.cjs

test: build
	@bash scripts/test.sh

# The end-to-end suite from the packed tarball in every runtime (part of `make test`).
test-runtimes: build
	node tests/runtimes/run.mjs

# The benchmark: plain fetch, @nangohq/node and nango-wasm side by side (bench/README.md).
bench: build
	node bench/run.mjs

# Each example against the bundled fake Nango server (README: "Runtimes").
example-node: demo
example-deno: build
	DENO_NO_UPDATE_CHECK=1 node examples/with-fake-nango.mjs node_modules/.bin/deno run --allow-net \
	  --allow-env=NANGO_SECRET_KEY,NANGO_HOST examples/deno/main.ts
example-bun: build
	node examples/with-fake-nango.mjs node_modules/.bin/bun examples/bun/main.ts
example-worker: build
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
	rm -rf pkg target/bindgen
