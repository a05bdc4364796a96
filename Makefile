# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DB ?= chronist.db
# Country outlines for the web view's map (Natural Earth, from the npm package world-atlas)
WORLD_ATLAS := chronist/web/node_modules/world-atlas/package.json

.PHONY: install install-browser install-java install-postgres run test eval bench bench-store clean

install: $(VENV)/.installed $(WORLD_ATLAS)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,spark,postgres]'
	# byte-compile the package once, as a wheel install does: an editable install leaves it to
	# each run, and with PYTHONDONTWRITEBYTECODE set every command compiled ~0.35 s of source
	$(BIN)/python -m compileall -q chronist
	touch $@

$(WORLD_ATLAS): chronist/web/package.json chronist/web/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		(cd chronist/web && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/world-atlas/package.json) \
			|| echo "npm ci failed: the web view's map will draw a latitude/longitude grid without country outlines"; \
	else \
		echo "npm not found: the web view's map will draw a latitude/longitude grid without country outlines"; \
	fi

# Debian's Chromium for the browser tests (tests/test_web.py), installed when absent and root;
# Playwright's own browser download does not work offline, so it is never used.
install-browser:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then \
		true; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "chromium not installed and not root: the browser tests will skip (install Debian's chromium)"; \
	fi

# A Java runtime for the Spark tests (tests/test_spark.py): Debian's default-jre-headless, installed
# when java is absent and we are root; elsewhere the Spark tests skip and say what to install.
install-java:
	@if command -v java >/dev/null 2>&1 || [ -x "$$JAVA_HOME/bin/java" ]; then \
		true; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
	else \
		echo "java not installed and not root: the Spark tests will skip (install Debian's default-jre-headless)"; \
	fi

# Debian's PostgreSQL server for the store tests on PostgreSQL (each test session starts a throwaway
# cluster of its own with initdb; the package's own cluster is not used), installed when absent and
# root; elsewhere those tests skip and say what to install.
install-postgres:
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		true; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	else \
		echo "PostgreSQL not installed and not root: the PostgreSQL store tests will skip (install Debian's postgresql)"; \
	fi

run: install
	$(BIN)/chronist ingest examples/gipfel-diplomatie.txt --lang de --date 2023-05-17 --db $(DB)
	$(BIN)/chronist events --db $(DB)
	@echo "Web view of these events: $(BIN)/chronist serve --db $(DB)   (then open http://127.0.0.1:8000/)"

test: install install-browser install-java install-postgres
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/chronist eval $(SHARED)/eval/de/*.jsonl $(SHARED)/eval/en/*.jsonl --by category

bench: install
	$(BIN)/python -m chronist.bench $(SHARED)/corpora/de_news_10kgnad.csv --lang de --limit 300 --hanta --startup 5
	$(BIN)/python -m chronist.bench $(SHARED)/corpora/en_news_ntrex_wmt.txt --lang en --limit 500

# SQLite vs PostgreSQL: ingest of a 10kGNAD slice with 2 workers, and two ingest processes on one database
bench-store: install install-postgres
	$(BIN)/python benchmarks/store_backends.py $(SHARED)/corpora/de_news_10kgnad.csv --limit 1000 --workers 2

clean:
	rm -rf $(VENV) $(DB) *.egg-info
