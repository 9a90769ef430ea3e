# Python 编程指南 · asyncio
#   make serve            build and serve both languages on http://127.0.0.1:8000/docs/ (live reload)
#   make test             every check (snippets on CPython 3.10-3.15, pages, strict build, browser)
#   make build            strict build of both languages into site/
#   make check PAGE=basics/cancellation   one page's checks: shape, snippets on every CPython, build, browser
#   make bench            measure reader and contributor budgets, write BENCHMARKS.md
#   make bench PAGES="35 100"   the same, plus the guide grown to 35 and 100 pages
#   make bench-stress     the snippet suite 20 times with every core busy (BENCHMARKS-stress.md)
#   make pdf              one PDF per language into site/pdf/ (needs chromium, fonts-noto-cjk)
#   make update-examples  reformat snippets and rewrite their #> outputs from real runs
#   make update-browser-list  rewrite snippets/browser.json (which examples cannot run in the browser) from runs there
#   make new-page PAGE=basics/my-topic [TYPE=pattern]   scaffold a concept (pattern, reference) page in both languages
#   make translations     list English pages behind their Chinese source, and what changed
#   make translated PAGE=docs/basics/x.en.md   record that the English page is in step again
#   make pythons          find (and, as root on Debian, install) the CPython versions the snippets run on
# Each target sets up what it needs: .venv from requirements.txt (newest CPython >= 3.12),
# node_modules from package-lock.json, and (test) the Debian packages and the interpreters
# (scripts/pythons.py) where it can.

SHELL := /bin/bash
VENV  := .venv
BIN   := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve build check test pdf update-examples update-browser-list new-page translations translated bench bench-stress setup system-packages pythons clean

serve: setup
	$(BIN)/python scripts/serve.py --livereload --dev-addr 127.0.0.1:8000

build: setup
	$(BIN)/mkdocs build --strict

check: setup system-packages pythons
	@test -n "$(PAGE)" || { echo "usage: make check PAGE=<category>/<slug>" >&2; exit 2; }
	$(BIN)/python scripts/check_page.py $(PAGE)

test: setup system-packages pythons
	$(BIN)/pytest $(PYTEST_ARGS)

pdf: setup
	$(BIN)/python scripts/build_pdf.py

bench: setup system-packages pythons
	$(BIN)/python scripts/bench.py $(foreach n,$(PAGES),--pages $(n)) $(BENCH_ARGS)

bench-stress: setup system-packages pythons
	$(BIN)/python scripts/bench.py --stress 20 --only stress

new-page: setup
	@test -n "$(PAGE)" || { echo "usage: make new-page PAGE=<category>/<slug>" >&2; exit 2; }
	$(BIN)/python scripts/new_page.py $(PAGE) $(TYPE)

translations: setup
	$(BIN)/python scripts/translations.py

translated: setup
	@test -n "$(PAGE)" || { echo "usage: make translated PAGE=<category>/<slug>" >&2; exit 2; }
	$(BIN)/python scripts/translations.py mark $(PAGE)

update-examples: setup pythons
	$(BIN)/pytest tests/test_snippets.py --update-examples -q

update-browser-list: setup
	$(BIN)/pytest tests/test_runner.py -k unless_listed --update-browser-list -q

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt
	@py="$$(scripts/find-python)" && echo "creating $(VENV) with $$py" && \
	  rm -rf $(VENV) && "$$py" -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || scripts/install-system-packages
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

system-packages:
	@scripts/install-system-packages

# Installs what is missing where it can (root on Debian); lists found / used / missing.
# A missing version fails the run under CI=1 only; elsewhere its snippet checks are skipped.
pythons: setup
	@$(BIN)/python scripts/pythons.py --install || [ -z "$$CI" ]

clean:
	rm -rf site artifacts .pytest_cache
