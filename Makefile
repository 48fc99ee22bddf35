# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO := data/workspaces/demo.duckdb
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install debs run test bench lint clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

# Debian packages the tests use: Chromium for the browser test (never a downloaded browser build), poppler-utils
# (pdftoppm) for the report test, Java for the Spark parity test. Installed only when missing.
DEBS := chromium fonts-dejavu-core poppler-utils openjdk-17-jre-headless
debs:
	@command -v chromium >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && command -v java >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(DEBS) >/dev/null; }

run: $(STAMP)
	$(PY) -m kpi_core demo --workspace $(DEMO)
	KOERS_WORKSPACE=$(DEMO) $(VENV)/bin/streamlit run app.py

# Two worker processes, one per core of the machines the tests run on (each has its own temporary files).
test: $(STAMP) debs
	$(PY) -m pytest -n 2

bench: $(STAMP)
	$(PY) bench/run.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) data/workspaces/demo.duckdb test-artifacts
