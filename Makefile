# The two commands of the README: `make run` and `make test` (which CI runs).
# `make check` is the quick loop before a commit: lint, the type checker, the layer contracts
# (import-linter) and the tests without the slow trials, spread over the machine's cores
# (pytest-xdist; each worker has its own data files and temporary folder, tests/conftest.py).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export QT_QPA_PLATFORM ?= offscreen
# Python's bytecode caches even where the environment turns them off (PYTHONDONTWRITEBYTECODE):
# without them each test worker and each command a test starts compiles the project again,
# and pytest rewrites the asserts of every test module again (~7 s of a `make check`).
unexport PYTHONDONTWRITEBYTECODE
# The tests' files go to a RAM disk where the system has one (/dev/shm on Linux): the ~1,000
# data files a run writes, and their fsyncs, cost ~5 s of a `make check` on this VM's disk
# (54.8-55.9 s against 58.3-61.8 s). A kill, a full disk (a file size limit) or a damaged
# file behave the same there; only a failed test's files are kept (tmp_path_retention_policy).
# A small one (a container's 64 MB) is left alone: a run holds ~100 MB at a time.
TEST_TMPDIR := $(shell df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 && $$4 > 1048576 {print "/dev/shm"}')
PYTEST := $(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR) )$(BIN)/python -m pytest

.PHONY: run test check types screenshots bench clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# PyICU sorts report names as each language does (Azerbaijani: C, Ç, D): it compiles
# against the system's ICU (Debian/Ubuntu: libicu-dev pkg-config). Without it the app
# still runs and sorts by code point, so a failed build only warns.
ICU_NOTE := "PyICU not installed (needs libicu-dev and pkg-config): reports sort names by code point"

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(BIN)/pip install --quiet 'PyICU>=2.12' || echo $(ICU_NOTE)
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet 'PyICU>=2.12' || echo $(ICU_NOTE)
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	QT_QPA_PLATFORM= $(BIN)/diaspora-events

check: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	$(PYTEST) -q -n auto -m "not slow"

# The type checker alone ([tool.mypy]: strict on db/ and the Qt-free services; part of `check`).
types: $(VENV)/.installed-test
	$(BIN)/mypy

# Everything `check` does, then the long trials (four desks at once, kills during an import)
# and the tests that start LibreOffice (printed reports, files LibreOffice writes).
test: check
	$(PYTEST) -q -m slow

screenshots: $(VENV)/.installed-test
	$(BIN)/python scripts/screenshots.py
	$(BIN)/python scripts/screenshots_languages.py
	$(BIN)/python scripts/screenshots_overview.py
	$(BIN)/python scripts/report_pages.py

# Benchmarks print their figures; each can also be run alone with its own options.
bench: $(VENV)/.installed-test
	$(BIN)/python bench/completion.py
	$(BIN)/python bench/extract_eval.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/import.py

# Refresh the interface (.ts/.qm) and report (.po/.mo) translations; lists untranslated strings.
translations: $(VENV)/.installed-app
	$(BIN)/python scripts/update_translations.py

$(VENV)/.installed-dist: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,dist]'
	touch $@ $(VENV)/.installed-app $(VENV)/.installed-test

# The packaged application for this machine (dist/diaspora-events/ and, on Linux, its
# .tar.gz), then the smoke test of what was built: packaging/README.md.
dist: $(VENV)/.installed-dist
	$(BIN)/python packaging/build.py
	$(BIN)/python packaging/smoke_test.py dist/diaspora-events

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
