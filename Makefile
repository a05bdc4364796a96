# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DB ?= chronist.db

.PHONY: install run test eval bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: install
	$(BIN)/chronist ingest examples/gipfel-diplomatie.txt --lang de --date 2023-05-17 --db $(DB)
	$(BIN)/chronist events --db $(DB)

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/chronist eval $(SHARED)/eval/de/*.jsonl $(SHARED)/eval/en/*.jsonl --by category

bench: install
	$(BIN)/chronist bench $(SHARED)/corpora/de_news_10kgnad.csv --lang de --limit 300
	$(BIN)/chronist bench $(SHARED)/corpora/en_news_ntrex_wmt.txt --lang en --limit 500

clean:
	rm -rf $(VENV) $(DB) *.egg-info
