# nango-wasm: `make demo` runs the demo against the bundled fake Nango server, `make test`
# runs every suite. Both install what they need first (`make setup`, idempotent).
.PHONY: setup build demo test test-rust test-wasm test-js lint fmt size clean

setup:
	@bash scripts/setup.sh

build: setup
	@bash scripts/build.sh

demo: build
	node examples/node/demo.mjs
	node examples/node/demo.cjs

test: build
	@bash scripts/test.sh

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

fmt:
	cargo fmt

clean:
	rm -rf pkg target/bindgen
