# Lägesbild – the two commands of the README's "Snabbstart" live here.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench venv system-deps clean package

system-deps:
	@bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: system-deps $(STAMP)
	@$(BIN)/python scripts/build_translations.py >/dev/null

## Start the desktop app on a fresh demo store.
run: venv
	$(BIN)/lagesbild --demo

## Run the whole test suite (headless).
test: venv
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check .

bench: venv
	$(BIN)/python bench/run.py

## Build dist/lagesbild with PyInstaller and smoke-test it (takes minutes; not part of test).
package: venv
	bash packaging/build.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
