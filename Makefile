# Herstelnetwerk: `make run` serves the demo site, `make test` runs every test. Needs Python 3.11, git and make.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install test-tools setup test test-fast lint format messages check-messages ci bench clean

run: setup  ## install, migrate, load the demo region and serve it at http://127.0.0.1:8000, with the task worker (mail)
	$(BIN)/python manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

# Chromium, Java, gettext and (from npm) axe-core and the Nu Html Checker for the gates; see the script.
node_modules/.package-lock.json: package.json package-lock.json scripts/install-test-tools.sh
	scripts/install-test-tools.sh

install: $(VENV)/.installed

test-tools: node_modules/.package-lock.json

setup: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo

test: install test-tools  ## the whole test suite (browser tests and quality gates included)
	$(BIN)/python -m pytest -n auto --dist loadgroup --create-db

test-fast: install  ## everything but the boot tests and the gates that serve the demo site
	$(BIN)/python -m pytest -m "not slow and not browser and not gate"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install  ## extract English source strings into the Dutch catalogues and compile them
	PYTHON=$(abspath $(BIN)/python) scripts/translations.sh update

check-messages: install
	PYTHON=$(abspath $(BIN)/python) scripts/translations.sh check

bench: install  ## the region at 51x the demo: each page type in-process (median, p95, queries, size), then req/s with wrk under gunicorn and through Varnish
	$(BIN)/python bench/serve.py --scale 50
	$(BIN)/python bench/relevance.py

ci:  ## what .ci/run does
	.ci/run

clean:
	rm -rf $(VENV) .venv-3.13 node_modules db.sqlite3 static test-artifacts
