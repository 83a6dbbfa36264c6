# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DATA_DIR ?= ./data
export ROLES_FILE ?= ./roles.example.json
export FUNDS_FILE ?= ./funds.example.json

.PHONY: run test lint format clean install install-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Serve the bot on http://localhost:$${PORT:-3978}/api/messages, TinyDB under ./data.
run: install
	$(BIN)/python app.py

## Lint, then the whole suite. pytest's exit 5 ("no tests collected") is a failure here too.
test: install-dev lint
	$(BIN)/python -m pytest -q

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

## Node tools pinned in package.json + package-lock.json (Azurite for the blob-storage tests).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

.PHONY: node-install azurite
node-install: node_modules/.installed
# `make test` needs Azurite (tests/azurite.py starts and stops it on a free port).
test: node-install

## Azurite on http://127.0.0.1:10000 (data under ./data/azurite), to try STORAGE=azure-blob by
## hand; the connection string is in README.md ("Running several instances").
azurite: node-install
	mkdir -p $(DATA_DIR)/azurite
	node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort 10000 \
		--location $(DATA_DIR)/azurite --loose --skipApiVersionCheck --disableTelemetry
