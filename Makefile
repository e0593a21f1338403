# Everything a fresh machine with python3 and make needs.
#
# .venv is installed from requirements.lock (every package pinned, with hashes) and the
# project itself without build isolation, so an install today is the install of the day the
# lock was made. The project is installed editable (a checkout's edits take effect), in
# compat mode: a .pth path entry, no import hook (docs/performance.md). `make lock`
# refreshes the lock; `make test-latest` runs the suite against the newest releases
# pyproject.toml allows, in .venv-latest, to see drift before it lands.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
LATEST := .venv-latest
TOOLS := .venv-tools
# The lock's resolution: every platform, the oldest Python pyproject.toml allows.
LOCK_ARGS := pyproject.toml --extra test --group build --universal --python-version 3.11 \
	--generate-hashes
UV := uv==0.13.9

.PHONY: run test setup lint fuzz bench clean lock test-latest i18n

$(STAMP): pyproject.toml $(LOCK)
	rm -rf $(VENV)
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation \
		--config-settings editable_mode=compat -e .
	$(BIN)/python -m compileall -q reader
	touch $(STAMP)

setup: $(STAMP)

# Bytecode compiled ahead (about 50 ms when nothing changed): where Python may not write
# it (PYTHONDONTWRITEBYTECODE, a read-only checkout) every start would compile every
# module of reader/ again (docs/performance.md, "How make run installs").
run: $(STAMP)
	$(BIN)/python -m compileall -q reader
	$(BIN)/broadsheet

lint: $(STAMP)
	$(BIN)/ruff check reader tests
	$(BIN)/ruff format --check reader tests
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/core/test_layering.py

# pytest exits 5 when it collects no tests: that is a failure of the setup, say so.
# XDIST: empty runs the suite in one process; `make test XDIST='-n auto'` spreads it over a
# worker per core (pytest-xdist), which was slower, not faster, on a shared 2-core machine.
# PYTHONDONTWRITEBYTECODE emptied: pytest keeps the test modules it rewrote for the next
# run instead of rewriting them all at every start (docs/performance.md, "The test
# suite's time").
XDIST :=
test: $(STAMP) lint
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest $(XDIST); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests" >&2; fi; exit $$rc

# The newest releases pyproject.toml allows, whatever the lock says.
test-latest:
	rm -rf $(LATEST)
	$(PY) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --upgrade pip
	$(LATEST)/bin/python -m pip install --quiet --upgrade -e '.[test]'
	@echo "make test-latest: against" $$($(LATEST)/bin/python -m pip freeze --exclude-editable \
		| grep -iE '^(textual|rich|msgspec|platformdirs|korean|pytest|syrupy|hypothesis)' \
		| tr '\n' ' ')
	PYTHONDONTWRITEBYTECODE= $(LATEST)/bin/python -m pytest -p no:cacheprovider $(XDIST)

$(TOOLS)/bin/uv:
	$(PY) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet $(UV)

# Every package at its newest release that pyproject.toml allows.
lock: $(TOOLS)/bin/uv
	$(TOOLS)/bin/uv pip compile $(LOCK_ARGS) --upgrade -o $(LOCK)

# Every hypothesis property, with the "fuzz" profile's example counts (tests/conftest.py).
fuzz: $(STAMP)
	BROADSHEET_FUZZ=1 $(BIN)/python -m pytest tests -m "hypothesis or slow" -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m compileall -q reader
	$(BIN)/python -m tests.bench

# The interface's messages (reader/i18n.py): extract them from reader/ into the template,
# carry them into the Korean catalog (new ones to translate, gone ones dropped) and
# compile it to the .mo the app reads. Babel is a tool of the test extra, never of the app.
LOCALE := reader/locale
BABEL_FORMAT := -w 100
# A template whose messages did not change is kept as it is (only its date would).
i18n: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -c TRANSLATORS: --add-location=file --sort-by-file \
		--project=broadsheet $(BABEL_FORMAT) -o $(LOCALE)/broadsheet.pot.new reader
	if diff -q -I '^"POT-Creation-Date:' $(LOCALE)/broadsheet.pot $(LOCALE)/broadsheet.pot.new; \
		then rm $(LOCALE)/broadsheet.pot.new; \
		else mv $(LOCALE)/broadsheet.pot.new $(LOCALE)/broadsheet.pot; fi
	$(BIN)/pybabel update -i $(LOCALE)/broadsheet.pot -d $(LOCALE) -D broadsheet -l ko \
		$(BABEL_FORMAT) --ignore-obsolete --ignore-pot-creation-date
	$(BIN)/pybabel compile -d $(LOCALE) -D broadsheet -l ko --statistics

clean:
	rm -rf $(VENV) $(LATEST) $(TOOLS) build *.egg-info .pytest_cache .ruff_cache .mypy_cache
