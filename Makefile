# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint screenshots bench clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	QT_QPA_PLATFORM= $(BIN)/diaspora-events

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

screenshots: $(VENV)/.installed-test
	$(BIN)/python scripts/screenshots.py
	$(BIN)/python scripts/screenshots_languages.py

# Benchmarks print their figures; each can also be run alone with its own options.
bench: $(VENV)/.installed-test
	$(BIN)/python bench/completion.py
	$(BIN)/python bench/extract_eval.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/import.py

# Refresh the interface (.ts/.qm) and report (.po/.mo) translations; lists untranslated strings.
translations: $(VENV)/.installed-app
	$(BIN)/python scripts/update_translations.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
