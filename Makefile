# Two commands set everything up on a fresh machine:
#   make run   - local venv, install, run khabar on the bundled sample
#   make test  - local venv, install with test extras (+ system packages in CI), run the whole suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/khabar demo

system-deps:
	./scripts/system_deps.sh

test: install system-deps
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build *.egg-info
