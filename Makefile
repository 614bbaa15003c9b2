# tradebrief: the two set-up commands are `make brief` and `make test`.
SWIFT ?= swift

## How the release binary is built: the Swift libraries linked in (`--static-swift-stdlib`), which
## starts the process ~8 ms sooner and keeps 0.5-1.3 MiB less resident (issue 20, Benchmarks/RESULTS.md
## section 000000000; same output bytes), linked with the toolchain's lld (scripts/release-toolset.json):
## gold prints a warning about `mktemp` inside the toolchain's static FoundationEssentials. Set
## RELEASE_FLAGS= (empty) for a binary that links the Swift libraries dynamically.
RELEASE_FLAGS ?= --static-swift-stdlib --toolset scripts/release-toolset.json

.PHONY: brief deps build test release clean fuzz sanitize manpage install docs

## Install missing system packages, build, and write the default brief into Output/.
brief: deps
	$(SWIFT) build -c release --product tradebrief $(RELEASE_FLAGS)
	.build/release/tradebrief build --out Output

## Install missing system packages (Cairo, Pango, fonts, PDF/SVG checkers).
deps:
	bash scripts/install-deps.sh

## Debug build of everything.
build:
	$(SWIFT) build

## The test suite (what CI runs), one test at a time: two renders at once in one process can
## measure a hyphenated line differently (a Pango/Cairo race, Benchmarks/RESULTS.md section 0),
## which made a same-bytes test fail about once in fourteen parallel runs. `swift test` (parallel)
## is faster for development; 642 tests take ~170 s serial, ~100 s parallel on 2 cores.
test: deps
	$(SWIFT) test --no-parallel

## Fuzz the CSV, amount/state and style parsers with libFuzzer (Tests/Fuzz, never built by `test`):
## FUZZ_TARGET=csv|amount-state|style|all (default all), FUZZ_SECONDS per target (default 60).
fuzz: deps
	SWIFT=$(SWIFT) bash scripts/fuzz.sh $(or $(FUZZ_TARGET),all) $(or $(FUZZ_SECONDS),60)

## The test suite under AddressSanitizer and ThreadSanitizer (slow: two full builds, .build-asan and .build-tsan).
sanitize: deps
	SWIFT=$(SWIFT) bash scripts/sanitize.sh

## Build the combined DocC documentation and fail on any DocC warning (broken or ambiguous links); a few minutes.
docs:
	SWIFT=$(SWIFT) bash scripts/check-docs.sh

## Regenerate Documentation/man/tradebrief.1 from the commands' help (argument-parser's generate-manual, non-ASCII kept).
manpage:
	SWIFT=$(SWIFT) bash scripts/make-manpage.sh

## Install the release binary, the man page and shell completions under PREFIX (default /usr/local).
PREFIX ?= /usr/local
install:
	$(SWIFT) build -c release --product tradebrief $(RELEASE_FLAGS)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 0755 .build/release/tradebrief $(DESTDIR)$(PREFIX)/bin/tradebrief
	install -m 0644 Documentation/man/tradebrief.1 $(DESTDIR)$(PREFIX)/share/man/man1/tradebrief.1
	.build/release/tradebrief --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tradebrief
	.build/release/tradebrief --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tradebrief
	.build/release/tradebrief --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/tradebrief.fish

clean:
	rm -rf .build Output/*.pdf Output/*.svg Output/*.png Output/*.json
