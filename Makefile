# Quick start: `make run` (the REPL on seeds/) and `make test`. Both create .venv and install what they need.
# `make bot` runs the Telegram bot (TELEGRAM_BOT_TOKEN from the environment).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: run bot test lint bench clean system-deps

run: $(STAMP)
	$(BIN)/qa repl

# The Telegram bot on corpus.paths; the token comes from the environment only (never from a file or the
# command line, where ps and shell history would show it).
bot: $(STAMP)
	@[ -n "$$TELEGRAM_BOT_TOKEN" ] || { echo "make bot: TELEGRAM_BOT_TOKEN is not set: export the token @BotFather gave you, then run make bot again" >&2; exit 1; }
	$(BIN)/qa bot

test: $(STAMP) system-deps
	$(BIN)/ruff check .
	$(BIN)/mypy src/qa bot
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_retrieval.py

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,fit]'
	touch $(STAMP)

# Sphinx 2.2.11 (searchd) for the distributed-retrieval tests; skipped quietly where apt is not ours to use.
system-deps:
	@command -v searchd >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sphinxsearch >/dev/null) || \
	  echo "note: searchd (Debian package sphinxsearch) not installed: the Sphinx tests will be skipped"; }

clean:
	rm -rf $(VENV) .cache .pytest_cache
