# Two commands for a fresh machine with Python 3.10+:
#   make lab    set everything up and open the lessons in JupyterLab
#   make test   set everything up and run every test (browser tests need Debian's chromium)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LAB_OVERRIDES := $(VENV)/share/jupyter/lab/settings/overrides.json

.PHONY: setup lab test lint lessons bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	mkdir -p $(dir $(LAB_OVERRIDES))
	echo '{"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": false}}' > $(LAB_OVERRIDES)
	touch $(STAMP)

setup: $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab --ServerApp.root_dir=lessons lessons/00-start-here.ipynb $(if $(filter 0,$(shell id -u)),--allow-root)

test: $(STAMP)
	@command -v chromium >/dev/null || bash .ci/install-chromium || true
	$(BIN)/ruff check kit tests bench
	$(BIN)/python -m pytest -ra

lint: $(STAMP)
	$(BIN)/ruff check kit tests bench
	$(BIN)/ruff format --check kit tests bench

lessons: $(STAMP)
	$(BIN)/kit lessons build

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts
