# tradebrief: the two set-up commands are `make brief` and `make test`.
SWIFT ?= swift

.PHONY: brief deps build test release clean

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

clean:
	rm -rf .build Output/*.pdf Output/*.svg Output/*.png Output/*.json
