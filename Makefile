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

install: $(VENV)/.installed install-ocr
install-dev: $(VENV)/.installed-dev install-ocr

## Tesseract OCR with its English and French data, for invoices sent as photos or scans
## (Debian's packages, once). Without root and apt-get it says so: the bot then reads text
## PDFs only, says so in its log and /healthz, and the OCR tests are skipped saying why.
.PHONY: install-ocr invoices
install-ocr:
	@if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx fra; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -q tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra; \
	else \
		echo "warning: Tesseract (tesseract-ocr, tesseract-ocr-fra) is missing and cannot be" \
			"installed here (apt-get, as root); invoices in photos and scans will not be read" >&2; \
	fi

## The fonts the tests draw invoices with (tests/invoices/corpus.py, tests/dialogs/invoice_files.py).
.PHONY: install-test-fonts
install-test-fonts:
	@if [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] && \
		[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -q fonts-dejavu-core fonts-liberation; \
	else \
		echo "warning: fonts-dejavu-core and fonts-liberation are missing and cannot be" \
			"installed here (apt-get, as root); the invoice tests will fail" >&2; \
	fi
test: install-test-fonts
invoices: install-test-fonts

## How well invoices are read: the generated corpus of tests/invoices (text PDFs, the same as
## photos and scans), each field's share read right, and any value wrongly read as certain.
invoices: install-dev
	$(BIN)/python -m tools.invoice_report

## Serve the bot on http://localhost:$${PORT:-3978}/api/messages, TinyDB under ./data.
run: install
	$(BIN)/python app.py

## Lint, then the whole suite, one process a core (pytest-xdist). pytest's exit 5 ("no tests
## collected") is a failure here too.
test: install-dev lint
	$(BIN)/python -m pytest -q -n auto

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .venv-agents .pytest_cache .ruff_cache

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

## ---- Teams: the Agents Playground, the app package, the end-to-end test ----------------------
.PHONY: playground package e2e screenshots install-e2e install-chromium

## The bot in the Microsoft 365 Agents Playground, on loopback: prints the address to open and
## stops both on Ctrl-C. PORT (3978), PLAYGROUND_PORT (56150), PLAYGROUND_LOCALE (en-US; fr-FR
## for a partner whose Teams is in French). Data under $(DATA_DIR)/playground.
playground: install node-install
	$(BIN)/python -m tools.playground

## appPackage/build/incentives.zip, with the bot's id from MicrosoftAppId (a placeholder GUID
## when empty), after checking manifest.json and fr.json against the published JSON schema.
package: install-dev node-install
	$(BIN)/python -m tools.app_package

## Debian's Chromium (and an emoji font) for the e2e test, once; never a browser download.
## Without root and apt-get it says so, and the e2e test is skipped saying why.
install-chromium:
	@if [ -n "$$CHROMIUM" ] || [ -x /usr/lib/chromium/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -q chromium fonts-noto-color-emoji; \
	else \
		echo "warning: Chromium is missing and cannot be installed here (apt-get, as root);" \
			"the e2e test will be skipped" >&2; \
	fi

## What the e2e test needs: playwright (requirements-dev.txt), the Playground (npm), Chromium.
install-e2e: install-dev node-install install-chromium
test: install-e2e

## Only the end-to-end tests (tests/e2e); screenshots under data/e2e/screenshots/<lang>.
e2e: install-e2e
	$(BIN)/python -m pytest -q -rs tests/e2e

## The e2e test again, writing the README's screenshots (docs/screenshots/en, /fr).
screenshots: install-e2e
	E2E_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q -rs -m e2e tests/e2e

## ---- Performance -------------------------------------------------------------------------------
.PHONY: bench agents-venv
AGENTS_VENV := .venv-agents

## The Agents SDK 1.9 bots' own virtual environment (bench/agents_echo.py, bench/agents_form.py),
## never the bot's.
$(AGENTS_VENV)/.installed: bench/requirements-agents.txt
	$(PYTHON) -m venv $(AGENTS_VENV)
	$(AGENTS_VENV)/bin/pip install --quiet -r bench/requirements-agents.txt
	touch $@

agents-venv: $(AGENTS_VENV)/.installed
# tests/bench runs the whole harness, the Agents SDK bots included.
test: agents-venv

## The bot's real /api/messages under load, each figure a ratio against a baseline measured in
## the same run (README "Performance"). QUICK=1: small numbers, for development.
bench: install-dev agents-venv
	$(BIN)/python -m bench $(if $(QUICK),--quick) $(BENCH_ARGS)
