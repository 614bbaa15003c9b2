# tradebrief: the two set-up commands are `make brief` and `make test`.
SWIFT ?= swift

.PHONY: brief deps build test release clean fuzz sanitize

## Install missing system packages, build, and write the default brief into Output/.
brief: deps
	$(SWIFT) build -c release --product tradebrief
	.build/release/tradebrief build --out Output

## Install missing system packages (Cairo, Pango, fonts, PDF/SVG checkers).
deps:
	bash scripts/install-deps.sh

## Debug build of everything.
build:
	$(SWIFT) build

## The test suite (what CI runs).
test: deps
	$(SWIFT) test

## Fuzz the CSV, amount/state and style parsers with libFuzzer (Tests/Fuzz, never built by `test`):
## FUZZ_TARGET=csv|amount-state|style|all (default all), FUZZ_SECONDS per target (default 60).
fuzz: deps
	SWIFT=$(SWIFT) bash scripts/fuzz.sh $(or $(FUZZ_TARGET),all) $(or $(FUZZ_SECONDS),60)

## The test suite under AddressSanitizer and ThreadSanitizer (slow: two full builds, .build-asan and .build-tsan).
sanitize: deps
	SWIFT=$(SWIFT) bash scripts/sanitize.sh

clean:
	rm -rf .build Output/*.pdf Output/*.svg Output/*.png Output/*.json
