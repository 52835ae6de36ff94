# Two commands a new user needs (see README): `make demo` and `make test`.
# Both create or refresh .venv from the pinned requirements.lock; a second run only checks the stamp.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.stamp-deps
BIN := $(VENV)/bin

.PHONY: demo test setup quality bench clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsfacts analyze examples/article.txt

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/extraction.py

clean:
	rm -rf $(VENV)
