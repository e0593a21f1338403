# Everything a fresh machine with python3 and make needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint fuzz bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/broadsheet

lint: $(STAMP)
	$(BIN)/ruff check reader tests

# pytest exits 5 when it collects no tests: that is a failure of the setup, say so.
test: $(STAMP) lint
	$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests" >&2; fi; exit $$rc

# Every hypothesis property, with the "fuzz" profile's example counts (tests/conftest.py).
fuzz: $(STAMP)
	BROADSHEET_FUZZ=1 $(BIN)/python -m pytest tests -m "hypothesis or slow" -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
