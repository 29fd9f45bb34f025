# wirestream: `make demo` runs the whole path on an embedded broker, `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: setup demo run test test-fast bench score clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: setup          ## embedded broker + worker, feed the dev articles, print relations
	$(BIN)/wirestream demo

run: setup           ## the worker alone (embedded broker unless WIRESTREAM_BROKER is set)
	$(BIN)/wirestream run

test: setup          ## every test, the integration ones on the real embedded broker
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: setup     ## unit tests only
	$(BIN)/python -m pytest -m "not integration and not slow" $(PYTEST_ARGS)

bench: setup         ## benchmark figures (see docs/benchmarks.md)
	$(BIN)/python -m bench.run --articles 300

score: setup         ## extraction quality on the dev set and our own articles
	$(BIN)/wirestream extract ../shared/eval/dev/*.txt > /tmp/wirestream-dev.jsonl
	$(PYTHON) ../shared/eval/score.py ../shared/eval/dev /tmp/wirestream-dev.jsonl
	$(BIN)/wirestream extract tests/articles/*.txt > /tmp/wirestream-own.jsonl
	$(PYTHON) ../shared/eval/score.py tests/articles /tmp/wirestream-own.jsonl

clean:
	rm -rf $(VENV) .pytest_cache
